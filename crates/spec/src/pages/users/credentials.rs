//! User credentials: SSH keys, GPG keys, emails, impersonation and personal access tokens.

use chrono::{DateTime, NaiveDate, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    AccessTokenScope, Email, GpgKey, ImpersonationToken, ImpersonationTokenWithToken,
    PersonalAccessTokenWithToken, SshKey,
};

// ---------------------------------------------------------------------------------------------
// SSH keys
// ---------------------------------------------------------------------------------------------

/// List the current user's SSH keys.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/keys",
    tag = "Users",
    response = Vec<SshKey>,
    paginate = offset,
    example = "users/keys_list.json",
)]
pub struct ListSshKeys {}

/// List the SSH keys of a user.
///
/// GitLab's docs name this path's parameter `id_or_username`; it is `id` here because
/// `POST /users/{id}/keys` shares the path, and one OpenAPI path has one parameter name.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/keys",
    tag = "Users",
    response = Vec<SshKey>,
    paginate = offset,
    public,
    example = "users/keys_list_user.json",
)]
pub struct ListUserSshKeys {
    /// The user, by numeric ID or username.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one SSH key of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/keys/{key_id}",
    tag = "Users",
    response = SshKey,
    example = "users/key_get.json",
)]
pub struct GetSshKey {
    /// Numeric ID of the SSH key.
    #[param(path)]
    pub key_id: u64,
}

/// Get one SSH key of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/keys/{key_id}",
    tag = "Users",
    response = SshKey,
    example = "users/key_get_user.json",
)]
pub struct GetUserSshKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the SSH key.
    #[param(path)]
    pub key_id: u64,
}

/// Add an SSH key to the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/user/keys",
    tag = "Users",
    response = SshKey,
    example = "users/key_add.json",
)]
pub struct AddSshKey {
    /// Label for the new key.
    pub title: String,
    /// The public key, in OpenSSH format.
    pub key: String,
    /// When the key should stop being accepted.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Add an SSH key to a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/keys",
    tag = "Users",
    response = SshKey,
    admin,
    example = "users/key_add_user.json",
)]
pub struct AddUserSshKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Label for the new key.
    pub title: String,
    /// The public key, in OpenSSH format.
    pub key: String,
    /// When the key should stop being accepted.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Delete one SSH key of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/user/keys/{key_id}", tag = "Users", response = ())]
pub struct DeleteSshKey {
    /// Numeric ID of the SSH key.
    #[param(path)]
    pub key_id: u64,
}

/// Delete one SSH key of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/users/{id}/keys/{key_id}", tag = "Users", response = (), admin)]
pub struct DeleteUserSshKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the SSH key.
    #[param(path)]
    pub key_id: u64,
}

// ---------------------------------------------------------------------------------------------
// GPG keys
// ---------------------------------------------------------------------------------------------

/// List the current user's GPG keys.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/gpg_keys",
    tag = "Users",
    response = Vec<GpgKey>,
    paginate = offset,
    example = "users/gpg_keys_list.json",
)]
pub struct ListGpgKeys {}

/// Get one GPG key of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/gpg_keys/{key_id}",
    tag = "Users",
    response = GpgKey,
    example = "users/gpg_key_get.json",
)]
pub struct GetGpgKey {
    /// Numeric ID of the GPG key.
    #[param(path)]
    pub key_id: u64,
}

/// Add a GPG key to the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/user/gpg_keys",
    tag = "Users",
    response = GpgKey,
    example = "users/gpg_key_add.json",
)]
pub struct AddGpgKey {
    /// The ASCII-armored public key block.
    pub key: String,
}

/// Delete one GPG key of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/user/gpg_keys/{key_id}", tag = "Users", response = ())]
pub struct DeleteGpgKey {
    /// Numeric ID of the GPG key.
    #[param(path)]
    pub key_id: u64,
}

/// List the GPG keys of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/gpg_keys",
    tag = "Users",
    response = Vec<GpgKey>,
    paginate = offset,
    public,
    example = "users/gpg_keys_list_user.json",
)]
pub struct ListUserGpgKeys {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Get one GPG key of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/gpg_keys/{key_id}",
    tag = "Users",
    response = GpgKey,
    example = "users/gpg_key_get_user.json",
)]
pub struct GetUserGpgKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the GPG key.
    #[param(path)]
    pub key_id: u64,
}

/// Add a GPG key to a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/gpg_keys",
    tag = "Users",
    response = GpgKey,
    admin,
    example = "users/gpg_key_add_user.json",
)]
pub struct AddUserGpgKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// The ASCII-armored public key block.
    pub key: String,
}

/// Delete one GPG key of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/users/{id}/gpg_keys/{key_id}", tag = "Users", response = (), admin)]
pub struct DeleteUserGpgKey {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the GPG key.
    #[param(path)]
    pub key_id: u64,
}

// ---------------------------------------------------------------------------------------------
// Emails
// ---------------------------------------------------------------------------------------------

/// List the current user's secondary emails.
///
/// The primary address is not part of the list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/emails",
    tag = "Users",
    response = Vec<Email>,
    paginate = offset,
    example = "users/emails_list.json",
)]
pub struct ListEmails {}

/// List the secondary emails of a user.
///
/// The primary address is not part of the list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{id}/emails",
    tag = "Users",
    response = Vec<Email>,
    paginate = offset,
    admin,
    example = "users/emails_list_user.json",
)]
pub struct ListUserEmails {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Get one email of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/user/emails/{email_id}",
    tag = "Users",
    response = Email,
    example = "users/email_get.json",
)]
pub struct GetEmail {
    /// Numeric ID of the email.
    #[param(path)]
    pub email_id: u64,
}

/// Add an email to the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/user/emails",
    tag = "Users",
    response = Email,
    example = "users/email_add.json",
)]
pub struct AddEmail {
    /// The address to add.
    pub email: String,
}

/// Add an email to a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{id}/emails",
    tag = "Users",
    response = Email,
    admin,
    example = "users/email_add_user.json",
)]
pub struct AddUserEmail {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// The address to add.
    pub email: String,
    /// Mark the address as confirmed without sending a confirmation mail (default `false`).
    pub skip_confirmation: Option<bool>,
}

/// Delete one email of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/user/emails/{email_id}", tag = "Users", response = ())]
pub struct DeleteEmail {
    /// Numeric ID of the email.
    #[param(path)]
    pub email_id: u64,
}

/// Delete one email of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/users/{id}/emails/{email_id}", tag = "Users", response = (), admin)]
pub struct DeleteUserEmail {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the email.
    #[param(path)]
    pub email_id: u64,
}

// ---------------------------------------------------------------------------------------------
// Impersonation and personal access tokens
// ---------------------------------------------------------------------------------------------

/// State of impersonation tokens, as a filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImpersonationTokenState {
    /// Every token.
    All,
    /// Tokens that can be used.
    Active,
    /// Revoked or expired tokens.
    Inactive,
}

/// A scope an impersonation token can be created with, as listed for that endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImpersonationTokenScope {
    /// Full read and write access to the API, the registry and repositories.
    Api,
    /// Read access to the impersonated user's profile.
    ReadUser,
}

/// List the impersonation tokens of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{user_id}/impersonation_tokens",
    tag = "Users",
    response = Vec<ImpersonationToken>,
    paginate = offset,
    admin,
    example = "users/impersonation_tokens_list.json",
)]
pub struct ListImpersonationTokens {
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// Only tokens in this state.
    pub state: Option<ImpersonationTokenState>,
}

/// Get one impersonation token of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/users/{user_id}/impersonation_tokens/{impersonation_token_id}",
    tag = "Users",
    response = ImpersonationToken,
    admin,
    example = "users/impersonation_token_get.json",
)]
pub struct GetImpersonationToken {
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// Numeric ID of the impersonation token.
    #[param(path)]
    pub impersonation_token_id: u64,
}

/// Create an impersonation token for a user.
///
/// The answer carries the token's secret, which cannot be read again later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{user_id}/impersonation_tokens",
    tag = "Users",
    response = ImpersonationTokenWithToken,
    admin,
    example = "users/impersonation_token_create.json",
)]
pub struct CreateImpersonationToken {
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// Label of the token.
    pub name: String,
    /// Last day the token is valid.
    pub expires_at: Option<NaiveDate>,
    /// Permissions to grant the token.
    pub scopes: Vec<ImpersonationTokenScope>,
}

/// Revoke an impersonation token of a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/users/{user_id}/impersonation_tokens/{impersonation_token_id}",
    tag = "Users",
    response = (),
    admin,
)]
pub struct RevokeImpersonationToken {
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// Numeric ID of the impersonation token.
    #[param(path)]
    pub impersonation_token_id: u64,
}

/// Create a personal access token for a user.
///
/// The answer carries the token's secret, which cannot be read again later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/users/{user_id}/personal_access_tokens",
    tag = "Users",
    response = PersonalAccessTokenWithToken,
    admin,
    example = "users/personal_access_token_create.json",
)]
pub struct CreatePersonalAccessToken {
    /// Numeric ID of the user.
    #[param(path)]
    pub user_id: u64,
    /// Label of the token.
    pub name: String,
    /// Last day the token is valid.
    pub expires_at: Option<NaiveDate>,
    /// Permissions to grant the token.
    pub scopes: Vec<AccessTokenScope>,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        ListSshKeys,
        ListUserSshKeys,
        GetSshKey,
        GetUserSshKey,
        AddSshKey,
        AddUserSshKey,
        DeleteSshKey,
        DeleteUserSshKey,
        ListGpgKeys,
        GetGpgKey,
        AddGpgKey,
        DeleteGpgKey,
        ListUserGpgKeys,
        GetUserGpgKey,
        AddUserGpgKey,
        DeleteUserGpgKey,
        ListEmails,
        ListUserEmails,
        GetEmail,
        AddEmail,
        AddUserEmail,
        DeleteEmail,
        DeleteUserEmail,
        ListImpersonationTokens,
        GetImpersonationToken,
        CreateImpersonationToken,
        RevokeImpersonationToken,
        CreatePersonalAccessToken,
    ]
}
