//! The deploy keys page: SSH keys that give read or write access to project repositories.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{DeployKey, ProjectDeployKey};

/// List every deploy key of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/deploy_keys",
    tag = "Deploy keys",
    response = Vec<DeployKey>,
    paginate = offset,
    admin,
    example = "deploy_keys/list_all_deploy_keys.json",
)]
pub struct ListAllDeployKeys {
    /// Only keys marked public (default `false`).
    pub public: Option<bool>,
}

/// List the deploy keys of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deploy_keys",
    tag = "Deploy keys",
    response = Vec<ProjectDeployKey>,
    paginate = offset,
    example = "deploy_keys/list_project_deploy_keys.json",
)]
pub struct ListProjectDeployKeys {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// List the project deploy keys a user shares with the caller.
///
/// Only keys enabled in projects both users belong to are listed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id_or_username}/project_deploy_keys",
    tag = "Deploy keys",
    response = Vec<DeployKey>,
    paginate = offset,
    example = "deploy_keys/list_user_project_deploy_keys.json",
)]
pub struct ListUserProjectDeployKeys {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub id_or_username: IdOrPath,
}

/// Get one deploy key of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deploy_keys/{key_id}",
    tag = "Deploy keys",
    response = ProjectDeployKey,
    example = "deploy_keys/get_project_deploy_key.json",
)]
pub struct GetProjectDeployKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy key.
    #[param(path)]
    pub key_id: u64,
}

/// Add a deploy key to a project.
///
/// A key already known in another project the caller can reach is shared rather than
/// duplicated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deploy_keys",
    tag = "Deploy keys",
    response = ProjectDeployKey,
    example = "deploy_keys/create_project_deploy_key.json",
)]
pub struct CreateProjectDeployKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Title of the key.
    pub title: String,
    /// The SSH public key.
    pub key: String,
    /// Allow the key to push to the repository.
    pub can_push: Option<bool>,
}

/// Change a deploy key of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/deploy_keys/{key_id}",
    tag = "Deploy keys",
    response = ProjectDeployKey,
    example = "deploy_keys/edit_project_deploy_key.json",
)]
pub struct EditProjectDeployKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy key.
    #[param(path)]
    pub key_id: u64,
    /// New title of the key.
    pub title: Option<String>,
    /// Allow or forbid pushing to the repository.
    pub can_push: Option<bool>,
}

/// Remove a deploy key from a project.
///
/// A key used by no other project is deleted altogether.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/deploy_keys/{key_id}",
    tag = "Deploy keys",
    response = (),
)]
pub struct DeleteProjectDeployKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy key.
    #[param(path)]
    pub key_id: u64,
}

/// Enable an existing deploy key in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deploy_keys/{key_id}/enable",
    tag = "Deploy keys",
    response = DeployKey,
    example = "deploy_keys/enable_project_deploy_key.json",
)]
pub struct EnableProjectDeployKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the deploy key.
    #[param(path)]
    pub key_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListAllDeployKeys,
        ListProjectDeployKeys,
        ListUserProjectDeployKeys,
        GetProjectDeployKey,
        CreateProjectDeployKey,
        EditProjectDeployKey,
        DeleteProjectDeployKey,
        EnableProjectDeployKey
    ]
}
