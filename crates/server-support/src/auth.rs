//! Authentication of the caller and sudo (impersonation by an administrator).
//!
//! GitLab accepts a token in several places; all of them are looked up in one [`TokenTable`].
//! A request without any credentials is anonymous (`Ok(None)`); whether that is allowed is up
//! to the operation (see [`crate::OperationSpec::public`]).

use std::fmt;

use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, header};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::form;

/// A user account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Numeric user ID.
    pub id: u64,
    /// Unique username (matched case-insensitively by sudo).
    pub username: String,
    /// Whether the user is an instance administrator.
    pub admin: bool,
}

/// An access token of a user.
#[derive(Clone, Serialize, Deserialize)]
pub struct Token {
    /// The secret value sent by clients.
    pub token: String,
    /// ID of the user the token belongs to.
    pub user_id: u64,
    /// Granted scopes, e.g. `api`, `sudo`.
    pub scopes: Vec<String>,
}

impl fmt::Debug for Token {
    // The secret is never printed, so tokens cannot end up in logs through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("token", &"[REDACTED]")
            .field("user_id", &self.user_id)
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// Known users and tokens.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TokenTable {
    /// All users.
    pub users: Vec<User>,
    /// All tokens; each belongs to one of `users`.
    pub tokens: Vec<Token>,
    /// SCIM tokens, accepted by the SCIM API only (as `Authorization: Bearer`).
    #[serde(default)]
    pub scim_tokens: Vec<String>,
}

/// Token of the sample administrator `root` with the `api` and `sudo` scopes.
pub const SAMPLE_ADMIN_TOKEN: &str = "glpat-sample-admin-sudo";
/// Token of the sample plain user `alice` with the `api` scope.
pub const SAMPLE_USER_TOKEN: &str = "glpat-sample-user";
/// The sample SCIM token, accepted by the SCIM API only.
pub const SAMPLE_SCIM_TOKEN: &str = "sample-scim-token";
/// Token of the sample administrator `root` with the `api` scope only (no `sudo`).
pub const SAMPLE_ADMIN_NO_SUDO_TOKEN: &str = "glpat-sample-admin-nosudo";

impl TokenTable {
    /// A small table for tests and the mock server.
    ///
    /// Users: `root` (ID 1, administrator), `alice` (ID 2) and `bob` (ID 3).
    /// Tokens:
    /// - [`SAMPLE_ADMIN_TOKEN`] (`glpat-sample-admin-sudo`): `root`, scopes `api`, `sudo`;
    /// - [`SAMPLE_USER_TOKEN`] (`glpat-sample-user`): `alice`, scope `api`;
    /// - [`SAMPLE_ADMIN_NO_SUDO_TOKEN`] (`glpat-sample-admin-nosudo`): `root`, scope `api`;
    /// - [`SAMPLE_SCIM_TOKEN`] (`sample-scim-token`): the SCIM API's token.
    #[must_use]
    pub fn sample() -> Self {
        let user = |id, username: &str, admin| User {
            id,
            username: username.to_owned(),
            admin,
        };
        let token = |token: &str, user_id, scopes: &[&str]| Token {
            token: token.to_owned(),
            user_id,
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        };
        Self {
            users: vec![
                user(1, "root", true),
                user(2, "alice", false),
                user(3, "bob", false),
            ],
            tokens: vec![
                token(SAMPLE_ADMIN_TOKEN, 1, &["api", "sudo"]),
                token(SAMPLE_USER_TOKEN, 2, &["api"]),
                token(SAMPLE_ADMIN_NO_SUDO_TOKEN, 1, &["api"]),
            ],
            scim_tokens: vec![SAMPLE_SCIM_TOKEN.to_owned()],
        }
    }

    /// The token with this secret value.
    #[must_use]
    pub fn find_token(&self, secret: &str) -> Option<&Token> {
        self.tokens.iter().find(|t| t.token == secret)
    }

    /// The user with this ID.
    #[must_use]
    pub fn find_user(&self, id: u64) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    /// The user named by sudo: a numeric ID, or else a username (case-insensitive).
    #[must_use]
    pub fn find_user_by_id_or_username(&self, value: &str) -> Option<&User> {
        let by_id = value.parse::<u64>().ok().and_then(|id| self.find_user(id));
        by_id.or_else(|| {
            self.users
                .iter()
                .find(|u| u.username.eq_ignore_ascii_case(value))
        })
    }
}

/// Whether the request carries one of the table's SCIM tokens as `Authorization: Bearer`.
#[must_use]
pub fn has_scim_token(headers: &HeaderMap, table: &TokenTable) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| table.scim_tokens.iter().any(|t| t == token.trim()))
}

/// How the caller sent their credentials.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMethod {
    /// `PRIVATE-TOKEN` header.
    PrivateTokenHeader,
    /// `Authorization: Bearer` header (OAuth2 or personal access token).
    Bearer,
    /// `JOB-TOKEN` header (CI/CD job token).
    JobToken,
    /// `private_token` query parameter.
    PrivateTokenQuery,
    /// `access_token` query parameter (OAuth2).
    AccessTokenQuery,
    /// `_gitlab_session` cookie.
    SessionCookie,
}

/// The authenticated caller of a request.
#[derive(Clone, Debug)]
pub struct Caller {
    /// The effective user: the impersonated one under sudo, else the token's owner.
    pub user: User,
    /// The administrator who used sudo, if any.
    pub impersonator: Option<User>,
    /// How the credentials were sent.
    pub method: AuthMethod,
    /// Scopes of the token used.
    pub scopes: Vec<String>,
}

/// Authenticates a request and applies sudo.
///
/// Credentials are looked for in this order, the first present one wins: `PRIVATE-TOKEN`,
/// `Authorization: Bearer`, `JOB-TOKEN`, `private_token` and `access_token` query parameters,
/// and the `_gitlab_session` cookie (whose value is looked up in the same table).
///
/// # Errors
/// 401 for an unknown token, or for sudo without credentials; 403 when a non-administrator
/// uses sudo or the token lacks the `sudo` scope; 404 when the sudo user does not exist.
pub fn authenticate(parts: &Parts, table: &TokenTable) -> Result<Option<Caller>, ApiError> {
    let query = parts.uri.query().unwrap_or("");
    // The last non-empty value of `name`; pairs are decoded only when their key matches.
    let query_value = |name: &str| {
        form::raw_pairs(query)
            .filter(|(k, v)| !v.is_empty() && form::decode_component(k) == name)
            .last()
            .map(|(_, v)| form::decode_component(v).into_owned())
            .filter(|v| !v.is_empty())
    };
    let credentials = find_credentials(&parts.headers, &query_value);
    let sudo = header_value(&parts.headers, &SUDO).or_else(|| query_value("sudo"));

    let Some((method, secret)) = credentials else {
        // Impersonation needs an authenticated administrator; GitLab answers 401 otherwise.
        return if sudo.is_some() {
            Err(ApiError::Unauthorized)
        } else {
            Ok(None)
        };
    };
    let token = table.find_token(&secret).ok_or(ApiError::Unauthorized)?;
    let owner = table
        .find_user(token.user_id)
        .ok_or(ApiError::Unauthorized)?;
    let mut caller = Caller {
        user: owner.clone(),
        impersonator: None,
        method,
        scopes: token.scopes.clone(),
    };
    if let Some(sudo) = sudo {
        if !owner.admin {
            return Err(ApiError::SudoNotAdmin);
        }
        if !token.scopes.iter().any(|s| s == "sudo") {
            return Err(ApiError::InsufficientScope {
                scope: "sudo".to_owned(),
            });
        }
        let target = table
            .find_user_by_id_or_username(&sudo)
            .ok_or_else(|| ApiError::SudoUserNotFound(sudo.clone()))?;
        caller.impersonator = Some(std::mem::replace(&mut caller.user, target.clone()));
    }
    Ok(Some(caller))
}

/// Headers read by authentication, named once rather than parsed per request.
const PRIVATE_TOKEN: HeaderName = HeaderName::from_static("private-token");
/// See [`PRIVATE_TOKEN`].
const JOB_TOKEN: HeaderName = HeaderName::from_static("job-token");
/// See [`PRIVATE_TOKEN`].
const SUDO: HeaderName = HeaderName::from_static("sudo");

/// The first credentials present, in GitLab's order of precedence.
fn find_credentials(
    headers: &HeaderMap,
    query_value: &dyn Fn(&str) -> Option<String>,
) -> Option<(AuthMethod, String)> {
    if let Some(token) = header_value(headers, &PRIVATE_TOKEN) {
        return Some((AuthMethod::PrivateTokenHeader, token));
    }
    let bearer = header_value(headers, &header::AUTHORIZATION).and_then(|value| {
        let (scheme, token) = value.split_once(' ')?;
        let token = token.trim();
        (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then(|| token.to_owned())
    });
    if let Some(token) = bearer {
        return Some((AuthMethod::Bearer, token));
    }
    if let Some(token) = header_value(headers, &JOB_TOKEN) {
        return Some((AuthMethod::JobToken, token));
    }
    if let Some(token) = query_value("private_token") {
        return Some((AuthMethod::PrivateTokenQuery, token));
    }
    if let Some(token) = query_value("access_token") {
        return Some((AuthMethod::AccessTokenQuery, token));
    }
    session_cookie(headers).map(|token| (AuthMethod::SessionCookie, token))
}

/// A non-empty header value as text (header names are case-insensitive in `HeaderMap`).
fn header_value(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The `_gitlab_session` cookie, from any of the `Cookie` headers.
fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == "_gitlab_session" && !value.is_empty())
        .map(|(_, value)| value.trim_matches('"').to_owned())
}
