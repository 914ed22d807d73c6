//! The group-level variables page: CI/CD variables of a group.
//!
//! Listing and creating variables are the group variants of the project operations, declared
//! once in `project_level_variables.rs`; this page keeps their operations tagged "Group-level
//! variables". Reading, changing and deleting one variable are declared here: the project
//! operations also take `filter[environment_scope]`, which the group operations do not
//! document, and a shared field would put that parameter on the group operations too.

use gitlab_endpoint::{Endpoint, IdOrPath};

use super::project_level_variables::{
    CreateProjectVariable, ListProjectVariables, VariableSettings,
};
use crate::models::CiVariable;

/// Get one CI/CD variable of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/variables/{key}",
    tag = "Group-level variables",
    response = CiVariable,
    example = "group_level_variables/get_group_variable.json",
)]
pub struct GetGroupVariable {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
}

/// Change a CI/CD variable of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/variables/{key}",
    tag = "Group-level variables",
    response = CiVariable,
    example = "group_level_variables/edit_group_variable.json",
)]
pub struct EditGroupVariable {
    /// The group, by numeric ID or URL-encoded full path.
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
    /// New environment scope, by name or wildcard (Premium and above).
    pub environment_scope: Option<String>,
}

/// Delete a CI/CD variable of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/variables/{key}",
    tag = "Group-level variables",
    response = (),
)]
pub struct DeleteGroupVariable {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectVariables,
        GetGroupVariable,
        CreateProjectVariable,
        EditGroupVariable,
        DeleteGroupVariable,
    ]
}
