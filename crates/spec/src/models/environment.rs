//! Environments: the full form with its last deployment, the short form embedded in
//! deployments, the answer of deleting stopped review apps, and the protection rules of
//! environments with their deploy access entries and approval rules.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{AccessLevel, Deployment, DeploymentApproval};

/// Where an environment is in its life cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EnvironmentState {
    /// Deployments can go to it.
    Available,
    /// Its stop action is running.
    Stopping,
    /// Stopped.
    Stopped,
}

/// What kind of environment it is, for ordering and display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EnvironmentTier {
    /// Production.
    Production,
    /// Staging.
    Staging,
    /// Testing.
    Testing,
    /// Development (review apps, for example).
    Development,
    /// Anything else.
    Other,
}

/// An environment in short form, as deployments embed it and review app deletion lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EnvironmentBasic {
    /// Numeric ID of the environment.
    pub id: u64,
    /// Name (`production`, `review/fix-foo`).
    pub name: String,
    /// Name made safe for URLs and DNS labels; missing from the form deployments embed in
    /// older answers.
    pub slug: Option<String>,
    /// Address the environment is reachable at; `null` when none is set.
    pub external_url: Option<String>,
    /// When the environment was created (newer GitLab versions).
    pub created_at: Option<DateTime<Utc>>,
    /// When the environment was last changed (newer GitLab versions).
    pub updated_at: Option<DateTime<Utc>>,
}

/// An environment of a project: where its deployments go, with its state and last deployment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Environment {
    /// Numeric ID of the environment.
    pub id: u64,
    /// Name (`production`, `review/fix-foo`).
    pub name: String,
    /// Name made safe for URLs and DNS labels.
    pub slug: String,
    /// Address the environment is reachable at; `null` when none is set.
    pub external_url: Option<String>,
    /// Where the environment is in its life cycle.
    pub state: EnvironmentState,
    /// Kind of environment; missing from some answers (stopping one).
    pub tier: Option<EnvironmentTier>,
    /// When the environment was created.
    pub created_at: DateTime<Utc>,
    /// When the environment was last changed.
    pub updated_at: DateTime<Utc>,
    /// Whether advanced log search is available for it (only when reading environments).
    pub enable_advanced_logs_querying: Option<bool>,
    /// Path of the environment's Kubernetes logs, relative to the GitLab host (only when
    /// reading environments).
    pub logs_api_path: Option<String>,
    /// The latest deployment to it (only when reading environments); `null` before the first.
    pub last_deployment: Option<Deployment>,
}

/// What deleting stopped review apps did: the environments scheduled for deletion and those
/// that could not be (for lack of permission, for example).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReviewAppsDeletion {
    /// Environments scheduled for deletion (or that would be, in a dry run).
    pub scheduled_entries: Vec<EnvironmentBasic>,
    /// Environments that matched but cannot be deleted.
    pub unprocessable_entries: Vec<EnvironmentBasic>,
}

integer_enum! {
    /// Whether a deploy access entry or an approval rule naming a group also covers members
    /// who belong to the group through a parent group, sent as its number.
    pub enum GroupInheritanceType (
        "group inheritance type",
        "Group membership taken into account: 0 direct members only, 1 members through inherited groups too."
    ) {
        /// `0`: direct members of the group only (the default).
        Direct = 0,
        /// `1`: members through inherited groups too.
        AllInherited = 1,
    }
}

/// One entry of who may deploy to a protected environment: a role, a user or a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedEnvironmentDeployAccess {
    /// Numeric ID of the entry (newer GitLab versions).
    pub id: Option<u64>,
    /// The role allowed (`30` developers, `40` maintainers, `60` administrators); `null`
    /// when the entry names a user or group.
    pub access_level: Option<AccessLevel>,
    /// Who the entry allows, in words (`Maintainers`, a user's or group's name).
    pub access_level_description: String,
    /// The user allowed, if the entry names one.
    pub user_id: Option<u64>,
    /// The group allowed, if the entry names one.
    pub group_id: Option<u64>,
    /// Whether members of the group through parent groups count.
    pub group_inheritance_type: Option<GroupInheritanceType>,
}

/// A rule of who must approve deployments to a protected environment, and how many of them.
///
/// In a deployment's approval summary the rule also lists the approvals it has received.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedEnvironmentApprovalRule {
    /// Numeric ID of the rule (newer GitLab versions).
    pub id: Option<u64>,
    /// The user who may approve, if the rule names one.
    pub user_id: Option<u64>,
    /// The group whose members may approve, if the rule names one.
    pub group_id: Option<u64>,
    /// The role that may approve; `null` when the rule names a user or group.
    pub access_level: Option<AccessLevel>,
    /// Who the rule allows, in words (`Maintainers`, a user's or group's name).
    pub access_level_description: String,
    /// How many approvals the rule asks for.
    pub required_approvals: u64,
    /// Whether members of the group through parent groups count (missing from approval
    /// summaries).
    pub group_inheritance_type: Option<GroupInheritanceType>,
    /// Approvals given under this rule (in a deployment's approval summary only).
    pub deployment_approvals: Option<Vec<DeploymentApproval>>,
}

/// The protection of an environment: who may deploy to it and who must approve deployments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedEnvironment {
    /// Name of the protected environment.
    pub name: String,
    /// Who may deploy.
    pub deploy_access_levels: Vec<ProtectedEnvironmentDeployAccess>,
    /// How many approvals a deployment needs under the unified approval setting (`0`: none).
    pub required_approval_count: u64,
    /// Who must approve deployments, under the multiple approval rules setting (missing from
    /// some answers).
    pub approval_rules: Option<Vec<ProtectedEnvironmentApprovalRule>>,
}
