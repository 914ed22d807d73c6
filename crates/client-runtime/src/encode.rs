//! Path segment and query string encoding the way GitLab's Rails stack expects it.
//!
//! The implementation is [`gitlab_wire`]'s, the one the server side decodes with; it is
//! re-exported here under the paths generated code uses (`encode::path_segment`,
//! `encode::text`).

pub use gitlab_wire::IdOrPath;
pub use gitlab_wire::encode::{Query, Style, encode_query, flatten_fields, path_segment, text};
