//! GitLab's entities, one type each, shared by every endpoint that answers with them.
//!
//! Fields that GitLab may send as `null` are `Option`s; fields GitLab always sends are required
//! in the schema. Types derive `ToSchema`, so the OpenAPI document refers to them by name.

pub mod issue;
pub mod project;
pub mod user;

pub use issue::*;
pub use project::*;
pub use user::*;
