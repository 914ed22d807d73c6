//! Building responses from a handler's reply: JSON, files, empty answers and paginated lists.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use gitlab_wire::encode::component;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

use crate::error::ApiError;
use crate::form::decode_component;
use crate::input::Input;
use crate::spec::OperationSpec;

/// Above this many items GitLab stops counting: no totals and no `rel="last"` link.
const COUNT_LIMIT: u64 = 10_000;

/// What a handler answers: a body plus an optional status and extra headers.
///
/// For a list of a paginated operation, say what the body holds (see [`Paging`]):
///
/// - [`Reply::page`]: one page, the one asked for in [`Input::page`], plus the list's
///   [`Total`] (or [`Total::Unknown`] and whether more follow); this is what a handler backed by
///   a database answers.
/// - [`Reply::keyset`]: one keyset page (`pagination=keyset`) plus the [`Cursor`] of the next.
/// - [`Reply::list`] (also [`Reply::new`] and `From<Vec<T>>`): the whole list, from which the
///   requested page is cut; for small in-memory lists and the documented examples.
///
/// [`paginated_response`] writes GitLab's headers from that.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// Overrides [`OperationSpec::status`] when set.
    pub status: Option<u16>,
    /// Extra response headers, in order (a name may repeat).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: ReplyBody<T>,
    /// What a list body holds; only paginated operations look at it.
    pub paging: Paging,
}

/// What the list in a [`Reply`] of a paginated operation holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Paging {
    /// The whole list: the requested page is cut out of it, by offset or by keyset.
    #[default]
    Whole,
    /// The requested offset page (`page`, `per_page`) and nothing else, sent as it is.
    Page(Total),
    /// A keyset page sent as it is, and where the next begins (`None` on the last page).
    Keyset(Option<Cursor>),
}

/// How many items a list has in all, as the handler of one of its pages knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    /// This many items: `x-total`, `x-total-pages` and the `rel="last"` link are written (up to
    /// 10,000 items; past that GitLab leaves them out, and so does [`paginated_response`]).
    Known(u64),
    /// Not counted, as GitLab does past 10,000 items: no totals and no `rel="last"` link;
    /// `more` says whether a page follows this one (fetch `per_page + 1` rows to know).
    Unknown {
        /// Whether a next page exists.
        more: bool,
    },
}

/// Where a keyset-paginated list continues: the query parameters that the `rel="next"` link
/// sets, such as GitLab's `id_after=42` or an opaque `cursor=...`. The link keeps every other
/// parameter of the request and drops the cursors it had (`id_after`, `id_before`, `cursor`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor(Vec<(String, String)>);

impl Cursor {
    /// A cursor of one parameter, e.g. `Cursor::new("id_after", "42")`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self(vec![(name.into(), value.into())])
    }

    /// Adds a parameter (GitLab may filter on more than one).
    #[must_use]
    pub fn and(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.0.push((name.into(), value.into()));
        self
    }

    /// The parameters, in order.
    #[must_use]
    pub fn params(&self) -> &[(String, String)] {
        &self.0
    }
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
    /// Set for text parsed once to be answered many times ([`RawJson::parse`]).
    canned: Option<Canned>,
}

impl RawJson {
    /// JSON the caller has already serialised, sent as it is: it is not parsed again, so a
    /// reply of it cannot be cut into pages ([`Reply::page`] it, or send it whole).
    #[must_use]
    pub fn from_serialized(bytes: Bytes) -> Self {
        Self {
            bytes,
            items: None,
            canned: None,
        }
    }

    /// Parses `text` once, to be answered many times (a documented example); a JSON array
    /// keeps its items for pagination. A response that sends the text unchanged carries it as
    /// a [`Canned`] extension.
    pub fn parse(text: &str) -> Result<Self, ApiError> {
        let value: Value = serde_json::from_str(text).map_err(|_| ApiError::Internal)?;
        let items = match value {
            Value::Array(items) => Some(Arc::new(items)),
            _ => None,
        };
        let bytes = Bytes::copy_from_slice(text.as_bytes());
        Ok(Self {
            canned: Some(Canned(Arc::new(CannedText {
                text: bytes.clone(),
                prepared: OnceLock::new(),
            }))),
            bytes,
            items,
        })
    }
}

/// The text of an answer that is sent again and again (a [`RawJson::parse`]d example), as an
/// extension of each response whose body it is ([`json_response`] adds it).
///
/// A layer that transforms answers (the mock writes its own base URL into them) reads the
/// text from here instead of collecting the body, and keeps what it derives from the text
/// with it ([`Canned::prepared`]), so the work is done once per text rather than per answer.
/// A layer that changes the body must drop the extension.
#[derive(Clone)]
pub struct Canned(Arc<CannedText>);

/// What a [`Canned`] shares between its answers.
struct CannedText {
    /// The body's bytes.
    text: Bytes,
    /// What a layer derived from them, once.
    prepared: OnceLock<Box<dyn Any + Send + Sync>>,
}

impl Canned {
    /// The body's bytes.
    #[must_use]
    pub fn text(&self) -> &Bytes {
        &self.0.text
    }

    /// What `prepare` makes of the text: made on the first call and kept with the text for
    /// later answers. `None` when a value of another type was prepared first (one layer per
    /// server prepares).
    pub fn prepared<T: Any + Send + Sync>(&self, prepare: impl FnOnce(&[u8]) -> T) -> Option<&T> {
        self.0
            .prepared
            .get_or_init(|| Box::new(prepare(&self.0.text)))
            .downcast_ref()
    }
}

impl std::fmt::Debug for Canned {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canned")
            .field("len", &self.0.text.len())
            .finish_non_exhaustive()
    }
}

impl<T> Reply<T> {
    /// A reply with the operation's default status and no extra headers.
    pub fn new(body: T) -> Self {
        Self {
            status: None,
            headers: Vec::new(),
            body: ReplyBody::Value(body),
            paging: Paging::Whole,
        }
    }

    /// A reply whose body is JSON already serialised; a list is taken to be whole.
    pub fn raw(json: RawJson) -> Self {
        Self {
            status: None,
            headers: Vec::new(),
            body: ReplyBody::Raw(json),
            paging: Paging::Whole,
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

impl<T> Reply<Vec<T>> {
    /// The whole list; [`paginated_response`] sends the requested page of it.
    pub fn list(all: Vec<T>) -> Self {
        Self::new(all)
    }

    /// One offset page of a list: `items` are the requested page ([`Input::page`]), sent as
    /// they are, and `total` is what is known of the whole list.
    pub fn page(items: Vec<T>, total: Total) -> Self {
        Self {
            paging: Paging::Page(total),
            ..Self::new(items)
        }
    }

    /// One keyset page of a list, sent as it is, and the cursor of the next page (`None` when
    /// this is the last).
    pub fn keyset(items: Vec<T>, next: Option<Cursor>) -> Self {
        Self {
            paging: Paging::Keyset(next),
            ..Self::new(items)
        }
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
    let (json, canned) = match reply.body {
        ReplyBody::Value(body) => match serde_json::to_vec(&body) {
            Ok(json) => (Bytes::from(json), None),
            Err(_) => return ApiError::Internal.into_response(),
        },
        ReplyBody::Raw(raw) => (raw.bytes, raw.canned),
    };
    let mut response = finish(
        status,
        reply.headers,
        Some((
            HeaderValue::from_static(spec.conventions.json_media()),
            json,
        )),
    );
    // Only a response that kept the text as its body (not a 500 from a bad header) says so.
    if let Some(canned) = canned.filter(|_| response.status().as_u16() == status) {
        response.extensions_mut().insert(canned);
    }
    response
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

/// Answers with one page of a list and GitLab's pagination headers, from what the reply's
/// [`Paging`] says its body holds.
///
/// Offset pagination writes `Link` (`prev`, `next`, `first`, `last`), `x-page`, `x-per-page`,
/// `x-next-page`, `x-prev-page` (empty when there is none), `x-total` and `x-total-pages`; when
/// the total is unknown or past 10,000 items, the totals and `rel="last"` are left out. Links
/// are absolute when the request had a `Host` header, and keep every other query parameter of
/// the request. Keyset pagination writes only `Link` with `rel="next"`, and only when more
/// items follow.
///
/// - [`Paging::Page`]: the body is the requested page; the headers come from [`Input::page`]
///   and the [`Total`].
/// - [`Paging::Keyset`]: the body is a keyset page; the link sets the [`Cursor`]'s parameters.
/// - [`Paging::Whole`]: the body is the whole list. For an offset request the page is sliced
///   out of it. For `pagination=keyset`, when every item serialises to an object with a numeric
///   `id`, the list is taken to be in the requested order and the cursor is GitLab's
///   `id_after=<last id>` (`id_before` when the request has `sort=desc`); items not past a
///   requested `id_after`/`id_before` are skipped, so a handler may or may not have filtered
///   already. Otherwise the cursor is `cursor=<offset of the next item>`, an opaque value to
///   clients.
pub fn paginated_response<T: Serialize>(
    spec: &OperationSpec,
    input: &Input,
    reply: Reply<Vec<T>>,
) -> Response {
    let Reply {
        status,
        mut headers,
        body,
        paging,
    } = reply;
    let total = match paging {
        Paging::Page(total) => total,
        Paging::Keyset(next) => {
            if let Some(cursor) = next {
                headers.push(next_link(input, &cursor));
            }
            return json_response(spec, Reply::<Vec<T>>::with_body(status, headers, body));
        }
        Paging::Whole => return whole_list(spec, input, status, headers, body),
    };
    OffsetWindow::new(input, total).respond(
        spec,
        input,
        Reply::<Vec<T>>::with_body(status, headers, body),
    )
}

impl<T> Reply<T> {
    /// A reply of `body` with these status and headers.
    fn with_body(status: Option<u16>, headers: Vec<(String, String)>, body: ReplyBody<T>) -> Self {
        Self {
            status,
            headers,
            body,
            paging: Paging::Whole,
        }
    }
}

/// [`paginated_response`] of a whole list: the requested page is cut out of it.
fn whole_list<T: Serialize>(
    spec: &OperationSpec,
    input: &Input,
    status: Option<u16>,
    mut headers: Vec<(String, String)>,
    body: ReplyBody<Vec<T>>,
) -> Response {
    let items: Vec<Value> = match body {
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
                return OffsetWindow::new(input, Total::Known(items.len() as u64)).respond(
                    spec,
                    input,
                    Reply::<()>::with_body(status, headers, ReplyBody::Raw(raw)),
                );
            }
            Some(items) => items.as_ref().clone(),
            None => return ApiError::Internal.into_response(),
        },
    };
    if input.page.keyset {
        let (page_items, next) = keyset_page(items, input);
        if let Some(cursor) = next {
            headers.push(next_link(input, &cursor));
        }
        return json_response(
            spec,
            Reply::with_body(status, headers, ReplyBody::Value(page_items)),
        );
    }
    let window = OffsetWindow::new(input, Total::Known(items.len() as u64));
    let positions = input.page.positions();
    let page_items: Vec<Value> = items
        .into_iter()
        .skip(positions.start)
        .take(positions.len())
        .collect();
    window.respond(
        spec,
        input,
        Reply::with_body(status, headers, ReplyBody::Value(page_items)),
    )
}

/// What the headers of an offset page say.
struct OffsetWindow {
    /// The page number, from 1.
    page: u64,
    /// Items per page, as asked.
    per_page: u64,
    /// The number of items and of pages (at least 1), when known and at most 10,000 items.
    totals: Option<(u64, u64)>,
    /// The next page, if any.
    next: Option<u64>,
    /// The previous page, if any.
    prev: Option<u64>,
}

impl OffsetWindow {
    /// `reply` as JSON, with this page's headers when it is a success.
    fn respond<T: Serialize>(
        &self,
        spec: &OperationSpec,
        input: &Input,
        reply: Reply<T>,
    ) -> Response {
        let mut response = json_response(spec, reply);
        if response.status().is_success() {
            self.write_headers(input, response.headers_mut());
        }
        response
    }

    /// The headers of the requested page of a list with `total` items.
    fn new(input: &Input, total: Total) -> Self {
        let per_page = input.page.per_page.max(1);
        let page = input.page.page.max(1);
        let (more, totals) = match total {
            Total::Known(total) => {
                let pages = total.div_ceil(per_page).max(1);
                let more = page.saturating_mul(per_page) < total;
                (more, (total <= COUNT_LIMIT).then_some((total, pages)))
            }
            Total::Unknown { more } => (more, None),
        };
        Self {
            page,
            per_page,
            totals,
            next: more.then(|| page.saturating_add(1)),
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
        if let Some((_, pages)) = self.totals {
            link(pages, "last");
        }
        let number = |n: Option<u64>| n.map_or(HeaderValue::from_static(""), number_value);
        if let Ok(value) = HeaderValue::try_from(links) {
            headers.append(header::LINK, value);
        }
        headers.append(X_PAGE, number_value(self.page));
        headers.append(X_PER_PAGE, number_value(self.per_page));
        headers.append(X_NEXT_PAGE, number(self.next));
        headers.append(X_PREV_PAGE, number(self.prev));
        if let Some((total, pages)) = self.totals {
            headers.append(X_TOTAL, number_value(total));
            headers.append(X_TOTAL_PAGES, number_value(pages));
        }
    }
}

/// A number as a header value; the small numbers of most pages are made once and shared.
fn number_value(n: u64) -> HeaderValue {
    static SMALL: OnceLock<Vec<HeaderValue>> = OnceLock::new();
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

/// The keyset page of a whole list, and the cursor of the next page when more items follow.
fn keyset_page(items: Vec<Value>, input: &Input) -> (Vec<Value>, Option<Cursor>) {
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

    if by_id {
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
        let next = page.last().and_then(id_of).filter(|_| more);
        (page, next.map(|id| Cursor::new(key, id.to_string())))
    } else {
        let offset = param("cursor")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0);
        let next = offset.saturating_add(size);
        let more = next < items.len();
        let page: Vec<Value> = items.into_iter().skip(offset).take(size).collect();
        (page, more.then(|| Cursor::new("cursor", next.to_string())))
    }
}

/// The `Link` header to the keyset page that `cursor` starts: the request's URL with the
/// cursor's parameters and `per_page` set, and the request's own cursors dropped.
fn next_link(input: &Input, cursor: &Cursor) -> (String, String) {
    /// The parameters by which GitLab's keyset links continue a list.
    const CURSORS: [&str; 3] = ["id_after", "id_before", "cursor"];
    let per_page = input.page.per_page.to_string();
    // A cursor may be any text (GitLab's are base64, with `+`, `/` and `=`): it is encoded.
    let params: Vec<(String, String)> = cursor
        .params()
        .iter()
        .map(|(k, v)| (component(k), component(v)))
        .collect();
    let mut set: Vec<(&str, &str)> = vec![("per_page", &per_page)];
    set.extend(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let url = link_url(&input.uri, &set, &CURSORS);
    ("link".to_owned(), format!("<{url}>; rel=\"next\""))
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
