//! The projects page: projects, forks, stars, sharing, uploads, hooks and push rules.

mod hooks;
mod push_rules;

pub use hooks::*;
pub use push_rules::*;

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    let mut endpoints = super::describe![];
    endpoints.extend(hooks::endpoints());
    endpoints.extend(push_rules::endpoints());
    endpoints
}
