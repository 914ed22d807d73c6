//! Project hooks.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::ProjectHook;

/// List the webhooks of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/hooks",
    tag = "Projects",
    response = Vec<ProjectHook>,
    paginate = offset,
    example = "projects/hook_list.json",
)]
pub struct ListProjectHooks {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one webhook of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/hooks/{hook_id}",
    tag = "Projects",
    response = ProjectHook,
    example = "projects/hook_get.json",
)]
pub struct GetProjectHook {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
}

/// What a webhook listens to and how it is called: shared by adding and changing a hook.
#[derive(Debug, Clone, Default, Params)]
pub struct ProjectHookSettings {
    /// Fire on events of confidential issues.
    pub confidential_issues_events: Option<bool>,
    /// Fire on comments on confidential items.
    pub confidential_note_events: Option<bool>,
    /// Fire on deployment events.
    pub deployment_events: Option<bool>,
    /// Check the TLS certificate of the hook's address.
    pub enable_ssl_verification: Option<bool>,
    /// Fire on issue events.
    pub issues_events: Option<bool>,
    /// Fire on CI job events.
    pub job_events: Option<bool>,
    /// Fire on merge request events.
    pub merge_requests_events: Option<bool>,
    /// Fire on comments.
    pub note_events: Option<bool>,
    /// Fire on pipeline events.
    pub pipeline_events: Option<bool>,
    /// Only pushes to branches matching this name or wildcard fire the hook.
    pub push_events_branch_filter: Option<String>,
    /// Fire on pushes.
    pub push_events: Option<bool>,
    /// Fire on release events.
    pub releases_events: Option<bool>,
    /// Fire on tag pushes.
    pub tag_push_events: Option<bool>,
    /// Secret sent along with each call so the receiver can check it; never returned.
    pub token: Option<String>,
    /// Fire on wiki page events.
    pub wiki_page_events: Option<bool>,
}

/// Add a webhook to a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/hooks",
    tag = "Projects",
    response = ProjectHook,
    example = "projects/hook_add.json",
)]
pub struct AddProjectHook {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the hook calls.
    pub url: String,
    /// Which events fire the hook, and how it is called.
    #[param(flatten)]
    pub settings: ProjectHookSettings,
}

/// Change a webhook of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/hooks/{hook_id}",
    tag = "Projects",
    response = ProjectHook,
    example = "projects/hook_edit.json",
)]
pub struct EditProjectHook {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
    /// Address the hook calls.
    pub url: String,
    /// Which events fire the hook, and how it is called.
    #[param(flatten)]
    pub settings: ProjectHookSettings,
}

/// Remove a webhook from a project.
///
/// Safe to repeat. When the hook existed, the answer is the removed hook.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/hooks/{hook_id}",
    tag = "Projects",
    response = ProjectHook,
    example = "projects/hook_delete.json",
)]
pub struct DeleteProjectHook {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the hook.
    #[param(path)]
    pub hook_id: u64,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        ListProjectHooks,
        GetProjectHook,
        AddProjectHook,
        EditProjectHook,
        DeleteProjectHook
    ]
}
