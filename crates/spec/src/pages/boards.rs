//! The project issue boards page: issue boards of a project and their lists.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
