//! [`Upload`]: a file in a `multipart/form-data` body.

use std::fmt;

use bytes::Bytes;

/// A file sent (by a client) or received (by a server) as one part of a `multipart/form-data`
/// body. It is held in memory so a client can send it again on a retry.
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    /// The file name reported with the part.
    pub file_name: String,
    /// The part's media type; GitLab guesses one from the name when it is absent.
    pub content_type: Option<String>,
    /// The file's bytes.
    pub data: Bytes,
}

impl Upload {
    /// An upload with the given name and content and no media type.
    pub fn new(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        Self {
            file_name: file_name.into(),
            content_type: None,
            data: data.into(),
        }
    }

    /// Sets the media type.
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The content may be large or sensitive; its size says enough in logs.
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Upload;

    #[test]
    fn debug_shows_the_size_not_the_content() {
        let upload = Upload::new("a.txt", b"secret".to_vec()).content_type("text/plain");
        let shown = format!("{upload:?}");
        assert!(
            shown.contains("len: 6") && shown.contains("text/plain"),
            "{shown}"
        );
        assert!(
            !shown.contains("secret") && !shown.contains("115"),
            "{shown}"
        );
    }
}
