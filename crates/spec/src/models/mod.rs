//! GitLab's entities, one type each, shared by every endpoint that answers with them.
//!
//! Fields that GitLab may send as `null`, or leaves out of some responses, are `Option`s;
//! fields GitLab always sends are required in the schema. Types derive `ToSchema`, so the
//! OpenAPI document refers to them by name.

/// Declares a role-like enum that GitLab sends and receives as a bare integer (`30`), with its
/// serde and schema impls: utoipa's derive only writes string enums. Its uses: `AccessLevel`
/// (models/member.rs), shared by members, invitations, access tokens, protected branches and
/// tags, and broadcast messages; `GroupDefaultBranchProtection` (models/group.rs).
macro_rules! integer_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal, $description:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// The level's number on the wire.
            #[must_use]
            pub const fn as_u8(self) -> u8 {
                match self {
                    $( Self::$variant => $value, )+
                }
            }

            /// The level for a number, if it is one GitLab recognizes.
            #[must_use]
            pub const fn from_u8(value: u8) -> Option<Self> {
                match value {
                    $( $value => Some(Self::$variant), )+
                    _ => None,
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u8(self.as_u8())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <u8 as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::from_u8(value).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::custom(format!(concat!("unknown ", $what, " {}"), value))
                })
            }
        }

        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::Schema> {
                ::utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::Integer)
                    .enum_values(Some([$($value),+]))
                    .description(Some($description))
                    .into()
            }
        }

        impl ::utoipa::ToSchema for $name {
            fn name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($name))
            }
        }
    };
}

pub mod access_token;
pub mod admin_settings;
pub mod analytics;
pub mod application_settings;
pub mod approval;
pub mod audit_event;
pub mod award_emoji;
pub mod badge;
pub mod board;
pub mod cluster;
pub mod commit;
pub mod container_registry;
pub mod deploy;
pub mod deployment;
pub mod environment;
pub mod epic;
pub mod error_tracking;
pub mod event;
pub mod feature_flag;
pub mod group;
pub mod import_export;
pub mod instance;
pub mod instance_admin;
pub mod integration;
pub mod issue;
pub mod issue_link;
pub mod iteration;
pub mod job;
pub mod label;
pub mod label_event;
pub mod lint;
pub mod member;
pub mod membership_request;
pub mod merge_request;
pub mod metrics_dashboard;
pub mod milestone;
pub mod note;
pub mod notification;
pub mod package;
pub mod pages_domain;
pub mod pipeline;
pub mod pipeline_schedule;
pub mod project;
pub mod project_hook;
pub mod project_template;
pub mod release;
pub mod remote_mirror;
pub mod repository;
pub mod repository_file;
pub mod runner;
pub mod scim;
pub mod search;
pub mod snippet;
pub mod storage_move;
pub mod suggestion;
pub mod system_hook;
pub mod template;
pub mod todo;
pub mod trigger;
pub mod user;
pub mod user_credentials;
pub mod variable;
pub mod vulnerability;
pub mod wiki;

#[allow(unused_imports)]
pub use access_token::*;
#[allow(unused_imports)]
pub use admin_settings::*;
#[allow(unused_imports)]
pub use analytics::*;
#[allow(unused_imports)]
pub use application_settings::*;
#[allow(unused_imports)]
pub use approval::*;
#[allow(unused_imports)]
pub use audit_event::*;
#[allow(unused_imports)]
pub use award_emoji::*;
#[allow(unused_imports)]
pub use badge::*;
#[allow(unused_imports)]
pub use board::*;
#[allow(unused_imports)]
pub use cluster::*;
#[allow(unused_imports)]
pub use commit::*;
#[allow(unused_imports)]
pub use container_registry::*;
#[allow(unused_imports)]
pub use deploy::*;
#[allow(unused_imports)]
pub use deployment::*;
#[allow(unused_imports)]
pub use environment::*;
#[allow(unused_imports)]
pub use epic::*;
#[allow(unused_imports)]
pub use error_tracking::*;
#[allow(unused_imports)]
pub use event::*;
#[allow(unused_imports)]
pub use feature_flag::*;
#[allow(unused_imports)]
pub use group::*;
#[allow(unused_imports)]
pub use import_export::*;
#[allow(unused_imports)]
pub use instance::*;
#[allow(unused_imports)]
pub use instance_admin::*;
#[allow(unused_imports)]
pub use integration::*;
#[allow(unused_imports)]
pub use issue::*;
#[allow(unused_imports)]
pub use issue_link::*;
#[allow(unused_imports)]
pub use iteration::*;
#[allow(unused_imports)]
pub use job::*;
#[allow(unused_imports)]
pub use label::*;
#[allow(unused_imports)]
pub use label_event::*;
#[allow(unused_imports)]
pub use lint::*;
#[allow(unused_imports)]
pub use member::*;
#[allow(unused_imports)]
pub use membership_request::*;
#[allow(unused_imports)]
pub use merge_request::*;
#[allow(unused_imports)]
pub use metrics_dashboard::*;
#[allow(unused_imports)]
pub use milestone::*;
#[allow(unused_imports)]
pub use note::*;
#[allow(unused_imports)]
pub use notification::*;
#[allow(unused_imports)]
pub use package::*;
#[allow(unused_imports)]
pub use pages_domain::*;
#[allow(unused_imports)]
pub use pipeline::*;
#[allow(unused_imports)]
pub use pipeline_schedule::*;
#[allow(unused_imports)]
pub use project::*;
#[allow(unused_imports)]
pub use project_hook::*;
#[allow(unused_imports)]
pub use project_template::*;
#[allow(unused_imports)]
pub use release::*;
#[allow(unused_imports)]
pub use remote_mirror::*;
#[allow(unused_imports)]
pub use repository::*;
#[allow(unused_imports)]
pub use repository_file::*;
#[allow(unused_imports)]
pub use runner::*;
#[allow(unused_imports)]
pub use scim::*;
#[allow(unused_imports)]
pub use search::*;
#[allow(unused_imports)]
pub use snippet::*;
#[allow(unused_imports)]
pub use storage_move::*;
#[allow(unused_imports)]
pub use suggestion::*;
#[allow(unused_imports)]
pub use system_hook::*;
#[allow(unused_imports)]
pub use template::*;
#[allow(unused_imports)]
pub use todo::*;
#[allow(unused_imports)]
pub use trigger::*;
pub use user::*;
#[allow(unused_imports)]
pub use user_credentials::*;
#[allow(unused_imports)]
pub use variable::*;
#[allow(unused_imports)]
pub use vulnerability::*;
#[allow(unused_imports)]
pub use wiki::*;

#[cfg(test)]
mod tests {
    use utoipa::PartialSchema;

    use super::AccessLevel;

    #[test]
    fn integer_enums_travel_as_their_numbers() {
        assert_eq!(serde_json::to_value(AccessLevel::Developer).unwrap(), 30);
        assert_eq!(
            serde_json::from_value::<AccessLevel>(60.into()).unwrap(),
            AccessLevel::Admin
        );
        let error = serde_json::from_value::<AccessLevel>(31.into()).unwrap_err();
        assert!(
            error.to_string().contains("unknown access level 31"),
            "{error}"
        );
        let schema = serde_json::to_value(AccessLevel::schema()).unwrap();
        assert_eq!(schema["type"], "integer");
        assert_eq!(
            schema["enum"],
            serde_json::json!([0, 5, 10, 20, 30, 40, 50, 60])
        );
    }
}
