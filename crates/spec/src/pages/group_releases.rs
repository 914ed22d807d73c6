//! The group releases page: the releases of every project in a group.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
