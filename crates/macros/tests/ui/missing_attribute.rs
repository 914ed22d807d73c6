use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
pub struct ListProjects {}

fn main() {}
