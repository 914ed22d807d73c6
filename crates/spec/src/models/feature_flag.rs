//! Feature flags of a project: the flag, its strategies and their environment scopes, and the
//! user lists that `gitlabUserList` strategies target.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Generation of a feature flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeatureFlagVersion {
    /// A flag whose rollout is set by strategies (the current kind).
    NewVersionFlag,
    /// A flag of the older, scope-based kind (read-only in recent GitLab versions).
    LegacyFlag,
}

/// How a feature flag strategy decides who gets the feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum FeatureFlagStrategyName {
    /// Everybody.
    #[serde(rename = "default")]
    Default,
    /// A percentage of the users, by user ID (parameters `groupId`, `percentage`).
    #[serde(rename = "gradualRolloutUserId")]
    GradualRolloutUserId,
    /// The users whose IDs are listed (parameter `userIds`, comma-separated).
    #[serde(rename = "userWithId")]
    UserWithId,
    /// The users of a feature flag user list (no parameters; the list is linked separately).
    #[serde(rename = "gitlabUserList")]
    GitlabUserList,
    /// A percentage of the users by a chosen stickiness (parameters `groupId`, `rollout`,
    /// `stickiness`).
    #[serde(rename = "flexibleRollout")]
    FlexibleRollout,
}

/// A feature flag of a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlag {
    /// Name of the flag, unique in the project.
    pub name: String,
    /// Description; `null` when there is none.
    pub description: Option<String>,
    /// Whether the flag is switched on.
    pub active: bool,
    /// Generation of the flag.
    pub version: FeatureFlagVersion,
    /// When the flag was created.
    pub created_at: DateTime<Utc>,
    /// When the flag was last changed.
    pub updated_at: DateTime<Utc>,
    /// Scopes of the legacy flag format.
    // GitLab keeps this field for compatibility and always sends an empty array since legacy
    // flags were retired; the items have no shape left to describe.
    pub scopes: Vec<serde_json::Value>,
    /// The strategies that decide who gets the feature, and where.
    pub strategies: Vec<FeatureFlagStrategy>,
}

/// One strategy of a feature flag: a rule for who gets the feature in which environments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagStrategy {
    /// Numeric ID of the strategy.
    pub id: u64,
    /// Kind of the strategy.
    pub name: FeatureFlagStrategyName,
    /// Settings of the strategy, by name (`percentage`, `groupId`, `userIds`, `rollout`,
    /// `stickiness`); values are strings. Empty for `default` and `gitlabUserList`.
    pub parameters: BTreeMap<String, String>,
    /// Environments the strategy applies in.
    pub scopes: Vec<FeatureFlagScope>,
    /// User list targeted by a `gitlabUserList` strategy; missing or `null` otherwise.
    pub user_list: Option<FeatureFlagUserListBasic>,
}

/// An environment scope of a feature flag strategy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagScope {
    /// Numeric ID of the scope.
    pub id: u64,
    /// Environment name or wildcard pattern (`production`, `review/*`, `*`).
    pub environment_scope: String,
}

/// A feature flag user list: named set of user IDs that strategies can target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagUserList {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the list inside its project.
    pub iid: u64,
    /// ID of the project the list belongs to.
    pub project_id: u64,
    /// Name of the list.
    pub name: String,
    /// The user IDs of the list, comma-separated (`user1,user2`).
    pub user_xids: String,
    /// When the list was created.
    pub created_at: DateTime<Utc>,
    /// When the list was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A feature flag user list in short form, as a strategy embeds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureFlagUserListBasic {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the list inside its project.
    pub iid: u64,
    /// Name of the list.
    pub name: String,
    /// The user IDs of the list, comma-separated.
    pub user_xids: String,
}
