//! Syncing a group with LDAP, and the links between a group and LDAP groups or filters.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{AccessLevel, LdapGroupLink};

/// Start a sync of a group's members with its linked LDAP groups (owners and administrators).
///
/// The sync is queued in the background. Instances without LDAP group sync answer `404`.
// The docs give no status or body; GitLab's endpoint ends with `status 202`, so the answer is
// `202 Accepted` with that status code as its JSON body (`202`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/ldap_sync",
    tag = "Groups",
    response = u64,
    status = 202,
    example = "groups/sync_group_with_ldap.json",
)]
pub struct SyncGroupWithLdap {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// List the LDAP links of a group (owners and administrators).
///
/// Not paginated. A group without links answers `404`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/ldap_group_links",
    tag = "Groups",
    response = Vec<LdapGroupLink>,
    example = "groups/list_group_ldap_links.json",
)]
pub struct ListGroupLdapLinks {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Link a group to an LDAP group, by common name or by LDAP filter.
///
/// Give either `cn` or `filter`, not both; filters need a paid tier.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/ldap_group_links",
    tag = "Groups",
    response = LdapGroupLink,
    example = "groups/add_group_ldap_link.json",
)]
pub struct AddGroupLdapLink {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Common name of the LDAP group.
    pub cn: Option<String>,
    /// LDAP filter selecting the members.
    pub filter: Option<String>,
    /// Role the synced members get (`60` is not taken).
    pub group_access: AccessLevel,
    /// Name of the LDAP server (provider) to read from (`ldapmain`).
    pub provider: String,
}

/// Remove the LDAP link of a group with this common name, whatever its provider.
///
/// Deprecated: remove links with `cn` or `filter` on `/groups/{id}/ldap_group_links` instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/ldap_group_links/{cn}",
    tag = "Groups",
    response = (),
    deprecated,
)]
pub struct DeleteGroupLdapLinkByCn {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Common name of the linked LDAP group; special characters are percent-encoded
    /// automatically.
    #[param(path)]
    pub cn: String,
}

/// Remove the LDAP link of a group with this common name on one LDAP provider.
///
/// Deprecated: remove links with `cn` or `filter` on `/groups/{id}/ldap_group_links` instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/ldap_group_links/{provider}/{cn}",
    tag = "Groups",
    response = (),
    deprecated,
)]
pub struct DeleteGroupLdapProviderLink {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the LDAP server (provider) of the link.
    #[param(path)]
    pub provider: String,
    /// Common name of the linked LDAP group; special characters are percent-encoded
    /// automatically.
    #[param(path)]
    pub cn: String,
}

/// Remove an LDAP link of a group, found by common name or by filter.
///
/// Give either `cn` or `filter`, not both; filters need a paid tier.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{id}/ldap_group_links",
    tag = "Groups",
    response = (),
)]
pub struct DeleteGroupLdapLink {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Common name of the linked LDAP group.
    pub cn: Option<String>,
    /// LDAP filter of the link.
    pub filter: Option<String>,
    /// Name of the LDAP server (provider) of the link.
    pub provider: String,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        SyncGroupWithLdap,
        ListGroupLdapLinks,
        AddGroupLdapLink,
        DeleteGroupLdapLinkByCn,
        DeleteGroupLdapProviderLink,
        DeleteGroupLdapLink
    ]
}
