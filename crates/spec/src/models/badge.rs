//! Badge models.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a badge is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BadgeKind {
    /// Defined on the project itself.
    Project,
    /// Defined on a group and inherited by its projects.
    Group,
}

/// A badge: an image with a link, shown on a project's or group's page.
///
/// The link and image addresses may hold placeholders such as `%{project_path}` or
/// `%{default_branch}`; the `rendered_*` fields give them with the placeholders filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Badge {
    /// Numeric ID of the badge.
    pub id: u64,
    /// Name of the badge, when one was given.
    pub name: Option<String>,
    /// Address the badge links to, placeholders unresolved.
    pub link_url: String,
    /// Address of the badge image, placeholders unresolved.
    pub image_url: String,
    /// Link address with its placeholders filled in.
    pub rendered_link_url: String,
    /// Image address with its placeholders filled in.
    pub rendered_image_url: String,
    /// Whether the badge belongs to the project or comes from a group.
    pub kind: BadgeKind,
}

/// A badge preview: given addresses and what they become once placeholders are filled in.
///
/// Nothing is stored, so there is no ID or kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RenderedBadge {
    /// Badge name; null in a preview, as none is given.
    pub name: Option<String>,
    /// The link address as given.
    pub link_url: String,
    /// The image address as given.
    pub image_url: String,
    /// Link address with its placeholders filled in.
    pub rendered_link_url: String,
    /// Image address with its placeholders filled in.
    pub rendered_image_url: String,
}
