//! The instance clusters page: certificate-based Kubernetes clusters of the instance (deprecated by GitLab).
//!
//! GitLab deprecated certificate-based clusters in 14.5: every operation here is marked
//! deprecated. Only administrators may use these routes. Adding and changing a cluster take the
//! same settings as for a project cluster (the parameter structs of `project_clusters.rs`).

use gitlab_endpoint::{Endpoint, EndpointInfo};

use super::project_clusters::{ClusterChanges, NewClusterSettings};
use crate::models::Cluster;

/// List the certificate-based clusters of the instance.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/admin/clusters",
    tag = "Instance clusters",
    response = Vec<Cluster>,
    paginate = offset,
    admin,
    deprecated,
    example = "instance_clusters/list_instance_clusters.json",
)]
pub struct ListInstanceClusters {}

/// Get one certificate-based cluster of the instance.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/admin/clusters/{cluster_id}",
    tag = "Instance clusters",
    response = Cluster,
    admin,
    deprecated,
    example = "instance_clusters/get_instance_cluster.json",
)]
pub struct GetInstanceCluster {
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
}

/// Add an existing Kubernetes cluster to the instance.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/admin/clusters/add",
    tag = "Instance clusters",
    response = Cluster,
    admin,
    deprecated,
    example = "instance_clusters/add_instance_cluster.json",
)]
pub struct AddInstanceCluster {
    /// Settings of the cluster.
    #[param(flatten)]
    pub settings: NewClusterSettings,
}

/// Change a certificate-based cluster of the instance.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/admin/clusters/{cluster_id}",
    tag = "Instance clusters",
    response = Cluster,
    admin,
    deprecated,
    example = "instance_clusters/edit_instance_cluster.json",
)]
pub struct EditInstanceCluster {
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
    /// New settings.
    #[param(flatten)]
    pub changes: ClusterChanges,
}

/// Remove a certificate-based cluster from the instance.
///
/// Deprecated by GitLab (14.5) with all certificate-based clusters. What GitLab created inside
/// the Kubernetes cluster stays there.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/admin/clusters/{cluster_id}",
    tag = "Instance clusters",
    response = (),
    admin,
    deprecated,
)]
pub struct DeleteInstanceCluster {
    /// Numeric ID of the cluster.
    #[param(path)]
    pub cluster_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListInstanceClusters,
        GetInstanceCluster,
        AddInstanceCluster,
        EditInstanceCluster,
        DeleteInstanceCluster,
    ]
}
