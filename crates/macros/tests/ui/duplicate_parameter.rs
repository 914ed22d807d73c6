use gitlab_endpoint::Endpoint;

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", response = ())]
pub struct ListProjects {
    /// Search.
    pub search: Option<String>,
    /// Search again, under another field name.
    #[param(rename = "search")]
    pub query: Option<String>,
}

fn main() {}
