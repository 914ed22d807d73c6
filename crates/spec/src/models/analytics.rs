//! Analytics: counts of recent activity in a group.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How many issues were created recently (in the last 90 days) in a group and its subgroups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupActivityIssuesCount {
    /// The number of recently created issues.
    pub issues_count: u64,
}

/// How many merge requests were created recently (in the last 90 days) in a group and its
/// subgroups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupActivityMergeRequestsCount {
    /// The number of recently created merge requests.
    pub merge_requests_count: u64,
}

/// How many members were added to a group recently (in the last 90 days).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupActivityNewMembersCount {
    /// The number of recently added members.
    pub new_members_count: u64,
}
