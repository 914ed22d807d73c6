//! GitLab's entities, one type each, shared by every endpoint that answers with them.
//!
//! Fields that GitLab may send as `null`, or leaves out of some responses, are `Option`s;
//! fields GitLab always sends are required in the schema. Types derive `ToSchema`, so the
//! OpenAPI document refers to them by name.

pub mod admin_settings;
pub mod award_emoji;
pub mod badge;
pub mod deploy;
pub mod instance;
pub mod issue;
pub mod label;
pub mod membership_request;
pub mod milestone;
pub mod project;
pub mod project_hook;
pub mod repository;
pub mod user;
pub mod user_credentials;

#[allow(unused_imports)]
pub use admin_settings::*;
#[allow(unused_imports)]
pub use award_emoji::*;
#[allow(unused_imports)]
pub use badge::*;
#[allow(unused_imports)]
pub use deploy::*;
#[allow(unused_imports)]
pub use instance::*;
#[allow(unused_imports)]
pub use issue::*;
#[allow(unused_imports)]
pub use label::*;
#[allow(unused_imports)]
pub use membership_request::*;
#[allow(unused_imports)]
pub use milestone::*;
#[allow(unused_imports)]
pub use project::*;
#[allow(unused_imports)]
pub use project_hook::*;
#[allow(unused_imports)]
pub use repository::*;
pub use user::*;
#[allow(unused_imports)]
pub use user_credentials::*;
