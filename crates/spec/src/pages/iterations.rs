//! The project iterations page: iterations available to a project.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
