//! The license page: the licences of the GitLab instance (paid tiers), for administrators.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::GitlabLicense;

/// Get the licence in force, with the current number of billable users.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/license",
    tag = "License",
    response = GitlabLicense,
    admin,
    example = "license/get_current_license.json",
)]
pub struct GetCurrentLicense {}

/// List every licence added to the instance.
///
/// The list is not paginated; it is empty when no licence was added.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/licenses",
    tag = "License",
    response = Vec<GitlabLicense>,
    admin,
    example = "license/list_licenses.json",
)]
pub struct ListLicenses {}

/// Add a licence to the instance.
///
/// Answers `400` with the reason when the licence is refused.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/license",
    tag = "License",
    response = GitlabLicense,
    admin,
    example = "license/add_license.json",
)]
pub struct AddLicense {
    /// The licence key, as the licence file holds it.
    pub license: String,
}

// The page shows a licence after this route, but also says it answers `204 No Content`;
// GitLab's API answers no body.
/// Delete a licence.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/license/{id}",
    tag = "License",
    response = (),
    admin,
)]
pub struct DeleteLicense {
    /// Numeric ID of the licence.
    #[param(path)]
    pub id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![GetCurrentLicense, ListLicenses, AddLicense, DeleteLicense]
}
