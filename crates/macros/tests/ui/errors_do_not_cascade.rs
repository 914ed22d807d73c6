use gitlab_endpoint::Endpoint;

/// Broken: the only error reported is the unknown method, not a missing trait at the use below.
#[derive(Endpoint)]
#[endpoint(fetch, "/projects", tag = "Projects", response = ())]
pub struct ListProjects {}

fn main() {
    let _ = <ListProjects as Endpoint>::describe;
}
