//! The release links page: links to assets attached to a release.
//!
//! Every endpoint of the page takes a CI/CD job token as well as the usual tokens.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{ReleaseLink, ReleaseLinkType};

/// List the links attached to a release.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/releases/{tag_name}/assets/links",
    tag = "Release links",
    response = Vec<ReleaseLink>,
    paginate = offset,
    job_token,
    // GitLab lets anonymous callers read the releases of public projects.
    public,
    example = "releases_links/list_release_links.json",
)]
pub struct ListReleaseLinks {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
}

/// Get one link attached to a release.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/releases/{tag_name}/assets/links/{link_id}",
    tag = "Release links",
    response = ReleaseLink,
    job_token,
    // GitLab lets anonymous callers read the releases of public projects.
    public,
    example = "releases_links/get_release_link.json",
)]
pub struct GetReleaseLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// Numeric ID of the link.
    #[param(path)]
    pub link_id: u64,
}

/// Attach a link to a release.
///
/// Links may point to `http`, `https` and `ftp` addresses.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/releases/{tag_name}/assets/links",
    tag = "Release links",
    response = ReleaseLink,
    job_token,
    example = "releases_links/create_release_link.json",
)]
pub struct CreateReleaseLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// Name of the link; must be unique within the release.
    pub name: String,
    /// Address the link points to; must be unique within the release.
    pub url: String,
    /// Path under the release's `downloads/` address that permanently points to the asset
    /// (for example `/bin/hellodarwin-amd64`).
    pub filepath: Option<String>,
    /// Kind of asset (default `other`).
    pub link_type: Option<ReleaseLinkType>,
}

/// Change a link attached to a release.
///
/// At least one of `name` and `url` must be sent.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/releases/{tag_name}/assets/links/{link_id}",
    tag = "Release links",
    response = ReleaseLink,
    job_token,
    example = "releases_links/edit_release_link.json",
)]
pub struct EditReleaseLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// Numeric ID of the link.
    #[param(path)]
    pub link_id: u64,
    /// New name.
    pub name: Option<String>,
    /// New address.
    pub url: Option<String>,
    /// New path under the release's `downloads/` address.
    pub filepath: Option<String>,
    /// Kind of asset (default `other`: a change that leaves it out sets the kind back to
    /// `other`).
    // The docs state the default for updates too; GitLab's Grape parameter has
    // `default: 'other'`, so an update without `link_type` resets it.
    pub link_type: Option<ReleaseLinkType>,
}

/// Remove a link from a release.
///
/// Answers with the removed link.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/releases/{tag_name}/assets/links/{link_id}",
    tag = "Release links",
    response = ReleaseLink,
    job_token,
    example = "releases_links/delete_release_link.json",
)]
pub struct DeleteReleaseLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag the release belongs to; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
    /// Numeric ID of the link.
    #[param(path)]
    pub link_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListReleaseLinks,
        GetReleaseLink,
        CreateReleaseLink,
        EditReleaseLink,
        DeleteReleaseLink,
    ]
}
