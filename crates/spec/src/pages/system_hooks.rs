//! The system hooks page: webhooks of the whole instance.
//!
//! Every operation is for administrators only.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::{SystemHook, SystemHookTestEvent};

/// List the system hooks of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/hooks",
    tag = "System hooks",
    response = Vec<SystemHook>,
    paginate = offset,
    admin,
    example = "system_hooks/list_system_hooks.json",
)]
pub struct ListSystemHooks {}

/// Get one system hook.
///
/// GitLab 14.9 and later.
// The docs' example shows a list holding the hook; GitLab's endpoint presents the one hook
// (`present hook, with: Entities::Hook`), which we follow.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/hooks/{id}",
    tag = "System hooks",
    response = SystemHook,
    admin,
    example = "system_hooks/get_system_hook.json",
)]
pub struct GetSystemHook {
    /// Numeric ID of the hook.
    #[param(path)]
    pub id: u64,
}

/// Add a system hook.
///
/// System events always fire the hook; the flags choose which project events fire it too.
// The docs' example shows a list holding the new hook; GitLab answers the one hook it
// created, which we follow.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/hooks",
    tag = "System hooks",
    response = SystemHook,
    admin,
    example = "system_hooks/add_system_hook.json",
)]
pub struct AddSystemHook {
    /// Address the hook calls.
    pub url: String,
    /// Secret sent along with each call so the receiver can check it; never returned.
    pub token: Option<String>,
    /// Fire on pushes to any project.
    pub push_events: Option<bool>,
    /// Fire on tag pushes to any project.
    pub tag_push_events: Option<bool>,
    /// Fire on merge request events of any project.
    pub merge_requests_events: Option<bool>,
    /// Fire when any repository is updated.
    pub repository_update_events: Option<bool>,
    /// Check the TLS certificate of the hook's address.
    pub enable_ssl_verification: Option<bool>,
}

/// Test a system hook: GitLab posts a sample event to it.
///
/// The answer is the sample event that was sent, whatever the receiver replied.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/hooks/{id}",
    tag = "System hooks",
    response = SystemHookTestEvent,
    admin,
    example = "system_hooks/test_system_hook.json",
)]
pub struct TestSystemHook {
    /// Numeric ID of the hook.
    #[param(path)]
    pub id: u64,
}

/// Delete a system hook.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/hooks/{id}",
    tag = "System hooks",
    response = (),
    admin,
)]
pub struct DeleteSystemHook {
    /// Numeric ID of the hook.
    #[param(path)]
    pub id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListSystemHooks,
        GetSystemHook,
        AddSystemHook,
        TestSystemHook,
        DeleteSystemHook,
    ]
}
