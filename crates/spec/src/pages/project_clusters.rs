//! The project clusters page: certificate-based Kubernetes clusters of a project (deprecated by GitLab).
//!
//! GitLab deprecated certificate-based clusters in 14.5: every operation here is marked
//! deprecated. The instance clusters page takes the same settings; the parameter structs are
//! declared here once and shared with `instance_clusters.rs`. The two pages cannot share route
//! types through `variant(...)`: the project routes take the project in their path and the
//! instance routes are for administrators only, while variants share path parameters and
//! access.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Cluster, KubernetesAuthorizationType};

/// How GitLab reaches the Kubernetes API of a cluster being added.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NewClusterKubernetesAttributes {
    /// URL of the Kubernetes API.
    pub api_url: String,
    /// Token GitLab authenticates to Kubernetes with.
    pub token: String,
    /// PEM certificate to check the API's TLS certificate against; needed when the API uses a
    /// self-signed certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<String>,
    /// Namespace GitLab deploys to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Authorization mode of the cluster (default `rbac`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_type: Option<KubernetesAuthorizationType>,
}

/// New Kubernetes settings of a cluster; unset fields are left as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ClusterKubernetesChanges {
    /// URL of the Kubernetes API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// Token GitLab authenticates to Kubernetes with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// PEM certificate to check the API's TLS certificate against; needed when the API uses a
    /// self-signed certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<String>,
    /// Namespace GitLab deploys to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// Settings of an existing cluster being added to a project or to the instance.
#[derive(Debug, Clone, Default, Params)]
pub struct NewClusterSettings {
    /// Name of the cluster.
    pub name: String,
    /// Base domain of the cluster.
    pub domain: Option<String>,
    /// Numeric ID of the project that manages the cluster.
    pub management_project_id: Option<u64>,
    /// Put the cluster in use (default `true`).
    pub enabled: Option<bool>,
    /// Let GitLab manage the cluster's namespaces and service accounts (default `true`).
    pub managed: Option<bool>,
    /// Give each environment a namespace of its own (default `true`).
    // Not on the docs pages; GitLab's API takes it (lib/api/project_clusters.rb,
    // lib/api/admin/instance_clusters.rb).
    pub namespace_per_environment: Option<bool>,
    /// How GitLab reaches the cluster's Kubernetes API (sent as
    /// `platform_kubernetes_attributes[api_url]`, ...).
    pub platform_kubernetes_attributes: NewClusterKubernetesAttributes,
    /// Environments the cluster serves (default `*`, all of them).
    pub environment_scope: Option<String>,
}

/// New settings of a cluster of a project or of the instance; unset ones are left as they are.
///
/// `name`, `api_url`, `ca_cert` and `token` can only be changed on clusters that were added as
/// existing clusters (not created by GitLab on a cloud provider).
#[derive(Debug, Clone, Default, Params)]
pub struct ClusterChanges {
    /// Name of the cluster.
    pub name: Option<String>,
    /// Base domain of the cluster.
    pub domain: Option<String>,
    /// Numeric ID of the project that manages the cluster.
    pub management_project_id: Option<u64>,
    /// Put the cluster in use or out of it.
    pub enabled: Option<bool>,
    /// Let GitLab manage the cluster's namespaces and service accounts, or stop it.
    pub managed: Option<bool>,
    /// Give each environment a namespace of its own.
    // Not on the docs pages; GitLab's API takes it.
    pub namespace_per_environment: Option<bool>,
    /// New Kubernetes settings (sent as `platform_kubernetes_attributes[api_url]`, ...).
    pub platform_kubernetes_attributes: Option<ClusterKubernetesChanges>,
    /// Environments the cluster serves.
    pub environment_scope: Option<String>,
}

/// List the certificate-based clusters of a project.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. Needs at least the
/// Maintainer role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/clusters",
    tag = "Project clusters",
    response = Vec<Cluster>,
    paginate = offset,
    deprecated,
    example = "project_clusters/list_project_clusters.json",
)]
pub struct ListProjectClusters {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one certificate-based cluster of a project.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. Needs at least the
/// Maintainer role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/clusters/{cluster_id}",
    tag = "Project clusters",
    response = Cluster,
    deprecated,
    example = "project_clusters/get_project_cluster.json",
)]
pub struct GetProjectCluster {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
}

/// Add an existing Kubernetes cluster to a project.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. Needs at least the
/// Maintainer role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/clusters/user",
    tag = "Project clusters",
    response = Cluster,
    deprecated,
    example = "project_clusters/add_project_cluster.json",
)]
pub struct AddProjectCluster {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Settings of the cluster.
    #[param(flatten)]
    pub settings: NewClusterSettings,
}

/// Change a certificate-based cluster of a project.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. Needs at least the
/// Maintainer role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/clusters/{cluster_id}",
    tag = "Project clusters",
    response = Cluster,
    deprecated,
    example = "project_clusters/edit_project_cluster.json",
)]
pub struct EditProjectCluster {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
    /// New settings.
    #[param(flatten)]
    pub changes: ClusterChanges,
}

/// Remove a certificate-based cluster from a project.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. What GitLab created inside
/// the Kubernetes cluster stays there. Needs at least the Maintainer role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/clusters/{cluster_id}",
    tag = "Project clusters",
    response = (),
    deprecated,
)]
pub struct DeleteProjectCluster {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectClusters,
        GetProjectCluster,
        AddProjectCluster,
        EditProjectCluster,
        DeleteProjectCluster,
    ]
}
