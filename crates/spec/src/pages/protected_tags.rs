//! The protected tags page: who may create protected tags.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{AccessLevel, ProtectedRefAccessGrant, ProtectedTag};

/// List the protection rules of a project's tags.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_tags",
    tag = "Protected tags",
    response = Vec<ProtectedTag>,
    paginate = offset,
    example = "protected_tags/list_protected_tags.json",
)]
pub struct ListProtectedTags {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get the protection rule of one tag or wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_tags/{name}",
    tag = "Protected tags",
    response = ProtectedTag,
    example = "protected_tags/get_protected_tag.json",
)]
pub struct GetProtectedTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Tag name or wildcard of the rule; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Protect a tag, or every tag matching a wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/protected_tags",
    tag = "Protected tags",
    response = ProtectedTag,
    example = "protected_tags/protect_repository_tag.json",
)]
pub struct ProtectRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Tag name or wildcard (`*-stable`) to protect.
    pub name: String,
    /// Role allowed to create matching tags: `0` (no one), `30` (developers and maintainers)
    /// or `40` (maintainers, the default).
    pub create_access_level: Option<AccessLevel>,
    /// Users, groups or roles allowed to create matching tags (paid tiers).
    pub allowed_to_create: Option<Vec<ProtectedRefAccessGrant>>,
}

/// Remove the protection rule of a tag or wildcard.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/protected_tags/{name}",
    tag = "Protected tags",
    response = (),
)]
pub struct UnprotectRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Tag name or wildcard of the rule; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProtectedTags,
        GetProtectedTag,
        ProtectRepositoryTag,
        UnprotectRepositoryTag
    ]
}
