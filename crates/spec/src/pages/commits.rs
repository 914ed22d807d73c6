//! The commits page: commits of a repository: listing, creating with several file actions, cherry-picking, reverting, diffs, comments, statuses and signatures.

use gitlab_endpoint::EndpointInfo;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![]
}
