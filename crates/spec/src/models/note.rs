//! Notes (comments) on issues, merge requests, snippets, commits and epics, the threads
//! (discussions) they form, and the diff positions of comments on changed lines.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::UserBasic;

/// Kind of note, as GitLab stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum NoteType {
    /// A note that is part of a thread (started as a thread or replied to).
    DiscussionNote,
    /// A comment on a line or an image of a diff, with a `position`.
    DiffNote,
    /// A diff comment written before GitLab recorded positions (old data only).
    LegacyDiffNote,
}

/// Kind of object a note belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum NoteableType {
    /// An issue.
    Issue,
    /// A merge request.
    MergeRequest,
    /// A project snippet.
    Snippet,
    /// A commit.
    Commit,
    /// An epic.
    Epic,
}

/// A comment (note) on an issue, a merge request, a snippet, a commit or an epic.
///
/// Comments on a diff (`DiffNote`) add the `position` they point at; notes that can be resolved
/// (on merge requests) add the `resolved*` fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Note {
    /// Numeric note ID.
    pub id: u64,
    /// Kind of note; `null` for a plain comment.
    #[serde(rename = "type")]
    pub r#type: Option<NoteType>,
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
    /// Whether GitLab wrote the note to record a change (a system note).
    pub system: bool,
    /// Global ID of the commented object; `null` on commit notes, which point at their commit
    /// by SHA instead.
    pub noteable_id: Option<u64>,
    /// Kind of the commented object.
    pub noteable_type: NoteableType,
    /// Internal ID of the commented issue or merge request; `null` for other objects.
    pub noteable_iid: Option<u64>,
    /// SHA of the commit a diff comment on a merge request was written on.
    pub commit_id: Option<String>,
    /// Where in the diff the comment points (diff comments only).
    pub position: Option<NotePosition>,
    /// Whether the note can be resolved (notes of merge request threads).
    pub resolvable: Option<bool>,
    /// Whether the note is resolved (resolvable notes only).
    pub resolved: Option<bool>,
    /// Who resolved the note, once resolved (resolvable notes only).
    pub resolved_by: Option<UserBasic>,
    /// When the note was resolved, once resolved (resolvable notes only).
    pub resolved_at: Option<DateTime<Utc>>,
    /// Whether the note is visible only to members allowed to see confidential notes.
    pub confidential: Option<bool>,
    /// Effects of the quick actions the note contained, when it had any.
    pub commands_changes: Option<NoteCommandsChanges>,
}

/// Effects of the quick actions a note contained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NoteCommandsChanges {
    /// Whether the issue was promoted to an epic (`/promote`).
    pub promote_to_epic: Option<bool>,
}

/// What part of a diff a diff comment is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiffPositionType {
    /// A line (or a range of lines) of a text file.
    Text,
    /// A point of an image.
    Image,
}

/// Side of a diff a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiffLineType {
    /// A line added by the change (the new side).
    New,
    /// A line removed by the change, or unchanged (the old side).
    Old,
}

/// The place in a diff a diff comment points at: the three commits that define the diff, the
/// file, and a line (text) or a point (image).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NotePosition {
    /// SHA of the base commit of the diff; `null` when the diff has none (a root commit).
    pub base_sha: Option<String>,
    /// SHA of the commit the diff starts from; `null` when the diff has none (a root commit).
    pub start_sha: Option<String>,
    /// SHA of the head commit of the diff.
    pub head_sha: String,
    /// Path of the file before the change.
    pub old_path: String,
    /// Path of the file after the change.
    pub new_path: String,
    /// Whether the comment points at text lines or at an image.
    pub position_type: DiffPositionType,
    /// Line number before the change; `null` on an added line (text positions only).
    pub old_line: Option<u64>,
    /// Line number after the change; `null` on a removed line (text positions only).
    pub new_line: Option<u64>,
    /// First and last line of a comment on several lines (text positions, merge requests only).
    pub line_range: Option<NoteLineRange>,
    /// Width of the image (image positions only).
    pub width: Option<u64>,
    /// Height of the image (image positions only).
    pub height: Option<u64>,
    /// Horizontal coordinate of the point in the image (image positions only).
    pub x: Option<u64>,
    /// Vertical coordinate of the point in the image (image positions only).
    pub y: Option<u64>,
}

/// The lines a comment on several lines of a diff spans.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NoteLineRange {
    /// First line of the range.
    pub start: NoteLine,
    /// Last line of the range.
    pub end: NoteLine,
}

/// One end of a range of diff lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NoteLine {
    /// Line code: `<SHA1 of the file name>_<old line>_<new line>`.
    pub line_code: String,
    /// Side of the diff the line is on; `null` on an unchanged line.
    #[serde(rename = "type")]
    pub r#type: Option<DiffLineType>,
    /// Line number before the change, when the line has one.
    pub old_line: Option<u64>,
    /// Line number after the change, when the line has one.
    pub new_line: Option<u64>,
}

/// A thread of notes: a comment and its replies, or a single comment shown as a thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Discussion {
    /// ID of the thread (a 40-character hexadecimal string).
    pub id: String,
    /// Whether the thread is a lone comment rather than a thread of replies.
    pub individual_note: bool,
    /// The notes of the thread, oldest first.
    pub notes: Vec<Note>,
}
