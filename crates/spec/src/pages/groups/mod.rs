//! The groups page: groups and subgroups: listing, creating, editing, transferring and deleting them, their projects, shares and hooks.
//!
//! Besides the groups themselves (this module) the page covers group webhooks (`hooks`), the
//! LDAP sync and LDAP group links (`ldap`) and group push rules (`push_rules`).

mod hooks;
mod ldap;
mod push_rules;

pub use hooks::*;
pub use ldap::*;
pub use push_rules::*;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params, Upload};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::projects::{ProjectOrderBy, ProjectSort};
use crate::models::{
    AccessLevel, Group, GroupDefaultBranchProtection, GroupProjectCreationLevel,
    GroupSubgroupCreationLevel, Project, ProjectActionMessage, ProjectVisibility, User,
};

/// Field to order a list of groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupOrderBy {
    /// Name (the default).
    Name,
    /// Path.
    Path,
    /// Group ID.
    Id,
    /// Closeness to `search` (GitLab 14.1 and later); without `search`, the order is by name.
    Similarity,
}

/// Direction of a sorted list of groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupSort {
    /// Ascending (the default).
    Asc,
    /// Descending.
    Desc,
}

/// Field to order the list of a group's projects by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupProjectOrderBy {
    /// Project ID.
    Id,
    /// Name.
    Name,
    /// Path.
    Path,
    /// Creation time (the default).
    CreatedAt,
    /// Time of the last update.
    UpdatedAt,
    /// Closeness to `search`; `sort` is then ignored, and without `search` the order is by name.
    Similarity,
    /// Time of the latest activity.
    LastActivityAt,
}

/// Whether shared runners serve the projects and subgroups of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupSharedRunnersSetting {
    /// Shared runners are on for every project and subgroup.
    Enabled,
    /// Shared runners are off, but subgroups may turn them back on.
    DisabledWithOverride,
    /// Shared runners are off, and subgroups may not turn them back on.
    DisabledAndUnoverridable,
}

/// Filters and options shared by the lists of all groups, of a group's subgroups and of its
/// descendant groups.
// GitLab declares these three lists with the same parameters; `order_by=similarity` is
// accepted by all three although the docs mention it for the list of all groups only.
#[derive(Debug, Clone, Default, Params)]
pub struct GroupListFilters {
    /// Leave out the groups with these IDs.
    pub skip_groups: Option<Vec<u64>>,
    /// List every group the caller can see, not only those they are a member of (default
    /// `false`, `true` for administrators); `owned` and `min_access_level` take precedence.
    pub all_available: Option<bool>,
    /// Only groups matching this text (for subgroups and descendant groups, only their own
    /// path, not the full path, is matched).
    pub search: Option<String>,
    /// Field to order by; `name` by default.
    pub order_by: Option<GroupOrderBy>,
    /// Sort direction; `asc` by default.
    pub sort: Option<GroupSort>,
    /// Include storage statistics (administrators only; default `false`).
    pub statistics: Option<bool>,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
    /// Only groups the caller owns explicitly (default `false`).
    pub owned: Option<bool>,
    /// Only groups where the caller has at least this role (`60` is not taken).
    pub min_access_level: Option<AccessLevel>,
}

/// List the groups the caller can see.
///
/// Anonymous callers get public groups only; for them, keyset pagination (ordered by name,
/// ascending) is also offered, and is the only way past the offset limit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups",
    tag = "Groups",
    response = Vec<Group>,
    paginate = keyset(order_by = ["name"], sort = ["asc"]),
    public,
    example = "groups/list_groups.json",
)]
pub struct ListGroups {
    /// Only top-level groups, no subgroups.
    pub top_level_only: Option<bool>,
    /// Only groups with these custom attribute values (administrators only), sent as
    /// `custom_attributes[key]=value`.
    pub custom_attributes: Option<BTreeMap<String, String>>,
    /// Filters and options shared with the other lists of groups.
    #[param(flatten)]
    pub filters: GroupListFilters,
}

/// List the direct subgroups of a group.
///
/// Anonymous callers get public subgroups only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/subgroups",
    tag = "Groups",
    response = Vec<Group>,
    paginate = offset,
    public,
    example = "groups/list_group_subgroups.json",
)]
pub struct ListGroupSubgroups {
    /// The parent group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters and options shared with the other lists of groups.
    #[param(flatten)]
    pub filters: GroupListFilters,
}

/// List every group below a group, at any depth (GitLab 13.5 and later).
///
/// Anonymous callers get public groups only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/descendant_groups",
    tag = "Groups",
    response = Vec<Group>,
    paginate = offset,
    public,
    example = "groups/list_group_descendant_groups.json",
)]
pub struct ListGroupDescendantGroups {
    /// The ancestor group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters and options shared with the other lists of groups.
    #[param(flatten)]
    pub filters: GroupListFilters,
}

/// List the projects of a group.
///
/// Anonymous callers get public projects only. Projects shared with the group are included
/// unless `with_shared=false`; their `namespace` is not the group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/projects",
    tag = "Groups",
    response = Vec<Project>,
    paginate = offset,
    public,
    example = "groups/list_group_projects.json",
)]
pub struct ListGroupProjects {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only archived (`true`) or only unarchived (`false`) projects.
    pub archived: Option<bool>,
    /// Only projects with this visibility.
    pub visibility: Option<ProjectVisibility>,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<GroupProjectOrderBy>,
    /// Sort direction; `desc` by default.
    pub sort: Option<ProjectSort>,
    /// Only projects matching this text.
    pub search: Option<String>,
    /// Answer with the reduced form of each project (ID, URLs, name and path).
    pub simple: Option<bool>,
    /// Only projects the caller owns (default `false`).
    pub owned: Option<bool>,
    /// Only projects the caller starred (default `false`).
    pub starred: Option<bool>,
    /// Only projects with issues turned on (default `false`).
    pub with_issues_enabled: Option<bool>,
    /// Only projects with merge requests turned on (default `false`).
    pub with_merge_requests_enabled: Option<bool>,
    /// Include the projects shared with the group (default `true`).
    pub with_shared: Option<bool>,
    /// Include the projects of the group's subgroups (default `false`).
    pub include_subgroups: Option<bool>,
    /// Only projects where the caller has at least this role (`60` is not taken).
    pub min_access_level: Option<AccessLevel>,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
    /// Only projects whose builds produced security report artifacts (paid tiers; default
    /// `false`).
    pub with_security_reports: Option<bool>,
}

/// List the projects shared with a group.
///
/// Anonymous callers get public projects only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/projects/shared",
    tag = "Groups",
    response = Vec<Project>,
    paginate = offset,
    public,
    example = "groups/list_group_shared_projects.json",
)]
pub struct ListGroupSharedProjects {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only archived (`true`) or only unarchived (`false`) projects.
    pub archived: Option<bool>,
    /// Only projects with this visibility.
    pub visibility: Option<ProjectVisibility>,
    /// Field to order by; `created_at` by default.
    pub order_by: Option<ProjectOrderBy>,
    /// Sort direction; `desc` by default.
    pub sort: Option<ProjectSort>,
    /// Only projects matching this text.
    pub search: Option<String>,
    /// Answer with the reduced form of each project (ID, URLs, name and path).
    pub simple: Option<bool>,
    /// Only projects the caller starred (default `false`).
    pub starred: Option<bool>,
    /// Only projects with issues turned on (default `false`).
    pub with_issues_enabled: Option<bool>,
    /// Only projects with merge requests turned on (default `false`).
    pub with_merge_requests_enabled: Option<bool>,
    /// Only projects where the caller has at least this role (`60` is not taken).
    pub min_access_level: Option<AccessLevel>,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
}

/// Get one group in its detailed form.
///
/// Public groups can be read without a token. `runners_token` is only there for owners and
/// administrators (and may be missing with `with_projects=false`). With `with_projects=false`
/// the answer is the list form of the group, without shares and projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}",
    tag = "Groups",
    response = Group,
    public,
    example = "groups/get_group.json",
)]
pub struct GetGroup {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Include custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
    /// Include the group's projects and shared projects, up to 100 each (default `true`;
    /// deprecated, list them with the group's project lists instead).
    #[param(deprecated)]
    pub with_projects: Option<bool>,
}

/// Download the avatar image of a group.
///
/// Public groups' avatars can be downloaded without a token.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/avatar",
    tag = "Groups",
    response = (),
    raw = "application/octet-stream",
    public,
)]
pub struct DownloadGroupAvatar {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Settings of a group that creating and editing it both take.
#[derive(Debug, Clone, Default, Params)]
pub struct GroupSettings {
    /// Default new projects to the Auto DevOps pipeline.
    pub auto_devops_enabled: Option<bool>,
    /// Avatar image (GitLab 12.9 and later), sent as a file part of the `multipart/form-data`
    /// body.
    pub avatar: Option<Upload>,
    /// Protection of new projects' default branches; on creation, the instance's setting when
    /// left out.
    pub default_branch_protection: Option<GroupDefaultBranchProtection>,
    /// Free-text description.
    pub description: Option<String>,
    /// Turn email notifications off.
    pub emails_disabled: Option<bool>,
    /// Turn Git LFS on or off for the group's projects.
    pub lfs_enabled: Option<bool>,
    /// Keep the group from being mentioned.
    pub mentions_disabled: Option<bool>,
    /// Who may create projects in the group.
    pub project_creation_level: Option<GroupProjectCreationLevel>,
    /// Let users ask to become members.
    pub request_access_enabled: Option<bool>,
    /// Make every member set up two-factor authentication.
    pub require_two_factor_authentication: Option<bool>,
    /// Keep the group's projects from being shared with other groups.
    pub share_with_group_lock: Option<bool>,
    /// Who may create subgroups.
    pub subgroup_creation_level: Option<GroupSubgroupCreationLevel>,
    /// Hours members have to set up two-factor authentication once it is required.
    pub two_factor_grace_period: Option<u64>,
    /// Who can see the group.
    pub visibility: Option<ProjectVisibility>,
    /// Keep new members from being added to the group's projects (paid tiers).
    pub membership_lock: Option<bool>,
    /// CI/CD minutes on top of the monthly quota (administrators only, paid tiers).
    pub extra_shared_runners_minutes_limit: Option<u64>,
    /// Monthly CI/CD minutes quota: left unset to inherit the instance default, `0` for no
    /// limit (administrators only, paid tiers).
    pub shared_runners_minutes_limit: Option<u64>,
}

/// Create a group, or a subgroup when `parent_id` is given.
///
/// Only users allowed to create groups (or, for a subgroup, subgroups of the parent) may.
/// On GitLab.com, top-level groups can only be created in the web interface. An avatar
/// travels as a file of the `multipart/form-data` body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups",
    tag = "Groups",
    response = Group,
    multipart,
    example = "groups/create_group.json",
)]
pub struct CreateGroup {
    /// Name of the group.
    pub name: String,
    /// Path of the group (the last part of its URL).
    pub path: String,
    /// Numeric ID of the parent group, to create a subgroup.
    pub parent_id: Option<u64>,
    /// Settings that creating and editing a group both take.
    #[param(flatten)]
    pub settings: GroupSettings,
}

/// Move a project into a group (administrators only).
///
/// Project owners can move their projects with the projects API's transfer instead. The move
/// may fail when the project's registry has tagged packages. The answer is the group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/projects/{project_id}",
    tag = "Groups",
    response = Group,
    admin,
    example = "groups/transfer_project_to_group.json",
)]
pub struct TransferProjectToGroup {
    /// The target group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The project to move, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub project_id: IdOrPath,
}

/// Move a group under another parent group, or make a subgroup a top-level group (GitLab 14.6
/// and later).
///
/// Needs the Owner role on the group, and the right to create a subgroup in the new parent (or
/// a top-level group). The answer is the moved group.
// The docs type `id` as an integer; GitLab resolves it like every group `id`, by ID or path.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/transfer",
    tag = "Groups",
    response = Group,
    example = "groups/transfer_group.json",
)]
pub struct TransferGroup {
    /// The group to move, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the new parent group; left out, the group becomes a top-level group.
    pub group_id: Option<u64>,
}

/// Change the settings of a group (owners and administrators).
///
/// An avatar travels as a file of the `multipart/form-data` body. The answer is the detailed
/// form of the group.
// The docs type `id` as an integer; GitLab resolves it like every group `id`, by ID or path.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}",
    tag = "Groups",
    response = Group,
    multipart,
    example = "groups/edit_group.json",
)]
pub struct EditGroup {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// New name.
    pub name: Option<String>,
    /// New path (the last part of the group's URL).
    pub path: Option<String>,
    /// Keep the group and its subgroups from being shared outside its hierarchy (top-level
    /// groups only; GitLab 14.1 and later).
    pub prevent_sharing_groups_outside_hierarchy: Option<bool>,
    /// Whether shared runners serve the group's projects and subgroups.
    pub shared_runners_setting: Option<GroupSharedRunnersSetting>,
    /// Project whose files serve as the group's file templates (paid tiers).
    pub file_template_project_id: Option<u64>,
    /// Keep the group's projects from being forked into namespaces outside it (paid tiers).
    pub prevent_forking_outside_group: Option<bool>,
    /// Settings that creating and editing a group both take.
    #[param(flatten)]
    pub settings: GroupSettings,
}

/// Delete a group (owners and administrators).
///
/// The removal, with every project of the group, runs in the background. On paid tiers with
/// delayed deletion the group is only marked for deletion, and removed after the instance's
/// delay (7 days by default). Groups of GitLab.com linked to a subscription cannot be deleted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}",
    tag = "Groups",
    response = ProjectActionMessage,
    status = 202,
    example = "groups/delete_group.json",
)]
pub struct DeleteGroup {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Restore a group that is marked for deletion (paid tiers; GitLab 12.8 and later).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/restore",
    tag = "Groups",
    response = Group,
    example = "groups/restore_group.json",
)]
pub struct RestoreGroup {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// List the users a group provisioned (GitLab 14.8 and later; maintainers and above).
///
/// Users provisioned by the group's subgroups are not included.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/provisioned_users",
    tag = "Groups",
    response = Vec<User>,
    paginate = offset,
    example = "groups/list_group_provisioned_users.json",
)]
pub struct ListGroupProvisionedUsers {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only the user with this username.
    pub username: Option<String>,
    /// Only users whose name, email or username matches this text.
    pub search: Option<String>,
    /// Only active users (default `false`).
    pub active: Option<bool>,
    /// Only blocked users (default `false`).
    pub blocked: Option<bool>,
    /// Only users created after this time.
    pub created_after: Option<DateTime<Utc>>,
    /// Only users created before this time.
    pub created_before: Option<DateTime<Utc>>,
}

/// Share a group with another group, whose members get a role in it.
///
/// The answer is the detailed form of the shared group.
// The docs say this answers `200`; GitLab's endpoint sets no status, so Grape answers a POST
// with `201 Created`, which is what we declare.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/share",
    tag = "Groups",
    response = Group,
    example = "groups/share_group_with_group.json",
)]
pub struct ShareGroupWithGroup {
    /// The group to share, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the group to share it with.
    pub group_id: u64,
    /// Role the other group's members get (`60` is not taken).
    pub group_access: AccessLevel,
    /// Day the share ends (`YYYY-MM-DD`).
    pub expires_at: Option<NaiveDate>,
}

/// Stop sharing a group with another group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/share/{group_id}",
    tag = "Groups",
    response = (),
)]
pub struct UnshareGroupWithGroup {
    /// The shared group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the group it is shared with.
    #[param(path)]
    pub group_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    let mut endpoints = super::describe![
        ListGroups,
        ListGroupSubgroups,
        ListGroupDescendantGroups,
        ListGroupProjects,
        ListGroupSharedProjects,
        GetGroup,
        DownloadGroupAvatar,
        CreateGroup,
        TransferProjectToGroup,
        TransferGroup,
        EditGroup,
        DeleteGroup,
        RestoreGroup,
        ListGroupProvisionedUsers,
    ];
    endpoints.extend(hooks::endpoints());
    endpoints.extend(ldap::endpoints());
    endpoints.extend(super::describe![ShareGroupWithGroup, UnshareGroupWithGroup]);
    endpoints.extend(push_rules::endpoints());
    endpoints
}
