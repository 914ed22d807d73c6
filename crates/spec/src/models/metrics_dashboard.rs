//! Metrics dashboards: annotations marking events on their charts, and the dashboards users
//! starred.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A note on a metrics dashboard marking a point in time, or a span of time, on its charts.
///
/// An annotation belongs to an environment or to a cluster: the other one's ID is `null`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MetricsDashboardAnnotation {
    /// Numeric ID of the annotation.
    pub id: u64,
    /// Start of the marked span, or the marked moment.
    pub starting_at: DateTime<Utc>,
    /// End of the marked span; `null` for a single moment.
    pub ending_at: Option<DateTime<Utc>>,
    /// Path of the dashboard's definition file.
    pub dashboard_path: String,
    /// Text of the annotation.
    pub description: String,
    /// Numeric ID of the environment the annotation belongs to, if any.
    pub environment_id: Option<u64>,
    /// Numeric ID of the cluster the annotation belongs to, if any.
    pub cluster_id: Option<u64>,
}

/// A metrics dashboard a user starred in a project, so that it is listed first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserStarredDashboard {
    /// Numeric ID of the star.
    pub id: u64,
    /// Path of the dashboard's definition file.
    pub dashboard_path: String,
    /// Numeric ID of the user who starred the dashboard.
    pub user_id: u64,
    /// Numeric ID of the project holding the dashboard.
    pub project_id: u64,
}

/// How many stars removing stars from dashboards took away.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserStarredDashboardsRemoval {
    /// Number of stars removed.
    pub deleted_rows: u64,
}
