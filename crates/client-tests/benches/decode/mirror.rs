//! A hand-written mirror of `gitlab_client::models::Issue` and every type it reaches.
//!
//! This is the baseline of the `decode_100_issues` benchmark: the structs a person would write
//! for the same JSON, with the same field types (`i64`, `String`, `bool`, chrono date types),
//! `Option` exactly where the generated type has it, and plain `#[derive(Deserialize)]` enums
//! where the generated client has its own string enums with an `Unknown(String)` fallback.

// The fields are only ever decoded into, never read: their job is to make serde do the same
// work as for the generated types.
#![allow(dead_code)]

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

/// Mirror of `Issue`.
#[derive(Debug, Deserialize)]
pub struct Issue {
    pub id: i64,
    pub iid: i64,
    pub project_id: i64,
    pub title: String,
    pub description: Option<String>,
    pub state: IssueState,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
    pub closed_at: Option<DateTime<FixedOffset>>,
    pub closed_by: Option<UserBasic>,
    pub labels: Vec<IssueLabel>,
    pub milestone: Option<Milestone>,
    pub assignees: Option<Vec<UserBasic>>,
    pub assignee: Option<UserBasic>,
    pub author: UserBasic,
    pub r#type: Option<String>,
    pub user_notes_count: Option<i64>,
    pub merge_requests_count: i64,
    pub upvotes: i64,
    pub downvotes: i64,
    pub due_date: Option<NaiveDate>,
    pub confidential: bool,
    pub discussion_locked: Option<bool>,
    pub issue_type: IssueType,
    pub severity: String,
    pub web_url: String,
    pub references: IssueReferences,
    pub time_stats: Option<TimeStats>,
    pub task_completion_status: TaskCompletionStatus,
    pub has_tasks: Option<bool>,
    pub task_status: Option<String>,
    #[serde(rename = "_links")]
    pub links: Option<IssueLinks>,
    pub subscribed: Option<bool>,
    pub moved_to_id: Option<i64>,
    pub service_desk_reply_to: Option<String>,
    pub blocking_issues_count: Option<i64>,
    pub weight: Option<i64>,
    pub epic_iid: Option<i64>,
    pub epic: Option<IssueEpic>,
    pub iteration: Option<IssueIteration>,
    pub health_status: Option<String>,
}

/// Mirror of `IssueState`; `#[serde(other)]` stands in for the generated `Unknown(String)`.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueState {
    Opened,
    Closed,
    #[serde(other)]
    Unknown,
}

/// Mirror of `IssueType`.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueType {
    Issue,
    Incident,
    TestCase,
    #[serde(other)]
    Unknown,
}

/// Mirror of `MilestoneState`.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneState {
    Active,
    Closed,
    #[serde(other)]
    Unknown,
}

/// Mirror of `UserBasic`.
#[derive(Debug, Deserialize)]
pub struct UserBasic {
    pub id: i64,
    pub username: String,
    pub name: String,
    pub state: String,
    pub avatar_url: Option<String>,
    pub web_url: String,
}

/// Mirror of the untagged `IssueLabel`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum IssueLabel {
    String(String),
    IssueLabelDetails(IssueLabelDetails),
}

/// Mirror of `IssueLabelDetails`.
#[derive(Debug, Deserialize)]
pub struct IssueLabelDetails {
    pub name: String,
    pub color: String,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub text_color: String,
}

/// Mirror of `Milestone`.
#[derive(Debug, Deserialize)]
pub struct Milestone {
    pub id: i64,
    pub iid: i64,
    pub project_id: Option<i64>,
    pub group_id: Option<i64>,
    pub title: String,
    pub description: Option<String>,
    pub state: MilestoneState,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
    pub closed_at: Option<DateTime<FixedOffset>>,
    pub start_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub expired: Option<bool>,
    pub web_url: Option<String>,
}

/// Mirror of `IssueReferences`.
#[derive(Debug, Deserialize)]
pub struct IssueReferences {
    pub short: String,
    pub relative: String,
    pub full: String,
}

/// Mirror of `TimeStats`.
#[derive(Debug, Deserialize)]
pub struct TimeStats {
    pub time_estimate: i64,
    pub total_time_spent: i64,
    pub human_time_estimate: Option<String>,
    pub human_total_time_spent: Option<String>,
}

/// Mirror of `TaskCompletionStatus`.
#[derive(Debug, Deserialize)]
pub struct TaskCompletionStatus {
    pub count: i64,
    pub completed_count: i64,
}

/// Mirror of `IssueLinks`.
#[derive(Debug, Deserialize)]
pub struct IssueLinks {
    #[serde(rename = "self")]
    pub self_: String,
    pub notes: String,
    pub award_emoji: String,
    pub project: String,
    pub closed_as_duplicate_of: Option<String>,
}

/// Mirror of `IssueEpic`.
#[derive(Debug, Deserialize)]
pub struct IssueEpic {
    pub id: i64,
    pub iid: i64,
    pub title: String,
    pub url: String,
    pub group_id: i64,
}

/// Mirror of `IssueIteration`.
#[derive(Debug, Deserialize)]
pub struct IssueIteration {
    pub id: i64,
    pub iid: i64,
    pub sequence: i64,
    pub group_id: i64,
    pub title: Option<String>,
    pub description: Option<String>,
    pub state: i64,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
    pub start_date: NaiveDate,
    pub due_date: NaiveDate,
    pub web_url: String,
}
