//! Commits and the changes they carry: the commit as GitLab lists it, and the diff of one file.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A commit, as GitLab lists it and embeds it in branches, tags, merge requests and comparisons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Commit {
    /// Full SHA of the commit.
    pub id: String,
    /// Abbreviated SHA.
    pub short_id: String,
    /// First line of the commit message.
    pub title: String,
    /// Whole commit message.
    pub message: String,
    /// When the commit was created (sent with tags; missing from some responses).
    pub created_at: Option<DateTime<Utc>>,
    /// SHAs of the parent commits.
    pub parent_ids: Vec<String>,
    /// Name of the author.
    pub author_name: String,
    /// Email address of the author.
    pub author_email: String,
    /// When the change was authored.
    pub authored_date: DateTime<Utc>,
    /// Name of the committer.
    pub committer_name: String,
    /// Email address of the committer.
    pub committer_email: String,
    /// When the commit was made.
    pub committed_date: DateTime<Utc>,
    /// Page of the commit in the web interface (newer GitLab versions).
    pub web_url: Option<String>,
}

/// The changes to one file, as a commit, a comparison or a merge request shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Diff {
    /// Unified diff of the file (without the `diff --git` header).
    pub diff: String,
    /// Path of the file after the change.
    pub new_path: String,
    /// Path of the file before the change.
    pub old_path: String,
    /// File mode before the change (`100644`); `null` for a new file.
    pub a_mode: Option<String>,
    /// File mode after the change; `null` for a deleted file.
    pub b_mode: Option<String>,
    /// Whether the change creates the file.
    pub new_file: bool,
    /// Whether the change renames the file.
    pub renamed_file: bool,
    /// Whether the change deletes the file.
    pub deleted_file: bool,
}
