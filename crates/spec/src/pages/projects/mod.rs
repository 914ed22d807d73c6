//! The projects page: projects, forks, stars, sharing, uploads, hooks and push rules.

mod hooks;
mod push_rules;

pub use hooks::*;
pub use push_rules::*;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params, Upload};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    AutoCancelPendingPipelines, AutoDevopsDeployStrategy, Project, ProjectActionMessage,
    ProjectFeatureAccessLevel, ProjectGroupLink, ProjectLanguages, ProjectMergeMethod,
    ProjectPagesAccessLevel, ProjectSquashOption, ProjectStarrer, ProjectStorage, ProjectUpload,
    ProjectVisibility, PublicGroupDetails, UserBasic,
};

/// Field to order the list of all projects by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListProjectsOrderBy {
    /// Project ID (the only order keyset pagination supports).
    Id,
    /// Name.
    Name,
    /// Path.
    Path,
    /// Creation time (the default).
    CreatedAt,
    /// Time of the last update.
    UpdatedAt,
    /// Time of the latest activity.
    LastActivityAt,
    /// Closeness to `search`; only while searching, and only among the caller's projects.
    Similarity,
    /// Repository size (administrators only).
    RepositorySize,
    /// Total storage size (administrators only).
    StorageSize,
    /// Package registry size (administrators only).
    PackagesSize,
    /// Wiki size (administrators only).
    WikiSize,
}

/// Field to order a user's, a starred or a fork list of projects by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectOrderBy {
    /// Project ID.
    Id,
    /// Name.
    Name,
    /// Path.
    Path,
    /// Creation time (the default).
    CreatedAt,
    /// Time of the last update.
    UpdatedAt,
    /// Time of the latest activity.
    LastActivityAt,
}

/// Direction of a sorted list of projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// New settings of a project's container image cleanup policy; unset fields are left as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ContainerExpirationPolicyAttributes {
    /// How often the cleanup runs (`1d`, `7d`, `14d`, `1month`, `3month`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence: Option<String>,
    /// Number of tags to keep per image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_n: Option<u64>,
    /// Remove tags older than this (`7d`, `14d`, `30d`, `90d`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_than: Option<String>,
    /// Remove tags matching this regular expression (older name of `name_regex_delete`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex: Option<String>,
    /// Remove tags matching this regular expression.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex_delete: Option<String>,
    /// Keep tags matching this regular expression.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex_keep: Option<String>,
    /// Turn the cleanup on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Filters shared by the lists of all projects, of a user's projects and of a user's starred
/// projects.
///
/// The list of forks takes the same filters, described for forks, on its route type; filters
/// whose type or description differs (`order_by`, `starred`) or that only some lists take
/// are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct ProjectListFilters {
    /// Only archived (`true`) or only unarchived (`false`) projects.
    pub archived: Option<bool>,
    /// Only projects the caller is a member of.
    pub membership: Option<bool>,
    /// Only projects where the caller has at least this role (10, 20, 30, 40 or 50).
    pub min_access_level: Option<u64>,
    /// Only projects the caller owns explicitly.
    pub owned: Option<bool>,
    /// Only projects matching this text.
    pub search: Option<String>,
    /// Only projects with this visibility.
    pub visibility: Option<ProjectVisibility>,
    /// Only projects with issues turned on.
    pub with_issues_enabled: Option<bool>,
    /// Only projects with merge requests turned on.
    pub with_merge_requests_enabled: Option<bool>,
}

/// How a list of projects is answered (form, sort direction, statistics, custom attributes);
/// taken by every list of projects.
#[derive(Debug, Clone, Default, Params)]
pub struct ProjectListOptions {
    /// Answer with the reduced form of each project.
    pub simple: Option<bool>,
    /// Sort direction; `desc` by default.
    pub sort: Option<ProjectSort>,
    /// Include storage statistics (reporters and above).
    pub statistics: Option<bool>,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
}

/// List every project the caller can see.
///
/// Anonymous callers get public projects only, in the reduced form (as with `simple=true`).
/// Past 50,000 records, only keyset pagination (ordered by `id`) goes further.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects",
    tag = "Projects",
    response = Vec<Project>,
    paginate = keyset(order_by = ["id"]),
    public,
    example = "projects/list_projects.json",
)]
pub struct ListProjects {
    /// Test coverage regular expression (deprecated).
    #[param(deprecated)]
    pub build_coverage_regex: Option<String>,
    /// Only projects whose ID is greater than this.
    pub id_after: Option<u64>,
    /// Only projects whose ID is less than this.
    pub id_before: Option<u64>,
    /// Only projects the caller imported from external systems.
    pub imported: Option<bool>,
    /// Only projects with activity after this time.
    pub last_activity_after: Option<DateTime<Utc>>,
    /// Only projects with activity before this time.
    pub last_activity_before: Option<DateTime<Utc>>,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<ListProjectsOrderBy>,
    /// Only projects whose repository checksum failed.
    pub repository_checksum_failed: Option<bool>,
    /// Only projects on this storage shard (administrators only).
    pub repository_storage: Option<String>,
    /// Match `search` against the ancestor namespaces too (default `false`).
    pub search_namespaces: Option<bool>,
    /// Only projects the caller starred.
    pub starred: Option<bool>,
    /// Only projects having all of these topics.
    #[param(comma)]
    pub topic: Option<Vec<String>>,
    /// Only projects having the topic with this ID.
    pub topic_id: Option<u64>,
    /// Only projects whose wiki checksum failed.
    pub wiki_checksum_failed: Option<bool>,
    /// Only projects using this programming language.
    pub with_programming_language: Option<String>,
    /// Only projects with these custom attribute values (administrators only), sent as
    /// `custom_attributes[key]=value`.
    pub custom_attributes: Option<BTreeMap<String, String>>,
    /// Filters shared with the other lists of projects.
    #[param(flatten)]
    pub filters: ProjectListFilters,
    /// How the list is answered, as for every list of projects.
    #[param(flatten)]
    pub options: ProjectListOptions,
}

/// List the projects in a user's personal namespace.
///
/// Projects the user owns in groups are not included; a private profile gives an empty list.
/// Anonymous callers get public projects only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{user_id}/projects",
    tag = "Projects",
    response = Vec<Project>,
    paginate = keyset(order_by = ["id"]),
    public,
    example = "projects/list_user_projects.json",
)]
pub struct ListUserProjects {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub user_id: IdOrPath,
    /// Only projects whose ID is greater than this.
    pub id_after: Option<u64>,
    /// Only projects whose ID is less than this.
    pub id_before: Option<u64>,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<ProjectOrderBy>,
    /// Only projects the caller starred.
    pub starred: Option<bool>,
    /// Only projects using this programming language.
    pub with_programming_language: Option<String>,
    /// Filters shared with the other lists of projects.
    #[param(flatten)]
    pub filters: ProjectListFilters,
    /// How the list is answered, as for every list of projects.
    #[param(flatten)]
    pub options: ProjectListOptions,
}

/// List the projects a user starred.
///
/// Anonymous callers get public projects only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{user_id}/starred_projects",
    tag = "Projects",
    response = Vec<Project>,
    paginate = offset,
    public,
    example = "projects/list_user_starred_projects.json",
)]
pub struct ListUserStarredProjects {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub user_id: IdOrPath,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<ProjectOrderBy>,
    /// Only projects the caller starred too.
    pub starred: Option<bool>,
    /// Filters shared with the other lists of projects.
    #[param(flatten)]
    pub filters: ProjectListFilters,
    /// How the list is answered, as for every list of projects.
    #[param(flatten)]
    pub options: ProjectListOptions,
}

/// Get one project.
///
/// Public projects can be read without a token. Forks carry `forked_from_project` and
/// `mr_default_target_self`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}",
    tag = "Projects",
    response = Project,
    public,
    example = "projects/get_project.json",
)]
pub struct GetProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Include the detected license.
    pub license: Option<bool>,
    /// Include storage statistics (reporters and above).
    pub statistics: Option<bool>,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
}

/// List the users of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/users",
    tag = "Projects",
    response = Vec<UserBasic>,
    paginate = offset,
    example = "projects/list_project_users.json",
)]
pub struct ListProjectUsers {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only users matching this text.
    pub search: Option<String>,
    /// Leave out the users with these IDs.
    pub skip_users: Option<Vec<u64>>,
}

/// List the ancestor groups of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/groups",
    tag = "Projects",
    response = Vec<PublicGroupDetails>,
    paginate = offset,
    example = "projects/list_project_groups.json",
)]
pub struct ListProjectGroups {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only groups matching this text.
    pub search: Option<String>,
    /// Only shared groups granting at least this role (10, 20, 30, 40 or 50).
    pub shared_min_access_level: Option<u64>,
    /// Only shared groups the caller can see.
    pub shared_visible_only: Option<bool>,
    /// Leave out the groups with these IDs.
    pub skip_groups: Option<Vec<u64>>,
    /// Include the groups the project is shared with (default `false`).
    pub with_shared: Option<bool>,
}

/// Settings of a project that creating it (for the caller or for another user) and editing it
/// all take.
///
/// Settings whose description differs between these endpoints, or that only some of them
/// take, are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct ProjectSettings {
    /// Allow merging when the pipeline was skipped.
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    /// Access to analytics.
    pub analytics_access_level: Option<ProjectFeatureAccessLevel>,
    /// Approvals a merge request needs by default (paid tiers; approval rules are set with the merge request approvals API).
    pub approvals_before_merge: Option<u64>,
    /// Cancel older pending pipelines when a new one starts.
    pub auto_cancel_pending_pipelines: Option<AutoCancelPendingPipelines>,
    /// How Auto DevOps deploys.
    pub auto_devops_deploy_strategy: Option<AutoDevopsDeployStrategy>,
    /// Turn Auto DevOps on.
    pub auto_devops_enabled: Option<bool>,
    /// Close issues referenced by commits merged into the default branch.
    pub autoclose_referenced_issues: Option<bool>,
    /// Avatar image. A file can only travel in a `multipart/form-data` request.
    pub avatar: Option<Upload>,
    /// How jobs get the repository: `fetch` (the default) or `clone`.
    pub build_git_strategy: Option<String>,
    /// Longest time a job may run, in seconds.
    pub build_timeout: Option<u64>,
    /// Access to CI/CD jobs.
    pub builds_access_level: Option<ProjectFeatureAccessLevel>,
    /// Path of the CI/CD configuration file.
    pub ci_config_path: Option<String>,
    /// Access to the container registry.
    pub container_registry_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn the container registry on (superseded by `container_registry_access_level`).
    #[param(deprecated)]
    pub container_registry_enabled: Option<bool>,
    /// Short description.
    pub description: Option<String>,
    /// Turn email notifications off.
    pub emails_disabled: Option<bool>,
    /// Classification label for external authorization.
    pub external_authorization_classification_label: Option<String>,
    /// Who may fork.
    pub forking_access_level: Option<ProjectFeatureAccessLevel>,
    /// Access to issues.
    pub issues_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn issues on (superseded by `issues_access_level`).
    #[param(deprecated)]
    pub issues_enabled: Option<bool>,
    /// Turn CI/CD jobs on (superseded by `builds_access_level`).
    #[param(deprecated)]
    pub jobs_enabled: Option<bool>,
    /// Turn Git LFS on.
    pub lfs_enabled: Option<bool>,
    /// How merge requests are merged.
    pub merge_method: Option<ProjectMergeMethod>,
    /// Access to merge requests.
    pub merge_requests_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn merge requests on (superseded by `merge_requests_access_level`).
    #[param(deprecated)]
    pub merge_requests_enabled: Option<bool>,
    /// Start pipelines for pull-mirror updates.
    pub mirror_trigger_builds: Option<bool>,
    /// Turn pull mirroring from `import_url` on.
    pub mirror: Option<bool>,
    /// Allow merging only when every discussion is resolved.
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    /// Allow merging only after a successful pipeline.
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    /// Access to operations features.
    pub operations_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn the package registry on.
    pub packages_enabled: Option<bool>,
    /// Access to GitLab Pages.
    pub pages_access_level: Option<ProjectPagesAccessLevel>,
    /// Print a merge request link after a push from the command line.
    pub printing_merge_request_link_enabled: Option<bool>,
    /// Let people outside the project see its jobs.
    pub public_builds: Option<bool>,
    /// New merge requests delete their source branch by default.
    pub remove_source_branch_after_merge: Option<bool>,
    /// Access to the repository.
    pub repository_access_level: Option<ProjectFeatureAccessLevel>,
    /// Storage shard of the repository (administrators only).
    pub repository_storage: Option<String>,
    /// Let users ask to become members.
    pub request_access_enabled: Option<bool>,
    /// Access to requirements management.
    pub requirements_access_level: Option<ProjectPagesAccessLevel>,
    /// Resolve diff discussions on lines a push changes.
    pub resolve_outdated_diff_discussions: Option<bool>,
    /// Access to security and compliance features (GitLab 14.9 and later).
    pub security_and_compliance_access_level: Option<ProjectFeatureAccessLevel>,
    /// Let shared runners run the project's jobs.
    pub shared_runners_enabled: Option<bool>,
    /// Access to snippets.
    pub snippets_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn snippets on (superseded by `snippets_access_level`).
    #[param(deprecated)]
    pub snippets_enabled: Option<bool>,
    /// Whether commits are squashed on merge.
    pub squash_option: Option<ProjectSquashOption>,
    /// Topics of the project (superseded by `topics`).
    #[param(deprecated)]
    pub tag_list: Option<Vec<String>>,
    /// Who can see the project.
    pub visibility: Option<ProjectVisibility>,
    /// Access to the wiki.
    pub wiki_access_level: Option<ProjectFeatureAccessLevel>,
    /// Turn the wiki on (superseded by `wiki_access_level`).
    #[param(deprecated)]
    pub wiki_enabled: Option<bool>,
}

/// Settings of a new project, on top of [`ProjectSettings`], that both ways of creating a
/// project take: where it goes, what it starts from and its topics.
#[derive(Debug, Clone, Default, Params)]
pub struct ProjectCreationSettings {
    /// Default branch name; needs `initialize_with_readme`.
    pub default_branch: Option<String>,
    /// Group whose custom project templates are used (with `use_custom_template`); leave out for instance templates.
    pub group_with_project_templates_id: Option<u64>,
    /// Repository URL to import from (credentials may be embedded in it).
    pub import_url: Option<String>,
    /// Namespace to create the project in; the caller's own namespace by default.
    pub namespace_id: Option<u64>,
    /// Built-in template to start from or, with `use_custom_template`, the name of a custom template.
    pub template_name: Option<String>,
    /// Topics of the project.
    pub topics: Option<Vec<String>>,
    /// Start from a custom instance template or, with `group_with_project_templates_id`, a group template.
    pub use_custom_template: Option<bool>,
}

/// Create a project owned by the caller.
///
/// An HTTP repository to import that is not public needs credentials in `import_url`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects",
    tag = "Projects",
    response = Project,
    example = "projects/create_project.json",
)]
pub struct CreateProject {
    /// Name of the project. Give `name`, `path` or both; a missing one is derived from the other.
    pub name: Option<String>,
    /// Path of the project (no special character at either end, none twice in a row). Give `name`, `path` or both.
    pub path: Option<String>,
    /// Cleanup policy of the container images.
    pub container_expiration_policy_attributes: Option<ContainerExpirationPolicyAttributes>,
    /// Create the repository with a single `README.md` (default `false`). Do not combine with `import_url` or a template.
    pub initialize_with_readme: Option<bool>,
    /// Run pipelines on the merged result of merge requests.
    pub merge_pipelines_enabled: Option<bool>,
    /// Turn merge trains on.
    pub merge_trains_enabled: Option<bool>,
    /// Mirror protected branches only.
    pub only_mirror_protected_branches: Option<bool>,
    /// Project ID of the custom template to start from (with `use_custom_template`); less ambiguous than `template_name`.
    pub template_project_id: Option<u64>,
    /// Settings that creating and editing a project all take.
    #[param(flatten)]
    pub settings: ProjectSettings,
    /// Settings both ways of creating a project take.
    #[param(flatten)]
    pub creation: ProjectCreationSettings,
}

/// Create a project owned by another user (administrators only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/user/{user_id}",
    tag = "Projects",
    response = Project,
    admin,
    example = "projects/create_project_for_user.json",
)]
pub struct CreateProjectForUser {
    /// Numeric ID of the user who will own the project.
    #[param(path)]
    pub user_id: u64,
    /// Name of the project.
    pub name: String,
    /// Create the repository with a single `README.md` (default `false`).
    pub initialize_with_readme: Option<bool>,
    /// Template of merge commit messages.
    pub merge_commit_template: Option<String>,
    /// Path of the project; derived from the name when left out.
    pub path: Option<String>,
    /// Template of squash commit messages.
    pub squash_commit_template: Option<String>,
    /// Commit message used when suggestions are applied.
    pub suggestion_commit_message: Option<String>,
    /// Settings that creating and editing a project all take.
    #[param(flatten)]
    pub settings: ProjectSettings,
    /// Settings both ways of creating a project take.
    #[param(flatten)]
    pub creation: ProjectCreationSettings,
}

/// Change the settings of a project.
///
/// Also uploads the project's avatar when sent as `multipart/form-data` with an `avatar` file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}",
    tag = "Projects",
    response = Project,
    example = "projects/edit_project.json",
)]
pub struct EditProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Default clone depth of CI/CD jobs (shallow clone).
    pub ci_default_git_depth: Option<u64>,
    /// Skip older deployment jobs that are still pending when a newer one starts.
    pub ci_forward_deployment_enabled: Option<bool>,
    /// Keep caches of protected and unprotected branches apart.
    pub ci_separated_caches: Option<bool>,
    /// Cleanup policy of the container images.
    pub container_expiration_policy_attributes: Option<ContainerExpirationPolicyAttributes>,
    /// Default branch name.
    pub default_branch: Option<String>,
    /// Repository URL the project was imported from or pulls its mirror from.
    pub import_url: Option<String>,
    /// Default description of new issues, in Markdown (paid tiers).
    pub issues_template: Option<String>,
    /// Always keep the artifacts of the latest successful pipeline.
    pub keep_latest_artifact: Option<bool>,
    /// Template of merge commit messages.
    pub merge_commit_template: Option<String>,
    /// Run pipelines on the merged result of merge requests.
    pub merge_pipelines_enabled: Option<bool>,
    /// Default description of new merge requests, in Markdown (paid tiers).
    pub merge_requests_template: Option<String>,
    /// Turn merge trains on.
    pub merge_trains_enabled: Option<bool>,
    /// Let the pull mirror overwrite branches that diverged.
    pub mirror_overwrites_diverged_branches: Option<bool>,
    /// User responsible for pull-mirror activity (administrators only).
    pub mirror_user_id: Option<u64>,
    /// For forks: new merge requests target this project instead of the upstream one.
    pub mr_default_target_self: Option<bool>,
    /// Name of the project.
    pub name: Option<String>,
    /// Mirror protected branches only.
    pub only_mirror_protected_branches: Option<bool>,
    /// Path of the project; derived from the name when left out.
    pub path: Option<String>,
    /// Only maintainers may set variables when running pipelines (from the UI, the API or a trigger token).
    pub restrict_user_defined_variables: Option<bool>,
    /// Turn Service Desk on.
    pub service_desk_enabled: Option<bool>,
    /// Template of squash commit messages.
    pub squash_commit_template: Option<String>,
    /// Commit message used when suggestions are applied.
    pub suggestion_commit_message: Option<String>,
    /// Topics of the project; replaces the current ones.
    pub topics: Option<Vec<String>>,
    /// Settings that creating and editing a project all take.
    #[param(flatten)]
    pub settings: ProjectSettings,
}

/// Fork a project into the caller's namespace or another one.
///
/// The copy runs in the background: the answer comes at once, and the new project's
/// `import_status` tells when the fork is complete.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/fork",
    tag = "Projects",
    response = Project,
    example = "projects/fork_project.json",
)]
pub struct ForkProject {
    /// The project to fork, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Description of the fork.
    pub description: Option<String>,
    /// New merge requests of the fork target the fork itself instead of the upstream project.
    pub mr_default_target_self: Option<bool>,
    /// Name of the fork.
    pub name: Option<String>,
    /// ID of the namespace to fork into.
    pub namespace_id: Option<u64>,
    /// Path of the namespace to fork into.
    pub namespace_path: Option<String>,
    /// Namespace to fork into, by ID or path; use `namespace_id` or `namespace_path` instead.
    #[param(deprecated)]
    pub namespace: Option<IdOrPath>,
    /// Path of the fork.
    pub path: Option<String>,
    /// Visibility of the fork.
    pub visibility: Option<ProjectVisibility>,
}

/// List the forks of a project the caller can see.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/forks",
    tag = "Projects",
    response = Vec<Project>,
    paginate = offset,
    example = "projects/list_project_forks.json",
)]
pub struct ListProjectForks {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only archived (`true`) or only unarchived (`false`) forks.
    pub archived: Option<bool>,
    /// Only forks the caller is a member of.
    pub membership: Option<bool>,
    /// Only forks where the caller has at least this role (10, 20, 30, 40 or 50).
    pub min_access_level: Option<u64>,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<ProjectOrderBy>,
    /// Only forks the caller owns explicitly.
    pub owned: Option<bool>,
    /// Only forks matching this text.
    pub search: Option<String>,
    /// Only forks the caller starred.
    pub starred: Option<bool>,
    /// Only forks with this visibility.
    pub visibility: Option<ProjectVisibility>,
    /// Only forks with issues turned on.
    pub with_issues_enabled: Option<bool>,
    /// Only forks with merge requests turned on.
    pub with_merge_requests_enabled: Option<bool>,
    /// How the list is answered, as for every list of projects.
    #[param(flatten)]
    pub options: ProjectListOptions,
}

/// Star a project.
///
/// A project the caller already starred answers `304 Not Modified`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/star",
    not_modified,
    tag = "Projects",
    response = Project,
    example = "projects/star_project.json",
)]
pub struct StarProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Remove the caller's star from a project.
///
/// A project the caller has not starred answers `304 Not Modified`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/unstar",
    not_modified,
    tag = "Projects",
    response = Project,
    example = "projects/unstar_project.json",
)]
pub struct UnstarProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// List the users who starred a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/starrers",
    tag = "Projects",
    response = Vec<ProjectStarrer>,
    paginate = offset,
    example = "projects/list_project_starrers.json",
)]
pub struct ListProjectStarrers {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only users matching this text.
    pub search: Option<String>,
}

/// Get the programming languages of a project, with their share of the code in percent.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/languages",
    tag = "Projects",
    response = ProjectLanguages,
    example = "projects/get_project_languages.json",
)]
pub struct GetProjectLanguages {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Archive a project (administrators and owners).
///
/// Archiving an archived project changes nothing.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/archive",
    tag = "Projects",
    response = Project,
    example = "projects/archive_project.json",
)]
pub struct ArchiveProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Unarchive a project (administrators and owners).
///
/// Unarchiving a project that is not archived changes nothing.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/unarchive",
    tag = "Projects",
    response = Project,
    example = "projects/unarchive_project.json",
)]
pub struct UnarchiveProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Delete a project and everything in it.
///
/// The deletion is scheduled. On paid tiers with delayed deletion turned on, the project is only
/// marked for deletion and removed after the configured delay.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}",
    tag = "Projects",
    response = ProjectActionMessage,
    status = 202,
    example = "projects/delete_project.json",
)]
pub struct DeleteProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Restore a project that is marked for deletion (paid tiers).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/restore",
    tag = "Projects",
    response = Project,
    example = "projects/restore_project.json",
)]
pub struct RestoreProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Upload a file to a project, for use in descriptions and comments.
///
/// The instance's maximum attachment size applies (GitLab 14.0 and later).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/uploads",
    tag = "Projects",
    response = ProjectUpload,
    multipart,
    example = "projects/upload_project_file.json",
)]
pub struct UploadProjectFile {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The file.
    pub file: Upload,
}

/// Share a project with a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/share",
    tag = "Projects",
    response = ProjectGroupLink,
    example = "projects/share_project_with_group.json",
)]
pub struct ShareProjectWithGroup {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Role the group's members get (10, 20, 30, 40 or 50).
    pub group_access: u64,
    /// Numeric ID of the group.
    pub group_id: u64,
    /// Day the share ends.
    pub expires_at: Option<NaiveDate>,
}

/// Stop sharing a project with a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/share/{group_id}",
    tag = "Projects",
    response = (),
)]
pub struct UnshareProjectWithGroup {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the group.
    #[param(path)]
    pub group_id: u64,
}

/// Copy the members of another project into a project.
///
/// Answers `422` when the import does not complete.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/import_project_members/{project_id}",
    tag = "Projects",
    response = ProjectActionMessage,
    status = 200,
    example = "projects/import_project_members.json",
)]
pub struct ImportProjectMembers {
    /// The project receiving the members, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The project to take the members from, by numeric ID or full path.
    #[param(path)]
    pub project_id: IdOrPath,
}

/// Mark a project as a fork of another one (administrators and owners).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/fork/{forked_from_id}",
    tag = "Projects",
    response = Project,
    example = "projects/create_project_fork_relation.json",
)]
pub struct CreateProjectForkRelation {
    /// The project to mark as a fork, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the upstream project.
    #[param(path)]
    pub forked_from_id: u64,
}

/// Remove the fork relation of a project (administrators and owners).
///
/// A project that is not a fork answers `304 Not Modified`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/fork",
    not_modified, tag = "Projects",
    response = (),
)]
pub struct DeleteProjectForkRelation {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Start housekeeping (garbage collection) of a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/housekeeping",
    tag = "Projects",
    response = (),
)]
pub struct StartProjectHousekeeping {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Move a project to another namespace.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/transfer",
    tag = "Projects",
    response = Project,
    example = "projects/transfer_project.json",
)]
pub struct TransferProject {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The namespace to move the project to, by ID or path.
    pub namespace: IdOrPath,
}

/// Start a pull-mirror update of a project (paid tiers).
///
/// The project must have pull mirroring configured (`mirror` and `import_url`, when creating or
/// editing it); otherwise the answer is `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/mirror/pull",
    tag = "Projects",
    response = (),
    status = 200,
)]
pub struct StartProjectPullMirroring {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Download a snapshot of a project's Git repository, or of its wiki, as an uncompressed tar
/// archive (administrators only).
///
/// Useful when a repository is too damaged to be cloned.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snapshot",
    tag = "Projects",
    response = Vec<u8>,
    raw = "application/x-tar",
    admin,
)]
pub struct DownloadProjectSnapshot {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Snapshot the wiki repository instead of the project repository.
    pub wiki: Option<bool>,
}

/// Get where a project's repository is stored (administrators only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/storage",
    tag = "Projects",
    response = ProjectStorage,
    admin,
    example = "projects/get_project_storage.json",
)]
pub struct GetProjectStorage {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    let mut endpoints = super::describe![
        ListProjects,
        ListUserProjects,
        ListUserStarredProjects,
        GetProject,
        ListProjectUsers,
        ListProjectGroups,
        CreateProject,
        CreateProjectForUser,
        EditProject,
        ForkProject,
        ListProjectForks,
        StarProject,
        UnstarProject,
        ListProjectStarrers,
        GetProjectLanguages,
        ArchiveProject,
        UnarchiveProject,
        DeleteProject,
        RestoreProject,
        UploadProjectFile,
        ShareProjectWithGroup,
        UnshareProjectWithGroup,
        ImportProjectMembers,
        CreateProjectForkRelation,
        DeleteProjectForkRelation,
        StartProjectHousekeeping,
        TransferProject,
        StartProjectPullMirroring,
        DownloadProjectSnapshot,
        GetProjectStorage,
    ];
    endpoints.extend(hooks::endpoints());
    endpoints.extend(push_rules::endpoints());
    endpoints
}
