use gitlab_endpoint::Endpoint;

/// Everything is wrong here; each mistake is reported.
#[derive(Endpoint)]
#[endpoint(fetch, "/projects/{id}/hooks/{hook_id}", tag = "Projects", colour = "red", response = ())]
pub struct Broken {
    /// The project.
    #[param(path)]
    pub id: u64,
    /// Not in the template.
    #[param(path)]
    pub user_id: u64,
}

fn main() {}
