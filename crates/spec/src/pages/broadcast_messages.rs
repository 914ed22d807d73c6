//! The broadcast messages page: banners and notifications shown to every user.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, Params};

use crate::models::{AccessLevel, BroadcastMessage, BroadcastType};

/// List every broadcast message of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/broadcast_messages",
    tag = "Broadcast messages",
    response = Vec<BroadcastMessage>,
    paginate = offset,
    public,
    example = "broadcast_messages/list_broadcast_messages.json",
)]
pub struct ListBroadcastMessages {}

/// Get one broadcast message.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/broadcast_messages/{id}",
    tag = "Broadcast messages",
    response = BroadcastMessage,
    public,
    example = "broadcast_messages/get_broadcast_message.json",
)]
pub struct GetBroadcastMessage {
    /// Numeric ID of the message.
    #[param(path)]
    pub id: u64,
}

/// When, where, to whom and how a broadcast message is shown: shared by creating and changing one.
#[derive(Debug, Clone, Default, Params)]
pub struct BroadcastMessageSettings {
    /// When showing starts (on creation, now by default).
    pub starts_at: Option<DateTime<Utc>>,
    /// When showing stops (on creation, an hour from now by default).
    pub ends_at: Option<DateTime<Utc>>,
    /// Background color, as a hex code.
    pub color: Option<String>,
    /// Text color, as a hex code.
    pub font: Option<String>,
    /// Only users with one of these roles see the message: `10` (guest), `20` (reporter),
    /// `30` (developer), `40` (maintainer) or `50` (owner).
    pub target_access_levels: Option<Vec<AccessLevel>>,
    /// Only pages matching this path pattern show the message.
    pub target_path: Option<String>,
    /// How the message is shown (a banner by default).
    pub broadcast_type: Option<BroadcastType>,
    /// Let users close the message.
    pub dismissable: Option<bool>,
}

/// Create a broadcast message.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/broadcast_messages",
    tag = "Broadcast messages",
    response = BroadcastMessage,
    admin,
    example = "broadcast_messages/create_broadcast_message.json",
)]
pub struct CreateBroadcastMessage {
    /// Text to show.
    pub message: String,
    /// Timing, audience and look of the message.
    #[param(flatten)]
    pub settings: BroadcastMessageSettings,
}

/// Change a broadcast message.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/broadcast_messages/{id}",
    tag = "Broadcast messages",
    response = BroadcastMessage,
    admin,
    example = "broadcast_messages/edit_broadcast_message.json",
)]
pub struct EditBroadcastMessage {
    /// Numeric ID of the message.
    #[param(path)]
    pub id: u64,
    /// New text to show.
    pub message: Option<String>,
    /// Timing, audience and look of the message.
    #[param(flatten)]
    pub settings: BroadcastMessageSettings,
}

/// Delete a broadcast message.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/broadcast_messages/{id}",
    tag = "Broadcast messages",
    response = (),
    admin,
)]
pub struct DeleteBroadcastMessage {
    /// Numeric ID of the message.
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListBroadcastMessages,
        GetBroadcastMessage,
        CreateBroadcastMessage,
        EditBroadcastMessage,
        DeleteBroadcastMessage
    ]
}
