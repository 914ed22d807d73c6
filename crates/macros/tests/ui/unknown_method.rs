use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(fetch, "/projects", tag = "Projects", response = ())]
pub struct ListProjects {}

fn main() {}
