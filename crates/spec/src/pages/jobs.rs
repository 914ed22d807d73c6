//! The jobs page: CI/CD jobs: listing them, their logs and artifacts, retrying, cancelling, erasing and playing them.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Bridge, Job, JobAllowedAgents};

/// Which jobs to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobScope {
    /// Created, not yet queued.
    Created,
    /// Waiting for a runner.
    Pending,
    /// Running.
    Running,
    /// Failed.
    Failed,
    /// Passed.
    Success,
    /// Cancelled.
    Canceled,
    /// Skipped.
    Skipped,
    /// Waiting for someone to start it by hand.
    Manual,
}

/// A CI/CD variable to give a manual job when starting it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobVariableAttribute {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
}

/// List the jobs of a project, newest first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/jobs",
    tag = "Jobs",
    response = Vec<Job>,
    paginate = offset,
    example = "jobs/list_project_jobs.json",
)]
pub struct ListProjectJobs {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only jobs in one of these states (sent as `scope[]=pending&scope[]=running`; every
    /// job when left out).
    pub scope: Option<Vec<JobScope>>,
}

/// List the jobs of a pipeline, child pipelines included, newest first.
///
/// Jobs that were retried are left out unless `include_retried` is set.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}/jobs",
    tag = "Jobs",
    response = Vec<Job>,
    paginate = offset,
    example = "jobs/list_pipeline_jobs.json",
)]
pub struct ListPipelineJobs {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the pipeline (`CI_PIPELINE_ID` inside a job).
    #[param(path)]
    pub pipeline_id: u64,
    /// Only jobs in one of these states (sent as `scope[]=pending&scope[]=running`; every
    /// job when left out).
    pub scope: Option<Vec<JobScope>>,
    /// Also list the jobs that were retried (default `false`).
    pub include_retried: Option<bool>,
}

/// List the bridge jobs of a pipeline: the jobs that trigger downstream pipelines.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}/bridges",
    tag = "Jobs",
    response = Vec<Bridge>,
    paginate = offset,
    example = "jobs/list_pipeline_bridges.json",
)]
pub struct ListPipelineBridges {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
    /// Only bridge jobs in one of these states (sent as `scope[]=pending&scope[]=running`;
    /// every one when left out).
    pub scope: Option<Vec<JobScope>>,
}

/// Get the job a CI/CD job token belongs to.
///
/// Called from inside a running job: the credential is the job's `CI_JOB_TOKEN`, given as the
/// `JOB-TOKEN` header, as a bearer token, or as the `job_token` query parameter. Other tokens
/// are refused.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/job",
    tag = "Jobs",
    response = Job,
    job_token,
    example = "jobs/get_job_token_job.json",
)]
pub struct GetJobTokenJob {}

/// Get the job of a CI/CD job token with the GitLab agents it may use.
///
/// Called from inside a running job, with the job's `CI_JOB_TOKEN` (the `JOB-TOKEN` header or
/// the `job_token` query parameter) as the credential. The answer also carries the job's
/// pipeline, project and user.
// The page lists `CI_JOB_TOKEN` as an attribute: it is the job token itself, which the
// conventions' job-token security scheme covers, so it is not declared as a parameter.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/job/allowed_agents",
    tag = "Jobs",
    response = JobAllowedAgents,
    job_token,
    example = "jobs/get_job_allowed_agents.json",
)]
pub struct GetJobAllowedAgents {}

/// Get one job of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/jobs/{job_id}",
    tag = "Jobs",
    response = Job,
    example = "jobs/get_job.json",
)]
pub struct GetJob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
}

/// Download the log (trace) of a job, as plain text.
///
/// Answers `404 Not Found` when the job has no log.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/jobs/{job_id}/trace",
    tag = "Jobs",
    response = (),
    raw = "text/plain",
)]
pub struct GetJobLog {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
}

/// Cancel a job of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/jobs/{job_id}/cancel",
    tag = "Jobs",
    response = Job,
    example = "jobs/cancel_job.json",
)]
pub struct CancelJob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
}

/// Retry a job of a project; the answer is the new job.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/jobs/{job_id}/retry",
    tag = "Jobs",
    response = Job,
    example = "jobs/retry_job.json",
)]
pub struct RetryJob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
}

/// Erase a job of a project: delete its artifacts and its log.
///
/// Archived jobs cannot be erased this way.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/jobs/{job_id}/erase",
    tag = "Jobs",
    response = Job,
    example = "jobs/erase_job.json",
)]
pub struct EraseJob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
}

/// Start a manual job of a project.
// When the manual job is a bridge (a trigger job), GitLab answers it in the bridge form
// (`downstream_pipeline`, no `runner` or `artifacts`); the schema declares the usual job.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/jobs/{job_id}/play",
    tag = "Jobs",
    response = Job,
    example = "jobs/play_job.json",
)]
pub struct PlayJob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the job.
    #[param(path)]
    pub job_id: u64,
    /// CI/CD variables to give the job for this run (GitLab 14.9 and later).
    pub job_variables_attributes: Option<Vec<JobVariableAttribute>>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectJobs,
        ListPipelineJobs,
        ListPipelineBridges,
        GetJobTokenJob,
        GetJobAllowedAgents,
        GetJob,
        GetJobLog,
        CancelJob,
        RetryJob,
        EraseJob,
        PlayJob,
    ]
}
