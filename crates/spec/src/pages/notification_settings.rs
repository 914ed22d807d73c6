//! The notification settings page: notification levels and events, globally and per group or project.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};

use crate::models::{GlobalNotificationSetting, NotificationLevel, NotificationSetting};

/// The event flags of a notification setting, each turning the emails of one event on or off
/// at the `custom` level. Flags left out keep their value.
#[derive(Debug, Clone, Default, Params)]
pub struct NotificationEventFlags {
    /// Email on new releases (not on the docs page; GitLab accepts it).
    pub new_release: Option<bool>,
    /// Email on new comments.
    pub new_note: Option<bool>,
    /// Email when an issue is opened.
    pub new_issue: Option<bool>,
    /// Email when an issue is reopened.
    pub reopen_issue: Option<bool>,
    /// Email when an issue is closed.
    pub close_issue: Option<bool>,
    /// Email when an issue's assignees change.
    pub reassign_issue: Option<bool>,
    /// Email when an issue reaches its due date.
    pub issue_due: Option<bool>,
    /// Email when a merge request is opened.
    pub new_merge_request: Option<bool>,
    /// Email when commits are pushed to a merge request.
    pub push_to_merge_request: Option<bool>,
    /// Email when a merge request is reopened.
    pub reopen_merge_request: Option<bool>,
    /// Email when a merge request is closed.
    pub close_merge_request: Option<bool>,
    /// Email when a merge request's assignees change.
    pub reassign_merge_request: Option<bool>,
    /// Email when a merge request's reviewers change (not on the docs page; GitLab accepts it).
    pub change_reviewer_merge_request: Option<bool>,
    /// Email when a merge request is merged.
    pub merge_merge_request: Option<bool>,
    /// Email when a pipeline fails.
    pub failed_pipeline: Option<bool>,
    /// Email when a pipeline succeeds after a failure.
    pub fixed_pipeline: Option<bool>,
    /// Email when a pipeline succeeds.
    pub success_pipeline: Option<bool>,
    /// Email when a project is moved (GitLab 13.3 and later).
    pub moved_project: Option<bool>,
    /// Email when a merge request is set to merge once its pipeline succeeds (GitLab 13.9 and
    /// later).
    pub merge_when_pipeline_succeeds: Option<bool>,
    /// Email when an epic is created (paid tiers, GitLab 11.3 and later).
    pub new_epic: Option<bool>,
}

/// Get the current user's global notification setting.
///
/// Gives the global level (`participating` until the user changes it) and the address
/// notifications go to.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/notification_settings",
    tag = "Notification settings",
    response = GlobalNotificationSetting,
    example = "notification_settings/get_global_notification_settings.json",
)]
pub struct GetGlobalNotificationSettings {}

/// Change the current user's global notification setting.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/notification_settings",
    tag = "Notification settings",
    response = GlobalNotificationSetting,
    example = "notification_settings/edit_global_notification_settings.json",
)]
pub struct EditGlobalNotificationSettings {
    /// New global notification level.
    pub level: Option<NotificationLevel>,
    /// New address for notifications; one of the user's verified email addresses.
    pub notification_email: Option<String>,
    /// Event flags.
    #[param(flatten)]
    pub events: NotificationEventFlags,
}

/// Get the current user's notification setting for a group.
///
/// The level is `global` until the user changes it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/notification_settings",
    tag = "Notification settings",
    response = NotificationSetting,
    example = "notification_settings/get_group_notification_settings.json",
    variant(
        "/projects/{id}/notification_settings",
        id = "getProjectNotificationSettings",
        summary = "Get the current user's notification setting for a project.",
        example = "notification_settings/get_project_notification_settings.json",
    ),
)]
pub struct GetGroupNotificationSettings {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Change the current user's notification setting for a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/notification_settings",
    tag = "Notification settings",
    response = NotificationSetting,
    example = "notification_settings/edit_group_notification_settings.json",
    variant(
        "/projects/{id}/notification_settings",
        id = "editProjectNotificationSettings",
        summary = "Change the current user's notification setting for a project.",
        example = "notification_settings/edit_project_notification_settings.json",
    ),
)]
pub struct EditGroupNotificationSettings {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// New notification level for the group or project.
    pub level: Option<NotificationLevel>,
    /// Event flags.
    #[param(flatten)]
    pub events: NotificationEventFlags,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetGlobalNotificationSettings,
        EditGlobalNotificationSettings,
        GetGroupNotificationSettings,
        EditGroupNotificationSettings,
    ]
}
