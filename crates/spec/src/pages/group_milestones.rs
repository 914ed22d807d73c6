//! The group milestones page: milestones defined on a group, spanning its projects.
//!
//! Each operation of this page is the group variant of a project milestone operation: the route
//! types are declared once in `milestones.rs`, and this page keeps their operations tagged
//! "Group milestones".

use super::milestones::{
    CreateProjectMilestone, DeleteProjectMilestone, EditProjectMilestone, GetProjectMilestone,
    ListProjectMilestoneBurndownEvents, ListProjectMilestoneIssues,
    ListProjectMilestoneMergeRequests, ListProjectMilestones,
};

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
        ListProjectMilestoneBurndownEvents,
    ]
}
