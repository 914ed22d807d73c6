//! The mock's own URLs in its answers.
//!
//! The documented examples describe an instance at `https://gitlab.example.com`: `web_url`,
//! `avatar_url`, `_links`, `http_url_to_repo` and `ssh_url_to_repo` (`git@gitlab.example.com:..`)
//! all name it. A client that reached the mock elsewhere would follow those URLs away from it
//! (python-gitlab warns that the base URL differs), so [`OwnUrls`] rewrites them in every JSON
//! answer to the base URL the client reached: the request's `Host` header, with the scheme of
//! `X-Forwarded-Proto` (`http` unless it says `https`), as pagination links are built.
//!
//! The rewriting works on the answer's bytes without parsing the JSON. A canned answer (a
//! documented example) is searched once: the places of the example host in its text are kept
//! with it, and so is the text rewritten for the last base URL asked. Other answers are
//! searched as they come; a body without the example host is passed on untouched. Only strings
//! that are a URL of the instance itself change; other hosts under it
//! (`registry.gitlab.example.com`, `deploy.gitlab.example.com`) and bare host names
//! (`"hostname": "gitlab.example.com"`) stay as documented.

use std::convert::Infallible;
use std::ops::Range;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use axum::body::{Body, HttpBody as _};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use gitlab_server_support::{ApiError, Canned, request_origin};
use memchr::memmem;
use tower::Service;

/// The host of the instance the documented examples describe.
pub const EXAMPLE_HOST: &str = "gitlab.example.com";

/// Finds the example host; built once, not per answer.
static FINDER: std::sync::LazyLock<memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memmem::Finder::new(EXAMPLE_HOST));

/// How far back from the example host the start of its JSON string is looked for: longer than
/// any scheme and user name the examples put before it.
const MAX_PREFIX: usize = 96;

/// Where a client reached the mock, as the replacements of the example instance's URLs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    /// `http` or `https`.
    scheme: String,
    /// `host[:port]`.
    authority: String,
    /// The host alone, for SSH's `git@host:path` form, which has no port.
    host: String,
}

impl BaseUrl {
    /// The base URL of an absolute request URI, or `None` when it has no scheme and host or
    /// when they could not be written into a JSON string as they are.
    #[must_use]
    pub fn of(uri: &Uri) -> Option<Self> {
        Self::of_request(uri, &HeaderMap::new())
    }

    /// The base URL a request reached ([`request_origin`]: its URI when absolute, else its
    /// `Host` header), or `None` as for [`BaseUrl::of`].
    #[must_use]
    pub fn of_request(uri: &Uri, headers: &HeaderMap) -> Option<Self> {
        let (scheme, authority) = request_origin(uri, headers)?;
        // `Authority` admits no quote, backslash or control character today; the check keeps
        // the JSON valid whatever it admits tomorrow.
        let plain = |text: &str| !text.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20);
        (plain(scheme.as_str()) && plain(authority.as_str())).then(|| Self {
            scheme: scheme.as_str().to_owned(),
            authority: authority.as_str().to_owned(),
            host: authority.host().to_owned(),
        })
    }

    /// `body` with the example instance's URLs replaced by this base URL, or `None` when it
    /// names none.
    ///
    /// Replaced, where a JSON string starts with them: `http(s)://gitlab.example.com` (also
    /// with user info, as in a Sentry DSN) by `scheme://authority`, and the host of
    /// `git@gitlab.example.com:`, `ssh://gitlab.example.com/` and `ssh://user@gitlab.example.com/`
    /// by this host.
    #[must_use]
    pub fn rewrite(&self, body: &[u8]) -> Option<Vec<u8>> {
        let places = places(body);
        (!places.is_empty()).then(|| self.assemble(body, &places))
    }

    /// `body` with the `places` found in it replaced.
    fn assemble(&self, body: &[u8], places: &[Place]) -> Vec<u8> {
        let mut out = Vec::with_capacity(body.len() + 16 * places.len() + self.authority.len());
        let mut copied = 0;
        for place in places {
            out.extend_from_slice(&body[copied..place.start]);
            place.replacement.write(self, body, &mut out);
            copied = place.end;
        }
        out.extend_from_slice(&body[copied..]);
        out
    }
}

/// Where `body` names the example instance, in order.
fn places(body: &[u8]) -> Vec<Place> {
    FINDER
        .find_iter(body)
        .filter_map(|at| {
            let end = at + EXAMPLE_HOST.len();
            replacement(body, at, end).map(|(start, replacement)| Place {
                start,
                end,
                replacement,
            })
        })
        .collect()
}

/// What replaces `body[start..end]`, given the example host at `body[at..end]`.
fn replacement(body: &[u8], at: usize, end: usize) -> Option<(usize, Replacement)> {
    // The text between the opening quote of the string and the host.
    let window = &body[at.saturating_sub(MAX_PREFIX)..at];
    let quote = memchr::memrchr(b'"', window)?;
    // An escaped quote is inside a string, not the start of one.
    if quote > 0 && window[quote - 1] == b'\\' {
        return None;
    }
    let prefix = &window[quote + 1..];
    let string_start = at - prefix.len();
    let next = body.get(end).copied();
    if prefix.contains(&b'\\') {
        return None;
    }
    let web = matches!(next, Some(b'/' | b'"' | b'?' | b'#'));
    let ssh = matches!(next, Some(b'/' | b':'));
    for scheme in [&b"https://"[..], b"http://"] {
        let Some(user) = prefix.strip_prefix(scheme) else {
            continue;
        };
        return match user {
            [] if web => Some((string_start, Replacement::Origin)),
            [name @ .., b'@'] if web && user_name(name) => Some((
                string_start,
                Replacement::OriginWithUser(string_start + scheme.len()..at),
            )),
            _ => None,
        };
    }
    let ssh_user = prefix.strip_prefix(b"ssh://").unwrap_or(prefix);
    let user_ok = match ssh_user {
        [] => prefix.starts_with(b"ssh://"),
        [name @ .., b'@'] => user_name(name),
        _ => false,
    };
    (ssh && user_ok).then_some((at, Replacement::Host))
}

/// One place of the example instance in a body: `body[start..end]` is replaced.
struct Place {
    start: usize,
    end: usize,
    replacement: Replacement,
}

/// The places of the example instance in a canned answer, found once per answer text, and the
/// text rewritten for the base URL it was last asked for (clients reach a mock through one
/// base URL, so most answers are a copy of the bytes' handle).
struct CannedPlaces {
    places: Vec<Place>,
    last: Mutex<Option<(Arc<BaseUrl>, Bytes)>>,
}

impl CannedPlaces {
    fn new(body: &[u8]) -> Self {
        Self {
            places: places(body),
            last: Mutex::new(None),
        }
    }

    /// `body` (the text these places were found in) for `base`.
    fn rewrite(&self, base: &Arc<BaseUrl>, body: &[u8]) -> Bytes {
        // A busy lock is not waited for: the text is assembled again instead.
        if let Ok(last) = self.last.try_lock()
            && let Some((for_base, text)) = last.as_ref()
            && (Arc::ptr_eq(for_base, base) || **for_base == **base)
        {
            return text.clone();
        }
        let text = Bytes::from(base.assemble(body, &self.places));
        if let Ok(mut last) = self.last.try_lock() {
            *last = Some((Arc::clone(base), text.clone()));
        }
        text
    }
}

/// Whether `name` can be the user part of an SSH or DSN URL (letters, digits, `_`, `-`, `.`).
fn user_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// What an occurrence of the example host is replaced with.
enum Replacement {
    /// `scheme://authority` (replacing the example's scheme and host).
    Origin,
    /// `scheme://`, the user info at this range of the body (`name@`), then the authority.
    OriginWithUser(Range<usize>),
    /// The host alone (replacing the example host).
    Host,
}

impl Replacement {
    fn write(&self, base: &BaseUrl, body: &[u8], out: &mut Vec<u8>) {
        let user = match self {
            Self::Host => {
                out.extend_from_slice(base.host.as_bytes());
                return;
            }
            Self::Origin => &[][..],
            Self::OriginWithUser(range) => &body[range.clone()],
        };
        out.extend_from_slice(base.scheme.as_bytes());
        out.extend_from_slice(b"://");
        out.extend_from_slice(user);
        out.extend_from_slice(base.authority.as_bytes());
    }
}

/// The mock's service behind the rewriting of the example instance's URLs in JSON answers.
///
/// A canned answer (a documented example, see [`Canned`]) is not scanned per answer: the places
/// of the example instance in its text are found once, and the text rewritten for the base URL
/// last asked is kept. Other JSON answers (the stateful mode's, errors) are collected and
/// rewritten as they come.
#[derive(Clone, Debug)]
pub struct OwnUrls<S> {
    inner: S,
    /// The base URL of the last request, by its `Host` header and forwarded scheme, shared by
    /// the clones of the service (one per request): clients keep asking for the same one.
    last: Arc<Mutex<LastBase>>,
}

/// A `Host` header, whether `X-Forwarded-Proto` said `https`, and the base URL they make.
type LastBase = Option<(HeaderValue, bool, Option<Arc<BaseUrl>>)>;

impl<S> OwnUrls<S> {
    /// Wraps `inner`.
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            last: Arc::default(),
        }
    }

    /// The base URL `request` reached, from the last request's when its `Host` header and
    /// forwarded scheme are the same.
    fn base_of(&self, request: &Request) -> Option<Arc<BaseUrl>> {
        let headers = request.headers();
        let host = headers.get(header::HOST);
        if request.uri().scheme().is_some() || host.is_none() {
            return BaseUrl::of_request(request.uri(), headers).map(Arc::new);
        }
        let https = headers
            .get(X_FORWARDED_PROTO)
            .is_some_and(|v| v.as_bytes() == b"https");
        // A busy lock is not waited for: the base URL is made again instead.
        if let Ok(last) = self.last.try_lock()
            && let (Some((last_host, last_https, base)), Some(host)) = (last.as_ref(), host)
            && last_host == host
            && *last_https == https
        {
            return base.clone();
        }
        let base = BaseUrl::of_request(request.uri(), headers).map(Arc::new);
        if let (Ok(mut last), Some(host)) = (self.last.try_lock(), host) {
            *last = Some((host.clone(), https, base.clone()));
        }
        base
    }
}

/// The header whose `https` makes the base URL's scheme `https`, as for [`request_origin`].
const X_FORWARDED_PROTO: header::HeaderName = header::HeaderName::from_static("x-forwarded-proto");

impl<S> Service<Request> for OwnUrls<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let base = self.base_of(&request);
        let answer = self.inner.call(request);
        Box::pin(async move {
            let mut response = answer.await?;
            let Some(base) = base else {
                return Ok(response);
            };
            if rewrite_canned(&mut response, &base) || !is_json(response.headers()) {
                return Ok(response);
            }
            Ok(rewrite_response(response, &base).await)
        })
    }
}

/// Rewrites `response` for `base` when it is a [`Canned`] answer; `false` when it is not.
fn rewrite_canned(response: &mut Response, base: &Arc<BaseUrl>) -> bool {
    let Some(canned) = response.extensions_mut().remove::<Canned>() else {
        return false;
    };
    // The body must still be the canned text (a layer that changed it drops the extension).
    let length = u64::try_from(canned.text().len()).ok();
    if response.body().size_hint().exact() != length {
        return false;
    }
    let Some(places) = canned.prepared(CannedPlaces::new) else {
        return false;
    };
    if !places.places.is_empty() {
        response.headers_mut().remove(header::CONTENT_LENGTH);
        *response.body_mut() = Body::from(places.rewrite(base, canned.text()));
    }
    true
}

/// Whether an answer is JSON (`application/json`, `application/scim+json`, ...).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().ends_with("json"))
}

/// `response` with its body rewritten by `base`.
async fn rewrite_response(response: Response, base: &BaseUrl) -> Response {
    let (mut parts, body) = response.into_parts();
    // The answers are buffered already (stateful answers, error bodies): this takes their
    // bytes.
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ApiError::Internal.into_response();
    };
    match base.rewrite(&bytes) {
        Some(rewritten) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(rewritten))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> BaseUrl {
        BaseUrl::of(&Uri::from_static("http://127.0.0.1:18080/api/v4/projects")).expect("base")
    }

    fn rewritten(body: &str) -> Option<String> {
        base()
            .rewrite(body.as_bytes())
            .map(|out| String::from_utf8(out).expect("UTF-8"))
    }

    #[test]
    fn the_instance_urls_take_the_reached_base_url() {
        let body = r#"{"web_url": "https://gitlab.example.com/diaspora/client", "avatar_url": "http://gitlab.example.com/uploads/a.png", "url": "https://gitlab.example.com", "q": "https://gitlab.example.com?x=1#y"}"#;
        assert_eq!(
            rewritten(body).as_deref(),
            Some(
                r#"{"web_url": "http://127.0.0.1:18080/diaspora/client", "avatar_url": "http://127.0.0.1:18080/uploads/a.png", "url": "http://127.0.0.1:18080", "q": "http://127.0.0.1:18080?x=1#y"}"#
            )
        );
    }

    #[test]
    fn ssh_urls_take_the_host_and_a_dsn_keeps_its_key() {
        let body = r#"["git@gitlab.example.com:group/p.git", "ssh://user@gitlab.example.com/snippets/65.git", "ssh://gitlab.example.com/root/p.git", "https://glet_0ff9@gitlab.example.com/api/v4/error_tracking/collector/5"]"#;
        assert_eq!(
            rewritten(body).as_deref(),
            Some(
                r#"["git@127.0.0.1:group/p.git", "ssh://user@127.0.0.1/snippets/65.git", "ssh://127.0.0.1/root/p.git", "http://glet_0ff9@127.0.0.1:18080/api/v4/error_tracking/collector/5"]"#
            )
        );
    }

    #[test]
    fn other_hosts_names_and_text_are_left_as_documented() {
        for body in [
            r#"{"web_url": "https://www.gravatar.com/avatar/1"}"#,
            r#"{"prefix": "registry.gitlab.example.com/group/p"}"#,
            r#"{"external_url": "https://deploy.gitlab.example.com"}"#,
            r#"{"hostname": "gitlab.example.com"}"#,
            r#"{"location": "gitlab.example.com:5000/group/p"}"#,
            r#"{"email": "john@gitlab.example.com"}"#,
            r#"{"url": "https://gitlab.example.community/x"}"#,
            r#"{"url": "https://gitlab.example.com:8443/x"}"#,
            r#"{"note": "see https://gitlab.example.com/x"}"#,
            r#"{"note": "\"https://gitlab.example.com/x"}"#,
            "gitlab.example.com",
        ] {
            assert_eq!(rewritten(body), None, "{body}");
        }
    }

    #[test]
    fn only_a_known_host_is_a_base_url() {
        assert_eq!(BaseUrl::of(&Uri::from_static("/api/v4/projects")), None);
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, "localhost:3000".parse().expect("value"));
        headers.insert("x-forwarded-proto", "https".parse().expect("value"));
        let reached = BaseUrl::of_request(&Uri::from_static("/api/v4"), &headers).expect("base");
        let out = reached
            .rewrite(br#"["https://gitlab.example.com/a", "git@gitlab.example.com:a"]"#)
            .expect("rewritten");
        assert_eq!(out, br#"["https://localhost:3000/a", "git@localhost:a"]"#);
    }
}
