//! The runners page: runners of the instance, groups and projects: registering, editing and removing them, and their jobs.
//!
//! Two tokens matter here besides the caller's own: a runner registers with a registration
//! token (of the instance, a group or a project) and then authenticates with the
//! authentication token GitLab answers. The endpoints that take one of these in their `token`
//! parameter need no user credential.
//!
//! The page's "Pause a runner" section is the update below with `paused=true` (its route line,
//! `PUT --form "paused=true" /runners/:runner_id`, is the same route). Its examples also write
//! `/projects/:id/runners/all?...` and `/groups/:id/runners/all?...`: GitLab serves no such
//! routes, the filters belong to `/projects/:id/runners` and `/groups/:id/runners`.

use std::collections::BTreeMap;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Job, Runner, RunnerAccessLevel, RunnerDetails, RunnerRegistration, RunnerStatus, RunnerToken,
    RunnerType,
};

/// Which runners to list, in the deprecated `scope` form (use `type`, `status` or `paused`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerScope {
    /// Runners that take jobs.
    Active,
    /// Runners that ignore new jobs.
    Paused,
    /// Runners that contacted GitLab recently.
    Online,
    /// Runners that did not contact GitLab recently.
    Offline,
}

/// Which runners of the instance to list, in the deprecated `scope` form (use `type`,
/// `status` or `paused`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AllRunnersScope {
    /// Group and project runners.
    Specific,
    /// Instance runners.
    Shared,
    /// Runners that take jobs.
    Active,
    /// Runners that ignore new jobs.
    Paused,
    /// Runners that contacted GitLab recently.
    Online,
    /// Runners that did not contact GitLab recently.
    Offline,
}

/// State of the jobs to list for a runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerJobStatus {
    /// Running.
    Running,
    /// Passed.
    Success,
    /// Failed.
    Failed,
    /// Cancelled.
    Canceled,
}

/// Field to order a runner's jobs by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerJobOrderBy {
    /// By job ID.
    Id,
}

/// Direction of a runner's job list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerJobSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// Filters shared by every list of runners.
#[derive(Debug, Clone, Default, Params)]
pub struct RunnerListFilters {
    /// Only runners of this type.
    pub r#type: Option<RunnerType>,
    /// Only runners in this state (`active` and `paused` are deprecated: use `paused`).
    pub status: Option<RunnerStatus>,
    /// Only runners that ignore new jobs (`true`) or that take them (`false`).
    pub paused: Option<bool>,
    /// Only runners having all of these tags (sent as `tag1,tag2`).
    #[param(comma)]
    pub tag_list: Option<Vec<String>>,
}

/// Settings of a runner: shared by registering a runner and updating one.
#[derive(Debug, Clone, Default, Params)]
pub struct RunnerSettings {
    /// Free-text description.
    pub description: Option<String>,
    /// Whether the runner takes new jobs (deprecated: use `paused`).
    #[param(deprecated)]
    pub active: Option<bool>,
    /// Whether the runner ignores new jobs.
    pub paused: Option<bool>,
    /// Whether the runner is locked to its current projects.
    pub locked: Option<bool>,
    /// Whether the runner also picks jobs without tags.
    pub run_untagged: Option<bool>,
    /// Tags of the runner (an update replaces the whole list).
    pub tag_list: Option<Vec<String>>,
    /// Which jobs the runner may pick with respect to protected refs.
    pub access_level: Option<RunnerAccessLevel>,
    /// Longest time, in seconds, a job may run on this runner.
    pub maximum_timeout: Option<u64>,
}

/// List the runners the caller owns: the group and project runners it may manage.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/runners",
    tag = "Runners",
    response = Vec<Runner>,
    paginate = offset,
    example = "runners/list_runners.json",
)]
pub struct ListRunners {
    /// Only runners in this scope (deprecated: use `type` or `status`; every runner when left
    /// out).
    #[param(deprecated)]
    pub scope: Option<RunnerScope>,
    /// Filters.
    #[param(flatten)]
    pub filters: RunnerListFilters,
}

/// List every runner of the instance: instance, group and project runners.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/runners/all",
    tag = "Runners",
    response = Vec<Runner>,
    paginate = offset,
    admin,
    example = "runners/list_all_runners.json",
)]
pub struct ListAllRunners {
    /// Only runners in this scope (deprecated: use `type` or `status`; every runner when left
    /// out).
    #[param(deprecated)]
    pub scope: Option<AllRunnersScope>,
    /// Filters.
    #[param(flatten)]
    pub filters: RunnerListFilters,
}

/// Get the details of a runner.
///
/// Group and project runners need at least the Maintainer role in one of their groups or
/// projects; instance runners are visible to every signed-in user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/runners/{id}",
    tag = "Runners",
    response = RunnerDetails,
    example = "runners/get_runner.json",
)]
pub struct GetRunner {
    /// Numeric ID of the runner.
    #[param(path)]
    pub id: u64,
}

/// Update the settings of a runner; pause it with `paused=true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/runners/{id}",
    tag = "Runners",
    response = RunnerDetails,
    example = "runners/edit_runner.json",
)]
pub struct EditRunner {
    /// Numeric ID of the runner.
    #[param(path)]
    pub id: u64,
    /// New settings; those left out keep their values.
    #[param(flatten)]
    pub settings: RunnerSettings,
}

/// List the jobs a runner runs or ran, in the projects where the caller has at least the
/// Reporter role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/runners/{id}/jobs",
    tag = "Runners",
    response = Vec<Job>,
    paginate = offset,
    example = "runners/list_runner_jobs.json",
)]
pub struct ListRunnerJobs {
    /// Numeric ID of the runner.
    #[param(path)]
    pub id: u64,
    /// Only jobs in this state.
    pub status: Option<RunnerJobStatus>,
    /// Field to order the jobs by (give it with `sort`, even for `id`).
    pub order_by: Option<RunnerJobOrderBy>,
    /// Direction of the order (default `desc`).
    pub sort: Option<RunnerJobSort>,
}

/// List the runners a project may use: its own, those of its ancestor groups and, when
/// allowed, the instance runners.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/runners",
    tag = "Runners",
    response = Vec<Runner>,
    paginate = offset,
    example = "runners/list_project_runners.json",
)]
pub struct ListProjectRunners {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only runners in this scope (deprecated: use `type` or `status`; every runner when left
    /// out).
    #[param(deprecated)]
    pub scope: Option<RunnerScope>,
    /// Filters.
    #[param(flatten)]
    pub filters: RunnerListFilters,
}

/// Enable a project runner of another project in this project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/runners",
    tag = "Runners",
    response = Runner,
    example = "runners/enable_project_runner.json",
)]
pub struct EnableProjectRunner {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the runner to enable.
    pub runner_id: u64,
}

/// Disable a runner in a project.
///
/// Refused when the project is the only one the runner is enabled in: delete the runner
/// instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/runners/{runner_id}",
    tag = "Runners",
    response = (),
)]
pub struct DisableProjectRunner {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the runner to disable.
    #[param(path)]
    pub runner_id: u64,
}

/// List the runners a group may use: its own, those of its ancestor groups and, when allowed,
/// the instance runners.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/runners",
    tag = "Runners",
    response = Vec<Runner>,
    paginate = offset,
    example = "runners/list_group_runners.json",
)]
pub struct ListGroupRunners {
    /// The group, by numeric ID or URL-encoded full path.
    // The page says "integer"; GitLab's group routes also take the URL-encoded path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters (the `project_type` type is deprecated here).
    #[param(flatten)]
    pub filters: RunnerListFilters,
}

/// Register a new runner with a registration token.
///
/// The credential is the registration token given in `token` (of the instance, a group or a
/// project, which decides the runner's type), not a user token. The answer carries the new
/// runner's authentication token.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/runners",
    tag = "Runners",
    response = RunnerRegistration,
    public,
    example = "runners/register_runner.json",
)]
pub struct RegisterRunner {
    /// Registration token of the instance, group or project to register with.
    pub token: String,
    /// Settings of the new runner.
    #[param(flatten)]
    pub settings: RunnerSettings,
    /// What the runner says about itself: `name`, `version`, `revision`, `platform` and
    /// `architecture` (sent as `info[version]=15.2.0`).
    pub info: Option<BTreeMap<String, String>>,
    /// Former name of `maintenance_note` (deprecated).
    #[param(deprecated)]
    pub maintainer_note: Option<String>,
    /// Free-form maintenance notes (at most 1024 characters).
    pub maintenance_note: Option<String>,
}

/// Delete a runner by its ID.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/runners/{id}",
    tag = "Runners",
    response = (),
)]
pub struct DeleteRunner {
    /// Numeric ID of the runner (shown as `#6` under the runner in the CI/CD settings).
    #[param(path)]
    pub id: u64,
}

/// Delete a runner by its authentication token.
///
/// The credential is the runner's authentication token given in `token`, not a user token.
// GitLab reads `token` from the query string or the body; the docs' call sends it as a form
// body. It is declared in the query: OpenAPI leaves bodies of DELETE requests undefined.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/runners",
    tag = "Runners",
    response = (),
    public,
)]
pub struct DeleteRegisteredRunner {
    /// Authentication token of the runner to delete.
    pub token: String,
}

/// Check a runner's authentication token.
///
/// The credential is the runner's authentication token given in `token`, not a user token.
/// Answers `200 OK` when the token is valid and `403 Forbidden` when it is not.
// GitLab answers the bare text `200` as the body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/runners/verify",
    tag = "Runners",
    response = (),
    raw = "text/plain",
    status = 200,
    public,
)]
pub struct VerifyRunner {
    /// Authentication token of the runner.
    pub token: String,
}

/// Reset the instance's runner registration token; the answer carries the new one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/runners/reset_registration_token",
    tag = "Runners",
    response = RunnerToken,
    admin,
    example = "runners/reset_instance_runner_registration_token.json",
)]
pub struct ResetInstanceRunnerRegistrationToken {}

/// Reset a project's runner registration token; the answer carries the new one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/runners/reset_registration_token",
    tag = "Runners",
    response = RunnerToken,
    example = "runners/reset_project_runner_registration_token.json",
    variant(
        "/groups/{id}/runners/reset_registration_token",
        id = "resetGroupRunnerRegistrationToken",
        summary = "Reset a group's runner registration token; the answer carries the new one.",
        example = "runners/reset_group_runner_registration_token.json",
    ),
)]
pub struct ResetProjectRunnerRegistrationToken {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Reset a runner's authentication token, by the runner's ID; the answer carries the new one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/runners/{id}/reset_authentication_token",
    tag = "Runners",
    response = RunnerToken,
    example = "runners/reset_runner_authentication_token.json",
)]
pub struct ResetRunnerAuthenticationToken {
    /// Numeric ID of the runner.
    #[param(path)]
    pub id: u64,
}

/// Reset a runner's authentication token, by its current value; the answer carries the new
/// one.
///
/// The credential is the runner's current authentication token given in `token`, not a user
/// token.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/runners/reset_authentication_token",
    tag = "Runners",
    response = RunnerToken,
    public,
    example = "runners/reset_registered_runner_authentication_token.json",
)]
pub struct ResetRegisteredRunnerAuthenticationToken {
    /// Current authentication token of the runner.
    pub token: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListRunners,
        ListAllRunners,
        GetRunner,
        EditRunner,
        ListRunnerJobs,
        ListProjectRunners,
        EnableProjectRunner,
        DisableProjectRunner,
        ListGroupRunners,
        RegisterRunner,
        DeleteRunner,
        DeleteRegisteredRunner,
        VerifyRunner,
        ResetInstanceRunnerRegistrationToken,
        ResetProjectRunnerRegistrationToken,
        ResetRunnerAuthenticationToken,
        ResetRegisteredRunnerAuthenticationToken,
    ]
}
