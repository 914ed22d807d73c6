//! The metadata page: version, revision and feature information about the instance.

use gitlab_endpoint::Endpoint;

use crate::models::Metadata;

/// Get facts about the instance: version, revision and the Kubernetes agent server.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/metadata",
    tag = "Metadata",
    response = Metadata,
    example = "metadata/get_metadata.json",
)]
pub struct GetMetadata {}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetMetadata]
}
