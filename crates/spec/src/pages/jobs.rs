//! The jobs page: cI/CD jobs: listing them, their logs and artifacts, retrying, cancelling, erasing and playing them.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
