use gitlab_endpoint::Endpoint;

/// Get one project.
#[derive(Endpoint)]
#[endpoint(get, "/projects/{id", tag = "Projects", response = ())]
pub struct GetProject {
    /// The project.
    #[param(path)]
    pub id: u64,
}

fn main() {}
