//! The mock's answers name the mock, not the examples' `gitlab.example.com`, over real HTTP on
//! 127.0.0.1: the URL fields of an example take the address the client reached (its `Host`
//! header, and `X-Forwarded-Proto`), pagination links already do, and an answer without the
//! example host is the example as documented.

use gitlab_mock::SAMPLE_ADMIN_TOKEN;
use gitlab_mock::{EXAMPLE_HOST, Options, app};
use reqwest::header::HOST;
use serde_json::Value;

/// A running mock: its base URL and a client for it.
async fn start() -> (String, reqwest::Client) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app(&Options::default());
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    let client = reqwest::Client::builder().build().expect("client");
    (format!("http://{address}"), client)
}

/// The documented example of a `GET` operation's 200 answer.
fn spec_example(path: &str) -> Value {
    let spec: Value = serde_json::from_str(gitlab_mock::OPENAPI_30_JSON).expect("spec JSON");
    spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["example"].clone()
}

fn get(client: &reqwest::Client, url: &str) -> reqwest::RequestBuilder {
    client.get(url).header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
}

#[tokio::test]
async fn an_example_names_the_mock_in_its_urls_and_links() {
    let (base, client) = start().await;
    let example = spec_example("/projects");
    let documented = &example[0];
    assert!(
        documented["web_url"]
            .as_str()
            .is_some_and(|url| url.starts_with(&format!("https://{EXAMPLE_HOST}/"))),
        "spec changed: {documented}"
    );
    let response = get(&client, &format!("{base}/api/v4/projects?per_page=1"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let link = response
        .headers()
        .get("link")
        .and_then(|v| v.to_str().ok())
        .expect("a Link header")
        .to_owned();
    assert!(
        link.starts_with(&format!("<{base}/api/v4/projects?")),
        "{link}"
    );
    let text = response.text().await.expect("body");
    // The registry's host is another one and stays as documented.
    assert!(!text.contains(&format!("://{EXAMPLE_HOST}")), "{text}");
    let body: Value = serde_json::from_str(&text).expect("JSON");
    let project = &body[0];
    for field in ["web_url", "http_url_to_repo", "avatar_url"] {
        let url = project[field].as_str().expect(field);
        assert!(url.starts_with(&format!("{base}/")), "{field}: {url}");
    }
    assert!(
        project["_links"]["self"]
            .as_str()
            .is_some_and(|url| url.starts_with(&format!("{base}/api/v4/projects/")))
    );
    let host = base
        .strip_prefix("http://")
        .and_then(|a| a.split(':').next())
        .expect("host");
    let ssh = project["ssh_url_to_repo"].as_str().expect("ssh URL");
    assert!(ssh.starts_with(&format!("git@{host}:")), "{ssh}");
    // Every other value is as documented.
    assert_eq!(project, &moved(documented, &base, host));
}

/// `documented` with each string that is a URL of the example instance moved to `base` (web
/// URLs) or `host` (SSH's `git@host:path`), as a client of the mock expects it.
fn moved(documented: &Value, base: &str, host: &str) -> Value {
    match documented {
        Value::String(text) => {
            let web = format!("https://{EXAMPLE_HOST}/");
            let ssh = format!("git@{EXAMPLE_HOST}:");
            if let Some(rest) = text.strip_prefix(&web) {
                Value::String(format!("{base}/{rest}"))
            } else if let Some(rest) = text.strip_prefix(&ssh) {
                Value::String(format!("git@{host}:{rest}"))
            } else {
                documented.clone()
            }
        }
        Value::Array(items) => items.iter().map(|v| moved(v, base, host)).collect(),
        Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| (k.clone(), moved(v, base, host)))
            .collect(),
        other => other.clone(),
    }
}

#[tokio::test]
async fn the_base_url_is_the_one_the_client_reached() {
    let (base, client) = start().await;
    let response = get(&client, &format!("{base}/api/v4/projects"))
        .header(HOST, "gitlab.test:8443")
        .header("X-Forwarded-Proto", "https")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("JSON");
    let documented = &spec_example("/projects")[0];
    assert_eq!(
        body[0],
        moved(documented, "https://gitlab.test:8443", "gitlab.test")
    );
}

#[tokio::test]
async fn an_answer_without_the_example_host_is_the_example() {
    let (base, client) = start().await;
    let example = spec_example("/version");
    assert!(!example.to_string().contains(EXAMPLE_HOST), "spec changed");
    let response = get(&client, &format!("{base}/api/v4/version"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body, example);
}

#[tokio::test]
async fn each_answer_names_the_base_url_of_its_own_request() {
    // The same example over one connection, with the base URL changing between requests:
    // nothing kept from an earlier answer may leak into a later one.
    let (base, client) = start().await;
    let documented = &spec_example("/projects")[0];
    let reached = [
        (None, None, base.clone(), "127.0.0.1"),
        (
            Some("gitlab.test:8443"),
            Some("https"),
            "https://gitlab.test:8443".into(),
            "gitlab.test",
        ),
        (
            Some("gitlab.test:8443"),
            None,
            "http://gitlab.test:8443".into(),
            "gitlab.test",
        ),
        (None, None, base.clone(), "127.0.0.1"),
        (
            Some("other.test"),
            None,
            "http://other.test".into(),
            "other.test",
        ),
    ];
    for (host, proto, expected_base, expected_host) in reached {
        let mut request = get(&client, &format!("{base}/api/v4/projects"));
        if let Some(host) = host {
            request = request.header(HOST, host);
        }
        if let Some(proto) = proto {
            request = request.header("X-Forwarded-Proto", proto);
        }
        let response = request.send().await.expect("request");
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(
            body[0],
            moved(documented, &expected_base, expected_host),
            "{host:?} {proto:?}"
        );
    }
}
