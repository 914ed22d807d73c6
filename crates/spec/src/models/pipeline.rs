//! Pipelines: the short form listed by the pipelines page and embedded in merge requests,
//! commits and pipeline schedules; the full form (with its trigger, timings and detailed
//! status); the variables a pipeline ran with; and its unit test report and summary.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{UserBasic, VariableType};

/// Status of a pipeline; also a filter of the list of pipelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineStatus {
    /// Created, no job queued yet.
    Created,
    /// Waiting for a resource group to free up.
    WaitingForResource,
    /// Preparing the environment of its jobs.
    Preparing,
    /// Jobs wait for a runner.
    Pending,
    /// Jobs are running.
    Running,
    /// Finished and passed.
    Success,
    /// Finished with a failed job.
    Failed,
    /// Cancelled.
    Canceled,
    /// Skipped.
    Skipped,
    /// Stopped at a manual job.
    Manual,
    /// Waiting for a delayed job's time.
    Scheduled,
}

/// What started a pipeline; also a filter of the list of pipelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineSource {
    /// A push to the repository.
    Push,
    /// The "Run pipeline" button of the web interface.
    Web,
    /// A trigger token.
    Trigger,
    /// A pipeline schedule.
    Schedule,
    /// The API.
    Api,
    /// An external CI service.
    External,
    /// A multi-project pipeline trigger (job token).
    Pipeline,
    /// ChatOps.
    Chat,
    /// The Web IDE.
    Webide,
    /// A merge request event.
    MergeRequestEvent,
    /// A pull request of an external repository (GitHub).
    ExternalPullRequestEvent,
    /// A parent pipeline (child pipelines).
    ParentPipeline,
    /// An on-demand DAST scan.
    OndemandDastScan,
    /// An on-demand DAST site validation.
    OndemandDastValidation,
    /// A scan execution policy.
    // Not in the docs' list, but among GitLab's pipeline sources (and accepted by the filter).
    SecurityOrchestrationPolicy,
}

/// A pipeline in short form, as lists of pipelines and the commits, merge requests and
/// pipeline schedules that embed one show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineBasic {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the pipeline inside its project; missing from older answers and from the
    /// last pipeline of a schedule.
    pub iid: Option<u64>,
    /// ID of the project the pipeline ran in; missing from some embedded forms.
    pub project_id: Option<u64>,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status.
    pub status: PipelineStatus,
    /// What started the pipeline; missing from some embedded forms, `null` for old pipelines.
    pub source: Option<PipelineSource>,
    /// When the pipeline was created; missing from some embedded forms.
    pub created_at: Option<DateTime<Utc>>,
    /// When the pipeline was last changed; missing from some embedded forms.
    pub updated_at: Option<DateTime<Utc>>,
    /// Address of the pipeline in the web interface; missing from some embedded forms.
    pub web_url: Option<String>,
}

/// A pipeline in full: the short form plus who started it, its timings, coverage and how its
/// status is shown (a single pipeline, a newly created, retried, cancelled or triggered one,
/// the head pipeline of a merge request).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Pipeline {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the pipeline inside its project; missing from older answers.
    pub iid: Option<u64>,
    /// ID of the project the pipeline ran in; missing from older answers.
    pub project_id: Option<u64>,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status.
    pub status: PipelineStatus,
    /// What started the pipeline; missing from older answers, `null` for old pipelines.
    pub source: Option<PipelineSource>,
    /// When the pipeline was created.
    pub created_at: DateTime<Utc>,
    /// When the pipeline was last changed.
    pub updated_at: DateTime<Utc>,
    /// Address of the pipeline in the web interface.
    pub web_url: String,
    /// Commit the ref pointed to before the push that started the pipeline (all zeros when
    /// there was none).
    pub before_sha: String,
    /// Whether the pipeline ran for a tag.
    pub tag: bool,
    /// Errors found in the CI configuration, if any.
    pub yaml_errors: Option<String>,
    /// Who started the pipeline; `null` when the user is gone.
    pub user: Option<UserBasic>,
    /// When the first job started; `null` before.
    pub started_at: Option<DateTime<Utc>>,
    /// When the pipeline finished; `null` before.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the commit was made, if known.
    pub committed_at: Option<DateTime<Utc>>,
    /// Running time in seconds; `null` before it finished.
    // GitLab's entity sends whole seconds, but the docs' examples show fractions (`123.65`):
    // declared a number. `serde_json::Number` (not `f64`) keeps the model `Eq`.
    #[schema(value_type = Option<f64>)]
    pub duration: Option<serde_json::Number>,
    /// Seconds the pipeline waited before its first job started; `null` before it started,
    /// missing from older answers.
    // Whole seconds from GitLab's entity, fractions (`0.010`) in the docs: a number.
    #[schema(value_type = Option<f64>)]
    pub queued_duration: Option<serde_json::Number>,
    /// Test coverage as a decimal string (`46.68`), if reported.
    pub coverage: Option<String>,
    /// How the status is shown in the web interface; GitLab sends it, but most examples of the
    /// pipelines page leave it out.
    pub detailed_status: Option<PipelineDetailedStatus>,
}

/// How the status of a pipeline is shown in the web interface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineDetailedStatus {
    /// Name of the status icon (`status_failed`).
    pub icon: String,
    /// Short text of the status (`passed`).
    pub text: String,
    /// Longer label (`passed with warnings`).
    pub label: String,
    /// Status group, used for styling (`success-with-warnings`).
    pub group: String,
    /// Tooltip text.
    pub tooltip: String,
    /// Whether a page with details exists.
    pub has_details: bool,
    /// Path of the details page, relative to the GitLab host.
    pub details_path: String,
    /// Picture shown with the status, when there is one.
    pub illustration: Option<PipelineStatusIllustration>,
    /// Path or address of the favicon for the status.
    pub favicon: String,
}

/// A picture shown with a status in the web interface, with its caption.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineStatusIllustration {
    /// Path of the image.
    pub image: String,
    /// CSS size class of the image (`svg-430`).
    pub size: Option<String>,
    /// Heading shown with the image.
    pub title: String,
    /// Explanation shown under the heading, if any.
    pub content: Option<String>,
}

/// A variable a pipeline was started with (from the API, a trigger or the web interface).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineVariable {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Kind of variable; GitLab sends it, one example of the docs leaves it out.
    pub variable_type: Option<VariableType>,
}

/// The unit test report of a pipeline: totals over every test suite, and the suites with
/// their test cases (from the JUnit reports its jobs uploaded).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestReport {
    /// Time all tests took, in seconds.
    pub total_time: f64,
    /// Number of test cases.
    pub total_count: u64,
    /// Number of passed test cases.
    pub success_count: u64,
    /// Number of failed test cases.
    pub failed_count: u64,
    /// Number of skipped test cases.
    pub skipped_count: u64,
    /// Number of test cases that ended in an error.
    pub error_count: u64,
    /// The test suites, one per job name.
    pub test_suites: Vec<TestSuite>,
}

/// One test suite of a test report, with its test cases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestSuite {
    /// Name of the suite (the job name).
    pub name: String,
    /// Time the suite's tests took, in seconds.
    pub total_time: f64,
    /// Number of test cases.
    pub total_count: u64,
    /// Number of passed test cases.
    pub success_count: u64,
    /// Number of failed test cases.
    pub failed_count: u64,
    /// Number of skipped test cases.
    pub skipped_count: u64,
    /// Number of test cases that ended in an error.
    pub error_count: u64,
    /// Why the suite's reports could not be read, if they could not (its test cases are then
    /// empty); missing from older answers.
    pub suite_error: Option<String>,
    /// The test cases of the suite.
    pub test_cases: Vec<TestCase>,
}

/// Outcome of one test case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TestCaseStatus {
    /// Passed.
    Success,
    /// Failed.
    Failed,
    /// Skipped.
    Skipped,
    /// Ended in an error.
    Error,
}

/// One test case of a test suite.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestCase {
    /// Outcome.
    pub status: TestCaseStatus,
    /// Name of the test.
    pub name: String,
    /// Class or file the test belongs to.
    pub classname: String,
    /// Time the test took, in seconds.
    pub execution_time: f64,
    /// What the test printed, if reported.
    pub system_output: Option<String>,
    /// Stack trace of a failure, if reported.
    pub stack_trace: Option<String>,
    /// Address of a screenshot attached to the test case, when there is one.
    pub attachment_url: Option<String>,
}

/// The summary of a pipeline's unit test report: totals, and each suite's counts without its
/// test cases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestReportSummary {
    /// Totals over every test suite.
    pub total: TestReportTotals,
    /// The test suites, without their test cases.
    pub test_suites: Vec<TestSuiteSummary>,
}

/// Totals of a test report summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestReportTotals {
    /// Time all tests took, in seconds.
    pub time: f64,
    /// Number of test cases.
    pub count: u64,
    /// Number of passed test cases.
    pub success: u64,
    /// Number of failed test cases.
    pub failed: u64,
    /// Number of skipped test cases.
    pub skipped: u64,
    /// Number of test cases that ended in an error.
    pub error: u64,
    /// Why some reports could not be read, if they could not.
    pub suite_error: Option<String>,
}

/// One test suite of a test report summary: its counts and the jobs that reported it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TestSuiteSummary {
    /// Name of the suite (the job name).
    pub name: String,
    /// Time the suite's tests took, in seconds.
    pub total_time: f64,
    /// Number of test cases.
    pub total_count: u64,
    /// Number of passed test cases.
    pub success_count: u64,
    /// Number of failed test cases.
    pub failed_count: u64,
    /// Number of skipped test cases.
    pub skipped_count: u64,
    /// Number of test cases that ended in an error.
    pub error_count: u64,
    /// IDs of the jobs whose reports make up the suite.
    pub build_ids: Vec<u64>,
    /// Why the suite's reports could not be read, if they could not.
    pub suite_error: Option<String>,
}
