//! Repository contents: entries of a tree, blobs, files with their content, blame ranges,
//! comparisons between two refs, contributors, generated changelogs and the answers of file
//! writes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Commit, Diff};

/// Kind of object an entry of a tree points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TreeEntryType {
    /// A directory.
    Tree,
    /// A file.
    Blob,
    /// A submodule, pinned at a commit of another repository.
    Commit,
}

/// One file, directory or submodule in a tree of a repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TreeEntry {
    /// SHA of the object the entry points at.
    pub id: String,
    /// Name of the entry, without its directory.
    pub name: String,
    /// Kind of the entry.
    pub r#type: TreeEntryType,
    /// Path of the entry from the repository's root.
    pub path: String,
    /// Git file mode, in octal (`100644` for a file, `040000` for a directory).
    pub mode: String,
}

/// How the content of a file travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FileEncoding {
    /// As plain text.
    Text,
    /// Base64-encoded bytes.
    Base64,
}

/// A blob of a repository with its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RepositoryBlob {
    /// Size of the blob, in bytes.
    pub size: u64,
    /// Encoding of `content` (always `base64`).
    pub encoding: FileEncoding,
    /// Content of the blob, Base64-encoded.
    pub content: String,
    /// SHA of the blob.
    pub sha: String,
}

/// A file of a repository at a ref, with its content and the commits that concern it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RepositoryFile {
    /// Name of the file, without its directory.
    pub file_name: String,
    /// Path of the file from the repository's root.
    pub file_path: String,
    /// Size of the file, in bytes.
    pub size: u64,
    /// Encoding of `content` (always `base64`).
    pub encoding: FileEncoding,
    /// Content of the file, Base64-encoded.
    pub content: String,
    /// SHA-256 checksum of the file's content, in hexadecimal.
    pub content_sha256: String,
    /// The branch, tag or commit the file was read at.
    pub r#ref: String,
    /// SHA of the file's blob.
    pub blob_id: String,
    /// SHA of the commit the ref resolves to.
    pub commit_id: String,
    /// SHA of the last commit that changed the file, up to the ref.
    pub last_commit_id: String,
    /// Whether the file has the executable flag (GitLab 14.10 and later).
    pub execute_filemode: Option<bool>,
}

/// The commit of a blame range: the commit's identity, message and people, without the
/// short SHA and title of a full commit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BlameRangeCommit {
    /// Full SHA of the commit.
    pub id: String,
    /// SHAs of the parent commits.
    pub parent_ids: Vec<String>,
    /// Whole commit message.
    pub message: String,
    /// When the change was authored.
    pub authored_date: DateTime<Utc>,
    /// Name of the author.
    pub author_name: String,
    /// Email address of the author.
    pub author_email: String,
    /// When the commit was made.
    pub committed_date: DateTime<Utc>,
    /// Name of the committer.
    pub committer_name: String,
    /// Email address of the committer.
    pub committer_email: String,
}

/// Consecutive lines of a file that were last changed by the same commit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BlameRange {
    /// The commit that last changed these lines.
    pub commit: BlameRangeCommit,
    /// The lines, in order, without their line endings.
    pub lines: Vec<String>,
}

/// The difference between two refs of a repository: the commits between them and the
/// changes to each file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RepositoryComparison {
    /// The newest commit of the comparison; `null` when there is none.
    pub commit: Option<Commit>,
    /// The commits reachable from `to` but not from `from`, oldest first.
    pub commits: Vec<Commit>,
    /// The changes, one entry per file (a diff may be empty when GitLab's diff limits are
    /// reached).
    pub diffs: Vec<Diff>,
    /// Whether computing the comparison took too long and the result was cut short.
    pub compare_timeout: bool,
    /// Whether `from` and `to` name the same commit.
    pub compare_same_ref: bool,
    /// Page of the comparison in the web interface (newer GitLab versions).
    pub web_url: Option<String>,
}

/// Someone who committed to a repository, with their number of commits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Contributor {
    /// Name of the contributor, as in the commits.
    pub name: String,
    /// Email address of the contributor, as in the commits.
    pub email: String,
    /// Number of commits.
    pub commits: u64,
    /// Lines added (deprecated by GitLab: always `0`).
    pub additions: u64,
    /// Lines deleted (deprecated by GitLab: always `0`).
    pub deletions: u64,
}

/// Changelog text generated from the commits of a range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Changelog {
    /// The new changelog section, in Markdown.
    pub notes: String,
}

/// What creating or updating a file answers: the file and the branch it was committed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RepositoryFileChange {
    /// Path of the file from the repository's root.
    pub file_path: String,
    /// Branch the commit was added to.
    pub branch: String,
}
