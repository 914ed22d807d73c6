//! Notes (comments) on issues, merge requests, snippets, commits and epics.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::UserBasic;

/// A comment (note) on an issue, a merge request, a snippet, a commit or an epic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Note {
    /// Numeric note ID.
    pub id: u64,
    /// Note type (`DiscussionNote`, `DiffNote`); `null` for a plain comment.
    #[serde(rename = "type")]
    pub r#type: Option<String>,
    /// Markdown text.
    pub body: String,
    /// Attached file, if any.
    pub attachment: Option<String>,
    /// Who wrote the note.
    pub author: UserBasic,
    /// When the note was written.
    pub created_at: DateTime<Utc>,
    /// When the note was last changed.
    pub updated_at: DateTime<Utc>,
    /// Whether GitLab wrote the note (a system note).
    pub system: bool,
    /// Global ID of the commented resource.
    pub noteable_id: u64,
    /// Type of the commented resource (`Issue`).
    pub noteable_type: String,
    /// Internal ID of the commented resource.
    pub noteable_iid: Option<u64>,
    /// Whether the note starts a thread that can be resolved.
    pub resolvable: bool,
    /// Whether the note is visible only to project members with enough access.
    pub confidential: bool,
    /// Effects of quick actions in the note, when it had any.
    pub commands_changes: Option<NoteCommandsChanges>,
}

/// Effects of the quick actions a note contained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NoteCommandsChanges {
    /// Whether the issue was promoted to an epic (`/promote`).
    pub promote_to_epic: Option<bool>,
}

/// A thread of notes: a comment and its replies, or a single comment shown as a thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Discussion {
    /// ID of the thread (a SHA-like hexadecimal string).
    pub id: String,
    /// Whether the thread is a lone comment that cannot be replied to as a thread.
    pub individual_note: bool,
    /// The notes of the thread, oldest first.
    pub notes: Vec<Note>,
}
