//! The application statistics page: approximate counts of the instance's objects.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::ApplicationStatistics;

/// Get approximate counts of the instance's projects, users, issues and other objects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/application/statistics",
    tag = "Application statistics",
    response = ApplicationStatistics,
    admin,
    example = "statistics/get_application_statistics.json",
)]
pub struct GetApplicationStatistics {}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![GetApplicationStatistics]
}
