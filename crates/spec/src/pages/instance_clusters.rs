//! The instance clusters page: certificate-based Kubernetes clusters of the instance (deprecated by GitLab).

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
