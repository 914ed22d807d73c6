//! GitLab's REST API v4, described once as Rust types.
//!
//! - [`models`]: one type per GitLab entity (`Project`, `Issue`, `UserBasic`, ...), reused by
//!   every endpoint that answers with it;
//! - [`pages`]: one module per page of GitLab's API documentation, each holding the route types
//!   (`#[derive(Endpoint)]`) of that page's endpoints;
//! - [`conventions`] and [`errors`]: what every endpoint shares, applied in one place;
//! - [`document`]: assembly of the OpenAPI 3.1 document and its validation (the crate
//!   `openapi-downgrade` converts it to OpenAPI 3.0.3).
//!
//! [`openapi()`] returns the whole document.

#![deny(missing_docs)]

pub mod conventions;
pub mod document;
mod error;
pub mod errors;
pub mod models;
pub mod pages;

pub use document::{Document, endpoints, openapi};
pub use error::{Error, Problem, Result};
pub use gitlab_endpoint::EndpointInfo;
