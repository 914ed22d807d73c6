//! The project vulnerabilities page: listing and creating the vulnerabilities of a project.
//!
//! GitLab is replacing this API with GraphQL and calls it unstable, so both operations are
//! marked deprecated.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::Vulnerability;

/// List the vulnerabilities of a project.
///
/// Needs the right to use the project's security dashboard (`403` otherwise).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/vulnerabilities",
    tag = "Project vulnerabilities",
    response = Vec<Vulnerability>,
    paginate = offset,
    deprecated,
    example = "project_vulnerabilities/list_project_vulnerabilities.json",
)]
pub struct ListProjectVulnerabilities {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Create a vulnerability of a project from one of its findings.
///
/// The new vulnerability takes the finding's name as title, its severity and confidence, the
/// caller as author, and starts open. A finding that does not exist or already belongs to a
/// vulnerability is refused with `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/vulnerabilities",
    tag = "Project vulnerabilities",
    response = Vulnerability,
    deprecated,
    example = "project_vulnerabilities/create_project_vulnerability.json",
)]
pub struct CreateProjectVulnerability {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the finding to create the vulnerability from.
    // The docs pass it in the query string; GitLab reads it from the query or the body.
    #[param(query)]
    pub finding_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListProjectVulnerabilities, CreateProjectVulnerability]
}
