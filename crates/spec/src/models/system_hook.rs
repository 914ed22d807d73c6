//! System hooks: webhooks of the whole instance, called on system events (projects, groups and
//! users created or removed, ...) and optionally on pushes, tag pushes, merge requests and
//! repository updates of every project.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A webhook of the instance: where GitLab posts, and which events beyond the system events
/// make it post.
///
/// The secret token set when adding the hook is never sent back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SystemHook {
    /// Numeric ID of the hook.
    pub id: u64,
    /// Address the hook calls.
    pub url: String,
    /// When the hook was added.
    pub created_at: DateTime<Utc>,
    /// Fires on pushes to any project.
    pub push_events: bool,
    /// Fires on tag pushes to any project.
    pub tag_push_events: bool,
    /// Fires on merge request events of any project.
    pub merge_requests_events: bool,
    /// Fires when any repository is updated.
    pub repository_update_events: bool,
    /// Whether GitLab checks the TLS certificate of the hook's address.
    pub enable_ssl_verification: bool,
}

/// The sample event GitLab posts to a system hook when testing it: a made-up project
/// creation, always with the same values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SystemHookTestEvent {
    /// Kind of event (`project_create`).
    pub event_name: String,
    /// Name of the sample project.
    pub name: String,
    /// Path of the sample project.
    pub path: String,
    /// Numeric ID of the sample project.
    pub project_id: u64,
    /// Name of the sample project's owner.
    pub owner_name: String,
    /// Email address of the sample project's owner.
    pub owner_email: String,
}
