//! The milestones page: milestones of a project and the issues and merge requests planned in them.
//!
//! The group milestones page offers the same operations under `/groups/{id}`: they are declared
//! here once, with a `variant(...)` tagged "Group milestones" (see `group_milestones.rs`).

use chrono::NaiveDate;
use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{BurndownEvent, Issue, MergeRequest, Milestone};

/// Which milestones to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStateFilter {
    /// Open milestones only.
    Active,
    /// Closed milestones only.
    Closed,
}

/// A change of state to apply to a milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStateEvent {
    /// Close the milestone.
    Close,
    /// Reopen the milestone.
    Activate,
}

/// Filters shared by the lists of project and group milestones.
#[derive(Debug, Clone, Default, Params)]
pub struct MilestoneListFilters {
    /// Only the milestones with these internal IDs (has no effect when parent milestones are
    /// included).
    pub iids: Option<Vec<u64>>,
    /// Only milestones in this state.
    pub state: Option<MilestoneStateFilter>,
    /// Only the milestones with exactly this title.
    pub title: Option<String>,
    /// Only milestones whose title or description contains this text.
    pub search: Option<String>,
    /// Also list the milestones of the parent group and of its ancestors.
    pub include_parent_milestones: Option<bool>,
}

/// Description and dates of a milestone: shared by creating and changing milestones.
#[derive(Debug, Clone, Default, Params)]
pub struct MilestoneSettings {
    /// Description.
    pub description: Option<String>,
    /// Last day of the milestone (`YYYY-MM-DD`).
    pub due_date: Option<NaiveDate>,
    /// First day of the milestone (`YYYY-MM-DD`).
    pub start_date: Option<NaiveDate>,
}

/// List the milestones of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/milestones",
    tag = "Milestones",
    response = Vec<Milestone>,
    paginate = offset,
    example = "milestones/list_project_milestones.json",
    variant(
        "/groups/{id}/milestones",
        id = "listGroupMilestones",
        summary = "List the milestones of a group.",
        tag = "Group milestones",
        example = "group_milestones/list_group_milestones.json",
    ),
)]
pub struct ListProjectMilestones {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: MilestoneListFilters,
}

/// Get one milestone of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/milestones/{milestone_id}",
    tag = "Milestones",
    response = Milestone,
    example = "milestones/get_project_milestone.json",
    variant(
        "/groups/{id}/milestones/{milestone_id}",
        id = "getGroupMilestone",
        summary = "Get one milestone of a group.",
        tag = "Group milestones",
        example = "group_milestones/get_group_milestone.json",
    ),
)]
pub struct GetProjectMilestone {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// Create a milestone in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/milestones",
    tag = "Milestones",
    response = Milestone,
    example = "milestones/create_project_milestone.json",
    variant(
        "/groups/{id}/milestones",
        id = "createGroupMilestone",
        summary = "Create a milestone in a group.",
        tag = "Group milestones",
        example = "group_milestones/create_group_milestone.json",
    ),
)]
pub struct CreateProjectMilestone {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Title of the new milestone.
    pub title: String,
    /// Description and dates.
    #[param(flatten)]
    pub settings: MilestoneSettings,
}

/// Change a milestone of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/milestones/{milestone_id}",
    tag = "Milestones",
    response = Milestone,
    example = "milestones/edit_project_milestone.json",
    variant(
        "/groups/{id}/milestones/{milestone_id}",
        id = "editGroupMilestone",
        summary = "Change a milestone of a group.",
        tag = "Group milestones",
        example = "group_milestones/edit_group_milestone.json",
    ),
)]
pub struct EditProjectMilestone {
    /// The project or group, by ID or URL-encoded full path.
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

/// Delete a milestone of a project.
///
/// Needs at least the Reporter role in a project, or the Developer role in a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/milestones/{milestone_id}",
    tag = "Milestones",
    response = (),
    variant(
        "/groups/{id}/milestones/{milestone_id}",
        id = "deleteGroupMilestone",
        summary = "Delete a milestone of a group.",
        tag = "Group milestones",
    ),
)]
pub struct DeleteProjectMilestone {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the issues planned in a project milestone.
///
/// For a group milestone, only issues of the group's own projects: those of subgroups are left
/// out.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/milestones/{milestone_id}/issues",
    tag = "Milestones",
    response = Vec<Issue>,
    paginate = offset,
    example = "milestones/list_project_milestone_issues.json",
    variant(
        "/groups/{id}/milestones/{milestone_id}/issues",
        id = "listGroupMilestoneIssues",
        summary = "List the issues planned in a group milestone.",
        tag = "Group milestones",
        example = "group_milestones/list_group_milestone_issues.json",
    ),
)]
pub struct ListProjectMilestoneIssues {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the merge requests planned in a project milestone.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/milestones/{milestone_id}/merge_requests",
    tag = "Milestones",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "milestones/list_project_milestone_merge_requests.json",
    variant(
        "/groups/{id}/milestones/{milestone_id}/merge_requests",
        id = "listGroupMilestoneMergeRequests",
        summary = "List the merge requests planned in a group milestone.",
        tag = "Group milestones",
        example = "group_milestones/list_group_milestone_merge_requests.json",
    ),
)]
pub struct ListProjectMilestoneMergeRequests {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// Turn a project milestone into a milestone of the project's group.
///
/// Needs at least the Reporter role in the group. The answer has no meaningful body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/milestones/{milestone_id}/promote",
    tag = "Milestones",
    response = (),
    status = 200,
)]
pub struct PromoteProjectMilestone {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// List the burndown chart events of a project milestone.
///
/// Premium tier and above. Not paginated: every event comes in one answer.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/milestones/{milestone_id}/burndown_events",
    tag = "Milestones",
    response = Vec<BurndownEvent>,
    example = "milestones/list_project_milestone_burndown_events.json",
    variant(
        "/groups/{id}/milestones/{milestone_id}/burndown_events",
        id = "listGroupMilestoneBurndownEvents",
        summary = "List the burndown chart events of a group milestone.",
        tag = "Group milestones",
        example = "group_milestones/list_group_milestone_burndown_events.json",
    ),
)]
pub struct ListProjectMilestoneBurndownEvents {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the milestone.
    #[param(path)]
    pub milestone_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectMilestones,
        GetProjectMilestone,
        CreateProjectMilestone,
        EditProjectMilestone,
        DeleteProjectMilestone,
        ListProjectMilestoneIssues,
        ListProjectMilestoneMergeRequests,
        PromoteProjectMilestone,
        ListProjectMilestoneBurndownEvents,
    ]
}
