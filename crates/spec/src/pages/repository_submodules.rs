//! The repository submodules page: moving a submodule of a repository to another commit.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::Commit;

/// Point a submodule of a branch at another commit, with a new commit.
///
/// Answers the commit that records the change.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/repository/submodules/{submodule}",
    tag = "Repository submodules",
    response = Commit,
    example = "repository_submodules/update_repository_submodule.json",
)]
pub struct UpdateRepositorySubmodule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the submodule in the repository (`lib/modules/example`); a `/` in it is
    /// sent as `%2F` automatically.
    #[param(path)]
    pub submodule: String,
    /// Branch to commit the change into.
    pub branch: String,
    /// Full SHA of the commit the submodule should point at.
    pub commit_sha: String,
    /// Message of the commit (default: one GitLab writes, naming the submodule and the SHA).
    pub commit_message: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![UpdateRepositorySubmodule]
}
