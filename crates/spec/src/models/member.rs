//! Member models: a user's membership of a group or project with its role, the numeric roles
//! themselves, and the group-only views of billable and pending members.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Identity, UserBasic};

integer_enum! {
    /// A role, sent and received as its number (`30`): what a member may do in a group or
    /// project, who may act on a protected branch or tag, who sees a broadcast message.
    ///
    /// Not every use takes every level; fields that take fewer say which.
    pub enum AccessLevel (
        "access level",
        "Role by number: 0 no access, 5 minimal access, 10 guest, 20 reporter, 30 developer, 40 maintainer, 50 owner, 60 administrator."
    ) {
        /// `0`: no access.
        NoAccess = 0,
        /// `5`: minimal access.
        MinimalAccess = 5,
        /// `10`: guest.
        Guest = 10,
        /// `20`: reporter.
        Reporter = 20,
        /// `30`: developer.
        Developer = 30,
        /// `40`: maintainer.
        Maintainer = 40,
        /// `50`: owner.
        Owner = 50,
        /// `60`: administrator (protected branches and tags only).
        Admin = 60,
    }
}

/// Whether a membership is in effect or waits for an owner's approval (for example because
/// the group has no free seat).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MembershipState {
    /// The membership is in effect.
    Active,
    /// The membership waits for approval.
    Awaiting,
}

/// A user's membership of a group or project: the user's short profile merged with the
/// membership's role and dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Member {
    /// Numeric ID of the user.
    pub id: u64,
    /// Login name of the user.
    pub username: String,
    /// Display name of the user.
    pub name: String,
    /// Account state of the user (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the user's avatar image.
    pub avatar_url: Option<String>,
    // GitLab's Member entity embeds the user's short form, which always has `web_url`, but the
    // access requests page's example of an approval leaves it out: optional, to accept both.
    /// URL of the user's profile page.
    pub web_url: Option<String>,
    /// The role the member holds.
    pub access_level: AccessLevel,
    /// When the membership was created.
    pub created_at: DateTime<Utc>,
    /// Who added the member; null when unknown (memberships older than GitLab 14.10).
    pub created_by: Option<UserBasic>,
    // GitLab stores the end of a membership as a date and sends `YYYY-MM-DD`; some of the
    // members page's examples show a timestamp instead.
    /// Last day of the membership; null when it does not expire.
    pub expires_at: Option<NaiveDate>,
    /// The user's public email address, when they have one.
    pub email: Option<String>,
    /// The user's SAML identity for the group; shown to owners of groups with SAML single
    /// sign-on, null when the user has none.
    pub group_saml_identity: Option<Identity>,
    /// Whether the membership is in effect or awaits approval (paid tiers).
    pub membership_state: Option<MembershipState>,
    /// Whether the member takes a paid seat (lists asked with `show_seat_info=true`).
    pub is_using_seat: Option<bool>,
    /// Whether the role overrides the one LDAP group sync gives (group members synced from
    /// LDAP only).
    #[serde(rename = "override")]
    pub ldap_override: Option<bool>,
}

/// How a billable user belongs to a top-level group's hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BillableMembershipType {
    /// A direct member of the group or of one of its subgroups.
    GroupMember,
    /// A direct member of a project of the hierarchy.
    ProjectMember,
    /// A member of another group the group or a subgroup is shared with.
    GroupInvite,
    /// A member of another group a project of the hierarchy is shared with.
    ProjectInvite,
}

/// A user who takes a paid seat in a top-level group's subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BillableMember {
    /// Numeric ID of the user.
    pub id: u64,
    /// Login name of the user.
    pub username: String,
    /// Display name of the user.
    pub name: String,
    /// Account state of the user (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the user's avatar image.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page.
    pub web_url: String,
    /// The user's public email address, when they have one.
    pub email: Option<String>,
    /// Day the user was last active; null when never.
    pub last_activity_on: Option<NaiveDate>,
    /// How the user belongs to the hierarchy.
    pub membership_type: BillableMembershipType,
    /// Whether the user's memberships are in effect or await approval.
    pub membership_state: Option<MembershipState>,
    /// Whether the user can be removed through the billable members endpoint (direct
    /// members only; not members through a shared group).
    pub removable: bool,
    /// When the user's account was created.
    pub created_at: DateTime<Utc>,
}

/// A role with its name, as the billable memberships list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AccessLevelDetails {
    /// Name of the role (`Developer`).
    pub string_value: String,
    /// The role's number.
    pub integer_value: AccessLevel,
}

/// One direct membership of a billable user in a group or project of a top-level group's
/// hierarchy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BillableMembership {
    /// Numeric ID of the membership.
    pub id: u64,
    /// Numeric ID of the group or project.
    pub source_id: u64,
    /// Full name of the group or project (`Root Group / Sub Group One`).
    pub source_full_name: String,
    /// Page listing the members of the group or project.
    pub source_members_url: String,
    /// When the membership was created.
    pub created_at: DateTime<Utc>,
    /// Last day of the membership; null when it does not expire.
    pub expires_at: Option<NaiveDate>,
    /// The role the membership grants.
    pub access_level: AccessLevelDetails,
}

/// A membership in a top-level group's hierarchy that waits for approval, or an invitation
/// to an address without a GitLab account yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PendingMember {
    /// Numeric ID of the membership.
    pub id: u64,
    /// Display name of the user; missing for invitations to an address without an account.
    pub name: Option<String>,
    /// Login name of the user; missing for invitations to an address without an account.
    pub username: Option<String>,
    /// The invited address, or the user's email address.
    pub email: String,
    /// URL of the user's avatar, or of the address's Gravatar.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page; missing for invitations to an address without an
    /// account.
    pub web_url: Option<String>,
    /// Whether the membership has been approved (is active).
    pub approved: bool,
    /// Whether this is an invitation by email.
    pub invited: bool,
}

/// What GitLab answers after changing the state of a user's memberships.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MembershipStateChange {
    /// Whether the change was made (failures answer an error instead).
    pub success: bool,
}
