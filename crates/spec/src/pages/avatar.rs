//! The avatar page: the avatar URL of an email address.

use gitlab_endpoint::Endpoint;

use crate::models::Avatar;

/// Get the avatar URL of an email address.
///
/// Falls back to the external avatar service when no user has this public email.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/avatar",
    tag = "Avatar",
    response = Avatar,
    public,
    example = "avatar/get_avatar.json",
)]
pub struct GetAvatar {
    /// Public email address to look up.
    pub email: String,
    /// Edge length in pixels of the square image (Gravatar and Libravatar lookups only).
    pub size: Option<u64>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetAvatar]
}
