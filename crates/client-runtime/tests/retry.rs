//! Retries for rate limits, gateway errors and their limits.

mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{Server, json, reply};
use gitlab_client_runtime::{Client, Credentials, Method, Request, RetryPolicy};
use serde_json::json as j;

fn client(server: &Server, policy: RetryPolicy) -> Client {
    Client::builder(&server.base)
        .base_path("/api/v4")
        .retry(policy)
        .build()
        .unwrap()
}

/// Answers the first `failures` requests with `status` and `headers`, then 200.
async fn flaky(
    failures: usize,
    status: u16,
    headers: &'static [(&'static str, &'static str)],
) -> Server {
    Server::start(move |_, index| {
        if index < failures {
            reply(status, headers, "{}")
        } else {
            json(200, j!({"ok": true}))
        }
    })
    .await
}

#[tokio::test]
async fn rate_limit_waits_for_retry_after() {
    let server = flaky(1, 429, &[("retry-after", "1")]).await;
    let started = Instant::now();
    client(&server, common::fast_retry())
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn rate_limit_waits_for_ratelimit_reset() {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // A reset time in the past means "retry now"; it must still be retried.
    let reset: &'static str = Box::leak((now - 5).to_string().into_boxed_str());
    let headers: &'static [(&'static str, &'static str)] =
        Box::leak(vec![("ratelimit-reset", reset)].into_boxed_slice());
    let server = flaky(2, 429, headers).await;
    client(&server, common::fast_retry())
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 3);

    // A reset far in the future exceeds max_elapsed, so the 429 is returned.
    let future: &'static str = Box::leak((now + 3600).to_string().into_boxed_str());
    let headers: &'static [(&'static str, &'static str)] =
        Box::leak(vec![("ratelimit-reset", future)].into_boxed_slice());
    let server = flaky(1, 429, headers).await;
    let err = client(&server, common::fast_retry())
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn get_is_retried_after_503() {
    let server = flaky(2, 503, &[]).await;
    client(&server, common::fast_retry())
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn post_is_not_repeated_after_503_unless_allowed() {
    let server = flaky(1, 503, &[]).await;
    let err = client(&server, common::fast_retry())
        .send_empty(Request::new(Method::POST, "/x"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 1);

    let mut request = Request::new(Method::POST, "/x");
    request.idempotent(true);
    let server = flaky(1, 503, &[]).await;
    client(&server, common::fast_retry())
        .send_empty(request)
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = flaky(1, 503, &[]).await;
    let policy = common::fast_retry().retry_non_idempotent(true);
    client(&server, policy)
        .send_empty(Request::new(Method::POST, "/x"))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn post_is_retried_after_429() {
    let server = flaky(1, 429, &[("retry-after", "0")]).await;
    let mut request = Request::new(Method::POST, "/x");
    request.json(&j!({"title": "t"})).unwrap();
    client(&server, common::fast_retry())
        .send_empty(request)
        .await
        .unwrap();
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].body, seen[1].body, "the body is sent again in full");
}

#[tokio::test]
async fn attempts_are_capped() {
    let server = flaky(usize::MAX, 502, &[]).await;
    let err = client(&server, common::fast_retry().max_attempts(3))
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn elapsed_time_is_capped() {
    let server = flaky(usize::MAX, 504, &[]).await;
    let policy = RetryPolicy::none()
        .max_attempts(100)
        .base_delay(Duration::from_millis(40))
        .max_delay(Duration::from_millis(40))
        .max_elapsed(Duration::from_millis(100))
        .jitter(false);
    let err = client(&server, policy)
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(504));
    // Waits of 40ms fit twice into 100ms, so there are at most three attempts.
    let attempts = server.requests().len();
    assert!((2..=3).contains(&attempts), "{attempts}");
}

#[tokio::test]
async fn connection_failures_are_retried_for_get_only() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder(format!("http://{address}"))
        .credentials(Credentials::Anonymous)
        .retry(common::fast_retry().max_attempts(3))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .send_empty(Request::new(Method::GET, "/x"))
        .await
        .unwrap_err();
    assert!(matches!(err, gitlab_client_runtime::Error::Transport(_)));
    // Two backoff waits of 5ms and 10ms happened before giving up.
    assert!(started.elapsed() >= Duration::from_millis(15));
    let started = Instant::now();
    client
        .send_empty(Request::new(Method::POST, "/x"))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(15));
}
