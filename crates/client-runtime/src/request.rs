//! The description of one API call, built by generated code and sent by the client.

use std::path::Path;

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, RequestBuilder};
use serde::Serialize;
use url::Url;

use crate::encode::{Query, Style, encode_query, flatten_fields};
use crate::error::{Error, Result};

pub use gitlab_wire::Upload;

/// Where a request goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// An encoded path relative to the client's base URL.
    Path(String),
    /// An absolute URL without query, e.g. a `Link` header's next page.
    Absolute(Url),
    /// An encoded path under another base path of the same server (an API beside the main one,
    /// such as `/api/scim/v2` beside `/api/v4`).
    Beside {
        /// The other API's base path, such as `/api/scim/v2`.
        base_path: String,
        /// The encoded path below it.
        path: String,
    },
}

/// One API call: method, encoded path, query, headers and body.
///
/// A request holds no credentials; the client adds them on every attempt.
#[derive(Clone, Debug)]
pub struct Request {
    method: Method,
    target: Target,
    query: Query,
    headers: HeaderMap,
    body: Body,
    /// `None`: use the client's sudo; `Some(None)`: no sudo for this request.
    sudo: Option<Option<String>>,
    idempotent: Option<bool>,
}

/// Query parameters that carry credentials; they are never taken from a URL
/// GitLab handed back, because the client adds its own.
const TOKEN_PARAMS: [&str; 2] = ["private_token", "access_token"];

impl Request {
    /// A request for `path`, which must already be encoded and start with `/`.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        let mut path = path.into();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        Request::with_target(method, Target::Path(path))
    }

    /// A request for `path` under another base path of the client's server: `base_path` takes
    /// the place of the client's own (`/api/scim/v2` instead of `/api/v4`), so a server mounted
    /// under a prefix (`https://host/gitlab/api/v4`) keeps that prefix.
    pub fn beside(method: Method, base_path: &str, path: impl Into<String>) -> Self {
        let mut path = path.into();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        let base_path = format!("/{}", base_path.trim_matches('/'));
        Request::with_target(method, Target::Beside { base_path, path })
    }

    fn with_target(method: Method, target: Target) -> Self {
        Request {
            method,
            target,
            query: Query::new(),
            headers: HeaderMap::new(),
            body: Body::Empty,
            sudo: None,
            idempotent: None,
        }
    }

    /// A request for an absolute URL; its query becomes the request's query,
    /// minus any token parameters.
    pub(crate) fn for_url(method: Method, url: &Url) -> Self {
        let mut request = Request::with_target(method, Target::Absolute(url.clone()));
        request.set_url(url);
        request
    }

    /// Points this request at an absolute URL, keeping headers, sudo and body.
    pub(crate) fn set_url(&mut self, url: &Url) {
        let mut bare = url.clone();
        bare.set_query(None);
        bare.set_fragment(None);
        self.target = Target::Absolute(bare);
        self.query = url
            .query_pairs()
            .filter(|(name, _)| !TOKEN_PARAMS.contains(&name.as_ref()))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect::<Vec<_>>()
            .into();
    }

    pub(crate) fn target(&self) -> &Target {
        &self.target
    }

    /// Mutable access to the query parameters.
    pub fn query_mut(&mut self) -> &mut Query {
        &mut self.query
    }

    /// Adds a serialised query parameter; `None` adds nothing.
    pub fn query_param<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
    ) -> Result<()> {
        Ok(self.query.push_serialize(name, value, style)?)
    }

    /// Sets a request header, replacing an earlier value.
    pub fn header(&mut self, name: &str, value: impl Into<String>) -> Result<()> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::Encode(format!("`{name}` is not a valid header name")))?;
        let value = HeaderValue::from_str(&value.into())
            .map_err(|_| Error::Encode(format!("the value of header `{name}` is not valid")))?;
        self.headers.insert(name, value);
        Ok(())
    }

    /// Sets a JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<()> {
        let bytes =
            serde_json::to_vec(body).map_err(|e| Error::Encode(format!("JSON body: {e}")))?;
        self.body = Body::Json(Bytes::from(bytes));
        Ok(())
    }

    /// Sets an `application/x-www-form-urlencoded` body, flattened like a query.
    pub fn form<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<()> {
        self.body = Body::Form(flatten_fields(body)?);
        Ok(())
    }

    /// Sets a multipart body: `fields` become text parts, `files` file parts.
    pub fn multipart<T: Serialize + ?Sized>(
        &mut self,
        fields: &T,
        files: Vec<(String, Upload)>,
    ) -> Result<()> {
        let mut parts: Vec<Part> = flatten_fields(fields)?
            .into_iter()
            .map(|(name, text)| Part {
                name,
                kind: PartKind::Text(text),
            })
            .collect();
        parts.extend(files.into_iter().map(|(name, upload)| Part {
            name,
            kind: PartKind::File(upload),
        }));
        // A multipart body needs at least one part; with nothing to send, send no body at all.
        self.body = if parts.is_empty() {
            Body::Empty
        } else {
            Body::Multipart(parts)
        };
        Ok(())
    }

    /// Acts as `user` for this request only; `None` sends no `Sudo` header
    /// even when the client has one.
    pub fn sudo(&mut self, user: Option<String>) {
        self.sudo = Some(user);
    }

    /// Overrides whether the request may be retried after a server error or
    /// connection failure (by default only GET, HEAD, PUT, DELETE and OPTIONS are).
    pub fn idempotent(&mut self, yes: bool) {
        self.idempotent = Some(yes);
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The encoded path, or the absolute URL for follow-up page requests.
    pub fn path(&self) -> &str {
        match &self.target {
            Target::Path(path) | Target::Beside { path, .. } => path,
            Target::Absolute(url) => url.as_str(),
        }
    }

    /// The query parameters.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// Extra headers set on this request.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// The user this request acts as when it overrides the client's sudo setting.
    pub fn sudo_user(&self) -> Option<&str> {
        self.sudo.as_ref().and_then(Option::as_deref)
    }

    /// The per-request sudo override, if any.
    pub(crate) fn sudo_override(&self) -> Option<Option<&str>> {
        self.sudo.as_ref().map(Option::as_deref)
    }

    /// Whether retrying after a server error or connection failure is safe.
    pub(crate) fn is_idempotent(&self) -> bool {
        self.idempotent.unwrap_or_else(|| {
            [
                Method::GET,
                Method::HEAD,
                Method::PUT,
                Method::DELETE,
                Method::OPTIONS,
            ]
            .contains(&self.method)
        })
    }
}

/// A request body, kept in a form that can be rebuilt for every retry.
#[derive(Clone, Debug, Default)]
pub enum Body {
    /// No body.
    #[default]
    Empty,
    /// Serialised JSON.
    Json(Bytes),
    /// Flattened form fields.
    Form(Vec<(String, String)>),
    /// Multipart parts.
    Multipart(Vec<Part>),
}

impl Body {
    /// Attaches this body to an outgoing request.
    ///
    /// reqwest's multipart form cannot be cloned, so it is built afresh here
    /// from the stored parts for every attempt.
    pub(crate) fn attach(&self, builder: RequestBuilder) -> Result<RequestBuilder> {
        Ok(match self {
            Body::Empty => builder,
            Body::Json(bytes) => builder
                .header(CONTENT_TYPE, "application/json")
                .body(bytes.clone()),
            Body::Form(pairs) => builder
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(encode_query(pairs)),
            Body::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for part in parts {
                    form = match &part.kind {
                        PartKind::Text(text) => form.text(part.name.clone(), text.clone()),
                        PartKind::File(upload) => form.part(part.name.clone(), file_part(upload)?),
                    };
                }
                builder.multipart(form)
            }
        })
    }
}

/// One part of a multipart body.
#[derive(Clone, Debug)]
pub struct Part {
    /// The field name.
    pub name: String,
    /// Text or file content.
    pub kind: PartKind,
}

/// The content of a multipart [`Part`].
#[derive(Clone, Debug)]
pub enum PartKind {
    /// A plain text field.
    Text(String),
    /// A file upload.
    File(Upload),
}

/// Reads a file from disk into an [`Upload`] named after the file.
///
/// # Errors
/// When the file cannot be read.
pub async fn upload_from_path(path: impl AsRef<Path>) -> std::io::Result<Upload> {
    let path = path.as_ref();
    let data = tokio::fs::read(path).await?;
    let file_name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    Ok(Upload::new(file_name, data))
}

/// The reqwest part for an upload; the bytes are shared, not copied.
fn file_part(upload: &Upload) -> Result<reqwest::multipart::Part> {
    let length = upload.data.len() as u64;
    let part = reqwest::multipart::Part::stream_with_length(
        reqwest::Body::from(upload.data.clone()),
        length,
    )
    .file_name(upload.file_name.clone());
    match &upload.content_type {
        Some(mime) => part
            .mime_str(mime)
            .map_err(|_| Error::Encode(format!("`{mime}` is not a valid content type"))),
        None => Ok(part),
    }
}
