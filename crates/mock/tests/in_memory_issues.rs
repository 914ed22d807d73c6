//! The README's example (`examples/in_memory_issues.rs`) over real HTTP: issues created through
//! it are listed one page at a time with GitLab's headers and read back, and its own accounts
//! decide who may call.

#[path = "../examples/in_memory_issues.rs"]
#[allow(dead_code)] // The example's `main` is not called here.
mod example;

use std::sync::Arc;

use serde_json::Value;

const TOKEN: &str = "alice-token";

async fn serve() -> String {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let app = example::app(Arc::default(), example::sample_accounts());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    format!("http://{address}/api/v4")
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().expect("ASCII").to_owned())
}

#[tokio::test]
async fn issues_are_created_listed_by_page_and_read_back() {
    let base = serve().await;
    let client = reqwest::Client::new();
    for n in 1..=5 {
        let response = client
            .post(format!("{base}/projects/7/issues"))
            .header("PRIVATE-TOKEN", TOKEN)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("title=Issue+{n}"))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 201);
        let issue: Value = response.json().await.expect("JSON");
        assert_eq!(
            (issue["iid"].as_i64(), &issue["author"]["username"]),
            (Some(n), &Value::from("alice"))
        );
    }

    let response = client
        .get(format!("{base}/projects/7/issues?per_page=2&page=2"))
        .header("PRIVATE-TOKEN", TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    for (name, value) in [
        ("x-page", "2"),
        ("x-next-page", "3"),
        ("x-prev-page", "1"),
        ("x-total", "5"),
        ("x-total-pages", "3"),
    ] {
        assert_eq!(header(&response, name).as_deref(), Some(value), "{name}");
    }
    let link = header(&response, "link").unwrap_or_default();
    // The request's parameters are kept where they were; only the page changes.
    assert!(
        link.contains("issues?per_page=2&page=3>; rel=\"last\""),
        "{link}"
    );
    let page: Vec<Value> = response.json().await.expect("JSON");
    let titles: Vec<&str> = page.iter().filter_map(|i| i["title"].as_str()).collect();
    assert_eq!(titles, ["Issue 3", "Issue 4"]);

    let response = client
        .get(format!("{base}/projects/7/issues/4"))
        .header("PRIVATE-TOKEN", TOKEN)
        .send()
        .await
        .expect("request");
    let issue: Value = response.json().await.expect("JSON");
    assert_eq!(issue["title"], "Issue 4");
    let missing = client
        .get(format!("{base}/projects/8/issues/4"))
        .header("PRIVATE-TOKEN", TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn its_accounts_decide_who_may_call() {
    let base = serve().await;
    let client = reqwest::Client::new();
    let list = format!("{base}/projects/7/issues");
    // Listing is public (for public projects); creating is not.
    let anonymous = client.get(&list).send().await.expect("request");
    assert_eq!(anonymous.status(), 200);
    let anonymous = client
        .post(&list)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("title=Anonymous")
        .send()
        .await
        .expect("request");
    assert_eq!(anonymous.status(), 401);
    let unknown = client
        .get(&list)
        .header("PRIVATE-TOKEN", "someone-else")
        .send()
        .await
        .expect("request");
    assert_eq!(unknown.status(), 401);
    // A job token is no personal access token to this application.
    let job = client
        .get(&list)
        .header("JOB-TOKEN", TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(job.status(), 401);
    // Operations of other tags are not served at all.
    let other = client
        .get(format!("{base}/version"))
        .header("PRIVATE-TOKEN", TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(other.status(), 404);
}

#[test]
fn the_readme_shows_the_example_as_it_is() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("../../README.md")).expect("README");
    let example =
        std::fs::read_to_string(root.join("examples/in_memory_issues.rs")).expect("example");
    let (_, section) = readme
        .split_once("### Implementing a tag yourself")
        .expect("the README's section");
    let (_, snippet) = section.split_once("```rust\n").expect("its code");
    let (snippet, _) = snippet.split_once("```").expect("the end of its code");
    let example_lines: Vec<&str> = example.lines().map(str::trim).collect();
    let mut shown = 0;
    for line in snippet.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // Elisions: `...` and the comment saying what is left out.
        if line == "..." || line.contains("see the file") {
            continue;
        }
        assert!(
            example_lines.contains(&line),
            "the README shows a line the example does not have: {line}"
        );
        shown += 1;
    }
    assert!(shown > 20, "the snippet shows the example ({shown} lines)");
}
