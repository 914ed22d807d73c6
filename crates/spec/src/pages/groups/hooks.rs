//! Group webhooks.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::GroupHook;

/// List the webhooks of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/hooks",
    tag = "Groups",
    response = Vec<GroupHook>,
    paginate = offset,
    example = "groups/list_group_hooks.json",
)]
pub struct ListGroupHooks {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one webhook of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/hooks/{hook_id}",
    tag = "Groups",
    response = GroupHook,
    example = "groups/get_group_hook.json",
)]
pub struct GetGroupHook {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
}

/// Which events fire a group webhook and how it is called: shared by adding and changing one.
#[derive(Debug, Clone, Default, Params)]
pub struct GroupHookSettings {
    /// Fire on pushes.
    pub push_events: Option<bool>,
    /// Fire on issue events.
    pub issues_events: Option<bool>,
    /// Fire on events of confidential issues.
    pub confidential_issues_events: Option<bool>,
    /// Fire on merge request events.
    pub merge_requests_events: Option<bool>,
    /// Fire on tag pushes.
    pub tag_push_events: Option<bool>,
    /// Fire on comments.
    pub note_events: Option<bool>,
    /// Fire on comments on confidential items.
    pub confidential_note_events: Option<bool>,
    /// Fire on CI job events.
    pub job_events: Option<bool>,
    /// Fire on pipeline events.
    pub pipeline_events: Option<bool>,
    /// Fire on wiki page events.
    pub wiki_page_events: Option<bool>,
    /// Fire on deployment events.
    pub deployment_events: Option<bool>,
    /// Fire on release events.
    pub releases_events: Option<bool>,
    /// Fire when subgroups are created or removed.
    pub subgroup_events: Option<bool>,
    /// Check the TLS certificate of the hook's address.
    pub enable_ssl_verification: Option<bool>,
    /// Secret sent along with each call so the receiver can check it; never returned.
    pub token: Option<String>,
}

/// Add a webhook to a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/hooks",
    tag = "Groups",
    response = GroupHook,
    example = "groups/add_group_hook.json",
)]
pub struct AddGroupHook {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the hook calls.
    pub url: String,
    /// Which events fire the hook, and how it is called.
    #[param(flatten)]
    pub settings: GroupHookSettings,
}

/// Change a webhook of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/hooks/{hook_id}",
    tag = "Groups",
    response = GroupHook,
    example = "groups/edit_group_hook.json",
)]
pub struct EditGroupHook {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
    /// Address the hook calls.
    pub url: String,
    /// Which events fire the hook, and how it is called.
    #[param(flatten)]
    pub settings: GroupHookSettings,
}

/// Remove a webhook from a group.
///
/// Safe to repeat: a hook that is already gone answers `404`, and nothing changes.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/hooks/{hook_id}",
    tag = "Groups",
    response = (),
)]
pub struct DeleteGroupHook {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        ListGroupHooks,
        GetGroupHook,
        AddGroupHook,
        EditGroupHook,
        DeleteGroupHook
    ]
}
