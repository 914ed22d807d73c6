//! GitLab's wire conventions, implemented once for the client and the server.
//!
//! - [`encode`]: what a client sends: path segments (`/` as `%2F`, `+` as `%2B`, `.` and `..`
//!   escaped), the text of path and header values, and query strings and form bodies in Rails'
//!   bracketed forms (`a[]=1`, `h[k]=v`, `variables[0][key]=K`, comma lists), by [`Style`];
//! - [`decode`]: what a server reads: query strings and form bodies by Rack's rules
//!   (`v[][key]` and `v[0][key]` alike), and percent-decoding;
//! - [`IdOrPath`]: a numeric ID or a full path, never encoded twice;
//! - [`Upload`]: a file of a multipart body;
//! - [`error_body`]: GitLab's JSON error bodies ([`ErrorBody`]).
//!
//! The encoder and the decoder are tested against each other (`tests/round_trip.rs`): whatever
//! the client sends, the server reads back as the value the client meant.

#![deny(missing_docs)]

pub mod decode;
pub mod encode;
mod error;
pub mod error_body;
mod id_or_path;
mod upload;

pub use encode::{Query, Style};
pub use error::{Error, Result};
pub use error_body::{ErrorBody, Message};
pub use id_or_path::IdOrPath;
pub use upload::Upload;
