//! Notification settings: how much email a user gets, globally and for one group or project,
//! and which events send email at the `custom` level.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How much a user is notified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotificationLevel {
    /// No notifications at all.
    Disabled,
    /// Only for threads the user takes part in.
    Participating,
    /// For all activity.
    Watch,
    /// Follow the user's global setting (for a group or project).
    Global,
    /// Only when the user is mentioned.
    Mention,
    /// Choose per event (see the event flags).
    Custom,
}

/// Which events send an email, at the `custom` level. A flag left out is one this GitLab
/// version or tier does not know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NotificationEvents {
    /// A new release is published (not on the docs page; GitLab sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_release: Option<bool>,
    /// A new comment is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_note: Option<bool>,
    /// An issue is opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_issue: Option<bool>,
    /// An issue is reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reopen_issue: Option<bool>,
    /// An issue is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_issue: Option<bool>,
    /// An issue's assignees change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassign_issue: Option<bool>,
    /// An issue reaches its due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_due: Option<bool>,
    /// A merge request is opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_merge_request: Option<bool>,
    /// Commits are pushed to a merge request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_to_merge_request: Option<bool>,
    /// A merge request is reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reopen_merge_request: Option<bool>,
    /// A merge request is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_merge_request: Option<bool>,
    /// A merge request's assignees change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassign_merge_request: Option<bool>,
    /// A merge request's reviewers change (not on the docs page; GitLab sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_reviewer_merge_request: Option<bool>,
    /// A merge request is merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_merge_request: Option<bool>,
    /// A pipeline fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_pipeline: Option<bool>,
    /// A pipeline succeeds after a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_pipeline: Option<bool>,
    /// A pipeline succeeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_pipeline: Option<bool>,
    /// A project is moved (GitLab 13.3 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_project: Option<bool>,
    /// A merge request is set to merge when its pipeline succeeds (GitLab 13.9 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_when_pipeline_succeeds: Option<bool>,
    /// An epic is created (paid tiers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_epic: Option<bool>,
}

/// The current user's notification setting for one group or project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NotificationSetting {
    /// The notification level.
    pub level: NotificationLevel,
    /// The event flags; only at the `custom` level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<NotificationEvents>,
}

/// The current user's global notification setting and the address notifications go to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GlobalNotificationSetting {
    /// The global notification level.
    pub level: NotificationLevel,
    /// Email address notifications are sent to.
    pub notification_email: String,
    /// The event flags; only at the `custom` level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<NotificationEvents>,
}
