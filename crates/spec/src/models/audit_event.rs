//! Audit events: the record of who changed what, for the instance, groups and projects.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One audit event: an action of a user on a user, group or project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AuditEvent {
    /// Numeric ID.
    pub id: u64,
    /// ID of the user who acted.
    pub author_id: u64,
    /// ID of the entity the event is recorded on.
    pub entity_id: u64,
    /// Kind of that entity (`User`, `Group`, `Project`, ...).
    // A string: besides the three kinds the lists filter by, GitLab records instance-wide
    // events on other kinds of entity.
    pub entity_type: String,
    /// What happened, keyed by aspect: who acted (`author_name`), on what (`target_id`,
    /// `target_type`, `target_details`, `entity_path`), from where (`ip_address`), and the
    /// change itself (`add`, `remove`, `change` with `from` and `to`, `custom_message`, ...).
    // Free-form: the keys and the types of the values (strings, numbers, `null`) depend on the
    // kind of event, and GitLab adds kinds over time, so the values stay JSON.
    pub details: BTreeMap<String, serde_json::Value>,
    /// When it happened.
    pub created_at: DateTime<Utc>,
}
