//! Milestones of projects and groups, and the burndown chart events of a milestone.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A milestone: a timebox issues and merge requests are planned for.
///
/// A project milestone carries `project_id`, a group milestone `group_id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Milestone {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the milestone inside its project or group.
    pub iid: u64,
    /// ID of the project, for project milestones.
    pub project_id: Option<u64>,
    /// ID of the group, for group milestones.
    pub group_id: Option<u64>,
    /// Title.
    pub title: String,
    /// Description; `null` when empty.
    pub description: Option<String>,
    /// Whether the milestone is active or closed.
    pub state: MilestoneState,
    /// When the milestone was created.
    pub created_at: DateTime<Utc>,
    /// When the milestone was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the milestone was closed, if it was.
    pub closed_at: Option<DateTime<Utc>>,
    /// First day of the milestone, if set.
    pub start_date: Option<NaiveDate>,
    /// Last day of the milestone, if set.
    pub due_date: Option<NaiveDate>,
    /// Whether the due date has passed; `null` without a due date, missing in embedded
    /// milestones.
    pub expired: Option<bool>,
    /// Address of the milestone in the web interface.
    pub web_url: Option<String>,
    /// Issue counts, sent only in the milestones a release embeds.
    pub issue_stats: Option<MilestoneIssueStats>,
}

/// State of a milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneState {
    /// Open for planning.
    Active,
    /// Closed.
    Closed,
}

/// One change to an issue of a milestone, as plotted on its burndown chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BurndownEvent {
    /// When it happened.
    pub created_at: DateTime<Utc>,
    /// Weight of the issue at that time, if it had one.
    pub weight: Option<u64>,
    /// What happened to the issue.
    pub action: BurndownEventAction,
}

/// What happened to an issue in a burndown event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BurndownEventAction {
    /// The issue was opened (or added to the milestone).
    Created,
    /// The issue was closed.
    Closed,
    /// The issue was reopened.
    Reopened,
}

/// Issue counts of a milestone embedded in a release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MilestoneIssueStats {
    /// Issues in the milestone. GitLab's release entity sends `total` and `closed`; one docs
    /// example shows `opened` instead of `total`, so both are optional.
    pub total: Option<u64>,
    /// Closed issues in the milestone.
    pub closed: u64,
    /// Open issues (only in that docs example).
    pub opened: Option<u64>,
}
