use gitlab_endpoint::{Endpoint, Params};

/// Shared filters.
#[derive(Params)]
pub struct Filters {
    /// The project cannot be shared.
    #[param(path)]
    pub id: u64,
}

/// List projects.
#[derive(Endpoint)]
#[endpoint(get, "/projects", tag = "Projects", response = ())]
pub struct ListProjects {
    /// Filters must not be optional.
    #[param(flatten)]
    pub filters: Option<Filters>,
}

fn main() {}
