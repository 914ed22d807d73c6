//! Percent-encoding of path parameters the way GitLab expects them.
//!
//! GitLab matches routes before it decodes parameters, so every character outside RFC 3986's
//! unreserved set must be encoded in a path segment: a namespaced project path travels as
//! `group%2Fproject`, a branch `feature/x` as `feature%2Fx`, and `+` as `%2B` (a literal `+`
//! would be read as a space by some proxies).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Encodes `value` as one path segment: `/` becomes `%2F`, `+` becomes `%2B`, `%` becomes `%25`.
///
/// ```
/// use gitlab_endpoint::encode::encode_path_segment;
/// assert_eq!(encode_path_segment("group/sub project"), "group%2Fsub%20project");
/// assert_eq!(encode_path_segment("v1.0+build"), "v1.0%2Bbuild");
/// ```
#[must_use]
pub fn encode_path_segment(value: &str) -> String {
    utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::encode_path_segment;

    #[test]
    fn slashes_and_plus_are_encoded_and_unreserved_kept() {
        assert_eq!(encode_path_segment("src/README.md"), "src%2FREADME.md");
        assert_eq!(encode_path_segment("a+b"), "a%2Bb");
        assert_eq!(encode_path_segment("A-z_0.9~"), "A-z_0.9~");
        assert_eq!(encode_path_segment("100%"), "100%25");
        assert_eq!(encode_path_segment("é"), "%C3%A9");
    }
}
