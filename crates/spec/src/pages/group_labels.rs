//! The group labels page: labels defined on a group and shared by its projects.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::Label;

/// Which groups and projects to look in for labels: shared by listing and getting group labels.
#[derive(Debug, Clone, Default, Params)]
pub struct GroupLabelScope {
    /// Also take labels of the group's parent groups (default `true`).
    pub include_ancestor_groups: Option<bool>,
    /// Also take labels of the group's subgroups (default `false`).
    pub include_descendant_groups: Option<bool>,
    /// Leave out labels of the groups' projects (default `true`).
    pub only_group_labels: Option<bool>,
}

/// List the labels of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/labels",
    tag = "Group labels",
    response = Vec<Label>,
    paginate = offset,
    example = "group_labels/list_group_labels.json",
)]
pub struct ListGroupLabels {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Add the issue and merge request counts to each label (default `false`).
    pub with_counts: Option<bool>,
    /// Which groups and projects the labels may come from.
    #[param(flatten)]
    pub scope: GroupLabelScope,
    /// Only labels matching this keyword.
    pub search: Option<String>,
}

/// Get one label of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/labels/{label_id}",
    tag = "Group labels",
    response = Label,
    example = "group_labels/get_group_label.json",
)]
pub struct GetGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
    /// Which groups and projects the label may come from.
    #[param(flatten)]
    pub scope: GroupLabelScope,
}

/// Create a label in a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/labels",
    tag = "Group labels",
    response = Label,
    example = "group_labels/create_group_label.json",
)]
pub struct CreateGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new label.
    pub name: String,
    /// Background color: `#RRGGBB` or a CSS color name.
    pub color: String,
    /// Description of the label.
    pub description: Option<String>,
}

/// Change a label of a group.
///
/// Give at least one of the optional parameters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/labels/{label_id}",
    tag = "Group labels",
    response = Label,
    example = "group_labels/edit_group_label.json",
)]
pub struct EditGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
    /// New name of the label.
    pub new_name: Option<String>,
    /// New background color: `#RRGGBB` or a CSS color name.
    pub color: Option<String>,
    /// New description of the label.
    pub description: Option<String>,
}

/// Delete a label of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/labels/{label_id}",
    tag = "Group labels",
    response = (),
)]
pub struct DeleteGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Subscribe the current user to a label of a group.
///
/// Answers `304 Not Modified` when the user is already subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/labels/{label_id}/subscribe",
    tag = "Group labels",
    response = Label,
    not_modified,
    example = "group_labels/subscribe_group_label.json",
)]
pub struct SubscribeGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Unsubscribe the current user from a label of a group.
///
/// Answers `304 Not Modified` when the user was not subscribed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/labels/{label_id}/unsubscribe",
    tag = "Group labels",
    response = Label,
    not_modified,
    example = "group_labels/unsubscribe_group_label.json",
)]
pub struct UnsubscribeGroupLabel {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The label, by numeric ID or by name.
    #[param(path)]
    pub label_id: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListGroupLabels,
        GetGroupLabel,
        CreateGroupLabel,
        EditGroupLabel,
        DeleteGroupLabel,
        SubscribeGroupLabel,
        UnsubscribeGroupLabel
    ]
}
