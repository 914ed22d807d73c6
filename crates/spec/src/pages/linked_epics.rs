//! The linked epics page: links between epics.
//!
//! These are two-way relations (relates to, blocks, is blocked by), unlike the parent and child
//! relation of the epic links page. Linked epics are an Ultimate feature: where they are not
//! available, GitLab answers `403`.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{IssuableLinkType, RelatedEpic, RelatedEpicLink};

/// List the epics linked to an epic.
///
/// Epics the current user may not see are left out.
// GitLab answers the whole list at once (the route takes no pagination parameters).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/epics/{epic_iid}/related_epics",
    tag = "Linked epics",
    response = Vec<RelatedEpic>,
    example = "linked_epics/list_related_epics.json",
)]
pub struct ListRelatedEpics {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group.
    #[param(path)]
    pub epic_iid: u64,
}

/// Link an epic to another epic (GitLab 14.10 and later).
///
/// The current user must be allowed to change both epics; the target may be in another group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/epics/{epic_iid}/related_epics",
    tag = "Linked epics",
    response = RelatedEpicLink,
    example = "linked_epics/create_related_epic_link.json",
)]
pub struct CreateRelatedEpicLink {
    /// The group of the source epic, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the source epic inside its group.
    #[param(path)]
    pub epic_iid: u64,
    /// The group of the target epic, by numeric ID or URL-encoded full path.
    pub target_group_id: IdOrPath,
    /// Number of the target epic inside its group.
    // The docs type it "integer/string"; GitLab reads an integer.
    pub target_epic_iid: u64,
    /// Kind of link, seen from the source epic (default `relates_to`).
    pub link_type: Option<IssuableLinkType>,
}

/// Delete a link between two epics (GitLab 14.10 and later).
///
/// The current user must be allowed to change both epics. Answers the link as it was.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/epics/{epic_iid}/related_epics/{related_epic_link_id}",
    tag = "Linked epics",
    response = RelatedEpicLink,
    example = "linked_epics/delete_related_epic_link.json",
)]
pub struct DeleteRelatedEpicLink {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the epic inside the group (either end of the link).
    #[param(path)]
    pub epic_iid: u64,
    /// ID of the link (the `related_epic_link_id` of a listed epic).
    // The docs type it "integer/string"; GitLab reads an integer.
    #[param(path)]
    pub related_epic_link_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListRelatedEpics,
        CreateRelatedEpicLink,
        DeleteRelatedEpicLink
    ]
}
