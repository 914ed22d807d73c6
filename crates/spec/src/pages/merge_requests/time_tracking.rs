//! Time tracking of a merge request: its estimate and the time spent on it.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::TimeStats;

/// Set the time estimate of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/time_estimate",
    tag = "Merge requests",
    response = TimeStats,
    example = "merge_requests/set_merge_request_time_estimate.json",
)]
pub struct SetMergeRequestTimeEstimate {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Estimate in human form, such as `3h30m`.
    pub duration: String,
}

/// Reset the time estimate of a merge request to zero.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/reset_time_estimate",
    tag = "Merge requests",
    response = TimeStats,
    example = "merge_requests/reset_merge_request_time_estimate.json",
)]
pub struct ResetMergeRequestTimeEstimate {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Log time spent on a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/add_spent_time",
    tag = "Merge requests",
    response = TimeStats,
    example = "merge_requests/add_merge_request_spent_time.json",
)]
pub struct AddMergeRequestSpentTime {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Time spent in human form, such as `3h30m`.
    pub duration: String,
    /// What the time was spent on.
    pub summary: Option<String>,
}

/// Reset the time spent on a merge request to zero.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/reset_spent_time",
    tag = "Merge requests",
    response = TimeStats,
    example = "merge_requests/reset_merge_request_spent_time.json",
)]
pub struct ResetMergeRequestSpentTime {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Get the time estimate and time spent of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/time_stats",
    tag = "Merge requests",
    response = TimeStats,
    example = "merge_requests/get_merge_request_time_stats.json",
)]
pub struct GetMergeRequestTimeStats {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}
