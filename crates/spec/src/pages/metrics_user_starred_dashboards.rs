//! The user-starred metrics dashboards page: metrics dashboards a user starred.
//!
//! Stars belong to the calling user: starring needs read access to the project.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{UserStarredDashboard, UserStarredDashboardsRemoval};

/// Star a metrics dashboard of a project for the calling user.
///
/// GitLab 13.0 and later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/metrics/user_starred_dashboards",
    tag = "User-starred metrics dashboards",
    response = UserStarredDashboard,
    example = "metrics_user_starred_dashboards/star_metrics_dashboard.json",
)]
pub struct StarMetricsDashboard {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Path of the dashboard's definition file.
    pub dashboard_path: String,
}

/// Remove the calling user's star from one metrics dashboard of a project, or from all of them.
///
/// GitLab 13.0 and later. The answer counts the stars removed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/metrics/user_starred_dashboards",
    tag = "User-starred metrics dashboards",
    response = UserStarredDashboardsRemoval,
    example = "metrics_user_starred_dashboards/unstar_metrics_dashboards.json",
)]
pub struct UnstarMetricsDashboards {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Path of the dashboard's definition file; when left out, every dashboard of the project
    /// loses the user's star.
    pub dashboard_path: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![StarMetricsDashboard, UnstarMetricsDashboards]
}
