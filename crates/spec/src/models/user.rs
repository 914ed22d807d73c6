//! Users: the short form embedded everywhere (`UserBasic`) and the fuller forms of the users page.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The short description of a user embedded in other resources (authors, assignees, owners).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 1, "username": "john_smith", "name": "John Smith", "state": "active",
    "avatar_url": "http://localhost:3000/uploads/user/avatar/1/index.jpg",
    "web_url": "http://localhost:3000/john_smith"
}))]
pub struct UserBasic {
    /// Numeric user ID.
    pub id: u64,
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Account state (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page.
    pub web_url: String,
}
