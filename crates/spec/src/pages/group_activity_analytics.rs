//! The group activity analytics page: counts of recent activity in a group: issues, merge requests and new members.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
