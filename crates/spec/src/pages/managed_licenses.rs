//! The managed licenses page: licence policies of a project: allowed and denied licences.
//!
//! A policy is found by its numeric ID or by the licence's name. GitLab 15.0 renamed the
//! approval statuses `approved` and `blacklisted` to `allowed` and `denied`.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{ManagedLicense, ManagedLicenseApprovalStatus};

/// List the licence policies of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/managed_licenses",
    tag = "Managed licenses",
    response = Vec<ManagedLicense>,
    paginate = offset,
    example = "managed_licenses/list_managed_licenses.json",
)]
pub struct ListManagedLicenses {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one licence policy of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/managed_licenses/{managed_license_id}",
    tag = "Managed licenses",
    response = ManagedLicense,
    example = "managed_licenses/get_managed_license.json",
)]
pub struct GetManagedLicense {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The policy, by numeric ID or by the URL-encoded name of its licence.
    #[param(path)]
    pub managed_license_id: String,
}

/// Add a licence policy to a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/managed_licenses",
    tag = "Managed licenses",
    response = ManagedLicense,
    example = "managed_licenses/create_managed_license.json",
)]
pub struct CreateManagedLicense {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the licence.
    pub name: String,
    /// Whether the licence is allowed or denied.
    pub approval_status: ManagedLicenseApprovalStatus,
}

/// Delete a licence policy of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/managed_licenses/{managed_license_id}",
    tag = "Managed licenses",
    response = (),
)]
pub struct DeleteManagedLicense {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The policy, by numeric ID or by the URL-encoded name of its licence.
    #[param(path)]
    pub managed_license_id: String,
}

/// Change whether a licence is allowed in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    patch, "/projects/{id}/managed_licenses/{managed_license_id}",
    tag = "Managed licenses",
    response = ManagedLicense,
    example = "managed_licenses/edit_managed_license.json",
)]
pub struct EditManagedLicense {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The policy, by numeric ID or by the URL-encoded name of its licence.
    #[param(path)]
    pub managed_license_id: String,
    /// The new status: allowed or denied.
    // GitLab's API declares it optional (and ignores a `name`), but it is the only thing this
    // call changes and the docs require it.
    pub approval_status: ManagedLicenseApprovalStatus,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListManagedLicenses,
        GetManagedLicense,
        CreateManagedLicense,
        DeleteManagedLicense,
        EditManagedLicense,
    ]
}
