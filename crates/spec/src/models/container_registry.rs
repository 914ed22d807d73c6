//! The container registry: image repositories of projects and their tags.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A container image repository of a project.
///
/// The tags, their count and the size are only there when the request asks for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ContainerRepository {
    /// Numeric ID of the repository.
    pub id: u64,
    /// Name of the repository below the project's path (empty for the project's root image).
    pub name: String,
    /// Full path of the repository (`group/project/releases`).
    pub path: String,
    /// ID of the project the repository belongs to.
    pub project_id: u64,
    /// Address to pull from and push to (`registry.example.com:5000/group/project`).
    pub location: String,
    /// When the repository was created.
    pub created_at: DateTime<Utc>,
    /// When the cleanup policy last started running on the repository; `null` if never.
    pub cleanup_policy_started_at: Option<DateTime<Utc>>,
    /// Number of tags; only when `tags_count=true` was asked.
    pub tags_count: Option<u64>,
    /// The tags; only when `tags=true` was asked.
    pub tags: Option<Vec<ContainerRepositoryTag>>,
    /// API address that deletes the repository; only for users who may delete it.
    pub delete_api_path: Option<String>,
    /// Deduplicated size of all its images in bytes; only when `size=true` was asked, and only
    /// where the registry reports it.
    pub size: Option<u64>,
}

/// A tag of a container image repository, in short form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ContainerRepositoryTag {
    /// The tag (`latest`, `v1.0.0`).
    pub name: String,
    /// Path of the tagged image (`group/project:latest`).
    pub path: String,
    /// Address to pull the tagged image from.
    pub location: String,
}

/// A tag of a container image repository, with the details of its manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ContainerRepositoryTagDetails {
    /// The tag (`latest`, `v1.0.0`).
    pub name: String,
    /// Path of the tagged image (`group/project:latest`).
    pub path: String,
    /// Address to pull the tagged image from.
    pub location: String,
    /// Digest of the image configuration, without algorithm; `null` when unknown.
    pub revision: Option<String>,
    /// The first nine characters of `revision`; `null` when unknown.
    pub short_revision: Option<String>,
    /// Digest of the manifest (`sha256:...`); `null` when unknown.
    pub digest: Option<String>,
    /// When the image was built, from its configuration; `null` when unknown.
    pub created_at: Option<DateTime<Utc>>,
    /// Total size of the image's layers in bytes; `null` when unknown.
    pub total_size: Option<u64>,
}
