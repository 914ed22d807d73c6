//! Creating, editing and deleting merge requests, and merging or rebasing them.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{MergeRequest, MergeRequestMergeRef, MergeRequestRebase};

/// Change of state requested when editing a merge request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestStateEvent {
    /// Close the merge request.
    Close,
    /// Reopen the merge request.
    Reopen,
}

/// Fields a merge request is created or edited with, where both calls agree.
///
/// Fields whose meaning differs between creating and editing (required-ness, `0` to clear)
/// are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct MergeRequestFields {
    /// Users to assign; `0` or an empty list assigns nobody.
    pub assignee_ids: Option<Vec<u64>>,
    /// Markdown description, at most 1,048,576 characters.
    pub description: Option<String>,
    /// Delete the source branch once merged.
    pub remove_source_branch: Option<bool>,
    /// Squash the commits into one on merge.
    pub squash: Option<bool>,
    /// Let members who can merge into the target branch push to the source branch.
    pub allow_collaboration: Option<bool>,
    /// Same as `allow_collaboration` (older name).
    pub allow_maintainer_to_push: Option<bool>,
}

/// Open a merge request in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/create_merge_request.json",
)]
pub struct CreateMergeRequest {
    /// The project the source branch lives in, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch the changes come from.
    pub source_branch: String,
    /// Branch the changes go into.
    pub target_branch: String,
    /// Title.
    pub title: String,
    /// Single user to assign.
    pub assignee_id: Option<u64>,
    /// Users to ask for a review; `0` or an empty list asks nobody.
    pub reviewer_ids: Option<Vec<u64>>,
    /// Numeric ID of the project to merge into (a fork's upstream; default: this project).
    pub target_project_id: Option<u64>,
    /// Names of labels to put on the merge request (GitLab also accepts one comma-separated
    /// string).
    pub labels: Option<Vec<String>>,
    /// Global ID of the milestone to plan the merge request for.
    pub milestone_id: Option<u64>,
    /// Number of approvals needed before merging (Premium and up). Without it the target
    /// project's value applies; a value takes effect only when the project's is above zero
    /// and the given one is greater than it.
    pub approvals_before_merge: Option<u64>,
    /// Fields shared with editing.
    #[param(flatten)]
    pub fields: MergeRequestFields,
}

/// Change a merge request, or close or reopen it.
///
/// At least one of the optional fields must be given.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/merge_requests/{merge_request_iid}",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/edit_merge_request.json",
)]
pub struct EditMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    // The docs call it "the ID of a merge request" here; the path takes the internal ID, as
    // everywhere else on the page.
    #[param(path)]
    pub merge_request_iid: u64,
    /// New target branch.
    pub target_branch: Option<String>,
    /// New title.
    pub title: Option<String>,
    /// Single user to assign; `0` removes every assignee.
    pub assignee_id: Option<u64>,
    /// Users to ask for a review; `0` or an empty list removes every reviewer.
    pub reviewer_ids: Option<Vec<u64>>,
    /// Global ID of the milestone; `0` removes the milestone.
    pub milestone_id: Option<u64>,
    /// Names of the labels to set, replacing the current ones; empty removes all labels
    /// (GitLab also accepts one comma-separated string).
    pub labels: Option<Vec<String>>,
    /// Names of labels to add (GitLab also accepts one comma-separated string).
    pub add_labels: Option<Vec<String>>,
    /// Names of labels to remove (GitLab also accepts one comma-separated string).
    pub remove_labels: Option<Vec<String>>,
    /// Close or reopen the merge request.
    pub state_event: Option<MergeRequestStateEvent>,
    /// Restrict new comments (and editing or resolving them) to project members.
    pub discussion_locked: Option<bool>,
    /// Fields shared with creating.
    #[param(flatten)]
    pub fields: MergeRequestFields,
}

/// Delete a merge request (administrators and project owners).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/merge_requests/{merge_request_iid}",
    tag = "Merge requests",
    response = (),
)]
pub struct DeleteMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Merge a merge request, now or once its pipeline succeeds.
///
/// Fails with `401` when the user may not merge it, `405` when it is a draft, closed, or its
/// pipeline is pending or failed, `406` when it cannot be merged, and `409` when `sha` is not
/// the head of the source branch.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/merge_requests/{merge_request_iid}/merge",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/merge_merge_request.json",
)]
pub struct MergeMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Message of the merge commit, instead of the default one.
    pub merge_commit_message: Option<String>,
    /// Message of the squash commit, instead of the default one.
    pub squash_commit_message: Option<String>,
    /// Squash the commits into one.
    pub squash: Option<bool>,
    /// Delete the source branch once merged.
    pub should_remove_source_branch: Option<bool>,
    /// Wait for the pipeline to succeed, then merge.
    pub merge_when_pipeline_succeeds: Option<bool>,
    /// Merge only if the source branch's head is this commit.
    pub sha: Option<String>,
}

/// Update the merge ref of a merge request and get its head commit.
///
/// Merges the source branch into `refs/merge-requests/:iid/merge` of the target project, as
/// merging into the target branch would, without touching the target branch itself. Answers
/// `400` with the reason when the merge request has conflicts, is empty or is already merged.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/merge_ref",
    tag = "Merge requests",
    response = MergeRequestMergeRef,
    example = "merge_requests/get_merge_request_merge_ref.json",
)]
pub struct GetMergeRequestMergeRef {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Stop a merge request from merging automatically when its pipeline succeeds.
///
/// Fails with `401` when the user may not do this, `405` when it is already merged or closed,
/// and `406` when it was not set to merge once the pipeline succeeds.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/cancel_merge_when_pipeline_succeeds",
    tag = "Merge requests",
    response = MergeRequest,
    example = "merge_requests/cancel_merge_when_pipeline_succeeds.json",
)]
pub struct CancelMergeWhenPipelineSucceeds {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Rebase the source branch of a merge request onto its target branch.
///
/// The rebase runs in the background: the call answers `202` once it is queued; poll the
/// merge request with `include_rebase_in_progress=true` to follow it (`merge_error` tells why
/// it failed). Answers `403` when the user may not push to the source branch.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/merge_requests/{merge_request_iid}/rebase",
    tag = "Merge requests",
    response = MergeRequestRebase,
    status = 202,
    example = "merge_requests/rebase_merge_request.json",
)]
pub struct RebaseMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project (its internal ID).
    #[param(path)]
    pub merge_request_iid: u64,
    /// Do not start a CI pipeline for the rebased branch.
    pub skip_ci: Option<bool>,
}
