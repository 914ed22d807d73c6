//! The project badges page: badges shown on a project's overview page.
//!
//! The group badges page offers most of these operations under `/groups/{id}`: they are declared
//! here once, with a `variant(...)` tagged "Group badges" (see `group_badges.rs`).

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Badge, RenderedBadge};

/// List the badges of a project.
///
/// A project's list includes the badges inherited from its groups; in a group's list,
/// placeholders are filled in from the group's oldest project, if any.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/badges",
    tag = "Project badges",
    response = Vec<Badge>,
    paginate = offset,
    example = "project_badges/list_project_badges.json",
    variant(
        "/groups/{id}/badges",
        id = "listGroupBadges",
        summary = "List the badges of a group.",
        tag = "Group badges",
        example = "group_badges/list_group_badges.json",
    ),
)]
pub struct ListProjectBadges {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only badges with exactly this name (case matters).
    pub name: Option<String>,
}

/// Get one badge of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/badges/{badge_id}",
    tag = "Project badges",
    response = Badge,
    example = "project_badges/get_project_badge.json",
    variant(
        "/groups/{id}/badges/{badge_id}",
        id = "getGroupBadge",
        summary = "Get one badge of a group.",
        tag = "Group badges",
        example = "group_badges/get_group_badge.json",
    ),
)]
pub struct GetProjectBadge {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
}

/// Add a badge to a project.
// Not a variant of the group one (`AddGroupBadge`): the group badges page lists no `name`
// parameter. GitLab's Grape API (`lib/api/badges.rb`) most likely serves both with the same
// parameters, but the document follows the docs pages.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/badges",
    tag = "Project badges",
    response = Badge,
    example = "project_badges/add_project_badge.json",
)]
pub struct AddProjectBadge {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the badge links to; may hold placeholders.
    pub link_url: String,
    /// Address of the badge image; may hold placeholders.
    pub image_url: String,
    /// Name of the badge.
    pub name: Option<String>,
}

/// Change a badge of a project.
// Not a variant of the group one (`EditGroupBadge`): the group badges page lists no `name`
// parameter (see `AddProjectBadge`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/badges/{badge_id}",
    tag = "Project badges",
    response = Badge,
    example = "project_badges/edit_project_badge.json",
)]
pub struct EditProjectBadge {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
    /// New address the badge links to; may hold placeholders.
    pub link_url: Option<String>,
    /// New address of the badge image; may hold placeholders.
    pub image_url: Option<String>,
    /// New name of the badge.
    pub name: Option<String>,
}

/// Remove a badge from a project.
///
/// From a project, only its own badges can be removed here, not those from its groups.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/badges/{badge_id}",
    tag = "Project badges",
    response = (),
    variant(
        "/groups/{id}/badges/{badge_id}",
        id = "deleteGroupBadge",
        summary = "Remove a badge from a group.",
        tag = "Group badges",
    ),
)]
pub struct DeleteProjectBadge {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
}

/// Preview a badge of a project: fill in the placeholders of a link and an image address.
///
/// Nothing is saved.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/badges/render",
    tag = "Project badges",
    response = RenderedBadge,
    example = "project_badges/preview_project_badge.json",
    variant(
        "/groups/{id}/badges/render",
        id = "previewGroupBadge",
        summary = "Preview a badge of a group: fill in the placeholders of a link and an image address.",
        tag = "Group badges",
        example = "group_badges/preview_group_badge.json",
    ),
)]
pub struct PreviewProjectBadge {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Link address to render.
    pub link_url: String,
    /// Image address to render.
    pub image_url: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectBadges,
        GetProjectBadge,
        AddProjectBadge,
        EditProjectBadge,
        DeleteProjectBadge,
        PreviewProjectBadge,
    ]
}
