//! CI/CD variables: the one shape shared by the variables of a project, of a group and of the
//! whole instance, and the kinds of variable.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How a CI/CD variable reaches a job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VariableType {
    /// An environment variable holding the value (the default).
    EnvVar,
    /// A file holding the value; the environment variable holds the file's path.
    File,
}

/// A CI/CD variable of a project, a group or the instance.
///
/// The three scopes share this shape; only project and group variables are limited to
/// environments, so `environment_scope` is missing from instance variables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CiVariable {
    /// Name of the variable (letters, digits and `_`, at most 255 characters).
    pub key: String,
    /// Whether it is an environment variable or a file.
    pub variable_type: VariableType,
    /// The value.
    pub value: String,
    /// Whether only pipelines of protected branches and tags get the variable.
    pub protected: bool,
    /// Whether the value is hidden in job logs.
    pub masked: bool,
    /// Environments the variable applies to, by name or wildcard (`*` for all); project and
    /// group variables only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_scope: Option<String>,
}
