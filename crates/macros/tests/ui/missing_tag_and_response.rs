use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects")]
pub struct ListProjects {}

fn main() {}
