//! The namespaces page: user and group namespaces that projects live in.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Namespace, NamespaceExistence};

/// List the namespaces the caller can see.
///
/// Administrators get every namespace of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/namespaces",
    tag = "Namespaces",
    response = Vec<Namespace>,
    paginate = offset,
    example = "namespaces/list_namespaces.json",
)]
pub struct ListNamespaces {
    /// Only namespaces matching this text.
    pub search: Option<String>,
    /// Only namespaces the caller owns (GitLab 14.2 and later).
    pub owned_only: Option<bool>,
}

/// Get one namespace.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/namespaces/{id}",
    tag = "Namespaces",
    response = Namespace,
    example = "namespaces/get_namespace.json",
)]
pub struct GetNamespace {
    /// The namespace, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Check whether a namespace path is taken, and suggest free ones.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/namespaces/{namespace}/exists",
    tag = "Namespaces",
    response = NamespaceExistence,
    example = "namespaces/get_namespace_existence.json",
)]
pub struct GetNamespaceExistence {
    /// The path to check.
    #[param(path)]
    pub namespace: String,
    /// Look among the children of this namespace; top-level namespaces when absent.
    pub parent_id: Option<u64>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![ListNamespaces, GetNamespace, GetNamespaceExistence]
}
