//! Parameter types shared by many endpoints.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::openapi::extensions::ExtensionsBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// A resource named either by its numeric ID or by its full path (`group/subgroup/project`).
///
/// In a URL path the full path is sent percent-encoded (`group%2Fsubgroup%2Fproject`). A path
/// that is already encoded is decoded first, so it is never encoded twice.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IdOrPath {
    /// Numeric ID.
    Id(u64),
    /// Full path, or a username where the endpoint accepts one.
    Path(String),
}

impl IdOrPath {
    /// The value to put into a path segment before percent-encoding: the ID's digits, or the
    /// path with any `%2F`-style encoding a caller already applied undone.
    #[must_use]
    pub fn raw(&self) -> Cow<'_, str> {
        match self {
            Self::Id(id) => Cow::Owned(id.to_string()),
            Self::Path(path) if path.contains('%') => percent_encoding::percent_decode_str(path)
                .decode_utf8()
                .unwrap_or(Cow::Borrowed(path.as_str())),
            Self::Path(path) => Cow::Borrowed(path),
        }
    }
}

impl fmt::Display for IdOrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw())
    }
}

impl From<u64> for IdOrPath {
    fn from(id: u64) -> Self {
        Self::Id(id)
    }
}

impl From<&str> for IdOrPath {
    fn from(path: &str) -> Self {
        Self::Path(path.to_owned())
    }
}

impl From<String> for IdOrPath {
    fn from(path: String) -> Self {
        Self::Path(path)
    }
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

/// A file sent as one part of a `multipart/form-data` request.
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    /// File name reported to GitLab.
    pub file_name: String,
    /// Content type of the part (`application/octet-stream` when unknown).
    pub content_type: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The content may be large or sensitive; its size says enough in logs.
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl Serialize for Upload {
    /// In a JSON view of the request the file stands for itself by name; multipart encoders
    /// take the bytes from the struct.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.file_name)
    }
}

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

#[cfg(test)]
mod tests {
    use super::IdOrPath;
    use crate::encode::encode_path_segment;

    #[test]
    fn id_or_path_is_encoded_once() {
        let plain = IdOrPath::from("group/sub/project");
        let pre_encoded = IdOrPath::from("group%2Fsub%2Fproject");
        assert_eq!(encode_path_segment(&plain.raw()), "group%2Fsub%2Fproject");
        assert_eq!(
            encode_path_segment(&pre_encoded.raw()),
            "group%2Fsub%2Fproject"
        );
        assert_eq!(encode_path_segment(&IdOrPath::from(42).raw()), "42");
    }

    #[test]
    fn id_or_path_serializes_as_number_or_string() {
        assert_eq!(serde_json::to_string(&IdOrPath::Id(7)).unwrap(), "7");
        assert_eq!(
            serde_json::to_string(&IdOrPath::from("a/b")).unwrap(),
            "\"a/b\""
        );
    }
}
