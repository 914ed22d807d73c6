//! Support code for the generated axum server stubs of GitLab's REST API v4 and for the mock
//! GitLab server.
//!
//! The generated code describes every operation with a static [`OperationSpec`]; a handler calls
//! [`extract`] to authenticate the caller and to parse and validate the request the way GitLab
//! does, and answers with one of the [`reply`] helpers. [`finish`] wraps the generated routes
//! with GitLab's behaviour for unknown routes, wrong methods, panics, limits, CORS and logging.

#![deny(missing_docs)]

pub mod auth;
pub mod config;
pub mod error;
mod form;
pub mod input;
pub mod reply;
pub mod router;
pub mod spec;
mod validate;

pub use auth::{AuthMethod, Caller, Token, TokenTable, User, authenticate, has_scim_token};
pub use config::{RateLimit, ServerConfig};
pub use error::ApiError;
pub use input::{Input, PageRequest, UploadedFile, absolute_uri, extract};
pub use reply::{
    FileBody, RawJson, Reply, ReplyBody, empty_response, file_response, json_response,
    paginated_response,
};
pub use router::{GitLabApp, finish, finish_with_log, flush_log};
pub use spec::{Base, BodySpec, Conventions, Kind, Location, OperationSpec, ParamSpec, Style};
