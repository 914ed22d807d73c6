//! Activity events: what a user did, and where (pushes, comments, opened or closed issues and
//! merge requests, joining projects, ...).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{CommitRefType, Note, UserBasic, WikiPage};

/// One activity event: an action of a user on a target (an issue, a merge request, a note,
/// ...) in a project.
///
/// Push events add `push_data`, comment events the `note`, wiki events the `wiki_page`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Event {
    /// Numeric event ID.
    pub id: u64,
    /// Title of the event; always `null` (older GitLab versions sent it, newer leave it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Project the event happened in; `null` for events of a group (epics) or of no project.
    pub project_id: Option<u64>,
    /// What was done, in words (`opened`, `closed`, `accepted` for a merge, `approved`,
    /// `commented on`, `pushed to`, `pushed new`, `deleted`, `joined`, `left`, `destroyed`,
    /// `created`, `imported`, ...).
    pub action_name: String,
    /// Global ID of the target object; `null` when the event has none (pushes, joins).
    pub target_id: Option<u64>,
    /// Internal ID of the target within its project (issues, merge requests, ...); `null`
    /// for targets without one.
    pub target_iid: Option<u64>,
    /// Class of the target object (`Issue`, `MergeRequest`, `Milestone`, `Note`,
    /// `DiffNote`, `DiscussionNote`, `Snippet`, `WikiPage::Meta`, ...); `null` when the event
    /// has no target.
    pub target_type: Option<String>,
    /// ID of the user who acted.
    pub author_id: u64,
    /// Title of the target object; `null` when it has none.
    pub target_title: Option<String>,
    /// When the event happened.
    pub created_at: DateTime<Utc>,
    /// Leftover of an older storage of push details; `null` (free-form when set: the docs show
    /// only `null`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// The comment written; comment events only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
    /// The wiki page concerned; wiki events only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wiki_page: Option<WikiPage>,
    /// Who acted.
    pub author: UserBasic,
    /// Login name of who acted.
    pub author_username: String,
    /// What was pushed; push events only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_data: Option<PushData>,
}

/// What a push did to a branch or tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PushAction {
    /// The branch or tag was created.
    Created,
    /// The branch or tag was deleted.
    Removed,
    /// Commits were pushed to an existing branch (or a tag was moved).
    Pushed,
}

/// Summary of the push behind a push event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PushData {
    /// How many commits the push brought.
    pub commit_count: u64,
    /// Whether the ref was created, deleted or updated.
    pub action: PushAction,
    /// Whether the ref is a branch or a tag.
    pub ref_type: CommitRefType,
    /// SHA the ref pointed at before the push; `null` when the ref was created.
    pub commit_from: Option<String>,
    /// SHA the ref points at after the push; `null` when the ref was deleted.
    pub commit_to: Option<String>,
    /// Name of the branch or tag; `null` when one push changed several refs (see `ref_count`).
    #[serde(rename = "ref")]
    pub r#ref: Option<String>,
    /// Title of the newest pushed commit; `null` when there is none.
    pub commit_title: Option<String>,
    /// How many refs the push changed, when it changed several at once; `null` otherwise.
    pub ref_count: Option<u64>,
}
