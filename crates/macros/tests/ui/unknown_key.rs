use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", response = (), paginated = true)]
pub struct ListProjects {}

fn main() {}
