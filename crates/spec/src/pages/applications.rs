//! The applications page: oAuth applications registered on the instance.

use gitlab_endpoint::Endpoint;

use crate::models::Application;

/// Register an instance-wide OAuth application.
///
/// The answer is the only one that carries the client secret.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/applications",
    tag = "Applications",
    response = Application,
    status = 200,
    admin,
    example = "applications/create_application.json",
)]
pub struct CreateApplication {
    /// Name of the application.
    pub name: String,
    /// Redirect URI of the application.
    pub redirect_uri: String,
    /// Scopes granted to the application, separated by spaces.
    pub scopes: String,
    /// Whether the application can keep its secret confidential (default `true`).
    pub confidential: Option<bool>,
}

/// List the instance-wide OAuth applications.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/applications",
    tag = "Applications",
    response = Vec<Application>,
    admin,
    example = "applications/list_applications.json",
)]
pub struct ListApplications {}

/// Delete an instance-wide OAuth application.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/applications/{id}",
    tag = "Applications",
    response = (),
    admin,
)]
pub struct DeleteApplication {
    /// Numeric ID of the application (not its OAuth client ID).
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![CreateApplication, ListApplications, DeleteApplication]
}
