//! The project templates page: the templates a project offers: Dockerfiles, gitignores, CI configurations, licences, issue and merge request descriptions.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
