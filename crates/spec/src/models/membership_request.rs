//! Membership request models: access requests and invitations.
//!
//! Approving an access request answers a `Member` (models/member.rs), which also holds the
//! `AccessLevel` type.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::AccessLevel;

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
    pub access_level: AccessLevel,
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
