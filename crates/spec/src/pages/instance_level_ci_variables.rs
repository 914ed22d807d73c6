//! The instance-level CI/CD variables page: CI/CD variables of the whole instance, given to
//! every project's pipelines. Administrators only.

use gitlab_endpoint::Endpoint;

use super::project_level_variables::VariableSettings;
use crate::models::CiVariable;

/// List the CI/CD variables of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/admin/ci/variables",
    tag = "Instance-level CI/CD variables",
    response = Vec<CiVariable>,
    paginate = offset,
    admin,
    example = "instance_level_ci_variables/list_instance_variables.json",
)]
pub struct ListInstanceVariables {}

/// Get one CI/CD variable of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/admin/ci/variables/{key}",
    tag = "Instance-level CI/CD variables",
    response = CiVariable,
    admin,
    example = "instance_level_ci_variables/get_instance_variable.json",
)]
pub struct GetInstanceVariable {
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
}

/// Create a CI/CD variable of the instance.
///
/// The instance accepts a limited number of variables; administrators can change the limit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/admin/ci/variables",
    tag = "Instance-level CI/CD variables",
    response = CiVariable,
    admin,
    example = "instance_level_ci_variables/create_instance_variable.json",
)]
pub struct CreateInstanceVariable {
    /// Key of the new variable: at most 255 characters among `A-Z`, `a-z`, `0-9` and `_`.
    pub key: String,
    /// Value of the new variable (up to 10,000 characters).
    pub value: String,
    /// Type, protection and masking.
    #[param(flatten)]
    pub settings: VariableSettings,
}

/// Change a CI/CD variable of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/admin/ci/variables/{key}",
    tag = "Instance-level CI/CD variables",
    response = CiVariable,
    admin,
    example = "instance_level_ci_variables/edit_instance_variable.json",
)]
pub struct EditInstanceVariable {
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
    /// New value (up to 10,000 characters).
    pub value: String,
    /// Type, protection and masking.
    #[param(flatten)]
    pub settings: VariableSettings,
}

/// Delete a CI/CD variable of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/admin/ci/variables/{key}",
    tag = "Instance-level CI/CD variables",
    response = (),
    admin,
)]
pub struct DeleteInstanceVariable {
    /// Key of the variable (letters, digits and `_` only, so it needs no encoding).
    #[param(path)]
    pub key: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListInstanceVariables,
        GetInstanceVariable,
        CreateInstanceVariable,
        EditInstanceVariable,
        DeleteInstanceVariable,
    ]
}
