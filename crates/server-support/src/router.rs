//! Finishing the generated routes into a complete GitLab-like server.
//!
//! The generated code only knows its operations; everything GitLab does around them (unknown
//! routes, wrong methods, panics, limits, CORS, request logging) is layered on here.

use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderMap, HeaderValue, Method, Uri, header};
use axum::response::{IntoResponse, Response};
use futures_util::FutureExt;
use tower::{Layer, Service};

use crate::config::ServerConfig;
use crate::error::ApiError;
use crate::form::decode_component;

/// Receives one line per request; [`finish`] prints them to stderr.
pub type LogSink = Arc<dyn Fn(&str) + Send + Sync>;

/// Query parameters whose values are secrets and never logged.
const SECRET_PARAMS: [&str; 3] = ["private_token", "access_token", "job_token"];

/// Methods that may appear in an `Allow` header; `ApiError::MethodNotAllowed` needs them static.
const KNOWN_METHODS: [&str; 9] = [
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
];

/// The name of `method` as a `'static` text, for an `Allow` header; `None` for extension
/// methods.
pub(crate) fn static_method_name(method: &Method) -> Option<&'static str> {
    KNOWN_METHODS
        .iter()
        .copied()
        .find(|known| *known == method.as_str())
}

/// Adds GitLab's behaviour around `routes`, logging each request to stderr. See
/// [`finish_with_log`].
pub fn finish(routes: Router, config: Arc<ServerConfig>) -> GitLabApp {
    finish_with_log(routes, config, stderr_sink())
}

/// Like [`finish`], with request log lines sent to `log` instead of stderr.
///
/// `routes` are registered at their full paths: the operations under `config.base_path`
/// (the generated `routes()` does this), anything else (a docs page, a redirect) wherever it
/// belongs. They are not nested, because nesting costs every request a rewritten URI.
///
/// Added behaviour: unknown routes answer 404 `{"error":"404 Not Found"}` (axum's empty 404,
/// from routes without the operations' table, too); axum's empty 405
/// answers become GitLab's JSON with the `Allow` header kept; a panicking handler answers 500
/// JSON and the server keeps serving; bodies declared larger than `config.body_limit` (and any
/// plain 413 from axum's extractors, which are limited to the same size) answer 413 JSON;
/// request targets longer than `config.uri_limit` answer 414 even on unknown routes; CORS is
/// open to any origin for the API's methods and auth headers and exposes the pagination headers
/// (on answers to requests with an `Origin` header).
/// Each request is logged as `METHOD /path?query STATUS 12ms`, with the values of
/// `private_token`, `access_token` and `job_token` replaced by `[REDACTED]`; no header is logged.
///
/// Apply no `Router::layer` to `routes` itself: axum then drops the `Allow` header of its
/// 405 answers (the 405 stays JSON, with an empty `Allow`). To add middleware, wrap the
/// returned [`GitLabApp`] (it is a `tower` service) and serve it with
/// `Router::new().fallback_service(..)`.
pub fn finish_with_log(routes: Router, config: Arc<ServerConfig>, log: LogSink) -> GitLabApp {
    // No fallback is added: the operations' table is the routes' fallback (see
    // `Routes::with_state`), and axum's own empty 404 becomes GitLab's (`normalize_error`).
    // The body limit wraps the finished router as one service: `Router::layer` on the routes
    // themselves would wrap every method router, and axum then leaves out their `Allow` header.
    let inner = DefaultBodyLimit::max(config.body_limit).layer(routes);
    GitLabApp { inner, config, log }
}

/// A finished server: the routes with everything [`finish`] adds around them, as one service
/// rather than a stack of middleware (each layer of a stack clones its inner service and boxes
/// a future per request, which for a mock answering cached examples costs more than the handler
/// itself).
///
/// Serve it with `axum::serve(listener, app)`, or call it as a `tower::Service` in tests.
#[derive(Clone)]
pub struct GitLabApp {
    /// The routes, with the body limit applied.
    inner: <DefaultBodyLimit as Layer<Router>>::Service,
    /// Limits.
    config: Arc<ServerConfig>,
    /// Where log lines go.
    log: LogSink,
}

impl std::fmt::Debug for GitLabApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitLabApp")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Service<Request> for GitLabApp {
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let started = Instant::now();
        let method = request.method().clone();
        let target = request.uri().clone();
        let early = check_limits(&self.config, &request).or_else(|| preflight(&request));
        let cross_origin = request.headers().contains_key(header::ORIGIN);
        // The router is always ready and shares its routes: it is called in place. A panic
        // while routing is caught like one in a handler.
        let routed = match early {
            Some(response) => Err(response),
            None => std::panic::catch_unwind(AssertUnwindSafe(|| self.inner.call(request)))
                .map_err(|_| ApiError::Internal.into_response()),
        };
        let log = Arc::clone(&self.log);
        Box::pin(async move {
            let mut response = match routed {
                Err(response) => response,
                Ok(routed) => AssertUnwindSafe(routed).catch_unwind().await.map_or_else(
                    |_| ApiError::Internal.into_response(),
                    |r| match r {
                        Ok(response) => response,
                        Err(never) => match never {},
                    },
                ),
            };
            normalize_error(&mut response);
            add_cors_headers(response.headers_mut(), cross_origin);
            let mut line = String::with_capacity(64 + target.path().len());
            line.push_str(method.as_str());
            line.push(' ');
            write_redacted_target(&target, &mut line);
            line.push(' ');
            line.push_str(response.status().as_str());
            line.push(' ');
            line.push_str(itoa::Buffer::new().format(started.elapsed().as_millis()));
            line.push_str("ms");
            log(&line);
            Ok(response)
        })
    }
}

/// `axum::serve(listener, app)`: every connection is served by a clone of the app.
impl<L: axum::serve::Listener> Service<axum::serve::IncomingStream<'_, L>> for GitLabApp {
    type Response = Self;
    type Error = Infallible;
    type Future = std::future::Ready<Result<Self, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _connection: axum::serve::IncomingStream<'_, L>) -> Self::Future {
        std::future::ready(Ok(self.clone()))
    }
}

/// Lines waiting for the background writer.
static PENDING: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

/// A log sink that appends lines to a buffer which a background thread writes to stderr every
/// few milliseconds: a request neither waits for a write system call nor wakes a thread, which
/// on a small machine costs more than the rest of the logging. Call [`flush_log`] before the
/// process exits so the last lines are not lost.
fn stderr_sink() -> LogSink {
    static WRITER: std::sync::Once = std::sync::Once::new();
    WRITER.call_once(|| {
        let spawned = std::thread::Builder::new()
            .name("request-log".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    flush_log();
                }
            });
        if spawned.is_err() {
            eprintln!("request log: no writer thread; lines are written when flushed");
        }
    });
    Arc::new(|line: &str| {
        if let Ok(mut pending) = PENDING.lock() {
            pending.extend_from_slice(line.as_bytes());
            pending.push(b'\n');
        }
    })
}

/// Writes the request log lines not yet written to stderr.
pub fn flush_log() {
    use std::io::Write;
    // Held from taking the lines until they are written, so that a flush at exit waits for a
    // write the background thread has started.
    static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _writing = WRITING.lock();
    let lines = match PENDING.lock() {
        Ok(mut pending) if !pending.is_empty() => std::mem::take(&mut *pending),
        _ => return,
    };
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(&lines);
    let _ = err.flush();
}

/// Headers a browser may send cross-origin.
const ALLOWED_HEADERS: &str = "private-token,authorization,sudo,job-token,content-type";
/// Methods a browser may use cross-origin.
const ALLOWED_METHODS: &str = "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS";

/// Answers a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`): any origin may
/// use the API's methods and auth headers.
fn preflight(request: &Request) -> Option<Response> {
    if request.method() != Method::OPTIONS
        || !request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
    {
        return None;
    }
    let mut response = Response::new(axum::body::Body::empty());
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static(ALLOWED_METHODS),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static(ALLOWED_HEADERS),
    );
    headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("7200"),
    );
    Some(response)
}

/// Opens answers to cross-origin requests (those with an `Origin` header, which browsers send
/// on every CORS request) to any origin and lets browsers read the pagination headers, as
/// GitLab does. `Vary: Origin` goes on every answer, so caches keep the two kinds apart.
fn add_cors_headers(headers: &mut HeaderMap, cross_origin: bool) {
    static EXPOSED: &str =
        "link,x-page,x-per-page,x-next-page,x-prev-page,x-total,x-total-pages,retry-after";
    if cross_origin {
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static(EXPOSED),
        );
    }
    headers.insert(header::VARY, HeaderValue::from_static("origin"));
}

/// Rejects over-long targets and over-large declared bodies before routing.
fn check_limits(config: &ServerConfig, request: &Request) -> Option<Response> {
    let target = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if target > config.uri_limit {
        return Some(ApiError::UriTooLong.into_response());
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    declared
        .is_some_and(|length| length > config.body_limit)
        .then(|| ApiError::PayloadTooLarge.into_response())
}

/// Replaces axum's plain 404, 405 and 413 answers with GitLab's JSON ones.
fn normalize_error(response: &mut Response) {
    let status = response.status().as_u16();
    if !matches!(status, 404 | 405 | 413) {
        return;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    // A 404 with any body is an answer (SCIM's is `application/scim+json`); axum's has none.
    if is_json || (status == 404 && response.headers().contains_key(header::CONTENT_TYPE)) {
        return;
    }
    *response = if status == 404 {
        ApiError::RouteNotFound.into_response()
    } else if status == 405 {
        let allow = response
            .headers()
            .get_all(header::ALLOW)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|m| {
                KNOWN_METHODS
                    .iter()
                    .copied()
                    .find(|known| known.eq_ignore_ascii_case(m.trim()))
            })
            .collect();
        ApiError::MethodNotAllowed { allow }.into_response()
    } else {
        ApiError::PayloadTooLarge.into_response()
    };
}

/// The path and query of `uri` with secret query values replaced by `[REDACTED]`.
#[must_use]
pub fn redacted_target(uri: &Uri) -> String {
    let mut out = String::new();
    write_redacted_target(uri, &mut out);
    out
}

/// Appends [`redacted_target`] to `out`.
fn write_redacted_target(uri: &Uri, out: &mut String) {
    out.push_str(uri.path());
    let Some(query) = uri.query() else {
        return;
    };
    out.push('?');
    // A secret's key contains `token` (or, spelled with escapes, a `%`): any other query is
    // logged as sent.
    let may_hold_secret = query.contains('%')
        || query
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"token"));
    if !may_hold_secret {
        out.push_str(query);
        return;
    }
    for (i, pair) in query.split('&').enumerate() {
        if i > 0 {
            out.push('&');
        }
        let raw_key = pair.split_once('=').map_or(pair, |(k, _)| k);
        // Compare decoded keys so `private%5Ftoken` cannot slip through.
        let key = decode_component(raw_key).to_ascii_lowercase();
        if SECRET_PARAMS.contains(&key.as_str()) {
            out.push_str(raw_key);
            out.push_str("=[REDACTED]");
        } else {
            out.push_str(pair);
        }
    }
}
