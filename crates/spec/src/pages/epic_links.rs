//! The epic links page: child epics of an epic.
//!
//! The parent is addressed by its internal ID in the group (`{epic_iid}`), a child by its
//! global ID (`{child_epic_id}`), since children may belong to other groups whose internal IDs
//! overlap. Multi-level epics are an Ultimate feature: where they are not available, GitLab
//! answers `403`.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{Epic, LinkedEpic};

/// List the child epics of an epic.
///
/// In the children's order.
// GitLab answers the whole list at once (the route takes no pagination parameters).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/epics/{epic_iid}/epics",
    tag = "Epic links",
    response = Vec<Epic>,
    example = "epic_links/list_child_epics.json",
)]
pub struct ListChildEpics {
    /// The group of the parent epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the parent epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
}

/// Make an existing epic a child of an epic.
///
/// A child that had another parent leaves it. Answers the child epic.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics/{epic_iid}/epics/{child_epic_id}",
    tag = "Epic links",
    response = Epic,
    example = "epic_links/assign_child_epic.json",
)]
pub struct AssignChildEpic {
    /// The group of the parent epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the parent epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
    /// Global ID (not the internal ID) of the epic to make a child.
    #[param(path)]
    pub child_epic_id: u64,
}

/// Create an epic as a child of an epic.
///
/// Answers the new epic in a short form.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics/{epic_iid}/epics",
    tag = "Epic links",
    response = LinkedEpic,
    example = "epic_links/create_child_epic.json",
)]
pub struct CreateChildEpic {
    /// The group of the parent epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the parent epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
    /// Title of the new epic.
    pub title: String,
    /// Whether the new epic is confidential (default: as the parent is; ignored while the
    /// `confidential_epics` feature flag is off).
    pub confidential: Option<bool>,
}

/// Move a child epic among its siblings.
///
/// Answers the parent's children in their new order.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/epics/{epic_iid}/epics/{child_epic_id}",
    tag = "Epic links",
    response = Vec<Epic>,
    example = "epic_links/reorder_child_epic.json",
)]
pub struct ReorderChildEpic {
    /// The group of the parent epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the parent epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
    /// Global ID of the child epic to move.
    #[param(path)]
    pub child_epic_id: u64,
    /// Global ID of the sibling to place right before the moved epic.
    pub move_before_id: Option<u64>,
    /// Global ID of the sibling to place right after the moved epic.
    pub move_after_id: Option<u64>,
}

/// Detach a child epic from its parent.
///
/// The child stays as a top-level epic. Answers the former child.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/epics/{epic_iid}/epics/{child_epic_id}",
    tag = "Epic links",
    response = Epic,
    example = "epic_links/unassign_child_epic.json",
)]
pub struct UnassignChildEpic {
    /// The group of the parent epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the parent epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
    /// Global ID of the child epic to detach.
    #[param(path)]
    pub child_epic_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListChildEpics,
        AssignChildEpic,
        CreateChildEpic,
        ReorderChildEpic,
        UnassignChildEpic
    ]
}
