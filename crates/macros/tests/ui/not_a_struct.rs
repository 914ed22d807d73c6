use gitlab_endpoint::Endpoint;

/// Not a route.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", response = ())]
pub enum Route {
    /// One.
    One,
}

fn main() {}
