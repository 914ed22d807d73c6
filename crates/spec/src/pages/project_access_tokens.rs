//! The project access tokens page: access tokens that act as a bot user of one project.
//!
//! The group access tokens page offers the same operations under `/groups/{id}`: they are
//! declared here once, with a `variant(...)` tagged "Group access tokens" (see
//! `group_access_tokens.rs`).

use chrono::NaiveDate;
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{AccessLevel, AccessTokenScope, ResourceAccessToken};

/// List the access tokens of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/access_tokens",
    tag = "Project access tokens",
    response = Vec<ResourceAccessToken>,
    paginate = offset,
    example = "project_access_tokens/list_project_access_tokens.json",
    variant(
        "/groups/{id}/access_tokens",
        id = "listGroupAccessTokens",
        summary = "List the access tokens of a group.",
        tag = "Group access tokens",
        example = "group_access_tokens/list_group_access_tokens.json",
    ),
)]
pub struct ListProjectAccessTokens {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one access token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/access_tokens/{token_id}",
    tag = "Project access tokens",
    response = ResourceAccessToken,
    example = "project_access_tokens/get_project_access_token.json",
    variant(
        "/groups/{id}/access_tokens/{token_id}",
        id = "getGroupAccessToken",
        summary = "Get one access token of a group.",
        tag = "Group access tokens",
        example = "group_access_tokens/get_group_access_token.json",
    ),
)]
pub struct GetProjectAccessToken {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    // The docs type this "integer or string"; it is the token's numeric ID (GitLab looks the
    // token up by ID), so it is an integer here.
    /// Numeric ID of the token.
    #[param(path)]
    pub token_id: u64,
}

/// Create an access token for a project, with a new bot user as a member.
///
/// The answer carries the token's secret, shown only this once. In a project, maintainers can
/// give the token at most the maintainer role, owners the owner role; only owners of a group can
/// create tokens for it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/access_tokens",
    tag = "Project access tokens",
    response = ResourceAccessToken,
    example = "project_access_tokens/create_project_access_token.json",
    variant(
        "/groups/{id}/access_tokens",
        id = "createGroupAccessToken",
        summary = "Create an access token for a group, with a new bot user as a member.",
        tag = "Group access tokens",
        example = "group_access_tokens/create_group_access_token.json",
    ),
)]
pub struct CreateProjectAccessToken {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Label of the token.
    pub name: String,
    /// Permissions to grant (`read_user` and `sudo` are not accepted for project or group
    /// tokens).
    pub scopes: Vec<AccessTokenScope>,
    // The group page names no default; GitLab's API declares maintainer as the default for
    // project and group tokens alike.
    /// Role of the token's bot user: `10`, `20`, `30`, `40` or `50` (default `40`, maintainer).
    pub access_level: Option<AccessLevel>,
    /// Last day the token is valid; it stops working at midnight UTC of that day.
    pub expires_at: Option<NaiveDate>,
}

/// Revoke an access token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/access_tokens/{token_id}",
    tag = "Project access tokens",
    response = (),
    variant(
        "/groups/{id}/access_tokens/{token_id}",
        id = "revokeGroupAccessToken",
        summary = "Revoke an access token of a group.",
        tag = "Group access tokens",
    ),
)]
pub struct RevokeProjectAccessToken {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    // As for getting a token: documented as "integer or string", it is the numeric ID.
    /// Numeric ID of the token.
    #[param(path)]
    pub token_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectAccessTokens,
        GetProjectAccessToken,
        CreateProjectAccessToken,
        RevokeProjectAccessToken
    ]
}
