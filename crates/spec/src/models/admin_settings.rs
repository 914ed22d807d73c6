//! Admin settings models: broadcast messages, the instance's appearance, deploy freezes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::AccessLevel;

/// How a broadcast message is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BroadcastType {
    /// A bar across the top of every page.
    Banner,
    /// A pop-up box in a corner of the page.
    Notification,
}

/// A message an administrator shows to users of the instance for a period of time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BroadcastMessage {
    /// Numeric ID of the message.
    pub id: u64,
    /// Text shown to users.
    pub message: String,
    /// When the message starts being shown.
    pub starts_at: DateTime<Utc>,
    /// When the message stops being shown.
    pub ends_at: DateTime<Utc>,
    /// Background color, as a hex code; null for notifications without one.
    pub color: Option<String>,
    /// Text color, as a hex code; null for notifications without one.
    pub font: Option<String>,
    /// Whether the message is being shown now.
    pub active: bool,
    /// Roles the message is shown to, among `10` (guest) to `50` (owner); empty means
    /// everyone.
    pub target_access_levels: Vec<AccessLevel>,
    /// Path pattern of the pages the message appears on; empty or null means every page.
    pub target_path: Option<String>,
    /// How the message is shown.
    pub broadcast_type: BroadcastType,
    /// Whether users can close the message.
    pub dismissable: Option<bool>,
}

/// The instance's branding: sign-in page texts, logos and system header and footer bars.
///
/// Image fields hold the path of the uploaded file, or null when none was uploaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Appearance {
    /// Title of the instance on the sign-in and sign-up pages.
    pub title: String,
    /// Markdown text on the sign-in and sign-up pages.
    pub description: String,
    /// Path of the image on the sign-in and sign-up pages.
    pub logo: Option<String>,
    /// Path of the image in the navigation bar.
    pub header_logo: Option<String>,
    /// Path of the favicon.
    pub favicon: Option<String>,
    /// Markdown text on the new project page.
    pub new_project_guidelines: String,
    /// Markdown text under the avatar setting of the profile page.
    pub profile_image_guidelines: Option<String>,
    /// Text of the system header bar.
    pub header_message: String,
    /// Text of the system footer bar.
    pub footer_message: String,
    /// Background color of the system header and footer bars.
    pub message_background_color: String,
    /// Text color of the system header and footer bars.
    pub message_font_color: String,
    /// Whether outgoing emails carry the header and footer messages.
    pub email_header_and_footer_enabled: bool,
}

/// A recurring window, given by two cron expressions, during which a project should not deploy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FreezePeriod {
    /// Numeric ID of the freeze period.
    pub id: u64,
    /// Cron expression for when the freeze begins.
    pub freeze_start: String,
    /// Cron expression for when the freeze ends.
    pub freeze_end: String,
    /// Time zone the cron expressions are read in.
    pub cron_timezone: String,
    /// When the freeze period was created.
    pub created_at: DateTime<Utc>,
    /// When the freeze period was last changed.
    pub updated_at: DateTime<Utc>,
}
