//! To-do items: what the to-do list answers, and what adding a to-do item on an issue or a
//! merge request answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Commit, Issue, MergeRequest, NamespaceBasic, UserBasic};

/// Why a to-do item was created.
///
/// Also a filter of the to-do list.
// The docs list the first eight values; GitLab also records `review_requested` (since 13.8) and
// accepts any action name it records as a filter, so that value is kept too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TodoAction {
    /// The user was assigned to the target.
    Assigned,
    /// The user was mentioned in the target or in one of its comments.
    Mentioned,
    /// A pipeline of the user's merge request failed.
    BuildFailed,
    /// The user added the to-do item by hand.
    Marked,
    /// The user's approval is needed on a merge request.
    ApprovalRequired,
    /// The user's merge request can no longer be merged (conflicts).
    Unmergeable,
    /// The user was mentioned at the start of a line, addressing them directly.
    DirectlyAddressed,
    /// The user's merge request was taken off its merge train.
    MergeTrainRemoved,
    /// The user was asked to review a merge request.
    ReviewRequested,
}

/// Whether a to-do item still awaits the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TodoState {
    /// Still to do.
    Pending,
    /// Marked as done.
    Done,
}

/// Kind of object a to-do item is about (its `target_type`).
///
/// Also a filter of the to-do list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum TodoTargetType {
    /// An issue; `target` is an issue.
    Issue,
    /// A merge request; `target` is a merge request.
    MergeRequest,
    /// A commit; `target` is a commit.
    Commit,
    /// An epic (Premium and up).
    Epic,
    /// A design attached to an issue.
    #[serde(rename = "DesignManagement::Design")]
    DesignManagementDesign,
    /// An alert of the incident management.
    #[serde(rename = "AlertManagement::Alert")]
    AlertManagementAlert,
}

/// The object a to-do item is about; `target_type` says which of these it is.
///
/// The targets of epic, design and alert to-do items are not described here (no model for
/// them exists yet).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum TodoTarget {
    /// The issue (`target_type` is `Issue`).
    Issue(Box<Issue>),
    /// The merge request (`target_type` is `MergeRequest`).
    MergeRequest(Box<MergeRequest>),
    /// The commit (`target_type` is `Commit`).
    Commit(Box<Commit>),
}

/// The project of a to-do item, in short form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TodoProject {
    /// Numeric project ID.
    pub id: u64,
    /// Description text; sent by newer GitLab versions.
    pub description: Option<String>,
    /// Project name.
    pub name: String,
    /// Project name preceded by its namespace's name.
    pub name_with_namespace: String,
    /// Project path (URL slug).
    pub path: String,
    /// Full path of the project, namespace included.
    pub path_with_namespace: String,
    /// When the project was created; sent by newer GitLab versions.
    pub created_at: Option<DateTime<Utc>>,
}

/// A to-do item of the current user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Todo {
    /// Numeric to-do ID.
    pub id: u64,
    /// Project the target belongs to; missing for targets that belong to a group (epics).
    pub project: Option<TodoProject>,
    /// Group the target belongs to; only for targets of a group (epics).
    pub group: Option<NamespaceBasic>,
    /// Who caused the to-do item.
    pub author: UserBasic,
    /// Why the to-do item exists.
    pub action_name: TodoAction,
    /// Kind of `target`.
    pub target_type: TodoTargetType,
    /// The issue, merge request or commit the to-do item is about.
    pub target: TodoTarget,
    /// Address of the target in the web interface.
    pub target_url: String,
    /// Text of the to-do item (the target's title, or the comment that caused it).
    pub body: String,
    /// Whether the to-do item is pending or done.
    pub state: TodoState,
    /// When the to-do item was created.
    pub created_at: DateTime<Utc>,
    /// When the to-do item last changed (missing from answers of older GitLab versions).
    pub updated_at: Option<DateTime<Utc>>,
}
