//! The protected branches page: who may push to and merge into protected branches.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{AccessLevel, ProtectedBranch, ProtectedRefAccessGrant};

/// List the protection rules of a project's branches.
///
/// Wildcard rules are listed as their pattern, not as the branches they match.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_branches",
    tag = "Protected branches",
    response = Vec<ProtectedBranch>,
    paginate = offset,
    example = "protected_branches/list_protected_branches.json",
)]
pub struct ListProtectedBranches {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only rules whose name contains this text.
    pub search: Option<String>,
}

/// Get the protection rule of one branch or wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_branches/{name}",
    tag = "Protected branches",
    response = ProtectedBranch,
    example = "protected_branches/get_protected_branch.json",
)]
pub struct GetProtectedBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch name or wildcard of the rule; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Protect a branch, or every branch matching a wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/protected_branches",
    tag = "Protected branches",
    response = ProtectedBranch,
    example = "protected_branches/protect_repository_branch.json",
)]
pub struct ProtectRepositoryBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch name or wildcard (`*-stable`) to protect.
    pub name: String,
    /// Role allowed to push: `0` (no one), `30` (developers and maintainers), `40`
    /// (maintainers, the default) or `60` (administrators).
    pub push_access_level: Option<AccessLevel>,
    /// Role allowed to merge: `0` (no one), `30` (developers and maintainers), `40`
    /// (maintainers, the default) or `60` (administrators).
    pub merge_access_level: Option<AccessLevel>,
    /// Role allowed to remove the protection: `0` (no one), `30` (developers and
    /// maintainers), `40` (maintainers, the default) or `60` (administrators).
    pub unprotect_access_level: Option<AccessLevel>,
    /// Let everyone allowed to push also force-push (off when not given).
    pub allow_force_push: Option<bool>,
    /// Users, groups or roles allowed to push (paid tiers).
    pub allowed_to_push: Option<Vec<ProtectedRefAccessGrant>>,
    /// Users, groups or roles allowed to merge (paid tiers).
    pub allowed_to_merge: Option<Vec<ProtectedRefAccessGrant>>,
    /// Users, groups or roles allowed to remove the protection (paid tiers).
    pub allowed_to_unprotect: Option<Vec<ProtectedRefAccessGrant>>,
    /// Reject pushes that touch files with a `CODEOWNERS` entry unless code owners approved
    /// (off when not given; paid tiers).
    pub code_owner_approval_required: Option<bool>,
}

/// Remove the protection rule of a branch or wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/protected_branches/{name}",
    tag = "Protected branches",
    response = (),
)]
pub struct UnprotectRepositoryBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch name or wildcard of the rule; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Turn code owner approval on or off for a protected branch.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    patch, "/projects/{id}/protected_branches/{name}",
    tag = "Protected branches",
    response = ProtectedBranch,
    example = "protected_branches/update_protected_branch.json",
)]
pub struct UpdateProtectedBranch {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch name or wildcard of the rule; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
    /// Reject pushes that touch files with a `CODEOWNERS` entry unless code owners approved.
    pub code_owner_approval_required: Option<bool>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProtectedBranches,
        GetProtectedBranch,
        ProtectRepositoryBranch,
        UnprotectRepositoryBranch,
        UpdateProtectedBranch
    ]
}
