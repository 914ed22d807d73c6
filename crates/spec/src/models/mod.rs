//! GitLab's entities, one type each, shared by every endpoint that answers with them.
//!
//! Fields that GitLab may send as `null`, or leaves out of some responses, are `Option`s;
//! fields GitLab always sends are required in the schema. Types derive `ToSchema`, so the
//! OpenAPI document refers to them by name.

pub mod issue;
pub mod project;
pub mod project_hook;
pub mod user;
pub mod user_credentials;

#[allow(unused_imports)]
pub use issue::*;
#[allow(unused_imports)]
pub use project::*;
#[allow(unused_imports)]
pub use project_hook::*;
pub use user::*;
#[allow(unused_imports)]
pub use user_credentials::*;
