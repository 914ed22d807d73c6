//! The pipeline trigger tokens page: trigger tokens of a project, and triggering pipelines with them.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
