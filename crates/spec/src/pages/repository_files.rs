//! The repository files page: single files of a repository: reading, blaming, downloading raw, creating, updating and deleting them.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
