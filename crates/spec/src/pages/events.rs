//! The events page: activity events of users and projects.

use chrono::NaiveDate;
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::Event;

/// Kind of action, as a filter of event lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventAction {
    /// Something was created (a project, an issue, a merge request, a milestone, ...).
    Created,
    /// Something was changed.
    Updated,
    /// An issue, merge request or milestone was closed.
    Closed,
    /// An issue, merge request or milestone was reopened.
    Reopened,
    /// Commits were pushed, or a branch or tag was created or deleted.
    Pushed,
    /// A comment was written.
    Commented,
    /// A merge request was merged.
    Merged,
    /// A user joined a project.
    Joined,
    /// A user left a project.
    Left,
    /// Something was deleted.
    Destroyed,
    /// A user's membership of a project expired.
    Expired,
    /// A merge request was approved.
    Approved,
}

/// Kind of target object, as a filter of event lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventTargetType {
    /// Issues.
    Issue,
    /// Milestones.
    Milestone,
    /// Merge requests.
    MergeRequest,
    /// Comments.
    Note,
    /// Projects.
    Project,
    /// Snippets.
    Snippet,
    /// Users.
    User,
    // The docs list stops at `user`; GitLab's event model also accepts wiki pages and designs
    // (`Event::TARGET_TYPES`), so they are listed too.
    /// Wiki pages.
    Wiki,
    /// Designs.
    Design,
}

/// Direction an event list is sorted in, by creation time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventSort {
    /// Oldest first.
    Asc,
    /// Newest first (the default).
    Desc,
}

/// Which projects' events the current user's list covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventScope {
    /// Events of everyone in the projects the user belongs to, not only the user's own.
    All,
}

/// Filters shared by every list of events.
#[derive(Debug, Clone, Default, Params)]
pub struct EventListFilters {
    /// Only events of this kind of action.
    pub action: Option<EventAction>,
    /// Only events on this kind of target.
    pub target_type: Option<EventTargetType>,
    /// Only events created before this day (`YYYY-MM-DD`, that day excluded).
    pub before: Option<NaiveDate>,
    /// Only events created after this day (`YYYY-MM-DD`, that day excluded).
    pub after: Option<NaiveDate>,
    /// Sort by creation time, ascending or descending (default `desc`).
    pub sort: Option<EventSort>,
}

/// List the current user's events.
///
/// Events on epics are not listed, and GitLab drops events older than three years. The token
/// needs the `read_user` or `api` scope.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/events",
    tag = "Events",
    response = Vec<Event>,
    paginate = offset,
    example = "events/list_current_user_events.json",
)]
pub struct ListCurrentUserEvents {
    /// Filters.
    #[param(flatten)]
    pub filters: EventListFilters,
    /// `all` to list the events of every project the user belongs to, by anyone.
    pub scope: Option<EventScope>,
}

/// List a user's contribution events.
///
/// Newest first unless `sort` says otherwise. Events on epics are not listed, and only the
/// events the caller may see are: anonymous callers get the events of public projects (GitLab
/// serves this list without authentication). The token needs the `read_user` or `api` scope.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/events",
    tag = "Events",
    response = Vec<Event>,
    paginate = offset,
    public,
    example = "events/list_user_contribution_events.json",
)]
pub struct ListUserContributionEvents {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: EventListFilters,
}

/// List the events of a project that the caller may see.
///
/// Anonymous callers get the events of public projects (GitLab serves this list without
/// authentication).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{project_id}/events",
    tag = "Events",
    response = Vec<Event>,
    paginate = offset,
    public,
    example = "events/list_project_events.json",
)]
pub struct ListProjectEvents {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub project_id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: EventListFilters,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListCurrentUserEvents,
        ListUserContributionEvents,
        ListProjectEvents,
    ]
}
