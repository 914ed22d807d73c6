//! The access requests page: requests to join a project or group, and their approval.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::{AccessLevel, AccessRequest, Member};

/// Settings for approving an access request, shared by groups and projects.
#[derive(Debug, Clone, Default, Params)]
pub struct AccessRequestApproval {
    /// Role to grant the new member (default `30`, developer).
    pub access_level: Option<AccessLevel>,
}

/// List the pending access requests of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/access_requests",
    tag = "Access requests",
    response = Vec<AccessRequest>,
    paginate = offset,
    example = "access_requests/list_group_access_requests.json",
    variant(
        "/projects/{id}/access_requests",
        id = "listProjectAccessRequests",
        summary = "List the pending access requests of a project.",
        example = "access_requests/list_project_access_requests.json",
    ),
)]
pub struct ListGroupAccessRequests {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Ask for the current user to be let into a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/access_requests",
    tag = "Access requests",
    response = AccessRequest,
    example = "access_requests/request_group_access.json",
    variant(
        "/projects/{id}/access_requests",
        id = "requestProjectAccess",
        summary = "Ask for the current user to be let into a project.",
        example = "access_requests/request_project_access.json",
    ),
)]
pub struct RequestGroupAccess {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Approve a user's request to join a group, making them a member.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/access_requests/{user_id}/approve",
    tag = "Access requests",
    response = Member,
    example = "access_requests/approve_group_access_request.json",
    variant(
        "/projects/{id}/access_requests/{user_id}/approve",
        id = "approveProjectAccessRequest",
        summary = "Approve a user's request to join a project, making them a member.",
        example = "access_requests/approve_project_access_request.json",
    ),
)]
pub struct ApproveGroupAccessRequest {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The user who asked for access.
    #[param(path)]
    pub user_id: u64,
    /// How to approve.
    #[param(flatten)]
    pub approval: AccessRequestApproval,
}

/// Turn down a user's request to join a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/access_requests/{user_id}",
    tag = "Access requests",
    response = (),
    variant(
        "/projects/{id}/access_requests/{user_id}",
        id = "denyProjectAccessRequest",
        summary = "Turn down a user's request to join a project.",
    ),
)]
pub struct DenyGroupAccessRequest {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The user who asked for access.
    #[param(path)]
    pub user_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListGroupAccessRequests,
        RequestGroupAccess,
        ApproveGroupAccessRequest,
        DenyGroupAccessRequest,
    ]
}
