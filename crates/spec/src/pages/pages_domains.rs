//! The pages domains page: custom domains of GitLab Pages sites.
//!
//! GitLab Pages must be turned on for the instance. Certificates and keys are PEM text: the
//! route types send them as strings. GitLab also accepts them as file parts of a
//! `multipart/form-data` request (`certificate=@cert.pem`), which carries the same text.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{PagesDomain, PagesDomainBasic};

/// List the Pages domains of every project of the instance.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/pages/domains",
    tag = "Pages domains",
    response = Vec<PagesDomainBasic>,
    paginate = offset,
    admin,
    example = "pages_domains/list_all_pages_domains.json",
)]
pub struct ListAllPagesDomains {}

/// List the Pages domains of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pages/domains",
    tag = "Pages domains",
    response = Vec<PagesDomain>,
    paginate = offset,
    example = "pages_domains/list_project_pages_domains.json",
)]
pub struct ListProjectPagesDomains {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one Pages domain of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pages/domains/{domain}",
    tag = "Pages domains",
    response = PagesDomain,
    example = "pages_domains/get_pages_domain.json",
)]
pub struct GetPagesDomain {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The domain name (`www.domain.example`).
    #[param(path)]
    pub domain: String,
}

/// Add a custom domain to a project's Pages site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pages/domains",
    tag = "Pages domains",
    response = PagesDomain,
    example = "pages_domains/create_pages_domain.json",
)]
pub struct CreatePagesDomain {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The domain name.
    pub domain: String,
    /// Have GitLab obtain and renew a Let's Encrypt certificate for the domain (default
    /// `false`).
    pub auto_ssl_enabled: Option<bool>,
    /// TLS certificate in PEM format, followed by its intermediates from the most to the least
    /// specific.
    pub certificate: Option<String>,
    /// Private key of the certificate, in PEM format.
    pub key: Option<String>,
}

/// Change the certificate or the Let's Encrypt setting of a Pages domain.
///
/// Sending `certificate` and `key` empty removes the domain's certificate.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/pages/domains/{domain}",
    tag = "Pages domains",
    response = PagesDomain,
    example = "pages_domains/edit_pages_domain.json",
)]
pub struct EditPagesDomain {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The domain name (`ssl.domain.example`).
    #[param(path)]
    pub domain: String,
    /// Have GitLab obtain and renew a Let's Encrypt certificate for the domain, or stop.
    pub auto_ssl_enabled: Option<bool>,
    /// New TLS certificate in PEM format, followed by its intermediates from the most to the
    /// least specific; empty to remove it.
    pub certificate: Option<String>,
    /// Private key of the new certificate, in PEM format; empty to remove it.
    pub key: Option<String>,
}

/// Remove a custom domain from a project's Pages site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/pages/domains/{domain}",
    tag = "Pages domains",
    response = (),
)]
pub struct DeletePagesDomain {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The domain name.
    #[param(path)]
    pub domain: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListAllPagesDomains,
        ListProjectPagesDomains,
        GetPagesDomain,
        CreatePagesDomain,
        EditPagesDomain,
        DeletePagesDomain,
    ]
}
