//! The sidekiq metrics page: metrics of the background job processing.
//!
//! Every operation is for administrators only. The answers' types are used by this page only,
//! so they are declared here rather than among the shared models.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The backlog of one Sidekiq queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqQueue {
    /// Number of jobs waiting in the queue.
    pub backlog: u64,
    /// Seconds the oldest waiting job has waited.
    pub latency: u64,
}

/// The Sidekiq queues, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqQueueMetrics {
    /// Each queue's backlog, by queue name.
    pub queues: BTreeMap<String, SidekiqQueue>,
}

/// One running Sidekiq process.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqProcess {
    /// Host the process runs on.
    pub hostname: String,
    /// Operating system process ID.
    pub pid: u64,
    /// Tag the process was started with, if any.
    pub tag: Option<String>,
    /// When the process started.
    pub started_at: DateTime<Utc>,
    /// Queues the process takes jobs from.
    pub queues: Vec<String>,
    /// Labels the process was started with.
    pub labels: Vec<String>,
    /// Number of jobs the process can run at once.
    pub concurrency: u64,
    /// Number of jobs the process is running now.
    pub busy: u64,
}

/// The running Sidekiq processes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqProcessMetrics {
    /// Every process registered to work on the queues.
    pub processes: Vec<SidekiqProcess>,
}

/// Job counts of Sidekiq since its statistics were last reset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqJobCounts {
    /// Jobs performed.
    pub processed: u64,
    /// Jobs that raised an error.
    pub failed: u64,
    /// Jobs waiting in all queues now.
    pub enqueued: u64,
    /// Jobs that ran out of retries.
    pub dead: u64,
}

/// The job counts of Sidekiq.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqJobStats {
    /// The counts.
    pub jobs: SidekiqJobCounts,
}

/// Queues, processes and job counts of Sidekiq in one answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SidekiqCompoundMetrics {
    /// Each queue's backlog, by queue name.
    pub queues: BTreeMap<String, SidekiqQueue>,
    /// Every process registered to work on the queues.
    pub processes: Vec<SidekiqProcess>,
    /// The job counts.
    pub jobs: SidekiqJobCounts,
}

/// Get the backlog and latency of every Sidekiq queue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/sidekiq/queue_metrics",
    tag = "Sidekiq metrics",
    response = SidekiqQueueMetrics,
    admin,
    example = "sidekiq_metrics/get_sidekiq_queue_metrics.json",
)]
pub struct GetSidekiqQueueMetrics {}

/// Get the Sidekiq processes working on the queues.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/sidekiq/process_metrics",
    tag = "Sidekiq metrics",
    response = SidekiqProcessMetrics,
    admin,
    example = "sidekiq_metrics/get_sidekiq_process_metrics.json",
)]
pub struct GetSidekiqProcessMetrics {}

/// Get the counts of jobs Sidekiq performed, failed, holds and gave up on.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/sidekiq/job_stats",
    tag = "Sidekiq metrics",
    response = SidekiqJobStats,
    admin,
    example = "sidekiq_metrics/get_sidekiq_job_stats.json",
)]
pub struct GetSidekiqJobStats {}

/// Get the queue, process and job metrics of Sidekiq together.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/sidekiq/compound_metrics",
    tag = "Sidekiq metrics",
    response = SidekiqCompoundMetrics,
    admin,
    example = "sidekiq_metrics/get_sidekiq_compound_metrics.json",
)]
pub struct GetSidekiqCompoundMetrics {}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetSidekiqQueueMetrics,
        GetSidekiqProcessMetrics,
        GetSidekiqJobStats,
        GetSidekiqCompoundMetrics,
    ]
}
