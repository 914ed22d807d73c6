//! Parameter types shared by many endpoints, as far as a description needs them: their
//! schemas. What they do on the wire (an ID-or-path encoded once, a file sent as a multipart
//! part) is `gitlab-wire`'s `IdOrPath` and `Upload`, which the generated client and server use.

use std::borrow::Cow;

use utoipa::openapi::extensions::ExtensionsBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// A resource named either by its numeric ID or by its full path (`group/subgroup/project`),
/// sent URL-encoded in paths (`group%2Fsubgroup%2Fproject`). Its schema is a string marked
/// `x-gitlab-id-or-path`, which generators map to their ID-or-path type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IdOrPath {
    /// Numeric ID.
    Id(u64),
    /// Full path, or a username where the endpoint accepts one.
    Path(String),
}

impl PartialSchema for IdOrPath {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "Numeric ID, or the full path of the resource (URL-encoded in paths, `group%2Fproject`).",
            ))
            .extensions(Some(
                ExtensionsBuilder::new()
                    .add("x-gitlab-id-or-path", true)
                    .build(),
            ))
            .into()
    }
}

impl ToSchema for IdOrPath {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("IdOrPath")
    }
}

/// A file parameter, sent as one part of a `multipart/form-data` body: its schema is a binary
/// string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Upload;

impl PartialSchema for Upload {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Binary,
            )))
            .description(Some(
                "File content, sent as a part of a multipart/form-data body.",
            ))
            .into()
    }
}

impl ToSchema for Upload {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Upload")
    }
}
