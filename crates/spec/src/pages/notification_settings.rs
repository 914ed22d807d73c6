//! The notification settings page: notification levels and events, globally and per group or project.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
