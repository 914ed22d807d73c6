//! The runners page: runners of the instance, groups and projects: registering, editing and removing them, and their jobs.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
