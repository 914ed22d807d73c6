//! Epics of a group (Premium and up): the epic itself, the short form answered when a child
//! epic is created, and the issues of an epic with their place in it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Issue, IssueLabel, IssueReferences, UserBasic};

/// Lifecycle state of an epic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EpicState {
    /// Open.
    Opened,
    /// Closed.
    Closed,
}

/// API addresses of an epic and of the resources around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EpicLinks {
    /// The epic itself.
    #[serde(rename = "self")]
    pub self_: String,
    /// The issues of the epic.
    pub epic_issues: String,
    /// The group the epic belongs to.
    pub group: String,
    /// The parent epic; `null` for an epic without a parent.
    pub parent: Option<String>,
}

/// An epic of a group.
///
/// The fixed and inherited dates (`*_is_fixed`, `*_fixed`, `*_from_inherited_source`,
/// `*_from_milestones`) are only sent to users who may edit the epic; `subscribed` only when
/// one epic is read.
// GitLab's current epic entity always sends `state`, `web_url`, `references`, `closed_at`,
// `confidential`, the vote counts and `_links`; the docs' examples of the epic links page (an
// older form) leave them out, and some examples leave out `confidential`, `color` or `_links`,
// so those fields are optional here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Epic {
    /// Global numeric ID (used to address an epic across groups).
    pub id: u64,
    /// Number of the epic inside its group (`&4`).
    pub iid: u64,
    /// ID of the group the epic belongs to.
    pub group_id: u64,
    /// Global ID of the parent epic; `null` for a top-level epic.
    pub parent_id: Option<u64>,
    /// Internal ID of the parent epic; `null` for a top-level epic (GitLab 14.6 and later).
    pub parent_iid: Option<u64>,
    /// Title.
    pub title: String,
    /// Markdown description; `null` when empty.
    pub description: Option<String>,
    /// Whether only group members with enough access may see the epic.
    pub confidential: Option<bool>,
    /// Who created the epic.
    pub author: UserBasic,
    /// Start date in effect: the fixed one, or the one inherited from milestones and children.
    pub start_date: Option<NaiveDate>,
    /// Whether the start date is the fixed one rather than the inherited one (editors only).
    pub start_date_is_fixed: Option<bool>,
    /// Fixed start date, if set (editors only).
    pub start_date_fixed: Option<NaiveDate>,
    /// Start date inherited from milestones (editors only). Deprecated: use
    /// `start_date_from_inherited_source`.
    pub start_date_from_milestones: Option<NaiveDate>,
    /// Start date inherited from milestones and child epics (editors only).
    pub start_date_from_inherited_source: Option<NaiveDate>,
    /// Due date in effect. Deprecated: use `due_date`.
    pub end_date: Option<NaiveDate>,
    /// Due date in effect: the fixed one, or the one inherited from milestones and children.
    pub due_date: Option<NaiveDate>,
    /// Whether the due date is the fixed one rather than the inherited one (editors only).
    pub due_date_is_fixed: Option<bool>,
    /// Fixed due date, if set (editors only).
    pub due_date_fixed: Option<NaiveDate>,
    /// Due date inherited from milestones (editors only). Deprecated: use
    /// `due_date_from_inherited_source`.
    pub due_date_from_milestones: Option<NaiveDate>,
    /// Due date inherited from milestones and child epics (editors only).
    pub due_date_from_inherited_source: Option<NaiveDate>,
    /// Whether the epic is open or closed.
    pub state: Option<EpicState>,
    /// Relative web address of the epic (editors only). Deprecated.
    pub web_edit_url: Option<String>,
    /// Address of the epic in the web interface.
    pub web_url: Option<String>,
    /// Full Markdown reference (`group&4`). Deprecated: use `references`.
    pub reference: Option<String>,
    /// The ways to refer to the epic in Markdown.
    pub references: Option<IssueReferences>,
    /// When the epic was created.
    pub created_at: DateTime<Utc>,
    /// When the epic was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the epic was closed; `null` while open.
    pub closed_at: Option<DateTime<Utc>>,
    /// Labels on the epic: names, or label objects when `with_labels_details=true` was asked.
    pub labels: Vec<IssueLabel>,
    /// Number of thumbs-up reactions.
    pub upvotes: Option<u64>,
    /// Number of thumbs-down reactions.
    pub downvotes: Option<u64>,
    /// Highlight colour, as `#RRGGBB` (GitLab 14.8 and later).
    pub color: Option<String>,
    /// Colour of text drawn on `color`.
    pub text_color: Option<String>,
    /// Whether the current user receives notifications about the epic (only when one epic is
    /// read).
    pub subscribed: Option<bool>,
    /// API addresses of the epic and related resources.
    #[serde(rename = "_links")]
    pub links: Option<EpicLinks>,
}

/// The short form of a child epic, answered when a child epic is created under a parent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LinkedEpic {
    /// Global numeric ID of the new epic.
    pub id: u64,
    /// Number of the new epic inside its group.
    pub iid: u64,
    /// Title.
    pub title: String,
    /// ID of the group the epic belongs to.
    pub group_id: u64,
    /// Global ID of the parent epic.
    pub parent_id: Option<u64>,
    /// Whether the epic has child epics.
    pub has_children: bool,
    /// Whether the epic has issues.
    pub has_issues: bool,
    /// Markdown reference of the epic (`&2`).
    pub reference: String,
    /// Address of the epic in the web interface.
    pub url: String,
    /// Web address of the link between the parent and this epic.
    pub relation_url: String,
}

/// An issue of an epic: the issue, plus the ID of its assignment to the epic and its place in
/// the epic's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EpicIssue {
    /// The issue.
    #[serde(flatten)]
    pub issue: Issue,
    /// ID of the assignment of the issue to the epic (used to move or remove it).
    pub epic_issue_id: u64,
    /// Place of the issue among the epic's issues (lower comes first); `null` when never set.
    pub relative_position: Option<i64>,
}

/// The assignment of an issue to an epic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EpicIssueLink {
    /// ID of the assignment.
    pub id: u64,
    /// Place of the issue among the epic's issues (lower comes first); `null` when never set.
    pub relative_position: Option<i64>,
    /// The epic.
    pub epic: Epic,
    /// The issue.
    pub issue: Issue,
}
