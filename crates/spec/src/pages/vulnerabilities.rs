//! The vulnerabilities page: vulnerabilities of projects and changing their state.
//!
//! A vulnerability is seen through its project: callers who may not see the project get
//! `404`. GitLab is replacing this API with GraphQL and calls it unstable, so every operation
//! here is marked deprecated. Each change of state answers the vulnerability, or `304 Not
//! Modified` when it already was in that state.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::Vulnerability;

/// Get one vulnerability.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/vulnerabilities/{id}",
    tag = "Vulnerabilities",
    response = Vulnerability,
    deprecated,
    example = "vulnerabilities/get_vulnerability.json",
)]
pub struct GetVulnerability {
    /// Numeric ID of the vulnerability.
    #[param(path)]
    pub id: u64,
}

/// Confirm a vulnerability.
///
/// Needs the right to triage the project's vulnerabilities (`403` otherwise).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/vulnerabilities/{id}/confirm",
    tag = "Vulnerabilities",
    response = Vulnerability,
    not_modified,
    deprecated,
    example = "vulnerabilities/confirm_vulnerability.json",
)]
pub struct ConfirmVulnerability {
    /// Numeric ID of the vulnerability.
    #[param(path)]
    pub id: u64,
}

/// Mark a vulnerability as resolved.
///
/// Needs the right to triage the project's vulnerabilities (`403` otherwise).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/vulnerabilities/{id}/resolve",
    tag = "Vulnerabilities",
    response = Vulnerability,
    not_modified,
    deprecated,
    example = "vulnerabilities/resolve_vulnerability.json",
)]
pub struct ResolveVulnerability {
    /// Numeric ID of the vulnerability.
    #[param(path)]
    pub id: u64,
}

/// Dismiss a vulnerability.
///
/// Needs the right to triage the project's vulnerabilities (`403` otherwise).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/vulnerabilities/{id}/dismiss",
    tag = "Vulnerabilities",
    response = Vulnerability,
    not_modified,
    deprecated,
    example = "vulnerabilities/dismiss_vulnerability.json",
)]
pub struct DismissVulnerability {
    /// Numeric ID of the vulnerability.
    #[param(path)]
    pub id: u64,
}

/// Put a vulnerability back in the detected state.
///
/// Needs the right to triage the project's vulnerabilities (`403` otherwise).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/vulnerabilities/{id}/revert",
    tag = "Vulnerabilities",
    response = Vulnerability,
    not_modified,
    deprecated,
    example = "vulnerabilities/revert_vulnerability.json",
)]
pub struct RevertVulnerability {
    /// Numeric ID of the vulnerability.
    #[param(path)]
    pub id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetVulnerability,
        ConfirmVulnerability,
        ResolveVulnerability,
        DismissVulnerability,
        RevertVulnerability,
    ]
}
