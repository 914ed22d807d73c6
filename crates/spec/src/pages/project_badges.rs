//! The project badges page: badges shown on a project's overview page.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Badge, RenderedBadge};

/// List the badges of a project.
///
/// Includes the badges inherited from the project's groups.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/badges",
    tag = "Project badges",
    response = Vec<Badge>,
    paginate = offset,
    example = "project_badges/list_project_badges.json",
)]
pub struct ListProjectBadges {
    /// The project, by numeric ID or URL-encoded full path.
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
)]
pub struct GetProjectBadge {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the badge.
    #[param(path)]
    pub badge_id: u64,
}

/// Add a badge to a project.
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
/// Only the project's own badges can be removed here, not those from its groups.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/badges/{badge_id}",
    tag = "Project badges",
    response = (),
)]
pub struct DeleteProjectBadge {
    /// The project, by numeric ID or URL-encoded full path.
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
)]
pub struct PreviewProjectBadge {
    /// The project, by numeric ID or URL-encoded full path.
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
        PreviewProjectBadge
    ]
}
