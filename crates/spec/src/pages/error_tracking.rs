//! The error tracking page: error tracking settings and client keys of a project.
//!
//! Every route needs at least the Maintainer role on the project. The client keys belong to
//! GitLab's integrated error tracking backend.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{ErrorTrackingClientKey, ErrorTrackingSettings};

/// Get the error tracking settings of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/error_tracking/settings",
    tag = "Error tracking",
    response = ErrorTrackingSettings,
    example = "error_tracking/get_error_tracking_settings.json",
)]
pub struct GetErrorTrackingSettings {
    /// The project, by numeric ID or URL-encoded full path.
    // The docs' table says "integer" only; the route takes an ID or a path like every project
    // route (and its description says so).
    #[param(path)]
    pub id: IdOrPath,
}

/// Turn the error tracking of a project on or off.
///
/// Only switches settings that are already configured.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    patch, "/projects/{id}/error_tracking/settings",
    tag = "Error tracking",
    response = ErrorTrackingSettings,
    example = "error_tracking/edit_error_tracking_settings.json",
)]
pub struct EditErrorTrackingSettings {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// `true` to turn the configured error tracking on, `false` to turn it off.
    pub active: bool,
    /// `true` to use GitLab's integrated error tracking backend (GitLab 14.2 and later).
    pub integrated: Option<bool>,
}

/// List the error tracking client keys of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/error_tracking/client_keys",
    tag = "Error tracking",
    response = Vec<ErrorTrackingClientKey>,
    paginate = offset,
    example = "error_tracking/list_error_tracking_client_keys.json",
)]
pub struct ListErrorTrackingClientKeys {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Create an error tracking client key for a project.
///
/// GitLab generates the public key.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/error_tracking/client_keys",
    tag = "Error tracking",
    response = ErrorTrackingClientKey,
    example = "error_tracking/create_error_tracking_client_key.json",
)]
pub struct CreateErrorTrackingClientKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Delete an error tracking client key of a project.
///
/// Answers with the deleted key.
// The docs show no answer; GitLab's route presents the deleted key (200 with a body).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/error_tracking/client_keys/{key_id}",
    tag = "Error tracking",
    response = ErrorTrackingClientKey,
    example = "error_tracking/delete_error_tracking_client_key.json",
)]
pub struct DeleteErrorTrackingClientKey {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the client key.
    #[param(path)]
    pub key_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetErrorTrackingSettings,
        EditErrorTrackingSettings,
        ListErrorTrackingClientKeys,
        CreateErrorTrackingClientKey,
        DeleteErrorTrackingClientKey,
    ]
}
