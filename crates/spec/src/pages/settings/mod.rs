//! The application settings page: reading and changing the settings of the GitLab instance.

mod changes;

pub use changes::*;

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::ApplicationSettings;

/// Get the settings of the instance.
///
/// GitLab caches its settings (for 60 seconds by default), so a change may take a while to
/// apply everywhere.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/application/settings",
    tag = "Application settings",
    response = ApplicationSettings,
    admin,
    example = "settings/get_application_settings.json",
)]
pub struct GetApplicationSettings {}

/// Change settings of the instance.
///
/// Every setting is optional; some need others when turned on (reCAPTCHA needs its keys, the
/// rate limits their period and request count, ...). Answers every setting after the change.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/application/settings",
    tag = "Application settings",
    response = ApplicationSettings,
    admin,
    example = "settings/edit_application_settings.json",
)]
pub struct EditApplicationSettings {
    /// The settings to change.
    #[param(flatten)]
    pub changes: ApplicationSettingsChanges,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![GetApplicationSettings, EditApplicationSettings]
}
