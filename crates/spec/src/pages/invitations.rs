//! The invitations page: invitations to join a project or group by email or user ID.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{AccessLevel, Invitation, InvitationResult};

/// A kind of task an inviter can ask new members to start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationTask {
    /// Setting up CI/CD.
    Ci,
    /// Writing code.
    Code,
    /// Working on issues.
    Issues,
}

/// Who to invite and with which role, shared by groups and projects.
#[derive(Debug, Clone, Params)]
pub struct NewInvitation {
    /// Address to invite, or several joined by commas; needed when `user_id` is missing.
    pub email: Option<String>,
    /// Numeric ID of a user to add, or several joined by commas; needed when `email` is missing.
    pub user_id: Option<String>,
    /// Role the new members get.
    pub access_level: AccessLevel,
    /// Day the membership ends (`YYYY-MM-DD`).
    pub expires_at: Option<chrono::NaiveDate>,
    /// Where the invitation came from, for GitLab's tracking.
    pub invite_source: Option<String>,
    /// Tasks to create as issues for the new members; needs `tasks_project_id`.
    pub tasks_to_be_done: Option<Vec<InvitationTask>>,
    /// Project to create the task issues in; needs `tasks_to_be_done`.
    pub tasks_project_id: Option<u64>,
}

/// Filters for listing pending invitations.
#[derive(Debug, Clone, Default, Params)]
pub struct InvitationListFilters {
    /// Only the invitation sent to exactly this email address.
    pub query: Option<String>,
}

/// New settings of a pending invitation.
#[derive(Debug, Clone, Default, Params)]
pub struct InvitationChanges {
    /// New role for the invitee (default `30`, developer).
    pub access_level: Option<AccessLevel>,
    /// New end of the membership.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Invite people to a group by email, or add existing users by ID.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/invitations",
    tag = "Invitations",
    response = InvitationResult,
    example = "invitations/invite_group_members.json",
    variant(
        "/projects/{id}/invitations",
        id = "inviteProjectMembers",
        summary = "Invite people to a project by email, or add existing users by ID.",
        example = "invitations/invite_project_members.json",
    ),
)]
pub struct InviteGroupMembers {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Who to invite.
    #[param(flatten)]
    pub invitation: NewInvitation,
}

/// List the pending invitations of a group (not those inherited from parent groups).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/invitations",
    tag = "Invitations",
    response = Vec<Invitation>,
    paginate = offset,
    example = "invitations/list_group_invitations.json",
    variant(
        "/projects/{id}/invitations",
        id = "listProjectInvitations",
        summary = "List the pending invitations of a project (not those inherited from its groups).",
        example = "invitations/list_project_invitations.json",
    ),
)]
pub struct ListGroupInvitations {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: InvitationListFilters,
}

/// Change the role or expiry of a pending invitation to a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/invitations/{email}",
    tag = "Invitations",
    response = Invitation,
    example = "invitations/edit_group_invitation.json",
    variant(
        "/projects/{id}/invitations/{email}",
        id = "editProjectInvitation",
        summary = "Change the role or expiry of a pending invitation to a project.",
        example = "invitations/edit_project_invitation.json",
    ),
)]
pub struct EditGroupInvitation {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the invitation was sent to.
    #[param(path)]
    pub email: String,
    /// What to change.
    #[param(flatten)]
    pub changes: InvitationChanges,
}

/// Withdraw a pending invitation to a group.
///
/// Answers `409 Conflict` when the invitation exists but could not be removed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/invitations/{email}",
    tag = "Invitations",
    response = (),
    variant(
        "/projects/{id}/invitations/{email}",
        id = "deleteProjectInvitation",
        summary = "Withdraw a pending invitation to a project.",
    ),
)]
pub struct DeleteGroupInvitation {
    /// The project or group, by ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Address the invitation was sent to.
    #[param(path)]
    pub email: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        InviteGroupMembers,
        ListGroupInvitations,
        EditGroupInvitation,
        DeleteGroupInvitation,
    ]
}
