//! Users: the short form embedded everywhere (`UserBasic`) and the fuller forms of the users page.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The short description of a user embedded in other resources (authors, assignees, owners).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 1, "username": "john_smith", "name": "John Smith", "state": "active",
    "avatar_url": "http://localhost:3000/uploads/user/avatar/1/index.jpg",
    "web_url": "http://localhost:3000/john_smith"
}))]
pub struct UserBasic {
    /// Numeric user ID.
    pub id: u64,
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Account state (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page.
    pub web_url: String,
}

/// A user account in its long form.
///
/// Everyone sees the public profile fields; the account settings appear for the user themself
/// and for administrators; administrators also get the sign-in and moderation details. Paid
/// tiers add the CI/CD minutes and auditor fields. Everything past the short form is therefore
/// optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct User {
    /// Numeric user ID.
    pub id: u64,
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Account state (`active`, `blocked`, `deactivated`, `banned`, ...).
    pub state: String,
    /// URL of the avatar image.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page.
    pub web_url: String,
    /// When the account was created.
    pub created_at: Option<DateTime<Utc>>,
    /// Free-text biography.
    pub bio: Option<String>,
    /// Whether this is a bot account.
    pub bot: Option<bool>,
    /// Where the user says they are.
    pub location: Option<String>,
    /// Email address shown on the profile.
    pub public_email: Option<String>,
    /// Skype ID.
    pub skype: Option<String>,
    /// LinkedIn account.
    pub linkedin: Option<String>,
    /// Twitter account.
    pub twitter: Option<String>,
    /// Personal website.
    pub website_url: Option<String>,
    /// Organization the user belongs to.
    pub organization: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// Preferred pronouns.
    pub pronouns: Option<String>,
    /// Job title and organization combined, as shown on the profile.
    pub work_information: Option<String>,
    /// How many users follow this user.
    pub followers: Option<u64>,
    /// How many users this user follows.
    pub following: Option<u64>,
    /// The user's local time of day, formatted for display (`3:38 PM`).
    pub local_time: Option<String>,
    /// Whether the caller follows this user.
    pub is_followed: Option<bool>,
    /// Primary email address (own account and administrators).
    pub email: Option<String>,
    /// Whether the user is an administrator (administrators only).
    pub is_admin: Option<bool>,
    /// Administrators' private notes about the user (administrators only).
    pub note: Option<String>,
    /// Previous sign-in time.
    pub last_sign_in_at: Option<DateTime<Utc>>,
    /// When the primary email was confirmed.
    pub confirmed_at: Option<DateTime<Utc>>,
    /// Navigation theme of the user interface.
    pub theme_id: Option<u64>,
    /// Day of the latest activity.
    pub last_activity_on: Option<NaiveDate>,
    /// Syntax highlighting theme.
    pub color_scheme_id: Option<u64>,
    /// How many personal projects the user may create.
    pub projects_limit: Option<u64>,
    /// Current sign-in time.
    pub current_sign_in_at: Option<DateTime<Utc>>,
    /// External sign-in identities linked to the account.
    pub identities: Option<Vec<Identity>>,
    /// Whether the user may create groups.
    pub can_create_group: Option<bool>,
    /// Whether the user may create projects.
    pub can_create_project: Option<bool>,
    /// Whether two-factor authentication is on.
    pub two_factor_enabled: Option<bool>,
    /// Whether the user is an external user.
    pub external: Option<bool>,
    /// Whether the profile is hidden from others.
    pub private_profile: Option<bool>,
    /// Email address used for web commits.
    pub commit_email: Option<String>,
    /// IP address of the current sign-in (administrators only).
    pub current_sign_in_ip: Option<String>,
    /// IP address of the previous sign-in (administrators only).
    pub last_sign_in_ip: Option<String>,
    /// ID of the user's personal namespace (administrators only).
    pub namespace_id: Option<u64>,
    /// Number of sign-ins (administrators only).
    pub sign_in_count: Option<u64>,
    /// Subscription plan of the user's namespace (Enterprise Edition, administrators only).
    pub plan: Option<String>,
    /// Whether that plan is a trial (Enterprise Edition, administrators only).
    pub trial: Option<bool>,
    /// Monthly CI/CD minutes quota; `0` is unlimited, `null` inherits the instance default
    /// (Premium and higher).
    pub shared_runners_minutes_limit: Option<u64>,
    /// CI/CD minutes bought on top of the monthly quota (Premium and higher).
    pub extra_shared_runners_minutes_limit: Option<u64>,
    /// Whether the user is an auditor (Premium and higher).
    pub is_auditor: Option<bool>,
    /// Whether the user takes a license seat (Premium and higher).
    pub using_license_seat: Option<bool>,
    /// Group that provisioned the account through SAML or SCIM (Premium and higher).
    pub provisioned_by_group_id: Option<u64>,
    /// Custom attributes, when asked for with `with_custom_attributes` (administrators only).
    pub custom_attributes: Option<Vec<CustomAttribute>>,
}

/// A link between a user account and an external sign-in provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Identity {
    /// Provider name (`github`, `google_oauth2`, `ldapmain`, `group_saml`, ...).
    pub provider: String,
    /// The user's ID at the provider.
    pub extern_uid: String,
    /// SAML provider the identity belongs to (group SAML identities only).
    pub saml_provider_id: Option<u64>,
}

/// A key/value pair an administrator attached to a resource.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CustomAttribute {
    /// Attribute name.
    pub key: String,
    /// Attribute value.
    pub value: String,
}

/// A user's status: an emoji and a short message, possibly expiring.
///
/// Every field is `null` when no status is set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserStatus {
    /// Emoji name (`coffee`).
    pub emoji: Option<String>,
    /// Availability (`not_set` or `busy`).
    pub availability: Option<String>,
    /// Status text, as written.
    pub message: Option<String>,
    /// Status text rendered to HTML.
    pub message_html: Option<String>,
    /// When the status is removed automatically.
    pub clear_status_at: Option<DateTime<Utc>>,
}

/// Preferences of the current user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserPreferences {
    /// ID of the preferences record.
    pub id: u64,
    /// The user they belong to.
    pub user_id: u64,
    /// Whether merge request diffs show one file at a time.
    pub view_diffs_file_by_file: bool,
    /// Whether diffs show whitespace-only changes.
    pub show_whitespace_in_diffs: bool,
}

/// Counters of the current user's pending work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserCounts {
    /// Old name of `assigned_merge_requests`.
    #[schema(deprecated)]
    pub merge_requests: u64,
    /// Open issues assigned to the user.
    pub assigned_issues: u64,
    /// Open merge requests assigned to the user.
    pub assigned_merge_requests: u64,
    /// Merge requests waiting for the user's review.
    pub review_requested_merge_requests: u64,
    /// Pending to-do items.
    pub todos: u64,
}

/// When a user was last active.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserActivity {
    /// Login name.
    pub username: String,
    /// Day of the latest activity.
    pub last_activity_on: NaiveDate,
    /// Same day as `last_activity_on`, under its former name.
    #[schema(deprecated)]
    pub last_activity_at: NaiveDate,
}

/// One direct membership of a user in a project or group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Membership {
    /// ID of the project or group.
    pub source_id: u64,
    /// Name of the project or group.
    pub source_name: String,
    /// Whether the source is a project or a group.
    pub source_type: MembershipSourceType,
    /// Access level (`10` guest, `20` reporter, `30` developer, `40` maintainer, `50` owner).
    pub access_level: u64,
}

/// The kind of resource a membership is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum MembershipSourceType {
    /// A project.
    Project,
    /// A group.
    Namespace,
}

/// The answer of an account moderation action that reports its outcome as a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserActionResult {
    /// Outcome (`Success`).
    pub message: String,
}
