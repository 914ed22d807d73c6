//! The environments page: environments of a project, stopping them, and cleaning up stopped
//! review apps.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Environment, EnvironmentState, EnvironmentTier, ReviewAppsDeletion};

/// List the environments of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/environments",
    tag = "Environments",
    response = Vec<Environment>,
    paginate = offset,
    example = "environments/list_environments.json",
)]
pub struct ListEnvironments {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only the environment with exactly this name. Not together with `search`.
    pub name: Option<String>,
    /// Only environments whose name contains this text. Not together with `name`.
    pub search: Option<String>,
    /// Only environments in this state (default: every state).
    pub states: Option<EnvironmentState>,
}

/// Get one environment of a project, with its last deployment.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/environments/{environment_id}",
    tag = "Environments",
    response = Environment,
    example = "environments/get_environment.json",
)]
pub struct GetEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the environment.
    #[param(path)]
    pub environment_id: u64,
}

/// Create an environment in a project.
///
/// GitLab answers `400 Bad Request` when the name is taken or a value is invalid.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/environments",
    tag = "Environments",
    response = Environment,
    example = "environments/create_environment.json",
)]
pub struct CreateEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new environment.
    pub name: String,
    /// Address to link the environment to.
    pub external_url: Option<String>,
    /// Kind of environment (by default GitLab guesses it from the name).
    pub tier: Option<EnvironmentTier>,
}

/// Change the address or tier of an environment.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/environments/{environment_id}",
    tag = "Environments",
    response = Environment,
    example = "environments/edit_environment.json",
)]
// The docs' route writes the placeholder `:environments_id`, their table `environment_id`;
// GitLab's route names it `environment_id`, as the other routes of the page do.
pub struct EditEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the environment.
    #[param(path)]
    pub environment_id: u64,
    /// New name (GitLab plans to stop accepting renames).
    #[param(deprecated)]
    pub name: Option<String>,
    /// New address to link the environment to.
    pub external_url: Option<String>,
    /// New kind of environment.
    pub tier: Option<EnvironmentTier>,
}

/// Delete an environment of a project.
///
/// Only a stopped environment can be deleted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/environments/{environment_id}",
    tag = "Environments",
    response = (),
)]
pub struct DeleteEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the environment.
    #[param(path)]
    pub environment_id: u64,
}

/// Schedule stopped review apps of a project for deletion.
///
/// Covers stopped environments in the review apps folder (`review/*`) last changed before
/// `before`. GitLab deletes them a week later. By default this is a dry run that only reports
/// what would be scheduled.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/environments/review_apps",
    tag = "Environments",
    response = ReviewAppsDeletion,
    example = "environments/delete_stopped_review_apps.json",
)]
pub struct DeleteStoppedReviewApps {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only environments older than this time (default: 30 days ago).
    pub before: Option<DateTime<Utc>>,
    /// How many environments to schedule at most (default `100`).
    pub limit: Option<u64>,
    /// Only report what would be scheduled, deleting nothing (default `true`); `false` to
    /// schedule the deletion.
    pub dry_run: Option<bool>,
}

/// Stop an environment of a project.
///
/// Runs the environment's `on_stop` action unless `force` is set.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/environments/{environment_id}/stop",
    tag = "Environments",
    response = Environment,
    status = 200,
    example = "environments/stop_environment.json",
)]
pub struct StopEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the environment.
    #[param(path)]
    pub environment_id: u64,
    /// Stop at once, without running the `on_stop` action (default `false`).
    pub force: Option<bool>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListEnvironments,
        GetEnvironment,
        CreateEnvironment,
        EditEnvironment,
        DeleteEnvironment,
        DeleteStoppedReviewApps,
        StopEnvironment,
    ]
}
