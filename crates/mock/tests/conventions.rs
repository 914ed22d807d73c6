//! GitLab's conventions as the mock serves them over real HTTP on 127.0.0.1: routing and
//! `%2F` paths, 404 and 405, validation before the handler (missing, invalid, malformed, too
//! large, too long), GitLab's array and hash forms, the three body media types, every
//! authentication scheme, sudo and its three errors, and the pagination headers of the
//! example-backed implementation. Everything goes through `gitlab_mock::app`, i.e. the real
//! generated router.

use std::collections::BTreeSet;

use gitlab_mock::{Options, app};
use gitlab_mock::{SAMPLE_ADMIN_NO_SUDO_TOKEN, SAMPLE_ADMIN_TOKEN, SAMPLE_USER_TOKEN};
use serde_json::{Value, json};

/// A running mock and a client for it.
struct Mock {
    base: String,
    client: reqwest::Client,
}

impl Mock {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

async fn start(options: Options) -> Mock {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app(&options);
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    Mock {
        base: format!("http://{address}"),
        client: reqwest::Client::builder().build().expect("client"),
    }
}

async fn mock() -> Mock {
    start(Options::default()).await
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().expect("ASCII header").to_owned())
}

async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("status {status}: body is not JSON ({e}): {text:?}"));
    (status, body)
}

/// The documented example of an operation's response, from the 3.0 document.
fn spec_example(path: &str, method: &str, status: &str) -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../spec/openapi-3.0.json"
    ))
    .expect("spec/openapi-3.0.json");
    let spec: Value = serde_json::from_str(&text).expect("spec JSON");
    spec["paths"][path][method]["responses"][status]["content"]["application/json"]["example"]
        .clone()
}

const CREATE_ISSUE: &str = "/api/v4/projects/1/issues";

// ---------------------------------------------------------------------------------------------
// Routing

#[tokio::test]
async fn encoded_slash_in_path_reaches_the_operation_with_pagination_headers() {
    let m = mock().await;
    let response = m
        .client
        .get(m.url(
            "/api/v4/projects/group%2Fproject/issues?state=opened&labels=bug&page=2&per_page=1",
        ))
        .send()
        .await
        .expect("request");
    let base = format!("{}/api/v4/projects/group%2Fproject/issues", m.base);
    let link = |page: u32| format!("{base}?state=opened&labels=bug&page={page}&per_page=1");
    assert_eq!(
        header(&response, "link").as_deref(),
        Some(
            format!(
                "<{}>; rel=\"prev\", <{}>; rel=\"first\", <{}>; rel=\"last\"",
                link(1),
                link(1),
                link(1)
            )
            .as_str()
        )
    );
    assert_eq!(header(&response, "x-page").as_deref(), Some("2"));
    assert_eq!(header(&response, "x-per-page").as_deref(), Some("1"));
    assert_eq!(header(&response, "x-prev-page").as_deref(), Some("1"));
    assert_eq!(header(&response, "x-next-page").as_deref(), Some(""));
    assert_eq!(header(&response, "x-total").as_deref(), Some("1"));
    assert_eq!(header(&response, "x-total-pages").as_deref(), Some("1"));
    // Page 2 of a one-item list is empty.
    assert_eq!(json_of(response).await, (200, json!([])));
}

#[tokio::test]
async fn example_list_pages_have_prev_next_first_last_and_keep_other_parameters() {
    let m = mock().await;
    let example = spec_example("/topics", "get", "200");
    assert_eq!(example.as_array().map(Vec::len), Some(3), "spec changed");
    let response = m
        .client
        .get(m.url("/api/v4/topics?search=a%20b&page=2&per_page=1&x=%2F"))
        .send()
        .await
        .expect("request");
    let link = |page: u32| {
        format!(
            "{}/api/v4/topics?search=a%20b&page={page}&per_page=1&x=%2F",
            m.base
        )
    };
    assert_eq!(
        header(&response, "link"),
        Some(format!(
            "<{}>; rel=\"prev\", <{}>; rel=\"next\", <{}>; rel=\"first\", <{}>; rel=\"last\"",
            link(1),
            link(3),
            link(1),
            link(3)
        ))
    );
    assert_eq!(header(&response, "x-page").as_deref(), Some("2"));
    assert_eq!(header(&response, "x-per-page").as_deref(), Some("1"));
    assert_eq!(header(&response, "x-prev-page").as_deref(), Some("1"));
    assert_eq!(header(&response, "x-next-page").as_deref(), Some("3"));
    assert_eq!(header(&response, "x-total").as_deref(), Some("3"));
    assert_eq!(header(&response, "x-total-pages").as_deref(), Some("3"));
    assert_eq!(json_of(response).await, (200, json!([example[1]])));
}

#[tokio::test]
async fn unknown_routes_answer_404_error_body() {
    let m = mock().await;
    for path in [
        "/api/v4/nope",
        "/api/v4/projects/1/issues/2/nothing/here",
        "/api/v3/version",
    ] {
        let response = m
            .client
            .get(m.url(path))
            .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
            .send()
            .await
            .expect("request");
        assert_eq!(
            json_of(response).await,
            (404, json!({"error": "404 Not Found"})),
            "{path}"
        );
    }
}

#[tokio::test]
async fn wrong_method_answers_405_with_allow() {
    let m = mock().await;
    let response = m
        .client
        .delete(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
        .send()
        .await
        .expect("request");
    let allow: BTreeSet<String> = header(&response, "allow")
        .unwrap_or_default()
        .split(',')
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty())
        .collect();
    let expected: BTreeSet<String> = ["GET", "HEAD", "POST"].map(str::to_owned).into();
    assert_eq!(allow, expected);
    assert_eq!(
        json_of(response).await,
        (405, json!({"message": "405 Method Not Allowed"}))
    );
}

// ---------------------------------------------------------------------------------------------
// Validation

#[tokio::test]
async fn missing_required_parameter_answers_gitlabs_exact_400() {
    let m = mock().await;
    let expected = (
        400,
        json!({"message": "400 (Bad request) \"title\" not given"}),
    );
    // JSON body without the field, no body at all, and a form without it.
    let json_body = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&json!({"description": "no title"}))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(json_body).await, expected);
    let no_body = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(no_body).await, expected);
    let form = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("description=x")
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(form).await, expected);
}

#[tokio::test]
async fn invalid_enum_in_query_answers_field_map() {
    let m = mock().await;
    let response = m
        .client
        .get(m.url("/api/v4/projects/1/issues?state=bogus"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (400, json!({"message": {"state": ["is invalid"]}}))
    );
    // Several bad fields are reported together.
    let response = m
        .client
        .get(m.url("/api/v4/projects/1/issues?state=bogus&confidential=maybe&author_id=x"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (
            400,
            json!({"message": {
                "author_id": ["is invalid"],
                "confidential": ["is invalid"],
                "state": ["is invalid"],
            }})
        )
    );
}

#[tokio::test]
async fn invalid_boolean_in_body_answers_field_map() {
    let m = mock().await;
    let expected = (400, json!({"message": {"confidential": ["is invalid"]}}));
    let json_body = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&json!({"title": "t", "confidential": "maybe"}))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(json_body).await, expected);
    let form = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("title=t&confidential=maybe")
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(form).await, expected);
    let wrong_type = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&json!({"title": "t", "milestone_id": "eleven"}))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(wrong_type).await,
        (400, json!({"message": {"milestone_id": ["is invalid"]}}))
    );
}

#[tokio::test]
async fn malformed_json_answers_400() {
    let m = mock().await;
    let response = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .header("content-type", "application/json")
        .body(r#"{"title": "unterminated"#)
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(response).await;
    assert_eq!(status, 400, "{body}");
    let object = body.as_object().expect("object body");
    assert_eq!(object.len(), 1, "{body}");
    let message = object["message"].as_str().expect("message text");
    assert!(
        message.starts_with("400 (Bad request) malformed JSON body"),
        "{message}"
    );
}

#[tokio::test]
async fn json_form_and_multipart_bodies_create_an_issue() {
    let m = mock().await;
    let example = spec_example("/projects/{id}/issues", "post", "201");
    assert_eq!(example["title"], "Issues with auth", "spec changed");

    let json_body = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&json!({"title": "via JSON", "labels": ["a", "b"], "confidential": true}))
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(json_body).await;
    assert_eq!(
        (status, &body["iid"], &body["title"]),
        (201, &example["iid"], &example["title"])
    );

    let form = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("title=via+form&labels[]=a&labels[]=b&confidential=true&assignee_ids[]=1")
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(form).await;
    assert_eq!(
        (status, &body["iid"], &body["title"]),
        (201, &example["iid"], &example["title"])
    );

    let multipart = reqwest::multipart::Form::new()
        .text("title", "via multipart")
        .text("confidential", "false")
        .text("labels", "a,b");
    let multipart = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .multipart(multipart)
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(multipart).await;
    assert_eq!(
        (status, &body["iid"], &body["title"]),
        (201, &example["iid"], &example["title"])
    );

    // Fields in the query string of a POST count too (GitLab merges both).
    let query = m
        .client
        .post(m.url("/api/v4/projects/1/issues?title=via%20query"))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(query).await.0, 201);
}

#[tokio::test]
async fn gitlab_array_and_hash_query_forms_parse() {
    let m = mock().await;
    for query in [
        "labels[]=bug&labels[]=ui",
        "labels=bug,ui",
        "iids[]=1&iids[]=2",
        "iids=1&iids=2",
        "not[labels]=bug&not[milestone]=v1",
        "labels%5B%5D=bug&not%5Blabels%5D=ui&assignee_username[]=alice",
    ] {
        let response = m
            .client
            .get(m.url(&format!("/api/v4/projects/1/issues?{query}")))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "{query}");
    }
    // The forms are really parsed: a bad element of an array is rejected by name.
    let response = m
        .client
        .get(m.url("/api/v4/projects/1/issues?iids[]=1&iids[]=two"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (400, json!({"message": {"iids": ["is invalid"]}}))
    );
}

#[tokio::test]
async fn body_over_the_limit_answers_413() {
    let m = start(Options {
        body_limit: 64,
        ..Options::default()
    })
    .await;
    let big = json!({"title": "x".repeat(200)});
    let response = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&big)
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (413, json!({"message": "413 Request Entity Too Large"}))
    );
    // Just under the limit still works.
    let small = m
        .client
        .post(m.url(CREATE_ISSUE))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .json(&json!({"title": "small"}))
        .send()
        .await
        .expect("request");
    assert_eq!(small.status(), 201);
}

#[tokio::test]
async fn uri_over_the_limit_answers_414() {
    let m = start(Options {
        uri_limit: 100,
        ..Options::default()
    })
    .await;
    let long = format!("/api/v4/projects/1/issues?search={}", "a".repeat(100));
    for path in [
        long.as_str(),
        "/api/v4/unknown/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        let response = m.client.get(m.url(path)).send().await.expect("request");
        assert_eq!(
            json_of(response).await,
            (414, json!({"message": "414 Request-URI Too Large"})),
            "{path}"
        );
    }
    let short = m
        .client
        .get(m.url("/api/v4/projects/1/issues?search=a"))
        .send()
        .await
        .expect("request");
    assert_eq!(short.status(), 200);
}

// ---------------------------------------------------------------------------------------------
// Authentication and sudo

/// A request to `GET /version` (not public) with credentials sent one way.
fn with_scheme(m: &Mock, scheme: &str, token: &str) -> reqwest::RequestBuilder {
    let url = m.url("/api/v4/version");
    match scheme {
        "PRIVATE-TOKEN" => m.client.get(url).header("PRIVATE-TOKEN", token),
        "bearer" => m.client.get(url).bearer_auth(token),
        "JOB-TOKEN" => m.client.get(url).header("JOB-TOKEN", token),
        "private_token" => m.client.get(format!("{url}?private_token={token}")),
        "access_token" => m.client.get(format!("{url}?access_token={token}")),
        "_gitlab_session" => m
            .client
            .get(url)
            .header("cookie", format!("other=1; _gitlab_session={token}")),
        other => panic!("unknown scheme {other}"),
    }
}

const SCHEMES: [&str; 6] = [
    "PRIVATE-TOKEN",
    "bearer",
    "JOB-TOKEN",
    "private_token",
    "access_token",
    "_gitlab_session",
];

#[tokio::test]
async fn every_auth_scheme_is_accepted() {
    let m = mock().await;
    let example = spec_example("/version", "get", "200");
    for scheme in SCHEMES {
        let response = with_scheme(&m, scheme, SAMPLE_USER_TOKEN)
            .send()
            .await
            .expect("request");
        assert_eq!(json_of(response).await, (200, example.clone()), "{scheme}");
    }
}

#[tokio::test]
async fn missing_or_invalid_credentials_answer_401() {
    let m = mock().await;
    let expected = (401, json!({"message": "401 Unauthorized"}));
    let missing = m
        .client
        .get(m.url("/api/v4/version"))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(missing).await, expected, "no credentials");
    for scheme in SCHEMES {
        let response = with_scheme(&m, scheme, "glpat-not-a-token")
            .send()
            .await
            .expect("request");
        assert_eq!(json_of(response).await, expected, "{scheme}");
    }
    // An invalid token is refused even where anonymous access is allowed.
    let public = m
        .client
        .get(m.url("/api/v4/projects/1/issues"))
        .header("PRIVATE-TOKEN", "glpat-not-a-token")
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(public).await, expected, "public operation");
}

#[tokio::test]
async fn sudo_by_non_admin_answers_403() {
    let m = mock().await;
    let response = m
        .client
        .get(m.url("/api/v4/version"))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .header("Sudo", "bob")
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (
            403,
            json!({"message": "403 Forbidden - Must be admin to use sudo"})
        )
    );
}

#[tokio::test]
async fn sudo_without_the_sudo_scope_answers_insufficient_scope() {
    let m = mock().await;
    let response = m
        .client
        .get(m.url("/api/v4/version?sudo=alice"))
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_NO_SUDO_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (
            403,
            json!({
                "error": "insufficient_scope",
                "error_description": "The request requires higher privileges than provided by the access token.",
                "scope": "sudo"
            })
        )
    );
}

#[tokio::test]
async fn sudo_of_an_unknown_user_answers_404() {
    let m = mock().await;
    for who in ["123", "nobody"] {
        let response = m
            .client
            .get(m.url("/api/v4/version"))
            .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
            .header("Sudo", who)
            .send()
            .await
            .expect("request");
        assert_eq!(
            json_of(response).await,
            (
                404,
                json!({"message": format!("404 User with ID or username '{who}' Not Found")})
            ),
            "{who}"
        );
    }
}

#[tokio::test]
async fn sudo_by_an_admin_succeeds_by_header_or_query_id_or_name() {
    let m = mock().await;
    let example = spec_example("/version", "get", "200");
    for (path, sudo_header) in [
        ("/api/v4/version", Some("alice")),
        ("/api/v4/version", Some("ALICE")),
        ("/api/v4/version?sudo=2", None),
        ("/api/v4/version?sudo=bob", None),
    ] {
        let mut request = m
            .client
            .get(m.url(path))
            .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN);
        if let Some(who) = sudo_header {
            request = request.header("Sudo", who);
        }
        let response = request.send().await.expect("request");
        assert_eq!(
            json_of(response).await,
            (200, example.clone()),
            "{path} {sudo_header:?}"
        );
    }
}
