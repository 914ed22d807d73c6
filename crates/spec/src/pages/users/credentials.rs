//! User credentials: SSH keys, GPG keys, emails, impersonation and personal access tokens.

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![]
}
