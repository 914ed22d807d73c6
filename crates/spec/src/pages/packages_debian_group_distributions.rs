//! The debian group distributions page: debian distributions of a group's package registry.
//!
//! Each operation of this page is the group variant of a Debian project distribution
//! operation: the route types are declared once in `packages_debian_project_distributions.rs`,
//! and this page keeps their operations tagged "Debian group distributions".

use gitlab_endpoint::EndpointInfo;

use super::packages_debian_project_distributions::{
    CreateProjectDebianDistribution, DeleteProjectDebianDistribution,
    EditProjectDebianDistribution, GetProjectDebianDistribution, GetProjectDebianDistributionKey,
    ListProjectDebianDistributions,
};

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectDebianDistributions,
        GetProjectDebianDistribution,
        GetProjectDebianDistributionKey,
        CreateProjectDebianDistribution,
        EditProjectDebianDistribution,
        DeleteProjectDebianDistribution,
    ]
}
