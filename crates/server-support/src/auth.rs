//! Authentication of the caller and sudo (impersonation by an administrator).
//!
//! The application says who a credential belongs to by implementing [`Authenticate`]; this
//! module finds the credential in the request (GitLab accepts it in several places), asks the
//! implementation, and applies GitLab's sudo rules on top. A request without any credentials is
//! anonymous (`Ok(None)`); whether that is allowed is up to the operation (see
//! [`crate::OperationSpec::public`]).

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

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
    /// Unique username.
    pub username: String,
    /// Whether the user is an instance administrator.
    pub admin: bool,
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
    /// `job_token` query parameter (CI/CD job token).
    JobTokenQuery,
    /// `private_token` query parameter.
    PrivateTokenQuery,
    /// `access_token` query parameter (OAuth2).
    AccessTokenQuery,
    /// `_gitlab_session` cookie.
    SessionCookie,
}

/// What kind of secret a [`Credential`] is, which decides where an application looks it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialKind {
    /// An access token: personal, project or group access token, or an OAuth2 token
    /// (`PRIVATE-TOKEN`, `Authorization: Bearer`, `private_token`, `access_token`).
    AccessToken,
    /// A CI/CD job token (`JOB-TOKEN`, `job_token`).
    JobToken,
    /// A browser session (`_gitlab_session` cookie).
    Session,
}

impl AuthMethod {
    /// The kind of secret sent this way.
    #[must_use]
    pub const fn kind(self) -> CredentialKind {
        match self {
            Self::PrivateTokenHeader
            | Self::Bearer
            | Self::PrivateTokenQuery
            | Self::AccessTokenQuery => CredentialKind::AccessToken,
            Self::JobToken | Self::JobTokenQuery => CredentialKind::JobToken,
            Self::SessionCookie => CredentialKind::Session,
        }
    }
}

/// A secret found in a request, with where it was found.
#[derive(Clone, Copy)]
pub struct Credential<'a> {
    /// The secret, as sent (trimmed and, from a query string, decoded).
    pub secret: &'a str,
    /// Where it was sent.
    pub method: AuthMethod,
}

impl Credential<'_> {
    /// The kind of secret: an access token, a job token or a session.
    #[must_use]
    pub const fn kind(&self) -> CredentialKind {
        self.method.kind()
    }
}

impl fmt::Debug for Credential<'_> {
    // The secret is never printed, so it cannot end up in logs through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("secret", &"[REDACTED]")
            .field("method", &self.method)
            .finish()
    }
}

/// Who a credential belongs to, as the application knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The user the credential belongs to (for a job token, the user who runs the job).
    pub user: User,
    /// The scopes it grants, e.g. `api`, `read_api`, `sudo`; sudo needs `sudo`.
    pub scopes: Vec<String>,
}

/// A user named by sudo: a numeric ID, or else a username.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserRef<'a> {
    /// `Sudo: 42`.
    Id(u64),
    /// `Sudo: alice`; GitLab matches usernames case-insensitively.
    Username(&'a str),
}

impl<'a> UserRef<'a> {
    /// Reads a sudo value the way GitLab does: digits are an ID, anything else a username.
    #[must_use]
    pub fn parse(value: &'a str) -> Self {
        value.parse::<u64>().map_or(Self::Username(value), Self::Id)
    }
}

/// The result of a lookup: `Ok(None)` for "not known", `Err` to answer with that error (for
/// example [`ApiError::Internal`] when the user store cannot be reached).
pub type Lookup<T> = Result<Option<T>, ApiError>;

/// How an application recognises its callers; give one to [`crate::ServerConfig::auth`] with
/// [`Authenticator::new`].
///
/// The support crate finds the credential in the request (in GitLab's order of precedence),
/// calls [`Authenticate::authenticate`], and applies sudo itself: it checks that the caller is
/// an administrator whose token has the `sudo` scope and looks the impersonated user up with
/// [`Authenticate::find_user`]. Implementations may be written with `async fn`, so a database
/// lookup is natural:
///
/// ```
/// use gitlab_server_support::{ApiError, Authenticate, Credential, Identity, Lookup, User, UserRef};
///
/// struct OneUser;
///
/// impl Authenticate for OneUser {
///     async fn authenticate(&self, credential: Credential<'_>) -> Lookup<Identity> {
///         Ok((credential.secret == "secret").then(|| Identity {
///             user: User { id: 1, username: "root".into(), admin: true },
///             scopes: vec!["api".into()],
///         }))
///     }
///
///     async fn find_user(&self, _user: UserRef<'_>) -> Lookup<User> {
///         Ok(None)
///     }
/// }
/// ```
pub trait Authenticate: Send + Sync + 'static {
    /// Who `credential` belongs to; `Ok(None)` when it is unknown (answered with 401).
    fn authenticate(
        &self,
        credential: Credential<'_>,
    ) -> impl Future<Output = Lookup<Identity>> + Send;

    /// The user sudo names; `Ok(None)` when there is none (answered with GitLab's 404).
    fn find_user(&self, user: UserRef<'_>) -> impl Future<Output = Lookup<User>> + Send;

    /// Whether `token`, sent as `Authorization: Bearer` to an operation with SCIM's
    /// conventions, is a SCIM token of this server. None is, unless implemented.
    fn accepts_scim_token(
        &self,
        token: &str,
    ) -> impl Future<Output = Result<bool, ApiError>> + Send {
        let _ = token;
        async { Ok(false) }
    }
}

/// An [`Authenticate`] implementation that knows no credentials: only anonymous calls to public
/// operations succeed. The default of [`crate::ServerConfig`].
#[derive(Clone, Copy, Debug, Default)]
pub struct NoCredentials;

impl Authenticate for NoCredentials {
    async fn authenticate(&self, _credential: Credential<'_>) -> Lookup<Identity> {
        Ok(None)
    }

    async fn find_user(&self, _user: UserRef<'_>) -> Lookup<User> {
        Ok(None)
    }
}

/// A boxed future, for calling an [`Authenticate`] implementation through a trait object.
type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// [`Authenticate`] in a form that can sit behind `dyn`.
trait DynAuthenticate: Send + Sync {
    fn authenticate<'a>(&'a self, credential: Credential<'a>) -> BoxFuture<'a, Lookup<Identity>>;
    fn find_user<'a>(&'a self, user: UserRef<'a>) -> BoxFuture<'a, Lookup<User>>;
    fn accepts_scim_token<'a>(&'a self, token: &'a str) -> BoxFuture<'a, Result<bool, ApiError>>;
}

impl<T: Authenticate> DynAuthenticate for T {
    fn authenticate<'a>(&'a self, credential: Credential<'a>) -> BoxFuture<'a, Lookup<Identity>> {
        Box::pin(Authenticate::authenticate(self, credential))
    }

    fn find_user<'a>(&'a self, user: UserRef<'a>) -> BoxFuture<'a, Lookup<User>> {
        Box::pin(Authenticate::find_user(self, user))
    }

    fn accepts_scim_token<'a>(&'a self, token: &'a str) -> BoxFuture<'a, Result<bool, ApiError>> {
        Box::pin(Authenticate::accepts_scim_token(self, token))
    }
}

/// A shared [`Authenticate`] implementation, as the server keeps it.
#[derive(Clone)]
pub struct Authenticator(Arc<dyn DynAuthenticate>);

impl Authenticator {
    /// Wraps an implementation.
    pub fn new(implementation: impl Authenticate) -> Self {
        Self(Arc::new(implementation))
    }
}

impl Default for Authenticator {
    /// [`NoCredentials`].
    fn default() -> Self {
        Self::new(NoCredentials)
    }
}

impl fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Authenticator")
    }
}

impl Authenticator {
    /// Whether the request carries a SCIM token of the application as `Authorization: Bearer`.
    ///
    /// # Errors
    /// What the application's [`Authenticate::accepts_scim_token`] fails with.
    pub async fn accepts_scim(&self, headers: &HeaderMap) -> Result<bool, ApiError> {
        match bearer_token(headers) {
            Some(token) => self.0.accepts_scim_token(token).await,
            None => Ok(false),
        }
    }
}

/// The token of an `Authorization: Bearer` header, if the request has one.
#[must_use]
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The authenticated caller of a request.
#[derive(Clone, Debug)]
pub struct Caller {
    /// The effective user: the impersonated one under sudo, else the credential's owner.
    pub user: User,
    /// The administrator who used sudo, if any.
    pub impersonator: Option<User>,
    /// How the credentials were sent.
    pub method: AuthMethod,
    /// Scopes of the credential used.
    pub scopes: Vec<String>,
}

/// Authenticates a request with `auth` and applies sudo.
///
/// Credentials are looked for in this order, the first present one wins: `PRIVATE-TOKEN`,
/// `Authorization: Bearer`, `JOB-TOKEN`, the `private_token`, `access_token` and `job_token`
/// query parameters, and the `_gitlab_session` cookie.
///
/// # Errors
/// 401 for an unknown credential, or for sudo without credentials; 403 when a non-administrator
/// uses sudo or the credential lacks the `sudo` scope; 404 when the sudo user does not exist;
/// whatever the application's lookups fail with.
pub async fn authenticate(parts: &Parts, auth: &Authenticator) -> Result<Option<Caller>, ApiError> {
    let query = parts.uri.query().unwrap_or("");
    // The last non-empty value of `name`; pairs are decoded only when their key matches.
    let query_value = |name: &str| {
        form::raw_pairs(query)
            .filter(|(k, v)| !v.is_empty() && form::decode_component(k) == name)
            .last()
            .map(|(_, v)| form::decode_component(v))
            .filter(|v| !v.is_empty())
    };
    let credentials = find_credentials(&parts.headers, &query_value);
    let sudo = header_value(&parts.headers, &SUDO)
        .map(Cow::Borrowed)
        .or_else(|| query_value("sudo"));

    let Some((method, secret)) = credentials else {
        // Impersonation needs an authenticated administrator; GitLab answers 401 otherwise.
        return if sudo.is_some() {
            Err(ApiError::Unauthorized)
        } else {
            Ok(None)
        };
    };
    let credential = Credential {
        secret: &secret,
        method,
    };
    let Identity { user, scopes } = auth
        .0
        .authenticate(credential)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let Some(sudo) = sudo else {
        return Ok(Some(Caller {
            user,
            impersonator: None,
            method,
            scopes,
        }));
    };
    if !user.admin {
        return Err(ApiError::SudoNotAdmin);
    }
    if !scopes.iter().any(|s| s == "sudo") {
        return Err(ApiError::InsufficientScope {
            scope: "sudo".to_owned(),
        });
    }
    let target = auth
        .0
        .find_user(UserRef::parse(&sudo))
        .await?
        .ok_or_else(|| ApiError::SudoUserNotFound(sudo.into_owned()))?;
    Ok(Some(Caller {
        user: target,
        impersonator: Some(user),
        method,
        scopes,
    }))
}

/// Headers read by authentication, named once rather than parsed per request.
const PRIVATE_TOKEN: HeaderName = HeaderName::from_static("private-token");
/// See [`PRIVATE_TOKEN`].
const JOB_TOKEN: HeaderName = HeaderName::from_static("job-token");
/// See [`PRIVATE_TOKEN`].
const SUDO: HeaderName = HeaderName::from_static("sudo");

/// The first credentials present, in GitLab's order of precedence.
fn find_credentials<'r>(
    headers: &'r HeaderMap,
    query_value: &dyn Fn(&str) -> Option<Cow<'r, str>>,
) -> Option<(AuthMethod, Cow<'r, str>)> {
    if let Some(token) = header_value(headers, &PRIVATE_TOKEN) {
        return Some((AuthMethod::PrivateTokenHeader, Cow::Borrowed(token)));
    }
    if let Some(token) = bearer_token(headers) {
        return Some((AuthMethod::Bearer, Cow::Borrowed(token)));
    }
    if let Some(token) = header_value(headers, &JOB_TOKEN) {
        return Some((AuthMethod::JobToken, Cow::Borrowed(token)));
    }
    let from_query = [
        ("private_token", AuthMethod::PrivateTokenQuery),
        ("access_token", AuthMethod::AccessTokenQuery),
        ("job_token", AuthMethod::JobTokenQuery),
    ];
    for (name, method) in from_query {
        if let Some(token) = query_value(name) {
            return Some((method, token));
        }
    }
    session_cookie(headers).map(|token| (AuthMethod::SessionCookie, Cow::Borrowed(token)))
}

/// A non-empty header value as text (header names are case-insensitive in `HeaderMap`).
fn header_value<'h>(headers: &'h HeaderMap, name: &HeaderName) -> Option<&'h str> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty()).then_some(value)
}

/// The `_gitlab_session` cookie, from any of the `Cookie` headers.
fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == "_gitlab_session" && !value.is_empty())
        .map(|(_, value)| value.trim_matches('"'))
}

#[cfg(test)]
mod tests {
    use super::UserRef;

    #[test]
    fn sudo_values_of_digits_are_ids_and_others_usernames() {
        assert_eq!(UserRef::parse("42"), UserRef::Id(42));
        assert_eq!(UserRef::parse("alice"), UserRef::Username("alice"));
        // Too large for an ID: GitLab would look for such a username.
        assert_eq!(
            UserRef::parse("99999999999999999999"),
            UserRef::Username("99999999999999999999")
        );
    }
}
