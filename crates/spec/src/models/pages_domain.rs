//! Custom domains of GitLab Pages sites, with their TLS certificates.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A Pages domain's TLS certificate in full, as a project's domains show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PagesDomainCertificate {
    /// Subject of the certificate.
    pub subject: String,
    /// Whether the certificate has expired.
    pub expired: bool,
    /// The certificate chain in PEM format.
    pub certificate: String,
    /// The certificate decoded into readable text.
    pub certificate_text: String,
}

/// When a Pages domain's TLS certificate expires, as the instance-wide list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PagesDomainCertificateExpiration {
    /// Whether the certificate has expired.
    pub expired: bool,
    /// When the certificate expires.
    pub expiration: DateTime<Utc>,
}

/// A custom domain of a project's Pages site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PagesDomain {
    /// The domain name.
    pub domain: String,
    /// URL the site is served at on this domain (`https://` when it has a certificate).
    pub url: String,
    /// Whether the ownership of the domain was verified.
    // Not in the docs' examples; GitLab's entity sends it.
    pub verified: Option<bool>,
    /// Code to publish in the domain's verification TXT record.
    pub verification_code: Option<String>,
    /// Until when the domain stays enabled without being verified again.
    pub enabled_until: Option<DateTime<Utc>>,
    /// Whether GitLab obtains and renews a Let's Encrypt certificate for the domain.
    // Missing from one docs example; GitLab's entity always sends it.
    pub auto_ssl_enabled: Option<bool>,
    /// The domain's TLS certificate; absent when it has none.
    pub certificate: Option<PagesDomainCertificate>,
}

/// A custom Pages domain as the instance-wide list shows it: with its project and only the
/// expiry of its certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PagesDomainBasic {
    /// The domain name.
    pub domain: String,
    /// URL the site is served at on this domain.
    pub url: String,
    /// Numeric ID of the project whose site the domain serves.
    pub project_id: u64,
    /// Whether the ownership of the domain was verified.
    pub verified: Option<bool>,
    /// Code to publish in the domain's verification TXT record.
    pub verification_code: Option<String>,
    /// Until when the domain stays enabled without being verified again.
    pub enabled_until: Option<DateTime<Utc>>,
    /// Whether GitLab obtains and renews a Let's Encrypt certificate for the domain.
    pub auto_ssl_enabled: Option<bool>,
    /// Expiry of the domain's TLS certificate; absent when it has none.
    // The docs' example calls this field `certificate`; GitLab's entity (PagesDomainBasic)
    // exposes it as `certificate_expiration`, which is what we follow.
    pub certificate_expiration: Option<PagesDomainCertificateExpiration>,
}
