//! The custom attributes page: administrator-defined key-value attributes on users, groups and projects.

use gitlab_endpoint::Endpoint;

use crate::models::CustomAttribute;

/// List the custom attributes of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/custom_attributes",
    tag = "Custom attributes",
    response = Vec<CustomAttribute>,
    admin,
    example = "custom_attributes/list_user_custom_attributes.json",
    variant(
        "/groups/{id}/custom_attributes",
        id = "listGroupCustomAttributes",
        summary = "List the custom attributes of a group.",
        example = "custom_attributes/list_group_custom_attributes.json",
    ),
    variant(
        "/projects/{id}/custom_attributes",
        id = "listProjectCustomAttributes",
        summary = "List the custom attributes of a project.",
        example = "custom_attributes/list_project_custom_attributes.json",
    ),
)]
pub struct ListUserCustomAttributes {
    /// Numeric ID of the user, group or project.
    #[param(path)]
    pub id: u64,
}

/// Get one custom attribute of a user, by key.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/custom_attributes/{key}",
    tag = "Custom attributes",
    response = CustomAttribute,
    admin,
    example = "custom_attributes/get_user_custom_attribute.json",
    variant(
        "/groups/{id}/custom_attributes/{key}",
        id = "getGroupCustomAttribute",
        summary = "Get one custom attribute of a group, by key.",
        example = "custom_attributes/get_group_custom_attribute.json",
    ),
    variant(
        "/projects/{id}/custom_attributes/{key}",
        id = "getProjectCustomAttribute",
        summary = "Get one custom attribute of a project, by key.",
        example = "custom_attributes/get_project_custom_attribute.json",
    ),
)]
pub struct GetUserCustomAttribute {
    /// Numeric ID of the user, group or project.
    #[param(path)]
    pub id: u64,
    /// Name of the attribute.
    #[param(path)]
    pub key: String,
}

/// Set a custom attribute of a user, creating it or replacing its value.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/users/{id}/custom_attributes/{key}",
    tag = "Custom attributes",
    response = CustomAttribute,
    admin,
    example = "custom_attributes/set_user_custom_attribute.json",
    variant(
        "/groups/{id}/custom_attributes/{key}",
        id = "setGroupCustomAttribute",
        summary = "Set a custom attribute of a group, creating it or replacing its value.",
        example = "custom_attributes/set_group_custom_attribute.json",
    ),
    variant(
        "/projects/{id}/custom_attributes/{key}",
        id = "setProjectCustomAttribute",
        summary = "Set a custom attribute of a project, creating it or replacing its value.",
        example = "custom_attributes/set_project_custom_attribute.json",
    ),
)]
pub struct SetUserCustomAttribute {
    /// Numeric ID of the user, group or project.
    #[param(path)]
    pub id: u64,
    /// Name of the attribute.
    #[param(path)]
    pub key: String,
    /// Value to store.
    pub value: String,
}

/// Remove a custom attribute from a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/users/{id}/custom_attributes/{key}",
    tag = "Custom attributes",
    response = (),
    admin,
    variant(
        "/groups/{id}/custom_attributes/{key}",
        id = "deleteGroupCustomAttribute",
        summary = "Remove a custom attribute from a group.",
    ),
    variant(
        "/projects/{id}/custom_attributes/{key}",
        id = "deleteProjectCustomAttribute",
        summary = "Remove a custom attribute from a project.",
    ),
)]
pub struct DeleteUserCustomAttribute {
    /// Numeric ID of the user, group or project.
    #[param(path)]
    pub id: u64,
    /// Name of the attribute.
    #[param(path)]
    pub key: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListUserCustomAttributes,
        GetUserCustomAttribute,
        SetUserCustomAttribute,
        DeleteUserCustomAttribute,
    ]
}
