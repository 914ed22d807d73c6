//! Iterations: time boxes of a group, used to plan issues.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An iteration of a group (Premium), as listed for a group or for a project, whose iterations
/// are those of its ancestor groups.
//
// The same GitLab entity (`Entities::Iteration`) is embedded in issues, where it is described
// as `IssueIteration` (models/issue.rs) with `sequence` required; the two should become one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Iteration {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the iteration inside its group.
    pub iid: u64,
    /// Position of the iteration in its cadence; missing from the answers of older GitLab
    /// versions (the project iterations page shows none).
    pub sequence: Option<u64>,
    /// ID of the group the iteration belongs to.
    pub group_id: u64,
    /// Title; `null` for the iterations an automatic cadence schedules.
    pub title: Option<String>,
    /// Description; `null` when there is none (as for automatically scheduled iterations).
    pub description: Option<String>,
    /// State as a number: 1 upcoming, 2 current, 3 closed.
    pub state: u64,
    /// When the iteration was created.
    pub created_at: DateTime<Utc>,
    /// When the iteration was last changed.
    pub updated_at: DateTime<Utc>,
    /// First day of the iteration.
    pub start_date: NaiveDate,
    /// Last day of the iteration.
    pub due_date: NaiveDate,
    /// Address of the iteration in the web interface.
    pub web_url: String,
}
