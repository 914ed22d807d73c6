//! The container registry page: container image repositories and their tags.
//!
//! Two rows of the page are not declared here. Changing who may see a project's registry is
//! `PUT /projects/{id}` with `container_registry_access_level`, described once by the projects
//! page (`EditProject`). Listing every repository of the instance, `GET /v2/_catalog`, belongs
//! to the registry's own API (Docker Registry HTTP API V2): it is served by the registry on its
//! own host and port, with the registry's bearer tokens, not under GitLab's `/api/v4`.
//!
//! With the `ci_job_token_scope` feature flag on, the project endpoints take a CI/CD job token
//! of a job of the same project.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{ContainerRepository, ContainerRepositoryTag, ContainerRepositoryTagDetails};

/// List the container image repositories of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/registry/repositories",
    tag = "Container registry",
    response = Vec<ContainerRepository>,
    paginate = offset,
    job_token,
    example = "container_registry/list_project_registry_repositories.json",
)]
pub struct ListProjectRegistryRepositories {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Include each repository's tags (`tags`) (default `false`).
    pub tags: Option<bool>,
    /// Include each repository's number of tags (`tags_count`) (default `false`).
    pub tags_count: Option<bool>,
}

/// List the container image repositories of the projects of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/registry/repositories",
    tag = "Container registry",
    response = Vec<ContainerRepository>,
    paginate = offset,
    example = "container_registry/list_group_registry_repositories.json",
)]
pub struct ListGroupRegistryRepositories {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one container image repository, by its ID alone.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/registry/repositories/{id}",
    tag = "Container registry",
    response = ContainerRepository,
    example = "container_registry/get_registry_repository.json",
)]
pub struct GetRegistryRepository {
    /// Numeric ID of the repository.
    // The page types it "integer/string"; it is the repository's numeric ID (there is no path
    // form for a repository).
    #[param(path)]
    pub id: u64,
    /// Include the repository's tags (`tags`) (default `false`).
    pub tags: Option<bool>,
    /// Include the repository's number of tags (`tags_count`) (default `false`).
    pub tags_count: Option<bool>,
    /// Include the deduplicated size of its images (`size`) (default `false`); only reported
    /// by registries that track it (GitLab.com, repositories created after 2021-11-04).
    pub size: Option<bool>,
}

/// Delete a container image repository of a project, with all its tags.
///
/// The deletion is scheduled and happens in the background.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/registry/repositories/{repository_id}",
    tag = "Container registry",
    response = (),
    // The page only says the deletion runs asynchronously; GitLab answers `202 Accepted`.
    status = 202,
    job_token,
)]
pub struct DeleteRegistryRepository {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the repository.
    #[param(path)]
    pub repository_id: u64,
}

/// List the tags of a container image repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/registry/repositories/{repository_id}/tags",
    tag = "Container registry",
    response = Vec<ContainerRepositoryTag>,
    paginate = offset,
    job_token,
    example = "container_registry/list_registry_repository_tags.json",
)]
pub struct ListRegistryRepositoryTags {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the repository.
    #[param(path)]
    pub repository_id: u64,
}

/// Get one tag of a container image repository, with the details of its image.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/registry/repositories/{repository_id}/tags/{tag_name}",
    tag = "Container registry",
    response = ContainerRepositoryTagDetails,
    job_token,
    example = "container_registry/get_registry_repository_tag.json",
)]
pub struct GetRegistryRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the repository.
    #[param(path)]
    pub repository_id: u64,
    /// Name of the tag (`v10.0.0`).
    #[param(path)]
    pub tag_name: String,
}

/// Delete one tag of a container image repository.
///
/// The image's blobs stay until the registry's garbage collection removes them.
//
// The page gives no status; GitLab's code answers `200` with an empty body, which the spec's
// conventions publish as the `204` of a DELETE without a body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/registry/repositories/{repository_id}/tags/{tag_name}",
    tag = "Container registry",
    response = (),
    job_token,
)]
pub struct DeleteRegistryRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the repository.
    #[param(path)]
    pub repository_id: u64,
    /// Name of the tag (`v10.0.0`).
    #[param(path)]
    pub tag_name: String,
}

/// Delete the tags of a container image repository that match given rules.
///
/// Tags are taken by manifest creation date; those matching `name_regex_delete` are deleted
/// unless they match `name_regex_keep`, are among the `keep_n` newest, are younger than
/// `older_than`, or are named `latest`. The deletion is scheduled and happens in the
/// background; it may run at most once an hour per repository, and GitLab.com limits how many
/// tags one call deletes.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/registry/repositories/{repository_id}/tags",
    tag = "Container registry",
    response = (),
    status = 202,
    job_token,
)]
pub struct BulkDeleteRegistryRepositoryTags {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the repository.
    #[param(path)]
    pub repository_id: u64,
    /// [RE2](https://github.com/google/re2/wiki/Syntax) pattern of the tag names to delete
    /// (`.*` for all).
    // Required as the page says; GitLab also accepts the deprecated `name_regex` in its place.
    pub name_regex_delete: String,
    /// RE2 pattern of the tag names to delete (deprecated: use `name_regex_delete`).
    #[param(deprecated)]
    pub name_regex: Option<String>,
    /// RE2 pattern of the tag names to keep, even when they match `name_regex_delete` (`.*`
    /// keeps everything).
    pub name_regex_keep: Option<String>,
    /// Number of the newest matching tags to keep.
    pub keep_n: Option<u64>,
    /// Only delete tags older than this, in human-readable form (`1h`, `2d`, `1month`).
    pub older_than: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectRegistryRepositories,
        ListGroupRegistryRepositories,
        GetRegistryRepository,
        DeleteRegistryRepository,
        ListRegistryRepositoryTags,
        GetRegistryRepositoryTag,
        DeleteRegistryRepositoryTag,
        BulkDeleteRegistryRepositoryTags,
    ]
}
