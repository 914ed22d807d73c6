//! Deployments: a deployment of a commit to an environment, with the job that ran it and its
//! approvals.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{EnvironmentBasic, Job, ProtectedEnvironmentApprovalRule, UserBasic};

/// Where a deployment is in its life cycle; also the values of the status filter.
// The docs list every value but `skipped` for the filter; `skipped` is a state of GitLab's
// deployments too (a deployment job that was skipped), which its filter accepts as well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentStatus {
    /// Created, not started.
    Created,
    /// Running.
    Running,
    /// Finished successfully.
    Success,
    /// Failed.
    Failed,
    /// Canceled.
    Canceled,
    /// Skipped.
    Skipped,
    /// Waiting for approval before it may run.
    Blocked,
}

/// A verdict on a blocked deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentApprovalStatus {
    /// The deployment may go ahead.
    Approved,
    /// The deployment must not go ahead.
    Rejected,
}

/// One user's approval or rejection of a deployment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeploymentApproval {
    /// Who gave the verdict.
    pub user: UserBasic,
    /// The verdict.
    pub status: DeploymentApprovalStatus,
    /// When it was given.
    pub created_at: DateTime<Utc>,
    /// Comment given with it; `null` without one.
    pub comment: Option<String>,
}

/// How far a deployment is through the approval rules of its protected environment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeploymentApprovalSummary {
    /// Each rule of the environment, with the approvals given under it.
    pub rules: Vec<ProtectedEnvironmentApprovalRule>,
}

/// A deployment of a commit of a project to one of its environments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Deployment {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the deployment inside its project.
    pub iid: u64,
    /// Branch or tag deployed.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// SHA of the commit deployed.
    pub sha: String,
    /// When the deployment was created.
    pub created_at: DateTime<Utc>,
    /// When the deployment was last changed (missing from some answers: creating, changing,
    /// and the last deployment of an environment).
    pub updated_at: Option<DateTime<Utc>>,
    /// Where the deployment is in its life cycle.
    pub status: DeploymentStatus,
    /// Who deployed; `null` when the user is gone.
    pub user: Option<UserBasic>,
    /// The environment deployed to (missing where an environment embeds its last deployment).
    pub environment: Option<EnvironmentBasic>,
    /// The CI/CD job that deployed; `null` for deployments made through the API.
    pub deployable: Option<Job>,
    /// Approvals still needed under the unified approval setting (Premium and above).
    pub pending_approval_count: Option<u64>,
    /// Approvals and rejections given under the unified approval setting (Premium and above).
    pub approvals: Option<Vec<DeploymentApproval>>,
    /// Progress through the environment's approval rules, under the multiple approval rules
    /// setting (Premium and above).
    pub approval_summary: Option<DeploymentApprovalSummary>,
}
