//! Links between issues and between epics (relates to, blocks, is blocked by): the linked issue
//! or epic as a list shows it, and the link between two of them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Epic, Issue};

/// Kind of link between two issues or two epics, seen from the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssuableLinkType {
    /// The two are related (the default).
    RelatesTo,
    /// The source blocks the target (Premium and up).
    Blocks,
    /// The source is blocked by the target (Premium and up).
    IsBlockedBy,
}

/// An issue linked to another one: the issue, plus the link's ID, kind and times.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LinkedIssue {
    /// The linked issue.
    #[serde(flatten)]
    pub issue: Issue,
    /// ID of the link (used to read or delete it).
    pub issue_link_id: u64,
    /// Kind of link, seen from the issue whose links were listed.
    pub link_type: IssuableLinkType,
    /// When the link was created.
    pub link_created_at: DateTime<Utc>,
    /// When the link was last changed.
    pub link_updated_at: DateTime<Utc>,
}

/// A link between two issues.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueLink {
    /// The issue the link starts from.
    pub source_issue: Issue,
    /// The issue the link points at.
    pub target_issue: Issue,
    /// Kind of link, seen from the source issue.
    pub link_type: IssuableLinkType,
}

/// An epic linked to another one: the epic, plus the link's ID, kind and times.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RelatedEpic {
    /// The linked epic.
    #[serde(flatten)]
    pub epic: Epic,
    /// ID of the link (used to delete it).
    pub related_epic_link_id: u64,
    /// Kind of link, seen from the epic whose links were listed.
    pub link_type: IssuableLinkType,
    /// When the link was created.
    pub link_created_at: DateTime<Utc>,
    /// When the link was last changed.
    pub link_updated_at: DateTime<Utc>,
}

/// A link between two epics.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RelatedEpicLink {
    /// The epic the link starts from.
    pub source_epic: Epic,
    /// The epic the link points at.
    pub target_epic: Epic,
    /// Kind of link, seen from the source epic.
    pub link_type: IssuableLinkType,
}
