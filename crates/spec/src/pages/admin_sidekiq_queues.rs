//! The sidekiq queues page: removing jobs from the background job queues.

use gitlab_endpoint::{Endpoint, EndpointInfo};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What removing jobs from a Sidekiq queue did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqQueueJobsDeletion {
    /// Whether the whole queue was gone through in the time allowed; when not, repeating the
    /// call may remove more jobs (including jobs queued since).
    pub completed: bool,
    /// Number of jobs removed.
    pub deleted_jobs: u64,
    /// Number of jobs left in the queue.
    pub queue_size: u64,
}

/// Remove the jobs of a Sidekiq queue whose metadata match the given values.
///
/// Administrators only. At least one filter besides the queue's name is required (GitLab
/// answers `400` otherwise); a job is removed when it matches every filter given.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/admin/sidekiq/queues/{queue_name}",
    tag = "Sidekiq queues",
    response = SidekiqQueueJobsDeletion,
    admin,
    example = "admin_sidekiq_queues/delete_sidekiq_queue_jobs.json",
)]
pub struct DeleteSidekiqQueueJobs {
    /// Name of the queue.
    #[param(path)]
    pub queue_name: String,
    /// Username of the user who scheduled the jobs.
    pub user: Option<String>,
    /// Full path of the project the jobs were scheduled from.
    pub project: Option<String>,
    /// Root namespace of that project.
    pub root_namespace: Option<String>,
    /// Subscription plan of the root namespace (GitLab.com only).
    pub subscription_plan: Option<String>,
    /// Endpoint or background job that scheduled the jobs (`ProjectsController#create`,
    /// `/api/:version/projects/:id`, `PostReceive`, ...).
    pub caller_id: Option<String>,
    /// Feature category of the jobs (`team_planning`, `code_review`, ...).
    pub feature_category: Option<String>,
    /// Worker class of the jobs (`PostReceive`, `MergeWorker`, ...).
    pub worker_class: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![DeleteSidekiqQueueJobs]
}
