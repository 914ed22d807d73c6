//! CI lint: the result of validating a CI/CD configuration, with the files it included and the
//! jobs it would create.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Outcome of validating a CI/CD configuration, in the form the instance-wide lint adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LintStatus {
    /// The configuration is valid.
    Valid,
    /// The configuration has errors.
    Invalid,
}

/// The result of validating a CI/CD configuration.
///
/// The project lints answer `valid`; the instance-wide lint (`POST /ci/lint`) answers `status`
/// as well (its examples in the docs show only `status`). The expanded configuration, the
/// included files and the jobs appear when asked for or when the GitLab version sends them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LintResult {
    /// Whether the configuration is valid; missing from the instance-wide lint's answers of
    /// older versions.
    pub valid: Option<bool>,
    /// Whether the configuration is valid, as a word; only from the instance-wide lint.
    pub status: Option<LintStatus>,
    /// Errors found; empty when the configuration is valid.
    pub errors: Vec<String>,
    /// Warnings found (such as rules that may run duplicate pipelines); missing from older
    /// answers.
    pub warnings: Option<Vec<String>>,
    /// The configuration with its includes expanded, as YAML; from the instance-wide lint only
    /// with `include_merged_yaml`, `null` when the configuration could not be read.
    pub merged_yaml: Option<String>,
    /// The files the configuration included; missing from older answers.
    pub includes: Option<Vec<LintInclude>>,
    /// The jobs the configuration defines (static check) or would create (simulation); only
    /// with `include_jobs`.
    pub jobs: Option<Vec<LintJob>>,
}

/// A file a CI/CD configuration included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LintInclude {
    /// Kind of include: `local`, `file` (from another project), `remote`, `template`,
    /// `component`, ...
    #[serde(rename = "type")]
    pub r#type: String,
    /// Where the file is, as the configuration names it.
    pub location: String,
    /// Address of the file in the web interface, when it has one.
    pub blob: Option<String>,
    /// Address of the file's raw content, when it has one.
    pub raw: Option<String>,
    /// Further details of the include (the project and ref of a `file` include).
    pub extra: Option<LintIncludeExtra>,
    /// Full path of the project whose configuration included the file.
    pub context_project: Option<String>,
    /// Commit of that project the configuration was read at.
    pub context_sha: Option<String>,
}

/// Further details of an included file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LintIncludeExtra {
    /// Full path of the project a `file` include comes from.
    pub project: Option<String>,
    /// Ref of that project the file is read at.
    #[serde(rename = "ref")]
    pub r#ref: Option<String>,
    /// Name of the job whose artifact an `artifact` include comes from.
    pub job_name: Option<String>,
}

/// A job of a validated CI/CD configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LintJob {
    /// Name of the job.
    pub name: String,
    /// Stage the job belongs to.
    pub stage: String,
    /// Commands run before the script.
    pub before_script: Vec<String>,
    /// Commands of the job.
    pub script: Vec<String>,
    /// Commands run after the script.
    pub after_script: Vec<String>,
    /// Runner tags the job asks for.
    pub tag_list: Vec<String>,
    /// Name of the environment the job deploys to, if any.
    pub environment: Option<String>,
    /// When the job runs (`on_success`, `on_failure`, `always`, `manual`, `delayed`, `never`).
    pub when: String,
    /// Whether a failure of the job leaves the pipeline passing.
    pub allow_failure: bool,
    /// The `only` rules of the job; `null` when it has none, missing from simulations.
    pub only: Option<LintJobRefPolicy>,
    /// The `except` rules of the job; `null` when it has none, missing from simulations.
    pub except: Option<LintJobRefPolicy>,
}

/// The `only` or `except` rules of a job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LintJobRefPolicy {
    /// Refs or ref kinds (`branches`, `tags`, `merge_requests`, patterns).
    pub refs: Option<Vec<String>>,
    /// Variable expressions.
    pub variables: Option<Vec<String>>,
    /// File path patterns of changes.
    pub changes: Option<Vec<String>>,
    /// Kubernetes condition (`active`).
    pub kubernetes: Option<String>,
}
