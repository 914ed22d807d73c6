//! The group badges page: badges shown on a group's page and its projects.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Badge, RenderedBadge};

/// List the badges of a group.
///
/// Placeholders are filled in from the group's oldest project, if any.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/badges",
    tag = "Group badges",
    response = Vec<Badge>,
    paginate = offset,
    example = "group_badges/list_group_badges.json",
)]
pub struct ListGroupBadges {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only badges with exactly this name (case matters).
    pub name: Option<String>,
}

/// Get one badge of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/badges/{badge_id}",
    tag = "Group badges",
    response = Badge,
    example = "group_badges/get_group_badge.json",
)]
pub struct GetGroupBadge {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
}

/// Add a badge to a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/badges",
    tag = "Group badges",
    response = Badge,
    example = "group_badges/add_group_badge.json",
)]
pub struct AddGroupBadge {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the badge links to; may hold placeholders.
    pub link_url: String,
    /// Address of the badge image; may hold placeholders.
    pub image_url: String,
}

/// Change a badge of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/badges/{badge_id}",
    tag = "Group badges",
    response = Badge,
    example = "group_badges/edit_group_badge.json",
)]
pub struct EditGroupBadge {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
    /// New address the badge links to; may hold placeholders.
    pub link_url: Option<String>,
    /// New address of the badge image; may hold placeholders.
    pub image_url: Option<String>,
}

/// Remove a badge from a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/badges/{badge_id}",
    tag = "Group badges",
    response = (),
)]
pub struct DeleteGroupBadge {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
}

/// Preview a badge of a group: fill in the placeholders of a link and an image address.
///
/// Nothing is saved.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/badges/render",
    tag = "Group badges",
    response = RenderedBadge,
    example = "group_badges/preview_group_badge.json",
)]
pub struct PreviewGroupBadge {
    /// The group, by numeric ID or URL-encoded full path.
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
        ListGroupBadges,
        GetGroupBadge,
        AddGroupBadge,
        EditGroupBadge,
        DeleteGroupBadge,
        PreviewGroupBadge
    ]
}
