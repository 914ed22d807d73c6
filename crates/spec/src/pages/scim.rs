//! The SCIM page: the group SCIM API (RFC 7644) through which an identity provider (Okta,
//! Azure AD, ...) provisions and deprovisions a group's SAML users.
//!
//! These endpoints are not part of REST v4: they live under `/api/scim/v2`, take the group's
//! SCIM token, speak `application/scim+json`, page with `startIndex`/`count` and answer SCIM's
//! error bodies. The `scim` key of `#[endpoint]` says so, and the conventions module applies
//! all of it.

use gitlab_endpoint::Endpoint;

use crate::models::{
    ScimEmail, ScimListResponse, ScimMeta, ScimName, ScimPatchOperation, ScimUser,
};

/// List the group's SCIM users.
///
/// Identity providers call it to find one user by its external ID, with a filter such as
/// `id eq "0b1d561c-21ff-4092-beab-8154b17f82f2"`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{group_path}/Users",
    tag = "SCIM",
    response = ScimListResponse,
    scim,
    example = "scim/list_scim_users.json",
)]
pub struct ListScimUsers {
    /// Full path of the group (`group`, or `group/subgroup` URL-encoded).
    #[param(path)]
    pub group_path: String,
    /// A SCIM filter expression; only `eq` is supported (`id eq "a-b-c"`, `userName eq "jdoe"`).
    pub filter: Option<String>,
    /// The 1-based index of the first user to answer; values below 1 count as 1.
    #[param(rename = "startIndex")]
    pub start_index: Option<u64>,
    /// The most users to answer.
    pub count: Option<u64>,
}

/// Get a SCIM user of the group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{group_path}/Users/{id}",
    tag = "SCIM",
    response = ScimUser,
    scim,
    example = "scim/get_scim_user.json",
)]
pub struct GetScimUser {
    /// Full path of the group (`group`, or `group/subgroup` URL-encoded).
    #[param(path)]
    pub group_path: String,
    /// The user's external ID, as the identity provider knows it.
    #[param(path)]
    pub id: String,
}

/// Provision a user into the group through SCIM.
///
/// Creates the GitLab account when the email is new, links the SAML identity and adds the user
/// to the group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{group_path}/Users",
    tag = "SCIM",
    response = ScimUser,
    scim,
    example = "scim/create_scim_user.json",
)]
pub struct CreateScimUser {
    /// Full path of the group (`group`, or `group/subgroup` URL-encoded).
    #[param(path)]
    pub group_path: String,
    /// The user's external ID at the identity provider.
    #[param(rename = "externalId")]
    pub external_id: String,
    /// The GitLab username.
    #[param(rename = "userName")]
    pub user_name: String,
    /// Email addresses; the `work` one becomes the account's email.
    pub emails: Vec<ScimEmail>,
    /// The user's name.
    pub name: ScimName,
    /// Resource metadata (`resourceType: User`).
    pub meta: Option<ScimMeta>,
    /// Whether the identity is active; `null` counts as active.
    pub active: Option<bool>,
    /// SCIM schema URNs of the resource (`urn:ietf:params:scim:schemas:core:2.0:User`).
    pub schemas: Option<Vec<String>>,
}

/// Change attributes of a SCIM user.
///
/// Each operation names one attribute by its SCIM path; setting `active` to `false` removes
/// the user's SSO identity.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    patch, "/groups/{group_path}/Users/{id}",
    tag = "SCIM",
    response = (),
    status = 204,
    scim,
)]
pub struct UpdateScimUser {
    /// Full path of the group (`group`, or `group/subgroup` URL-encoded).
    #[param(path)]
    pub group_path: String,
    /// The user's external ID, as the identity provider knows it.
    #[param(path)]
    pub id: String,
    /// The changes, applied in order.
    #[param(rename = "Operations")]
    pub operations: Vec<ScimPatchOperation>,
}

/// Deprovision a SCIM user from the group.
///
/// Removes the user's SSO identity and group membership; the GitLab account stays.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/groups/{group_path}/Users/{id}",
    tag = "SCIM",
    response = (),
    scim,
)]
pub struct DeleteScimUser {
    /// Full path of the group (`group`, or `group/subgroup` URL-encoded).
    #[param(path)]
    pub group_path: String,
    /// The user's external ID, as the identity provider knows it.
    #[param(path)]
    pub id: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListScimUsers,
        GetScimUser,
        CreateScimUser,
        UpdateScimUser,
        DeleteScimUser
    ]
}
