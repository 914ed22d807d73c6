//! The pipelines page: pipelines of a project: listing, running, retrying, cancelling and deleting them, their variables and test reports.
//!
//! The `GET` endpoints accept anonymous calls for public projects (GitLab authenticates only
//! the other methods here).

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Pipeline, PipelineBasic, PipelineSource, PipelineStatus, PipelineVariable, TestReport,
    TestReportSummary, VariableType,
};

/// Which pipelines to list, by state or kind of ref.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineScope {
    /// Running pipelines.
    Running,
    /// Pending pipelines.
    Pending,
    /// Finished pipelines.
    Finished,
    /// The latest pipeline of each branch.
    Branches,
    /// The latest pipeline of each tag.
    Tags,
}

/// Field the list of pipelines is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineOrderBy {
    /// The pipeline ID (the default).
    Id,
    /// The status.
    Status,
    /// The branch or tag name.
    Ref,
    /// The time of the last change.
    UpdatedAt,
    /// The ID of the user who started the pipeline.
    UserId,
}

/// Direction of the order of a list of pipelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// A variable to start a new pipeline with (one item of `variables[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewPipelineVariable {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Kind of variable (default `env_var`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variable_type: Option<VariableType>,
}

/// List the pipelines of a project, newest first by default.
///
/// Child pipelines are left out; get one by its ID instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines",
    tag = "Pipelines",
    response = Vec<PipelineBasic>,
    paginate = offset,
    public,
    example = "pipelines/list_project_pipelines.json",
)]
pub struct ListProjectPipelines {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only pipelines in this state or for this kind of ref.
    pub scope: Option<PipelineScope>,
    /// Only pipelines with this status.
    pub status: Option<PipelineStatus>,
    /// Only pipelines started this way (GitLab 14.3 and later).
    pub source: Option<PipelineSource>,
    /// Only pipelines for this branch or tag.
    pub r#ref: Option<String>,
    /// Only pipelines for this commit SHA.
    pub sha: Option<String>,
    /// Only pipelines whose CI configuration is invalid (`true`) or valid (`false`).
    pub yaml_errors: Option<bool>,
    /// Only pipelines started by the user with this username.
    pub username: Option<String>,
    /// Only pipelines changed after this time (ISO 8601).
    pub updated_after: Option<DateTime<Utc>>,
    /// Only pipelines changed before this time (ISO 8601).
    pub updated_before: Option<DateTime<Utc>>,
    /// Field to order by (default `id`).
    pub order_by: Option<PipelineOrderBy>,
    /// Order direction (default `desc`).
    pub sort: Option<PipelineSort>,
}

/// Get one pipeline of a project, child pipelines included.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}",
    tag = "Pipelines",
    response = Pipeline,
    public,
    example = "pipelines/get_pipeline.json",
)]
pub struct GetPipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// List the variables a pipeline was started with.
///
/// The list is not paginated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}/variables",
    tag = "Pipelines",
    response = Vec<PipelineVariable>,
    example = "pipelines/list_pipeline_variables.json",
)]
pub struct ListPipelineVariables {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// Get the unit test report of a pipeline.
///
/// The report gathers the JUnit reports the pipeline's jobs uploaded, with every test case.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}/test_report",
    tag = "Pipelines",
    response = TestReport,
    public,
    example = "pipelines/get_pipeline_test_report.json",
)]
pub struct GetPipelineTestReport {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// Get the summary of a pipeline's unit test report: counts per suite, no test cases.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipelines/{pipeline_id}/test_report_summary",
    tag = "Pipelines",
    response = TestReportSummary,
    public,
    example = "pipelines/get_pipeline_test_report_summary.json",
)]
pub struct GetPipelineTestReportSummary {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// Run a new pipeline for a branch or tag.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipeline",
    tag = "Pipelines",
    response = Pipeline,
    example = "pipelines/create_pipeline.json",
)]
pub struct CreatePipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch or tag to run the pipeline for.
    pub r#ref: String,
    /// Variables to give the pipeline: an array of `key`, `value` and `variable_type` hashes.
    pub variables: Option<Vec<NewPipelineVariable>>,
}

/// Retry the failed and cancelled jobs of a pipeline.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipelines/{pipeline_id}/retry",
    tag = "Pipelines",
    response = Pipeline,
    example = "pipelines/retry_pipeline.json",
)]
pub struct RetryPipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// Cancel the jobs of a pipeline that have not finished.
///
/// The answer is the pipeline after the cancellation (status `200`, not `201`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipelines/{pipeline_id}/cancel",
    tag = "Pipelines",
    response = Pipeline,
    // The docs give no status; GitLab's API answers 200 here.
    status = 200,
    example = "pipelines/cancel_pipeline.json",
)]
pub struct CancelPipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// Delete a pipeline with its jobs, logs, artifacts and trigger requests, for good.
///
/// Its caches expire; its child pipelines are kept.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/pipelines/{pipeline_id}",
    tag = "Pipelines",
    response = (),
)]
pub struct DeletePipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the pipeline.
    #[param(path)]
    pub pipeline_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectPipelines,
        GetPipeline,
        ListPipelineVariables,
        GetPipelineTestReport,
        GetPipelineTestReportSummary,
        CreatePipeline,
        RetryPipeline,
        CancelPipeline,
        DeletePipeline,
    ]
}
