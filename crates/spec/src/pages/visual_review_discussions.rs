//! The visual review discussions page: comments left on merge requests from review apps.
//!
//! The visual review toolbar of a review app posts its feedback here. The route is meant to
//! work without a user's token: GitLab writes the thread as its Visual Review Bot user, so
//! anonymous callers can leave feedback on merge requests they can read (those of public
//! projects). A caller who does send a token is named, with their email address, at the top of
//! the comment.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{DiffPositionType, Discussion};

/// Where a visual review thread points in the merge request's diff: the three commits that
/// define the diff, the file, and a line (text files) or a point (images).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct VisualReviewPositionParams {
    /// SHA of the base commit in the source branch.
    pub base_sha: String,
    /// SHA of the start commit in the target branch.
    pub start_sha: String,
    /// SHA of the head commit of the merge request.
    pub head_sha: String,
    /// Whether the thread points at text lines or at an image.
    pub position_type: DiffPositionType,
    /// Path of the file after the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// Line number after the change (text positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_line: Option<u64>,
    /// Path of the file before the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// Line number before the change (text positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_line: Option<u64>,
    /// Width of the image (image positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
    /// Height of the image (image positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u64>,
    /// Horizontal coordinate of the point in the image (image positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<u64>,
    /// Vertical coordinate of the point in the image (image positions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<u64>,
}

/// Start a thread on a merge request from a review app's visual review toolbar.
///
/// Works without a user's token on merge requests the caller can read: the thread is written
/// by GitLab's Visual Review Bot. With a token, the comment starts by naming the caller and
/// their email address. A Premium feature. Answers the new thread.
// The page shows no example answer; GitLab answers the thread (its Discussion entity).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/visual_review_discussions",
    tag = "Visual review discussions",
    response = Discussion,
    public,
    example = "visual_review_discussions/create_visual_review_discussion.json",
)]
pub struct CreateVisualReviewDiscussion {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Markdown text of the comment.
    pub body: String,
    /// Where in the diff the thread points; without it, the thread is on the merge request as
    /// a whole.
    pub position: Option<VisualReviewPositionParams>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![CreateVisualReviewDiscussion]
}
