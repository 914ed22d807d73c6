//! Issues and what the issues page answers with: the issue itself and its parts (milestone,
//! references, time tracking, links, epic, iteration), merge requests that mention or close an
//! issue, metric images and spam-check details.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Milestone, UserBasic};

/// Lifecycle state of an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueState {
    /// Open.
    Opened,
    /// Closed.
    Closed,
}

/// Kind of work item an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueType {
    /// A regular issue.
    Issue,
    /// An incident (operations).
    Incident,
    /// A test case (quality management).
    TestCase,
}

/// An issue of a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Issue {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the issue inside its project (`#12`).
    pub iid: u64,
    /// ID of the project the issue belongs to.
    pub project_id: u64,
    /// Title.
    pub title: String,
    /// Markdown description; `null` when empty.
    pub description: Option<String>,
    /// Whether the issue is open or closed.
    pub state: IssueState,
    /// When the issue was created.
    pub created_at: DateTime<Utc>,
    /// When the issue was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the issue was closed; `null` while open.
    pub closed_at: Option<DateTime<Utc>>,
    /// Who closed the issue; `null` while open.
    pub closed_by: Option<UserBasic>,
    /// Labels on the issue: names, or label objects when `with_labels_details=true` was asked.
    pub labels: Vec<IssueLabel>,
    /// Milestone the issue is planned for, if any.
    pub milestone: Option<Milestone>,
    /// Users the issue is assigned to.
    pub assignees: Option<Vec<UserBasic>>,
    /// First assignee (kept for older clients; use `assignees`).
    pub assignee: Option<UserBasic>,
    /// Who opened the issue.
    pub author: UserBasic,
    /// Work item type in upper case (`ISSUE`, `INCIDENT`, `TEST_CASE`).
    #[serde(rename = "type")]
    pub r#type: Option<String>,
    /// Number of comments written by users (system notes excluded).
    pub user_notes_count: Option<u64>,
    /// Number of merge requests that mention the issue and close it on merge.
    pub merge_requests_count: u64,
    /// Number of thumbs-up reactions.
    pub upvotes: u64,
    /// Number of thumbs-down reactions.
    pub downvotes: u64,
    /// Due date, if set.
    pub due_date: Option<NaiveDate>,
    /// Whether only project members with enough access may see the issue.
    pub confidential: bool,
    /// Whether new comments are restricted to project members; `null` when never set.
    pub discussion_locked: Option<bool>,
    /// Kind of work item.
    pub issue_type: IssueType,
    /// Severity, in upper case (`UNKNOWN`, `LOW`, `MEDIUM`, `HIGH`, `CRITICAL`).
    pub severity: String,
    /// Address of the issue in the web interface.
    pub web_url: String,
    /// The ways to refer to the issue in Markdown.
    pub references: IssueReferences,
    /// Time estimate and time spent.
    pub time_stats: Option<TimeStats>,
    /// Progress on the description's task list.
    pub task_completion_status: TaskCompletionStatus,
    /// Whether the description contains a task list.
    pub has_tasks: Option<bool>,
    /// Task list progress as text (`10 of 15 tasks completed`); only when there are tasks.
    pub task_status: Option<String>,
    /// API addresses of the issue and related resources.
    #[serde(rename = "_links")]
    pub links: Option<IssueLinks>,
    /// Whether the current user receives notifications about the issue.
    pub subscribed: Option<bool>,
    /// ID of the issue this one was moved to, if it was moved.
    pub moved_to_id: Option<u64>,
    /// Email address replies go to, for issues created by the service desk.
    pub service_desk_reply_to: Option<String>,
    /// Number of issues this one blocks (Premium and up).
    pub blocking_issues_count: Option<u64>,
    /// Weight (Premium and up); `null` when not set.
    pub weight: Option<u64>,
    /// Internal ID of the epic (Premium and up). Deprecated: use `epic.iid`.
    pub epic_iid: Option<u64>,
    /// Epic the issue belongs to (Premium and up).
    pub epic: Option<IssueEpic>,
    /// Iteration the issue is scheduled in (Premium and up).
    pub iteration: Option<IssueIteration>,
    /// Health status (Ultimate): `on_track`, `needs_attention` or `at_risk`.
    pub health_status: Option<String>,
}

/// A label of an issue: its name, or its details when they were asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum IssueLabel {
    /// The label's name (the default form).
    Name(String),
    /// The label's details (with `with_labels_details=true`).
    Details(IssueLabelDetails),
}

/// The details of a label attached to an issue, as listed with `with_labels_details=true`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueLabelDetails {
    /// Label name.
    pub name: String,
    /// Background colour, as `#RRGGBB`.
    pub color: String,
    /// Description; `null` when empty.
    pub description: Option<String>,
    /// Description rendered as HTML.
    pub description_html: Option<String>,
    /// Text colour that reads well on `color`.
    pub text_color: String,
}

/// Time tracking figures of an issue or merge request, in seconds and in human form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TimeStats {
    /// Estimated effort, in seconds.
    pub time_estimate: u64,
    /// Total time logged, in seconds.
    pub total_time_spent: i64,
    /// Estimate in human form (`3h 30m`); `null` when there is none.
    pub human_time_estimate: Option<String>,
    /// Time logged in human form (`1h`); `null` when none was logged.
    pub human_total_time_spent: Option<String>,
}

/// The Markdown references to an issue or merge request, in their three forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueReferences {
    /// Reference inside its own project (`#6`, `!4`).
    pub short: String,
    /// Reference relative to the group or project of the request.
    pub relative: String,
    /// Reference with the full project path (`group/project#6`).
    pub full: String,
}

/// API addresses of an issue and the resources around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueLinks {
    /// The issue itself.
    #[serde(rename = "self")]
    pub self_: String,
    /// The issue's notes.
    pub notes: String,
    /// The issue's emoji reactions.
    pub award_emoji: String,
    /// The issue's project.
    pub project: String,
    /// The issue this one was closed as a duplicate of, if any.
    pub closed_as_duplicate_of: Option<String>,
}

/// Progress on the task list (checkboxes) of a description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TaskCompletionStatus {
    /// Number of tasks.
    pub count: u64,
    /// Number of tasks checked off.
    pub completed_count: u64,
}

/// The epic an issue belongs to, in short form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueEpic {
    /// Global numeric ID of the epic.
    pub id: u64,
    /// Number of the epic inside its group.
    pub iid: u64,
    /// Title of the epic.
    pub title: String,
    /// Relative web address of the epic.
    pub url: String,
    /// ID of the group the epic belongs to.
    pub group_id: u64,
}

/// The iteration an issue is scheduled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueIteration {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the iteration inside its group.
    pub iid: u64,
    /// Position of the iteration in its cadence.
    pub sequence: u64,
    /// ID of the group the iteration belongs to.
    pub group_id: u64,
    /// Title; `null` for iterations of an automatic cadence.
    pub title: Option<String>,
    /// Description; `null` when empty.
    pub description: Option<String>,
    /// State as a number: 1 upcoming, 2 current, 3 closed.
    pub state: u64,
    /// When the iteration was created.
    pub created_at: DateTime<Utc>,
    /// When the iteration was last changed.
    pub updated_at: DateTime<Utc>,
    /// First day of the iteration.
    pub start_date: NaiveDate,
    /// Last day of the iteration.
    pub due_date: NaiveDate,
    /// Address of the iteration in the web interface.
    pub web_url: String,
}

/// An image of metrics attached to an incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MetricImage {
    /// Numeric ID of the image.
    pub id: u64,
    /// When the image was uploaded.
    pub created_at: DateTime<Utc>,
    /// Name of the uploaded file.
    pub filename: String,
    /// Path of the file on the GitLab host.
    pub file_path: String,
    /// Link to more metric information, if given.
    pub url: Option<String>,
    /// Text describing the image or link, if given.
    pub url_text: Option<String>,
}

/// What GitLab recorded about the client that created a resource, for spam checks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserAgentDetail {
    /// `User-Agent` header of the creating request.
    pub user_agent: String,
    /// IP address the request came from.
    pub ip_address: String,
    /// Whether the resource was reported to Akismet.
    pub akismet_submitted: bool,
}
