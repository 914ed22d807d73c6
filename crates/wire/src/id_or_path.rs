//! [`IdOrPath`]: a numeric ID or a full path, in a path segment.

use std::fmt;

use percent_encoding::percent_decode_str;
use serde::Serialize;

use crate::encode::path_segment;

/// A parameter that accepts either a numeric ID or a full path such as `group/project`.
///
/// It holds the plain value and is sent as one path segment (`group%2Fproject`). A value that
/// is already percent-encoded (it holds a `%` followed by two hex digits and decodes to UTF-8,
/// as a path copied out of a URL does) is decoded when it is made, so it is never encoded
/// twice: GitLab's namespace and project paths cannot contain `%` themselves.
///
/// ```
/// use gitlab_wire::IdOrPath;
/// assert_eq!(IdOrPath::from("group/project").encoded(), "group%2Fproject");
/// assert_eq!(IdOrPath::from("group%2Fproject").encoded(), "group%2Fproject");
/// assert_eq!(IdOrPath::from(42_u64).encoded(), "42");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdOrPath(String);

impl IdOrPath {
    /// The value encoded as one path segment, e.g. `group%2Fproject`.
    #[must_use]
    pub fn encoded(&self) -> String {
        path_segment(&self.0)
    }

    /// The plain, decoded value.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn from_text(text: &str) -> Self {
        if looks_encoded(text)
            && let Ok(decoded) = percent_decode_str(text).decode_utf8()
        {
            return Self(decoded.into_owned());
        }
        Self(text.to_owned())
    }
}

/// True when the text contains a `%` followed by two hex digits.
fn looks_encoded(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

impl fmt::Display for IdOrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for IdOrPath {
    /// The plain value, as a string (GitLab accepts IDs as strings everywhere).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl From<u64> for IdOrPath {
    fn from(id: u64) -> Self {
        Self(id.to_string())
    }
}

impl From<i64> for IdOrPath {
    fn from(id: i64) -> Self {
        Self(id.to_string())
    }
}

impl From<u32> for IdOrPath {
    fn from(id: u32) -> Self {
        Self(id.to_string())
    }
}

impl From<&str> for IdOrPath {
    fn from(path: &str) -> Self {
        Self::from_text(path)
    }
}

impl From<String> for IdOrPath {
    fn from(path: String) -> Self {
        Self::from_text(&path)
    }
}

impl From<&String> for IdOrPath {
    fn from(path: &String) -> Self {
        Self::from_text(path)
    }
}

#[cfg(test)]
mod tests {
    use super::IdOrPath;

    #[test]
    fn ids_and_paths_are_encoded_once() {
        assert_eq!(IdOrPath::from(42u64).encoded(), "42");
        assert_eq!(IdOrPath::from(-1i64).to_string(), "-1");
        assert_eq!(IdOrPath::from(7u32).as_str(), "7");
        assert_eq!(
            IdOrPath::from("group/sub/project").encoded(),
            "group%2Fsub%2Fproject"
        );
        assert_eq!(
            IdOrPath::from("group%2Fsub%2Fproject").encoded(),
            "group%2Fsub%2Fproject"
        );
        assert_eq!(
            IdOrPath::from("group%2fproject").to_string(),
            "group/project"
        );
        assert_eq!(IdOrPath::from(String::from("a+b")).encoded(), "a%2Bb");
        assert_eq!(IdOrPath::from(&String::from("50%")).encoded(), "50%25");
        // Not UTF-8 once decoded: taken as it is.
        assert_eq!(IdOrPath::from("%FF").encoded(), "%25FF");
    }

    #[test]
    fn serializes_as_its_plain_text() {
        assert_eq!(
            serde_json::to_string(&IdOrPath::from("a%2Fb")).unwrap(),
            "\"a/b\""
        );
        assert_eq!(
            serde_json::to_string(&IdOrPath::from(7u64)).unwrap(),
            "\"7\""
        );
    }
}
