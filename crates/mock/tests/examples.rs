//! The example-backed implementation answers operations with the examples of
//! `spec/openapi-3.0.json` (read at test time): the body of `GET /version`, `POST` with its
//! documented 201 and example body, `DELETE` with its documented 204 and no body, and a list with
//! its example as the body plus pagination headers.

use gitlab_mock::SAMPLE_ADMIN_TOKEN;
use gitlab_mock::{Options, app};
use serde_json::Value;

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../spec/openapi-3.0.json"
    ))
    .expect("spec/openapi-3.0.json");
    serde_json::from_str(&text).expect("spec JSON")
}

/// The success status (the only 2xx) and its example, if any.
fn documented(spec: &Value, path: &str, method: &str) -> (u16, Option<Value>) {
    let responses = spec["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} not in the spec"));
    let success: Vec<(&String, &Value)> = responses
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    assert_eq!(success.len(), 1, "{method} {path}: {:?}", responses.keys());
    let (code, response) = success[0];
    let example = response["content"]["application/json"]["example"].clone();
    (
        code.parse().expect("numeric status"),
        (!example.is_null()).then_some(example),
    )
}

async fn start() -> (String, reqwest::Client, Value) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let router = app(&Options::default());
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    let client = reqwest::Client::builder().build().expect("client");
    (base, client, spec())
}

#[tokio::test]
async fn get_version_answers_exactly_its_example() {
    let (base, client, spec) = start().await;

    // GET /version: 200 and exactly the example.
    let (status, example) = documented(&spec, "/version", "get");
    let response = client
        .get(format!("{base}/api/v4/version"))
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), status);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(Some(body), example, "GET /version");
}

#[tokio::test]
async fn post_answers_the_documented_201_with_its_example() {
    let (base, client, spec) = start().await;
    // POST /projects/{id}/issues: the documented 201 and its example.
    let (status, example) = documented(&spec, "/projects/{id}/issues", "post");
    assert_eq!(status, 201);
    let response = client
        .post(format!("{base}/api/v4/projects/1/issues"))
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
        // Reached as the examples' instance, the mock answers their URLs unchanged.
        .header("Host", "gitlab.example.com")
        .header("X-Forwarded-Proto", "https")
        .json(&serde_json::json!({"title": "t"}))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), status);
    let body: Value = response.json().await.expect("JSON");
    // The example names the instance with `http://` in places; reached over https, the mock
    // names it with `https://` throughout.
    let example = example.map(|example| {
        let text = example.to_string().replace(
            "\"http://gitlab.example.com",
            "\"https://gitlab.example.com",
        );
        serde_json::from_str::<Value>(&text).expect("JSON")
    });
    assert_eq!(Some(body), example, "POST /projects/{{id}}/issues");
}

#[tokio::test]
async fn delete_answers_the_documented_status_without_a_body() {
    let (base, client, spec) = start().await;
    // DELETE /projects/{id}/issues/{issue_iid}: the documented status, no body.
    let (status, example) = documented(&spec, "/projects/{id}/issues/{issue_iid}", "delete");
    assert!(matches!(status, 202 | 204), "{status}");
    let response = client
        .delete(format!("{base}/api/v4/projects/1/issues/14"))
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), status);
    if status == 204 {
        assert_eq!(response.text().await.expect("body"), "");
    } else {
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(Some(body), example);
    }
}

#[tokio::test]
async fn list_answers_its_example_with_pagination_headers() {
    let (base, client, spec) = start().await;
    // A list: the example as the body and pagination headers for it.
    let (status, example) = documented(&spec, "/topics", "get");
    let example = example.expect("listTopics has an example");
    let response = client
        .get(format!("{base}/api/v4/topics"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), status);
    let count = example.as_array().expect("array example").len().to_string();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("x-total"), Some(count));
    assert_eq!(header("x-total-pages").as_deref(), Some("1"));
    assert_eq!(header("x-page").as_deref(), Some("1"));
    assert_eq!(header("x-per-page").as_deref(), Some("20"));
    let link = format!("{base}/api/v4/topics?page=1&per_page=20");
    assert_eq!(
        header("link"),
        Some(format!("<{link}>; rel=\"first\", <{link}>; rel=\"last\""))
    );
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body, example, "GET /topics");
}
