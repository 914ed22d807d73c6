//! The version page: the version of the GitLab instance.

use gitlab_endpoint::Endpoint;

use crate::models::Version;

/// Get the version of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/version",
    tag = "Version",
    response = Version,
    example = "version/get_version.json",
)]
pub struct GetVersion {}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetVersion]
}
