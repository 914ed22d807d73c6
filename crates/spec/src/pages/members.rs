//! The members page: members of projects and groups, directly or through inheritance, and their access levels.
//!
//! GitLab serves the same member operations under `/groups/{id}` and `/projects/{id}`: each is
//! declared once, on the group route, with a `variant(...)` for the project route. Billable and
//! pending members (the group's seat usage), membership states, approvals and LDAP overrides
//! exist for groups only.

use chrono::NaiveDate;
use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::invitations::InvitationTask;
use crate::models::{
    AccessLevel, BillableMember, BillableMembership, Member, MembershipState,
    MembershipStateChange, PendingMember,
};

/// Filters shared by the lists of direct and of all members.
// GitLab's members helper applies every one of these filters to both lists (`/members` and
// `/members/all`), although each list declares only some of them: the docs list `state` for
// the full list only, and neither `skip_users` nor `show_seat_info`.
#[derive(Debug, Clone, Default, Params)]
pub struct MemberListFilters {
    /// Only members whose name or username matches this text.
    pub query: Option<String>,
    /// Only these users, by numeric ID (sent as `user_ids[]=1&user_ids[]=2`).
    pub user_ids: Option<Vec<u64>>,
    /// Leave out these users, by numeric ID (sent as `skip_users[]=1&skip_users[]=2`).
    pub skip_users: Option<Vec<u64>>,
    /// Say for each member whether they take a paid seat, in `is_using_seat` (paid tiers).
    pub show_seat_info: Option<bool>,
    /// Only memberships in this state (paid tiers).
    pub state: Option<MembershipState>,
}

/// Orders of the billable members list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BillableMemberSort {
    /// Lowest role first.
    AccessLevelAsc,
    /// Highest role first.
    AccessLevelDesc,
    /// Most recently joined first.
    LastJoined,
    /// By name, A to Z.
    NameAsc,
    /// By name, Z to A.
    NameDesc,
    /// Earliest joined first.
    OldestJoined,
    /// Longest since the last sign-in first.
    OldestSignIn,
    /// Most recent sign-in first.
    RecentSignIn,
    /// Least recently active first.
    LastActivityOnAsc,
    /// Most recently active first.
    LastActivityOnDesc,
}

/// List the direct members of a group.
///
/// Members inherited from ancestor groups are left out; see the `/members/all` list for them.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/members",
    tag = "Members",
    response = Vec<Member>,
    paginate = offset,
    example = "members/list_group_members.json",
    variant(
        "/projects/{id}/members",
        id = "listProjectMembers",
        summary = "List the direct members of a project.",
        example = "members/list_project_members.json",
    ),
)]
pub struct ListGroupMembers {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: MemberListFilters,
}

/// List every member of a group: direct, inherited from ancestor groups, and invited groups'
/// members.
///
/// A user who is a member at several levels is listed once, with their highest role, which is
/// the access they effectively have. Members of an invited group are listed when that group is
/// public or the caller belongs to it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/members/all",
    tag = "Members",
    response = Vec<Member>,
    paginate = offset,
    example = "members/list_all_group_members.json",
    variant(
        "/projects/{id}/members/all",
        id = "listAllProjectMembers",
        summary = "List every member of a project: direct, inherited from its groups, and invited groups' members.",
        example = "members/list_all_project_members.json",
    ),
)]
pub struct ListAllGroupMembers {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: MemberListFilters,
}

/// Get a direct member of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/members/{user_id}",
    tag = "Members",
    response = Member,
    example = "members/get_group_member.json",
    variant(
        "/projects/{id}/members/{user_id}",
        id = "getProjectMember",
        summary = "Get a direct member of a project.",
    ),
)]
pub struct GetGroupMember {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
}

/// Get a member of a group, direct, inherited from an ancestor group or through an invited
/// group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/members/all/{user_id}",
    tag = "Members",
    response = Member,
    example = "members/get_inherited_group_member.json",
    variant(
        "/projects/{id}/members/all/{user_id}",
        id = "getInheritedProjectMember",
        summary = "Get a member of a project, direct, inherited from its groups or through an invited group.",
    ),
)]
pub struct GetInheritedGroupMember {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
}

/// List the users who take a paid seat in a top-level group (its seat usage).
///
/// Counts members of the group, of its subgroups and projects, and of groups they are shared
/// with. Subgroups are refused. GitLab refreshes the list once a day.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/billable_members",
    tag = "Members",
    response = Vec<BillableMember>,
    paginate = offset,
    example = "members/list_billable_group_members.json",
)]
pub struct ListBillableGroupMembers {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only users whose name, username or public email matches this text.
    pub search: Option<String>,
    /// Order of the list (by user ID when not given).
    pub sort: Option<BillableMemberSort>,
    /// Also list users whose memberships await approval (default `false`).
    pub include_awaiting_members: Option<bool>,
}

/// List the direct memberships of a billable user within a top-level group's hierarchy.
///
/// Memberships of groups and projects outside the hierarchy, and inherited memberships, are
/// left out. Needs the right to manage the group's members; subgroups are refused.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/billable_members/{user_id}/memberships",
    tag = "Members",
    response = Vec<BillableMembership>,
    paginate = offset,
    example = "members/list_billable_member_memberships.json",
)]
pub struct ListBillableMemberMemberships {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the billable user.
    #[param(path)]
    pub user_id: u64,
}

/// Remove a billable user from a top-level group, its subgroups and its projects.
///
/// Works for users who are direct members of a subgroup or project only, too.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/billable_members/{user_id}",
    tag = "Members",
    response = (),
)]
pub struct RemoveBillableGroupMember {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the user to remove.
    #[param(path)]
    pub user_id: u64,
}

/// Put a user's memberships in a top-level group, its subgroups and projects in effect, or
/// make them wait for approval.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/members/{user_id}/state",
    tag = "Members",
    response = MembershipStateChange,
    example = "members/set_group_membership_state.json",
)]
pub struct SetGroupMembershipState {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// The state to set.
    pub state: MembershipState,
}

/// Add one or several users to a group, with a role.
///
/// With one user ID, GitLab answers the new member. With several IDs joined by commas, it
/// answers `{"status": "success"}` instead, or `{"status": "error", "message": {...}}` with
/// the reason for each user it refused (the shape of the invitations page's answer).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/members",
    tag = "Members",
    response = Member,
    example = "members/add_group_member.json",
    variant(
        "/projects/{id}/members",
        id = "addProjectMember",
        summary = "Add one or several users to a project, with a role.",
        example = "members/add_project_member.json",
    ),
)]
// The docs show only the single-user answer; for several IDs GitLab's members API answers the
// create service's `{status, message}` result, as the invitations API does. The schema types
// the single-user answer only: a `oneOf` of `Member` and `InvitationResult` is what GitLab
// sends, but the crate's example-field test (tests/document.rs) requires an example's keys to
// be declared by every object branch of a `oneOf`, so it cannot be expressed yet.
pub struct AddGroupMember {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the user to add, or several joined by commas (`1,2`).
    pub user_id: String,
    /// Role to give.
    pub access_level: AccessLevel,
    /// Last day of the membership (`YYYY-MM-DD`); no end when not given.
    pub expires_at: Option<NaiveDate>,
    /// What started the addition, for GitLab's tracking (default `members-api`).
    pub invite_source: Option<String>,
    /// Tasks to create as issues for the new members; needs `tasks_project_id` (behind the
    /// `invite_members_for_task` feature flag).
    pub tasks_to_be_done: Option<Vec<InvitationTask>>,
    /// Project to create the task issues in; needs `tasks_to_be_done`.
    pub tasks_project_id: Option<u64>,
}

/// Change the role or end date of a group member.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/members/{user_id}",
    tag = "Members",
    response = Member,
    example = "members/edit_group_member.json",
    variant(
        "/projects/{id}/members/{user_id}",
        id = "editProjectMember",
        summary = "Change the role or end date of a project member.",
        example = "members/edit_project_member.json",
    ),
)]
pub struct EditGroupMember {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
    /// The member's new role.
    pub access_level: AccessLevel,
    /// New last day of the membership (`YYYY-MM-DD`).
    pub expires_at: Option<NaiveDate>,
}

/// Let a group member synced from LDAP keep a role other than the one LDAP gives.
///
/// Without the override, LDAP group sync sets the member's role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/members/{user_id}/override",
    tag = "Members",
    response = Member,
    example = "members/set_group_member_override.json",
)]
// The docs' example request sends PUT; the route GitLab serves is POST.
pub struct SetGroupMemberOverride {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
}

/// Drop the override of an LDAP-synced group member, so that the next LDAP group sync resets
/// their role.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/members/{user_id}/override",
    tag = "Members",
    response = Member,
    example = "members/remove_group_member_override.json",
)]
// The docs' example request sends PUT; the route GitLab serves is DELETE, answering the member.
pub struct RemoveGroupMemberOverride {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
}

/// Remove a direct member from a group.
///
/// Only users given a role in this group itself can be removed this way; a user who is a
/// member of one of its projects only is removed through the billable members endpoint.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/members/{user_id}",
    tag = "Members",
    response = (),
    variant(
        "/projects/{id}/members/{user_id}",
        id = "removeProjectMember",
        summary = "Remove a direct member from a project.",
    ),
)]
pub struct RemoveGroupMember {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the member's user account.
    #[param(path)]
    pub user_id: u64,
    /// Keep the user's direct memberships of subgroups and projects (default `false`).
    pub skip_subresources: Option<bool>,
    /// Also unassign the user from the issues and merge requests of the group or project
    /// (default `false`).
    pub unassign_issuables: Option<bool>,
}

/// Approve a membership awaiting approval in a top-level group, its subgroups and projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/members/{member_id}/approve",
    tag = "Members",
    response = (),
    status = 204,
)]
pub struct ApproveGroupMember {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the membership (not of the user).
    #[param(path)]
    pub member_id: u64,
}

/// Approve every membership awaiting approval in a top-level group, its subgroups and
/// projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/members/approve_all",
    tag = "Members",
    response = (),
    status = 204,
)]
pub struct ApproveAllGroupMembers {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// List the memberships awaiting approval, and the invitations of addresses without an
/// account, in a top-level group, its subgroups and projects.
///
/// Needs the right to manage the group's members; subgroups are refused.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/pending_members",
    tag = "Members",
    response = Vec<PendingMember>,
    paginate = offset,
    example = "members/list_pending_group_members.json",
)]
pub struct ListPendingGroupMembers {
    /// The top-level group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListGroupMembers,
        ListAllGroupMembers,
        GetGroupMember,
        GetInheritedGroupMember,
        ListBillableGroupMembers,
        ListBillableMemberMemberships,
        RemoveBillableGroupMember,
        SetGroupMembershipState,
        AddGroupMember,
        EditGroupMember,
        SetGroupMemberOverride,
        RemoveGroupMemberOverride,
        RemoveGroupMember,
        ApproveGroupMember,
        ApproveAllGroupMembers,
        ListPendingGroupMembers,
    ]
}
