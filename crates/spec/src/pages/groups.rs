//! The groups page: groups and subgroups: listing, creating, editing, transferring and deleting them, their projects, shares and hooks.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
