//! Projects and what the projects page answers with.
//!
//! `Project` is the one project entity of the projects page. The same endpoints answer with a
//! reduced form (no token, `simple=true`, or a caller without access to the code), so every
//! field that some of these forms leave out is optional.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::UserBasic;

/// Who can see a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectVisibility {
    /// Only users given access explicitly.
    Private,
    /// Every signed-in user except external users.
    Internal,
    /// Everyone, signed in or not.
    Public,
}

/// Who can use one feature of a project (issues, wiki, builds, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectFeatureAccessLevel {
    /// The feature is turned off.
    Disabled,
    /// Only project members.
    Private,
    /// Everyone who can see the project.
    Enabled,
}

/// Who can use a project feature that also has a fully public level (Pages, requirements).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectPagesAccessLevel {
    /// The feature is turned off.
    Disabled,
    /// Only project members.
    Private,
    /// Everyone who can see the project.
    Enabled,
    /// Everyone, even when the project itself is not public.
    Public,
}

/// How merge requests of a project are merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectMergeMethod {
    /// Always a merge commit.
    Merge,
    /// A merge commit, allowed only when a fast-forward would be possible.
    RebaseMerge,
    /// Fast-forward only, no merge commits.
    Ff,
}

/// Whether commits of a merge request are squashed when it is merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectSquashOption {
    /// Never squash.
    Never,
    /// Always squash.
    Always,
    /// Squash unless the author unticks it.
    DefaultOn,
    /// Do not squash unless the author ticks it.
    DefaultOff,
}

/// How Auto DevOps deploys to production.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AutoDevopsDeployStrategy {
    /// Deploy every change of the default branch.
    Continuous,
    /// Deploy by hand.
    Manual,
    /// Roll out in timed increments.
    TimedIncremental,
}

/// Whether older pending pipelines of a branch are cancelled when a new one starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AutoCancelPendingPipelines {
    /// Cancel them.
    Enabled,
    /// Leave them running.
    Disabled,
}

/// The short form of the namespace (user or group) a project lives in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NamespaceBasic {
    /// Numeric namespace ID.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Last path segment.
    pub path: String,
    /// `user` for a personal namespace, `group` for a group.
    pub kind: String,
    /// Full path, parents included.
    pub full_path: String,
    /// ID of the parent group; `null` for top-level namespaces.
    pub parent_id: Option<u64>,
    /// URL of the namespace's avatar image.
    pub avatar_url: Option<String>,
    /// URL of the namespace's page.
    pub web_url: Option<String>,
}

/// API links of a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectLinks {
    /// The project itself.
    #[serde(rename = "self")]
    pub self_: String,
    /// Its issues; absent when the caller cannot use issues.
    pub issues: Option<String>,
    /// Its merge requests; absent when the caller cannot use merge requests.
    pub merge_requests: Option<String>,
    /// Its repository branches.
    pub repo_branches: String,
    /// Its labels.
    pub labels: String,
    /// Its events.
    pub events: String,
    /// Its members.
    pub members: String,
    /// Its cluster agents (GitLab 14.10 and later).
    pub cluster_agents: Option<String>,
}

/// The cleanup policy of a project's container images.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ContainerExpirationPolicy {
    /// How often the cleanup runs (`1d`, `7d`, `1month`, ...).
    pub cadence: String,
    /// Whether the cleanup runs at all.
    pub enabled: bool,
    /// Number of tags kept per image.
    pub keep_n: Option<u64>,
    /// Tags older than this are removed (`14d`, `30d`, ...).
    pub older_than: Option<String>,
    /// Tags matching this regular expression are removed (older name of `name_regex_delete`).
    pub name_regex: Option<String>,
    /// Tags matching this regular expression are removed.
    pub name_regex_delete: Option<String>,
    /// Tags matching this regular expression are kept.
    pub name_regex_keep: Option<String>,
    /// When the cleanup runs next.
    pub next_run_at: Option<DateTime<Utc>>,
}

/// The caller's access to a project through one kind of membership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectPermissionAccess {
    /// Role as a number (10 guest, 20 reporter, 30 developer, 40 maintainer, 50 owner).
    pub access_level: u64,
    /// Notification setting as a number.
    pub notification_level: u64,
}

/// What the caller may do in a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectPermissions {
    /// Access as a direct member of the project; `null` when not one.
    pub project_access: Option<ProjectPermissionAccess>,
    /// Access through the group owning the project; `null` when none.
    pub group_access: Option<ProjectPermissionAccess>,
}

/// The license found in a project's repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectLicense {
    /// Short identifier (`mit`, `lgpl-3.0`, ...).
    pub key: String,
    /// Full name.
    pub name: String,
    /// Common short name, when there is one.
    pub nickname: Option<String>,
    /// Page describing the license.
    pub html_url: String,
    /// Where the license text comes from.
    pub source_url: Option<String>,
}

/// A group a project is shared with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SharedGroupWithProject {
    /// Numeric group ID.
    pub group_id: u64,
    /// Group name.
    pub group_name: String,
    /// Full path of the group.
    pub group_full_path: String,
    /// Role the group's members get in the project, as a number (10 to 50).
    pub group_access_level: u64,
    /// Day the share ends, when it does.
    pub expires_at: Option<NaiveDate>,
}

/// Storage used by a project, in bytes, and its commit count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectStatistics {
    /// Commits in the default branch.
    pub commit_count: u64,
    /// Everything together.
    pub storage_size: u64,
    /// The Git repository.
    pub repository_size: u64,
    /// The wiki repository.
    pub wiki_size: Option<u64>,
    /// LFS objects.
    pub lfs_objects_size: u64,
    /// Job artifacts.
    pub job_artifacts_size: u64,
    /// Pipeline artifacts.
    pub pipeline_artifacts_size: u64,
    /// Package registry.
    pub packages_size: u64,
    /// Snippets.
    pub snippets_size: u64,
    /// Uploaded attachments.
    pub uploads_size: u64,
}

/// The short description of a project, as embedded in another project (`forked_from_project`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BasicProjectDetails {
    /// Numeric project ID.
    pub id: u64,
    /// Description text.
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
    pub created_at: DateTime<Utc>,
    /// Default branch; absent when the caller cannot read the code.
    pub default_branch: Option<String>,
    /// Topics (deprecated name of `topics`).
    pub tag_list: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Clone URL over SSH.
    pub ssh_url_to_repo: String,
    /// Clone URL over HTTP(S).
    pub http_url_to_repo: String,
    /// URL of the project's page.
    pub web_url: String,
    /// URL of the README; absent or `null` when there is none or the code is not readable.
    pub readme_url: Option<String>,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// URL of the license file, when a license was detected.
    pub license_url: Option<String>,
    /// The detected license.
    pub license: Option<ProjectLicense>,
    /// Number of stars.
    pub star_count: u64,
    /// Number of forks; absent when the caller cannot read the code.
    pub forks_count: Option<u64>,
    /// Time of the latest activity.
    pub last_activity_at: DateTime<Utc>,
    /// Namespace holding the project.
    pub namespace: NamespaceBasic,
}

/// A project. Reduced answers (`simple=true`, anonymous calls) carry only the fields up to
/// `namespace`; fields for administrators, paid tiers or project maintainers may be absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Project {
    /// Numeric project ID.
    pub id: u64,
    /// Description text.
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
    pub created_at: DateTime<Utc>,
    /// Default branch; absent when the caller cannot read the code.
    pub default_branch: Option<String>,
    /// Topics (deprecated name of `topics`).
    pub tag_list: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Clone URL over SSH.
    pub ssh_url_to_repo: String,
    /// Clone URL over HTTP(S).
    pub http_url_to_repo: String,
    /// URL of the project's page.
    pub web_url: String,
    /// URL of the README; absent or `null` when there is none or the code is not readable.
    pub readme_url: Option<String>,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// Number of forks; absent when the caller cannot read the code.
    pub forks_count: Option<u64>,
    /// Number of stars.
    pub star_count: u64,
    /// Time of the latest activity.
    pub last_activity_at: DateTime<Utc>,
    /// Namespace holding the project.
    pub namespace: NamespaceBasic,
    /// Prefix of the project's container image names; absent when the registry is off.
    pub container_registry_image_prefix: Option<String>,
    /// API links.
    #[serde(rename = "_links")]
    pub links: Option<ProjectLinks>,
    /// Whether the package registry is on.
    pub packages_enabled: Option<bool>,
    /// Whether the repository has no commits.
    pub empty_repo: Option<bool>,
    /// Whether the project is archived (read-only).
    pub archived: Option<bool>,
    /// Who can see the project.
    pub visibility: Option<ProjectVisibility>,
    /// Owner, for projects in a personal namespace.
    pub owner: Option<UserBasic>,
    /// Whether diff discussions on changed lines are resolved by a push.
    pub resolve_outdated_diff_discussions: Option<bool>,
    /// Cleanup policy of container images.
    pub container_expiration_policy: Option<ContainerExpirationPolicy>,
    /// Whether issues are on (deprecated: see `issues_access_level`).
    pub issues_enabled: Option<bool>,
    /// Whether merge requests are on (deprecated: see `merge_requests_access_level`).
    pub merge_requests_enabled: Option<bool>,
    /// Whether the wiki is on (deprecated: see `wiki_access_level`).
    pub wiki_enabled: Option<bool>,
    /// Whether CI/CD jobs are on (deprecated: see `builds_access_level`).
    pub jobs_enabled: Option<bool>,
    /// Whether snippets are on (deprecated: see `snippets_access_level`).
    pub snippets_enabled: Option<bool>,
    /// Whether the container registry is on (deprecated: see `container_registry_access_level`).
    pub container_registry_enabled: Option<bool>,
    /// Whether Service Desk is on.
    pub service_desk_enabled: Option<bool>,
    /// Email address of the Service Desk.
    pub service_desk_address: Option<String>,
    /// Whether the caller may open merge requests in this project.
    pub can_create_merge_request_in: Option<bool>,
    /// Access to issues.
    pub issues_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to the repository.
    pub repository_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to merge requests.
    pub merge_requests_access_level: Option<ProjectFeatureAccessLevel>,
    /// Who may fork.
    pub forking_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to the wiki.
    pub wiki_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to CI/CD jobs.
    pub builds_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to snippets.
    pub snippets_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to GitLab Pages.
    pub pages_access_level: Option<ProjectPagesAccessLevel>,
    /// Access to operations features.
    pub operations_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to analytics.
    pub analytics_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to the container registry.
    pub container_registry_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to security and compliance features.
    pub security_and_compliance_access_level: Option<ProjectFeatureAccessLevel>,
    /// Whether email notifications are off.
    pub emails_disabled: Option<bool>,
    /// Whether shared runners may run the project's jobs.
    pub shared_runners_enabled: Option<bool>,
    /// Whether Git LFS is on.
    pub lfs_enabled: Option<bool>,
    /// ID of the user who created the project.
    pub creator_id: Option<u64>,
    /// Upstream project, for forks the caller can see.
    pub forked_from_project: Option<BasicProjectDetails>,
    /// For forks: whether new merge requests target this project rather than the upstream.
    pub mr_default_target_self: Option<bool>,
    /// State of the repository import (`none`, `scheduled`, `started`, `finished`, `failed`).
    pub import_status: Option<String>,
    /// Last import error; shown to project administrators.
    pub import_error: Option<String>,
    /// Number of open issues; absent when issues are off.
    pub open_issues_count: Option<u64>,
    /// Registration token of project runners; shown to project administrators.
    pub runners_token: Option<String>,
    /// Default clone depth of CI/CD jobs.
    pub ci_default_git_depth: Option<u64>,
    /// Whether older deployment jobs are skipped when a newer one starts.
    pub ci_forward_deployment_enabled: Option<bool>,
    /// Whether CI job tokens of this project are limited to an allow list.
    pub ci_job_token_scope_enabled: Option<bool>,
    /// Whether caches are kept apart by branch protection.
    pub ci_separated_caches: Option<bool>,
    /// Whether people outside the project can see its jobs.
    pub public_jobs: Option<bool>,
    /// Longest time a job may run, in seconds.
    pub build_timeout: Option<u64>,
    /// Whether older pending pipelines are cancelled.
    pub auto_cancel_pending_pipelines: Option<AutoCancelPendingPipelines>,
    /// Regular expression for test coverage (deprecated).
    pub build_coverage_regex: Option<String>,
    /// Path of the CI/CD configuration file.
    pub ci_config_path: Option<String>,
    /// Groups the project is shared with.
    pub shared_with_groups: Option<Vec<SharedGroupWithProject>>,
    /// Whether merging requires a successful pipeline.
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    /// Whether merging is allowed when the pipeline was skipped.
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    /// Whether only maintainers may set variables when running pipelines.
    pub restrict_user_defined_variables: Option<bool>,
    /// Whether users may ask to become members.
    pub request_access_enabled: Option<bool>,
    /// Whether merging requires every discussion to be resolved.
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    /// Whether new merge requests delete their source branch by default.
    pub remove_source_branch_after_merge: Option<bool>,
    /// Whether a push from the command line prints a merge request link.
    pub printing_merge_request_link_enabled: Option<bool>,
    /// How merge requests are merged.
    pub merge_method: Option<ProjectMergeMethod>,
    /// Whether commits are squashed on merge.
    pub squash_option: Option<ProjectSquashOption>,
    /// Whether uploads need authentication to be downloaded.
    pub enforce_auth_checks_on_uploads: Option<bool>,
    /// Commit message used when suggestions are applied.
    pub suggestion_commit_message: Option<String>,
    /// Template of merge commit messages.
    pub merge_commit_template: Option<String>,
    /// Template of squash commit messages.
    pub squash_commit_template: Option<String>,
    /// Whether Auto DevOps is on.
    pub auto_devops_enabled: Option<bool>,
    /// How Auto DevOps deploys.
    pub auto_devops_deploy_strategy: Option<AutoDevopsDeployStrategy>,
    /// Whether issues referenced by merged commits on the default branch are closed.
    pub autoclose_referenced_issues: Option<bool>,
    /// Whether the artifacts of the latest successful pipeline are always kept.
    pub keep_latest_artifact: Option<bool>,
    /// Lifetime of runner registration tokens, in seconds.
    pub runner_token_expiration_interval: Option<u64>,
    /// Classification label for external authorization.
    pub external_authorization_classification_label: Option<String>,
    /// Whether requirements management is on.
    pub requirements_enabled: Option<bool>,
    /// Access to requirements management.
    pub requirements_access_level: Option<ProjectPagesAccessLevel>,
    /// Whether security and compliance features are on.
    pub security_and_compliance_enabled: Option<bool>,
    /// Compliance frameworks applied to the project.
    pub compliance_frameworks: Option<Vec<String>>,
    /// What the caller may do in the project.
    pub permissions: Option<ProjectPermissions>,
    /// URL of the license file, when a license was detected (`license=true`).
    pub license_url: Option<String>,
    /// The detected license (`license=true`).
    pub license: Option<ProjectLicense>,
    /// Storage shard of the repository; shown to administrators.
    pub repository_storage: Option<String>,
    /// Approvals a merge request needs by default (paid tiers).
    pub approvals_before_merge: Option<u64>,
    /// Whether the project pulls from a mirrored repository (paid tiers).
    pub mirror: Option<bool>,
    /// User responsible for pull-mirror activity.
    pub mirror_user_id: Option<u64>,
    /// Whether mirror updates start pipelines.
    pub mirror_trigger_builds: Option<bool>,
    /// Whether only protected branches are mirrored.
    pub only_mirror_protected_branches: Option<bool>,
    /// Whether the mirror overwrites branches that diverged.
    pub mirror_overwrites_diverged_branches: Option<bool>,
    /// Day the project was marked for deletion (deprecated name of `marked_for_deletion_on`).
    pub marked_for_deletion_at: Option<NaiveDate>,
    /// Day the project was marked for deletion (paid tiers).
    pub marked_for_deletion_on: Option<NaiveDate>,
    /// Default description of new issues (paid tiers).
    pub issues_template: Option<String>,
    /// Default description of new merge requests (paid tiers).
    pub merge_requests_template: Option<String>,
    /// Storage used by the project (`statistics=true`, reporters and above).
    pub statistics: Option<ProjectStatistics>,
}

/// A user who starred a project, and since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectStarrer {
    /// When the star was given.
    pub starred_since: DateTime<Utc>,
    /// The user.
    pub user: UserBasic,
}

/// Programming languages of a project's repository: language name to share of the code, in
/// percent.
pub type ProjectLanguages = BTreeMap<String, f64>;

/// Where a project's repository is stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectStorage {
    /// Numeric project ID.
    pub project_id: u64,
    /// Path of the repository on its storage.
    pub disk_path: String,
    /// When the project was created.
    pub created_at: DateTime<Utc>,
    /// Name of the storage shard.
    pub repository_storage: String,
}

/// A file uploaded to a project, ready to be referenced from Markdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectUpload {
    /// Alternative text (the file name without extension).
    pub alt: String,
    /// URL relative to the project's page.
    pub url: String,
    /// Absolute path of the file on the instance.
    pub full_path: String,
    /// Markdown that embeds or links the file.
    pub markdown: String,
}

/// A share of a project with a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectGroupLink {
    /// Numeric ID of the share.
    pub id: u64,
    /// The shared project.
    pub project_id: u64,
    /// The group it is shared with.
    pub group_id: u64,
    /// Role the group's members get, as a number (10 to 50).
    pub group_access: u64,
    /// Day the share ends, when it does.
    pub expires_at: Option<NaiveDate>,
}

/// A group related to a project: an ancestor, or a group it is shared with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PublicGroupDetails {
    /// Numeric group ID.
    pub id: u64,
    /// Group name.
    pub name: String,
    /// URL of the group's avatar image.
    pub avatar_url: Option<String>,
    /// URL of the group's page.
    pub web_url: String,
    /// Name including the names of parent groups.
    pub full_name: String,
    /// Full path of the group.
    pub full_path: String,
}

/// A plain confirmation: `{"message": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectActionMessage {
    /// What was done or scheduled.
    pub message: String,
}
