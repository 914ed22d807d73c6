//! The epics page: epics of a group: listing, creating, editing and deleting them.
//!
//! Epics are a Premium feature: where they are not available, GitLab answers `403`. Epics are
//! addressed by their internal ID in the group (`{epic_iid}`).

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Epic, Todo};

/// Field to order a list of epics by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EpicOrderBy {
    /// Creation time (the default).
    CreatedAt,
    /// Last change.
    UpdatedAt,
    /// Title.
    Title,
}

/// Direction a list of epics is sorted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EpicSort {
    /// Ascending.
    Asc,
    /// Descending (the default).
    Desc,
}

/// Which epics to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EpicStateFilter {
    /// Open epics only.
    Opened,
    /// Closed epics only.
    Closed,
    /// Open and closed epics (the default).
    All,
}

/// A change of state to apply to an epic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EpicStateEvent {
    /// Close the epic.
    Close,
    /// Reopen the epic.
    Reopen,
}

/// Filters an epic must NOT match, sent as `not[name]=value` (GitLab 14.6 and later).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EpicNegatedFilters {
    /// Leave out epics created by this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<u64>,
    /// Leave out epics created by this username (GitLab 14.7 and later).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_username: Option<String>,
    /// Leave out epics carrying these labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
}

/// Filters of the list of a group's epics.
#[derive(Debug, Clone, Default, Params)]
pub struct EpicListFilters {
    /// Only epics created by this user.
    pub author_id: Option<u64>,
    /// Only epics created by this username (GitLab 14.7 and later).
    pub author_username: Option<String>,
    /// Only epics carrying all these labels (names from the epic's group or its ancestors).
    #[param(comma)]
    pub labels: Option<Vec<String>>,
    /// Answer labels as objects (name, colours, descriptions) rather than names (default
    /// `false`).
    pub with_labels_details: Option<bool>,
    /// Field to order by (default `created_at`).
    pub order_by: Option<EpicOrderBy>,
    /// Sort direction (default `desc`).
    pub sort: Option<EpicSort>,
    /// Text to look for in titles and descriptions.
    pub search: Option<String>,
    /// Only epics in this state (default `all`).
    pub state: Option<EpicStateFilter>,
    /// Only epics created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
    /// Only epics created at or before this time.
    pub created_before: Option<DateTime<Utc>>,
    /// Only epics changed at or after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only epics changed at or before this time.
    pub updated_before: Option<DateTime<Utc>>,
    /// Also list the epics of the group's ancestors (default `false`).
    pub include_ancestor_groups: Option<bool>,
    /// Also list the epics of the group's descendants (default `true`).
    pub include_descendant_groups: Option<bool>,
    /// Only epics the current user reacted to with this emoji; `None` for no reaction, `Any`
    /// for any reaction.
    pub my_reaction_emoji: Option<String>,
    /// Filters the epics must not match.
    pub not: Option<EpicNegatedFilters>,
}

/// What creating and editing an epic share: its content, labels, parent and dates.
#[derive(Debug, Clone, Default, Params)]
pub struct EpicSettings {
    /// Names of the epic's labels; when editing, they replace the current ones and an empty
    /// value removes them all (GitLab also accepts one comma-separated string).
    pub labels: Option<Vec<String>>,
    /// Markdown description (at most 1,048,576 characters).
    pub description: Option<String>,
    /// Highlight colour, as `#RRGGBB` (GitLab 14.8 and later, behind the
    /// `epic_highlight_color` feature flag).
    pub color: Option<String>,
    /// Whether the epic is confidential.
    pub confidential: Option<bool>,
    /// Whether the start date is `start_date_fixed` rather than the one inherited from
    /// milestones.
    pub start_date_is_fixed: Option<bool>,
    /// Fixed start date.
    pub start_date_fixed: Option<NaiveDate>,
    /// Whether the due date is `due_date_fixed` rather than the one inherited from
    /// milestones.
    pub due_date_is_fixed: Option<bool>,
    /// Fixed due date.
    pub due_date_fixed: Option<NaiveDate>,
    /// Global ID of the parent epic.
    // The docs type it "integer/string"; GitLab reads an integer ID.
    pub parent_id: Option<u64>,
}

/// List the epics of a group.
///
/// Epics of the group's subgroups are included unless `include_descendant_groups=false`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/epics",
    tag = "Epics",
    response = Vec<Epic>,
    paginate = offset,
    example = "epics/list_epics.json",
)]
pub struct ListEpics {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Filters.
    #[param(flatten)]
    pub filters: EpicListFilters,
}

/// Get one epic of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/epics/{epic_iid}",
    tag = "Epics",
    response = Epic,
    example = "epics/get_epic.json",
)]
pub struct GetEpic {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
}

/// Create an epic in a group.
///
/// The start and due dates in effect are derived; set the fixed ones with the `*_is_fixed`
/// and `*_fixed` parameters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics",
    tag = "Epics",
    response = Epic,
    example = "epics/create_epic.json",
)]
pub struct CreateEpic {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Title.
    pub title: String,
    /// Creation time to record (administrators and group owners only; GitLab 13.5 and later).
    pub created_at: Option<DateTime<Utc>>,
    /// Content, labels, parent and dates.
    #[param(flatten)]
    pub settings: EpicSettings,
}

/// Change an epic of a group.
///
/// At least one of the epic's attributes must be given.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/epics/{epic_iid}",
    tag = "Epics",
    response = Epic,
    example = "epics/edit_epic.json",
)]
pub struct EditEpic {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
    /// New title.
    pub title: Option<String>,
    /// Names of labels to add (GitLab also accepts one comma-separated string).
    pub add_labels: Option<Vec<String>>,
    /// Names of labels to remove (GitLab also accepts one comma-separated string).
    pub remove_labels: Option<Vec<String>>,
    /// Close or reopen the epic.
    pub state_event: Option<EpicStateEvent>,
    /// Change time to record (administrators and group owners only; GitLab 13.5 and later).
    pub updated_at: Option<DateTime<Utc>>,
    /// Content, labels, parent and dates.
    #[param(flatten)]
    pub settings: EpicSettings,
}

/// Delete an epic of a group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/epics/{epic_iid}",
    tag = "Epics",
    response = (),
)]
pub struct DeleteEpic {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub epic_iid: u64,
}

/// Add a to-do item on an epic for the current user.
///
/// Answers `304 Not Modified` with no body when the user already has one on the epic.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics/{epic_iid}/todo",
    not_modified,
    tag = "Epics",
    response = Todo,
    example = "epics/create_epic_todo.json",
)]
pub struct CreateEpicTodo {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListEpics,
        GetEpic,
        CreateEpic,
        EditEpic,
        DeleteEpic,
        CreateEpicTodo
    ]
}
