//! The pipeline schedules page: schedules that run a project's pipelines periodically, with their variables.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
