//! The topics page: project topics managed by administrators.

use gitlab_endpoint::{Endpoint, Upload};

use crate::models::Topic;

/// List the project topics of the instance, most used first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/topics",
    tag = "Topics",
    response = Vec<Topic>,
    paginate = offset,
    public,
    example = "topics/list_topics.json",
)]
pub struct ListTopics {
    /// Only topics whose name matches this text.
    pub search: Option<String>,
}

/// Get one project topic.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/topics/{id}",
    tag = "Topics",
    response = Topic,
    public,
    example = "topics/get_topic.json",
)]
pub struct GetTopic {
    /// Numeric ID of the topic.
    #[param(path)]
    pub id: u64,
}

/// Create a project topic.
///
/// Send `multipart/form-data` to include an avatar image.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/topics",
    tag = "Topics",
    response = Topic,
    admin,
    multipart,
    example = "topics/create_topic.json",
)]
pub struct CreateTopic {
    /// Slug of the topic.
    pub name: String,
    /// Human-readable title.
    pub title: String,
    /// Avatar image.
    pub avatar: Option<Upload>,
    /// Description text.
    pub description: Option<String>,
}

/// Change a project topic.
///
/// Send `multipart/form-data` to replace the avatar image; an empty `avatar` removes it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/topics/{id}",
    tag = "Topics",
    response = Topic,
    admin,
    multipart,
    example = "topics/edit_topic.json",
)]
pub struct EditTopic {
    /// Numeric ID of the topic.
    #[param(path)]
    pub id: u64,
    /// New avatar image; empty to remove the current one (GitLab 14.6 and later).
    pub avatar: Option<Upload>,
    /// New description text.
    pub description: Option<String>,
    /// New slug.
    pub name: Option<String>,
    /// New title.
    pub title: Option<String>,
}

/// Delete a project topic, unassigning it from every project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/topics/{id}",
    tag = "Topics",
    response = (),
    admin,
)]
pub struct DeleteTopic {
    /// Numeric ID of the topic.
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![ListTopics, GetTopic, CreateTopic, EditTopic, DeleteTopic]
}
