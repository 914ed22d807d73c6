use gitlab_endpoint::Endpoint;

/// Get one issue.
#[derive(Endpoint)]
#[endpoint(get, "/projects/{id}/issues/{issue_iid}", tag = "Issues", response = ())]
pub struct GetIssue {
    /// The project.
    #[param(path)]
    pub id: u64,
}

fn main() {}
