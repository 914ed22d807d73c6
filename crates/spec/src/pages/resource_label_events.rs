//! The resource label events page: the history of labels added to and removed from issues,
//! merge requests and epics.
//!
//! GitLab serves the same two operations under three prefixes: issues and merge requests of a
//! project (by internal ID) and epics of a group (by global ID). Each operation is declared
//! once, on its issue route, with a `variant(...)` per other prefix; the path placeholders
//! carry GitLab's own route names (`{eventable_id}`, `{resource_label_event_id}`).

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::ResourceLabelEvent;

/// List the label events of an issue.
///
/// Oldest first. The same list exists for merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{eventable_id}/resource_label_events",
    tag = "Resource label events",
    response = Vec<ResourceLabelEvent>,
    paginate = offset,
    example = "resource_label_events/list_issue_label_events.json",
    variant(
        "/groups/{id}/epics/{eventable_id}/resource_label_events",
        id = "listEpicLabelEvents",
        summary = "List the label events of an epic.",
        example = "resource_label_events/list_epic_label_events.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{eventable_id}/resource_label_events",
        id = "listMergeRequestLabelEvents",
        summary = "List the label events of a merge request.",
        example = "resource_label_events/list_merge_request_label_events.json",
    ),
)]
pub struct ListIssueLabelEvents {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, or the global ID (not the internal ID)
    /// of the epic.
    #[param(path)]
    pub eventable_id: u64,
}

/// Get one label event of an issue.
///
/// The same call exists for merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{eventable_id}/resource_label_events/{resource_label_event_id}",
    tag = "Resource label events",
    response = ResourceLabelEvent,
    example = "resource_label_events/get_issue_label_event.json",
    variant(
        "/groups/{id}/epics/{eventable_id}/resource_label_events/{resource_label_event_id}",
        id = "getEpicLabelEvent",
        summary = "Get one label event of an epic.",
        example = "resource_label_events/get_epic_label_event.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{eventable_id}/resource_label_events/{resource_label_event_id}",
        id = "getMergeRequestLabelEvent",
        summary = "Get one label event of a merge request.",
        example = "resource_label_events/get_merge_request_label_event.json",
    ),
)]
pub struct GetIssueLabelEvent {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, or the global ID (not the internal ID)
    /// of the epic.
    #[param(path)]
    pub eventable_id: u64,
    /// Numeric ID of the label event.
    #[param(path)]
    pub resource_label_event_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListIssueLabelEvents, GetIssueLabelEvent]
}
