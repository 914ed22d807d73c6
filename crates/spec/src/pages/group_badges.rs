//! The group badges page: badges shown on a group's page and its projects.
//!
//! Listing, getting, removing and previewing group badges are the group variants of the project
//! badge operations, declared once in `project_badges.rs`; this page keeps their operations
//! tagged "Group badges". Adding and changing stay declared here (see below).

use gitlab_endpoint::{Endpoint, IdOrPath};

use super::project_badges::{
    DeleteProjectBadge, GetProjectBadge, ListProjectBadges, PreviewProjectBadge,
};
use crate::models::Badge;

/// Add a badge to a group.
// Not a variant of `AddProjectBadge`: this docs page lists no `name` parameter for groups,
// while the project badges page does. GitLab's Grape API (`lib/api/badges.rb`) most likely
// serves both with the same parameters, but the document follows the docs pages.
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
// Not a variant of `EditProjectBadge`, for the same reason as `AddGroupBadge`: no `name` here.
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

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectBadges,
        GetProjectBadge,
        AddGroupBadge,
        EditGroupBadge,
        DeleteProjectBadge,
        PreviewProjectBadge,
    ]
}
