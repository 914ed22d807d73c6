//! One merge request and what hangs off it: its participants, commits, changes, pipelines, the
//! issues it closes, subscriptions, to-do items and diff versions.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{
    Commit, MergeRequest, MergeRequestClosingIssue, MergeRequestDiffVersion, Pipeline,
    PipelineBasic, Todo, UserBasic,
};

/// Get one merge request of a project.
///
/// Each call also schedules a check of the merge request's mergeability: poll to see
/// `merge_status` (and `has_conflicts`, `false` unless `merge_status` is `cannot_be_merged`)
/// change. `changes_count` is a string because GitLab caps it at `1000+`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/get_merge_request.json",
)]
pub struct GetMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Add the title and description rendered as HTML (`title_html`, `description_html`).
    pub render_html: Option<bool>,
    /// Add `diverged_commits_count`, the number of commits the source branch is behind the
    /// target branch.
    pub include_diverged_commits_count: Option<bool>,
    /// Add `rebase_in_progress`, whether a rebase is running.
    pub include_rebase_in_progress: Option<bool>,
}

/// List the users taking part in a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/participants",
    tag = "Merge requests",
    response = Vec<UserBasic>,
    paginate = offset,
    example = "merge_requests/list_merge_request_participants.json",
)]
pub struct ListMergeRequestParticipants {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// List the commits of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/commits",
    tag = "Merge requests",
    response = Vec<Commit>,
    paginate = offset,
    example = "merge_requests/list_merge_request_commits.json",
)]
pub struct ListMergeRequestCommits {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Get a merge request with its changed files and their diffs.
///
/// The diffs are subject to GitLab's size limits (`overflow` is then `true`) unless
/// `access_raw_diffs=true` reads them from the repository instead, which is slower but only
/// bound by Gitaly's own limits.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/changes",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/get_merge_request_changes.json",
)]
pub struct GetMergeRequestChanges {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Read the diffs from the repository (Gitaly), without the database's size limits.
    pub access_raw_diffs: Option<bool>,
}

/// List the pipelines of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/pipelines",
    tag = "Merge requests",
    response = Vec<PipelineBasic>,
    paginate = offset,
    example = "merge_requests/list_merge_request_pipelines.json",
)]
pub struct ListMergeRequestPipelines {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Start a merge request pipeline.
///
/// The pipeline is a detached merge request pipeline, or a merged results pipeline when the
/// project enables those; it runs only the jobs the CI configuration sets up for merge
/// requests, never a branch or tag pipeline.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/pipelines",
    tag = "Merge requests",
    response = Pipeline,
    example = "merge_requests/create_merge_request_pipeline.json",
)]
pub struct CreateMergeRequestPipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// List the issues a merge request closes when it is merged.
///
/// With GitLab's issue tracker the items are issues; with an external tracker (such as Jira)
/// they carry only the external key and title.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/closes_issues",
    tag = "Merge requests",
    response = Vec<MergeRequestClosingIssue>,
    paginate = offset,
    example = "merge_requests/list_issues_closed_by_merge_request.json",
)]
pub struct ListIssuesClosedByMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Subscribe the current user to a merge request's notifications.
///
/// Answers `304 Not Modified` with no body when the user is already subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/subscribe",
    not_modified,
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/subscribe_to_merge_request.json",
)]
pub struct SubscribeToMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Unsubscribe the current user from a merge request's notifications.
///
/// Answers `304 Not Modified` with no body when the user is not subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/unsubscribe",
    not_modified,
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/unsubscribe_from_merge_request.json",
)]
pub struct UnsubscribeFromMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Add a to-do item on a merge request for the current user.
///
/// Answers `304 Not Modified` with no body when the user already has one on the merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/todo",
    not_modified,
    tag = "Merge requests",
    response = Todo,
    example = "merge_requests/create_merge_request_todo.json",
)]
pub struct CreateMergeRequestTodo {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// List the diff versions of a merge request, newest first.
///
/// A version is recorded each time the source branch changes; `head_commit_sha` is the source
/// branch's head, `base_commit_sha` the merge base and `start_commit_sha` the target branch's
/// head at that time.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/versions",
    tag = "Merge requests",
    response = Vec<MergeRequestDiffVersion>,
    paginate = offset,
    example = "merge_requests/list_merge_request_diff_versions.json",
)]
pub struct ListMergeRequestDiffVersions {
    /// The project, by numeric ID or URL-encoded full path.
    // The docs type it as a plain string ("the ID of the project"); GitLab resolves it like
    // every other project ID, so a URL-encoded path works too.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Get one diff version of a merge request, with its commits and diffs.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/versions/{version_id}",
    tag = "Merge requests",
    response = MergeRequestDiffVersion,
    example = "merge_requests/get_merge_request_diff_version.json",
)]
pub struct GetMergeRequestDiffVersion {
    /// The project, by numeric ID or URL-encoded full path.
    // Typed as a plain string by the docs; see `ListMergeRequestDiffVersions`.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the diff version.
    #[param(path)]
    pub version_id: u64,
}
