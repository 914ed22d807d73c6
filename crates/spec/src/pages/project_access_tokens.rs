//! The project access tokens page: access tokens that act as a bot user of one project.

use chrono::NaiveDate;
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{AccessTokenScope, MemberAccessLevel, ResourceAccessToken};

/// List the access tokens of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/access_tokens",
    tag = "Project access tokens",
    response = Vec<ResourceAccessToken>,
    paginate = offset,
    example = "project_access_tokens/list_project_access_tokens.json",
)]
pub struct ListProjectAccessTokens {
    /// The project, by numeric ID or URL-encoded full path.
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
)]
pub struct GetProjectAccessToken {
    /// The project, by numeric ID or URL-encoded full path.
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
/// The answer carries the token's secret, shown only this once. Maintainers can give the token at
/// most the maintainer role, owners the owner role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/access_tokens",
    tag = "Project access tokens",
    response = ResourceAccessToken,
    example = "project_access_tokens/create_project_access_token.json",
)]
pub struct CreateProjectAccessToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Label of the token.
    pub name: String,
    /// Permissions to grant (`read_user` and `sudo` are not accepted for project tokens).
    pub scopes: Vec<AccessTokenScope>,
    /// Role of the token's bot user: `10`, `20`, `30`, `40` or `50` (default `40`, maintainer).
    pub access_level: Option<MemberAccessLevel>,
    /// Last day the token is valid; it stops working at midnight UTC of that day.
    pub expires_at: Option<NaiveDate>,
}

/// Revoke an access token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/access_tokens/{token_id}",
    tag = "Project access tokens",
    response = (),
)]
pub struct RevokeProjectAccessToken {
    /// The project, by numeric ID or URL-encoded full path.
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
