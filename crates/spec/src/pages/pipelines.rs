//! The pipelines page: pipelines of a project: listing, running, retrying, cancelling and deleting them, their variables and test reports.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
