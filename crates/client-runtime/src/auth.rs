//! Credentials, the redacting [`Secret`] wrapper and refreshable token sources.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use reqwest::header::{AUTHORIZATION, COOKIE, HeaderMap, HeaderName, HeaderValue};

use crate::encode::Query;
use crate::error::{Error, Result};

/// A token or cookie value that never shows up in `Debug` or `Display` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself; only call this where the value must go on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How a request proves who is calling.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials: only public resources are visible.
    #[default]
    Anonymous,
    /// A personal, project or group access token in the `PRIVATE-TOKEN` header.
    PrivateToken(Secret),
    /// An OAuth2 or personal access token in `Authorization: Bearer`.
    Bearer(Secret),
    /// A CI job token in the `JOB-TOKEN` header.
    JobToken(Secret),
    /// A token in the `private_token` query parameter, for proxies that strip headers.
    PrivateTokenQuery(Secret),
    /// An OAuth2 token in the `access_token` query parameter.
    AccessTokenQuery(Secret),
    /// A browser session in the `_gitlab_session` cookie.
    SessionCookie(Secret),
}

impl Credentials {
    /// A token sent in the `PRIVATE-TOKEN` header.
    pub fn private_token(token: impl Into<String>) -> Self {
        Credentials::PrivateToken(Secret::new(token))
    }

    /// An OAuth2 or personal access token sent as `Authorization: Bearer`.
    pub fn bearer(token: impl Into<String>) -> Self {
        Credentials::Bearer(Secret::new(token))
    }

    /// A CI job token sent in the `JOB-TOKEN` header.
    pub fn job_token(token: impl Into<String>) -> Self {
        Credentials::JobToken(Secret::new(token))
    }

    /// A token sent as the `private_token` query parameter.
    pub fn private_token_query(token: impl Into<String>) -> Self {
        Credentials::PrivateTokenQuery(Secret::new(token))
    }

    /// An OAuth2 token sent as the `access_token` query parameter.
    pub fn access_token_query(token: impl Into<String>) -> Self {
        Credentials::AccessTokenQuery(Secret::new(token))
    }

    /// A session cookie sent as `Cookie: _gitlab_session=...`.
    pub fn session_cookie(token: impl Into<String>) -> Self {
        Credentials::SessionCookie(Secret::new(token))
    }

    /// Adds these credentials to a request's headers or query.
    pub(crate) fn apply(&self, headers: &mut HeaderMap, query: &mut Query) -> Result<()> {
        match self {
            Credentials::Anonymous => {}
            Credentials::PrivateToken(token) => {
                insert_secret(
                    headers,
                    HeaderName::from_static("private-token"),
                    token.expose(),
                )?;
            }
            Credentials::Bearer(token) => {
                insert_secret(
                    headers,
                    AUTHORIZATION,
                    &format!("Bearer {}", token.expose()),
                )?;
            }
            Credentials::JobToken(token) => {
                insert_secret(
                    headers,
                    HeaderName::from_static("job-token"),
                    token.expose(),
                )?;
            }
            Credentials::PrivateTokenQuery(token) => query.set("private_token", token.expose()),
            Credentials::AccessTokenQuery(token) => query.set("access_token", token.expose()),
            Credentials::SessionCookie(token) => {
                insert_secret(
                    headers,
                    COOKIE,
                    &format!("_gitlab_session={}", token.expose()),
                )?;
            }
        }
        Ok(())
    }
}

/// Inserts a header value marked sensitive, so HTTP/2 never indexes it and
/// debug output of the header map hides it.
fn insert_secret(headers: &mut HeaderMap, name: HeaderName, value: &str) -> Result<()> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::Auth(format!(
            "the {name} value contains characters not allowed in a header"
        ))
    })?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}

/// A boxed future returned by [`TokenSource`] methods.
pub type TokenFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// Supplies credentials for every request and renews them after a 401.
///
/// Implement this for OAuth2 tokens that expire; plain [`Credentials`]
/// implement it as a source that never changes.
pub trait TokenSource: Send + Sync + fmt::Debug {
    /// Credentials for the next request.
    fn credentials(&self) -> Pin<Box<dyn Future<Output = Result<Credentials>> + Send + '_>>;

    /// Called once after a 401; return `Ok(true)` when fresh credentials were
    /// obtained, and the request is then sent once more.
    fn refresh(&self) -> Pin<Box<dyn Future<Output = Result<bool>> + Send + '_>> {
        Box::pin(async { Ok(false) })
    }
}

impl TokenSource for Credentials {
    fn credentials(&self) -> TokenFuture<'_, Credentials> {
        let credentials = self.clone();
        Box::pin(async move { Ok(credentials) })
    }
}
