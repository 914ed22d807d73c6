//! Merge requests: the merge request itself and its parts (pipelines, diff references, the
//! current user's permissions).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{IssueReferences, Milestone, TaskCompletionStatus, TimeStats, UserBasic};

/// State of a merge request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestState {
    /// Open.
    Opened,
    /// Closed without merging.
    Closed,
    /// Locked while being merged.
    Locked,
    /// Merged.
    Merged,
}

/// A merge request, as listed with the issues it relates to or closes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequest {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the merge request inside its target project (`!11`).
    pub iid: u64,
    /// ID of the target project.
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
    /// Who closed the merge request, if it is closed.
    pub closed_by: Option<UserBasic>,
    /// When the merge request was closed, if it is closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Branch the changes go into.
    pub target_branch: String,
    /// Branch the changes come from.
    pub source_branch: String,
    /// Number of comments written by users.
    pub user_notes_count: u64,
    /// Number of thumbs-up reactions.
    pub upvotes: u64,
    /// Number of thumbs-down reactions.
    pub downvotes: u64,
    /// Who opened the merge request.
    pub author: UserBasic,
    /// First assignee, if any.
    pub assignee: Option<UserBasic>,
    /// ID of the project the source branch lives in.
    pub source_project_id: u64,
    /// ID of the project the changes go into.
    pub target_project_id: u64,
    /// Names of the labels on the merge request.
    pub labels: Vec<String>,
    /// Whether the merge request is marked as a draft.
    pub draft: bool,
    /// Same as `draft` (older name).
    pub work_in_progress: bool,
    /// Milestone, if any.
    pub milestone: Option<Milestone>,
    /// Whether the merge happens automatically once the pipeline passes.
    pub merge_when_pipeline_succeeds: bool,
    /// Whether the merge request can be merged (`can_be_merged`, `cannot_be_merged`,
    /// `unchecked`, `checking`, ...).
    pub merge_status: String,
    /// Head commit of the source branch.
    pub sha: String,
    /// Merge commit, once merged.
    pub merge_commit_sha: Option<String>,
    /// Squash commit, once merged with squashing.
    pub squash_commit_sha: Option<String>,
    /// Whether new comments are restricted to project members; `null` when never set.
    pub discussion_locked: Option<bool>,
    /// Whether the source branch is removed on merge, as set by the author.
    pub should_remove_source_branch: Option<bool>,
    /// Whether the source branch is removed on merge, as forced by the project.
    pub force_remove_source_branch: Option<bool>,
    /// Short reference (`!11`). Deprecated: use `references`.
    pub reference: String,
    /// The ways to refer to the merge request in Markdown.
    pub references: IssueReferences,
    /// Address of the merge request in the web interface.
    pub web_url: String,
    /// Time estimate and time spent.
    pub time_stats: TimeStats,
    /// Whether commits are squashed on merge.
    pub squash: Option<bool>,
    /// Progress on the description's task list.
    pub task_completion_status: Option<TaskCompletionStatus>,
    /// Number of changed files, as text (`1000+` when capped).
    pub changes_count: Option<String>,
    /// When the latest pipeline started.
    pub latest_build_started_at: Option<DateTime<Utc>>,
    /// When the latest pipeline finished.
    pub latest_build_finished_at: Option<DateTime<Utc>>,
    /// When the merge request was first deployed to production.
    pub first_deployed_to_production_at: Option<DateTime<Utc>>,
    /// Latest pipeline of the source branch, in short form.
    pub pipeline: Option<MergeRequestPipeline>,
    /// Pipeline of the head commit, in full.
    pub head_pipeline: Option<MergeRequestHeadPipeline>,
    /// Commits the diff is computed from.
    pub diff_refs: Option<MergeRequestDiffRefs>,
    /// Why the last merge attempt failed, if it did.
    pub merge_error: Option<String>,
    /// What the current user may do with the merge request.
    pub user: Option<MergeRequestUserAccess>,
}

/// A pipeline in short form, as embedded in a merge request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestPipeline {
    /// Numeric pipeline ID.
    pub id: u64,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status (`success`, `failed`, `running`, ...).
    pub status: String,
    /// Address of the pipeline in the web interface.
    pub web_url: String,
}

/// The head pipeline of a merge request, in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestHeadPipeline {
    /// Numeric pipeline ID.
    pub id: u64,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status (`success`, `failed`, `running`, ...).
    pub status: String,
    /// Address of the pipeline in the web interface.
    pub web_url: String,
    /// Commit the branch pointed to before the push.
    pub before_sha: String,
    /// Whether the pipeline ran for a tag.
    pub tag: bool,
    /// Errors in the CI configuration, if any.
    pub yaml_errors: Option<String>,
    /// Who triggered the pipeline.
    pub user: UserBasic,
    /// When the pipeline was created.
    pub created_at: DateTime<Utc>,
    /// When the pipeline was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the pipeline started.
    pub started_at: Option<DateTime<Utc>>,
    /// When the pipeline finished.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the commit was made.
    pub committed_at: Option<DateTime<Utc>>,
    /// Run time in seconds.
    pub duration: Option<u64>,
    /// Test coverage, as a decimal string.
    pub coverage: Option<String>,
    /// How the status is shown in the web interface.
    pub detailed_status: MergeRequestPipelineDetailedStatus,
}

/// How a pipeline status is shown in the web interface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestPipelineDetailedStatus {
    /// Icon name.
    pub icon: String,
    /// Short text.
    pub text: String,
    /// Label.
    pub label: String,
    /// Status group.
    pub group: String,
    /// Tooltip text.
    pub tooltip: String,
    /// Whether a details page exists.
    pub has_details: bool,
    /// Path of the details page.
    pub details_path: String,
    /// Illustration shown for the status, if any (image, size, title).
    pub illustration: Option<serde_json::Value>,
    /// Address of the favicon for the status.
    pub favicon: String,
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
