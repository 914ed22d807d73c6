//! The keys page: looking up an SSH key and its owner.

use gitlab_endpoint::Endpoint;

use crate::models::KeyWithUser;

/// Get an SSH key and its owner by the key's ID.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/keys/{id}",
    tag = "Keys",
    response = KeyWithUser,
    admin,
    example = "keys/get_key.json",
)]
pub struct GetKey {
    /// Numeric ID of the SSH key.
    #[param(path)]
    pub id: u64,
}

/// Find an SSH key and its owner by the key's fingerprint.
///
/// For a deploy key the answer also lists the projects using it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/keys",
    tag = "Keys",
    response = KeyWithUser,
    admin,
    example = "keys/get_key_by_fingerprint.json",
)]
pub struct GetKeyByFingerprint {
    /// MD5 (`ba:81:...`) or SHA256 (`SHA256:...`) fingerprint of the key.
    pub fingerprint: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetKey, GetKeyByFingerprint]
}
