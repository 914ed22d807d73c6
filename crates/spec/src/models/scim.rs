//! SCIM models (RFC 7643/7644): the user resource an identity provider provisions into a
//! group, its list envelope and its patch operations. Their wire names are SCIM's camelCase.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A group member provisioned through SCIM, as GitLab answers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimUser {
    /// SCIM schema URNs of the resource (`urn:ietf:params:scim:schemas:core:2.0:User`).
    pub schemas: Vec<String>,
    /// The identity provider's unique ID of the user (GitLab's `extern_uid`).
    pub id: String,
    /// Whether the user's SSO identity is active.
    pub active: bool,
    /// The user's full name, as one flat attribute.
    #[serde(rename = "name.formatted")]
    pub name_formatted: String,
    /// The GitLab username.
    #[serde(rename = "userName")]
    pub user_name: String,
    /// The resource's metadata.
    pub meta: ScimMeta,
    /// Email addresses of the user.
    pub emails: Vec<ScimEmail>,
}

/// Metadata of a SCIM resource.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimMeta {
    /// The kind of resource: always `User` here.
    #[serde(rename = "resourceType")]
    pub resource_type: String,
}

/// One email address of a SCIM user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimEmail {
    /// What the address is for: GitLab reads the `work` address.
    #[serde(rename = "type")]
    pub kind: String,
    /// The address.
    pub value: String,
    /// Whether it is the user's main address.
    pub primary: bool,
}

/// The name of a user being provisioned, in SCIM's parts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimName {
    /// The whole name, as shown (GitLab's `name`).
    pub formatted: String,
    /// The family name.
    #[serde(rename = "familyName")]
    pub family_name: Option<String>,
    /// The given name.
    #[serde(rename = "givenName")]
    pub given_name: Option<String>,
}

/// SCIM's list envelope: one slice of the matching users, addressed by a 1-based index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimListResponse {
    /// SCIM schema URNs of the message (`urn:ietf:params:scim:api:messages:2.0:ListResponse`).
    pub schemas: Vec<String>,
    /// How many users match, over all slices.
    #[serde(rename = "totalResults")]
    pub total_results: u64,
    /// How many users this slice holds.
    #[serde(rename = "itemsPerPage")]
    pub items_per_page: u64,
    /// The 1-based index of this slice's first user.
    #[serde(rename = "startIndex")]
    pub start_index: u64,
    /// The users of this slice.
    #[serde(rename = "Resources")]
    pub resources: Vec<ScimUser>,
}

/// The patch operations GitLab supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum ScimPatchOp {
    /// Sets an attribute that may have had no value.
    Add,
    /// Replaces an attribute's value.
    Replace,
}

/// One change to a SCIM user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimPatchOperation {
    /// What to do.
    pub op: ScimPatchOp,
    /// The attribute to change: `id` or `externalId`, `name.formatted`,
    /// `emails[type eq "work"].value`, `active` (`false` removes the SSO identity) or `userName`.
    pub path: String,
    /// The attribute's new value.
    pub value: serde_json::Value,
}
