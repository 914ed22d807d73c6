//! Runtime support for the generated GitLab REST API client.
//!
//! The generated code only describes endpoints: it builds a [`Request`] with an
//! already encoded path, query parameters and body, then hands it to a
//! [`Client`]. Everything that is the same for every endpoint lives here:
//!
//! - [`client`]: the [`Client`] and its [`ClientBuilder`], which add
//!   credentials and the `Sudo` header, send the request and turn error
//!   answers into [`Error::Api`].
//! - [`auth`]: [`Credentials`], the redacting [`Secret`] and the
//!   [`TokenSource`] trait for tokens that expire and can be refreshed.
//! - [`retry`]: the [`RetryPolicy`] for rate limits and transient failures.
//! - [`encode`]: path segment and query string encoding the way GitLab's Rails
//!   stack expects it, including [`IdOrPath`] for project and group IDs (the
//!   `gitlab_wire` implementation, which the server side decodes with).
//! - [`request`]: the [`Request`] description, its [`Body`] kinds and file [`Upload`]s.
//! - [`pagination`]: single [`Page`]s, the lazy [`ItemStream`] over all pages,
//!   and resumable [`Cursor`]s.
//! - [`index`]: the [`IndexStream`] over lists paged by a 1-based index into an envelope
//!   (SCIM's `startIndex` and `ListResponse`).
//! - [`download`]: streaming access to raw file downloads.
//! - [`error`]: the crate-wide [`Error`] and the parsed [`ApiError`].
#![deny(missing_docs)]

pub mod auth;
pub mod client;
pub mod download;
pub mod encode;
pub mod error;
pub mod index;
pub mod pagination;
pub mod request;
pub mod retry;

pub use auth::{Credentials, Secret, TokenSource};
pub use client::{Client, ClientBuilder};
pub use download::Download;
pub use encode::{IdOrPath, Query, Style};
pub use error::{ApiError, Error, Result};
pub use index::{IndexPaging, IndexStream};
pub use pagination::{Cursor, ItemStream, KeysetSupport, Links, Page, PageInfo, StreamOptions};
pub use request::{Body, Part, PartKind, Request, Upload};
pub use retry::RetryPolicy;

pub use bytes::Bytes;
pub use futures_core::Stream;
pub use reqwest::Method;
