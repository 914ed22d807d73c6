//! CI/CD runners: the short form lists show and jobs embed, the details of one runner, and the
//! tokens GitLab answers when a runner registers or a token is reset.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{BasicGroupDetails, NamespaceBasic};

/// Whom a runner serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerType {
    /// Every project of the instance (a shared runner).
    InstanceType,
    /// The projects of one group and its subgroups.
    GroupType,
    /// The projects it was enabled in.
    ProjectType,
}

/// Connection state of a runner, as answered and as a list filter.
///
/// `active` and `paused` are the older (deprecated) way to say whether a runner takes jobs;
/// GitLab still answers `paused` for a paused runner that has been seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerStatus {
    /// Contacted GitLab recently.
    Online,
    /// Not contacted GitLab recently.
    Offline,
    /// Not contacted GitLab for a long time (over three months), or never and created that
    /// long ago.
    Stale,
    /// Never contacted GitLab.
    NeverContacted,
    /// Takes jobs (deprecated).
    Active,
    /// Ignores new jobs (deprecated).
    Paused,
}

/// Which jobs a runner may pick with respect to protected refs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunnerAccessLevel {
    /// Jobs of any ref.
    NotProtected,
    /// Only jobs of protected branches and tags.
    RefProtected,
}

/// A runner in short form, as runner lists show it and jobs embed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Runner {
    /// Numeric ID of the runner.
    pub id: u64,
    /// Free-text description; `null` when none was given.
    pub description: Option<String>,
    /// IP address the runner last contacted GitLab from; `null` before it did.
    pub ip_address: Option<String>,
    /// Whether the runner takes new jobs (deprecated: the opposite of `paused`).
    pub active: bool,
    /// Whether the runner ignores new jobs.
    // GitLab (14.8 and later) always sends it; the docs' example of enabling a runner in a
    // project lacks it.
    pub paused: Option<bool>,
    /// Whether the runner is an instance runner.
    pub is_shared: bool,
    /// Whom the runner serves.
    pub runner_type: RunnerType,
    /// Name the runner reported about itself; `null` before it did.
    pub name: Option<String>,
    /// Whether the runner contacted GitLab recently; `null` when it never did.
    pub online: Option<bool>,
    /// Connection state.
    pub status: RunnerStatus,
}

/// A project a runner is enabled in, in short form.
///
/// GitLab sends its basic project details; the docs' examples show only the identity and
/// paths, so the rest is optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RunnerProject {
    /// Numeric project ID.
    pub id: u64,
    /// Description text, if any.
    pub description: Option<String>,
    /// Display name.
    pub name: String,
    /// Display name prefixed with the namespace's name.
    pub name_with_namespace: String,
    /// Last path segment.
    pub path: String,
    /// Full path, namespace included.
    pub path_with_namespace: String,
    /// When the project was created.
    pub created_at: Option<DateTime<Utc>>,
    /// Default branch; `null` for an empty repository.
    pub default_branch: Option<String>,
    /// Topics (deprecated name of `topics`).
    pub tag_list: Option<Vec<String>>,
    /// Topics.
    pub topics: Option<Vec<String>>,
    /// Clone URL over SSH.
    pub ssh_url_to_repo: Option<String>,
    /// Clone URL over HTTP(S).
    pub http_url_to_repo: Option<String>,
    /// URL of the project's page.
    pub web_url: Option<String>,
    /// URL of the README, when there is one.
    pub readme_url: Option<String>,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// Number of forks.
    pub forks_count: Option<u64>,
    /// Number of stars.
    pub star_count: Option<u64>,
    /// Time of the latest activity.
    pub last_activity_at: Option<DateTime<Utc>>,
    /// Namespace holding the project.
    pub namespace: Option<NamespaceBasic>,
}

/// A runner in detail: the short form plus its settings, what it reported about itself, and
/// the projects and groups it serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RunnerDetails {
    /// Numeric ID of the runner.
    pub id: u64,
    /// Free-text description; `null` when none was given.
    pub description: Option<String>,
    /// IP address the runner last contacted GitLab from; `null` before it did.
    pub ip_address: Option<String>,
    /// Whether the runner takes new jobs (deprecated: the opposite of `paused`).
    pub active: bool,
    /// Whether the runner ignores new jobs.
    // GitLab (14.8 and later) always sends it; the docs' example of updating a runner lacks it.
    pub paused: Option<bool>,
    /// Whether the runner is an instance runner.
    pub is_shared: bool,
    /// Whom the runner serves.
    pub runner_type: RunnerType,
    /// Name the runner reported about itself; `null` before it did.
    pub name: Option<String>,
    /// Whether the runner contacted GitLab recently; `null` when it never did.
    pub online: Option<bool>,
    /// Connection state.
    pub status: RunnerStatus,
    /// Tags of the runner; jobs with tags go only to runners having all of them.
    pub tag_list: Vec<String>,
    /// Whether the runner also picks jobs without tags.
    // GitLab always sends it; the docs' examples lack it.
    pub run_untagged: Option<bool>,
    /// Whether the runner is locked to its current projects.
    // GitLab always sends it; the docs' examples lack it.
    pub locked: Option<bool>,
    /// Longest time, in seconds, a job may run on this runner; `null` for no limit of its own.
    pub maximum_timeout: Option<u64>,
    /// Which jobs the runner may pick with respect to protected refs.
    pub access_level: RunnerAccessLevel,
    /// Version of GitLab Runner it reported; `null` before it did.
    pub version: Option<String>,
    /// Git revision of GitLab Runner it reported.
    pub revision: Option<String>,
    /// Operating system it reported (`linux`).
    pub platform: Option<String>,
    /// Processor architecture it reported (`amd64`).
    pub architecture: Option<String>,
    /// When the runner last contacted GitLab; `null` when it never did.
    pub contacted_at: Option<DateTime<Utc>>,
    /// Free-form maintenance notes (newer GitLab versions).
    pub maintenance_note: Option<String>,
    /// Projects the runner is enabled in, among those the caller may see.
    pub projects: Vec<RunnerProject>,
    /// Groups the runner belongs to (group runners).
    // GitLab always sends it; the docs' examples lack it.
    pub groups: Option<Vec<BasicGroupDetails>>,
}

/// What GitLab answers to a runner that registered: its ID and authentication token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RunnerRegistration {
    /// Numeric ID of the new runner.
    pub id: u64,
    /// The runner's authentication token, to put in its configuration.
    pub token: String,
    /// When the token expires; `null` when it does not.
    pub token_expires_at: Option<DateTime<Utc>>,
}

/// A token GitLab just issued: a runner's new authentication token or a new registration
/// token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RunnerToken {
    /// The new token.
    pub token: String,
    /// When the token expires; `null` when it does not (always for registration tokens).
    pub token_expires_at: Option<DateTime<Utc>>,
}
