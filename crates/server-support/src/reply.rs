//! Building responses from a handler's reply: JSON, files, empty answers and paginated lists.

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

use crate::error::ApiError;
use crate::form::decode_component;
use crate::input::Input;
use crate::spec::OperationSpec;

/// Above this many items GitLab stops counting: no totals and no `rel="last"` link.
const COUNT_LIMIT: usize = 10_000;

/// What a handler answers: a body plus an optional status and extra headers.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// Overrides [`OperationSpec::status`] when set.
    pub status: Option<u16>,
    /// Extra response headers, in order (a name may repeat).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: ReplyBody<T>,
}

/// The body of a [`Reply`]: a typed value, or JSON that is already serialised.
#[derive(Debug, Clone)]
pub enum ReplyBody<T> {
    /// A value, serialised when the response is written.
    Value(T),
    /// JSON sent as it is (for lists, sliced per page): for canned answers such as the
    /// documented examples, which need no decoding, keep their exact text, and cost nothing
    /// to serialise again.
    Raw(RawJson),
}

/// Serialised JSON with, for a list, its items (to slice pages from).
#[derive(Debug, Clone)]
pub struct RawJson {
    bytes: Bytes,
    items: Option<Arc<Vec<Value>>>,
}

impl RawJson {
    /// Parses `text` once; a JSON array keeps its items for pagination.
    pub fn parse(text: &str) -> Result<Self, ApiError> {
        let value: Value = serde_json::from_str(text).map_err(|_| ApiError::Internal)?;
        let items = match value {
            Value::Array(items) => Some(Arc::new(items)),
            _ => None,
        };
        Ok(Self {
            bytes: Bytes::copy_from_slice(text.as_bytes()),
            items,
        })
    }
}

impl<T> Reply<T> {
    /// A reply with the operation's default status and no extra headers.
    pub fn new(body: T) -> Self {
        Self {
            status: None,
            headers: Vec::new(),
            body: ReplyBody::Value(body),
        }
    }

    /// A reply whose body is JSON already serialised.
    pub fn raw(json: RawJson) -> Self {
        Self {
            status: None,
            headers: Vec::new(),
            body: ReplyBody::Raw(json),
        }
    }

    /// Answers with `status` instead of the operation's default.
    #[must_use]
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Adds a response header.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

impl<T> From<T> for Reply<T> {
    fn from(body: T) -> Self {
        Self::new(body)
    }
}

/// A file to send as the body.
#[derive(Debug, Clone)]
pub struct FileBody {
    /// Media type of the content.
    pub content_type: String,
    /// Name offered for saving; sets `Content-Disposition: attachment`.
    pub file_name: Option<String>,
    /// The content.
    pub data: Bytes,
}

/// Answers with `reply.body` as JSON. With status 204 the body is left out, as HTTP requires.
pub fn json_response<T: Serialize>(spec: &OperationSpec, reply: Reply<T>) -> Response {
    let status = reply.status.unwrap_or(spec.status);
    if status == 204 {
        return finish(status, reply.headers, None);
    }
    let json = match reply.body {
        ReplyBody::Value(body) => match serde_json::to_vec(&body) {
            Ok(json) => Bytes::from(json),
            Err(_) => return ApiError::Internal.into_response(),
        },
        ReplyBody::Raw(raw) => raw.bytes,
    };
    finish(
        status,
        reply.headers,
        Some((
            HeaderValue::from_static(spec.conventions.json_media()),
            json,
        )),
    )
}

/// Answers with a file: `Content-Type` from the body and, when a name is given,
/// `Content-Disposition: attachment` with that name.
pub fn file_response(spec: &OperationSpec, reply: Reply<FileBody>) -> Response {
    let status = reply.status.unwrap_or(spec.status);
    let mut headers = reply.headers;
    let file = match reply.body {
        ReplyBody::Value(file) => file,
        ReplyBody::Raw(raw) => FileBody {
            content_type: "application/json".into(),
            file_name: None,
            data: raw.bytes,
        },
    };
    if let Some(name) = &file.file_name {
        headers.push((
            header::CONTENT_DISPOSITION.to_string(),
            content_disposition(name),
        ));
    }
    let content_type = HeaderValue::from_str(&file.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    finish(status, headers, Some((content_type, file.data)))
}

/// Answers without a body.
pub fn empty_response(spec: &OperationSpec, reply: Reply<()>) -> Response {
    finish(reply.status.unwrap_or(spec.status), reply.headers, None)
}

/// Answers with one page of `reply.body` (the full list) and GitLab's pagination headers.
///
/// Offset pagination (the default) slices by [`Input::page`] and writes `Link` (`prev`, `next`,
/// `first`, `last`), `x-page`, `x-per-page`, `x-next-page`, `x-prev-page` (empty when there is
/// none), `x-total` and `x-total-pages`; past 10,000 items the totals and `rel="last"` are left
/// out. Links are absolute when the request had a `Host` header, and keep every other query
/// parameter of the request.
///
/// Keyset pagination (`pagination=keyset`) writes only `Link` with `rel="next"`, and only when
/// more items follow. When every item serialises to an object with a numeric `id`, the list is
/// taken to be in the requested order and the cursor is GitLab's `id_after=<last id>`
/// (`id_before` when the request has `sort=desc`); items not past a requested
/// `id_after`/`id_before` are skipped, so a handler may or may not have filtered already.
/// Otherwise the cursor is `cursor=<offset of the next item>`, an opaque value to clients.
pub fn paginated_response<T: Serialize>(
    spec: &OperationSpec,
    input: &Input,
    reply: Reply<Vec<T>>,
) -> Response {
    let items: Vec<Value> = match reply.body {
        ReplyBody::Value(body) => match serde_json::to_value(&body) {
            Ok(Value::Array(items)) => items,
            _ => return ApiError::Internal.into_response(),
        },
        ReplyBody::Raw(raw) => match &raw.items {
            // The whole list fits on the requested page: its text goes out unchanged.
            Some(items)
                if !input.page.keyset
                    && input.page.page == 1
                    && items.len() as u64 <= input.page.per_page =>
            {
                let window = OffsetWindow::new(items.len(), input);
                let mut response = json_response(
                    spec,
                    Reply {
                        status: reply.status,
                        headers: reply.headers,
                        body: ReplyBody::<()>::Raw(raw),
                    },
                );
                if response.status().is_success() {
                    window.write_headers(input, response.headers_mut());
                }
                return response;
            }
            Some(items) => items.as_ref().clone(),
            None => return ApiError::Internal.into_response(),
        },
    };
    let mut headers = reply.headers;
    if input.page.keyset {
        let page_items = keyset_page(items, input, &mut headers);
        return json_response(
            spec,
            Reply {
                status: reply.status,
                headers,
                body: ReplyBody::Value(page_items),
            },
        );
    }
    let window = OffsetWindow::new(items.len(), input);
    let page_items: Vec<Value> = items
        .into_iter()
        .skip(window.start)
        .take(window.size)
        .collect();
    let mut response = json_response(
        spec,
        Reply {
            status: reply.status,
            headers,
            body: ReplyBody::Value(page_items),
        },
    );
    if response.status().is_success() {
        window.write_headers(input, response.headers_mut());
    }
    response
}

/// Where an offset page falls in a list.
struct OffsetWindow {
    /// Index of the page's first item.
    start: usize,
    /// Items per page.
    size: usize,
    /// The page number, from 1.
    page: u64,
    /// Items per page, as asked.
    per_page: u64,
    /// Number of pages (at least 1).
    total_pages: u64,
    /// Number of items.
    total: usize,
    /// Whether the list is small enough for GitLab to count it.
    counted: bool,
    /// The next page, if any.
    next: Option<u64>,
    /// The previous page, if any.
    prev: Option<u64>,
}

impl OffsetWindow {
    /// The window of the requested page in a `total`-item list.
    fn new(total: usize, input: &Input) -> Self {
        let per_page = input.page.per_page.max(1);
        let page = input.page.page.max(1);
        let total_pages = u64::try_from(total)
            .unwrap_or(u64::MAX)
            .div_ceil(per_page)
            .max(1);
        let start = usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX);
        let size = usize::try_from(per_page).unwrap_or(usize::MAX);
        Self {
            start,
            size,
            page,
            per_page,
            total_pages,
            total,
            counted: total <= COUNT_LIMIT,
            next: (start.saturating_add(size) < total).then_some(page + 1),
            prev: (page > 1).then(|| page - 1),
        }
    }

    /// Writes `Link` and the `x-*` headers.
    fn write_headers(&self, input: &Input, headers: &mut HeaderMap) {
        headers.reserve(6);
        let mut links = String::with_capacity(512);
        // Where each page's URL was written: a page linked twice (first and last of a
        // one-page list) is copied rather than built again.
        let mut written: Vec<(u64, std::ops::Range<usize>)> = Vec::with_capacity(4);
        let mut link = |n: u64, rel: &str| {
            if !links.is_empty() {
                links.push_str(", ");
            }
            links.push('<');
            let start = links.len();
            if let Some((_, range)) = written.iter().find(|(page, _)| *page == n) {
                links.extend_from_within(range.clone());
            } else {
                let (mut page, mut per_page) = (itoa::Buffer::new(), itoa::Buffer::new());
                write_link_url(
                    &mut links,
                    &input.uri,
                    &[
                        ("page", page.format(n)),
                        ("per_page", per_page.format(self.per_page)),
                    ],
                    &[],
                );
            }
            written.push((n, start..links.len()));
            links.push_str(">; rel=\"");
            links.push_str(rel);
            links.push('"');
        };
        if let Some(p) = self.prev {
            link(p, "prev");
        }
        if let Some(n) = self.next {
            link(n, "next");
        }
        link(1, "first");
        if self.counted {
            link(self.total_pages, "last");
        }
        let number = |n: Option<u64>| n.map_or(HeaderValue::from_static(""), number_value);
        if let Ok(value) = HeaderValue::try_from(links) {
            headers.append(header::LINK, value);
        }
        headers.append(X_PAGE, number_value(self.page));
        headers.append(X_PER_PAGE, number_value(self.per_page));
        headers.append(X_NEXT_PAGE, number(self.next));
        headers.append(X_PREV_PAGE, number(self.prev));
        if self.counted {
            headers.append(X_TOTAL, number_value(self.total as u64));
            headers.append(X_TOTAL_PAGES, number_value(self.total_pages));
        }
    }
}

/// A number as a header value; the small numbers of most pages are made once and shared.
fn number_value(n: u64) -> HeaderValue {
    static SMALL: std::sync::OnceLock<Vec<HeaderValue>> = std::sync::OnceLock::new();
    let small = SMALL.get_or_init(|| (0..=MAX_PER_PAGE_VALUE).map(HeaderValue::from).collect());
    usize::try_from(n)
        .ok()
        .and_then(|i| small.get(i))
        .cloned()
        .unwrap_or_else(|| HeaderValue::from(n))
}

/// The largest number [`number_value`] keeps ready (GitLab's largest page size).
const MAX_PER_PAGE_VALUE: u64 = 100;

/// GitLab's pagination headers.
const X_PAGE: HeaderName = HeaderName::from_static("x-page");
/// See [`X_PAGE`].
const X_PER_PAGE: HeaderName = HeaderName::from_static("x-per-page");
/// See [`X_PAGE`].
const X_NEXT_PAGE: HeaderName = HeaderName::from_static("x-next-page");
/// See [`X_PAGE`].
const X_PREV_PAGE: HeaderName = HeaderName::from_static("x-prev-page");
/// See [`X_PAGE`].
const X_TOTAL: HeaderName = HeaderName::from_static("x-total");
/// See [`X_PAGE`].
const X_TOTAL_PAGES: HeaderName = HeaderName::from_static("x-total-pages");

/// Slices a keyset page and adds its `Link` header when more items follow.
fn keyset_page(
    items: Vec<Value>,
    input: &Input,
    headers: &mut Vec<(String, String)>,
) -> Vec<Value> {
    let size = usize::try_from(input.page.per_page.max(1)).unwrap_or(usize::MAX);
    let params = query_params(&input.uri);
    let param = |name: &str| {
        params
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let id_of = |item: &Value| item.get("id").and_then(Value::as_i64);
    let by_id = !items.is_empty() && items.iter().all(|item| id_of(item).is_some());
    const CURSORS: [&str; 3] = ["id_after", "id_before", "cursor"];

    let (page, more, next): (Vec<Value>, bool, Option<(&str, String)>) = if by_id {
        let after = param("id_after").and_then(|v| v.parse::<i64>().ok());
        let before = param("id_before").and_then(|v| v.parse::<i64>().ok());
        let mut rest = items.into_iter().filter(|item| {
            let id = id_of(item).unwrap_or_default();
            after.is_none_or(|a| id > a) && before.is_none_or(|b| id < b)
        });
        let page: Vec<Value> = rest.by_ref().take(size).collect();
        let more = rest.next().is_some();
        let key = if param("sort") == Some("desc") {
            "id_before"
        } else {
            "id_after"
        };
        let next = page.last().and_then(id_of).map(|id| (key, id.to_string()));
        (page, more, next)
    } else {
        let offset = param("cursor")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0);
        let more = offset.saturating_add(size) < items.len();
        let page: Vec<Value> = items.into_iter().skip(offset).take(size).collect();
        (
            page,
            more,
            Some(("cursor", offset.saturating_add(size).to_string())),
        )
    };
    if let (true, Some((key, value))) = (more, next) {
        let url = link_url(
            &input.uri,
            &[
                ("per_page", &input.page.per_page.to_string()),
                (key, &value),
            ],
            &CURSORS,
        );
        headers.push(("link".to_owned(), format!("<{url}>; rel=\"next\"")));
    }
    page
}

/// Decoded query parameters of `uri`.
fn query_params(uri: &Uri) -> Vec<(String, String)> {
    crate::form::parse_pairs(uri.query().unwrap_or(""))
}

/// `uri` with `set` replacing (in place) or appending parameters and `remove` dropped; all other
/// parameters are kept exactly as the client encoded them.
fn link_url(uri: &Uri, set: &[(&str, &str)], remove: &[&str]) -> String {
    let mut out = String::new();
    write_link_url(&mut out, uri, set, remove);
    out
}

/// Appends [`link_url`] to `out`.
fn write_link_url(out: &mut String, uri: &Uri, set: &[(&str, &str)], remove: &[&str]) {
    if let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) {
        out.push_str(scheme);
        out.push_str("://");
        out.push_str(authority.as_str());
    }
    out.push_str(uri.path());
    out.push('?');
    // Which of `set` were written in place, by bit (callers set at most a few parameters).
    debug_assert!(set.len() <= 64, "at most 64 parameters are set");
    let mut done = 0_u64;
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push('&');
        }
    };
    for raw in uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let key = decode_component(raw.split_once('=').map_or(raw, |(k, _)| k));
        if let Some(i) = set.iter().position(|(name, _)| *name == key) {
            if done & (1 << i) == 0 {
                done |= 1 << i;
                separate(out);
                push_pair(out, set[i]);
            }
        } else if !remove.contains(&&*key) {
            separate(out);
            out.push_str(raw);
        }
    }
    for (i, &(name, value)) in set.iter().enumerate() {
        if done & (1 << i) == 0 {
            separate(out);
            push_pair(out, (name, value));
        }
    }
}

/// Appends `name=value`.
fn push_pair(out: &mut String, (name, value): (&str, &str)) {
    out.push_str(name);
    out.push('=');
    out.push_str(value);
}

/// `attachment` with the name quoted, plus an RFC 5987 form when it is not plain ASCII.
fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if ascii == name {
        format!("attachment; filename=\"{name}\"")
    } else {
        let encoded = utf8_percent_encode(name, NON_ALPHANUMERIC);
        format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
    }
}

/// Assembles a response; an invalid status or header becomes a 500, since it is a bug in the
/// handler rather than in the request.
fn finish(
    status: u16,
    headers: Vec<(String, String)>,
    body: Option<(HeaderValue, Bytes)>,
) -> Response {
    let Ok(status) = StatusCode::from_u16(status) else {
        return ApiError::Internal.into_response();
    };
    let mut response = match body {
        Some((content_type, data)) => {
            let mut response = Response::new(axum::body::Body::from(data));
            *response.status_mut() = status;
            // Room for the pagination, CORS and server headers added later, so the map is
            // allocated once and not regrown on the way out.
            let headers = response.headers_mut();
            headers.reserve(16);
            headers.insert(header::CONTENT_TYPE, content_type);
            response
        }
        None => status.into_response(),
    };
    for (name, value) in headers {
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) else {
            return ApiError::Internal.into_response();
        };
        response.headers_mut().append(name, value);
    }
    response
}
