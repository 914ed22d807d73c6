//! Instance models: namespaces, topics, version and metadata, SSH key lookups, avatars,
//! rendered Markdown and OAuth applications.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::User;

/// Whether a namespace belongs to a user or to a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NamespaceKind {
    /// A user's personal namespace.
    User,
    /// A group (or subgroup).
    Group,
}

/// A namespace in its long form, as the namespaces page answers it.
///
/// Member counts and plan details appear only for owners, seat counts only on GitLab.com.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Namespace {
    /// Numeric namespace ID.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Last path segment.
    pub path: String,
    /// User or group namespace.
    pub kind: NamespaceKind,
    /// Full path, parents included.
    pub full_path: String,
    /// ID of the parent group; `null` for top-level namespaces.
    pub parent_id: Option<u64>,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// URL of the namespace's page.
    pub web_url: String,
    /// Members of the group and its subgroups (groups only, for owners).
    pub members_count_with_descendants: Option<u64>,
    /// Members that count towards billing.
    pub billable_members_count: Option<u64>,
    /// Highest number of seats ever used (GitLab.com).
    pub max_seats_used: Option<u64>,
    /// Seats in use now (GitLab.com).
    pub seats_in_use: Option<u64>,
    /// Subscription plan name (for owners).
    pub plan: Option<String>,
    /// Last day of the trial; `null` when there is none.
    pub trial_ends_on: Option<NaiveDate>,
    /// Whether the namespace is on a trial.
    pub trial: Option<bool>,
}

/// Whether a namespace path is taken, with free alternatives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NamespaceExistence {
    /// `true` when the path is already in use.
    pub exists: bool,
    /// Similar paths that are still free.
    pub suggests: Vec<String>,
}

/// A project topic of the instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Topic {
    /// Numeric topic ID.
    pub id: u64,
    /// Slug of the topic.
    pub name: String,
    /// Human-readable title.
    pub title: String,
    /// Description text.
    pub description: Option<String>,
    /// How many projects carry the topic.
    pub total_projects_count: u64,
    /// URL of the topic's avatar image.
    pub avatar_url: Option<String>,
}

/// Version of the GitLab instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Version {
    /// Version string.
    pub version: String,
    /// Git revision the instance was built from.
    pub revision: String,
}

/// Facts about the instance: version, revision and the Kubernetes agent server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Metadata {
    /// Version string.
    pub version: String,
    /// Git revision the instance was built from.
    pub revision: String,
    /// The Kubernetes agent server (KAS).
    pub kas: KasMetadata,
    /// Whether this is an Enterprise Edition instance (newer versions).
    pub enterprise: Option<bool>,
}

/// State of the GitLab agent server for Kubernetes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct KasMetadata {
    /// Whether KAS is turned on.
    pub enabled: bool,
    /// Address agents connect to; `null` when KAS is off.
    #[serde(rename = "externalUrl")]
    pub external_url: Option<String>,
    /// KAS version; `null` when KAS is off.
    pub version: Option<String>,
}

/// Link between a deploy key and a project using it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeployKeysProject {
    /// Numeric ID of the link.
    pub id: u64,
    /// The deploy key.
    pub deploy_key_id: u64,
    /// The project.
    pub project_id: u64,
    /// When the key was added to the project.
    pub created_at: DateTime<Utc>,
    /// When the link last changed.
    pub updated_at: DateTime<Utc>,
    /// Whether the key may push to the project.
    pub can_push: bool,
}

/// An SSH key together with the user owning it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct KeyWithUser {
    /// Numeric ID of the key.
    pub id: u64,
    /// Label the owner gave the key.
    pub title: String,
    /// The public key, in OpenSSH format.
    pub key: String,
    /// When the key was added.
    pub created_at: DateTime<Utc>,
    /// When the key stops being accepted; `null` or absent when it never expires.
    pub expires_at: Option<DateTime<Utc>>,
    /// The owner of the key.
    pub user: User,
    /// Projects using the key, present when it is a deploy key.
    pub deploy_keys_projects: Option<Vec<DeployKeysProject>>,
}

/// The avatar URL found for an email address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Avatar {
    /// URL of the avatar image.
    pub avatar_url: String,
}

/// Markdown rendered to HTML.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RenderedMarkdown {
    /// The resulting HTML.
    pub html: String,
}

/// An instance-wide OAuth application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Application {
    /// Numeric ID of the application (used in paths).
    pub id: u64,
    /// OAuth client ID.
    pub application_id: String,
    /// Name of the application.
    pub application_name: String,
    /// OAuth client secret; only in the answer to creating the application.
    pub secret: Option<String>,
    /// Redirect URI.
    pub callback_url: String,
    /// Whether the application can keep its secret confidential.
    pub confidential: bool,
}
