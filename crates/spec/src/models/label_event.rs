//! Resource label events: the record of a label added to or removed from an issue, a merge
//! request or an epic.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{BoardLabel, UserBasic};

/// Kind of object a resource event belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum ResourceEventType {
    /// An issue.
    Issue,
    /// A merge request.
    MergeRequest,
    /// An epic.
    Epic,
}

/// What happened to the label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LabelEventAction {
    /// The label was added.
    Add,
    /// The label was removed.
    Remove,
}

/// One change of the labels of an issue, a merge request or an epic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ResourceLabelEvent {
    /// Numeric ID of the event.
    pub id: u64,
    /// Who added or removed the label.
    pub user: UserBasic,
    /// When the label was added or removed.
    pub created_at: DateTime<Utc>,
    /// Kind of object whose labels changed.
    pub resource_type: ResourceEventType,
    /// Global ID of the issue, merge request or epic.
    pub resource_id: u64,
    /// The label (its basic form); `null` when the label was deleted since.
    pub label: Option<BoardLabel>,
    /// Whether the label was added or removed.
    pub action: LabelEventAction,
}
