//! The CI lint page: validating CI/CD configuration.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::LintResult;

/// Validate a CI/CD configuration without the context of a project.
///
/// Only the syntax is checked: nothing that depends on a project (local includes, its
/// variables) is resolved. Anonymous calls work when the instance lets anyone sign up freely
/// (no domain allow or deny list, no administrator approval, no other sign-up restriction);
/// otherwise a token is required. The answer carries `status` besides `valid`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/ci/lint",
    tag = "CI lint",
    response = LintResult,
    public,
    // The docs give no status; GitLab's API answers 200 (a validation creates nothing).
    status = 200,
    example = "lint/validate_ci_yaml.json",
)]
pub struct ValidateCiYaml {
    /// The CI/CD configuration, as YAML (or JSON) text.
    pub content: String,
    /// Add the configuration with its includes expanded (`merged_yaml`) to the answer
    /// (default `false`).
    pub include_merged_yaml: Option<bool>,
    /// Add the list of jobs to the answer (default `false`).
    pub include_jobs: Option<bool>,
}

/// Validate a CI/CD configuration in the context of a project.
///
/// The configuration is checked as if it were the project's, with the project's includes and
/// settings; a dry run also simulates creating the pipeline.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/ci/lint",
    tag = "CI lint",
    response = LintResult,
    // The docs give no status; GitLab's API answers 200 (a validation creates nothing).
    status = 200,
    example = "lint/validate_ci_yaml_in_project.json",
)]
pub struct ValidateCiYamlInProject {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The CI/CD configuration, as YAML (or JSON) text.
    pub content: String,
    /// Simulate creating a pipeline instead of only checking the configuration statically
    /// (default `false`).
    pub dry_run: Option<bool>,
    /// Add the jobs the static check or the simulation finds to the answer (default `false`).
    pub include_jobs: Option<bool>,
    /// Branch or tag the simulation runs for, with `dry_run` (default: the project's default
    /// branch).
    pub r#ref: Option<String>,
}

/// Validate the CI/CD configuration a project has now.
///
/// The configuration is the `.gitlab-ci.yml` (or the configured file) at the head of the
/// default branch, checked with everything the project provides: variables, local includes
/// and so on. Anonymous calls work for public projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/ci/lint",
    tag = "CI lint",
    response = LintResult,
    // GitLab only asks for the right to read the project's code here.
    public,
    example = "lint/validate_project_ci_config.json",
)]
pub struct ValidateProjectCiConfig {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Simulate creating a pipeline instead of only checking the configuration statically
    /// (default `false`).
    pub dry_run: Option<bool>,
    /// Add the jobs the static check or the simulation finds to the answer (default `false`).
    pub include_jobs: Option<bool>,
    /// Branch or tag the simulation runs for, with `dry_run` (default: the project's default
    /// branch).
    pub r#ref: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ValidateCiYaml,
        ValidateCiYamlInProject,
        ValidateProjectCiConfig
    ]
}
