//! The project-level variables page: CI/CD variables of a project.
//!
//! The group-level variables page offers the same list and create operations under
//! `/groups/{id}`: they are declared here once, with a `variant(...)` tagged "Group-level
//! variables" (see `group_level_variables.rs`). Reading, changing and deleting one variable
//! take a `filter[environment_scope]` in projects only, so the group page declares its own
//! route types for those three.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{CiVariable, VariableType};

/// Settings of a variable at every scope (project, group, instance): shared by creating and
/// changing variables.
#[derive(Debug, Clone, Default, Params)]
pub struct VariableSettings {
    /// Environment variable or file (default `env_var` when creating).
    pub variable_type: Option<VariableType>,
    /// Give the variable to pipelines of protected branches and tags only (default `false`
    /// when creating).
    pub protected: Option<bool>,
    /// Hide the value in job logs; the value must then meet GitLab's masking rules (default
    /// `false` when creating).
    pub masked: Option<bool>,
}

/// Picks one of several project variables sharing a key, sent as `filter[environment_scope]=`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct VariableFilter {
    /// The environment scope of the variable meant (`production`, `review/*`, `*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub environment_scope: Option<String>,
}

/// List the CI/CD variables of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/variables",
    tag = "Project-level variables",
    response = Vec<CiVariable>,
    paginate = offset,
    example = "project_level_variables/list_project_variables.json",
    variant(
        "/groups/{id}/variables",
        id = "listGroupVariables",
        summary = "List the CI/CD variables of a group.",
        tag = "Group-level variables",
        example = "group_level_variables/list_group_variables.json",
    ),
)]
pub struct ListProjectVariables {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one CI/CD variable of a project.
///
/// When several variables share the key (with different environment scopes), GitLab answers
/// `409 Conflict` unless `filter[environment_scope]` picks one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/variables/{key}",
    tag = "Project-level variables",
    response = CiVariable,
    example = "project_level_variables/get_project_variable.json",
)]
pub struct GetProjectVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
    /// Which of the variables with this key is meant.
    pub filter: Option<VariableFilter>,
}

/// Create a CI/CD variable in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/variables",
    tag = "Project-level variables",
    response = CiVariable,
    example = "project_level_variables/create_project_variable.json",
    variant(
        "/groups/{id}/variables",
        id = "createGroupVariable",
        summary = "Create a CI/CD variable in a group.",
        tag = "Group-level variables",
        example = "group_level_variables/create_group_variable.json",
    ),
)]
pub struct CreateProjectVariable {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the new variable: at most 255 characters among `A-Z`, `a-z`, `0-9` and `_`.
    pub key: String,
    /// Value of the new variable.
    pub value: String,
    /// Type, protection and masking.
    #[param(flatten)]
    pub settings: VariableSettings,
    /// Environments the variable applies to, by name or wildcard (default `*`: all). Group
    /// variables take it on Premium and above.
    pub environment_scope: Option<String>,
}

/// Change a CI/CD variable of a project.
///
/// When several variables share the key (with different environment scopes), GitLab answers
/// `409 Conflict` unless `filter[environment_scope]` picks one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/variables/{key}",
    tag = "Project-level variables",
    response = CiVariable,
    example = "project_level_variables/edit_project_variable.json",
)]
pub struct EditProjectVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
    /// New value.
    pub value: String,
    /// Type, protection and masking.
    #[param(flatten)]
    pub settings: VariableSettings,
    /// New environment scope, by name or wildcard.
    pub environment_scope: Option<String>,
    /// Which of the variables with this key is meant.
    pub filter: Option<VariableFilter>,
}

/// Delete a CI/CD variable of a project.
///
/// When several variables share the key (with different environment scopes), GitLab answers
/// `409 Conflict` unless `filter[environment_scope]` picks one.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/variables/{key}",
    tag = "Project-level variables",
    response = (),
)]
pub struct DeleteProjectVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
    /// Which of the variables with this key is meant.
    pub filter: Option<VariableFilter>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectVariables,
        GetProjectVariable,
        CreateProjectVariable,
        EditProjectVariable,
        DeleteProjectVariable,
    ]
}
