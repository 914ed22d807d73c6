//! The epic issues page: the issues assigned to an epic, and their order.
//!
//! An issue belongs to one epic at most; each assignment has an ID of its own
//! (`epic_issue_id`), used to move the issue within the epic or to take it out.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{EpicIssue, EpicIssueLink};

/// List the issues of an epic.
///
/// Only issues the current user may see, in the epic's order.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/epics/{epic_iid}/issues",
    tag = "Epic issues",
    response = Vec<EpicIssue>,
    paginate = offset,
    example = "epic_issues/list_epic_issues.json",
)]
pub struct ListEpicIssues {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
}

/// Assign an issue to an epic.
///
/// An issue that belonged to another epic leaves it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics/{epic_iid}/issues/{epic_issue_id}",
    tag = "Epic issues",
    response = EpicIssueLink,
    example = "epic_issues/assign_epic_issue.json",
)]
pub struct AssignEpicIssue {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
    /// Global ID of the issue to assign (not its internal ID). Here the last path segment is
    /// an issue, where the other routes of this page take an assignment ID in its place.
    // The docs type it "integer/string"; GitLab reads an integer. GitLab calls this segment
    // `issue_id`; OpenAPI needs one name for one path, so it shares `epic_issue_id`.
    #[param(path, rename = "epic_issue_id")]
    pub issue_id: u64,
}

/// Take an issue out of an epic.
///
/// Answers the assignment as it was.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/epics/{epic_iid}/issues/{epic_issue_id}",
    tag = "Epic issues",
    response = EpicIssueLink,
    example = "epic_issues/remove_epic_issue.json",
)]
pub struct RemoveEpicIssue {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
    /// ID of the assignment (the `epic_issue_id` of a listed issue).
    #[param(path)]
    pub epic_issue_id: u64,
}

/// Move an issue within an epic's order.
///
/// Answers the epic's issues in their new order.
// GitLab paginates this answer as it does the list of the epic's issues.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/epics/{epic_iid}/issues/{epic_issue_id}",
    tag = "Epic issues",
    response = Vec<EpicIssue>,
    paginate = offset,
    example = "epic_issues/move_epic_issue.json",
)]
pub struct MoveEpicIssue {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
    /// ID of the assignment to move (the `epic_issue_id` of a listed issue).
    #[param(path)]
    pub epic_issue_id: u64,
    /// ID of the assignment to place right before the moved one.
    pub move_before_id: Option<u64>,
    /// ID of the assignment to place right after the moved one.
    pub move_after_id: Option<u64>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListEpicIssues,
        AssignEpicIssue,
        RemoveEpicIssue,
        MoveEpicIssue
    ]
}
