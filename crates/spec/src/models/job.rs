//! CI/CD jobs: the job itself (listed, embedded, or as a runner lists it), its artifacts, the
//! bridge jobs that trigger downstream pipelines, and what a job token may reach.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Commit, PipelineBasic, ProjectIdentity, Runner, User, UserBasic};

/// A CI/CD job, as the jobs page lists and answers it, and as deployments and runners embed it.
///
/// The project's job lists, a single job and the actions on a job send the whole entity; a
/// runner's job list sends the basic part plus `project` (no `runner`, `artifacts` or
/// `tag_list`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Job {
    /// Global numeric ID.
    pub id: u64,
    /// State (`created`, `waiting_for_resource`, `preparing`, `pending`, `running`,
    /// `success`, `failed`, `canceled`, `skipped`, `manual`, `scheduled`).
    pub status: String,
    /// Stage the job belongs to.
    pub stage: String,
    /// Name of the job in the CI configuration.
    pub name: String,
    /// Branch or tag the job ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Whether the job ran for a tag.
    pub tag: bool,
    /// Code coverage in percent, if the job reported it.
    pub coverage: Option<f64>,
    /// Whether a failure of this job leaves the pipeline passing.
    // GitLab always sends it; the docs' example of a runner's jobs lacks it.
    pub allow_failure: Option<bool>,
    /// When the job was created.
    pub created_at: DateTime<Utc>,
    /// When the job started; `null` before.
    pub started_at: Option<DateTime<Utc>>,
    /// When the job finished; `null` before.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the job's artifacts and log were erased; `null` unless erased (newer GitLab
    /// versions).
    pub erased_at: Option<DateTime<Utc>>,
    /// Running time in seconds; `null` before it started.
    pub duration: Option<f64>,
    /// Seconds the job waited for a runner; `null` before it was picked.
    // GitLab always sends it; the docs' example of a runner's jobs lacks it.
    pub queued_duration: Option<f64>,
    /// Who started the job; `null` when unknown.
    pub user: Option<User>,
    /// Commit the job ran for; `null` when it is no longer in the repository.
    pub commit: Option<Commit>,
    /// Pipeline the job belongs to, in short form.
    // GitLab always sends it; the docs' examples of cancelling, retrying, erasing and playing
    // a job lack it.
    pub pipeline: Option<PipelineBasic>,
    /// Why the job failed (`script_failure`, `stuck_or_timeout_failure`, ...); only on failed
    /// jobs.
    pub failure_reason: Option<String>,
    /// Address of the job in the web interface.
    // GitLab always sends it; the docs' example of a runner's jobs lacks it.
    pub web_url: Option<String>,
    /// Project the job belongs to: its identity in a runner's job list; newer GitLab versions
    /// send only its job token setting on other answers.
    pub project: Option<JobProject>,
    /// The artifacts archive (kept for older clients; see `artifacts`); only when the job has
    /// artifacts.
    pub artifacts_file: Option<JobArtifactFile>,
    /// Every artifact file of the job, archive, metadata and log included (missing from a
    /// runner's job list).
    pub artifacts: Option<Vec<JobArtifact>>,
    /// Runner that ran the job; `null` before one picked it (missing from a runner's job list).
    pub runner: Option<Runner>,
    /// When the artifacts expire; `null` when they are kept.
    pub artifacts_expire_at: Option<DateTime<Utc>>,
    /// Tags a runner needs to pick the job, sorted (missing from a runner's job list).
    pub tag_list: Option<Vec<String>>,
    /// Whether the job is archived (it can no longer be retried or erased; newer GitLab
    /// versions).
    pub archived: Option<bool>,
    /// Address of the artifacts download; shown only by the docs' example of erasing a job,
    /// as `null`.
    // Not part of GitLab's current job entity; declared because the docs' example carries it.
    pub download_url: Option<String>,
    /// IP address of the runner; shown only by the docs' example of a runner's jobs.
    // Not part of GitLab's job entity; declared because the docs' example carries it.
    pub ip_address: Option<String>,
}

/// The artifacts archive of a job, as the legacy `artifacts_file` field shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobArtifactFile {
    /// File name of the archive (`artifacts.zip`).
    pub filename: String,
    /// Size in bytes.
    pub size: u64,
}

/// How an artifact file of a job is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobArtifactFileFormat {
    /// Stored as is (the job log, for example).
    Raw,
    /// A zip archive.
    Zip,
    /// A gzip-compressed file.
    Gzip,
}

/// One artifact file of a job: the archive, its metadata, the log, or a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobArtifact {
    /// Kind of artifact (`archive`, `metadata`, `trace`, `junit`, `codequality`, ...).
    pub file_type: String,
    /// Size in bytes.
    pub size: u64,
    /// File name (`artifacts.zip`, `job.log`).
    pub filename: String,
    /// Storage format; `null` for old artifacts recorded without one.
    pub file_format: Option<JobArtifactFileFormat>,
}

/// A bridge job: a job of a pipeline that triggers a downstream (multi-project or child)
/// pipeline instead of running a script.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Bridge {
    /// Global numeric ID.
    pub id: u64,
    /// State (`created`, `pending`, `running`, `success`, `failed`, `canceled`, `skipped`,
    /// `manual`, ...).
    pub status: String,
    /// Stage the job belongs to.
    pub stage: String,
    /// Name of the job in the CI configuration.
    pub name: String,
    /// Branch or tag the job ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Whether the job ran for a tag.
    pub tag: bool,
    /// Code coverage in percent; normally `null` for a bridge.
    pub coverage: Option<f64>,
    /// Whether a failure of this job leaves the pipeline passing.
    pub allow_failure: bool,
    /// When the job was created.
    pub created_at: DateTime<Utc>,
    /// When the job started; `null` before.
    pub started_at: Option<DateTime<Utc>>,
    /// When the job finished; `null` before.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the job was erased; `null` unless erased (newer GitLab versions).
    pub erased_at: Option<DateTime<Utc>>,
    /// Running time in seconds; `null` before it started.
    pub duration: Option<f64>,
    /// Seconds the job waited before it started; `null` before.
    pub queued_duration: Option<f64>,
    /// Who started the job; `null` when unknown.
    pub user: Option<User>,
    /// Commit the job ran for; `null` when it is no longer in the repository.
    pub commit: Option<Commit>,
    /// Pipeline the job belongs to, in short form.
    pub pipeline: PipelineBasic,
    /// Why the job failed; only on failed jobs.
    pub failure_reason: Option<String>,
    /// Address of the job in the web interface.
    pub web_url: String,
    /// Job token setting of the job's project (newer GitLab versions).
    pub project: Option<JobProject>,
    /// Pipeline the job triggered; `null` before it was created.
    pub downstream_pipeline: Option<PipelineBasic>,
}

/// The project of a job.
///
/// A runner's job list sends the project's identity (ID, names, paths, creation time); newer
/// GitLab versions add a `project` holding only `ci_job_token_scope_enabled` to every other
/// job, so each field is optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobProject {
    /// Numeric ID of the project.
    pub id: Option<u64>,
    /// Description of the project, if any.
    pub description: Option<String>,
    /// Name of the project.
    pub name: Option<String>,
    /// Name of the project prefixed by its namespace's name.
    pub name_with_namespace: Option<String>,
    /// Path of the project within its namespace.
    pub path: Option<String>,
    /// Full path of the project, namespace included.
    pub path_with_namespace: Option<String>,
    /// When the project was created.
    pub created_at: Option<DateTime<Utc>>,
    /// Whether the project limits which projects its job tokens may reach (newer GitLab
    /// versions).
    pub ci_job_token_scope_enabled: Option<bool>,
}

/// What a CI/CD job token reaches: its job, pipeline, project and user, and the GitLab agents
/// the job may use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobAllowedAgents {
    /// Agents whose configuration lets the job's project use them.
    pub allowed_agents: Vec<JobAllowedAgent>,
    /// The job the token belongs to, in its shortest form.
    pub job: JobInfo,
    /// Pipeline of the job, in short form.
    pub pipeline: PipelineBasic,
    /// Project of the job.
    pub project: ProjectIdentity,
    /// User who started the job.
    pub user: UserBasic,
}

/// A GitLab agent for Kubernetes that a job may use, with the project holding its
/// configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobAllowedAgent {
    /// Numeric ID of the agent.
    pub id: u64,
    /// Project where the agent is configured.
    pub config_project: ProjectIdentity,
    /// The part of the agent's configuration that authorizes the project (free-form, as the
    /// agent's configuration file writes it); missing from older answers.
    pub configuration: Option<serde_json::Value>,
}

/// A job in its shortest form: name, stage and project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JobInfo {
    /// Global numeric ID.
    pub id: u64,
    /// Name of the job in the CI configuration.
    pub name: String,
    /// Stage the job belongs to.
    pub stage: String,
    /// ID of the job's project.
    pub project_id: u64,
    /// Name of the job's project.
    pub project_name: String,
}
