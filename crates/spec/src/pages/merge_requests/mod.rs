//! The merge requests page: listing and filtering merge requests, reading one with its
//! participants, commits, changes, pipelines, closed issues and diff versions; creating,
//! editing, deleting, merging and rebasing; subscriptions, to-do items and time tracking.

mod editing;
mod lists;
mod single;
mod time_tracking;

pub use editing::*;
pub use lists::*;
pub use single::*;
pub use time_tracking::*;

/// Every endpoint of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListMergeRequests,
        ListProjectMergeRequests,
        ListGroupMergeRequests,
        GetMergeRequest,
        ListMergeRequestParticipants,
        ListMergeRequestCommits,
        GetMergeRequestChanges,
        ListMergeRequestPipelines,
        CreateMergeRequestPipeline,
        CreateMergeRequest,
        EditMergeRequest,
        DeleteMergeRequest,
        MergeMergeRequest,
        GetMergeRequestMergeRef,
        CancelMergeWhenPipelineSucceeds,
        RebaseMergeRequest,
        ListIssuesClosedByMergeRequest,
        SubscribeToMergeRequest,
        UnsubscribeFromMergeRequest,
        CreateMergeRequestTodo,
        ListMergeRequestDiffVersions,
        GetMergeRequestDiffVersion,
        SetMergeRequestTimeEstimate,
        ResetMergeRequestTimeEstimate,
        AddMergeRequestSpentTime,
        ResetMergeRequestSpentTime,
        GetMergeRequestTimeStats,
    ]
}
