//! The group iterations page: iterations of a group.
//!
//! Its one operation is the group variant of the project iterations list: the route type is
//! declared once in `iterations.rs`, and this page keeps its operation tagged
//! "Group iterations".

use gitlab_endpoint::EndpointInfo;

use super::iterations::ListProjectIterations;

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListProjectIterations]
}
