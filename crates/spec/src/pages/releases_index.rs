//! The releases page: releases of a project, tied to its tags.
//!
//! Every endpoint of the page takes a CI/CD job token as well as the usual tokens.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Release, ReleaseLinkType};

/// Field the list of releases is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReleaseOrderBy {
    /// The release date (the default).
    ReleasedAt,
    /// The creation date.
    CreatedAt,
}

/// Direction of the order of a list of releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReleaseSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// The assets to attach to a new release (sent as `assets[links][]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewReleaseAssets {
    /// Links to attach to the release.
    pub links: Vec<NewReleaseLink>,
}

/// One link to attach to a new release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewReleaseLink {
    /// Name of the link; must be unique within the release.
    pub name: String,
    /// Address the link points to; must be unique within the release.
    pub url: String,
    /// Path under the release's `downloads/` address that permanently points to the asset
    /// (for example `/binaries/linux-amd64`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filepath: Option<String>,
    /// Kind of asset (default `other`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_type: Option<ReleaseLinkType>,
}

/// List the releases of a project, newest release date first by default.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/releases",
    tag = "Releases",
    response = Vec<Release>,
    paginate = offset,
    job_token,
    // GitLab lets anonymous callers read the releases of public projects.
    public,
    example = "releases_index/list_releases.json",
)]
pub struct ListReleases {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Field to order by (default `released_at`).
    pub order_by: Option<ReleaseOrderBy>,
    /// Direction of the order (default `desc`).
    pub sort: Option<ReleaseSort>,
    /// Also send each release's notes rendered as HTML (`description_html`).
    pub include_html_description: Option<bool>,
}

/// Get the release of a tag.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/releases/{tag_name}",
    tag = "Releases",
    response = Release,
    job_token,
    // GitLab lets anonymous callers read the releases of public projects.
    public,
    example = "releases_index/get_release.json",
)]
pub struct GetRelease {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// Also send the release notes rendered as HTML (`description_html`).
    pub include_html_description: Option<bool>,
}

/// Create a release, and its tag if the tag does not exist yet.
///
/// Needs at least the Developer role in the project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/releases",
    tag = "Releases",
    response = Release,
    job_token,
    example = "releases_index/create_release.json",
)]
pub struct CreateRelease {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the release (the tag name when not given).
    pub name: Option<String>,
    /// Tag of the release; created from `ref` when it does not exist.
    pub tag_name: String,
    /// Annotation of the tag, when the tag is created (making it an annotated tag).
    pub tag_message: Option<String>,
    /// Release notes, in Markdown.
    pub description: Option<String>,
    /// Commit SHA, branch or tag name to create the tag from; required when `tag_name` does
    /// not exist yet.
    pub r#ref: Option<String>,
    /// Titles of the milestones to associate with the release (group milestones of the
    /// project's group too, in paid tiers).
    pub milestones: Option<Vec<String>>,
    /// Links to attach to the release.
    pub assets: Option<NewReleaseAssets>,
    /// When the release is or was ready, in ISO 8601 (default: now).
    pub released_at: Option<DateTime<Utc>>,
}

/// Collect a new evidence snapshot for a release.
///
/// The snapshot is collected in the background.
// The docs show `200` as the example response; GitLab's Grape endpoint answers
// `status :accepted`, i.e. 202, and its body is that status code as a JSON number. We
// follow GitLab's code: 202 with an integer body (which also accepts the docs' `200`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/releases/{tag_name}/evidence",
    tag = "Releases",
    response = u64,
    status = 202,
    job_token,
    example = "releases_index/create_release_evidence.json",
)]
pub struct CreateReleaseEvidence {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
}

/// Change the name, notes, milestones or release date of a release.
///
/// Needs at least the Developer role in the project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/releases/{tag_name}",
    tag = "Releases",
    response = Release,
    job_token,
    example = "releases_index/edit_release.json",
)]
pub struct EditRelease {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// New name.
    pub name: Option<String>,
    /// New release notes, in Markdown.
    pub description: Option<String>,
    /// Titles of the milestones the release is associated with from now on; an empty list
    /// removes every milestone.
    pub milestones: Option<Vec<String>>,
    /// When the release is or was ready, in ISO 8601.
    pub released_at: Option<DateTime<Utc>>,
}

/// Delete a release, keeping its tag.
///
/// Needs at least the Maintainer role in the project. Answers with the deleted release.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/releases/{tag_name}",
    tag = "Releases",
    response = Release,
    job_token,
    example = "releases_index/delete_release.json",
)]
pub struct DeleteRelease {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListReleases,
        GetRelease,
        CreateRelease,
        CreateReleaseEvidence,
        EditRelease,
        DeleteRelease,
    ]
}
