//! Support code for the generated axum server stubs of GitLab's REST API v4 and for the mock
//! GitLab server.
//!
//! The generated code describes every operation with a static [`OperationSpec`] and routes it to
//! an [`endpoint`]: the one [`handle`] path calls [`extract`] to authenticate the caller (through
//! the application's [`Authenticate`]) and to parse and validate the request the way GitLab
//! does, calls the application's method, and answers with one of the [`reply`] helpers (a
//! paginated list as one page plus its [`Total`], see [`Reply::page`]). [`finish`] wraps the
//! routes with GitLab's behaviour for unknown routes, wrong methods, panics, limits, CORS and
//! logging.

#![deny(missing_docs)]

pub mod auth;
pub mod config;
pub mod error;
mod form;
pub mod handler;
pub mod input;
pub mod reply;
pub mod router;
pub mod spec;
mod validate;

pub use auth::{
    AuthMethod, Authenticate, Authenticator, Caller, Credential, CredentialKind, Identity, Lookup,
    NoCredentials, User, UserRef, authenticate, bearer_token,
};
pub use config::{RateLimit, ServerConfig};
pub use error::ApiError;
pub use handler::{
    AppState, Endpoint, Intercept, Method, Respond, Routes, endpoint, handle, respond,
};
pub use input::{Input, PageRequest, UploadedFile, absolute_uri, extract, request_origin};
pub use reply::{
    Canned, Cursor, FileBody, Paging, RawJson, Reply, ReplyBody, Total, empty_response,
    file_response, json_response, paginated_response,
};
pub use router::{GitLabApp, finish, finish_with_log, flush_log};
pub use spec::{
    Base, BodySpec, Conventions, KeysetSpec, Kind, Location, OperationSpec, ParamSpec, Style,
};
