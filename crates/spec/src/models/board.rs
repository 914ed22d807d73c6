//! Issue boards of projects and groups, and the lists (columns) of a board.
//!
//! One `Board` model serves project and group boards: a project board carries `project` (and a
//! `null` group), a group board carries `group` (and a `null` project). The board's scope
//! (`milestone`, `assignee`, `labels`, `weight`) is only sent on tiers with configurable boards.
//!
//! The docs' examples embed shortened forms of projects, labels and milestones, which the shared
//! models (`BasicProjectDetails`, `Label`, `Milestone`) do not accept; the forms below follow
//! GitLab's entities for boards and leave optional what those examples omit.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{IssueIteration, Milestone, MilestoneState, NamespaceBasic, UserBasic};

/// An issue board of a project or of a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Board {
    /// Numeric ID of the board.
    pub id: u64,
    /// Name of the board.
    pub name: String,
    /// Whether the board hides its Open list.
    pub hide_backlog_list: Option<bool>,
    /// Whether the board hides its Closed list.
    pub hide_closed_list: Option<bool>,
    /// The project of a project board; `null` (or missing) on group boards.
    pub project: Option<BoardProject>,
    /// The group of a group board; `null` (or missing) on project boards.
    pub group: Option<BasicGroupDetails>,
    /// Milestone the board is scoped to, if any (paid tiers).
    pub milestone: Option<BoardMilestone>,
    /// User the board is scoped to, if any (paid tiers).
    pub assignee: Option<UserBasic>,
    /// Labels the board is scoped to (paid tiers).
    pub labels: Option<Vec<BoardLabel>>,
    /// Weight the board is scoped to, if any (paid tiers).
    pub weight: Option<u64>,
    /// The board's lists, without its Open and Closed lists.
    pub lists: Vec<BoardList>,
}

/// One list (column) of an issue board: the issues with a label, a milestone, an iteration or
/// an assignee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BoardList {
    /// Numeric ID of the list.
    pub id: u64,
    /// The label of a label list; `null` for other kinds of lists.
    pub label: Option<BoardLabel>,
    /// Position of the list on the board, from `0`.
    pub position: u64,
    /// The milestone of a milestone list (only sent on those).
    pub milestone: Option<Milestone>,
    /// The iteration of an iteration list (only sent on those).
    pub iteration: Option<IssueIteration>,
    /// The user of an assignee list (only sent on those).
    pub assignee: Option<UserSafe>,
    /// Most issues the list should hold; `0` for no limit (tiers with work-in-progress limits).
    pub max_issue_count: Option<u64>,
    /// Most total weight the list should hold; `0` for no limit (tiers with work-in-progress
    /// limits).
    pub max_issue_weight: Option<u64>,
    /// Which limits apply to the list; `null` when none was chosen.
    pub limit_metric: Option<BoardListLimitMetric>,
}

/// Which work-in-progress limits of a board list apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BoardListLimitMetric {
    /// Both the issue count and the weight limits.
    AllMetrics,
    /// Only the limit on the number of issues.
    IssueCount,
    /// Only the limit on the total weight.
    IssueWeights,
}

/// The project of a project board, in short form (GitLab's basic project details).
///
/// The docs' examples show only the names, paths and URLs, so everything else is optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BoardProject {
    /// Numeric project ID.
    pub id: u64,
    /// Description text, if any.
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
    pub created_at: Option<DateTime<Utc>>,
    /// Default branch; `null` for an empty repository.
    pub default_branch: Option<String>,
    /// Topics (deprecated name of `topics`).
    pub tag_list: Option<Vec<String>>,
    /// Topics.
    pub topics: Option<Vec<String>>,
    /// Clone URL over SSH.
    pub ssh_url_to_repo: Option<String>,
    /// Clone URL over HTTP(S).
    pub http_url_to_repo: String,
    /// URL of the project's page.
    pub web_url: String,
    /// URL of the README; `null` when there is none.
    pub readme_url: Option<String>,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// Number of stars.
    pub star_count: Option<u64>,
    /// Number of forks.
    pub forks_count: Option<u64>,
    /// Time of the latest activity.
    pub last_activity_at: Option<DateTime<Utc>>,
    /// Namespace holding the project.
    pub namespace: Option<NamespaceBasic>,
}

/// A group in its shortest form: ID, name and page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BasicGroupDetails {
    /// Numeric group ID.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// URL of the group's page.
    pub web_url: String,
}

/// The milestone a board is scoped to: a real milestone (all fields), or one of the special
/// scopes `Upcoming` and `Started`, of which GitLab sends only the `title`.
///
/// The docs' examples also show a milestone cut down to `id` and `title`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BoardMilestone {
    /// Global numeric ID; missing for the special scopes.
    pub id: Option<u64>,
    /// Number of the milestone inside its project or group.
    pub iid: Option<u64>,
    /// ID of the project, for project milestones.
    pub project_id: Option<u64>,
    /// ID of the group, for group milestones.
    pub group_id: Option<u64>,
    /// Title (`Upcoming` or `Started` for the special scopes).
    pub title: String,
    /// Description; `null` when empty.
    pub description: Option<String>,
    /// Whether the milestone is active or closed.
    pub state: Option<MilestoneState>,
    /// When the milestone was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the milestone was last changed.
    pub updated_at: Option<DateTime<Utc>>,
    /// First day of the milestone, if set.
    pub start_date: Option<NaiveDate>,
    /// Last day of the milestone, if set.
    pub due_date: Option<NaiveDate>,
    /// Whether the due date has passed.
    pub expired: Option<bool>,
    /// Address of the milestone in the web interface.
    pub web_url: Option<String>,
}

/// A label as boards and their lists show it (GitLab's basic label form).
///
/// The docs' examples of lists show only the name, color and description, so the rest is
/// optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BoardLabel {
    /// Numeric ID of the label.
    pub id: Option<u64>,
    /// Name (title) of the label.
    pub name: String,
    /// Background color, as `#RRGGBB` or a CSS color name.
    pub color: String,
    /// Description in Markdown; `null` or empty when there is none.
    pub description: Option<String>,
    /// Description rendered to HTML.
    pub description_html: Option<String>,
    /// Color of the text drawn on the label.
    pub text_color: Option<String>,
}

/// A user in its smallest form: ID, login and display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserSafe {
    /// Numeric user ID.
    pub id: u64,
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
}
