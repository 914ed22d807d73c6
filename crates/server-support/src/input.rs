//! Parsing and validation of a request against its [`OperationSpec`], before the handler runs.
//!
//! [`extract`] reads the request without axum's extractors so that it works under any router
//! (nested or not) and so that every failure is answered with GitLab's exact error bodies.

use std::collections::BTreeMap;
use std::convert::Infallible;

use axum::body::Body;
use axum::extract::{OriginalUri, Request};
use axum::http::uri::{Authority, PathAndQuery, Scheme};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Uri, header};
use bytes::Bytes;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde::de::value::MapDeserializer;
use serde_json::{Map, Value};

use crate::auth::{Caller, authenticate};
use crate::config::ServerConfig;
use crate::error::ApiError;
use crate::form::FormParams;
use crate::spec::{Conventions, Kind, Location, OperationSpec, ParamSpec, Style};
pub(crate) use crate::validate::named_path_values;
use crate::validate::{Source, coerce, match_path};

/// A file sent in a multipart body: its name, optional media type and content.
pub use gitlab_wire::Upload as UploadedFile;

/// Which page of a list the caller asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// Page number, from 1 (offset pagination).
    pub page: u64,
    /// Items per page: 20 unless asked, at most 100.
    pub per_page: u64,
    /// Whether `pagination=keyset` was asked.
    pub keyset: bool,
}

/// GitLab's default page size.
const DEFAULT_PER_PAGE: u64 = 20;
/// GitLab's largest page size.
const MAX_PER_PAGE: u64 = 100;

impl PageRequest {
    /// The positions, in the whole list, of the items on the requested offset page
    /// (`(page - 1) * per_page ..` for `per_page` items; a page or size of 0 counts as 1).
    /// Iterate with `.skip(range.start).take(range.len())`.
    #[must_use]
    pub fn positions(&self) -> std::ops::Range<usize> {
        let size = usize::try_from(self.per_page.max(1)).unwrap_or(usize::MAX);
        let start = usize::try_from(self.page.max(1) - 1)
            .unwrap_or(usize::MAX)
            .saturating_mul(size);
        start..start.saturating_add(size)
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
            keyset: false,
        }
    }
}

/// A parsed and validated request.
#[derive(Debug)]
pub struct Input {
    /// Coerced parameter values by [`ParamSpec::key`]; absent optional parameters are left out,
    /// an optional parameter sent as JSON `null` or an empty text is `null`.
    ///
    /// Filled by [`extract`]. The generated routes ([`crate::handle`]) decode the operation's
    /// typed input straight from the coerced values and fill this map only when
    /// [`ServerConfig::intercept`] is set, before the intercept is asked; the application's
    /// method then sees it filled too, and an empty map otherwise.
    pub values: Map<String, Value>,
    /// Uploaded files by multipart field name, in the order sent.
    pub files: Vec<(String, UploadedFile)>,
    /// The authenticated (possibly impersonated) caller; `None` for anonymous requests.
    pub caller: Option<Caller>,
    /// The requested page.
    pub page: PageRequest,
    /// The request URI as the client sent it (before any nesting stripped the base path), made
    /// absolute from the `Host` header (and `X-Forwarded-Proto`, default `http`) when known,
    /// so pagination links can be built from it.
    pub uri: Uri,
}

impl Input {
    /// Deserialises [`Input::values`] into a handler's input type.
    ///
    /// # Errors
    /// [`ApiError::Invalid`] naming the top-level field that was rejected (`is missing` for an
    /// absent field, `is invalid` otherwise), or [`ApiError::BadRequest`] when no field can be
    /// named.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        decode_fields(self.values.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

/// Deserialises coerced values by [`ParamSpec::key`] into a handler's input type, as
/// [`Input::decode`] describes.
pub(crate) fn decode_fields<'v, T, I>(fields: I) -> Result<T, ApiError>
where
    T: DeserializeOwned,
    I: Iterator<Item = (&'v str, &'v Value)> + Clone,
{
    // Straight from the values; only a rejected input is decoded again to name the field.
    if let Ok(value) = T::deserialize(Fields(fields.clone())) {
        return Ok(value);
    }
    let value = Value::Object(fields.map(|(k, v)| (k.to_owned(), v.clone())).collect());
    serde_path_to_error::deserialize(value).map_err(|err| {
        let field = err.path().iter().find_map(|segment| match segment {
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            _ => None,
        });
        let message = err.into_inner().to_string();
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name.to_owned());
        match (missing, field) {
            (Some(name), _) => {
                ApiError::Invalid(BTreeMap::from([(name, vec!["is missing".to_owned()])]))
            }
            (None, Some(name)) => ApiError::invalid(name),
            (None, None) => ApiError::BadRequest(message),
        }
    })
}

/// Deserialises key and value pairs as a JSON object would be, without copying them into one.
struct Fields<I>(I);

impl<'de, I> serde::Deserializer<'de> for Fields<I>
where
    I: Iterator<Item = (&'de str, &'de Value)>,
{
    type Error = serde_json::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        MapDeserializer::new(self.0).deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// A request parsed and validated by [`parse`]: the [`Input`] without its
/// [`Input::values`], which are kept as a list by [`ParamSpec::key`] in the order of
/// `spec.params`.
pub(crate) struct Parsed {
    /// The coerced values.
    pub(crate) values: Vec<(&'static str, Value)>,
    /// Everything else; `values` is empty.
    pub(crate) input: Input,
}

impl Parsed {
    /// The values as [`Input::values`] holds them.
    pub(crate) fn value_map(values: Vec<(&'static str, Value)>) -> Map<String, Value> {
        values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

/// The parsed request body.
enum BodyParams {
    /// No body (or the operation takes none).
    None,
    /// A JSON object.
    Json(Map<String, Value>),
    /// A form-urlencoded body or the text fields of a multipart body.
    Form(FormParams),
}

/// Parses and validates `request` against `spec`.
///
/// In order: the URI length (414), authentication and sudo (401/403/404), the rate limit (429),
/// anonymous access to a non-public operation (401), path parameters (matched against
/// `config.base_path` + `spec.path` on the raw path, so `%2F` decodes to `/`), the query string,
/// the body (JSON, form-urlencoded or multipart by `Content-Type`; 413 over the limit, 400 when
/// malformed, 415 for other media types), then every parameter is checked and coerced: the first
/// missing required one is answered with [`ApiError::MissingParameter`], otherwise all invalid
/// ones are reported together in [`ApiError::Invalid`].
///
/// Query and body parameters are looked up in their own location first and then in the other,
/// because GitLab merges both (a `POST` may send its fields in the query string). All three body
/// media types are read whatever `spec.body.media` lists, as GitLab accepts them everywhere.
///
/// # Errors
/// The [`ApiError`] GitLab would answer with.
pub async fn extract(
    spec: &'static OperationSpec,
    request: Request,
    config: &ServerConfig,
) -> Result<Input, ApiError> {
    let Parsed { values, mut input } = parse(spec, request, config, None, None).await?;
    input.values = Parsed::value_map(values);
    Ok(input)
}

/// [`extract`] without building [`Input::values`]: the values are returned as a list, which
/// [`crate::handle`] decodes into the operation's input type directly.
///
/// `path` holds the values of the path's placeholders when a router matched them already;
/// without it the request path is matched against `config.base_path` + `spec.path`. `index`
/// is the operation's [`ParamIndex`], built here when not given.
pub(crate) async fn parse(
    spec: &'static OperationSpec,
    request: Request,
    config: &ServerConfig,
    path: Option<PathValues>,
    index: Option<&ParamIndex>,
) -> Result<Parsed, ApiError> {
    let (parts, body) = request.into_parts();
    // Nesting strips the base path from `parts.uri`; the original is what the client sent.
    let original = parts
        .extensions
        .get::<OriginalUri>()
        .map_or_else(|| parts.uri.clone(), |o| o.0.clone());
    if original.path_and_query().map_or(0, |pq| pq.as_str().len()) > config.uri_limit {
        return Err(ApiError::UriTooLong);
    }
    let scim = spec.conventions == Conventions::Scim;
    if scim && !config.auth.accepts_scim(&parts.headers).await? {
        return Err(ApiError::Unauthorized);
    }
    // SCIM's token names no user: the caller is nobody, and sudo does not apply.
    let caller = if scim {
        None
    } else {
        authenticate(&parts, &config.auth).await?
    };
    if let Some(retry_after) = config
        .rate_limit
        .as_ref()
        .and_then(|limit| limit.check(caller.as_ref(), &parts))
    {
        return Err(ApiError::TooManyRequests { retry_after });
    }
    if caller.is_none() && !spec.public && !scim {
        return Err(ApiError::Unauthorized);
    }
    // Under sudo the effective user decides, as in GitLab: an administrator impersonating a
    // regular user is refused too.
    if spec.admin_only && caller.as_ref().is_some_and(|caller| !caller.user.admin) {
        return Err(ApiError::Forbidden);
    }
    let path_values = match path {
        Some(values) => values,
        None => path_params(spec, original.path(), &spec.base.prefix(&config.base_path))
            .ok_or(ApiError::RouteNotFound)?,
    };
    let query = FormParams::parse(original.query().unwrap_or(""));
    let (body, files) = read_body(spec, &parts.headers, body, config.body_limit).await?;

    let mut values: Vec<(&'static str, Value)> = Vec::new();
    let mut invalid = BTreeMap::new();
    // Most optional parameters are not sent: the few sent keys say which ones were.
    let built;
    let index = match index {
        Some(index) => index,
        None => {
            built = ParamIndex::new(spec.params);
            &built
        }
    };
    for position in index.to_check(spec.params, &query, &body) {
        let param = &spec.params[position];
        let base = base_name(param.name);
        let found = match param.location {
            Location::Path => path_values
                .iter()
                .find(|(name, _)| *name == param.name)
                .map(|(_, v)| (Value::String(v.clone()), Source::Text)),
            Location::Header => {
                header_text(&parts.headers, param.name).map(|v| (Value::String(v), Source::Text))
            }
            Location::Query => from_query(&query, param).or_else(|| from_body(&body, param)),
            Location::Body => from_body(&body, param).or_else(|| from_query(&query, param)),
        };
        let Some((raw, source)) = found.filter(|(raw, _)| !raw.is_null() || !param.required) else {
            if param.required {
                return Err(ApiError::MissingParameter(base.to_owned()));
            }
            continue;
        };
        match coerce(&raw, &param.kind, param.style, source) {
            Some(Value::Null) if param.required => {
                return Err(ApiError::MissingParameter(base.to_owned()));
            }
            Some(value) => match values.iter_mut().find(|(key, _)| *key == param.key) {
                // A later parameter under the same key replaces the value, as in a map.
                Some(slot) => slot.1 = value,
                None => values.push((param.key, value)),
            },
            None => {
                invalid.insert(param.key.to_owned(), vec!["is invalid".to_owned()]);
            }
        }
    }
    let page = page_request(&query, &body, &mut invalid);
    if !invalid.is_empty() {
        return Err(ApiError::Invalid(invalid));
    }
    if spec.paginated && page.keyset {
        let text = |name| query_or_body(&query, &body, name).and_then(Value::as_str);
        if !spec
            .keyset
            .is_some_and(|keyset| keyset.offers(text("order_by"), text("sort")))
        {
            return Err(ApiError::KeysetNotAvailable);
        }
    }
    Ok(Parsed {
        values,
        input: Input {
            values: Map::new(),
            files,
            caller,
            page,
            uri: absolute_uri(original, &parts.headers),
        },
    })
}

/// Whether the sent key `key` names the parameter `name`: it is `name`, or `name` without the
/// `[]` of an array parameter ([`base_name`]). The first byte and the length are compared
/// before the text, as most names differ there.
fn names_key(name: &[u8], key: &[u8]) -> bool {
    key.first().is_none_or(|first| name.first() == Some(first))
        && match name.len().checked_sub(key.len()) {
            Some(0) => name == key,
            Some(2) => name.ends_with(b"[]") && name.starts_with(key),
            _ => false,
        }
}

/// Which of an operation's parameters a request must be checked for, found without a pass over
/// every declared parameter: most optional parameters are not sent, and the few keys that were
/// sent are looked up by name. Built once per routed operation ([`crate::Routes`]).
#[derive(Debug)]
pub(crate) struct ParamIndex {
    /// The positions in `spec.params` of the parameters looked at on every request: path and
    /// header parameters and required ones (`sudo` is applied by authentication instead).
    always: Vec<usize>,
    /// The optional query and body parameters' [`base_name`]s with their positions, sorted
    /// by [`ParamIndex::order`]: a key is looked up by its length and first byte, and only
    /// the names that share both are compared.
    by_name: Vec<(&'static str, usize)>,
}

impl ParamIndex {
    /// The index of `params`.
    pub(crate) fn new(params: &'static [ParamSpec]) -> Self {
        let mut always = Vec::new();
        let mut by_name = Vec::new();
        for (index, param) in params.iter().enumerate() {
            if param.name.eq_ignore_ascii_case("sudo") {
                continue;
            }
            let optional_field = matches!(param.location, Location::Query | Location::Body);
            if optional_field && !param.required {
                by_name.push((base_name(param.name), index));
            } else {
                always.push(index);
            }
        }
        by_name.sort_unstable_by_key(|&(name, index)| (Self::order(name), name, index));
        Self { always, by_name }
    }

    /// What names are sorted and searched by: their length, then their first byte.
    fn order(name: &str) -> (usize, u8) {
        (name.len(), name.as_bytes().first().copied().unwrap_or(0))
    }

    /// The positions, in order, of the parameters to check: the ones always checked and the
    /// optional ones the query or the body holds a value for (the same as asking [`sent`] of
    /// each of them).
    fn to_check(&self, params: &[ParamSpec], query: &FormParams, body: &BodyParams) -> Vec<usize> {
        let sent = query.fields.len()
            + match body {
                BodyParams::None => 0,
                BodyParams::Json(map) => map.len(),
                BodyParams::Form(form) => form.fields.len(),
            };
        let mut found = Vec::with_capacity(self.always.len() + sent);
        found.extend_from_slice(&self.always);
        let mut add = |key: &str| {
            let base = base_name(key);
            let order = Self::order(base);
            let start = self
                .by_name
                .partition_point(|&(name, _)| Self::order(name) < order);
            let same = self.by_name[start..]
                .iter()
                .take_while(|&&(name, _)| Self::order(name) == order);
            for &(name, index) in same {
                if name == base && names_key(params[index].name.as_bytes(), key.as_bytes()) {
                    found.push(index);
                }
            }
        };
        for (key, _) in &query.fields {
            add(key);
        }
        match body {
            BodyParams::None => {}
            BodyParams::Json(map) => map.keys().for_each(|key| add(key)),
            BodyParams::Form(form) => form.fields.iter().for_each(|(key, _)| add(key)),
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The decoded values of an operation's path placeholders, by name.
pub(crate) type PathValues = Vec<(&'static str, String)>;

/// Decoded path parameters by name, trying the path with and without the base path.
fn path_params(spec: &'static OperationSpec, path: &str, base_path: &str) -> Option<PathValues> {
    let base = base_path.trim_end_matches('/');
    path.strip_prefix(base)
        .filter(|rest| rest.starts_with('/'))
        .and_then(|rest| match_path(spec.path, rest))
        .or_else(|| match_path(spec.path, path))
}

/// A parameter's name without the `[]` of array parameters.
fn base_name(name: &str) -> &str {
    name.strip_suffix("[]").unwrap_or(name)
}

/// A header's value as text (names are case-insensitive).
fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_owned())
}

/// A parameter's raw value in a query string or form.
fn from_query(form: &FormParams, param: &ParamSpec) -> Option<(Value, Source)> {
    let value = sent_value(param.name, |key| form.get(key))?;
    // `a=1&a=2` fills a form-style array like `a[]=1&a[]=2` would.
    let base = base_name(param.name);
    let repeated = form.repeated.get(base).filter(|all| all.len() > 1);
    let value = match (&param.kind, param.style, repeated) {
        (Kind::Array(_), Style::Form, Some(all)) if value.is_string() => {
            Value::Array(all.iter().cloned().map(Value::String).collect())
        }
        _ => value.clone(),
    };
    Some((value, Source::Text))
}

/// A parameter's raw value in the body.
fn from_body(body: &BodyParams, param: &ParamSpec) -> Option<(Value, Source)> {
    match body {
        BodyParams::Form(form) => from_query(form, param),
        BodyParams::Json(_) | BodyParams::None => sent_value(param.name, |key| body_get(body, key))
            .map(|value| (value.clone(), Source::Json)),
    }
}

/// Whether the query or the body holds a value for the parameter `name`: when [`from_query`]
/// or [`from_body`] would find one. [`ParamIndex`] gives the same answer for every parameter.
#[cfg(test)]
fn sent(name: &str, query: &FormParams, body: &BodyParams) -> bool {
    sent_value(name, |key| query.get(key)).is_some()
        || sent_value(name, |key| body_get(body, key)).is_some()
}

/// The value sent for the parameter `name`, looked up by `get` under its `[]`-less base name
/// and then, for an array parameter, under its full name.
fn sent_value<'v>(name: &str, get: impl Fn(&str) -> Option<&'v Value>) -> Option<&'v Value> {
    let base = base_name(name);
    get(base).or_else(|| (base.len() != name.len()).then(|| get(name))?)
}

/// The value of a convention's parameter (`page`, `order_by`, ...): from the query string, else
/// the body.
fn query_or_body<'v>(query: &'v FormParams, body: &'v BodyParams, name: &str) -> Option<&'v Value> {
    query.get(name).or_else(|| body_get(body, name))
}

/// The value stored under `key` in the body.
fn body_get<'b>(body: &'b BodyParams, key: &str) -> Option<&'b Value> {
    match body {
        BodyParams::None => None,
        BodyParams::Json(map) => map.get(key),
        BodyParams::Form(form) => form.get(key),
    }
}

/// Reads `page`, `per_page` and `pagination`; bad numbers are added to `invalid`.
fn page_request(
    query: &FormParams,
    body: &BodyParams,
    invalid: &mut BTreeMap<String, Vec<String>>,
) -> PageRequest {
    let raw = |name: &'static str| query_or_body(query, body, name);
    let mut number = |name: &'static str| -> Option<i64> {
        let value = raw(name)?;
        match coerce(value, &Kind::Integer, Style::Form, Source::Json) {
            Some(Value::Number(n)) => n.as_i64(),
            // An empty value means "the default".
            _ if value.as_str() == Some("") => None,
            // An integer past i64 is out of range like any other (a page past the end, the cap).
            _ if value.as_str().is_some_and(is_integer_literal) => {
                Some(if value.as_str().is_some_and(|v| v.starts_with('-')) {
                    i64::MIN
                } else {
                    i64::MAX
                })
            }
            _ => {
                invalid.insert(name.to_owned(), vec!["is invalid".to_owned()]);
                None
            }
        }
    };
    let page = number("page");
    let per_page = number("per_page");
    let defaults = PageRequest::default();
    PageRequest {
        // Out-of-range numbers fall back to the defaults and the cap, as GitLab's pager does.
        page: page
            .and_then(|p| u64::try_from(p).ok())
            .filter(|p| *p >= 1)
            .unwrap_or(defaults.page),
        per_page: per_page
            .and_then(|p| u64::try_from(p).ok())
            .filter(|p| *p >= 1)
            .map_or(defaults.per_page, |p| p.min(MAX_PER_PAGE)),
        keyset: raw("pagination").is_some_and(|v| v.as_str() == Some("keyset")),
    }
}

/// Whether `text` is an integer in decimal (`-` allowed), however large.
fn is_integer_literal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Reads and parses the body; files of a multipart body are returned separately.
async fn read_body(
    spec: &OperationSpec,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<(BodyParams, Vec<(String, UploadedFile)>), ApiError> {
    let Some(body_spec) = &spec.body else {
        return Ok((BodyParams::None, Vec::new()));
    };
    let declared =
        header_text(headers, header::CONTENT_LENGTH.as_str()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Err(ApiError::PayloadTooLarge);
    }
    let bytes = collect_limited(body, limit).await?;
    let content_type = header_text(headers, header::CONTENT_TYPE.as_str()).unwrap_or_default();
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if bytes.iter().all(u8::is_ascii_whitespace) && !media.starts_with("multipart/") {
        // A required body that is absent reads as `{}` so missing fields are named.
        let empty = if body_spec.required {
            BodyParams::Json(Map::new())
        } else {
            BodyParams::None
        };
        return Ok((empty, Vec::new()));
    }
    match media.as_str() {
        "application/json" => parse_json(&bytes).map(|map| (BodyParams::Json(map), Vec::new())),
        m if m.ends_with("+json") => {
            parse_json(&bytes).map(|map| (BodyParams::Json(map), Vec::new()))
        }
        "application/x-www-form-urlencoded" => Ok((
            BodyParams::Form(FormParams::parse(&String::from_utf8_lossy(&bytes))),
            Vec::new(),
        )),
        "multipart/form-data" => parse_multipart(&content_type, bytes).await,
        // Without a type, guess the way curl users expect: JSON objects, else a form.
        "" if bytes.trim_ascii_start().starts_with(b"{") => {
            parse_json(&bytes).map(|map| (BodyParams::Json(map), Vec::new()))
        }
        "" => Ok((
            BodyParams::Form(FormParams::parse(&String::from_utf8_lossy(&bytes))),
            Vec::new(),
        )),
        _ => Err(ApiError::UnsupportedMediaType),
    }
}

/// Collects the body, failing with 413 as soon as it grows past `limit`.
async fn collect_limited(body: Body, limit: usize) -> Result<Vec<u8>, ApiError> {
    let mut stream = body.into_data_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk
            .map_err(|_| ApiError::BadRequest("the request body could not be read".to_owned()))?;
        if bytes.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// Parses a JSON body, which must be an object.
fn parse_json(bytes: &[u8]) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::BadRequest(
            "the JSON body must be an object".to_owned(),
        )),
        Err(err) => Err(ApiError::BadRequest(format!("malformed JSON body: {err}"))),
    }
}

/// Parses a multipart body: text fields go through the form rules, files are kept aside and
/// their names are also stored as text so required checks pass.
async fn parse_multipart(
    content_type: &str,
    bytes: Vec<u8>,
) -> Result<(BodyParams, Vec<(String, UploadedFile)>), ApiError> {
    let bad = |err: multer::Error| ApiError::BadRequest(format!("malformed multipart body: {err}"));
    let boundary = multer::parse_boundary(content_type).map_err(bad)?;
    let stream =
        futures_util::stream::once(async move { Ok::<Bytes, Infallible>(Bytes::from(bytes)) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut form = FormParams::default();
    let mut files = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let Some(name) = field.name().map(str::to_owned) else {
            continue;
        };
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(ToString::to_string);
        let data = field.bytes().await.map_err(bad)?;
        match file_name {
            Some(file_name) => {
                form.insert(&name, file_name.clone());
                files.push((
                    name,
                    UploadedFile {
                        file_name,
                        content_type,
                        data,
                    },
                ));
            }
            None => {
                let text = String::from_utf8(data.to_vec()).map_err(|_| {
                    ApiError::BadRequest(format!("multipart field \"{name}\" is not UTF-8 text"))
                })?;
                form.insert(&name, text);
            }
        }
    }
    Ok((BodyParams::Form(form), files))
}

/// The scheme and authority the client reached: those of `uri` when it is absolute, else the
/// `Host` header's (a host and an optional port, nothing else) with `https` when
/// `X-Forwarded-Proto` says so and `http` otherwise; `None` without a valid host.
pub fn request_origin(uri: &Uri, headers: &HeaderMap) -> Option<(Scheme, Authority)> {
    if let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) {
        return Some((scheme.clone(), authority.clone()));
    }
    let host = headers.get(header::HOST)?;
    let authority = match last_host(host) {
        Some(authority) => authority,
        None => {
            let authority = host
                .to_str()
                .ok()
                .map(str::trim)
                // No user info, path, query or fragment: only a host and an optional port.
                .filter(|host| !host.bytes().any(|b| matches!(b, b'/' | b'?' | b'#' | b'@')))
                .and_then(|host| Authority::try_from(host).ok())?;
            if let Ok(mut last) = LAST_HOST.try_lock() {
                *last = Some((host.clone(), authority.clone()));
            }
            authority
        }
    };
    const X_FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");
    let scheme = match headers.get(X_FORWARDED_PROTO).map(HeaderValue::as_bytes) {
        Some(b"https") => Scheme::HTTPS,
        _ => Scheme::HTTP,
    };
    Some((scheme, authority))
}

/// The last valid `Host` header [`request_origin`] read, with its authority: a server is
/// usually reached under one name, which is then parsed once rather than per request.
static LAST_HOST: std::sync::Mutex<Option<(HeaderValue, Authority)>> = std::sync::Mutex::new(None);

/// The authority of `host` when it is the [`LAST_HOST`] (a busy lock is not waited for).
fn last_host(host: &HeaderValue) -> Option<Authority> {
    let last = LAST_HOST.try_lock().ok()?;
    let (value, authority) = last.as_ref()?;
    (value == host).then(|| authority.clone())
}

/// Makes `uri` absolute with [`request_origin`], if it is not already and the host is valid:
/// the URL the client reached, which [`Input::uri`] holds and pagination links are built from.
pub fn absolute_uri(uri: Uri, headers: &HeaderMap) -> Uri {
    if uri.scheme().is_some() {
        return uri;
    }
    let Some((scheme, authority)) = request_origin(&uri, headers) else {
        return uri;
    };
    // The path and query are reused as they are, without being parsed again.
    let mut parts = uri.clone().into_parts();
    parts.scheme = Some(scheme);
    parts.authority = Some(authority);
    if parts.path_and_query.is_none() {
        parts.path_and_query = Some(PathAndQuery::from_static("/"));
    }
    Uri::from_parts(parts).unwrap_or(uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_request_names_the_positions_of_its_items() {
        let page = |page, per_page| PageRequest {
            page,
            per_page,
            keyset: false,
        };
        assert_eq!(page(3, 100).positions(), 200..300);
        assert_eq!(page(1, 20).positions(), 0..20);
        // Page and size 0 are read as 1, as the headers are.
        assert_eq!(page(0, 0).positions(), 0..1);
        // A page past any list holds nothing, without overflowing.
        assert!(page(u64::MAX, 100).positions().is_empty());
    }

    fn with_host(host: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::HOST,
            HeaderValue::from_str(host).expect("header value"),
        );
        headers
    }

    fn param(name: &'static str, location: Location) -> ParamSpec {
        ParamSpec {
            name,
            key: base_name(name),
            location,
            required: false,
            kind: Kind::String,
            style: Style::Form,
        }
    }

    #[test]
    fn the_parameters_checked_are_the_required_ones_and_the_ones_sent() {
        let params: &'static [ParamSpec] = Box::leak(Box::new([
            param("iids[]", Location::Query),
            param("title", Location::Body),
            param("labels", Location::Query),
            param("state", Location::Query),
            param("x[]", Location::Body),
            param("absent", Location::Query),
            param("[]", Location::Body),
            param("id", Location::Path),
            ParamSpec {
                required: true,
                ..param("name", Location::Body)
            },
            param("Sudo", Location::Header),
            param("sudo", Location::Query),
            param("iids", Location::Body),
            param("state", Location::Query),
            param("title", Location::Body),
            // Names of the same length and first byte as a sent one.
            param("stale", Location::Query),
            param("store", Location::Body),
        ]));
        let index = ParamIndex::new(params);
        let json = |text: &str| match serde_json::from_str(text) {
            Ok(Value::Object(map)) => BodyParams::Json(map),
            _ => BodyParams::None,
        };
        let cases = [
            (
                "iids[]=1&state=opened",
                json(r#"{"title": "t", "x[]": [1]}"#),
            ),
            (
                "iids=1&iids=2&sudo=1",
                BodyParams::Form(FormParams::parse("labels=a&x[0]=1")),
            ),
            ("", json(r#"{"iids[]": [1], "state": null, "": 1}"#)),
            ("labels[]=a&title=t", BodyParams::None),
        ];
        for (query, body) in &cases {
            let query = FormParams::parse(query);
            let found = index.to_check(params, &query, body);
            // The definition: every parameter but sudo, unless optional, in the query or the
            // body, and not sent.
            let expected: Vec<usize> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.name.eq_ignore_ascii_case("sudo"))
                .filter(|(_, p)| {
                    !matches!(p.location, Location::Query | Location::Body)
                        || p.required
                        || sent(p.name, &query, body)
                })
                .map(|(position, _)| position)
                .collect();
            assert_eq!(found, expected, "{query:?}");
            assert!(found.len() > 2 && found.len() < params.len() - 2);
        }
    }

    #[test]
    fn pages_past_i64_are_out_of_range_not_invalid() {
        let page = |query: &str| {
            let mut invalid = BTreeMap::new();
            let page = page_request(&FormParams::parse(query), &BodyParams::None, &mut invalid);
            (page.page, page.per_page, invalid.len())
        };
        let huge = "5306060637912504900749212254208";
        assert_eq!(
            page(&format!("page={huge}&per_page={huge}")),
            (u64::MAX >> 1, 100, 0)
        );
        assert_eq!(page(&format!("page=-{huge}&per_page=-{huge}")), (1, 20, 0));
        assert_eq!(page("page=1x"), (1, 20, 1));
    }

    #[test]
    fn the_request_uri_is_made_absolute_from_a_plain_host_only() {
        let uri = || Uri::from_static("/api/v4/projects?page=2");
        assert_eq!(
            absolute_uri(uri(), &with_host("gitlab.example:8080")).to_string(),
            "http://gitlab.example:8080/api/v4/projects?page=2"
        );
        let mut https = with_host("gitlab.example");
        https.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert_eq!(
            absolute_uri(uri(), &https).to_string(),
            "https://gitlab.example/api/v4/projects?page=2"
        );
        // A host with user info, a path, a query or a fragment is not used for links.
        for host in ["user@gitlab.example", "gitlab.example/x", "a?b", "a#b", ""] {
            assert_eq!(absolute_uri(uri(), &with_host(host)), uri(), "{host:?}");
        }
        // The last host is kept: each host, again or alternating, still names itself.
        for host in [
            "a.example",
            "b.example:81",
            "a.example",
            "a.example",
            "c.example",
        ] {
            assert_eq!(
                absolute_uri(uri(), &with_host(host)).to_string(),
                format!("http://{host}/api/v4/projects?page=2")
            );
        }
    }
}
