//! User credentials: SSH keys, GPG keys, emails and access tokens.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A public SSH key registered for a user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SshKey {
    /// Numeric ID of the key.
    pub id: u64,
    /// Label the owner gave the key.
    pub title: String,
    /// The public key, in OpenSSH format.
    pub key: String,
    /// When the key was added.
    pub created_at: DateTime<Utc>,
    /// When the key stops being accepted; `null` when it never expires.
    pub expires_at: Option<DateTime<Utc>>,
}

/// A public GPG key registered for a user, used to verify signed commits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GpgKey {
    /// Numeric ID of the key.
    pub id: u64,
    /// The ASCII-armored public key block.
    pub key: String,
    /// When the key was added.
    pub created_at: DateTime<Utc>,
}

/// A secondary email address of a user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Email {
    /// Numeric ID of the address.
    pub id: u64,
    /// The address itself.
    pub email: String,
    /// When the owner confirmed the address; `null` while unconfirmed.
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// A permission an access token can be granted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccessTokenScope {
    /// Full read and write access to the API, the registry and repositories.
    Api,
    /// Read-only access to the API.
    ReadApi,
    /// Read access to the token owner's profile through `/user` and `/users`.
    ReadUser,
    /// Pull access to repositories over Git-over-HTTP.
    ReadRepository,
    /// Pull and push access to repositories over Git-over-HTTP.
    WriteRepository,
    /// Pull access to container registry images.
    ReadRegistry,
    /// Push access to container registry images.
    WriteRegistry,
    /// Acting as another user through the `sudo` parameter (administrators only).
    Sudo,
}

/// A personal access token, without its secret value.
///
/// What the personal access tokens page lists and shows; the token just created on the users page
/// is a [`PersonalAccessTokenWithToken`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PersonalAccessToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Label of the token.
    pub name: String,
    /// Whether the token has been revoked.
    pub revoked: bool,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// Permissions granted to the token.
    pub scopes: Vec<AccessTokenScope>,
    /// ID of the user the token belongs to.
    pub user_id: u64,
    /// When the token was last used; `null` when never used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether the token can be used now (neither revoked nor expired).
    pub active: bool,
    /// Last day the token is valid; `null` when it never expires.
    pub expires_at: Option<NaiveDate>,
}

/// A personal access token just created, with its secret value (shown only this once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PersonalAccessTokenWithToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Label of the token.
    pub name: String,
    /// Whether the token has been revoked.
    pub revoked: bool,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// Permissions granted to the token.
    pub scopes: Vec<AccessTokenScope>,
    /// ID of the user the token belongs to.
    pub user_id: u64,
    /// When the token was last used; `null` or missing when never used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether the token can be used now (neither revoked nor expired).
    pub active: bool,
    /// Last day the token is valid; `null` when it never expires.
    pub expires_at: Option<NaiveDate>,
    /// The secret to authenticate with.
    pub token: String,
}

/// A token that lets an administrator act as a user, without its secret value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ImpersonationToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Label of the token.
    pub name: String,
    /// Whether the token has been revoked.
    pub revoked: bool,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// Permissions granted to the token.
    pub scopes: Vec<AccessTokenScope>,
    /// ID of the impersonated user.
    pub user_id: u64,
    /// When the token was last used; `null` or missing when never used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether the token can be used now (neither revoked nor expired).
    pub active: bool,
    /// Last day the token is valid; `null` when it never expires.
    pub expires_at: Option<NaiveDate>,
    /// Always `true`: marks the token as an impersonation token.
    pub impersonation: bool,
}

/// An impersonation token just created, with its secret value (shown only this once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ImpersonationTokenWithToken {
    /// Numeric ID of the token.
    pub id: u64,
    /// Label of the token.
    pub name: String,
    /// Whether the token has been revoked.
    pub revoked: bool,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// Permissions granted to the token.
    pub scopes: Vec<AccessTokenScope>,
    /// ID of the impersonated user.
    pub user_id: u64,
    /// When the token was last used; `null` or missing when never used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether the token can be used now (neither revoked nor expired).
    pub active: bool,
    /// Last day the token is valid; `null` when it never expires.
    pub expires_at: Option<NaiveDate>,
    /// Always `true`: marks the token as an impersonation token.
    pub impersonation: bool,
    /// The secret to authenticate with.
    pub token: String,
}
