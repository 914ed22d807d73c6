//! The stateful mock over real HTTP on 127.0.0.1: what is created is there to get, list,
//! change and delete; lists page over the stored items; parents are real (found by ID or
//! path, and kept apart); the test controls reset and dump the store; a full store answers
//! 507; and the generated client does the whole round trip.

use std::sync::Arc;

use futures_util::TryStreamExt;
use gitlab_client::issues::{EditIssueBodyStateEvent, ListProjectIssuesState};
use gitlab_client::{Client, Credentials, Error};
use gitlab_mock::{DEFAULT_MAX_ITEMS, Options, SAMPLE_ADMIN_TOKEN, SAMPLE_USER_TOKEN, Seed};
use gitlab_mock::{Stateful, TokenTable, app};
use reqwest::Method;
use serde_json::{Value, json};

/// A running stateful mock with the sample seed and at most `max_items` items.
async fn start(max_items: usize) -> Mock {
    let seed = Seed::sample(&TokenTable::sample());
    start_with(
        Stateful::published(&seed, max_items).expect("the published rules"),
        Options::default(),
    )
    .await
}

async fn start_with(state: Stateful, options: Options) -> Mock {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app(&Options {
        state: Some(Arc::new(state)),
        ..options
    });
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    Mock {
        base: format!("http://{address}"),
        http: reqwest::Client::new(),
    }
}

struct Mock {
    base: String,
    http: reqwest::Client,
}

/// An answer: status, headers and JSON body (`null` when empty).
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

impl Mock {
    /// `method path` under `/api/v4` as the sample administrator, with a JSON body.
    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        self.call_as(SAMPLE_ADMIN_TOKEN, method, path, body).await
    }

    async fn call_as(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        let mut request = self
            .http
            .request(method, format!("{}/api/v4{path}", self.base))
            .header("PRIVATE-TOKEN", token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.expect("body");
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    async fn get(&self, path: &str) -> Answer {
        self.call(Method::GET, path, None).await
    }

    fn ids(answer: &Answer, field: &str) -> Vec<i64> {
        answer
            .body
            .as_array()
            .unwrap_or_else(|| panic!("a list: {}", answer.body))
            .iter()
            .filter_map(|item| item[field].as_i64())
            .collect()
    }
}

#[tokio::test]
async fn an_issue_is_created_found_listed_changed_closed_and_deleted() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    let created = mock
        .call(
            Method::POST,
            "/projects/1/issues",
            Some(json!({"title": "hi", "labels": "bug,ui", "assignee_ids": [2]})),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let issue = &created.body;
    assert_eq!(issue["title"], "hi");
    assert_eq!(issue["iid"], 1);
    assert_eq!(issue["project_id"], 1);
    assert_eq!(issue["state"], "opened");
    assert_eq!(issue["labels"], json!(["bug", "ui"]));
    assert_eq!(issue["author"]["username"], "root");
    assert_eq!(issue["assignees"][0]["username"], "alice");
    assert_eq!(
        issue["web_url"],
        format!("{}/group/project/-/issues/1", mock.base),
        "on the mock's own URL"
    );
    let second = mock
        .call(
            Method::POST,
            "/projects/1/issues",
            Some(json!({"title": "second"})),
        )
        .await;
    assert_eq!(second.body["iid"], 2);
    assert_ne!(second.body["id"], issue["id"]);

    // By ID and by URL-encoded path alike.
    let found = mock.get("/projects/group%2Fproject/issues/1").await;
    assert_eq!((found.status, &found.body), (200, issue));

    let opened = mock.get("/projects/1/issues?state=opened&labels=bug").await;
    assert_eq!(Mock::ids(&opened, "iid"), [1]);
    let all = mock.get("/projects/1/issues").await;
    assert_eq!(Mock::ids(&all, "iid"), [2, 1], "newest first");
    assert_eq!(all.header("x-total"), "2");

    let edited = mock
        .call(
            Method::PUT,
            "/projects/1/issues/1",
            Some(json!({"title": "renamed", "state_event": "close"})),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.body["title"], "renamed");
    assert_eq!(edited.body["state"], "closed");
    assert!(edited.body["closed_at"].is_string());
    assert_eq!(
        mock.get("/projects/1/issues/1").await.body["state"],
        "closed"
    );
    let closed = mock.get("/projects/1/issues?state=closed").await;
    assert_eq!(Mock::ids(&closed, "iid"), [1]);

    let deleted = mock
        .call(Method::DELETE, "/projects/1/issues/1", None)
        .await;
    assert_eq!(deleted.status, 204);
    let gone = mock.get("/projects/1/issues/1").await;
    assert_eq!(gone.status, 404);
    assert_eq!(gone.body, json!({"message": "404 Issue Not Found"}));
    let again = mock
        .call(Method::DELETE, "/projects/1/issues/1", None)
        .await;
    assert_eq!(again.status, 404);
}

#[tokio::test]
async fn merge_requests_labels_and_hooks_keep_state_too() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    let mr = mock
        .call(
            Method::POST,
            "/projects/1/merge_requests",
            Some(json!({"source_branch": "feature", "target_branch": "main", "title": "Add it"})),
        )
        .await;
    assert_eq!(mr.status, 201, "{}", mr.body);
    assert_eq!(
        (
            &mr.body["iid"],
            &mr.body["source_branch"],
            &mr.body["state"]
        ),
        (&json!(1), &json!("feature"), &json!("opened"))
    );
    let closed = mock
        .call(
            Method::PUT,
            "/projects/1/merge_requests/1",
            Some(json!({"state_event": "close"})),
        )
        .await;
    assert_eq!(closed.body["state"], "closed");
    let listed = mock.get("/projects/1/merge_requests?state=closed").await;
    assert_eq!(Mock::ids(&listed, "iid"), [1]);

    let label = mock
        .call(
            Method::POST,
            "/projects/1/labels",
            Some(json!({"name": "bug", "color": "#FF0000"})),
        )
        .await;
    assert_eq!(label.status, 201, "{}", label.body);
    // A label is named by ID or by name.
    let by_name = mock.get("/projects/1/labels/bug").await;
    assert_eq!(by_name.body["color"], "#FF0000");
    let id = label.body["id"].as_i64().expect("an id");
    let recolored = mock
        .call(
            Method::PUT,
            &format!("/projects/1/labels/{id}"),
            Some(json!({"new_name": "defect", "color": "#00FF00"})),
        )
        .await;
    assert_eq!(recolored.body["color"], "#00FF00");
    assert_eq!(recolored.body["name"], "defect", "new_name renames");
    assert_eq!(Mock::ids(&mock.get("/projects/1/labels").await, "id"), [id]);

    let hook = mock
        .call(
            Method::POST,
            "/projects/1/hooks",
            Some(json!({"url": "https://ci.example.org/hook", "issues_events": true})),
        )
        .await;
    assert_eq!(hook.status, 201, "{}", hook.body);
    assert_eq!(hook.body["issues_events"], true);
    let hook_path = format!("/projects/1/hooks/{}", hook.body["id"]);
    let changed = mock
        .call(
            Method::PUT,
            &hook_path,
            Some(json!({"url": "https://ci.example.org/other"})),
        )
        .await;
    assert_eq!(changed.body["url"], "https://ci.example.org/other");
    let deleted = mock.call(Method::DELETE, &hook_path, None).await;
    assert!(matches!(deleted.status, 200 | 204), "{}", deleted.status);
    assert_eq!(mock.get(&hook_path).await.status, 404);
    assert_eq!(
        Mock::ids(&mock.get("/projects/1/hooks").await, "id"),
        Vec::<i64>::new()
    );
}

#[tokio::test]
async fn lists_page_over_what_is_stored() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    for n in 1..=250 {
        let created = mock
            .call(
                Method::POST,
                "/projects/1/issues",
                Some(json!({"title": format!("issue {n}")})),
            )
            .await;
        assert_eq!(created.status, 201);
    }
    let page = mock
        .get("/projects/1/issues?per_page=100&page=3&sort=asc")
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(Mock::ids(&page, "iid"), (201..=250).collect::<Vec<_>>());
    assert_eq!(page.header("x-total"), "250");
    assert_eq!(page.header("x-total-pages"), "3");
    assert_eq!(page.header("x-page"), "3");
    assert_eq!(page.header("x-prev-page"), "2");
    assert_eq!(page.header("x-next-page"), "");
    let first = mock.get("/projects/1/issues").await;
    assert_eq!(
        Mock::ids(&first, "iid"),
        (231..=250).rev().collect::<Vec<_>>()
    );
    assert!(first.header("link").contains("rel=\"next\""));
    // Filters count what they select.
    let one = mock.get("/projects/1/issues?iids[]=7&iids[]=9").await;
    assert_eq!(Mock::ids(&one, "iid"), [9, 7]);
    assert_eq!(one.header("x-total"), "2");
}

#[tokio::test]
async fn parents_are_real_and_kept_apart() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    let one = mock
        .call(
            Method::POST,
            "/projects/1/issues",
            Some(json!({"title": "in one"})),
        )
        .await;
    let two = mock
        .call(
            Method::POST,
            "/projects/group%2Fother/issues",
            Some(json!({"title": "in two"})),
        )
        .await;
    assert_eq!(
        (one.body["iid"].clone(), two.body["iid"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(two.body["project_id"], 2);
    let listed = mock.get("/projects/2/issues").await;
    assert_eq!(listed.body.as_array().map(Vec::len), Some(1));
    assert_eq!(listed.body[0]["title"], "in two");
    assert_eq!(
        mock.get("/projects/2/issues/1").await.body["title"],
        "in two"
    );

    let missing = mock
        .call(
            Method::POST,
            "/projects/404/issues",
            Some(json!({"title": "x"})),
        )
        .await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.body, json!({"message": "404 Project Not Found"}));
    assert_eq!(
        mock.get("/projects/nobody%2Fnothing/issues").await.status,
        404
    );

    // A project created through the API is a parent like a seeded one; deleting it takes its
    // issues along.
    let project = mock
        .call(
            Method::POST,
            "/projects",
            Some(json!({"name": "New Thing"})),
        )
        .await;
    assert_eq!(project.status, 201, "{}", project.body);
    assert_eq!(project.body["path"], "new-thing");
    assert_eq!(project.body["path_with_namespace"], "root/new-thing");
    let issue = mock
        .call(
            Method::POST,
            "/projects/root%2Fnew-thing/issues",
            Some(json!({"title": "t"})),
        )
        .await;
    assert_eq!(issue.status, 201);
    let id = project.body["id"].as_i64().expect("id");
    assert!(id > 2, "after the seeded projects: {id}");
    let deleted = mock
        .call(Method::DELETE, &format!("/projects/{id}"), None)
        .await;
    assert!(matches!(deleted.status, 202 | 204), "{}", deleted.status);
    assert_eq!(
        mock.get(&format!("/projects/{id}/issues")).await.status,
        404
    );
    let state: Value = mock
        .http
        .get(format!("{}/-/mock/state", mock.base))
        .send()
        .await
        .expect("state")
        .json()
        .await
        .expect("JSON");
    assert!(
        state.get(format!("/projects/{id}/issues")).is_none(),
        "{state}"
    );
}

#[tokio::test]
async fn the_conventions_still_come_first() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    // Validation: a missing required field is GitLab's 400, and nothing is stored.
    let invalid = mock
        .call(Method::POST, "/projects/1/issues", Some(json!({})))
        .await;
    assert_eq!(invalid.status, 400);
    assert_eq!(
        invalid.body,
        json!({"message": "400 (Bad request) \"title\" not given"})
    );
    assert_eq!(
        Mock::ids(&mock.get("/projects/1/issues").await, "iid"),
        Vec::<i64>::new()
    );
    // Authentication: the caller is the author; no token is 401 where one is needed.
    let by_alice = mock
        .call_as(
            SAMPLE_USER_TOKEN,
            Method::POST,
            "/projects/1/issues",
            Some(json!({"title": "a"})),
        )
        .await;
    assert_eq!(by_alice.body["author"]["username"], "alice");
    let anonymous = mock
        .http
        .post(format!("{}/api/v4/projects/1/issues", mock.base))
        .json(&json!({"title": "x"}))
        .send()
        .await
        .expect("request");
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn reset_goes_back_to_the_seed_and_state_shows_the_store() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    mock.call(
        Method::POST,
        "/projects/1/issues",
        Some(json!({"title": "temporary"})),
    )
    .await;
    let control = |method: Method, path: &str| {
        mock.http
            .request(method, format!("{}/-/mock/{path}", mock.base))
            .send()
    };
    let state: Value = control(Method::GET, "state")
        .await
        .expect("state")
        .json()
        .await
        .expect("JSON");
    assert_eq!(state["/projects/1/issues"][0]["title"], "temporary");
    assert_eq!(state["/projects"].as_array().map(Vec::len), Some(2));
    assert_eq!(state["/users"][1]["username"], "alice");
    let reset = control(Method::POST, "reset").await.expect("reset");
    assert_eq!(reset.status(), 204);
    let issues = mock.get("/projects/1/issues").await;
    assert_eq!(Mock::ids(&issues, "iid"), Vec::<i64>::new());
    assert_eq!(mock.get("/projects/group%2Fproject").await.body["id"], 1);
    // Numbering starts over with the seed.
    let created = mock
        .call(
            Method::POST,
            "/projects/1/issues",
            Some(json!({"title": "after"})),
        )
        .await;
    assert_eq!(created.body["iid"], 1);
    // The controls are not API routes.
    assert_eq!(mock.get("/-/mock/state").await.status, 404);
}

#[tokio::test]
async fn a_full_store_answers_507_and_stays_consistent_under_concurrent_requests() {
    // The sample seed holds 6 items (3 users, 1 group, 2 projects).
    let mock = Arc::new(start(6 + 40).await);
    let tasks: Vec<_> = (0..50)
        .map(|n| {
            let mock = Arc::clone(&mock);
            tokio::spawn(async move {
                mock.call(
                    Method::POST,
                    "/projects/1/issues",
                    Some(json!({"title": format!("{n}")})),
                )
                .await
                .status
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 40);
    assert_eq!(statuses.iter().filter(|s| **s == 507).count(), 10);
    let page = mock.get("/projects/1/issues?per_page=100&sort=asc").await;
    assert_eq!(
        Mock::ids(&page, "iid"),
        (1..=40).collect::<Vec<_>>(),
        "each iid once"
    );
    let full = mock
        .call(
            Method::POST,
            "/projects/1/labels",
            Some(json!({"name": "x", "color": "red"})),
        )
        .await;
    assert_eq!(
        (full.status, full.body),
        (507, json!({"message": "507 Insufficient Storage"}))
    );
}

#[tokio::test]
async fn a_seed_file_sets_the_start_and_a_wrong_one_is_refused() {
    let seed: Seed = serde_json::from_value(json!({
        "users": [{"id": 1, "username": "root", "name": "Root"}],
        "groups": [{"id": 5, "name": "Tools", "path": "tools"}],
        "projects": [{"id": 9, "name": "CLI", "namespace_id": 5}]
    }))
    .expect("seed");
    let state = Stateful::published(&seed, DEFAULT_MAX_ITEMS).expect("rules");
    let (stateful, all) = state.counts();
    assert!(stateful > 200 && stateful < all, "{stateful} of {all}");
    let mock = start_with(state, Options::default()).await;
    let project = mock.get("/projects/tools%2Fcli").await;
    assert_eq!(project.status, 200, "{}", project.body);
    assert_eq!(project.body["id"], 9);
    assert_eq!(project.body["namespace"]["full_path"], "tools");
    assert_eq!(mock.get("/projects/1").await.status, 404);

    let wrong: Seed = serde_json::from_value(json!({"widgets": [{}]})).expect("seed");
    let error = Stateful::published(&wrong, DEFAULT_MAX_ITEMS).expect_err("refused");
    assert!(
        error.contains("`widgets`") && error.contains("projects"),
        "{error}"
    );
}

#[tokio::test]
async fn the_generated_client_does_the_round_trip() {
    let mock = start(DEFAULT_MAX_ITEMS).await;
    let client =
        Client::new(&mock.base, Credentials::private_token(SAMPLE_ADMIN_TOKEN)).expect("client");
    let issues = client.issues();
    let created = issues
        .create_issue("group/project", "from Rust")
        .labels(vec!["rust".into()])
        .send()
        .await
        .expect("created");
    assert_eq!(created.title, "from Rust");
    let iid = created.iid;
    let found = issues
        .get_project_issue("group/project", iid)
        .send()
        .await
        .expect("found");
    assert_eq!(found.id, created.id);
    let listed: Vec<_> = issues
        .list_project_issues(1_u64)
        .state(ListProjectIssuesState::Opened)
        .stream()
        .try_collect()
        .await
        .expect("listed");
    assert_eq!(listed.iter().map(|i| i.iid).collect::<Vec<_>>(), [iid]);
    let closed = issues
        .edit_issue(1_u64, iid)
        .state_event(EditIssueBodyStateEvent::Close)
        .send()
        .await
        .expect("closed");
    assert_eq!(closed.state.as_str(), "closed");
    issues
        .delete_issue(1_u64, iid)
        .send()
        .await
        .expect("deleted");
    match issues.get_project_issue(1_u64, iid).send().await {
        Err(Error::Api(error)) => {
            assert_eq!(error.status, 404);
            assert_eq!(error.message.as_deref(), Some("404 Issue Not Found"));
        }
        other => panic!("expected 404, got {other:?}"),
    }
}

#[test]
fn the_command_line_turns_the_stateful_mode_on() {
    use gitlab_mock::Command;
    let parse = |args: &[&str]| Options::parse(args.iter().map(|a| (*a).to_owned()));
    let Ok(Command::Serve(plain)) = parse(&[]) else {
        panic!("serves")
    };
    assert!(plain.state.is_none(), "example mode by default");
    let Ok(Command::Serve(stateful)) = parse(&["--stateful", "--max-items", "10"]) else {
        panic!("serves")
    };
    let state = stateful.state.expect("a store");
    assert!(state.state()["/projects"].is_array());

    let dir = std::env::temp_dir().join(format!("gitlab-mock-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"groups": [{"id": 3, "name": "Ops", "path": "ops"}]}"#,
    )
    .expect("write");
    let Ok(Command::Serve(seeded)) = parse(&["--seed", seed.to_str().expect("utf-8")]) else {
        panic!("--seed implies --stateful")
    };
    let dump = seeded.state.expect("a store").state();
    assert_eq!(dump["/groups"][0]["full_path"], "ops");
    assert!(
        dump.get("/projects").is_none(),
        "the file replaces the sample seed"
    );
    std::fs::write(&seed, "[1, 2]").expect("write");
    let error = parse(&["--seed", seed.to_str().expect("utf-8")]).expect_err("refused");
    assert!(error.contains("is not seed data"), "{error}");
    let _ = std::fs::remove_dir_all(&dir);
}
