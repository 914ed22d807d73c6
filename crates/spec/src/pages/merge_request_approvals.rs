//! The merge request approvals page: approval rules of projects and merge requests, and approving or unapproving a merge request.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
