//! The audit events page: audit events of the instance, groups and projects.
//!
//! Instance events are for administrators and can be filtered by the entity they concern.
//! Group and project events are one pair of operations under two prefixes (a `variant(...)`):
//! owners of a group and maintainers of a project see everyone's events, members with a lower
//! role only their own.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::AuditEvent;

/// Kind of entity, as a filter of instance audit events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum AuditEventEntityType {
    /// Events on users.
    User,
    /// Events on groups.
    Group,
    /// Events on projects.
    Project,
}

/// The time window shared by every list of audit events.
#[derive(Debug, Clone, Default, Params)]
pub struct AuditEventTimeFilters {
    /// Only events created at or after this time (ISO 8601).
    pub created_after: Option<DateTime<Utc>>,
    /// Only events created at or before this time (ISO 8601).
    pub created_before: Option<DateTime<Utc>>,
}

/// List the audit events of the instance.
///
/// Group and project events are not in this list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/audit_events",
    tag = "Audit events",
    response = Vec<AuditEvent>,
    paginate = offset,
    admin,
    example = "audit_events/list_instance_audit_events.json",
)]
pub struct ListInstanceAuditEvents {
    /// Time window.
    #[param(flatten)]
    pub window: AuditEventTimeFilters,
    /// Only events on entities of this kind.
    pub entity_type: Option<AuditEventEntityType>,
    /// Only events on the entity with this numeric ID (needs `entity_type`).
    pub entity_id: Option<u64>,
}

/// Get one audit event of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/audit_events/{id}",
    tag = "Audit events",
    response = AuditEvent,
    admin,
    example = "audit_events/get_instance_audit_event.json",
)]
pub struct GetInstanceAuditEvent {
    /// Numeric ID of the audit event.
    #[param(path)]
    pub id: u64,
}

/// List the audit events of a group.
///
/// A group's list leaves out the events of its projects.
// GitLab also pages group audit events by keyset (`order_by=id`, `sort=desc`) since 15.2, but
// not project audit events; a variant shares its pagination, so both are declared with offset
// pagination, which both support.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/audit_events",
    tag = "Audit events",
    response = Vec<AuditEvent>,
    paginate = offset,
    example = "audit_events/list_group_audit_events.json",
    variant(
        "/projects/{id}/audit_events",
        id = "listProjectAuditEvents",
        summary = "List the audit events of a project.",
        example = "audit_events/list_project_audit_events.json",
    ),
)]
pub struct ListGroupAuditEvents {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Time window.
    #[param(flatten)]
    pub window: AuditEventTimeFilters,
}

/// Get one audit event of a group.
///
/// Only for owners of the group (or, for a project, members with at least the Maintainer role)
/// and administrators.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/audit_events/{audit_event_id}",
    tag = "Audit events",
    response = AuditEvent,
    example = "audit_events/get_group_audit_event.json",
    variant(
        "/projects/{id}/audit_events/{audit_event_id}",
        id = "getProjectAuditEvent",
        summary = "Get one audit event of a project.",
        example = "audit_events/get_project_audit_event.json",
    ),
)]
pub struct GetGroupAuditEvent {
    /// The group or project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the audit event.
    #[param(path)]
    pub audit_event_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListInstanceAuditEvents,
        GetInstanceAuditEvent,
        ListGroupAuditEvents,
        GetGroupAuditEvent,
    ]
}
