//! The feature flags page: feature flags of a project and their strategies.

use std::collections::BTreeMap;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{FeatureFlag, FeatureFlagStrategyName, FeatureFlagVersion};

/// Which feature flags to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeatureFlagScopeFilter {
    /// Flags that are switched on.
    Enabled,
    /// Flags that are switched off.
    Disabled,
}

/// A strategy of a new feature flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewFeatureFlagStrategy {
    /// Kind of the strategy.
    pub name: FeatureFlagStrategyName,
    /// Settings of the strategy, by name, with string values (`{"percentage": "25",
    /// "groupId": "default"}`); an empty object for `default` and `gitlabUserList`.
    pub parameters: BTreeMap<String, String>,
    /// ID of the user list a `gitlabUserList` strategy targets.
    // Not listed by the page; GitLab's API takes it (without it a `gitlabUserList` strategy
    // cannot be created).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_list_id: Option<u64>,
    /// Environments the strategy applies in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<NewFeatureFlagScope>>,
}

/// An environment scope of a new strategy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewFeatureFlagScope {
    /// Environment name or wildcard pattern (`production`, `review/*`, `*`).
    pub environment_scope: String,
}

/// A strategy to add to, change in or remove from a feature flag.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagStrategyChange {
    /// ID of the strategy to change; leave out to add a new strategy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// Kind of the strategy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<FeatureFlagStrategyName>,
    /// Settings of the strategy, by name, with string values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<BTreeMap<String, String>>,
    /// ID of the user list a `gitlabUserList` strategy targets.
    // Not listed by the page; GitLab's API takes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_list_id: Option<u64>,
    /// Remove the strategy with this `id` (default `false`).
    // Not listed by the page; GitLab's API takes it (the nested-attributes way of removing a
    // strategy).
    #[serde(rename = "_destroy", skip_serializing_if = "Option::is_none")]
    pub destroy: Option<bool>,
    /// Environment scopes to add, change or remove.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<FeatureFlagScopeChange>>,
}

/// An environment scope to add to, change in or remove from a strategy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagScopeChange {
    /// ID of the scope to change; leave out to add a new scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// Environment name or wildcard pattern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_scope: Option<String>,
    /// Remove the scope with this `id` (default `false`).
    // Not listed by the page; GitLab's API takes it.
    #[serde(rename = "_destroy", skip_serializing_if = "Option::is_none")]
    pub destroy: Option<bool>,
}

/// List the feature flags of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/feature_flags",
    tag = "Feature flags",
    response = Vec<FeatureFlag>,
    paginate = offset,
    example = "feature_flags/list_feature_flags.json",
)]
pub struct ListFeatureFlags {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only flags in this state (default: all).
    pub scope: Option<FeatureFlagScopeFilter>,
}

/// Get one feature flag of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/feature_flags/{feature_flag_name}",
    tag = "Feature flags",
    response = FeatureFlag,
    example = "feature_flags/get_feature_flag.json",
)]
pub struct GetFeatureFlag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the flag.
    #[param(path)]
    pub feature_flag_name: String,
}

/// Create a feature flag in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/feature_flags",
    tag = "Feature flags",
    response = FeatureFlag,
    example = "feature_flags/create_feature_flag.json",
)]
pub struct CreateFeatureFlag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new flag.
    pub name: String,
    /// Generation of the flag: `new_version_flag` (legacy flags can no longer be created).
    // The page marks `version` required and in the same breath says to omit it for a legacy
    // flag; GitLab declares it optional, so it is optional here.
    pub version: Option<FeatureFlagVersion>,
    /// Description.
    pub description: Option<String>,
    /// Whether the flag starts switched on (default `true`).
    pub active: Option<bool>,
    /// The flag's strategies, each with its environment scopes.
    pub strategies: Option<Vec<NewFeatureFlagStrategy>>,
}

/// Change a feature flag of a project: its name, description, state and strategies.
///
/// Strategies and scopes given with an `id` are changed (or removed with `_destroy`); those
/// without are added.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/feature_flags/{feature_flag_name}",
    tag = "Feature flags",
    response = FeatureFlag,
    example = "feature_flags/edit_feature_flag.json",
)]
pub struct EditFeatureFlag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Current name of the flag.
    #[param(path)]
    pub feature_flag_name: String,
    /// New name of the flag.
    pub name: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// Switch the flag on or off.
    pub active: Option<bool>,
    /// Strategies to add, change or remove.
    pub strategies: Option<Vec<FeatureFlagStrategyChange>>,
}

/// Delete a feature flag of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/feature_flags/{feature_flag_name}",
    tag = "Feature flags",
    response = (),
)]
pub struct DeleteFeatureFlag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the flag.
    #[param(path)]
    pub feature_flag_name: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListFeatureFlags,
        GetFeatureFlag,
        CreateFeatureFlag,
        EditFeatureFlag,
        DeleteFeatureFlag,
    ]
}
