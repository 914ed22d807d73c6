//! Project hooks.

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![]
}
