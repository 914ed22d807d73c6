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
    variant(
        "/groups/{id}/deploy_tokens",
        id = "listGroupDeployTokens",
        summary = "List the deploy tokens of a group.",
        example = "deploy_tokens/list_group_deploy_tokens.json",
    ),
)]
pub struct ListProjectDeployTokens {
    /// The project or group, by ID or URL-encoded full path.
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
    variant(
        "/groups/{id}/deploy_tokens/{token_id}",
        id = "getGroupDeployToken",
        summary = "Get one deploy token of a group.",
        example = "deploy_tokens/get_group_deploy_token.json",
    ),
)]
pub struct GetProjectDeployToken {
    /// The project or group, by ID or URL-encoded full path.
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
/// In a group, owners only. The answer is the only one that carries the token's secret.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deploy_tokens",
    tag = "Deploy tokens",
    response = DeployToken,
    example = "deploy_tokens/create_project_deploy_token.json",
    variant(
        "/groups/{id}/deploy_tokens",
        id = "createGroupDeployToken",
        summary = "Create a deploy token for a group.",
        example = "deploy_tokens/create_group_deploy_token.json",
    ),
)]
pub struct CreateProjectDeployToken {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name, expiry, username and scopes of the token.
    #[param(flatten)]
    pub settings: DeployTokenSettings,
}

/// Revoke and remove a deploy token of a project.
///
/// In a group, owners only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/deploy_tokens/{token_id}",
    tag = "Deploy tokens",
    response = (),
    variant(
        "/groups/{id}/deploy_tokens/{token_id}",
        id = "deleteGroupDeployToken",
        summary = "Revoke and remove a deploy token of a group.",
    ),
)]
pub struct DeleteProjectDeployToken {
    /// The project or group, by ID or URL-encoded full path.
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
    ]
}
