//! The dashboard annotations page: annotations on metrics dashboards.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::MetricsDashboardAnnotation;

/// Annotate the metrics dashboard of an environment.
///
/// Needs at least the Developer role in the environment's project. Without `ending_at`, the
/// annotation marks a single moment.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/environments/{id}/metrics_dashboard/annotations",
    tag = "Dashboard annotations",
    response = MetricsDashboardAnnotation,
    example = "metrics_dashboard_annotations/create_environment_dashboard_annotation.json",
    variant(
        "/clusters/{id}/metrics_dashboard/annotations",
        id = "createClusterDashboardAnnotation",
        summary = "Annotate the metrics dashboard of a cluster.",
        example = "metrics_dashboard_annotations/create_cluster_dashboard_annotation.json",
    ),
)]
pub struct CreateEnvironmentDashboardAnnotation {
    /// Numeric ID of the environment, or of the cluster.
    #[param(path)]
    pub id: u64,
    /// Path of the dashboard's definition file (GitLab un-escapes it if it arrives
    /// URL-encoded).
    pub dashboard_path: String,
    /// Start of the marked span, or the marked moment (ISO 8601).
    pub starting_at: DateTime<Utc>,
    /// End of the marked span (ISO 8601).
    pub ending_at: Option<DateTime<Utc>>,
    /// Text of the annotation.
    pub description: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![CreateEnvironmentDashboardAnnotation]
}
