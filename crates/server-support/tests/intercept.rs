//! The generic handler path with and without an [`Intercept`]: the method's typed input is
//! decoded straight from the request, and an intercept alone sees the coerced values in
//! `Input::values`, after validation.

mod common;

use std::sync::{Arc, Mutex};

use axum::response::{IntoResponse, Response};
use common::{USER_TOKEN, config, json_of, serve_with};
use gitlab_server_support::{Input, Intercept, OperationSpec, ServerConfig};
use serde_json::{Map, Value, json};

/// Answers `/pages` itself when `count` is 7, and records what every request's values were.
struct Recorder(Arc<Mutex<Seen>>);

/// The operation and the values of every request an intercept was asked about.
type Seen = Vec<(String, Map<String, Value>)>;

impl Intercept for Recorder {
    fn answer(&self, spec: &'static OperationSpec, input: &Input) -> Option<Response> {
        if let Ok(mut seen) = self.0.lock() {
            seen.push((spec.id.to_owned(), input.values.clone()));
        }
        (input.values.get("count") == Some(&json!(7)))
            .then(|| axum::Json(json!({"intercepted": input.values})).into_response())
    }
}

async fn get(server: &common::Server, query: &str) -> (u16, Value) {
    let response = server
        .client
        .get(server.url(&format!("/api/v4/pages?{query}")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    json_of(response).await
}

#[tokio::test]
async fn an_intercept_sees_the_coerced_values_and_may_answer() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let server = serve_with(ServerConfig {
        intercept: Some(Arc::new(Recorder(Arc::clone(&seen)))),
        ..config()
    })
    .await;
    // Sent as text, coerced to the declared kinds; parameters not sent are absent.
    let (status, body) = get(&server, "count=7&answer=page").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({"intercepted": {"count": 7, "answer": "page"}}));
    // Not answered by the intercept: the application answers from its typed input.
    let (status, body) = get(&server, "cursor=c&count=3").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!([{"id": 1}, {"id": 2}, {"id": 3}]));
    // An invalid request is answered before the intercept is asked.
    let (status, body) = get(&server, "count=seven").await;
    assert_eq!(status, 400);
    assert_eq!(body, json!({"message": {"count": ["is invalid"]}}));
    let seen = seen.lock().expect("lock").clone();
    let values: Vec<(String, Value)> = seen
        .into_iter()
        .map(|(id, values)| (id, Value::Object(values)))
        .collect();
    assert_eq!(
        values,
        vec![
            (
                "listPages".to_owned(),
                json!({"count": 7, "answer": "page"})
            ),
            ("listPages".to_owned(), json!({"count": 3, "cursor": "c"})),
        ]
    );
}

#[tokio::test]
async fn without_an_intercept_the_typed_input_is_decoded_from_the_request() {
    let server = serve_with(config()).await;
    let (status, body) = get(&server, "count=2&answer=uncounted").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!([{"id": 1}, {"id": 2}]));
    // A value the typed input rejects after coercion is named as `Input::decode` names it:
    // `count` is a `u64` there, an `Integer` in the spec.
    let (status, body) = get(&server, "count=-1").await;
    assert_eq!(status, 400);
    assert_eq!(body, json!({"message": {"count": ["is invalid"]}}));
}
