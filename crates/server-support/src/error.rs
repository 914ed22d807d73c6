//! The errors a request can end in, answered with GitLab's exact statuses and bodies.
//!
//! Clients (including the generated one) match on these bodies, so the texts follow GitLab's
//! wording character for character rather than being free-form.

use std::collections::BTreeMap;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gitlab_wire::ErrorBody;
use serde_json::{Value, json};

use crate::spec::Conventions;

/// What GitLab says when a token lacks a scope the request needs.
const INSUFFICIENT_SCOPE_DESCRIPTION: &str =
    "The request requires higher privileges than provided by the access token.";

/// An error answer of the API.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// 400: a required parameter (named on the wire, without `[]`) is absent.
    #[error("400 (Bad request) \"{0}\" not given")]
    MissingParameter(String),
    /// 400: parameters failed validation; each maps to its messages, e.g. `["is invalid"]`.
    #[error("400 (Bad request) invalid parameters: {}", invalid_names(.0))]
    Invalid(BTreeMap<String, Vec<String>>),
    /// 400: the request could not be read at all, e.g. malformed JSON; the text follows
    /// `400 (Bad request) `.
    #[error("400 (Bad request) {0}")]
    BadRequest(String),
    /// 401: no valid credentials where they are needed, or an unknown token.
    #[error("401 Unauthorized")]
    Unauthorized,
    /// 403: the caller may not do this.
    #[error("403 Forbidden")]
    Forbidden,
    /// 403: sudo was requested by a caller who is not an administrator.
    #[error("403 Forbidden - Must be admin to use sudo")]
    SudoNotAdmin,
    /// 403: the token lacks the named scope (OAuth-style body).
    #[error("insufficient_scope: {scope}")]
    InsufficientScope {
        /// The missing scope, e.g. `sudo`.
        scope: String,
    },
    /// 404: the named resource (e.g. `Project`) does not exist or is not visible.
    #[error("404 {0} Not Found")]
    NotFound(String),
    /// 404: the user given to sudo (ID or username, as sent) does not exist.
    #[error("404 User with ID or username '{0}' Not Found")]
    SudoUserNotFound(String),
    /// 404: no route matches the path.
    #[error("404 Not Found")]
    RouteNotFound,
    /// 405: the path exists but not with this method; `allow` lists the methods it has.
    #[error("405 Method Not Allowed")]
    MethodNotAllowed {
        /// Methods the path answers, for the `Allow` header.
        allow: Vec<&'static str>,
    },
    /// 405: keyset pagination was asked of a list that does not offer it, or with an
    /// `order_by` or `sort` it is not offered with.
    #[error("Keyset pagination is not yet available for this type of request")]
    KeysetNotAvailable,
    /// 413: the body is larger than the configured limit.
    #[error("413 Request Entity Too Large")]
    PayloadTooLarge,
    /// 414: the request target is longer than the configured limit.
    #[error("414 Request-URI Too Large")]
    UriTooLong,
    /// 415: the body has a media type the operation cannot read.
    #[error("415 Unsupported Media Type")]
    UnsupportedMediaType,
    /// 429: the caller is rate limited for `retry_after` seconds.
    #[error("Retry later")]
    TooManyRequests {
        /// Seconds to wait, for the `Retry-After` header.
        retry_after: u64,
    },
    /// 501: the operation (by `operationId`) has no implementation.
    #[error("501 Not Implemented: {0}")]
    NotImplemented(String),
    /// 500: something went wrong on the server.
    #[error("500 Internal Server Error")]
    Internal,
}

/// Lists the rejected names for the `Display` of [`ApiError::Invalid`].
fn invalid_names(fields: &BTreeMap<String, Vec<String>>) -> String {
    fields
        .keys()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

impl ApiError {
    /// A validation failure of one field with GitLab's generic `is invalid` message.
    #[must_use]
    pub fn invalid(field: impl Into<String>) -> Self {
        Self::Invalid(BTreeMap::from([(
            field.into(),
            vec!["is invalid".to_owned()],
        )]))
    }

    /// The HTTP status code of the answer.
    #[must_use]
    pub fn status(&self) -> u16 {
        match self {
            Self::MissingParameter(_) | Self::Invalid(_) | Self::BadRequest(_) => 400,
            Self::Unauthorized => 401,
            Self::Forbidden | Self::SudoNotAdmin | Self::InsufficientScope { .. } => 403,
            Self::NotFound(_) | Self::SudoUserNotFound(_) | Self::RouteNotFound => 404,
            Self::MethodNotAllowed { .. } | Self::KeysetNotAvailable => 405,
            Self::PayloadTooLarge => 413,
            Self::UriTooLong => 414,
            Self::UnsupportedMediaType => 415,
            Self::TooManyRequests { .. } => 429,
            Self::Internal => 500,
            Self::NotImplemented(_) => 501,
        }
    }

    /// The JSON body of the answer; `None` for the plain-text 429 answer.
    #[must_use]
    pub fn body(&self) -> Option<Value> {
        let body = match self {
            Self::Invalid(fields) => ErrorBody::invalid(fields),
            Self::InsufficientScope { scope } => ErrorBody {
                error: Some("insufficient_scope".to_owned()),
                error_description: Some(INSUFFICIENT_SCOPE_DESCRIPTION.to_owned()),
                scope: Some(scope.clone()),
                ..ErrorBody::default()
            },
            // Unknown routes and Grape's own refusals answer with `error` instead of `message`.
            Self::RouteNotFound | Self::KeysetNotAvailable => ErrorBody::error(self.to_string()),
            Self::TooManyRequests { .. } => return None,
            _ => ErrorBody::message(self.to_string()),
        };
        Some(body.to_value())
    }
}

impl ApiError {
    /// The answer to this error under an operation's conventions: GitLab's bodies, or SCIM's
    /// (`{"schemas": [...Error], "detail": "...", "status": 404}` as `application/scim+json`).
    #[must_use]
    pub fn respond(self, conventions: Conventions) -> Response {
        match conventions {
            Conventions::Rest => self.into_response(),
            Conventions::Scim => {
                let status = self.status();
                let body = json!({
                    "schemas": [SCIM_ERROR_URN],
                    "detail": self.to_string(),
                    "status": status,
                });
                let code =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let mut response = (code, axum::Json(body)).into_response();
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(Conventions::Scim.json_media()),
                );
                response
            }
        }
    }
}

/// The URN that marks a SCIM error body.
pub const SCIM_ERROR_URN: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = match self.body() {
            Some(body) => (status, axum::Json(body)).into_response(),
            // GitLab's rate limiter (Rack::Attack) answers in plain text.
            None => (
                status,
                [(header::CONTENT_TYPE, "text/plain")],
                "Retry later\n",
            )
                .into_response(),
        };
        let headers = response.headers_mut();
        match &self {
            Self::MethodNotAllowed { allow } => {
                if let Ok(value) = HeaderValue::from_str(&allow.join(", ")) {
                    headers.insert(header::ALLOW, value);
                }
            }
            Self::TooManyRequests { retry_after } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            _ => {}
        }
        response
    }
}
