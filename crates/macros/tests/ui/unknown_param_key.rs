use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", response = ())]
pub struct ListProjects {
    /// Search.
    #[param(header)]
    pub search: Option<String>,
}

fn main() {}
