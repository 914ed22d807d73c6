//! Raw file downloads (archives, artifacts, blobs) read as a stream.

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use percent_encoding::percent_decode_str;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, HeaderMap};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::error::{Error, Result};

/// A successful response whose body is a file, not yet read.
#[derive(Debug)]
pub struct Download {
    response: reqwest::Response,
}

impl Download {
    pub(crate) fn new(response: reqwest::Response) -> Self {
        Download { response }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.response.status().as_u16()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// The body length announced by the server, if any.
    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// The `Content-Type` header.
    pub fn content_type(&self) -> Option<&str> {
        self.response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// The file name from `Content-Disposition`, preferring the UTF-8 `filename*` form.
    pub fn file_name(&self) -> Option<String> {
        let value = self
            .response
            .headers()
            .get(CONTENT_DISPOSITION)?
            .to_str()
            .ok()?;
        file_name_from_disposition(value)
    }

    /// The body as a stream of chunks.
    pub fn bytes_stream(self) -> impl Stream<Item = Result<Bytes>> {
        self.response
            .bytes_stream()
            .map(|chunk| chunk.map_err(Error::from))
    }

    /// Writes the body to `writer` chunk by chunk and returns the byte count.
    pub async fn write_to<W: AsyncWrite + Unpin>(mut self, writer: &mut W) -> Result<u64> {
        let mut written = 0u64;
        while let Some(chunk) = self.response.chunk().await? {
            writer.write_all(&chunk).await?;
            written += chunk.len() as u64;
        }
        writer.flush().await?;
        Ok(written)
    }

    /// The whole body in memory; meant for small files.
    pub async fn bytes(self) -> Result<Bytes> {
        Ok(self.response.bytes().await?)
    }
}

/// Extracts the file name from a `Content-Disposition` value.
fn file_name_from_disposition(value: &str) -> Option<String> {
    let mut plain = None;
    for param in split_params(value) {
        let Some((name, raw)) = param.split_once('=') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let raw = raw.trim();
        if name == "filename*" {
            // RFC 5987: charset'language'percent-encoded-value.
            let mut pieces = raw.splitn(3, '\'');
            let charset = pieces.next().unwrap_or_default();
            let _language = pieces.next();
            if let Some(encoded) = pieces.next() {
                let bytes: Vec<u8> = percent_decode_str(encoded.trim_matches('"')).collect();
                let decoded = if charset.eq_ignore_ascii_case("utf-8") {
                    String::from_utf8(bytes).ok()
                } else {
                    Some(bytes.iter().map(|&b| char::from(b)).collect())
                };
                if let Some(decoded) = decoded.filter(|d| !d.is_empty()) {
                    return Some(decoded);
                }
            }
        } else if name == "filename" && plain.is_none() {
            let unquoted = raw
                .strip_prefix('"')
                .and_then(|r| r.strip_suffix('"'))
                .unwrap_or(raw);
            plain = Some(unquoted.replace("\\\"", "\"").replace("\\\\", "\\"));
        }
    }
    plain.filter(|name| !name.is_empty())
}

/// Splits header parameters on `;`, ignoring semicolons inside quotes.
fn split_params(value: &str) -> Vec<&str> {
    let mut params = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut escaped = false;
    for (index, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                params.push(&value[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    params.push(&value[start..]);
    params
}

#[cfg(test)]
mod tests {
    use super::file_name_from_disposition as name;

    #[test]
    fn content_disposition_forms() {
        assert_eq!(
            name("attachment; filename=\"a;b.zip\"").as_deref(),
            Some("a;b.zip")
        );
        assert_eq!(
            name("attachment; filename=plain.txt").as_deref(),
            Some("plain.txt")
        );
        assert_eq!(
            name("attachment; filename=\"fallback.zip\"; filename*=UTF-8''r%C3%A9sum%C3%A9.zip")
                .as_deref(),
            Some("résumé.zip")
        );
        assert_eq!(name("inline"), None);
    }
}
