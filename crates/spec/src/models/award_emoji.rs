//! Award emoji models.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::UserBasic;

/// Kind of object an emoji was awarded to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum AwardableType {
    /// An issue.
    Issue,
    /// A merge request.
    MergeRequest,
    /// A snippet.
    Snippet,
    /// A comment.
    Note,
    /// An epic.
    Epic,
}

/// An emoji reaction a user gave to an issue, merge request, snippet or comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AwardEmoji {
    /// Numeric ID of the award.
    pub id: u64,
    /// Emoji name, without colons (`thumbsup`).
    pub name: String,
    /// Who gave the emoji.
    pub user: UserBasic,
    /// When the emoji was given.
    pub created_at: DateTime<Utc>,
    /// When the award last changed.
    pub updated_at: DateTime<Utc>,
    /// Numeric ID (not the internal ID) of the object the emoji was given to.
    pub awardable_id: u64,
    /// Kind of object the emoji was given to.
    pub awardable_type: AwardableType,
}
