//! Kubernetes clusters: the certificate-based clusters of projects and of the instance (one
//! `Cluster` entity for both, deprecated by GitLab), and the agents for Kubernetes with their
//! tokens.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{BasicProjectDetails, ProjectIdentity, UserBasic};

/// Who provisioned a certificate-based cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClusterProviderType {
    /// An existing cluster added by a user.
    User,
    /// Created by GitLab on Google Kubernetes Engine.
    Gcp,
    /// Created by GitLab on Amazon EKS.
    Aws,
}

/// The platform a certificate-based cluster runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClusterPlatformType {
    /// Kubernetes (the only platform).
    Kubernetes,
}

/// What a certificate-based cluster is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClusterType {
    /// The whole instance.
    InstanceType,
    /// A group.
    GroupType,
    /// A project.
    ProjectType,
}

/// How the Kubernetes API authorizes GitLab's service account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KubernetesAuthorizationType {
    /// Role-based access control.
    Rbac,
    /// Attribute-based access control.
    Abac,
    /// Not known.
    UnknownAuthorization,
}

/// The Kubernetes side of a certificate-based cluster: where its API is and how GitLab reaches it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ClusterPlatformKubernetes {
    /// URL of the Kubernetes API.
    pub api_url: String,
    /// Namespace GitLab deploys to, when one was set.
    pub namespace: Option<String>,
    /// Authorization mode of the cluster.
    // GitLab stores the unknown mode as NULL, so this may come back `null`.
    pub authorization_type: Option<KubernetesAuthorizationType>,
    /// PEM certificate the API's TLS certificate is checked against, when one was given.
    pub ca_cert: Option<String>,
}

/// Google Kubernetes Engine details of a cluster GitLab created on GCP.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ClusterProviderGcp {
    /// Numeric ID of the cluster these details belong to.
    pub cluster_id: u64,
    /// State of the provisioning (`scheduled`, `creating`, `created`, `errored`).
    pub status_name: String,
    /// ID of the Google Cloud project the cluster lives in.
    pub gcp_project_id: String,
    /// Compute zone of the cluster.
    pub zone: String,
    /// Machine type of the nodes.
    pub machine_type: Option<String>,
    /// Number of nodes.
    pub num_nodes: Option<u64>,
    /// Address of the cluster's endpoint, once it is known.
    pub endpoint: Option<String>,
}

/// A certificate-based Kubernetes cluster of a project or of the instance (deprecated by
/// GitLab).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Cluster {
    /// Numeric ID of the cluster.
    pub id: u64,
    /// Name of the cluster.
    pub name: String,
    /// When the cluster was added.
    pub created_at: DateTime<Utc>,
    /// Base domain of the cluster, when one was set.
    pub domain: Option<String>,
    /// Whether the cluster is in use.
    // Missing from one example of the instance clusters page; GitLab's entity always sends it.
    pub enabled: Option<bool>,
    /// Whether GitLab manages the cluster's namespaces and service accounts.
    // Missing from one example of the instance clusters page; GitLab's entity always sends it.
    pub managed: Option<bool>,
    /// Who provisioned the cluster.
    pub provider_type: ClusterProviderType,
    /// Platform of the cluster.
    pub platform_type: ClusterPlatformType,
    /// Environments the cluster serves (`*` for all).
    pub environment_scope: String,
    /// What the cluster is attached to.
    pub cluster_type: ClusterType,
    /// Whether each environment deploys to a namespace of its own.
    // Not shown on the docs pages; GitLab's cluster entity sends it.
    pub namespace_per_environment: Option<bool>,
    /// The user who added the cluster; `null` once that account is gone.
    pub user: Option<UserBasic>,
    /// Kubernetes settings of the cluster.
    pub platform_kubernetes: Option<ClusterPlatformKubernetes>,
    /// GKE details; `null` unless GitLab created the cluster on Google Cloud.
    pub provider_gcp: Option<ClusterProviderGcp>,
    /// The project that manages the cluster, when one was chosen.
    pub management_project: Option<ProjectIdentity>,
    /// The project the cluster belongs to: sent for project clusters, absent or `null` for
    /// instance clusters.
    pub project: Option<BasicProjectDetails>,
}

/// An agent for Kubernetes registered with a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ClusterAgent {
    /// Numeric ID of the agent.
    pub id: u64,
    /// Name of the agent.
    pub name: String,
    /// The project that holds the agent's configuration.
    pub config_project: ProjectIdentity,
    /// When the agent was registered.
    pub created_at: DateTime<Utc>,
    /// Numeric ID of the user who registered the agent; `null` once that account is gone.
    pub created_by_user_id: Option<u64>,
}

/// Whether an agent token can still be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClusterAgentTokenStatus {
    /// The token works.
    Active,
    /// The token was revoked.
    Revoked,
}

/// A token an agent for Kubernetes authenticates with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ClusterAgentToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Name of the token.
    pub name: String,
    /// Description of the token, if any.
    pub description: Option<String>,
    /// Numeric ID of the agent the token belongs to.
    pub agent_id: u64,
    /// Whether the token is active or revoked.
    pub status: ClusterAgentTokenStatus,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// Numeric ID of the user who created the token; `null` once that account is gone.
    // The docs' table says "string"; their examples and GitLab's entity send an integer.
    pub created_by_user_id: Option<u64>,
    /// When the token was last used; `null` if never. Sent by the single-token answers, not by
    /// the list.
    pub last_used_at: Option<DateTime<Utc>>,
    /// The secret token value: only in the answer that creates the token.
    pub token: Option<String>,
}
