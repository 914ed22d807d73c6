//! The crate-wide error type and the parsed form of GitLab's error answers.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use gitlab_wire::ErrorBody;
use reqwest::header::HeaderMap;

/// Result type used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while talking to GitLab.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// GitLab answered with a non-success status.
    #[error("GitLab API error {0}")]
    Api(Box<ApiError>),
    /// The request could not be sent or the response body could not be read.
    ///
    /// The stored error never carries the request URL, because the URL may
    /// contain a `private_token` query parameter.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// A successful response body did not match the expected type.
    #[error("could not decode the response body (status {status}): {source}")]
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// What serde_json reported.
        #[source]
        source: serde_json::Error,
        /// The raw body, kept for diagnostics.
        body: Bytes,
    },
    /// A parameter or request body could not be serialised.
    #[error("could not encode the request: {0}")]
    Encode(String),
    /// The token source failed to provide credentials.
    #[error("authentication failed: {0}")]
    Auth(String),
    /// The base URL or a URL returned by GitLab is unusable.
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// Writing a download to its destination failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Decode { status, .. } => Some(*status),
            Error::Transport(err) => err.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The parsed GitLab error, when GitLab answered with an error status.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(err: reqwest::Error) -> Self {
        // The URL is dropped here, at the single conversion point, so that no
        // code path can leak a query-string token into logs.
        Error::Transport(err.without_url())
    }
}

impl From<gitlab_wire::Error> for Error {
    fn from(err: gitlab_wire::Error) -> Self {
        Error::Encode(err.to_string())
    }
}

impl From<ApiError> for Error {
    fn from(err: ApiError) -> Self {
        Error::Api(Box::new(err))
    }
}

/// A non-success answer from GitLab, parsed as far as its shape allows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// `{"message": "..."}` when the message is a plain string.
    pub message: Option<String>,
    /// Field errors from `{"message": {"field": ["..."]}}`; nested objects use dotted keys, and
    /// a bare list (`{"message": ["..."]}`) is kept under `base`, the name Rails uses for it.
    pub validation: BTreeMap<String, Vec<String>>,
    /// `{"error": "..."}`, for example `404 Not Found` or `insufficient_scope`.
    pub error: Option<String>,
    /// `{"error_description": "..."}` from OAuth-style errors.
    pub error_description: Option<String>,
    /// `{"scope": "..."}`: the scope a token was missing.
    pub scope: Option<String>,
    /// The `X-Request-Id` response header, useful when reporting problems to GitLab admins.
    pub request_id: Option<String>,
    /// How long the server asked the client to wait, from `Retry-After`.
    pub retry_after: Option<Duration>,
    /// The raw response body.
    pub body: Bytes,
}

impl ApiError {
    /// Builds an error from a response's status, headers and body.
    ///
    /// This never fails: bodies that are not JSON or have an unexpected
    /// shape simply leave the parsed fields empty.
    pub fn from_response_parts(status: u16, headers: &HeaderMap, body: Bytes) -> ApiError {
        let mut api = ApiError {
            status,
            request_id: header_str(headers, "x-request-id").map(str::to_owned),
            retry_after: crate::retry::retry_after(headers),
            ..ApiError::default()
        };
        if let Ok(parsed) = serde_json::from_slice::<ErrorBody>(&body) {
            api.message = parsed.message_text().map(str::to_owned);
            api.validation = parsed.validation();
            api.error = parsed.error;
            api.error_description = parsed.error_description;
            api.scope = parsed.scope;
        }
        api.body = body;
        api
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.status)?;
        if let Some(message) = &self.message {
            f.write_str(message)
        } else if let Some(error) = &self.error {
            f.write_str(error)
        } else if let Some((field, messages)) = self.validation.iter().next() {
            write!(
                f,
                "{field} {}",
                messages.first().map_or("is invalid", String::as_str)
            )
        } else {
            f.write_str("no message")
        }
    }
}

impl std::error::Error for ApiError {}

/// Reads a header as text, ignoring values that are not valid UTF-8.
pub(crate) fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}
