//! The users page: user accounts, the current user, and their credentials.

mod accounts;
mod credentials;

pub use accounts::*;
pub use credentials::*;

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    let mut endpoints = accounts::endpoints();
    endpoints.extend(credentials::endpoints());
    endpoints
}
