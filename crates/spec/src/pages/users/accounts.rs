//! User accounts: listing, reading, creating and moderating users; the current user; status,
//! preferences, follows, counts, activities and memberships.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params, Upload};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Membership, MembershipSourceType, User, UserActionResult, UserActivity, UserBasic, UserCounts,
    UserPreferences, UserStatus,
};

/// Field to order a list of users by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserOrderBy {
    /// Numeric ID (the default).
    Id,
    /// Display name.
    Name,
    /// Login name.
    Username,
    /// Creation time.
    CreatedAt,
    /// Last change.
    UpdatedAt,
}

/// Direction of a sort of users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// Two-factor authentication state, as a filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TwoFactorFilter {
    /// Users with two-factor authentication on.
    Enabled,
    /// Users with two-factor authentication off.
    Disabled,
}

/// How long a status stays before it is removed automatically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum ClearStatusAfter {
    /// Half an hour.
    #[serde(rename = "30_minutes")]
    ThirtyMinutes,
    /// Three hours.
    #[serde(rename = "3_hours")]
    ThreeHours,
    /// Eight hours.
    #[serde(rename = "8_hours")]
    EightHours,
    /// One day.
    #[serde(rename = "1_day")]
    OneDay,
    /// Three days.
    #[serde(rename = "3_days")]
    ThreeDays,
    /// One week.
    #[serde(rename = "7_days")]
    SevenDays,
    /// Thirty days.
    #[serde(rename = "30_days")]
    ThirtyDays,
}

/// List users.
///
/// Anonymous callers must give `username`. Ordinary users get the short form of each user;
/// administrators get the long form, and only they may use the filters marked as such (others
/// are ignored for non-administrators, and `extern_uid`/`provider` are refused).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users",
    tag = "Users",
    response = Vec<User>,
    paginate = offset,
    public,
    example = "users/list_users.json",
)]
pub struct ListUsers {
    /// Only users whose name, username or public email matches this text.
    pub search: Option<String>,
    /// Only the user with exactly this username (case-insensitive).
    pub username: Option<String>,
    /// Only active users (`false` is not supported).
    pub active: Option<bool>,
    /// Only blocked users (`false` is not supported).
    pub blocked: Option<bool>,
    /// Only external users (`false` is not supported).
    pub external: Option<bool>,
    /// Leave out internal users such as the alert and support bots.
    pub exclude_internal: Option<bool>,
    /// Leave out external users.
    pub exclude_external: Option<bool>,
    /// Leave out the bot users of project and group access tokens.
    pub without_project_bots: Option<bool>,
    /// Field to order by (administrators only).
    pub order_by: Option<UserOrderBy>,
    /// Sort direction (administrators only).
    pub sort: Option<UserSort>,
    /// Only users with two-factor authentication on or off (administrators only).
    pub two_factor: Option<TwoFactorFilter>,
    /// Only users who have no projects (administrators only).
    pub without_projects: Option<bool>,
    /// Only administrators (administrators only).
    pub admins: Option<bool>,
    /// Only users created through this SAML provider (administrators only).
    pub saml_provider_id: Option<u64>,
    /// Only the user with this UID at `provider` (administrators only; needs `provider`).
    pub extern_uid: Option<String>,
    /// External provider of `extern_uid` (administrators only; needs `extern_uid`).
    pub provider: Option<String>,
    /// Only users created before this time (administrators only).
    pub created_before: Option<DateTime<Utc>>,
    /// Only users created after this time (administrators only).
    pub created_after: Option<DateTime<Utc>>,
    /// Only users whose custom attributes have these values (administrators only).
    pub custom_attributes: Option<BTreeMap<String, String>>,
    /// Include each user's custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
}

/// Get one user.
///
/// Administrators get the long form with account and sign-in details; others get the public
/// profile.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/users/{id}", tag = "Users", response = User, public, example = "users/get_user.json")]
pub struct GetUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Include the user's custom attributes (administrators only).
    pub with_custom_attributes: Option<bool>,
}

/// Profile and account fields that creating and editing a user both take.
///
/// Fields whose required-ness or description differs between the two (`email`, `name`,
/// `username`, `password`, `admin`, `external`, `private_profile`) or that only one of them
/// takes are declared on the route types.
#[derive(Debug, Clone, Default, Params)]
pub struct UserFields {
    /// Avatar image.
    pub avatar: Option<Upload>,
    /// Biography.
    pub bio: Option<String>,
    /// Whether the user may create groups.
    pub can_create_group: Option<bool>,
    /// Syntax highlighting theme.
    pub color_scheme_id: Option<u64>,
    /// The user's UID at `provider`.
    pub extern_uid: Option<String>,
    /// CI/CD minutes on top of the monthly quota.
    pub extra_shared_runners_minutes_limit: Option<u64>,
    /// Group whose SAML configuration the identity belongs to.
    pub group_id_for_saml: Option<u64>,
    /// LinkedIn account.
    pub linkedin: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// Administrators' notes about the user.
    pub note: Option<String>,
    /// Organization.
    pub organization: Option<String>,
    /// How many personal projects the user may create.
    pub projects_limit: Option<u64>,
    /// External sign-in provider of `extern_uid`.
    pub provider: Option<String>,
    /// Monthly CI/CD minutes quota; `0` is unlimited, unset inherits the instance default.
    pub shared_runners_minutes_limit: Option<u64>,
    /// Skype ID.
    pub skype: Option<String>,
    /// Navigation theme.
    pub theme_id: Option<u64>,
    /// Twitter account.
    pub twitter: Option<String>,
    /// Show merge request diffs one file at a time.
    pub view_diffs_file_by_file: Option<bool>,
    /// Personal website.
    pub website_url: Option<String>,
}

/// Create a user.
///
/// One of `password`, `reset_password` or `force_random_password` is needed; the last two win
/// over `password`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users",
    tag = "Users",
    response = User,
    admin,
    multipart,
    example = "users/create_user.json",
)]
pub struct CreateUser {
    /// Primary email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Login name.
    pub username: String,
    /// Initial password.
    pub password: Option<String>,
    /// Email the user a link to set their password.
    pub reset_password: Option<bool>,
    /// Give the account a random password.
    pub force_random_password: Option<bool>,
    /// Mark the email as confirmed without sending a confirmation.
    pub skip_confirmation: Option<bool>,
    /// Make the user an administrator (default `false`).
    pub admin: Option<bool>,
    /// Make the user external (default `false`).
    pub external: Option<bool>,
    /// Hide the profile from others (default `false`).
    pub private_profile: Option<bool>,
    /// Fields both creating and editing a user take.
    #[param(flatten)]
    pub fields: UserFields,
}

/// Change a user.
///
/// A password set here must be changed by the user at their next sign-in.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/users/{id}",
    tag = "Users",
    response = User,
    admin,
    multipart,
    example = "users/edit_user.json",
)]
pub struct EditUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Primary email address.
    pub email: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Login name.
    pub username: Option<String>,
    /// New password.
    pub password: Option<String>,
    /// Change the email without asking for confirmation again.
    pub skip_reconfirmation: Option<bool>,
    /// Email shown on the profile; must be one of the user's verified addresses.
    pub public_email: Option<String>,
    /// Make the user an administrator or not.
    pub admin: Option<bool>,
    /// Make the user external or not.
    pub external: Option<bool>,
    /// Hide the profile from others.
    pub private_profile: Option<bool>,
    /// Fields both creating and editing a user take.
    #[param(flatten)]
    pub fields: UserFields,
}

/// Remove an external sign-in identity from a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/users/{id}/identities/{provider}", tag = "Users", response = (), admin)]
pub struct DeleteUserIdentity {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Name of the identity's provider.
    #[param(path)]
    pub provider: String,
}

/// Delete a user.
///
/// Fails with `409` when the account cannot be removed while its contributions are kept.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/users/{id}", tag = "Users", response = (), admin)]
pub struct DeleteUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Also delete the user's contributions and the groups only they own, instead of handing
    /// the contributions to the ghost user.
    pub hard_delete: Option<bool>,
}

/// Get the current user.
///
/// Administrators get the administrator fields as well.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/user", tag = "Users", response = User, example = "users/get_current_user.json")]
pub struct GetCurrentUser {}

/// Get the current user's status.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/user/status", tag = "Users", response = UserStatus, example = "users/get_current_user_status.json")]
pub struct GetCurrentUserStatus {}

/// Get a user's status.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id_or_username}/status",
    tag = "Users",
    response = UserStatus,
    public,
    example = "users/get_user_status.json",
)]
pub struct GetUserStatus {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub id_or_username: IdOrPath,
}

/// Set the current user's status.
///
/// Leaving both `emoji` and `message` empty clears the status. Leaving out
/// `clear_status_after` removes any expiry set before.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(put, "/user/status", tag = "Users", response = UserStatus, example = "users/set_current_user_status.json")]
pub struct SetCurrentUserStatus {
    /// Emoji name from the Gemojione set (`speech_balloon` when left out).
    pub emoji: Option<String>,
    /// Status text; may hold emoji codes.
    pub message: Option<String>,
    /// Remove the status automatically after this long.
    pub clear_status_after: Option<ClearStatusAfter>,
}

/// Get the current user's preferences.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/preferences",
    tag = "Users",
    response = UserPreferences,
    example = "users/get_current_user_preferences.json",
)]
pub struct GetCurrentUserPreferences {}

/// Change the current user's preferences.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/user/preferences",
    tag = "Users",
    response = UserPreferences,
    example = "users/edit_current_user_preferences.json",
)]
pub struct EditCurrentUserPreferences {
    /// Show merge request diffs one file at a time.
    pub view_diffs_file_by_file: bool,
    /// Show whitespace-only changes in diffs.
    pub show_whitespace_in_diffs: bool,
}

/// Follow a user.
///
/// Answers `304 Not Modified` when the caller already follows the user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/follow", not_modified, tag = "Users", response = UserBasic, example = "users/follow_user.json")]
pub struct FollowUser {
    /// Numeric ID of the user to follow.
    #[param(path)]
    pub id: u64,
}

/// Stop following a user.
///
/// Answers `304 Not Modified` when the caller does not follow the user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/unfollow", not_modified, tag = "Users", response = UserBasic, example = "users/unfollow_user.json")]
pub struct UnfollowUser {
    /// Numeric ID of the user to stop following.
    #[param(path)]
    pub id: u64,
}

/// List the users who follow a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/followers",
    tag = "Users",
    response = Vec<UserBasic>,
    paginate = offset,
    example = "users/list_user_followers.json",
)]
pub struct ListUserFollowers {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// List the users a user follows.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/following",
    tag = "Users",
    response = Vec<UserBasic>,
    paginate = offset,
    example = "users/list_user_following.json",
)]
pub struct ListUserFollowing {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Get the current user's counters of issues, merge requests and to-do items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/user_counts", tag = "Users", response = UserCounts, example = "users/get_user_counts.json")]
pub struct GetUserCounts {}

/// Block a user.
///
/// Users blocked by LDAP and internal users cannot be blocked (`403`). The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/block", tag = "Users", response = bool, admin, example = "users/block_user.json")]
pub struct BlockUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Unblock a user.
///
/// Users blocked by LDAP cannot be unblocked (`403`). The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/unblock", tag = "Users", response = bool, admin, example = "users/unblock_user.json")]
pub struct UnblockUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Deactivate a user.
///
/// Refused (`403`) for blocked and internal users and for users active in the last 90 days.
/// The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/deactivate",
    tag = "Users",
    response = bool,
    admin,
    example = "users/deactivate_user.json",
)]
pub struct DeactivateUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Activate a deactivated user.
///
/// Blocked users cannot be activated (`403`). The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/activate", tag = "Users", response = bool, admin, example = "users/activate_user.json")]
pub struct ActivateUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Ban a user.
///
/// Only active users can be banned (`403` otherwise). The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/ban", tag = "Users", response = bool, admin, example = "users/ban_user.json")]
pub struct BanUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Lift the ban on a user.
///
/// Only banned users can be unbanned (`403` otherwise). The body is `true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/unban", tag = "Users", response = bool, admin, example = "users/unban_user.json")]
pub struct UnbanUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Approve a user whose sign-up waits for approval.
///
/// Blocked users cannot be approved (`403`); deactivated ones answer `409`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/approve",
    tag = "Users",
    response = UserActionResult,
    admin,
    example = "users/approve_user.json",
)]
pub struct ApproveUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Reject a user whose sign-up waits for approval.
///
/// Answers `409` when the user is not waiting for approval.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/reject",
    tag = "Users",
    response = UserActionResult,
    status = 200,
    admin,
    example = "users/reject_user.json",
)]
pub struct RejectUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// List when each user was last active.
///
/// Sorted from the least to the most recently active.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/activities",
    tag = "Users",
    response = Vec<UserActivity>,
    paginate = offset,
    admin,
    example = "users/list_user_activities.json",
)]
pub struct ListUserActivities {
    /// Only users active on or after this day (default: six months ago).
    pub from: Option<NaiveDate>,
}

/// List the projects and groups a user is a direct member of.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/memberships",
    tag = "Users",
    response = Vec<Membership>,
    paginate = offset,
    admin,
    example = "users/list_user_memberships.json",
)]
pub struct ListUserMemberships {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Only memberships in projects or only in groups.
    pub r#type: Option<MembershipSourceType>,
}

/// Turn off two-factor authentication for a user.
///
/// Not possible for administrators, the caller included. Answers `400` when the user has no
/// two-factor authentication.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(patch, "/users/{id}/disable_two_factor", tag = "Users", response = (), status = 204, admin)]
pub struct DisableUserTwoFactor {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        ListUsers,
        GetUser,
        CreateUser,
        EditUser,
        DeleteUserIdentity,
        DeleteUser,
        GetCurrentUser,
        GetCurrentUserStatus,
        GetUserStatus,
        SetCurrentUserStatus,
        GetCurrentUserPreferences,
        EditCurrentUserPreferences,
        FollowUser,
        UnfollowUser,
        ListUserFollowers,
        ListUserFollowing,
        GetUserCounts,
        BlockUser,
        UnblockUser,
        DeactivateUser,
        ActivateUser,
        BanUser,
        UnbanUser,
        ApproveUser,
        RejectUser,
        ListUserActivities,
        ListUserMemberships,
        DisableUserTwoFactor,
    ]
}
