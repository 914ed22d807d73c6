//! Merge requests and what the merge requests and merge trains pages answer with: the merge
//! request itself (in the one form lists and single answers share, and the few-field simple
//! form), its diff references, diff versions, rebase and merge-ref outcomes, the issues it
//! closes, and the entries of a merge train.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    Commit, Diff, Issue, IssueLabel, IssueReferences, Milestone, Pipeline, PipelineBasic,
    TaskCompletionStatus, TimeStats, UserBasic,
};

/// State of a merge request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestState {
    /// Open.
    Opened,
    /// Closed without merging.
    Closed,
    /// Locked for a short while as it is being merged.
    Locked,
    /// Merged.
    Merged,
    /// Reopened after being closed: a state old GitLab versions reported (newer ones say
    /// `opened`); one example of the docs still shows it.
    Reopened,
}

/// Whether a merge request can be merged, as last checked.
///
/// GitLab's internal `preparing` and `cannot_be_merged_rechecking` states are answered as
/// `checking`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestMergeStatus {
    /// Not checked yet.
    Unchecked,
    /// Being checked now.
    Checking,
    /// Mergeable without conflicts.
    CanBeMerged,
    /// The source and target branches conflict.
    CannotBeMerged,
    /// Not checked since the last change; it had conflicts before.
    CannotBeMergedRecheck,
}

/// A merge request.
///
/// Lists answer with the fields every merge request carries; the single merge request (and
/// the answers of creating, editing, merging or subscribing) adds the detailed fields, which are
/// therefore optional here, as are the fields only some GitLab versions, tiers or request
/// options (`render_html`, `include_diverged_commits_count`, `include_rebase_in_progress`, the
/// `/changes` call) add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequest {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the merge request inside its target project (`!11`): its internal ID.
    pub iid: u64,
    /// ID of the project the merge request lives in (the target project).
    pub project_id: u64,
    /// Title.
    pub title: String,
    /// Markdown description; `null` when empty.
    pub description: Option<String>,
    /// Lifecycle state.
    pub state: MergeRequestState,
    /// When the merge request was created.
    pub created_at: DateTime<Utc>,
    /// When the merge request was last changed.
    pub updated_at: DateTime<Utc>,
    /// Who merged it; `null` until merged. Deprecated: use `merge_user`.
    pub merged_by: Option<UserBasic>,
    /// Who merged it, or who set it to merge once the pipeline succeeds; `null` otherwise.
    pub merge_user: Option<UserBasic>,
    /// When it was merged; `null` until merged.
    pub merged_at: Option<DateTime<Utc>>,
    /// Who closed it; `null` unless closed.
    pub closed_by: Option<UserBasic>,
    /// When it was closed; `null` unless closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Title rendered as HTML (with `render_html=true`).
    pub title_html: Option<String>,
    /// Description rendered as HTML (with `render_html=true`).
    pub description_html: Option<String>,
    /// Branch the changes go into.
    pub target_branch: String,
    /// Branch the changes come from.
    pub source_branch: String,
    /// Number of comments written by users (system notes excluded).
    pub user_notes_count: u64,
    /// Number of thumbs-up reactions.
    pub upvotes: u64,
    /// Number of thumbs-down reactions.
    pub downvotes: u64,
    /// Who opened the merge request.
    pub author: UserBasic,
    /// Users the merge request is assigned to.
    pub assignees: Option<Vec<UserBasic>>,
    /// First assignee, if any (kept for older clients; use `assignees`).
    pub assignee: Option<UserBasic>,
    /// Users asked to review the merge request.
    pub reviewers: Option<Vec<UserBasic>>,
    /// ID of the project the source branch lives in (a fork, or the target project).
    pub source_project_id: u64,
    /// ID of the project the changes go into.
    pub target_project_id: u64,
    /// Labels: names, or label objects when `with_labels_details=true` was asked.
    pub labels: Vec<IssueLabel>,
    /// Whether the merge request is marked as a draft.
    pub draft: bool,
    /// Same as `draft` (older name).
    pub work_in_progress: bool,
    /// Milestone, if any.
    pub milestone: Option<Milestone>,
    /// Whether it is merged automatically once its pipeline succeeds.
    pub merge_when_pipeline_succeeds: bool,
    /// Whether it can be merged, as last checked (lists may answer a stale value unless
    /// `with_merge_status_recheck=true`).
    pub merge_status: MergeRequestMergeStatus,
    /// Head commit of the source branch.
    pub sha: String,
    /// Merge commit, once merged with one.
    pub merge_commit_sha: Option<String>,
    /// Squash commit, once merged with squashing.
    pub squash_commit_sha: Option<String>,
    /// Whether new comments are restricted to project members; `null` when never set.
    pub discussion_locked: Option<bool>,
    /// Whether the source branch is deleted on merge, as asked by the author; `null` when not
    /// set.
    pub should_remove_source_branch: Option<bool>,
    /// Whether the source branch is deleted on merge, as forced by the project settings.
    pub force_remove_source_branch: Option<bool>,
    /// Whether members who can merge into the target branch may push to the source branch
    /// (merge requests from forks).
    pub allow_collaboration: Option<bool>,
    /// Same as `allow_collaboration` (older name).
    pub allow_maintainer_to_push: Option<bool>,
    /// Short reference (`!11`). Deprecated: use `references`.
    pub reference: Option<String>,
    /// The ways to refer to the merge request in Markdown (missing from answers of GitLab
    /// versions before 12.6, as some docs examples show).
    pub references: Option<IssueReferences>,
    /// Address of the merge request in the web interface.
    pub web_url: String,
    /// Time estimate and time spent.
    pub time_stats: Option<TimeStats>,
    /// Whether the commits are squashed on merge.
    pub squash: Option<bool>,
    /// Progress on the description's task list.
    pub task_completion_status: Option<TaskCompletionStatus>,
    /// Whether the source and target branches conflict (meaningful only once `merge_status`
    /// was checked).
    pub has_conflicts: Option<bool>,
    /// Whether every discussion that blocks the merge is resolved.
    pub blocking_discussions_resolved: Option<bool>,
    /// Number of approvals needed before merging (Premium and up); `null` when not set.
    pub approvals_before_merge: Option<u64>,
    /// Whether the current user receives notifications about it (single merge request).
    pub subscribed: Option<bool>,
    /// Number of changed files, as text: `1000+` when there are too many to count (single
    /// merge request).
    pub changes_count: Option<String>,
    /// When the latest pipeline started (single merge request).
    pub latest_build_started_at: Option<DateTime<Utc>>,
    /// When the latest pipeline finished (single merge request).
    pub latest_build_finished_at: Option<DateTime<Utc>>,
    /// When it was first deployed to production (single merge request).
    pub first_deployed_to_production_at: Option<DateTime<Utc>>,
    /// Latest pipeline, in short form (single merge request). Kept for older clients: use
    /// `head_pipeline`.
    pub pipeline: Option<PipelineBasic>,
    /// Pipeline of the source branch's head commit, in full (single merge request).
    pub head_pipeline: Option<Pipeline>,
    /// Commits the latest diff is computed from (single merge request).
    pub diff_refs: Option<MergeRequestDiffRefs>,
    /// Why the last merge or rebase attempt failed, if it did (single merge request).
    pub merge_error: Option<String>,
    /// Whether a rebase is running (with `include_rebase_in_progress=true`).
    pub rebase_in_progress: Option<bool>,
    /// Number of commits the source branch is behind the target branch (with
    /// `include_diverged_commits_count=true`).
    pub diverged_commits_count: Option<u64>,
    /// Whether this is the author's first contribution to the project (single merge request).
    pub first_contribution: Option<bool>,
    /// What the current user may do with it (single merge request).
    pub user: Option<MergeRequestUserAccess>,
    /// The changed files with their diffs (the `/changes` call only).
    pub changes: Option<Vec<Diff>>,
    /// Whether the diffs were cut short by GitLab's size limits (the `/changes` call only).
    pub overflow: Option<bool>,
}

/// A merge request in its simple form: identity, title, state and address only (lists with
/// `view=simple`, merge train entries).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestSimple {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the merge request inside its target project: its internal ID.
    pub iid: u64,
    /// ID of the project the merge request lives in.
    pub project_id: u64,
    /// Title.
    pub title: String,
    /// Markdown description; `null` when empty.
    pub description: Option<String>,
    /// Lifecycle state.
    pub state: MergeRequestState,
    /// When the merge request was created.
    pub created_at: DateTime<Utc>,
    /// When the merge request was last changed.
    pub updated_at: DateTime<Utc>,
    /// Address of the merge request in the web interface.
    pub web_url: String,
}

/// The commits a merge request's diff is computed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestDiffRefs {
    /// Merge base of the source and target branches.
    pub base_sha: String,
    /// Head of the source branch.
    pub head_sha: String,
    /// Head of the target branch when the diff was made.
    pub start_sha: String,
}

/// What the current user may do with a merge request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestUserAccess {
    /// Whether the current user may merge it.
    pub can_merge: bool,
}

/// One version of a merge request's diff: a snapshot taken each time its source branch moved.
///
/// The list of versions shows the snapshot itself; a single version adds its commits and
/// diffs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestDiffVersion {
    /// Numeric ID of the version.
    pub id: u64,
    /// Head commit of the source branch in this version.
    pub head_commit_sha: String,
    /// Merge base of the source and target branches in this version.
    pub base_commit_sha: String,
    /// Head commit of the target branch when this version was made.
    pub start_commit_sha: String,
    /// When this version was made.
    pub created_at: DateTime<Utc>,
    /// Global ID of the merge request.
    pub merge_request_id: u64,
    /// How far the diff was gathered (`collected`, `overflow`, `without_files`, `empty`, ...).
    pub state: String,
    /// Number of changed files, as text (`1000+` when capped).
    pub real_size: Option<String>,
    /// Commits of this version, newest first (single version only).
    pub commits: Option<Vec<Commit>>,
    /// Changed files of this version with their diffs (single version only).
    pub diffs: Option<Vec<Diff>>,
}

/// Progress of a rebase: what the rebase call answers, and what the single merge request adds
/// with `include_rebase_in_progress=true`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestRebase {
    /// Whether the rebase is still running.
    pub rebase_in_progress: bool,
    /// Why the rebase failed, if it did; missing from the answer of the rebase call itself.
    pub merge_error: Option<String>,
}

/// The head commit of a merge request's merge ref (`refs/merge-requests/:iid/merge`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestMergeRef {
    /// SHA of the commit the merge ref points to.
    pub commit_id: String,
}

/// An issue a merge request closes when merged: one of GitLab's own issues, or an issue of
/// the external tracker (such as Jira) the project uses instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum MergeRequestClosingIssue {
    /// An issue of GitLab's issue tracker.
    Issue(Box<Issue>),
    /// An issue of an external issue tracker.
    External(ExternalIssue),
}

/// An issue of an external issue tracker, as GitLab knows it from a reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ExternalIssue {
    /// The issue's key in the external tracker (`PROJECT-123`).
    pub id: String,
    /// Title of the issue.
    pub title: String,
}

/// An entry of a merge train: a merge request queued to be merged into its target branch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeTrain {
    /// Numeric ID of the entry.
    pub id: u64,
    /// The queued merge request, in simple form.
    pub merge_request: MergeRequestSimple,
    /// Who added the merge request to the train.
    pub user: UserBasic,
    /// The pipeline that checks the merge request on the train; `null` before it is created.
    pub pipeline: Option<PipelineBasic>,
    /// When the merge request joined the train.
    pub created_at: DateTime<Utc>,
    /// When the entry last changed.
    pub updated_at: DateTime<Utc>,
    /// Branch the train merges into.
    pub target_branch: String,
    /// Status of the entry (`idle`, `stale`, `fresh`, `merging`, `merged`, `skip_merged`).
    pub status: String,
    /// When the merge request was merged; `null` until then.
    pub merged_at: Option<DateTime<Utc>>,
    /// Seconds from joining the train to being merged; `null` until merged.
    pub duration: Option<u64>,
}
