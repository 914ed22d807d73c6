//! The three lists of merge requests (all visible ones, a group's, a project's) and the filters
//! they share.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::MergeRequest;
use crate::pages::issues::NoneOrAny;

/// Which merge requests to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestStateFilter {
    /// Open merge requests.
    Opened,
    /// Merge requests closed without merging.
    Closed,
    /// Merge requests locked while being merged (a short-lived state, so rarely any).
    Locked,
    /// Merged merge requests.
    Merged,
    /// Every state.
    All,
}

/// Field to order a list of merge requests by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestOrderBy {
    /// Creation time (the default).
    CreatedAt,
    /// Title.
    Title,
    /// Last change.
    UpdatedAt,
}

/// Direction of a sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// Whose merge requests to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestScope {
    /// Merge requests the current user opened.
    CreatedByMe,
    /// Merge requests assigned to the current user.
    AssignedToMe,
    /// Every merge request the current user can see.
    All,
}

/// Reduced form of the listed merge requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestView {
    /// Only the internal ID, address, title, description and basic state of each (the fields
    /// of `MergeRequestSimple`).
    Simple,
}

/// Draft status to filter merge requests by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestDraftFilter {
    /// Only drafts.
    Yes,
    /// Only merge requests that are not drafts.
    No,
}

/// A field the search of merge requests looks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeRequestSearchField {
    /// The title.
    Title,
    /// The description.
    Description,
}

/// A user to match by numeric ID, or `None` / `Any`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum MergeRequestUserIdFilter {
    /// Match this user.
    Id(u64),
    /// `None`: nobody is set; `Any`: somebody is.
    Keyword(NoneOrAny),
}

/// Users to match by numeric ID, all of them (sent as `name[]=1&name[]=2`), or `None` / `Any`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum MergeRequestUserIdsFilter {
    /// Match all of these users.
    Ids(Vec<u64>),
    /// `None`: nobody is set; `Any`: somebody is.
    Keyword(NoneOrAny),
}

/// Users to match by username, all of them (sent as `name[]=a&name[]=b`), or `None` / `Any`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum MergeRequestUsernamesFilter {
    /// Match all of these usernames.
    Usernames(Vec<String>),
    /// `None`: nobody is set; `Any`: somebody is.
    Keyword(NoneOrAny),
}

/// Filters a merge request must NOT match, sent as `not[name]=value`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestNegatedFilters {
    /// Leave out merge requests with these labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Leave out merge requests in the milestone with this title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    /// Leave out merge requests opened by this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<u64>,
    /// Leave out merge requests opened by this username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_username: Option<String>,
    /// Leave out merge requests assigned to this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<u64>,
    /// Leave out merge requests assigned to these usernames.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_username: Option<Vec<String>>,
    /// Leave out merge requests this user reviews.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_id: Option<u64>,
    /// Leave out merge requests this username reviews.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_username: Option<String>,
    /// Leave out merge requests the current user reacted to with this emoji.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_reaction_emoji: Option<String>,
}

/// Filters shared by the three lists of merge requests (all, group, project).
///
/// GitLab reads one parameter set for the three lists; where the docs leave a filter out of
/// one list's table (`in`, `wip`, `environment`, `deployed_before`, `deployed_after`,
/// `approved_by_usernames`), it is still declared here for all three.
#[derive(Debug, Clone, Default, Params)]
pub struct MergeRequestListFilters {
    /// Only merge requests in this state (default: all).
    pub state: Option<MergeRequestStateFilter>,
    /// Field to order by (default `created_at`).
    pub order_by: Option<MergeRequestOrderBy>,
    /// Sort direction (default `desc`).
    pub sort: Option<MergeRequestSort>,
    /// Only merge requests in the milestone with this title; `None` for merge requests without
    /// a milestone, `Any` for those with one.
    pub milestone: Option<String>,
    /// Answer each merge request in its simple form (`MergeRequestSimple`: ID, internal ID,
    /// title, description, state, times, address) instead of the full one.
    // The lists' schema describes the full form: a choice of `MergeRequest` and
    // `MergeRequestSimple` per item cannot be told apart by a `oneOf` (every full item also
    // matches the simple form), so callers asking for `simple` read `MergeRequestSimple`.
    pub view: Option<MergeRequestView>,
    /// Only merge requests carrying all these labels; `None` for merge requests without
    /// labels, `Any` for those with at least one. Predefined names are case-insensitive.
    #[param(comma)]
    pub labels: Option<Vec<String>>,
    /// Answer labels as objects (name, colours, descriptions) rather than names (default
    /// `false`).
    pub with_labels_details: Option<bool>,
    /// Ask GitLab to recompute `merge_status` in the background; not guaranteed (default
    /// `false`).
    pub with_merge_status_recheck: Option<bool>,
    /// Only merge requests created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
    /// Only merge requests created at or before this time.
    pub created_before: Option<DateTime<Utc>>,
    /// Only merge requests changed at or after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only merge requests changed at or before this time.
    pub updated_before: Option<DateTime<Utc>>,
    /// Only merge requests opened by this user. Not together with `author_username`.
    pub author_id: Option<u64>,
    /// Only merge requests opened by this username. Not together with `author_id`.
    pub author_username: Option<String>,
    /// Only merge requests assigned to this user; `None` for unassigned, `Any` for assigned
    /// ones.
    pub assignee_id: Option<MergeRequestUserIdFilter>,
    /// Only merge requests that name all these users as individual approvers; `None` for
    /// those without approvers, `Any` for those with one (Premium and up).
    pub approver_ids: Option<MergeRequestUserIdsFilter>,
    /// Only merge requests approved by all these users, at most 5; `None` for those without
    /// approvals, `Any` for approved ones (Premium and up).
    pub approved_by_ids: Option<MergeRequestUserIdsFilter>,
    /// Only merge requests approved by all these usernames, at most 5; `None` for those
    /// without approvals, `Any` for approved ones (Premium and up).
    pub approved_by_usernames: Option<MergeRequestUsernamesFilter>,
    /// Only merge requests this user reviews; `None` for those without reviewers, `Any` for
    /// those with one. Not together with `reviewer_username`.
    pub reviewer_id: Option<MergeRequestUserIdFilter>,
    /// Only merge requests this username reviews; `None` for those without reviewers, `Any`
    /// for those with one. Not together with `reviewer_id`.
    pub reviewer_username: Option<String>,
    /// Only merge requests the current user reacted to with this emoji; `None` for no
    /// reaction, `Any` for any reaction.
    pub my_reaction_emoji: Option<String>,
    /// Only merge requests from this source branch.
    pub source_branch: Option<String>,
    /// Only merge requests into this target branch.
    pub target_branch: Option<String>,
    /// Text to look for in titles and descriptions.
    pub search: Option<String>,
    /// Fields `search` looks in (default: title and description).
    // The docs list `in` for the list of all merge requests only; GitLab takes it on all three.
    #[param(comma)]
    pub r#in: Option<Vec<MergeRequestSearchField>>,
    /// `yes` for drafts only, `no` for merge requests that are not drafts.
    // Documented for the list of all and the project list; GitLab takes it on the group list
    // too.
    pub wip: Option<MergeRequestDraftFilter>,
    /// Filters the merge requests must not match.
    pub not: Option<MergeRequestNegatedFilters>,
    /// Only merge requests deployed to this environment.
    // Documented for the list of all and the project list; GitLab takes it on the group list
    // too.
    pub environment: Option<String>,
    /// Only merge requests deployed before this time.
    // Documented for the list of all merge requests only; GitLab takes it on all three.
    pub deployed_before: Option<DateTime<Utc>>,
    /// Only merge requests deployed after this time.
    // Documented for the list of all merge requests only; GitLab takes it on all three.
    pub deployed_after: Option<DateTime<Utc>>,
}

/// List the merge requests visible to the current user.
///
/// Without `scope`, only merge requests the current user opened are listed; `scope=all` lists
/// every merge request the user can see. `merge_status` (and so `has_conflicts`) may be stale
/// unless `with_merge_status_recheck=true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/merge_requests",
    tag = "Merge requests",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "merge_requests/list_merge_requests.json",
)]
pub struct ListMergeRequests {
    /// Whose merge requests to list (default `created_by_me`); `author_id` needs `all` or
    /// `assigned_to_me`.
    pub scope: Option<MergeRequestScope>,
    /// Filters every list of merge requests takes.
    #[param(flatten)]
    pub filters: MergeRequestListFilters,
}

/// List the merge requests of a project.
///
/// `merge_status` (and so `has_conflicts`) may be stale unless
/// `with_merge_status_recheck=true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests",
    tag = "Merge requests",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "merge_requests/list_project_merge_requests.json",
)]
pub struct ListProjectMergeRequests {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only merge requests with these internal IDs (sent as `iids[]=42&iids[]=43`).
    pub iids: Option<Vec<u64>>,
    /// Whose merge requests to list (default `all`).
    // The docs give no default for project lists; GitLab lists them all without a scope.
    pub scope: Option<MergeRequestScope>,
    /// Filters every list of merge requests takes.
    #[param(flatten)]
    pub filters: MergeRequestListFilters,
}

/// List the merge requests of a group and its subgroups.
///
/// `merge_status` (and so `has_conflicts`) may be stale unless
/// `with_merge_status_recheck=true`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/merge_requests",
    tag = "Merge requests",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "merge_requests/list_group_merge_requests.json",
)]
pub struct ListGroupMergeRequests {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Leave out merge requests of archived projects (default `true`).
    pub non_archived: Option<bool>,
    /// Whose merge requests to list (default `all`).
    // The docs give no default for group lists; GitLab lists them all without a scope.
    pub scope: Option<MergeRequestScope>,
    /// Filters every list of merge requests takes.
    #[param(flatten)]
    pub filters: MergeRequestListFilters,
}
