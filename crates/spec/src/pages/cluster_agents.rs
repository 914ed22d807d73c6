//! The cluster agents page: kubernetes agents of a project and their tokens.
//!
//! Reading agents and tokens needs at least the Developer role; registering, deleting and the
//! token changes need at least the Maintainer role.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{ClusterAgent, ClusterAgentToken};

/// List the agents for Kubernetes registered with a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/cluster_agents",
    tag = "Cluster agents",
    response = Vec<ClusterAgent>,
    paginate = offset,
    example = "cluster_agents/list_cluster_agents.json",
)]
pub struct ListClusterAgents {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one agent for Kubernetes of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/cluster_agents/{agent_id}",
    tag = "Cluster agents",
    response = ClusterAgent,
    example = "cluster_agents/get_cluster_agent.json",
)]
pub struct GetClusterAgent {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    #[param(path)]
    pub agent_id: u64,
}

/// Register an agent for Kubernetes with a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/cluster_agents",
    tag = "Cluster agents",
    response = ClusterAgent,
    example = "cluster_agents/register_cluster_agent.json",
)]
pub struct RegisterClusterAgent {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new agent.
    pub name: String,
}

/// Delete the registration of an agent for Kubernetes.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/cluster_agents/{agent_id}",
    tag = "Cluster agents",
    response = (),
)]
pub struct DeleteClusterAgent {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    #[param(path)]
    pub agent_id: u64,
}

/// List the tokens of an agent for Kubernetes.
///
/// The list leaves out when each token was last used; the single-token answer has it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/cluster_agents/{agent_id}/tokens",
    tag = "Cluster agents",
    response = Vec<ClusterAgentToken>,
    paginate = offset,
    example = "cluster_agents/list_cluster_agent_tokens.json",
)]
pub struct ListClusterAgentTokens {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    // The docs' table says "integer or string" here and "integer" everywhere else; GitLab's
    // route takes the agent's numeric ID.
    #[param(path)]
    pub agent_id: u64,
}

/// Get one token of an agent for Kubernetes.
///
/// A revoked token is not found.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/cluster_agents/{agent_id}/tokens/{token_id}",
    tag = "Cluster agents",
    response = ClusterAgentToken,
    example = "cluster_agents/get_cluster_agent_token.json",
)]
pub struct GetClusterAgentToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    #[param(path)]
    pub agent_id: u64,
    /// Numeric ID of the token.
    #[param(path)]
    pub token_id: u64,
}

/// Create a token for an agent for Kubernetes.
///
/// The answer is the only one that carries the secret `token`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/cluster_agents/{agent_id}/tokens",
    tag = "Cluster agents",
    response = ClusterAgentToken,
    example = "cluster_agents/create_cluster_agent_token.json",
)]
pub struct CreateClusterAgentToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    #[param(path)]
    pub agent_id: u64,
    /// Name of the new token.
    pub name: String,
    /// Description of the new token.
    pub description: Option<String>,
}

/// Revoke a token of an agent for Kubernetes.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/cluster_agents/{agent_id}/tokens/{token_id}",
    tag = "Cluster agents",
    response = (),
)]
pub struct RevokeClusterAgentToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the agent.
    #[param(path)]
    pub agent_id: u64,
    /// Numeric ID of the token.
    #[param(path)]
    pub token_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListClusterAgents,
        GetClusterAgent,
        RegisterClusterAgent,
        DeleteClusterAgent,
        ListClusterAgentTokens,
        GetClusterAgentToken,
        CreateClusterAgentToken,
        RevokeClusterAgentToken,
    ]
}
