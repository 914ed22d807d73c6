//! Access tokens of a resource (a project or a group): each acts as a bot user that is a member
//! of that resource.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{AccessLevel, AccessTokenScope};

/// An access token of a project or a group, backed by a bot user that is a member of it.
///
/// The same shape serves project and group access tokens. The secret value is only in the answer
/// of creating the token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ResourceAccessToken {
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
    /// ID of the bot user the token authenticates as.
    pub user_id: u64,
    /// When the token was last used; `null` or missing when never used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether the token can be used now (neither revoked nor expired).
    pub active: bool,
    /// Last day the token is valid (it stops working at midnight UTC); `null` when it never
    /// expires.
    pub expires_at: Option<NaiveDate>,
    /// Role of the token's bot user in the project or group.
    pub access_level: AccessLevel,
    /// The secret to authenticate with; only in the answer of creating the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
