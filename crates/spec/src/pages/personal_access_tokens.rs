//! The personal access tokens page: personal access tokens of users: listing, inspecting and revoking them.
//!
//! Creating one is on the users page (`POST /users/{user_id}/personal_access_tokens`).

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::PersonalAccessToken;

/// List personal access tokens: the caller's own, or for administrators everyone's.
///
/// Administrators see the tokens of all users unless they filter by `user_id`; other users see
/// only their own tokens, and naming any other user in `user_id` is refused with `401`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/personal_access_tokens",
    tag = "Personal access tokens",
    response = Vec<PersonalAccessToken>,
    paginate = offset,
    example = "personal_access_tokens/list_personal_access_tokens.json",
)]
pub struct ListPersonalAccessTokens {
    // The docs type this "integer/string"; GitLab's API declares it an integer (a user ID).
    /// Only the tokens of the user with this numeric ID (only administrators may name another
    /// user than themselves).
    pub user_id: Option<u64>,
}

/// Get one personal access token by its ID.
///
/// Users can get their own tokens, administrators anyone's. A token the caller may not see, or
/// that does not exist, is answered with `401`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/personal_access_tokens/{id}",
    tag = "Personal access tokens",
    response = PersonalAccessToken,
    example = "personal_access_tokens/get_personal_access_token.json",
)]
pub struct GetPersonalAccessToken {
    // Documented as "integer/string"; it is the token's numeric ID (GitLab finds it by ID).
    /// Numeric ID of the token.
    #[param(path)]
    pub id: u64,
}

/// Revoke a personal access token by its ID.
///
/// Users can revoke their own tokens, administrators anyone's. A token that cannot be revoked is
/// answered with `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/personal_access_tokens/{id}",
    tag = "Personal access tokens",
    response = (),
)]
pub struct RevokePersonalAccessToken {
    // As for getting a token: documented as "integer/string", it is the numeric ID.
    /// Numeric ID of the token.
    #[param(path)]
    pub id: u64,
}

/// Revoke the personal access token this request authenticates with.
///
/// The token to revoke is the one sent in the request's header; it stops working once the call
/// succeeds. A token that cannot be revoked is answered with `400`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/personal_access_tokens/self",
    tag = "Personal access tokens",
    response = (),
)]
pub struct RevokeCurrentPersonalAccessToken {}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListPersonalAccessTokens,
        GetPersonalAccessToken,
        RevokePersonalAccessToken,
        RevokeCurrentPersonalAccessToken
    ]
}
