//! The branches page: branches of a project's repository.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Branch, ProjectActionMessage};

/// List the branches of a project's repository, by name.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/branches",
    tag = "Branches",
    response = Vec<Branch>,
    paginate = offset,
    public,
    example = "branches/list_repository_branches.json",
)]
pub struct ListRepositoryBranches {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only branches whose name contains this text; `^text` and `text$` anchor it at the start
    /// or the end.
    pub search: Option<String>,
}

/// Get one branch of a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/branches/{branch}",
    tag = "Branches",
    response = Branch,
    public,
    example = "branches/get_repository_branch.json",
)]
pub struct GetRepositoryBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the branch; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub branch: String,
}

/// Create a branch in a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/branches",
    tag = "Branches",
    response = Branch,
    example = "branches/create_repository_branch.json",
)]
pub struct CreateRepositoryBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new branch.
    pub branch: String,
    /// Where the branch starts: a branch name or a commit SHA.
    pub r#ref: String,
}

/// Delete a branch of a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/repository/branches/{branch}",
    tag = "Branches",
    response = (),
)]
pub struct DeleteRepositoryBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the branch; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub branch: String,
}

/// Delete every branch already merged into the default branch.
///
/// Protected branches are kept. The removal is scheduled and runs in the background; the answer
/// only confirms that it was accepted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/repository/merged_branches",
    tag = "Branches",
    response = ProjectActionMessage,
    status = 202,
    example = "branches/delete_merged_branches.json",
)]
pub struct DeleteMergedBranches {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListRepositoryBranches,
        GetRepositoryBranch,
        CreateRepositoryBranch,
        DeleteRepositoryBranch,
        DeleteMergedBranches
    ]
}
