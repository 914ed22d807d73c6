//! The personal access tokens page: personal access tokens of users: listing, inspecting and revoking them.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
