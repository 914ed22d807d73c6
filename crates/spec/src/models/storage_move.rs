//! Repository storage moves: moving the repositories of a project, a group (its wiki) or a
//! snippet from one Gitaly storage shard to another.
//!
//! The three kinds share one entity: a move names the moved resource under its own key
//! (`project`, `group` or `snippet`), in that resource's short form, and leaves out the other
//! two keys.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{BasicGroupDetails, ProjectIdentity, ProjectVisibility};

/// Where a repository storage move stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepositoryStorageMoveState {
    /// Recorded; its background job is not scheduled yet.
    Initial,
    /// Its background job is scheduled.
    Scheduled,
    /// The repositories are being copied to the destination storage.
    Started,
    /// The copy is complete; the resource now uses the destination storage.
    Replicated,
    /// The copy failed, or its checksums did not match.
    Failed,
    /// Moved, and the repositories on the source storage were removed.
    Finished,
    /// Moved, but the repositories on the source storage could not be removed.
    // GitLab sends the state machine's human name, which has a space here.
    #[serde(rename = "cleanup failed")]
    CleanupFailed,
}

/// A snippet in the short form embedded in other entities: no author, no file list.
// GitLab's `BasicSnippet` entity. It would sit best in models/snippet.rs (not ours in this
// round); it is re-exported from `crate::models` all the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BasicSnippet {
    /// Numeric snippet ID.
    pub id: u64,
    /// Title.
    pub title: String,
    /// Free-text description, if any.
    pub description: Option<String>,
    /// Who can see the snippet.
    pub visibility: ProjectVisibility,
    /// When the snippet was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the snippet was created.
    pub created_at: DateTime<Utc>,
    /// Project the snippet belongs to; `null` for a personal snippet.
    pub project_id: Option<u64>,
    /// Address of the snippet in the web interface.
    pub web_url: String,
    /// Address of the snippet's raw content.
    pub raw_url: String,
    /// SSH address to clone the snippet's repository.
    pub ssh_url_to_repo: Option<String>,
    /// HTTP(S) address to clone the snippet's repository.
    pub http_url_to_repo: Option<String>,
}

/// One move of a resource's repositories between storage shards.
///
/// Exactly one of `project`, `group` and `snippet` is present: the resource whose repositories
/// move, according to the kind of move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RepositoryStorageMove {
    /// Numeric ID of the move.
    pub id: u64,
    /// When the move was recorded.
    pub created_at: DateTime<Utc>,
    /// Where the move stands.
    pub state: RepositoryStorageMoveState,
    /// Storage shard the repositories move from.
    pub source_storage_name: String,
    /// Storage shard the repositories move to.
    pub destination_storage_name: String,
    /// The moved project (project repository moves only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<ProjectIdentity>,
    /// The group whose wiki moves (group repository moves only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<BasicGroupDetails>,
    /// The moved snippet (snippet repository moves only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<BasicSnippet>,
}
