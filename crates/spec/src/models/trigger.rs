//! Pipeline trigger tokens of a project.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::UserBasic;

/// A pipeline trigger token of a project: a secret that lets anyone holding it start the
/// project's pipelines through the API.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Trigger {
    /// Numeric ID of the trigger token.
    pub id: u64,
    /// The token: in full for tokens the caller created, otherwise only its first four
    /// characters.
    pub token: String,
    /// Description of the token; can be `null` on tokens from before descriptions were
    /// asked for.
    // GitLab's entity declares a string; legacy tokens (the ones without owner) may lack one.
    pub description: Option<String>,
    /// When the token was created.
    pub created_at: DateTime<Utc>,
    /// When the token was last changed.
    pub updated_at: DateTime<Utc>,
    /// When a pipeline was last triggered with the token; `null` if never.
    pub last_used: Option<DateTime<Utc>>,
    /// Who created the token; `null` for tokens whose owner is gone or unknown.
    pub owner: Option<UserBasic>,
}
