//! Auth, sudo, error parsing, encoding, bodies and downloads against a real server.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use axum::Router;
use axum::extract::Multipart;
use axum::routing::post;
use common::{Server, json, reply};
use futures_util::StreamExt;
use gitlab_client_runtime::encode::path_segment;
use gitlab_client_runtime::{
    Client, Credentials, Error, IdOrPath, Method, Request, Result, RetryPolicy, Style, TokenSource,
    Upload,
};
use serde::Deserialize;
use serde_json::json as j;

fn get(path: &str) -> Request {
    Request::new(Method::GET, path)
}

async fn ok_server() -> Server {
    Server::start(|_, _| json(200, j!({"ok": true}))).await
}

#[tokio::test]
async fn every_auth_kind_reaches_the_wire() {
    let server = ok_server().await;
    let kinds = [
        (
            Credentials::private_token("s3cr3t-a"),
            "private-token",
            "s3cr3t-a",
        ),
        (
            Credentials::bearer("s3cr3t-b"),
            "authorization",
            "Bearer s3cr3t-b",
        ),
        (Credentials::job_token("s3cr3t-c"), "job-token", "s3cr3t-c"),
        (
            Credentials::session_cookie("s3cr3t-d"),
            "cookie",
            "_gitlab_session=s3cr3t-d",
        ),
    ];
    for (index, (credentials, header, expected)) in kinds.into_iter().enumerate() {
        let client = server.client(credentials.clone());
        assert!(!format!("{client:?}").contains("s3cr3t"), "{client:?}");
        assert!(!format!("{credentials:?}").contains("s3cr3t"));
        client.send_empty(get("/user")).await.unwrap();
        let seen = &server.requests()[index];
        assert_eq!(seen.header(header), Some(expected));
        assert_eq!(seen.uri, "/api/v4/user");
    }
    let client = server.client(Credentials::private_token_query("s3cr3t-e"));
    client.send_empty(get("/user")).await.unwrap();
    let client = server.client(Credentials::access_token_query("s3cr3t-f"));
    let mut request = get("/user");
    request.query_mut().push("a", "1");
    client.send_empty(request).await.unwrap();
    server
        .client(Credentials::Anonymous)
        .send_empty(get("/user"))
        .await
        .unwrap();

    let seen = server.requests();
    assert_eq!(seen[4].uri, "/api/v4/user?private_token=s3cr3t-e");
    assert_eq!(seen[5].uri, "/api/v4/user?a=1&access_token=s3cr3t-f");
    let anonymous = &seen[6];
    assert_eq!(anonymous.uri, "/api/v4/user");
    for header in ["private-token", "authorization", "job-token", "cookie"] {
        assert!(anonymous.header(header).is_none(), "{header}");
    }
}

#[tokio::test]
async fn transport_errors_never_show_query_tokens() {
    // Bind and drop a listener so the port is known to be closed.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder(format!("http://{address}/api/v4"))
        .credentials(Credentials::private_token_query("leaky-secret"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.send_empty(get("/user")).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let mut text = format!("{err} {err:?}");
    let mut source = std::error::Error::source(&err);
    while let Some(inner) = source {
        text.push_str(&format!(" {inner} {inner:?}"));
        source = inner.source();
    }
    assert!(!text.contains("leaky-secret"), "{text}");
    assert!(!text.contains("private_token="), "{text}");
}

/// A token source whose first token is stale.
#[derive(Debug)]
struct Rotating {
    fresh: AtomicBool,
    can_refresh: bool,
    refreshes: AtomicUsize,
}

impl TokenSource for Rotating {
    fn credentials(
        &self,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<Credentials>> + Send + '_>> {
        let token = if self.fresh.load(Ordering::SeqCst) {
            "new"
        } else {
            "old"
        };
        Box::pin(async move { Ok(Credentials::bearer(token)) })
    }

    fn refresh(&self) -> std::pin::Pin<Box<dyn Future<Output = Result<bool>> + Send + '_>> {
        Box::pin(async move {
            self.refreshes.fetch_add(1, Ordering::SeqCst);
            if self.can_refresh {
                self.fresh.store(true, Ordering::SeqCst);
            }
            Ok(self.can_refresh)
        })
    }
}

#[tokio::test]
async fn token_source_refreshes_after_401() {
    let server = Server::start(|request, _| match request.header("authorization") {
        Some("Bearer new") => json(200, j!({"id": 1})),
        _ => json(401, j!({"message": "401 Unauthorized"})),
    })
    .await;
    for can_refresh in [true, false] {
        let source = Arc::new(Rotating {
            fresh: AtomicBool::new(false),
            can_refresh,
            refreshes: AtomicUsize::new(0),
        });
        let client = Client::builder(&server.base)
            .base_path("api/v4")
            .token_source(source.clone())
            .retry(common::fast_retry())
            .build()
            .unwrap();
        let result: Result<serde_json::Value> = client.send_json(get("/user")).await;
        if can_refresh {
            assert_eq!(result.unwrap(), j!({"id": 1}));
        } else {
            let err = result.unwrap_err();
            assert_eq!(err.status(), Some(401));
            assert_eq!(
                err.api().and_then(|a| a.message.as_deref()),
                Some("401 Unauthorized")
            );
        }
        assert_eq!(source.refreshes.load(Ordering::SeqCst), 1);
    }
    let auth: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").unwrap_or("").to_owned())
        .collect();
    assert_eq!(auth, ["Bearer old", "Bearer new", "Bearer old"]);
}

#[tokio::test]
async fn sudo_per_client_and_per_request() {
    let server = ok_server().await;
    let base = server.client(Credentials::private_token("t"));
    assert_eq!(base.sudo_user(), None);
    let alice = base.with_sudo("alice");
    assert_eq!(alice.sudo_user(), Some("alice"));
    alice.send_empty(get("/a")).await.unwrap();
    let mut request = get("/b");
    request.sudo(Some("bob".into()));
    alice.send_empty(request).await.unwrap();
    let mut request = get("/c");
    request.sudo(None);
    alice.send_empty(request).await.unwrap();
    alice.without_sudo().send_empty(get("/d")).await.unwrap();
    let built = Client::builder(&server.base).sudo("carol").build().unwrap();
    built.send_empty(get("/e")).await.unwrap();

    let sudo: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("sudo").map(str::to_owned))
        .collect();
    assert_eq!(
        sudo,
        [
            Some("alice".into()),
            Some("bob".into()),
            None,
            None,
            Some("carol".into())
        ]
    );
}

#[tokio::test]
async fn error_bodies_are_parsed() {
    let server = Server::start(|request, _| match request.path() {
        "/api/v4/unauthorized" => json(401, j!({"message": "401 Unauthorized"})),
        "/api/v4/invalid" => json(
            400,
            j!({"message": {"title": ["can't be blank"], "labels": "bad", "a": {"b": ["x"]}}}),
        ),
        "/api/v4/scope" => json(
            403,
            j!({"error": "insufficient_scope", "error_description": "needs api", "scope": "api"}),
        ),
        "/api/v4/missing" => reply(
            404,
            &[("x-request-id", "req-123")],
            j!({"error": "404 Not Found"}).to_string(),
        ),
        _ => reply(
            502,
            &[("content-type", "text/html")],
            "<html>Bad Gateway</html>",
        ),
    })
    .await;
    let client = Client::builder(&server.base)
        .base_path("/api/v4")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let fail = |path: &'static str| {
        let client = client.clone();
        async move { client.send_empty(get(path)).await.unwrap_err() }
    };

    let err = fail("/unauthorized").await;
    assert_eq!(err.status(), Some(401));
    let api = err.api().unwrap();
    assert_eq!(api.message.as_deref(), Some("401 Unauthorized"));
    assert_eq!(api.to_string(), "401: 401 Unauthorized");

    let err = fail("/invalid").await;
    let api = err.api().unwrap();
    assert_eq!(api.message, None);
    assert_eq!(api.validation["title"], ["can't be blank"]);
    assert_eq!(api.validation["labels"], ["bad"]);
    assert_eq!(api.validation["a.b"], ["x"]);
    assert!(api.to_string().starts_with("400: "));

    let err = fail("/scope").await;
    let api = err.api().unwrap();
    assert_eq!(api.status(), 403);
    assert_eq!(api.error.as_deref(), Some("insufficient_scope"));
    assert_eq!(api.error_description.as_deref(), Some("needs api"));
    assert_eq!(api.scope.as_deref(), Some("api"));

    let err = fail("/missing").await;
    let api = err.api().unwrap();
    assert_eq!(api.error.as_deref(), Some("404 Not Found"));
    assert_eq!(api.request_id.as_deref(), Some("req-123"));
    assert_eq!(api.to_string(), "404: 404 Not Found");

    let err = fail("/gateway").await;
    let api = err.api().unwrap();
    assert_eq!(api.status, 502);
    assert_eq!((api.message.as_ref(), api.error.as_ref()), (None, None));
    assert_eq!(&api.body[..], b"<html>Bad Gateway</html>");
    assert_eq!(api.to_string(), "502: no message");
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Project {
    id: u64,
    name: String,
}

#[tokio::test]
async fn mismatched_or_broken_bodies_are_decode_errors() {
    let server = Server::start(|request, _| match request.path() {
        "/api/v4/wrong" => json(200, j!({"id": "not a number"})),
        _ => reply(
            200,
            &[("content-type", "application/json")],
            "{\"id\": 1, \"na",
        ),
    })
    .await;
    let client = server.client(Credentials::Anonymous);
    for path in ["/wrong", "/truncated"] {
        let err = client.send_json::<Project>(get(path)).await.unwrap_err();
        match &err {
            Error::Decode { status, body, .. } => {
                assert_eq!(*status, 200);
                assert!(!body.is_empty());
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
        assert_eq!(err.status(), Some(200));
    }
}

#[tokio::test]
async fn paths_and_queries_are_encoded_on_the_wire() {
    let server = ok_server().await;
    let client = server.client(Credentials::Anonymous);
    let project = IdOrPath::from("group/sub/project");
    let file = path_segment("lib/a+b c.rb");
    let mut request = get(&format!(
        "/projects/{}/repository/files/{file}",
        project.encoded()
    ));
    request
        .query_param("ref", "feature+x", Style::Form)
        .unwrap();
    request
        .query_param("labels[]", &["a b", "c"], Style::Form)
        .unwrap();
    request.query_param("iids", &[1, 2], Style::Comma).unwrap();
    request
        .query_param("missing", &None::<String>, Style::Form)
        .unwrap();
    request
        .query_param("confidential", &false, Style::Form)
        .unwrap();
    client.send_empty(request).await.unwrap();
    let seen = &server.requests()[0];
    assert_eq!(
        seen.path(),
        "/api/v4/projects/group%2Fsub%2Fproject/repository/files/lib%2Fa%2Bb%20c.rb"
    );
    assert_eq!(
        seen.query(),
        "ref=feature%2Bx&labels%5B%5D=a%20b&labels%5B%5D=c&iids=1%2C2&confidential=false"
    );
}

#[tokio::test]
async fn json_and_form_bodies() {
    let server = ok_server().await;
    let client = server.client(Credentials::private_token("t"));
    let mut request = Request::new(Method::POST, "/projects");
    request
        .json(&j!({"name": "demo", "visibility": "private"}))
        .unwrap();
    client.send_empty(request).await.unwrap();
    let mut request = Request::new(Method::PUT, "/projects/1");
    request.json(&j!({"description": "x"})).unwrap();
    client.send_empty(request).await.unwrap();
    let mut request = Request::new(Method::POST, "/projects/1/variables");
    request
        .form(&j!({"key": "A B", "value": "1+1", "tags": {"x": ["p", "q"]}, "skip": null}))
        .unwrap();
    client.send_empty(request).await.unwrap();

    let seen = server.requests();
    assert_eq!(seen[0].method, "POST");
    assert_eq!(seen[0].header("content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert_eq!(body, j!({"name": "demo", "visibility": "private"}));
    assert_eq!(seen[1].method, "PUT");
    assert_eq!(&seen[1].body[..], br#"{"description":"x"}"#);
    assert_eq!(
        seen[2].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        std::str::from_utf8(&seen[2].body).unwrap(),
        "key=A%20B&value=1%2B1&tags%5Bx%5D%5B%5D=p&tags%5Bx%5D%5B%5D=q"
    );
}

/// A multipart field as the server parsed it: name, file name and content.
type ReceivedPart = (String, Option<String>, Vec<u8>);

#[tokio::test]
async fn multipart_uploads_are_parsed_by_the_server() {
    let parts: Arc<std::sync::Mutex<Vec<ReceivedPart>>> = Arc::default();
    let sink = Arc::clone(&parts);
    let app = Router::new().route(
        "/api/v4/projects/{id}/uploads",
        post(move |mut multipart: Multipart| {
            let sink = Arc::clone(&sink);
            async move {
                while let Ok(Some(field)) = multipart.next_field().await {
                    let name = field.name().unwrap_or_default().to_owned();
                    let file = field.file_name().map(str::to_owned);
                    let data = field.bytes().await.unwrap_or_default().to_vec();
                    sink.lock().unwrap().push((name, file, data));
                }
                axum::Json(j!({"ok": true}))
            }
        }),
    );
    let base = common::serve(app).await;
    let client = Client::builder(base).base_path("/api/v4").build().unwrap();
    let mut request = Request::new(Method::POST, "/projects/7/uploads");
    let upload = Upload::new("notes.txt", b"hello upload".to_vec()).content_type("text/plain");
    request
        .multipart(
            &j!({"description": "a file"}),
            vec![("file".into(), upload)],
        )
        .unwrap();
    let answer: serde_json::Value = client.send_json(request).await.unwrap();
    assert_eq!(answer, j!({"ok": true}));
    let parts = parts.lock().unwrap().clone();
    assert_eq!(
        parts,
        [
            ("description".to_owned(), None, b"a file".to_vec()),
            (
                "file".to_owned(),
                Some("notes.txt".to_owned()),
                b"hello upload".to_vec()
            ),
        ]
    );
}

const CHUNK: usize = 64 * 1024;
const CHUNKS: usize = 64;

#[tokio::test]
async fn downloads_stream_in_chunks() {
    let server = Server::start(|_, _| {
        let chunks = (0..CHUNKS)
            .map(|i| Ok::<_, std::io::Error>(bytes::Bytes::from(vec![(i % 251) as u8; CHUNK])));
        let body = axum::body::Body::from_stream(futures_util::stream::iter(chunks));
        reply(
            200,
            &[
                ("content-type", "application/zip"),
                (
                    "content-disposition",
                    "attachment; filename=\"archive.zip\"; filename*=UTF-8''r%C3%A9sum%C3%A9.zip",
                ),
            ],
            body,
        )
    })
    .await;
    let client = server.client(Credentials::private_token("t"));

    let download = client
        .download(get("/projects/1/repository/archive.zip"))
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.content_type(), Some("application/zip"));
    assert_eq!(download.file_name().as_deref(), Some("résumé.zip"));
    let mut stream = std::pin::pin!(download.bytes_stream());
    let (mut total, mut pieces, mut checksum) = (0usize, 0usize, 0u64);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        total += chunk.len();
        pieces += 1;
        checksum += chunk.iter().map(|&b| u64::from(b)).sum::<u64>();
    }
    assert_eq!(total, CHUNK * CHUNKS);
    assert!(pieces > 1, "the body should arrive in several chunks");
    let expected: u64 = (0..CHUNKS).map(|i| (i % 251) as u64 * CHUNK as u64).sum();
    assert_eq!(checksum, expected);

    let download = client
        .download(get("/projects/1/repository/archive.zip"))
        .await
        .unwrap();
    let mut sink = Vec::new();
    let written = download.write_to(&mut sink).await.unwrap();
    assert_eq!(written as usize, CHUNK * CHUNKS);
    assert_eq!(sink.len(), CHUNK * CHUNKS);
    assert_eq!(sink[CHUNK * 3], 3);
}
