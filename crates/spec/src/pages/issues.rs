//! The issues page: listing, reading, creating, editing, moving and cloning issues; their
//! subscriptions, to-do items, time tracking, related merge requests, participants, spam-check
//! details and metric images.

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params, Upload};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Issue, IssueType, MergeRequest, MetricImage, TimeStats, Todo, UserAgentDetail, UserBasic,
};

/// Which issues to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueStateFilter {
    /// Open issues only.
    Opened,
    /// Closed issues only.
    Closed,
    /// Open and closed issues.
    All,
}

/// Whose issues to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueScope {
    /// Issues the current user opened.
    CreatedByMe,
    /// Issues assigned to the current user.
    AssignedToMe,
    /// Every issue the current user can see.
    All,
}

/// Field to order a list of issues by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueOrderBy {
    /// Creation time (the default).
    CreatedAt,
    /// Due date.
    DueDate,
    /// Priority of the issue's labels.
    LabelPriority,
    /// Due date of the milestone.
    MilestoneDue,
    /// Number of thumbs-up reactions.
    Popularity,
    /// Priority (labels and milestone).
    Priority,
    /// Manual order, as set on boards or by reordering.
    RelativePosition,
    /// Title (documented for the list of all issues).
    Title,
    /// Last change.
    UpdatedAt,
    /// Weight.
    Weight,
}

/// Direction of a sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// Due-date window to filter issues by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueDueDateFilter {
    /// Issues without a due date (sent as `0`).
    #[serde(rename = "0")]
    NoDueDate,
    /// Issues with any due date.
    Any,
    /// Due today.
    Today,
    /// Due tomorrow.
    Tomorrow,
    /// Past their due date.
    Overdue,
    /// Due this week.
    Week,
    /// Due this month.
    Month,
    /// Due between two weeks ago and the end of next month.
    NextMonthAndPreviousTwoWeeks,
}

/// Field a search looks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueSearchField {
    /// The title.
    Title,
    /// The description.
    Description,
}

/// A keyword that matches on whether a value is set at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum NoneOrAny {
    /// The value is not set.
    None,
    /// The value is set, whatever it is.
    Any,
}

/// A number to match (a user, epic or iteration ID, a weight), or `None` / `Any`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum IssueNumberFilter {
    /// Match this value.
    Value(u64),
    /// Match on whether a value is set.
    Keyword(NoneOrAny),
}

/// Milestone timebox to filter issues by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum MilestoneIdFilter {
    /// Issues without a milestone.
    None,
    /// Issues with any milestone.
    Any,
    /// Issues whose milestone is due in the future.
    Upcoming,
    /// Issues whose milestone is open and has started.
    Started,
}

/// Filters an issue must NOT match, sent as `not[name]=value`.
///
/// The list of all issues documents `assignee_id`, `assignee_username`, `author_id`,
/// `author_username`, `iids`, `iteration_id`, `iteration_title`, `labels`, `milestone`,
/// `milestone_id` and `weight`; group and project lists document `labels`, `milestone`,
/// `author_id`, `author_username`, `assignee_id`, `assignee_username`, `my_reaction_emoji`,
/// `search` and `in`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueNegatedFilters {
    /// Leave out issues assigned to this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<u64>,
    /// Leave out issues assigned to these usernames.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_username: Option<Vec<String>>,
    /// Leave out issues opened by this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<u64>,
    /// Leave out issues opened by this username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_username: Option<String>,
    /// Leave out issues with these internal IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iids: Option<Vec<u64>>,
    /// Leave out issues in this iteration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iteration_id: Option<u64>,
    /// Leave out issues in the iteration with this title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iteration_title: Option<String>,
    /// Leave out issues with these labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Leave out issues in the milestone with this title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    /// Leave out issues in this milestone timebox.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_id: Option<MilestoneIdFilter>,
    /// Leave out issues with this weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<u64>,
    /// Leave out issues the current user reacted to with this emoji.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_reaction_emoji: Option<String>,
    /// Leave out issues matching this search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Fields the negated search looks in (`title`, `description`, comma-separated).
    #[serde(rename = "in", skip_serializing_if = "Option::is_none")]
    pub r#in: Option<String>,
}

/// Change of state requested when editing an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueStateEvent {
    /// Close the issue.
    Close,
    /// Reopen the issue.
    Reopen,
}

/// Filters shared by the three lists of issues (all, group, project).
///
/// Filters whose meaning or default differs between the lists (`milestone`, `scope`) or that
/// only some lists take are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct IssueListFilters {
    /// Only issues assigned to this user; `None` for unassigned, `Any` for assigned issues.
    /// Not together with `assignee_username`.
    pub assignee_id: Option<IssueNumberFilter>,
    /// Only issues assigned to these usernames (one only on the Free tier). Not together with
    /// `assignee_id`.
    pub assignee_username: Option<Vec<String>>,
    /// Only issues opened by this user. Not together with `author_username`.
    pub author_id: Option<u64>,
    /// Only issues opened by this username. Not together with `author_id`.
    pub author_username: Option<String>,
    /// Only confidential (`true`) or only non-confidential (`false`) issues.
    pub confidential: Option<bool>,
    /// Only issues created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
    /// Only issues created at or before this time.
    pub created_before: Option<DateTime<Utc>>,
    /// Only issues whose due date falls in this window.
    pub due_date: Option<IssueDueDateFilter>,
    /// Only issues in this epic; `None` for issues outside epics, `Any` for issues in one.
    pub epic_id: Option<IssueNumberFilter>,
    /// Only issues with these internal IDs.
    pub iids: Option<Vec<u64>>,
    /// Only issues of this type.
    pub issue_type: Option<IssueType>,
    /// Only issues in this iteration; `None` for unscheduled, `Any` for scheduled issues.
    /// Not together with `iteration_title`.
    pub iteration_id: Option<IssueNumberFilter>,
    /// Only issues in the iteration with this title. Not together with `iteration_id`.
    pub iteration_title: Option<String>,
    /// Only issues carrying all these labels; `None` for issues without labels, `Any` for
    /// issues with at least one.
    #[param(comma)]
    pub labels: Option<Vec<String>>,
    /// Only issues the current user reacted to with this emoji; `None` for no reaction,
    /// `Any` for any reaction.
    pub my_reaction_emoji: Option<String>,
    /// Filters the issues must not match.
    pub not: Option<IssueNegatedFilters>,
    /// Field to order by (default `created_at`).
    pub order_by: Option<IssueOrderBy>,
    /// Text to look for in titles and descriptions.
    pub search: Option<String>,
    /// Sort direction (default `desc`).
    pub sort: Option<IssueSort>,
    /// Only issues in this state (default: all).
    pub state: Option<IssueStateFilter>,
    /// Only issues changed at or after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only issues changed at or before this time.
    pub updated_before: Option<DateTime<Utc>>,
    /// Only issues with this weight; `None` for no weight, `Any` for any weight.
    pub weight: Option<IssueNumberFilter>,
    /// Answer labels as objects (name, colours, descriptions) rather than names.
    pub with_labels_details: Option<bool>,
}

/// List the issues visible to the current user.
///
/// Without `scope`, only issues the current user opened are listed; `scope=all` lists every
/// issue the user can see.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/issues",
    tag = "Issues",
    response = Vec<Issue>,
    paginate = offset,
    example = "issues/list_issues.json",
)]
pub struct ListIssues {
    /// Fields `search` looks in (default: title and description).
    #[param(comma)]
    pub r#in: Option<Vec<IssueSearchField>>,
    /// Only issues in the milestone with this title (`None` and `Any` also work but are on
    /// their way out: prefer `milestone_id`). Not together with `milestone_id`.
    pub milestone: Option<String>,
    /// Only issues in this milestone timebox. Not together with `milestone`.
    pub milestone_id: Option<MilestoneIdFilter>,
    /// Leave out issues of archived projects (default `true`).
    pub non_archived: Option<bool>,
    /// Whose issues to list (default `created_by_me`).
    pub scope: Option<IssueScope>,
    /// Filters every list of issues takes.
    #[param(flatten)]
    pub filters: IssueListFilters,
}

/// List the issues of a group.
///
/// Credentials are needed for a private group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/issues",
    tag = "Issues",
    response = Vec<Issue>,
    paginate = offset,
    public,
    example = "issues/list_group_issues.json",
)]
pub struct ListGroupIssues {
    /// The group, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only issues in the milestone with this title; `None` for issues without a milestone,
    /// `Any` for issues with one.
    pub milestone: Option<String>,
    /// Leave out issues of archived projects (default `true`).
    pub non_archived: Option<bool>,
    /// Whose issues to list (default `all`).
    pub scope: Option<IssueScope>,
    /// Filters every list of issues takes.
    #[param(flatten)]
    pub filters: IssueListFilters,
}

/// List the issues of a project.
///
/// Credentials are needed for a private project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues",
    tag = "Issues",
    response = Vec<Issue>,
    paginate = offset,
    public,
    example = "issues/list_project_issues.json",
)]
pub struct ListProjectIssues {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only issues in the milestone with this title; `None` for issues without a milestone,
    /// `Any` for issues with one.
    pub milestone: Option<String>,
    /// Whose issues to list (default `all`).
    pub scope: Option<IssueScope>,
    /// Filters every list of issues takes.
    #[param(flatten)]
    pub filters: IssueListFilters,
}

/// Get any issue by its global ID (administrators only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/issues/{id}",
    tag = "Issues",
    response = Issue,
    admin,
    example = "issues/get_issue.json",
)]
pub struct GetIssue {
    /// Global numeric ID of the issue.
    #[param(path)]
    pub id: u64,
}

/// Get one issue of a project.
///
/// Credentials are needed for a private project or a confidential issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}",
    tag = "Issues",
    response = Issue,
    public,
    example = "issues/get_project_issue.json",
)]
pub struct GetProjectIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Fields an issue is created or edited with, where both calls agree.
///
/// Fields whose meaning differs between creating and editing (such as `labels` or
/// `milestone_id`) are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct IssueFields {
    /// Single user to assign (Free tier).
    pub assignee_id: Option<u64>,
    /// Markdown description, at most 1,048,576 characters.
    pub description: Option<String>,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// ID of the epic to add the issue to.
    pub epic_id: Option<u64>,
    /// Internal ID of the epic to add the issue to. Deprecated: use `epic_id`.
    #[param(deprecated)]
    pub epic_iid: Option<u64>,
    /// Weight, 0 or more.
    pub weight: Option<u64>,
}

/// Create an issue in a project.
///
/// Creation may be rate-limited per user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues",
    tag = "Issues",
    response = Issue,
    example = "issues/create_issue.json",
)]
pub struct CreateIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Users to assign.
    pub assignee_ids: Option<Vec<u64>>,
    /// Make the issue confidential (default `false`).
    pub confidential: Option<bool>,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
    /// Discussion to resolve with this issue; use with
    /// `merge_request_to_resolve_discussions_of`. Fills in a default description and marks the
    /// discussion resolved.
    pub discussion_to_resolve: Option<String>,
    /// Internal ID to give the issue (administrators and project owners only).
    pub iid: Option<u64>,
    /// Type of the issue (default `issue`).
    pub issue_type: Option<IssueType>,
    /// Names of labels to put on the issue (GitLab also accepts one comma-separated string).
    pub labels: Option<Vec<String>>,
    /// Internal ID of a merge request whose discussions this issue resolves. Fills in a default
    /// title and description unless given, and marks the discussions resolved.
    pub merge_request_to_resolve_discussions_of: Option<u64>,
    /// Global ID of the milestone to plan the issue for.
    pub milestone_id: Option<u64>,
    /// Title.
    pub title: String,
    /// Fields shared with editing.
    #[param(flatten)]
    pub fields: IssueFields,
}

/// Change an issue, or close or reopen it.
///
/// At least one of `assignee_id`, `assignee_ids`, `confidential`,
/// `description`, `discussion_locked`, `due_date`, `issue_type`, `labels`, `milestone_id`,
/// `state_event` or `title` must be given.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/issues/{issue_iid}",
    tag = "Issues",
    response = Issue,
    example = "issues/edit_issue.json",
)]
pub struct EditIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Names of labels to add (GitLab also accepts one comma-separated string).
    pub add_labels: Option<Vec<String>>,
    /// Users to assign; `0` or an empty list removes every assignee.
    pub assignee_ids: Option<Vec<u64>>,
    /// Make the issue confidential or not.
    pub confidential: Option<bool>,
    /// Restrict new comments to project members.
    pub discussion_locked: Option<bool>,
    /// New type of the issue.
    pub issue_type: Option<IssueType>,
    /// Names of the labels to set, replacing the current ones; empty removes all labels.
    pub labels: Option<Vec<String>>,
    /// Global ID of the milestone; `0` removes the milestone.
    pub milestone_id: Option<u64>,
    /// Names of labels to remove (GitLab also accepts one comma-separated string).
    pub remove_labels: Option<Vec<String>>,
    /// Close or reopen the issue.
    pub state_event: Option<IssueStateEvent>,
    /// Title.
    pub title: Option<String>,
    /// Last-change time to record (administrators and project owners only); cannot be empty.
    pub updated_at: Option<DateTime<Utc>>,
    /// Fields shared with creating.
    #[param(flatten)]
    pub fields: IssueFields,
}

/// Delete an issue (administrators and project owners).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/projects/{id}/issues/{issue_iid}", tag = "Issues", response = ())]
pub struct DeleteIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Move an issue in the manual order of its project.
///
/// The new position shows when issues are sorted manually (`relative_position`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/issues/{issue_iid}/reorder",
    tag = "Issues",
    response = Issue,
    example = "issues/reorder_issue.json",
)]
pub struct ReorderIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Global ID of the project issue to place right after this one.
    pub move_after_id: Option<u64>,
    /// Global ID of the project issue to place right before this one.
    pub move_before_id: Option<u64>,
}

/// Move an issue to another project.
///
/// Labels and milestone are kept when the target project has ones of the same name. Moving to
/// the same project, or without enough access, fails with `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/move",
    tag = "Issues",
    response = Issue,
    example = "issues/move_issue.json",
)]
pub struct MoveIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// ID of the project to move the issue to.
    pub to_project_id: u64,
}

/// Copy an issue into another project.
///
/// Labels, milestone and the like are kept where the target project has equivalents. Without
/// enough access the call fails with `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/clone",
    tag = "Issues",
    response = Issue,
    example = "issues/clone_issue.json",
)]
pub struct CloneIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// ID of the project to copy the issue into.
    pub to_project_id: u64,
    /// Copy the notes too (default `false`).
    pub with_notes: Option<bool>,
}

/// Subscribe the current user to an issue's notifications.
///
/// Answers `304 Not Modified` with no body when the user is already subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/subscribe",
    not_modified,
    tag = "Issues",
    response = Issue,
    example = "issues/subscribe_to_issue.json",
)]
pub struct SubscribeToIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Unsubscribe the current user from an issue's notifications.
///
/// Answers `304 Not Modified` with no body when the user is not subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/unsubscribe",
    not_modified,
    tag = "Issues",
    response = Issue,
    example = "issues/unsubscribe_from_issue.json",
)]
pub struct UnsubscribeFromIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Add a to-do item on an issue for the current user.
///
/// Answers `304 Not Modified` with no body when the user already has one on the issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/todo",
    not_modified,
    tag = "Issues",
    response = Todo,
    example = "issues/create_issue_todo.json",
)]
pub struct CreateIssueTodo {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Set the time estimate of an issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/time_estimate",
    tag = "Issues",
    response = TimeStats,
    example = "issues/set_issue_time_estimate.json",
)]
pub struct SetIssueTimeEstimate {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Estimate in human form, such as `3h30m`.
    pub duration: String,
}

/// Reset the time estimate of an issue to zero.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/reset_time_estimate",
    tag = "Issues",
    response = TimeStats,
    example = "issues/reset_issue_time_estimate.json",
)]
pub struct ResetIssueTimeEstimate {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Log time spent on an issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/add_spent_time",
    tag = "Issues",
    response = TimeStats,
    example = "issues/add_issue_spent_time.json",
)]
pub struct AddIssueSpentTime {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Time spent in human form, such as `3h30m`.
    pub duration: String,
    /// What the time was spent on.
    pub summary: Option<String>,
}

/// Reset the time spent on an issue to zero.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/reset_spent_time",
    tag = "Issues",
    response = TimeStats,
    example = "issues/reset_issue_spent_time.json",
)]
pub struct ResetIssueSpentTime {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Get the time estimate and time spent of an issue.
///
/// Credentials are needed for a private project or a confidential issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/time_stats",
    tag = "Issues",
    response = TimeStats,
    public,
    example = "issues/get_issue_time_stats.json",
)]
pub struct GetIssueTimeStats {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// List the merge requests related to an issue.
///
/// Credentials are needed for a private project or a confidential issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/related_merge_requests",
    tag = "Issues",
    response = Vec<MergeRequest>,
    paginate = offset,
    public,
    example = "issues/list_issue_related_merge_requests.json",
)]
pub struct ListIssueRelatedMergeRequests {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// List the merge requests that close an issue when merged.
///
/// Credentials are needed for a private project or a confidential issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/closed_by",
    tag = "Issues",
    response = Vec<MergeRequest>,
    paginate = offset,
    public,
    example = "issues/list_merge_requests_closing_issue.json",
)]
pub struct ListMergeRequestsClosingIssue {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// List the users taking part in an issue.
///
/// Credentials are needed for a private project or a confidential issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/participants",
    tag = "Issues",
    response = Vec<UserBasic>,
    paginate = offset,
    public,
    example = "issues/list_issue_participants.json",
)]
pub struct ListIssueParticipants {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Get the client details recorded when an issue was created (administrators only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/user_agent_detail",
    tag = "Issues",
    response = UserAgentDetail,
    admin,
    example = "issues/get_issue_user_agent_detail.json",
)]
pub struct GetIssueUserAgentDetail {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Upload a metric image to an incident.
///
/// Only incidents (issues of type `incident`) have metric images.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/metric_images",
    tag = "Issues",
    response = MetricImage,
    multipart,
    example = "issues/upload_issue_metric_image.json",
)]
pub struct UploadIssueMetricImage {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the incident inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// The image file.
    pub file: Upload,
    /// Link to more metric information.
    pub url: Option<String>,
    /// Text describing the image or the link.
    pub url_text: Option<String>,
}

/// List the metric images of an incident.
///
/// Only incidents (issues of type `incident`) have metric images.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/metric_images",
    tag = "Issues",
    response = Vec<MetricImage>,
    paginate = offset,
    example = "issues/list_issue_metric_images.json",
)]
pub struct ListIssueMetricImages {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the incident inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Change the link and text of an incident's metric image.
///
/// Only incidents (issues of type `incident`) have metric images.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/issues/{issue_iid}/metric_images/{image_id}",
    tag = "Issues",
    response = MetricImage,
    example = "issues/edit_issue_metric_image.json",
)]
pub struct EditIssueMetricImage {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the incident inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the image.
    #[param(path)]
    pub image_id: u64,
    /// Link to more metric information.
    pub url: Option<String>,
    /// Text describing the image or the link.
    pub url_text: Option<String>,
}

/// Delete a metric image of an incident.
///
/// Only incidents (issues of type `incident`) have metric images. Fails with `400` when the
/// image cannot be deleted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{issue_iid}/metric_images/{image_id}",
    tag = "Issues",
    response = (),
)]
pub struct DeleteIssueMetricImage {
    /// The project, by numeric ID or full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the incident inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the image.
    #[param(path)]
    pub image_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListIssues,
        ListGroupIssues,
        ListProjectIssues,
        GetIssue,
        GetProjectIssue,
        CreateIssue,
        EditIssue,
        DeleteIssue,
        ReorderIssue,
        MoveIssue,
        CloneIssue,
        SubscribeToIssue,
        UnsubscribeFromIssue,
        CreateIssueTodo,
        SetIssueTimeEstimate,
        ResetIssueTimeEstimate,
        AddIssueSpentTime,
        ResetIssueSpentTime,
        GetIssueTimeStats,
        ListIssueRelatedMergeRequests,
        ListMergeRequestsClosingIssue,
        ListIssueParticipants,
        GetIssueUserAgentDetail,
        UploadIssueMetricImage,
        ListIssueMetricImages,
        EditIssueMetricImage,
        DeleteIssueMetricImage,
    ]
}
