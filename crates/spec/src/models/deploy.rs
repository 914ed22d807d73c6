//! Deploy keys and deploy tokens: credentials that reach repositories and registries
//! without a user account.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The short identity of a project: names, paths and creation time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectIdentity {
    /// Numeric ID of the project.
    pub id: u64,
    /// Description of the project, if any.
    pub description: Option<String>,
    /// Name of the project.
    pub name: String,
    /// Name of the project prefixed by its namespace's name.
    pub name_with_namespace: String,
    /// Path of the project within its namespace.
    pub path: String,
    /// Full path of the project, namespace included.
    pub path_with_namespace: String,
    /// When the project was created.
    pub created_at: DateTime<Utc>,
}

/// An SSH public key that grants access to project repositories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeployKey {
    /// Numeric ID of the key.
    pub id: u64,
    /// Title of the key.
    pub title: String,
    /// The public key itself.
    pub key: String,
    /// MD5 fingerprint of the key; missing on FIPS-enabled instances.
    pub fingerprint: Option<String>,
    /// SHA256 fingerprint of the key (GitLab 15.2 and later).
    pub fingerprint_sha256: Option<String>,
    /// When the key was added.
    pub created_at: DateTime<Utc>,
    /// When the key stops working; null when it never does.
    pub expires_at: Option<DateTime<Utc>>,
    /// Projects in which the key may push; only in the instance-wide list.
    pub projects_with_write_access: Option<Vec<ProjectIdentity>>,
}

/// A deploy key as enabled in one project, with its push permission there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectDeployKey {
    /// Numeric ID of the key.
    pub id: u64,
    /// Title of the key.
    pub title: String,
    /// The public key itself.
    pub key: String,
    /// MD5 fingerprint of the key; missing on FIPS-enabled instances and in some answers.
    pub fingerprint: Option<String>,
    /// SHA256 fingerprint of the key; missing in some answers.
    pub fingerprint_sha256: Option<String>,
    /// When the key was added.
    pub created_at: DateTime<Utc>,
    /// When the key stops working; null when it never does.
    pub expires_at: Option<DateTime<Utc>>,
    /// Whether the key may push to this project's repository.
    pub can_push: bool,
}

/// What a deploy token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeployTokenScope {
    /// Clone and pull the repository.
    ReadRepository,
    /// Pull images from the container registry.
    ReadRegistry,
    /// Push images to the container registry.
    WriteRegistry,
    /// Download from the package registry.
    ReadPackageRegistry,
    /// Publish to the package registry.
    WritePackageRegistry,
}

/// A token that grants a project's or group's resources to a non-user account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeployToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Name of the token.
    pub name: String,
    /// Username to authenticate with alongside the token.
    pub username: String,
    /// When the token stops working; null when it never does.
    pub expires_at: Option<DateTime<Utc>>,
    /// The secret value; only sent once, when the token is created.
    pub token: Option<String>,
    /// Whether the token was revoked.
    pub revoked: bool,
    /// Whether the token is past its expiry.
    pub expired: bool,
    /// What the token may do.
    pub scopes: Vec<DeployTokenScope>,
}
