//! A tiny recording HTTP server for the integration tests.
//!
//! Each test starts its own axum app on an ephemeral port; the app records
//! every request exactly as it arrived and answers through a closure that
//! sees the request and how many requests came before it.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::HeaderMap;
use axum::response::Response;
use bytes::Bytes;
use gitlab_client_runtime::{Client, Credentials, RetryPolicy};

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The raw request target, e.g. `/api/v4/projects/a%2Fb?x=1`.
    pub uri: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `Host` header as a URL prefix, for building absolute links.
    pub fn origin(&self) -> String {
        format!("http://{}", self.header("host").unwrap_or("localhost"))
    }

    pub fn path(&self) -> &str {
        self.uri.split('?').next().unwrap_or_default()
    }

    pub fn query(&self) -> &str {
        self.uri.split_once('?').map(|(_, q)| q).unwrap_or_default()
    }
}

/// A running test server.
pub struct Server {
    pub base: String,
    log: Arc<Mutex<Vec<Recorded>>>,
}

impl Server {
    /// Starts a server answering every request through `respond`.
    pub async fn start<F>(respond: F) -> Server
    where
        F: Fn(&Recorded, usize) -> Response + Send + Sync + 'static,
    {
        let log: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let respond = Arc::new(respond);
        let shared = Arc::clone(&log);
        let app = Router::new().fallback(move |request: Request| {
            let log = Arc::clone(&shared);
            let respond = Arc::clone(&respond);
            async move {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX)
                    .await
                    .unwrap_or_default();
                let recorded = Recorded {
                    method: parts.method.to_string(),
                    uri: parts.uri.to_string(),
                    headers: parts.headers,
                    body,
                };
                let index = {
                    let mut log = log.lock().unwrap();
                    log.push(recorded.clone());
                    log.len() - 1
                };
                respond(&recorded, index)
            }
        });
        Server {
            base: serve(app).await,
            log,
        }
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }

    /// A client for this server's `/api/v4` with fast retries.
    pub fn client(&self, credentials: Credentials) -> Client {
        Client::builder(&self.base)
            .base_path("/api/v4")
            .credentials(credentials)
            .retry(fast_retry())
            .build()
            .unwrap()
    }
}

/// Serves `app` on 127.0.0.1 and returns its base URL.
pub async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.ok();
    });
    format!("http://{address}")
}

/// A retry policy with millisecond waits so tests stay fast.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
        .jitter(false)
}

/// A response with a status, extra headers and a body.
pub fn reply(status: u16, headers: &[(&str, &str)], body: impl Into<Body>) -> Response {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.into()).unwrap()
}

/// A JSON response.
pub fn json(status: u16, body: serde_json::Value) -> Response {
    reply(
        status,
        &[("content-type", "application/json")],
        body.to_string(),
    )
}
