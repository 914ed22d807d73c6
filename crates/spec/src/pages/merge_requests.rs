//! The merge requests page: merge requests of a project: listing and filtering them, creating, editing, merging, rebasing, their commits, changes, pipelines and time tracking.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
