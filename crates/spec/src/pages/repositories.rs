//! The repositories page: the repository of a project: its tree, blobs, archives, comparisons, contributors, merge bases and changelogs.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
