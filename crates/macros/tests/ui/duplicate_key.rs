use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", tag = "Groups", response = ())]
pub struct ListProjects {}

fn main() {}
