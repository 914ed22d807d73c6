//! The remote mirrors page: push mirrors that copy a project's repository to other remotes.
//!
//! Answers never show the credentials of a mirror's address: its user name and password are
//! masked as `*****`. Pull mirrors are set up with the projects API instead.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::RemoteMirror;

/// List the push mirrors of a project and the state of their updates.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/remote_mirrors",
    tag = "Remote mirrors",
    response = Vec<RemoteMirror>,
    paginate = offset,
    example = "remote_mirrors/list_remote_mirrors.json",
)]
pub struct ListRemoteMirrors {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one push mirror of a project and the state of its updates.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/remote_mirrors/{mirror_id}",
    tag = "Remote mirrors",
    response = RemoteMirror,
    example = "remote_mirrors/get_remote_mirror.json",
)]
pub struct GetRemoteMirror {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the mirror.
    #[param(path)]
    pub mirror_id: u64,
}

/// Add a push mirror to a project.
///
/// The new mirror is disabled unless `enabled` is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/remote_mirrors",
    tag = "Remote mirrors",
    response = RemoteMirror,
    example = "remote_mirrors/create_remote_mirror.json",
)]
pub struct CreateRemoteMirror {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address of the repository to push to, with its credentials if it needs any
    /// (`https://username:token@example.com/group/project.git`); answers mask them.
    pub url: String,
    /// Turn the mirror on (default `false`).
    pub enabled: Option<bool>,
    /// Push protected branches only (default `false`).
    pub only_protected_branches: Option<bool>,
    /// Skip refs that diverged on the remote instead of overwriting them (default `false`).
    pub keep_divergent_refs: Option<bool>,
}

/// Turn a push mirror on or off, or change which branches it pushes.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/remote_mirrors/{mirror_id}",
    tag = "Remote mirrors",
    response = RemoteMirror,
    example = "remote_mirrors/edit_remote_mirror.json",
)]
pub struct EditRemoteMirror {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the mirror.
    #[param(path)]
    pub mirror_id: u64,
    /// Turn the mirror on or off.
    pub enabled: Option<bool>,
    /// Push protected branches only.
    pub only_protected_branches: Option<bool>,
    /// Skip refs that diverged on the remote instead of overwriting them.
    pub keep_divergent_refs: Option<bool>,
}

/// Delete a push mirror of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/remote_mirrors/{mirror_id}",
    tag = "Remote mirrors",
    response = (),
)]
pub struct DeleteRemoteMirror {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the mirror.
    #[param(path)]
    pub mirror_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListRemoteMirrors,
        GetRemoteMirror,
        CreateRemoteMirror,
        EditRemoteMirror,
        DeleteRemoteMirror,
    ]
}
