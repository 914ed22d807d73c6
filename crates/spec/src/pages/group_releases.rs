//! The group releases page: the releases of every project in a group.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use super::releases_index::ReleaseSort;
use crate::models::Release;

/// List the releases of the projects of a group and its subgroups, newest release date first
/// by default.
///
/// With `simple=true`, each release comes in a short form: name, tag name, description, dates
/// and whether it is upcoming.
// GitLab answers `simple=true` with its `BasicReleaseDetails` entity, a subset of the release
// entity's fields, so `Release` describes both forms. The page also says self-managed
// instances need the `group_releases_finder_inoperator` feature flag; that is an
// administration setting, not part of the interface.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/releases",
    tag = "Group releases",
    response = Vec<Release>,
    paginate = offset,
    example = "group_releases/list_group_releases.json",
)]
pub struct ListGroupReleases {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Direction of the order by release date (default `desc`).
    pub sort: Option<ReleaseSort>,
    /// Answer each release in its short form (default `false`).
    pub simple: Option<bool>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListGroupReleases]
}
