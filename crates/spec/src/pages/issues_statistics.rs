//! The issues statistics page: counts of issues of the instance, a group or a project, by state.
//!
//! The three routes take the same filters (GitLab declares them once for all three). The group
//! and project routes are one declaration with a `variant(...)`; the instance route has no
//! `{id}` and is declared on its own, flattening the same filters.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::issues::{IssueNumberFilter, IssueScope, IssueSearchField};

/// Numbers of issues by state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueCounts {
    /// Open and closed issues together.
    pub all: u64,
    /// Closed issues.
    pub closed: u64,
    /// Open issues.
    pub opened: u64,
}

/// The statistics of a set of issues.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssueStatisticsCounts {
    /// Numbers of matching issues by state.
    pub counts: IssueCounts,
}

/// What the issues statistics routes answer: counts of the matching issues.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IssuesStatistics {
    /// The counts.
    pub statistics: IssueStatisticsCounts,
}

/// Filters of the issues counted, shared by the instance, group and project statistics.
// The group and project tables leave out `epic_id` and `in`, which the instance table lists;
// GitLab declares one set of filters for the three routes, so all of them take both.
#[derive(Debug, Clone, Default, Params)]
pub struct IssueStatisticsFilters {
    /// Only issues carrying all these labels; `None` for issues without labels, `Any` for
    /// issues with at least one.
    #[param(comma)]
    pub labels: Option<Vec<String>>,
    /// Only issues in the milestone with this title; `None` for issues without a milestone,
    /// `Any` for issues with one.
    pub milestone: Option<String>,
    /// Whose issues to count (default `created_by_me` for the instance; `all` for a group or
    /// a project).
    pub scope: Option<IssueScope>,
    /// Only issues opened by this user. Not together with `author_username`.
    pub author_id: Option<u64>,
    /// Only issues opened by this username. Not together with `author_id`.
    pub author_username: Option<String>,
    /// Only issues assigned to this user; `None` for unassigned, `Any` for assigned issues.
    /// Not together with `assignee_username`.
    pub assignee_id: Option<IssueNumberFilter>,
    /// Only issues assigned to these usernames (one only on the Free tier). Not together with
    /// `assignee_id`.
    pub assignee_username: Option<Vec<String>>,
    /// Only issues in this epic; `None` for issues outside epics, `Any` for issues in one
    /// (GitLab 13.6 and later).
    pub epic_id: Option<IssueNumberFilter>,
    /// Only issues the current user reacted to with this emoji; `None` for no reaction,
    /// `Any` for any reaction.
    pub my_reaction_emoji: Option<String>,
    /// Only issues with these internal IDs.
    pub iids: Option<Vec<u64>>,
    /// Text to look for in titles and descriptions.
    pub search: Option<String>,
    /// Fields `search` looks in (default: title and description).
    #[param(comma)]
    pub r#in: Option<Vec<IssueSearchField>>,
    /// Only issues created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
    /// Only issues created at or before this time.
    pub created_before: Option<DateTime<Utc>>,
    /// Only issues changed at or after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only issues changed at or before this time.
    pub updated_before: Option<DateTime<Utc>>,
    /// Only confidential (`true`) or only non-confidential (`false`) issues.
    pub confidential: Option<bool>,
}

/// Count the issues visible to the current user, by state.
///
/// Without `scope`, only issues the current user opened are counted; `scope=all` counts every
/// issue the user can see.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/issues_statistics",
    tag = "Issues statistics",
    response = IssuesStatistics,
    example = "issues_statistics/get_issues_statistics.json",
)]
pub struct GetIssuesStatistics {
    /// Filters of the issues counted.
    #[param(flatten)]
    pub filters: IssueStatisticsFilters,
}

/// Count the issues of a group, by state.
///
/// For a group, the issues of its subgroups' projects count too. The same count exists for a
/// project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/issues_statistics",
    tag = "Issues statistics",
    response = IssuesStatistics,
    example = "issues_statistics/get_group_issues_statistics.json",
    variant(
        "/projects/{id}/issues_statistics",
        id = "getProjectIssuesStatistics",
        summary = "Count the issues of a project, by state.",
        example = "issues_statistics/get_project_issues_statistics.json",
    ),
)]
pub struct GetGroupIssuesStatistics {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters of the issues counted.
    #[param(flatten)]
    pub filters: IssueStatisticsFilters,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![GetIssuesStatistics, GetGroupIssuesStatistics]
}
