//! The group milestones page: milestones defined on a group, spanning its projects.

use gitlab_endpoint::{Endpoint, IdOrPath};

use super::milestones::{MilestoneListFilters, MilestoneSettings, MilestoneStateEvent};
use crate::models::{BurndownEvent, Issue, MergeRequest, Milestone};

/// List the milestones of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/milestones",
    tag = "Group milestones",
    response = Vec<Milestone>,
    paginate = offset,
    example = "group_milestones/list_group_milestones.json",
)]
pub struct ListGroupMilestones {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: MilestoneListFilters,
}

/// Get one milestone of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/milestones/{milestone_id}",
    tag = "Group milestones",
    response = Milestone,
    example = "group_milestones/get_group_milestone.json",
)]
pub struct GetGroupMilestone {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// Create a milestone in a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/milestones",
    tag = "Group milestones",
    response = Milestone,
    example = "group_milestones/create_group_milestone.json",
)]
pub struct CreateGroupMilestone {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Title of the new milestone.
    pub title: String,
    /// Description and dates.
    #[param(flatten)]
    pub settings: MilestoneSettings,
}

/// Change a milestone of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/milestones/{milestone_id}",
    tag = "Group milestones",
    response = Milestone,
    example = "group_milestones/edit_group_milestone.json",
)]
pub struct EditGroupMilestone {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
    /// New title.
    pub title: Option<String>,
    /// Description and dates.
    #[param(flatten)]
    pub settings: MilestoneSettings,
    /// Close or reopen the milestone.
    pub state_event: Option<MilestoneStateEvent>,
}

/// Delete a milestone of a group.
///
/// Needs at least the Developer role in the group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/milestones/{milestone_id}",
    tag = "Group milestones",
    response = (),
)]
pub struct DeleteGroupMilestone {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the issues planned in a group milestone.
///
/// Only issues of the group's own projects: those of subgroups are left out.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/milestones/{milestone_id}/issues",
    tag = "Group milestones",
    response = Vec<Issue>,
    paginate = offset,
    example = "group_milestones/list_group_milestone_issues.json",
)]
pub struct ListGroupMilestoneIssues {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the merge requests planned in a group milestone.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/milestones/{milestone_id}/merge_requests",
    tag = "Group milestones",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "group_milestones/list_group_milestone_merge_requests.json",
)]
pub struct ListGroupMilestoneMergeRequests {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the burndown chart events of a group milestone.
///
/// Premium tier and above. Not paginated: every event comes in one answer.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/milestones/{milestone_id}/burndown_events",
    tag = "Group milestones",
    response = Vec<BurndownEvent>,
    example = "group_milestones/list_group_milestone_burndown_events.json",
)]
pub struct ListGroupMilestoneBurndownEvents {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListGroupMilestones,
        GetGroupMilestone,
        CreateGroupMilestone,
        EditGroupMilestone,
        DeleteGroupMilestone,
        ListGroupMilestoneIssues,
        ListGroupMilestoneMergeRequests,
        ListGroupMilestoneBurndownEvents,
    ]
}
