//! Membership request models: access requests, invitations, and the access levels they grant.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// A role a member holds in a group or project, sent as its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MemberAccessLevel {
    /// `0`: no access.
    NoAccess,
    /// `5`: minimal access.
    MinimalAccess,
    /// `10`: guest.
    Guest,
    /// `20`: reporter.
    Reporter,
    /// `30`: developer.
    Developer,
    /// `40`: maintainer.
    Maintainer,
    /// `50`: owner.
    Owner,
}

impl MemberAccessLevel {
    /// The level's number on the wire.
    #[must_use]
    pub const fn as_u8(self) -> u8 {
        match self {
            Self::NoAccess => 0,
            Self::MinimalAccess => 5,
            Self::Guest => 10,
            Self::Reporter => 20,
            Self::Developer => 30,
            Self::Maintainer => 40,
            Self::Owner => 50,
        }
    }

    /// The level for a number, if it is one GitLab recognizes.
    #[must_use]
    pub const fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::NoAccess),
            5 => Some(Self::MinimalAccess),
            10 => Some(Self::Guest),
            20 => Some(Self::Reporter),
            30 => Some(Self::Developer),
            40 => Some(Self::Maintainer),
            50 => Some(Self::Owner),
            _ => None,
        }
    }
}

impl Serialize for MemberAccessLevel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.as_u8())
    }
}

impl<'de> Deserialize<'de> for MemberAccessLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = u8::deserialize(deserializer)?;
        Self::from_u8(value)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown member access level {value}")))
    }
}

impl PartialSchema for MemberAccessLevel {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .enum_values(Some([0, 5, 10, 20, 30, 40, 50]))
            .description(Some(
                "Member role: 0 no access, 5 minimal access, 10 guest, 20 reporter, 30 developer, 40 maintainer, 50 owner.",
            ))
            .into()
    }
}

impl ToSchema for MemberAccessLevel {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("MemberAccessLevel")
    }
}

/// A user's pending request to join a group or project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AccessRequest {
    /// Numeric ID of the requesting user.
    pub id: u64,
    /// Login name of the requesting user.
    pub username: String,
    /// Display name of the requesting user.
    pub name: String,
    /// Account state of the requesting user (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the user's avatar image.
    pub avatar_url: Option<String>,
    /// URL of the user's profile page.
    pub web_url: Option<String>,
    /// When the user's account was created.
    pub created_at: DateTime<Utc>,
    /// When the user asked for access.
    pub requested_at: DateTime<Utc>,
}

/// The member created by approving an access request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApprovedAccessRequest {
    /// Numeric ID of the new member.
    pub id: u64,
    /// Login name of the new member.
    pub username: String,
    /// Display name of the new member.
    pub name: String,
    /// Account state of the new member (`active`, `blocked`, ...).
    pub state: String,
    /// URL of the member's avatar image.
    pub avatar_url: Option<String>,
    /// URL of the member's profile page.
    pub web_url: Option<String>,
    /// When the member's account was created.
    pub created_at: DateTime<Utc>,
    /// The role the member was granted.
    pub access_level: MemberAccessLevel,
    /// When the membership ends, if ever.
    pub expires_at: Option<chrono::NaiveDate>,
}

/// A pending invitation to join a group or project, sent to an email address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Invitation {
    /// Numeric ID of the invitation.
    pub id: Option<u64>,
    /// Address the invitation went to.
    pub invite_email: Option<String>,
    /// When the invitation was sent.
    pub created_at: Option<DateTime<Utc>>,
    /// The role the invitee will get.
    pub access_level: MemberAccessLevel,
    /// When the membership will end, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// Name of the invited user, when the address belongs to an account.
    pub user_name: Option<String>,
    /// Name of the user who sent the invitation.
    pub created_by_name: Option<String>,
}

/// Outcome of inviting or adding members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Every invitation went out.
    Success,
    /// At least one invitation failed; see the messages.
    Error,
}

/// What GitLab answers after inviting or adding members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct InvitationResult {
    /// Whether every invitation succeeded.
    pub status: InvitationStatus,
    /// On error: the reason each failed invitee (email, user ID or username) was refused.
    pub message: Option<BTreeMap<String, String>>,
}
