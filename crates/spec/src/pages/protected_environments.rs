//! The protected environments page: who may deploy to the protected environments of a
//! project, and who must approve deployments to them (Premium and above).

use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{AccessLevel, GroupInheritanceType, ProtectedEnvironment};

/// Who to allow to deploy to a protected environment: give one of `user_id`, `group_id` and
/// `access_level`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedEnvironmentDeployAccessGrant {
    /// A user with access to the project, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub user_id: Option<u64>,
    /// A group the project is shared with, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub group_id: Option<u64>,
    /// A role: `30` developers, `40` maintainers or `60` administrators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub access_level: Option<AccessLevel>,
    /// For a group, whether members through parent groups count (default `0`: direct
    /// members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub group_inheritance_type: Option<GroupInheritanceType>,
}

/// Who must approve deployments to a protected environment: give one of `user_id`, `group_id`
/// and `access_level`, and how many approvals the rule needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedEnvironmentApprovalRuleGrant {
    /// A user with access to the project, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub user_id: Option<u64>,
    /// A group the project is shared with, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub group_id: Option<u64>,
    /// A role: `30` developers, `40` maintainers or `60` administrators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub access_level: Option<AccessLevel>,
    /// How many approvals from them the rule needs (default `1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub required_approvals: Option<u64>,
    /// For a group, whether members through parent groups count (default `0`: direct
    /// members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub group_inheritance_type: Option<GroupInheritanceType>,
}

/// List the protected environments of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_environments",
    tag = "Protected environments",
    response = Vec<ProtectedEnvironment>,
    paginate = offset,
    example = "protected_environments/list_protected_environments.json",
)]
pub struct ListProtectedEnvironments {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get the protection of one environment of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/protected_environments/{name}",
    tag = "Protected environments",
    response = ProtectedEnvironment,
    example = "protected_environments/get_protected_environment.json",
)]
pub struct GetProtectedEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the protected environment; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Protect an environment of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/protected_environments",
    tag = "Protected environments",
    response = ProtectedEnvironment,
    example = "protected_environments/protect_environment.json",
)]
pub struct ProtectEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the environment to protect.
    pub name: String,
    /// Who may deploy to it.
    pub deploy_access_levels: Vec<ProtectedEnvironmentDeployAccessGrant>,
    /// How many approvals a deployment needs, under the unified approval setting (default
    /// `0`).
    pub required_approval_count: Option<u64>,
    /// Who must approve deployments, under the multiple approval rules setting.
    pub approval_rules: Option<Vec<ProtectedEnvironmentApprovalRuleGrant>>,
}

/// Remove the protection of an environment of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/protected_environments/{name}",
    tag = "Protected environments",
    response = (),
)]
pub struct UnprotectEnvironment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the protected environment; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub name: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProtectedEnvironments,
        GetProtectedEnvironment,
        ProtectEnvironment,
        UnprotectEnvironment,
    ]
}
