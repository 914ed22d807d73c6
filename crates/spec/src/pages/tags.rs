//! The tags page: tags of a project's repository.

use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::Tag;

/// What to order a list of tags by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TagOrderBy {
    /// By tag name.
    Name,
    /// By last update (the default).
    Updated,
}

/// Direction of a list of tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TagSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// List the tags of a project's repository, most recently updated first by default.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/tags",
    tag = "Tags",
    response = Vec<Tag>,
    paginate = offset,
    public,
    example = "tags/list_repository_tags.json",
)]
pub struct ListRepositoryTags {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Field to order by.
    pub order_by: Option<TagOrderBy>,
    /// Ascending or descending order.
    pub sort: Option<TagSort>,
    /// Only tags whose name contains this text; `^text` and `text$` anchor it at the start or
    /// the end (no other patterns).
    pub search: Option<String>,
}

/// Get one tag of a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/tags/{tag_name}",
    tag = "Tags",
    response = Tag,
    public,
    example = "tags/get_repository_tag.json",
)]
pub struct GetRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
}

/// Create a tag in a project's repository.
///
/// With a message the tag is annotated; without one it is lightweight.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/tags",
    tag = "Tags",
    response = Tag,
    example = "tags/create_repository_tag.json",
)]
pub struct CreateRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new tag.
    pub tag_name: String,
    /// What the tag points at: a commit SHA, a tag name or a branch name.
    pub r#ref: String,
    /// Annotation; giving one makes an annotated tag.
    pub message: Option<String>,
}

/// Delete a tag of a project's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/repository/tags/{tag_name}",
    tag = "Tags",
    response = (),
)]
pub struct DeleteRepositoryTag {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the tag; a `/` in it is sent as `%2F` automatically.
    #[param(path)]
    pub tag_name: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListRepositoryTags,
        GetRepositoryTag,
        CreateRepositoryTag,
        DeleteRepositoryTag
    ]
}
