//! Remote mirrors: push mirrors that copy a project's repository to another remote.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A push mirror of a project's repository and the state of its updates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RemoteMirror {
    /// Numeric ID of the mirror.
    pub id: u64,
    /// Whether the mirror is updated.
    pub enabled: bool,
    /// Address of the remote repository, masked: any user name and password in it are
    /// replaced by `*****`, in every answer.
    pub url: String,
    /// State of the latest update.
    pub update_status: RemoteMirrorUpdateStatus,
    /// When the latest update ended; `null` before the first one.
    pub last_update_at: Option<DateTime<Utc>>,
    /// When the latest update started; `null` before the first one.
    pub last_update_started_at: Option<DateTime<Utc>>,
    /// When the latest successful update ended; `null` if none succeeded.
    pub last_successful_update_at: Option<DateTime<Utc>>,
    /// Error of the latest update; `null` when it did not fail.
    pub last_error: Option<String>,
    /// Whether only protected branches are pushed.
    pub only_protected_branches: bool,
    /// Whether refs that diverged on the remote are skipped instead of overwritten.
    pub keep_divergent_refs: bool,
}

/// State of a remote mirror's updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemoteMirrorUpdateStatus {
    /// Never updated.
    None,
    /// An update is queued.
    Scheduled,
    /// An update is running.
    Started,
    /// The latest update succeeded.
    Finished,
    /// The latest update failed.
    Failed,
    /// The latest update failed and will be tried again.
    ToRetry,
}
