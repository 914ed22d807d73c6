//! The plan limits page: the application limits of the instance's subscription plans.
//!
//! The Community Edition has the `default` plan only; the Enterprise Edition adds its paid
//! plans.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::PlanLimits;

/// Get the limits of one plan.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/application/plan_limits",
    tag = "Plan limits",
    response = PlanLimits,
    admin,
    example = "plan_limits/get_plan_limits.json",
)]
pub struct GetPlanLimits {
    /// Name of the plan (default `default`).
    pub plan_name: Option<String>,
}

/// Change the limits of one plan.
///
/// Limits left out keep their value; `0` removes a limit. Answers all the plan's limits.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/application/plan_limits",
    tag = "Plan limits",
    response = PlanLimits,
    admin,
    example = "plan_limits/edit_plan_limits.json",
)]
pub struct EditPlanLimits {
    /// Name of the plan to change.
    pub plan_name: String,
    /// Most jobs in one pipeline (GitLab 15.0 and later).
    pub ci_pipeline_size: Option<u64>,
    /// Most jobs in the active pipelines of a project, all together (GitLab 15.0 and later).
    pub ci_active_jobs: Option<u64>,
    /// Most active pipelines of one project (GitLab 15.0 and later).
    pub ci_active_pipelines: Option<u64>,
    /// Most pipeline subscriptions to and from one project (GitLab 15.0 and later).
    pub ci_project_subscriptions: Option<u64>,
    /// Most pipeline schedules of one project (GitLab 15.0 and later).
    pub ci_pipeline_schedules: Option<u64>,
    /// Most `needs` dependencies of one job (GitLab 15.0 and later).
    pub ci_needs_size_limit: Option<u64>,
    /// Most runners registered to one group (GitLab 15.0 and later).
    pub ci_registered_group_runners: Option<u64>,
    /// Most runners registered to one project (GitLab 15.0 and later).
    pub ci_registered_project_runners: Option<u64>,
    /// Largest Conan package file, in bytes.
    pub conan_max_file_size: Option<u64>,
    /// Largest generic package file, in bytes.
    pub generic_packages_max_file_size: Option<u64>,
    /// Largest Helm chart file, in bytes.
    pub helm_max_file_size: Option<u64>,
    /// Largest Maven package file, in bytes.
    pub maven_max_file_size: Option<u64>,
    /// Largest npm package file, in bytes.
    pub npm_max_file_size: Option<u64>,
    /// Largest NuGet package file, in bytes.
    pub nuget_max_file_size: Option<u64>,
    /// Largest PyPI package file, in bytes.
    pub pypi_max_file_size: Option<u64>,
    /// Largest Terraform module package file, in bytes.
    pub terraform_module_max_file_size: Option<u64>,
    /// Most storage of one root namespace, in megabytes.
    pub storage_size_limit: Option<u64>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![GetPlanLimits, EditPlanLimits]
}
