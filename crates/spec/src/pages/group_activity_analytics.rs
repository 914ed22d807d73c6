//! The group activity analytics page: counts of recent activity in a group: issues, merge requests and new members.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::{
    GroupActivityIssuesCount, GroupActivityMergeRequestsCount, GroupActivityNewMembersCount,
};

/// Count the issues created recently in a group.
///
/// Counts the issues created in the last 90 days in the group's projects, subgroups included.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/analytics/group_activity/issues_count",
    tag = "Group activity analytics",
    response = GroupActivityIssuesCount,
    example = "group_activity_analytics/get_group_activity_issues_count.json",
)]
pub struct GetGroupActivityIssuesCount {
    /// The group, by full path (`gitlab-org`, `parent/child`).
    pub group_path: String,
}

/// Count the merge requests created recently in a group.
///
/// Counts the merge requests created in the last 90 days in the group's projects, subgroups
/// included.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/analytics/group_activity/merge_requests_count",
    tag = "Group activity analytics",
    response = GroupActivityMergeRequestsCount,
    example = "group_activity_analytics/get_group_activity_merge_requests_count.json",
)]
pub struct GetGroupActivityMergeRequestsCount {
    /// The group, by full path (`gitlab-org`, `parent/child`).
    pub group_path: String,
}

/// Count the members added recently to a group.
///
/// Counts the members added to the group in the last 90 days.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/analytics/group_activity/new_members_count",
    tag = "Group activity analytics",
    response = GroupActivityNewMembersCount,
    example = "group_activity_analytics/get_group_activity_new_members_count.json",
)]
pub struct GetGroupActivityNewMembersCount {
    /// The group, by full path (`gitlab-org`, `parent/child`).
    pub group_path: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetGroupActivityIssuesCount,
        GetGroupActivityMergeRequestsCount,
        GetGroupActivityNewMembersCount,
    ]
}
