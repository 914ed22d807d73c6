//! End-to-end behaviour of `extract`, the reply helpers and `finish` over real HTTP.

mod common;

use common::{ADMIN_NO_SUDO_TOKEN, ADMIN_TOKEN, FAILING_TOKEN, USER_TOKEN};
use common::{json_of, serve, serve_with};
use gitlab_server_support::ServerConfig;
use serde_json::{Value, json};

const ISSUES: &str = "/api/v4/projects/1/issues";

/// The `x-echo` header the list handler adds: what `extract` produced.
fn echo(response: &reqwest::Response) -> Value {
    let text = response
        .headers()
        .get("x-echo")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("null");
    serde_json::from_str(text).expect("echo JSON")
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn percent_encoded_path_segments_are_decoded() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url("/api/v4/projects/group%2Fsub%2Fproject/issues"))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(echo(&response)["values"]["id"], "group/sub/project");
}

#[tokio::test]
async fn unknown_routes_answer_gitlab_404() {
    let server = serve().await;
    for path in [
        "/api/v4/nope",
        "/elsewhere",
        "/api/v4/projects/1/issues/extra/deep",
    ] {
        let (status, body) = json_of(
            server
                .client
                .get(server.url(path))
                .send()
                .await
                .expect("request"),
        )
        .await;
        assert_eq!(
            (status, body),
            (404, json!({"error": "404 Not Found"})),
            "{path}"
        );
    }
}

#[tokio::test]
async fn wrong_method_answers_405_json_with_allow() {
    let server = serve().await;
    let response = server
        .client
        .delete(server.url(ISSUES))
        .send()
        .await
        .expect("request");
    let allow = header(&response, "allow").unwrap_or_default().to_owned();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    assert_eq!(
        json_of(response).await,
        (405, json!({"message": "405 Method Not Allowed"}))
    );
}

#[tokio::test]
async fn missing_required_parameter_answers_exact_400() {
    let server = serve().await;
    let expected = (
        400,
        json!({"message": "400 (Bad request) \"title\" not given"}),
    );
    let with_json = server
        .client
        .post(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .json(&json!({"labels": "a"}))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(with_json).await, expected);
    let without_body = server
        .client
        .post(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(without_body).await, expected);
}

#[tokio::test]
async fn invalid_values_are_all_reported() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url(&format!(
            "{ISSUES}?state=bogus&milestone_id=abc&confidential=maybe&iids[]=1&iids[]=x&created_after=yesterday&per_page=lots"
        )))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    let invalid = json!(["is invalid"]);
    assert_eq!(
        json_of(response).await,
        (
            400,
            json!({"message": {
                "confidential": invalid, "created_after": invalid, "iids": invalid,
                "milestone_id": invalid, "per_page": invalid, "state": invalid,
            }})
        )
    );
}

#[tokio::test]
async fn malformed_json_answers_400() {
    let server = serve().await;
    let response = server
        .client
        .post(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .header("Content-Type", "application/json")
        .body("{\"title\": ")
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(response).await;
    assert_eq!(status, 400);
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("400 (Bad request) "), "{message}");
}

#[tokio::test]
async fn oversized_bodies_answer_413_json() {
    let server = serve().await;
    let expected = (413, json!({"message": "413 Request Entity Too Large"}));
    let big = json!({"title": "x".repeat(4000)});
    let declared = server
        .client
        .post(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .json(&big)
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(declared).await, expected);
    // Without Content-Length the limit is enforced while reading.
    let chunks = vec![Ok::<_, std::io::Error>(big.to_string().into_bytes())];
    let streamed = server
        .client
        .post(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .header("Content-Type", "application/json")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(streamed).await, expected);
}

#[tokio::test]
async fn overlong_uris_answer_414_even_on_unknown_routes() {
    let server = serve().await;
    let long = "a".repeat(9000);
    for path in [
        format!("{ISSUES}?labels={long}"),
        format!("/api/v4/nope?x={long}"),
    ] {
        let response = server
            .client
            .get(server.url(&path))
            .header("PRIVATE-TOKEN", USER_TOKEN)
            .send()
            .await
            .expect("request");
        assert_eq!(
            json_of(response).await,
            (414, json!({"message": "414 Request-URI Too Large"}))
        );
    }
}

#[tokio::test]
async fn query_arrays_hashes_and_arrays_of_hashes_are_parsed() {
    let server = serve().await;
    let query = "iids[]=1&iids[]=2&labels=bug,ui&not[labels]=wontfix&not[author_id]=3\
        &variables[][key]=K1&variables[][value]=V1&variables[][key]=K2&variables[][value]=V2\
        &created_after=2017-10-17T23:11:13.000%2B05:30&confidential=TRUE&state=opened&milestone_id=&unknown=1";
    let response = server
        .client
        .get(server.url(&format!("{ISSUES}?{query}")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .header("x-trace", "abc")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(
        echo(&response)["values"],
        json!({
            "id": "1",
            "iids": [1, 2],
            "labels": ["bug", "ui"],
            "state": "opened",
            "confidential": true,
            "milestone_id": null,
            "created_after": "2017-10-17T23:11:13.000+05:30",
            "not": {"labels": "wontfix", "author_id": "3"},
            "variables": [{"key": "K1", "value": "V1"}, {"key": "K2", "value": "V2"}],
            "trace": "abc",
        })
    );
    // Indexed hashes and repeated plain names work too.
    let response = server
        .client
        .get(server.url(&format!(
            "{ISSUES}?iids=4&iids=5&variables[1][key]=B&variables[0][key]=A"
        )))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    let values = &echo(&response)["values"];
    assert_eq!(values["iids"], json!([4, 5]));
    assert_eq!(values["variables"], json!([{"key": "A"}, {"key": "B"}]));
}

#[tokio::test]
async fn json_form_and_multipart_bodies_are_read() {
    let server = serve().await;
    let post = || {
        server
            .client
            .post(server.url(ISSUES))
            .header("PRIVATE-TOKEN", USER_TOKEN)
    };

    let response = post()
        .json(&json!({"title": "Crash", "labels": "a,b", "weight": "3", "confidential": false, "extra": 1}))
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(response).await;
    assert_eq!(status, 201);
    assert_eq!(
        body["values"],
        json!({"id": "1", "title": "Crash", "labels": ["a", "b"], "weight": 3, "confidential": false})
    );

    let response = post()
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("title=Two+words&labels=x,y&weight=4&due_date=2024-05-01&confidential=1")
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(response).await;
    assert_eq!(status, 201);
    assert_eq!(
        body["values"],
        json!({"id": "1", "title": "Two words", "labels": ["x", "y"], "weight": 4, "due_date": "2024-05-01", "confidential": true})
    );

    let file = reqwest::multipart::Part::bytes(b"hello".to_vec())
        .file_name("notes.txt")
        .mime_str("text/plain")
        .expect("mime");
    let form = reqwest::multipart::Form::new()
        .text("title", "With file")
        .text("weight", "5")
        .part("attachment", file);
    let (status, body) = json_of(post().multipart(form).send().await.expect("request")).await;
    assert_eq!(status, 201);
    assert_eq!(
        body["values"],
        json!({"id": "1", "title": "With file", "weight": 5, "attachment": "notes.txt"})
    );
    assert_eq!(
        body["files"],
        json!([{"field": "attachment", "file_name": "notes.txt", "content_type": "text/plain", "data": "hello"}])
    );

    let response = post()
        .json(&json!({"title": "T", "weight": "heavy", "due_date": "May"}))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (
            400,
            json!({"message": {"due_date": ["is invalid"], "weight": ["is invalid"]}})
        )
    );
}

#[tokio::test]
async fn every_auth_method_reaches_the_handler() {
    let server = serve().await;
    let get = |path: &str| server.client.get(server.url(path));
    let cases = [
        (
            get("/api/v4/public").header("PRIVATE-TOKEN", USER_TOKEN),
            "PrivateTokenHeader",
        ),
        (get("/api/v4/public").bearer_auth(USER_TOKEN), "Bearer"),
        (
            get("/api/v4/public").header("JOB-TOKEN", USER_TOKEN),
            "JobToken",
        ),
        (
            get(&format!("/api/v4/public?private_token={USER_TOKEN}")),
            "PrivateTokenQuery",
        ),
        (
            get(&format!("/api/v4/public?access_token={USER_TOKEN}")),
            "AccessTokenQuery",
        ),
        (
            get(&format!("/api/v4/public?job_token={USER_TOKEN}")),
            "JobTokenQuery",
        ),
        (
            get("/api/v4/public").header(
                "Cookie",
                format!("theme=dark; _gitlab_session={USER_TOKEN}"),
            ),
            "SessionCookie",
        ),
    ];
    for (request, method) in cases {
        let (status, body) = json_of(request.send().await.expect("request")).await;
        assert_eq!(status, 200, "{method}");
        assert_eq!(
            body["caller"],
            json!({"user": "alice", "impersonator": null, "method": method, "scopes": ["api"]}),
            "{method}"
        );
    }
    let (status, body) = json_of(get("/api/v4/public").send().await.expect("request")).await;
    assert_eq!(
        (status, &body["caller"]),
        (200, &Value::Null),
        "anonymous on a public operation"
    );
}

#[tokio::test]
async fn missing_or_unknown_credentials_answer_401() {
    let server = serve().await;
    let expected = (401, json!({"message": "401 Unauthorized"}));
    let anonymous = server
        .client
        .get(server.url(ISSUES))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(anonymous).await, expected);
    let unknown = server
        .client
        .get(server.url("/api/v4/public"))
        .header("PRIVATE-TOKEN", "nope")
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(unknown).await, expected);
    let sudo_anonymous = server
        .client
        .get(server.url("/api/v4/public?sudo=bob"))
        .send()
        .await
        .expect("request");
    assert_eq!(json_of(sudo_anonymous).await, expected);
}

#[tokio::test]
async fn sudo_rules() {
    let server = serve().await;
    let with = |token: &str, sudo: &str| {
        server
            .client
            .get(server.url("/api/v4/public"))
            .header("PRIVATE-TOKEN", token)
            .header("Sudo", sudo)
    };
    let send = |request: reqwest::RequestBuilder| async move {
        json_of(request.send().await.expect("request")).await
    };

    assert_eq!(
        send(with(USER_TOKEN, "bob")).await,
        (
            403,
            json!({"message": "403 Forbidden - Must be admin to use sudo"})
        )
    );
    assert_eq!(
        send(with(ADMIN_NO_SUDO_TOKEN, "bob")).await,
        (
            403,
            json!({
                "error": "insufficient_scope",
                "error_description": "The request requires higher privileges than provided by the access token.",
                "scope": "sudo",
            })
        )
    );
    assert_eq!(
        send(with(ADMIN_TOKEN, "123")).await,
        (
            404,
            json!({"message": "404 User with ID or username '123' Not Found"})
        )
    );
    let (status, body) = send(with(ADMIN_TOKEN, "BOB")).await;
    assert_eq!(status, 200);
    assert_eq!(body["caller"]["user"], "bob");
    assert_eq!(body["caller"]["impersonator"], "root");
    let by_id = server.client.get(server.url(&format!(
        "/api/v4/public?sudo=2&private_token={ADMIN_TOKEN}"
    )));
    let (status, body) = send(by_id).await;
    assert_eq!((status, &body["caller"]["user"]), (200, &json!("alice")));
}

#[tokio::test]
async fn offset_pagination_headers_and_links() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url(&format!(
            "{ISSUES}?state=opened&per_page=20&labels=a%2Cb&page=2"
        )))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    let origin = server.base.clone();
    let link =
        |page: u32| format!("<{origin}{ISSUES}?state=opened&per_page=20&labels=a%2Cb&page={page}>");
    assert_eq!(
        header(&response, "link"),
        Some(
            format!(
                "{}; rel=\"prev\", {}; rel=\"next\", {}; rel=\"first\", {}; rel=\"last\"",
                link(1),
                link(3),
                link(1),
                link(3)
            )
            .as_str()
        )
    );
    for (name, value) in [
        ("x-page", "2"),
        ("x-per-page", "20"),
        ("x-next-page", "3"),
        ("x-prev-page", "1"),
        ("x-total", "45"),
        ("x-total-pages", "3"),
    ] {
        assert_eq!(header(&response, name), Some(value), "{name}");
    }
    let (_, body) = json_of(response).await;
    assert_eq!(body.as_array().map(Vec::len), Some(20));
    assert_eq!(body[0]["id"], 21);

    let last = server
        .client
        .get(server.url(&format!("{ISSUES}?page=3")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(header(&last, "x-next-page"), Some(""));
    assert_eq!(header(&last, "x-per-page"), Some("20"));
    let (_, body) = json_of(last).await;
    assert_eq!(body.as_array().map(Vec::len), Some(5));

    let first = server
        .client
        .get(server.url(&format!("{ISSUES}?per_page=500")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(header(&first, "x-prev-page"), Some(""));
    assert_eq!(
        header(&first, "x-per-page"),
        Some("100"),
        "per_page is capped"
    );
}

#[tokio::test]
async fn totals_are_left_out_past_ten_thousand_items() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url(&format!("{ISSUES}?count=10001")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(header(&response, "x-total"), None);
    assert_eq!(header(&response, "x-total-pages"), None);
    let link = header(&response, "link").unwrap_or_default();
    assert!(
        link.contains("rel=\"next\"") && link.contains("rel=\"first\""),
        "{link}"
    );
    assert!(!link.contains("rel=\"last\""), "{link}");
    assert_eq!(header(&response, "x-next-page"), Some("2"));
}

#[tokio::test]
async fn keyset_pagination_links_only_to_the_next_page() {
    let server = serve().await;
    let get = |url: String| {
        server
            .client
            .get(url)
            .header("PRIVATE-TOKEN", USER_TOKEN)
            .send()
    };
    let first_url = server.url(&format!(
        "{ISSUES}?count=25&pagination=keyset&per_page=10&order_by=id&sort=asc"
    ));
    let response = get(first_url).await.expect("request");
    let expected_next = server.url(&format!(
        "{ISSUES}?count=25&pagination=keyset&per_page=10&order_by=id&sort=asc&id_after=10"
    ));
    assert_eq!(
        header(&response, "link"),
        Some(format!("<{expected_next}>; rel=\"next\"").as_str())
    );
    assert_eq!(header(&response, "x-total"), None);
    assert_eq!(header(&response, "x-page"), None);

    let mut next = Some(expected_next);
    let mut seen = Vec::new();
    while let Some(url) = next {
        let response = get(url).await.expect("request");
        next = header(&response, "link")
            .and_then(|l| l.strip_prefix('<'))
            .and_then(|l| l.split_once('>'))
            .map(|(url, _)| url.to_owned());
        let (_, body) = json_of(response).await;
        seen.extend(
            body.as_array()
                .into_iter()
                .flatten()
                .filter_map(|item| item["id"].as_u64()),
        );
    }
    assert_eq!(seen, (11..=25).collect::<Vec<_>>());

    // Items without an `id` page with an opaque cursor.
    let response = get(server.url(&format!(
        "{ISSUES}?count=15&plain=true&pagination=keyset&per_page=10"
    )))
    .await
    .expect("request");
    let link = header(&response, "link").unwrap_or_default().to_owned();
    assert!(link.ends_with("&cursor=10>; rel=\"next\""), "{link}");
}

#[tokio::test]
async fn rate_limited_requests_answer_429_text() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url("/api/v4/public"))
        .header("x-limit-me", "1")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 429);
    assert_eq!(header(&response, "retry-after"), Some("7"));
    assert!(header(&response, "content-type").is_some_and(|v| v.starts_with("text/plain")));
    assert_eq!(response.text().await.expect("body"), "Retry later\n");
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_server_survives() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url("/api/v4/boom"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        json_of(response).await,
        (500, json!({"message": "500 Internal Server Error"}))
    );
    let response = server
        .client
        .get(server.url("/api/v4/public"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn cors_preflight_and_exposed_headers() {
    let server = serve().await;
    let preflight = server
        .client
        .request(reqwest::Method::OPTIONS, server.url(ISSUES))
        .header("Origin", "https://app.example")
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "private-token, content-type",
        )
        .send()
        .await
        .expect("request");
    assert_eq!(preflight.status(), 200);
    assert_eq!(header(&preflight, "access-control-allow-origin"), Some("*"));
    let headers = header(&preflight, "access-control-allow-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        headers.contains("private-token") && headers.contains("sudo"),
        "{headers}"
    );
    let methods = header(&preflight, "access-control-allow-methods").unwrap_or_default();
    assert!(
        methods.contains("PATCH") && methods.contains("DELETE"),
        "{methods}"
    );

    let response = server
        .client
        .get(server.url(ISSUES))
        .header("Origin", "https://app.example")
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    let exposed = header(&response, "access-control-expose-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        exposed.contains("link") && exposed.contains("x-total-pages"),
        "{exposed}"
    );
    assert_eq!(header(&response, "access-control-allow-origin"), Some("*"));
    assert_eq!(header(&response, "vary"), Some("origin"));

    // Without `Origin` the request is not cross-origin: no CORS headers, but the same `Vary`.
    let same_origin = server
        .client
        .get(server.url(ISSUES))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(same_origin.status(), 200);
    assert_eq!(header(&same_origin, "access-control-allow-origin"), None);
    assert_eq!(header(&same_origin, "access-control-expose-headers"), None);
    assert_eq!(header(&same_origin, "vary"), Some("origin"));
}

#[tokio::test]
async fn log_lines_never_contain_tokens() {
    let server = serve().await;
    let requests = [
        server
            .client
            .get(server.url(&format!("/api/v4/public?private_token={ADMIN_TOKEN}&x=1"))),
        server
            .client
            .get(server.url(&format!("/api/v4/public?access_token={USER_TOKEN}"))),
        server
            .client
            .get(server.url(&format!("/api/v4/public?private%5Ftoken={USER_TOKEN}"))),
        server
            .client
            .get(server.url("/api/v4/public"))
            .header("PRIVATE-TOKEN", ADMIN_TOKEN),
        server
            .client
            .get(server.url("/api/v4/public"))
            .bearer_auth("unknown-secret"),
    ];
    for request in requests {
        request.send().await.expect("request");
    }
    let logs = server.logs();
    assert_eq!(logs.len(), 5);
    for line in &logs {
        for secret in [ADMIN_TOKEN, USER_TOKEN, "unknown-secret"] {
            assert!(!line.contains(secret), "{line}");
        }
    }
    assert!(
        logs[0].starts_with("GET /api/v4/public?private_token=[REDACTED]&x=1 200 "),
        "{}",
        logs[0]
    );
    assert!(logs[0].ends_with("ms"), "{}", logs[0]);
    assert!(
        logs[4].starts_with("GET /api/v4/public 401 "),
        "{}",
        logs[4]
    );
}

#[tokio::test]
async fn an_empty_base_path_serves_at_the_root() {
    let server = serve_with(ServerConfig {
        base_path: String::new(),
        ..common::config()
    })
    .await;
    let response = server
        .client
        .get(server.url("/public"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let (status, _) = json_of(
        server
            .client
            .get(server.url("/api/v4/public"))
            .send()
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn admin_only_operations_refuse_other_users_with_403() {
    let server = serve().await;
    let call = |token: &'static str, sudo: Option<&'static str>| {
        let mut request = server
            .client
            .get(server.url("/api/v4/admin-only"))
            .header("PRIVATE-TOKEN", token);
        if let Some(sudo) = sudo {
            request = request.header("Sudo", sudo);
        }
        request.send()
    };
    let (status, body) = json_of(call(USER_TOKEN, None).await.expect("request")).await;
    assert_eq!(status, 403);
    assert_eq!(body, json!({"message": "403 Forbidden"}));
    let response = call(ADMIN_TOKEN, None).await.expect("request");
    assert_eq!(response.status(), 200);
    // Impersonating a regular user makes the call that user's: refused too.
    let user = common::users()
        .into_iter()
        .find(|user| !user.admin)
        .expect("a regular sample user");
    let sudo: &'static str = Box::leak(user.username.into_boxed_str());
    let (status, _) = json_of(call(ADMIN_TOKEN, Some(sudo)).await.expect("request")).await;
    assert_eq!(status, 403);
    // Anonymous callers are asked to authenticate first.
    let response = server
        .client
        .get(server.url("/api/v4/admin-only"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 401);
}

/// `GET /api/v4/pages` as `alice`, through the generic endpoint whose handler answers one page.
async fn pages(server: &common::Server, query: &str) -> reqwest::Response {
    server
        .client
        .get(server.url(&format!("/api/v4/pages?{query}")))
        .header("PRIVATE-TOKEN", USER_TOKEN)
        .send()
        .await
        .expect("request")
}

/// The IDs in a JSON list of `{"id": n}`.
async fn ids(response: reqwest::Response) -> Vec<u64> {
    let (status, body) = json_of(response).await;
    assert_eq!(status, 200, "{body}");
    body.as_array()
        .expect("a list")
        .iter()
        .map(|item| item["id"].as_u64().expect("an id"))
        .collect()
}

#[tokio::test]
async fn a_handler_answering_page_two_of_five_with_its_total_gets_every_header() {
    let server = serve().await;
    let response = pages(&server, "answer=page&per_page=10&page=2").await;
    let link = |page: u32| {
        format!(
            "<{}/api/v4/pages?answer=page&per_page=10&page={page}>",
            server.base
        )
    };
    assert_eq!(
        header(&response, "link"),
        Some(
            format!(
                "{}; rel=\"prev\", {}; rel=\"next\", {}; rel=\"first\", {}; rel=\"last\"",
                link(1),
                link(3),
                link(1),
                link(5)
            )
            .as_str()
        )
    );
    for (name, value) in [
        ("x-page", "2"),
        ("x-per-page", "10"),
        ("x-next-page", "3"),
        ("x-prev-page", "1"),
        ("x-total", "45"),
        ("x-total-pages", "5"),
    ] {
        assert_eq!(header(&response, name), Some(value), "{name}");
    }
    // The handler's page is sent as it is, not sliced again.
    assert_eq!(ids(response).await, (11..=20).collect::<Vec<_>>());
}

#[tokio::test]
async fn the_last_page_has_no_next() {
    let server = serve().await;
    let response = pages(&server, "answer=page&per_page=10&page=5").await;
    let link = header(&response, "link").unwrap_or_default().to_owned();
    assert!(!link.contains("rel=\"next\""), "{link}");
    assert!(
        link.contains("page=4>; rel=\"prev\"") && link.contains("page=5>; rel=\"last\""),
        "{link}"
    );
    assert_eq!(header(&response, "x-next-page"), Some(""));
    assert_eq!(header(&response, "x-prev-page"), Some("4"));
    assert_eq!(header(&response, "x-total-pages"), Some("5"));
    assert_eq!(ids(response).await, (41..=45).collect::<Vec<_>>());

    // Uncounted, the handler says no page follows.
    let response = pages(&server, "answer=uncounted&per_page=10&page=5").await;
    let link = header(&response, "link").unwrap_or_default().to_owned();
    assert!(!link.contains("rel=\"next\""), "{link}");
    assert_eq!(header(&response, "x-next-page"), Some(""));
    assert_eq!(ids(response).await, (41..=45).collect::<Vec<_>>());
}

#[tokio::test]
async fn an_unknown_total_leaves_out_the_totals_and_the_last_link() {
    let server = serve().await;
    let response = pages(&server, "answer=uncounted&per_page=10&page=2").await;
    let link = |page: u32| {
        format!(
            "<{}/api/v4/pages?answer=uncounted&per_page=10&page={page}>",
            server.base
        )
    };
    assert_eq!(
        header(&response, "link"),
        Some(
            format!(
                "{}; rel=\"prev\", {}; rel=\"next\", {}; rel=\"first\"",
                link(1),
                link(3),
                link(1)
            )
            .as_str()
        )
    );
    assert_eq!(header(&response, "x-total"), None);
    assert_eq!(header(&response, "x-total-pages"), None);
    assert_eq!(header(&response, "x-next-page"), Some("3"));
    assert_eq!(header(&response, "x-page"), Some("2"));
    assert_eq!(ids(response).await, (11..=20).collect::<Vec<_>>());

    // A known total past 10,000 is not reported either, as GitLab does.
    let response = pages(&server, "answer=page&count=10001&per_page=100").await;
    assert_eq!(header(&response, "x-total"), None);
    assert_eq!(header(&response, "x-total-pages"), None);
    assert_eq!(header(&response, "x-next-page"), Some("2"));
}

#[tokio::test]
async fn a_keyset_page_links_to_its_cursor_only() {
    let server = serve().await;
    let response = pages(
        &server,
        "answer=keyset&count=25&pagination=keyset&per_page=10",
    )
    .await;
    // The cursor's space, `/`, `+` and `=` are escaped; the request's parameters are kept.
    let expected = format!(
        "<{}/api/v4/pages?answer=keyset&count=25&pagination=keyset&per_page=10&cursor=after%2010%2Fx%2By%3D>; rel=\"next\"",
        server.base
    );
    assert_eq!(header(&response, "link"), Some(expected.as_str()));
    for name in ["x-page", "x-total", "x-total-pages", "x-next-page"] {
        assert_eq!(header(&response, name), None, "{name}");
    }
    let mut seen = ids(response).await;
    // Following the links reaches the end, where no link is sent.
    let mut next = Some(expected);
    let mut pages_seen = 1;
    while let Some(link) = next.take() {
        let url = link
            .strip_prefix('<')
            .and_then(|l| l.split_once('>'))
            .map(|(url, _)| url.to_owned())
            .expect("a URL");
        let response = server
            .client
            .get(url)
            .header("PRIVATE-TOKEN", USER_TOKEN)
            .send()
            .await
            .expect("request");
        next = header(&response, "link").map(str::to_owned);
        seen.extend(ids(response).await);
        pages_seen += 1;
    }
    assert_eq!(pages_seen, 3);
    assert_eq!(seen, (1..=25).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_failing_credential_lookup_answers_its_error() {
    let server = serve().await;
    let response = server
        .client
        .get(server.url("/api/v4/public"))
        .header("PRIVATE-TOKEN", FAILING_TOKEN)
        .send()
        .await
        .expect("request");
    let (status, body) = json_of(response).await;
    assert_eq!(
        (status, body),
        (500, json!({"message": "500 Internal Server Error"}))
    );
}
