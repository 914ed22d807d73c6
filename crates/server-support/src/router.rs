//! Finishing the generated routes into a complete GitLab-like server.
//!
//! The generated code only knows its operations; everything GitLab does around them (unknown
//! routes, wrong methods, panics, limits, CORS, request logging) is layered on here.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, Method, Uri, header};
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{Any, CorsLayer};

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

/// Pagination headers browsers may read.
const EXPOSED_HEADERS: [&str; 8] = [
    "link",
    "x-page",
    "x-per-page",
    "x-next-page",
    "x-prev-page",
    "x-total",
    "x-total-pages",
    "retry-after",
];

/// Nests `api_routes` under `config.base_path` and adds GitLab's behaviour around them, logging
/// each request to stderr. See [`finish_with_log`].
pub fn finish(api_routes: Router, config: Arc<ServerConfig>) -> Router {
    finish_with_log(api_routes, config, stderr_sink())
}

/// Like [`finish`], with `site_routes` served beside the API at their own paths (outside the
/// base path: a docs page, a redirect), under the same layers, so they are logged too.
pub fn finish_with_site(
    api_routes: Router,
    site_routes: Router,
    config: Arc<ServerConfig>,
) -> Router {
    assemble(api_routes, site_routes, config, stderr_sink())
}

/// Like [`finish`], with request log lines sent to `log` instead of stderr.
///
/// Added behaviour: unknown routes answer 404 `{"error":"404 Not Found"}`; axum's empty 405
/// answers become GitLab's JSON with the `Allow` header kept; a panicking handler answers 500
/// JSON and the server keeps serving; bodies declared larger than `config.body_limit` (and any
/// plain 413 from axum's extractors, which are limited to the same size) answer 413 JSON;
/// request targets longer than `config.uri_limit` answer 414 even on unknown routes; CORS is
/// open to any origin for the API's methods and auth headers and exposes the pagination headers.
/// Each request is logged as `METHOD /path?query STATUS 12ms`, with the values of
/// `private_token`, `access_token` and `job_token` replaced by `[REDACTED]`; no header is logged.
///
/// Apply no `Router::layer` to `api_routes` itself: axum then drops the `Allow` header of its
/// 405 answers (the 405 stays JSON, with an empty `Allow`). Layers belong on the returned router.
pub fn finish_with_log(api_routes: Router, config: Arc<ServerConfig>, log: LogSink) -> Router {
    assemble(api_routes, Router::new(), config, log)
}

fn assemble(
    api_routes: Router,
    site_routes: Router,
    config: Arc<ServerConfig>,
    log: LogSink,
) -> Router {
    let base = config.base_path.trim_end_matches('/');
    // axum refuses to nest at the root, so an empty base path merges the routes directly.
    let routes = if base.is_empty() {
        api_routes
    } else {
        Router::new().nest(base, api_routes)
    };
    let routes = routes.merge(site_routes);
    let routes = routes.fallback(|| async { ApiError::RouteNotFound });
    let limits = Arc::clone(&config);
    // The layers wrap the finished router as one service: `Router::layer` on the routes
    // themselves would wrap every method router, and axum then leaves out their `Allow` header.
    Router::new()
        .fallback_service(routes)
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::Internal.into_response()
        }))
        .layer(from_fn(move |request, next| {
            check_limits(Arc::clone(&limits), request, next)
        }))
        .layer(from_fn(normalize_errors))
        .layer(cors())
        .layer(from_fn(move |request, next| {
            log_request(Arc::clone(&log), request, next)
        }))
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

/// The CORS policy: any origin, the API's methods and auth headers.
fn cors() -> CorsLayer {
    let allowed = [
        "private-token",
        "authorization",
        "sudo",
        "job-token",
        "content-type",
    ];
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
            Method::HEAD,
            Method::OPTIONS,
        ])
        .allow_headers(allowed.map(HeaderName::from_static))
        .expose_headers(EXPOSED_HEADERS.map(HeaderName::from_static))
}

/// Rejects over-long targets and over-large declared bodies before routing.
async fn check_limits(config: Arc<ServerConfig>, request: Request, next: Next) -> Response {
    let target = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if target > config.uri_limit {
        return ApiError::UriTooLong.into_response();
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > config.body_limit) {
        return ApiError::PayloadTooLarge.into_response();
    }
    next.run(request).await
}

/// Replaces axum's plain 405 and 413 answers with GitLab's JSON ones.
async fn normalize_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    match response.status().as_u16() {
        405 => {
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
        }
        413 => ApiError::PayloadTooLarge.into_response(),
        _ => response,
    }
}

/// Logs one line per request once the response is ready.
async fn log_request(log: LogSink, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let target = redacted_target(request.uri());
    let response = next.run(request).await;
    log(&format!(
        "{method} {target} {} {}ms",
        response.status().as_u16(),
        started.elapsed().as_millis()
    ));
    response
}

/// The path and query of `uri` with secret query values replaced by `[REDACTED]`.
#[must_use]
pub fn redacted_target(uri: &Uri) -> String {
    let Some(query) = uri.query() else {
        return uri.path().to_owned();
    };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let raw_key = pair.split_once('=').map_or(pair, |(k, _)| k);
            // Compare decoded keys so `private%5Ftoken` cannot slip through.
            let key = decode_component(raw_key).to_ascii_lowercase();
            if SECRET_PARAMS.contains(&key.as_str()) {
                format!("{raw_key}=[REDACTED]")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    format!("{}?{}", uri.path(), pairs.join("&"))
}
