//! Templates offered for new files and descriptions: Dockerfiles, `.gitignore` files, CI/CD
//! configurations, licenses, issue and merge request descriptions.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A template as listed: the key to fetch it by and its display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TemplateListItem {
    /// Identifier to fetch the template with (`mit`, `Binary`, `Ruby`, ...).
    pub key: String,
    /// Display name.
    pub name: String,
}

/// One template with its content.
///
/// File templates (Dockerfiles, `.gitignore` files, CI/CD configurations, issue and merge
/// request descriptions) carry only `name` and `content`; a license also carries `key` and its
/// metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Template {
    /// Short identifier of a license (`mit`, `apache-2.0`, ...); only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Display name.
    pub name: String,
    /// Common short name of a license, when it has one; only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Whether the license is among the commonly chosen ones; only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub popular: Option<bool>,
    /// Page explaining the license; only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// Where the license's official text is published; only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Summary of what the license allows and requires; only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the license requires of users (`include-copyright`, ...); only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<String>>,
    /// What the license allows (`commercial-use`, `modifications`, ...); only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// What the license rules out (`liability`, `warranty`, ...); only for licenses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limitations: Option<Vec<String>>,
    /// The template's text; for licenses, with the copyright placeholders filled in where
    /// `project` and `fullname` were given.
    pub content: String,
}
