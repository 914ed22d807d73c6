//! The labels page: labels of a project: listing, creating, editing, deleting, promoting and subscribing to them.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::Label;

/// List the labels of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/labels",
    tag = "Labels",
    response = Vec<Label>,
    paginate = offset,
    example = "labels/list_labels.json",
)]
pub struct ListLabels {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Add the issue and merge request counts to each label (default `false`).
    pub with_counts: Option<bool>,
    /// Also list labels inherited from the project's groups (default `true`).
    pub include_ancestor_groups: Option<bool>,
    /// Only labels matching this keyword.
    pub search: Option<String>,
}

/// Get one label of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/labels/{label_id}",
    tag = "Labels",
    response = Label,
    example = "labels/get_label.json",
)]
pub struct GetLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
    /// Also look among labels inherited from the project's groups (default `true`).
    pub include_ancestor_groups: Option<bool>,
}

/// Create a label in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/labels",
    tag = "Labels",
    response = Label,
    example = "labels/create_label.json",
)]
pub struct CreateLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new label.
    pub name: String,
    /// Background color: `#RRGGBB` or a CSS color name.
    pub color: String,
    /// Description of the label.
    pub description: Option<String>,
    /// Priority of the label, zero or more (lower comes first).
    pub priority: Option<u64>,
}

/// Delete a label of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/labels/{label_id}",
    tag = "Labels",
    response = (),
)]
pub struct DeleteLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Change a label of a project.
///
/// Give at least one of `new_name` and `color`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/labels/{label_id}",
    tag = "Labels",
    response = Label,
    example = "labels/edit_label.json",
)]
pub struct EditLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
    /// New name of the label (needed when `color` is not given).
    pub new_name: Option<String>,
    /// New background color: `#RRGGBB` or a CSS color name (needed when `new_name` is not given).
    pub color: Option<String>,
    /// New description of the label.
    pub description: Option<String>,
    /// New priority of the label, zero or more (lower comes first).
    pub priority: Option<u64>,
}

/// Turn a project label into a label of the project's group.
///
/// The label keeps its ID.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/labels/{label_id}/promote",
    tag = "Labels",
    response = Label,
    example = "labels/promote_label.json",
)]
pub struct PromoteLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Subscribe the current user to a label of a project.
///
/// Answers `304 Not Modified` when the user is already subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/labels/{label_id}/subscribe",
    tag = "Labels",
    response = Label,
    not_modified,
    example = "labels/subscribe_label.json",
)]
pub struct SubscribeLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Unsubscribe the current user from a label of a project.
///
/// Answers `304 Not Modified` when the user was not subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/labels/{label_id}/unsubscribe",
    tag = "Labels",
    response = Label,
    not_modified,
    example = "labels/unsubscribe_label.json",
)]
pub struct UnsubscribeLabel {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListLabels,
        GetLabel,
        CreateLabel,
        DeleteLabel,
        EditLabel,
        PromoteLabel,
        SubscribeLabel,
        UnsubscribeLabel
    ]
}
