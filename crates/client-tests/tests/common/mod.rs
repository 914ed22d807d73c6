//! A scripted HTTP server on 127.0.0.1 for the end-to-end tests: it records every request as
//! it arrived (raw URI, headers, body) and answers with whatever the test's script returns.

#![allow(dead_code)] // Each test binary uses a different part of this module.

use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Request, StatusCode};
use axum::response::Response;
use gitlab_client::{Client, Credentials, RetryPolicy};

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: Method,
    /// Path and query exactly as sent (still percent-encoded).
    pub uri: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn path(&self) -> &str {
        self.uri.split('?').next().unwrap_or("")
    }

    pub fn query(&self) -> &str {
        self.uri.split_once('?').map_or("", |(_, q)| q)
    }

    /// Query pairs, decoded.
    pub fn pairs(&self) -> Vec<(String, String)> {
        url_decode_pairs(self.query())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the request body is JSON")
    }
}

/// What the script answers.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(value).expect("json"),
        }
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Script = dyn Fn(&Seen, usize) -> Answer + Send + Sync;

/// A running server.
pub struct Server {
    pub base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Starts a server whose answers come from `script(request, index of the request)`.
    pub async fn start(script: impl Fn(&Seen, usize) -> Answer + Send + Sync + 'static) -> Self {
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let script: Arc<Script> = Arc::new(script);
        let recorder = seen.clone();
        let app = axum::Router::new().fallback(move |request: Request<Body>| {
            let recorder = recorder.clone();
            let script = script.clone();
            async move {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX)
                    .await
                    .unwrap_or_default();
                let seen = Seen {
                    method: parts.method,
                    uri: parts.uri.to_string(),
                    headers: parts.headers,
                    body,
                };
                let index = {
                    let mut list = recorder.lock().expect("lock");
                    list.push(seen.clone());
                    list.len() - 1
                };
                let answer = script(&seen, index);
                let mut response = Response::new(Body::from(answer.body));
                *response.status_mut() = StatusCode::from_u16(answer.status).expect("status");
                for (name, value) in answer.headers {
                    response.headers_mut().append(
                        HeaderName::from_bytes(name.as_bytes()).expect("name"),
                        HeaderValue::from_str(&value).expect("value"),
                    );
                }
                response
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Self {
            base: format!("http://{address}"),
            seen,
        }
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }

    /// A client of this server with a personal access token and fast retries.
    pub fn client(&self) -> Client {
        self.client_with(Credentials::private_token("glpat-secret"))
    }

    pub fn client_with(&self, credentials: Credentials) -> Client {
        Client::builder(&self.base)
            .credentials(credentials)
            .retry(fast_retries())
            .build()
            .expect("client")
    }

    /// The URL of `path_and_query` on this server, under the API's base path.
    pub fn url(&self, path_and_query: &str) -> String {
        format!(
            "{}{}{}",
            self.base,
            gitlab_client::BASE_PATH,
            path_and_query
        )
    }
}

/// Retries that wait milliseconds, not seconds, so tests stay fast.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        base_delay: std::time::Duration::from_millis(5),
        max_delay: std::time::Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

fn url_decode_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(byte) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("utf-8")
}

/// The spec's example issue, with a new `id`, `iid` and title.
pub fn issue(id: i64) -> serde_json::Value {
    let mut issue = example("/projects/{id}/issues", "get")[0].clone();
    issue["id"] = id.into();
    issue["iid"] = id.into();
    issue["title"] = format!("Issue {id}").into();
    issue
}

/// The spec's example project, with a new `id`.
pub fn project(id: i64) -> serde_json::Value {
    let mut project = example("/projects", "get")[0].clone();
    project["id"] = id.into();
    project
}

/// The example of an operation's success answer, from the published 3.0 document.
pub fn example(path: &str, method: &str) -> serde_json::Value {
    static DOCUMENT: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    let document = DOCUMENT.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../spec/openapi-3.0.json"
        ))
        .expect("spec/openapi-3.0.json");
        serde_json::from_str(&text).expect("the spec is JSON")
    });
    let responses = &document["paths"][path][method]["responses"];
    let success = ["200", "201", "202"]
        .iter()
        .find_map(|code| responses.get(*code))
        .expect("a success response");
    success["content"]["application/json"]["example"].clone()
}
