//! The deploy tokens page: tokens that give access to repositories and registries without a user.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::{DeployToken, DeployTokenScope};

/// List every deploy token of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/deploy_tokens",
    tag = "Deploy tokens",
    response = Vec<DeployToken>,
    paginate = offset,
    admin,
    example = "deploy_tokens/list_all_deploy_tokens.json",
)]
pub struct ListAllDeployTokens {
    /// Only active tokens (`true`) or only inactive ones (`false`).
    pub active: Option<bool>,
}

/// List the deploy tokens of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deploy_tokens",
    tag = "Deploy tokens",
    response = Vec<DeployToken>,
    paginate = offset,
    example = "deploy_tokens/list_project_deploy_tokens.json",
)]
pub struct ListProjectDeployTokens {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only active tokens (`true`) or only inactive ones (`false`).
    pub active: Option<bool>,
}

/// Get one deploy token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deploy_tokens/{token_id}",
    tag = "Deploy tokens",
    response = DeployToken,
    example = "deploy_tokens/get_project_deploy_token.json",
)]
pub struct GetProjectDeployToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy token.
    #[param(path)]
    pub token_id: u64,
}

/// Settings of a new deploy token: shared by project and group tokens.
#[derive(Debug, Clone, Default, Params)]
pub struct DeployTokenSettings {
    /// Name of the token.
    pub name: String,
    /// When the token stops working (ISO 8601); never when left out.
    pub expires_at: Option<DateTime<Utc>>,
    /// Username that goes with the token (default `gitlab+deploy-token-{n}`).
    pub username: Option<String>,
    /// What the token may do; at least one.
    pub scopes: Vec<DeployTokenScope>,
}

/// Create a deploy token for a project.
///
/// The answer is the only one that carries the token's secret.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deploy_tokens",
    tag = "Deploy tokens",
    response = DeployToken,
    example = "deploy_tokens/create_project_deploy_token.json",
)]
pub struct CreateProjectDeployToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name, expiry, username and scopes of the token.
    #[param(flatten)]
    pub settings: DeployTokenSettings,
}

/// Revoke and remove a deploy token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/deploy_tokens/{token_id}",
    tag = "Deploy tokens",
    response = (),
)]
pub struct DeleteProjectDeployToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy token.
    #[param(path)]
    pub token_id: u64,
}

/// List the deploy tokens of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/deploy_tokens",
    tag = "Deploy tokens",
    response = Vec<DeployToken>,
    paginate = offset,
    example = "deploy_tokens/list_group_deploy_tokens.json",
)]
pub struct ListGroupDeployTokens {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only active tokens (`true`) or only inactive ones (`false`).
    pub active: Option<bool>,
}

/// Get one deploy token of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/deploy_tokens/{token_id}",
    tag = "Deploy tokens",
    response = DeployToken,
    example = "deploy_tokens/get_group_deploy_token.json",
)]
pub struct GetGroupDeployToken {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy token.
    #[param(path)]
    pub token_id: u64,
}

/// Create a deploy token for a group.
///
/// Group owners only. The answer is the only one that carries the token's secret.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/deploy_tokens",
    tag = "Deploy tokens",
    response = DeployToken,
    example = "deploy_tokens/create_group_deploy_token.json",
)]
pub struct CreateGroupDeployToken {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name, expiry, username and scopes of the token.
    #[param(flatten)]
    pub settings: DeployTokenSettings,
}

/// Revoke and remove a deploy token of a group.
///
/// Group owners only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/deploy_tokens/{token_id}",
    tag = "Deploy tokens",
    response = (),
)]
pub struct DeleteGroupDeployToken {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy token.
    #[param(path)]
    pub token_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListAllDeployTokens,
        ListProjectDeployTokens,
        GetProjectDeployToken,
        CreateProjectDeployToken,
        DeleteProjectDeployToken,
        ListGroupDeployTokens,
        GetGroupDeployToken,
        CreateGroupDeployToken,
        DeleteGroupDeployToken
    ]
}
