//! The templates page: licence, .gitignore, Dockerfile and CI/CD configuration templates.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
