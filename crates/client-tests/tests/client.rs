//! The generated client against a real HTTP server on 127.0.0.1: GitLab's conventions as a user
//! of `gitlab-client` meets them.

mod common;

use common::{Answer, Server, issue, project};
use futures_util::TryStreamExt;
use gitlab_client::models::{IssueNegatedFilters, IssueState};
use gitlab_client::{Credentials, Error, Upload};
use serde_json::json;

#[tokio::test]
async fn streams_every_issue_of_a_project_across_pages() {
    let server = Server::start(|seen, _| {
        let page: i64 = seen
            .pairs()
            .iter()
            .find(|(k, _)| k == "page")
            .map_or(1, |(_, v)| v.parse().expect("page"));
        let items: Vec<_> = (1..=2).map(|i| issue((page - 1) * 2 + i)).collect();
        let mut answer = Answer::json(200, &json!(items))
            .header("x-page", page.to_string())
            .header("x-per-page", "2")
            .header("x-total", "")
            .header("x-total-pages", "");
        if page < 3 {
            let next = format!(
                "http://{}/api/v4/projects/group%2Fsub%2Fproject/issues?page={}&per_page=2",
                seen.header("host").expect("host"),
                page + 1
            );
            answer = answer.header("link", format!("<{next}>; rel=\"next\""));
        }
        answer
    })
    .await;
    let client = server.client();
    let issues: Vec<_> = client
        .issues()
        .list_project_issues("group/sub/project")
        .per_page(2)
        .stream()
        .try_collect()
        .await
        .expect("every page");
    let ids: Vec<i64> = issues.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
    let seen = server.seen();
    assert_eq!(seen.len(), 3, "one request per page");
    assert_eq!(
        seen[0].path(),
        "/api/v4/projects/group%2Fsub%2Fproject/issues"
    );
    assert!(seen[0].pairs().contains(&("per_page".into(), "2".into())));
    assert!(
        seen.iter()
            .all(|s| s.header("private-token") == Some("glpat-secret"))
    );
}

#[tokio::test]
async fn one_page_call_reports_page_info_and_missing_totals() {
    let server = Server::start(|_, _| {
        Answer::json(200, &json!([issue(1)]))
            .header("x-page", "3")
            .header("x-per-page", "1")
            .header("x-next-page", "4")
            .header("x-prev-page", "2")
            .header("x-total", "")
            .header("x-total-pages", "")
    })
    .await;
    let page = server
        .client()
        .issues()
        .list_project_issues(7_u64)
        .page(3)
        .per_page(1)
        .send()
        .await
        .expect("page");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.info.page, Some(3));
    assert_eq!(page.info.next_page, Some(4));
    assert_eq!(page.info.prev_page, Some(2));
    assert_eq!(
        page.info.total, None,
        "GitLab leaves totals out past 10,000 records"
    );
    assert_eq!(page.info.total_pages, None);
    let seen = server.seen();
    assert_eq!(seen[0].path(), "/api/v4/projects/7/issues");
    assert!(seen[0].pairs().contains(&("page".into(), "3".into())));
}

#[tokio::test]
async fn item_limit_stops_without_fetching_more_pages() {
    let server = Server::start(|seen, _| {
        let next = format!(
            "http://{}/api/v4/issues?page=2",
            seen.header("host").expect("host")
        );
        Answer::json(200, &json!([issue(1), issue(2), issue(3)]))
            .header("link", format!("<{next}>; rel=\"next\""))
    })
    .await;
    let issues: Vec<_> = server
        .client()
        .issues()
        .list_issues()
        .max_items(2)
        .stream()
        .try_collect()
        .await
        .expect("items");
    assert_eq!(issues.len(), 2);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn projects_stream_chooses_keyset_pagination_when_the_order_allows_it() {
    let server = Server::start(|seen, index| {
        let host = seen.header("host").expect("host").to_owned();
        let answer = Answer::json(200, &json!([project(index as i64 + 1)]));
        if index == 0 {
            let next = format!(
                "http://{host}/api/v4/projects?id_after=1&order_by=id&pagination=keyset&sort=asc"
            );
            answer.header("link", format!("<{next}>; rel=\"next\""))
        } else {
            answer
        }
    })
    .await;
    let client = server.client();
    let projects: Vec<_> = client
        .projects()
        .list_projects()
        .stream()
        .try_collect()
        .await
        .expect("projects");
    assert_eq!(projects.len(), 2);
    let seen = server.seen();
    let first = seen[0].pairs();
    assert!(
        first.contains(&("pagination".into(), "keyset".into())),
        "{first:?}"
    );
    assert!(
        first.contains(&("order_by".into(), "id".into())),
        "{first:?}"
    );
    assert!(
        seen[1].query().contains("id_after=1"),
        "the next link is followed as given"
    );

    // Ordering by name is not supported by keyset pagination: the stream uses offsets.
    let _: Vec<_> = client
        .projects()
        .list_projects()
        .order_by(gitlab_client::projects::ListProjectsOrderBy::Name)
        .max_items(1)
        .stream()
        .try_collect()
        .await
        .expect("projects");
    let third = server.seen()[2].pairs();
    assert!(!third.iter().any(|(k, _)| k == "pagination"), "{third:?}");
}

#[tokio::test]
async fn a_stream_resumes_from_its_cursor_after_an_error() {
    let server = Server::start(|seen, index| {
        let host = seen.header("host").expect("host").to_owned();
        let page: i64 = seen
            .pairs()
            .iter()
            .find(|(k, _)| k == "page")
            .map_or(1, |(_, v)| v.parse().expect("n"));
        // The first request for page 2 fails; later ones work.
        if page == 2 && index == 1 {
            return Answer::json(500, &json!({"message": "500 Internal Server Error"}));
        }
        let answer = Answer::json(200, &json!([issue(page * 10), issue(page * 10 + 1)]));
        if page < 3 {
            let next = format!("http://{host}/api/v4/issues?page={}", page + 1);
            answer.header("link", format!("<{next}>; rel=\"next\""))
        } else {
            answer
        }
    })
    .await;
    let client = gitlab_client::Client::builder(&server.base)
        .credentials(Credentials::private_token("t"))
        .retry(gitlab_client::RetryPolicy::none())
        .build()
        .expect("client");
    let mut stream = client.issues().list_issues().stream();
    let mut ids = Vec::new();
    let error = loop {
        match stream.try_next().await {
            Ok(Some(issue)) => ids.push(issue.id),
            Ok(None) => panic!("the stream should fail on page 2"),
            Err(error) => break error,
        }
    };
    assert_eq!(error.status(), Some(500));
    let cursor = stream.cursor().expect("a cursor after the failure");
    let rest: Vec<_> = client
        .resume::<gitlab_client::models::Issue>(cursor)
        .try_collect()
        .await
        .expect("rest");
    ids.extend(rest.iter().map(|i| i.id));
    assert_eq!(
        ids,
        [10, 11, 20, 21, 30, 31],
        "nothing repeated, nothing lost"
    );
}

#[tokio::test]
async fn create_issue_sends_json_and_decodes_the_201() {
    let server = Server::start(|seen, _| {
        let mut created = issue(99);
        created["title"] = seen.json()["title"].clone();
        Answer::json(201, &created)
    })
    .await;
    let created = server
        .client()
        .issues()
        .create_issue("group/project", "Crash on start")
        .labels(vec!["bug".into(), "p1".into()])
        .confidential(true)
        .send()
        .await
        .expect("created");
    assert_eq!(created.title, "Crash on start");
    let seen = &server.seen()[0];
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path(), "/api/v4/projects/group%2Fproject/issues");
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(
        seen.json(),
        json!({"title": "Crash on start", "labels": ["bug", "p1"], "confidential": true})
    );
}

#[tokio::test]
async fn sudo_per_client_and_per_request() {
    let server = Server::start(|_, _| Answer::json(200, &json!([]))).await;
    let admin = server.client();
    admin
        .with_sudo("alice")
        .issues()
        .list_issues()
        .send()
        .await
        .expect("as alice");
    admin
        .issues()
        .list_issues()
        .sudo("bob")
        .send()
        .await
        .expect("as bob");
    admin
        .with_sudo("alice")
        .issues()
        .list_issues()
        .sudo("carol")
        .send()
        .await
        .expect("as carol");
    admin
        .issues()
        .list_issues()
        .send()
        .await
        .expect("as the admin");
    let sudo: Vec<Option<String>> = server
        .seen()
        .iter()
        .map(|s| s.header("sudo").map(str::to_owned))
        .collect();
    assert_eq!(
        sudo,
        [
            Some("alice".into()),
            Some("bob".into()),
            Some("carol".into()),
            None
        ]
    );
}

#[tokio::test]
async fn every_kind_of_credentials_reaches_the_wire() {
    let server =
        Server::start(|_, _| Answer::json(200, &json!({"version": "15.2.0", "revision": "abc"})))
            .await;
    let kinds = [
        Credentials::private_token("pat"),
        Credentials::bearer("oauth"),
        Credentials::job_token("job"),
        Credentials::private_token_query("pq"),
        Credentials::access_token_query("aq"),
        Credentials::session_cookie("cookie"),
        Credentials::Anonymous,
    ];
    for credentials in kinds.clone() {
        server
            .client_with(credentials)
            .version()
            .get_version()
            .send()
            .await
            .expect("version");
    }
    let seen = server.seen();
    assert_eq!(seen[0].header("private-token"), Some("pat"));
    assert_eq!(seen[1].header("authorization"), Some("Bearer oauth"));
    assert_eq!(seen[2].header("job-token"), Some("job"));
    assert!(
        seen[3]
            .pairs()
            .contains(&("private_token".into(), "pq".into()))
    );
    assert!(
        seen[4]
            .pairs()
            .contains(&("access_token".into(), "aq".into()))
    );
    assert_eq!(seen[5].header("cookie"), Some("_gitlab_session=cookie"));
    let anonymous = &seen[6];
    assert!(
        ["private-token", "authorization", "job-token", "cookie"]
            .iter()
            .all(|h| anonymous.header(h).is_none())
    );
    assert_eq!(anonymous.query(), "");
    for credentials in kinds {
        let shown = format!("{credentials:?}");
        for secret in ["pat", "oauth", "job", "pq", "aq", "cookie"] {
            assert!(
                !shown.contains(&format!("\"{secret}\"")),
                "{shown} shows a secret"
            );
        }
    }
}

#[tokio::test]
async fn a_validation_error_is_a_map_of_lists() {
    let server = Server::start(|_, _| {
        Answer::json(400, &json!({"message": {"title": ["can't be blank"], "labels": ["is invalid", "is too long"]}}))
            .header("x-request-id", "01HREQ")
    })
    .await;
    let error = server
        .client()
        .issues()
        .create_issue(1_u64, "")
        .send()
        .await
        .expect_err("rejected");
    assert_eq!(error.status(), Some(400));
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error}")
    };
    assert_eq!(api.validation["title"], ["can't be blank"]);
    assert_eq!(api.validation["labels"], ["is invalid", "is too long"]);
    assert_eq!(api.request_id.as_deref(), Some("01HREQ"));
    assert!(!api.body.is_empty(), "the raw body is kept");
}

#[tokio::test]
async fn oauth_style_and_message_errors_are_typed() {
    let server = Server::start(|_, index| match index {
        0 => Answer::json(
            403,
            &json!({"error": "insufficient_scope", "error_description": "The request requires higher privileges.", "scope": "api"}),
        ),
        1 => Answer::json(404, &json!({"message": "404 Project Not Found"})),
        _ => Answer { status: 502, headers: vec![], body: b"<html>bad gateway</html>".to_vec() },
    })
    .await;
    let client = gitlab_client::Client::builder(&server.base)
        .retry(gitlab_client::RetryPolicy::none())
        .build()
        .expect("client");
    let scope = client
        .projects()
        .get_project(1_u64)
        .send()
        .await
        .expect_err("403");
    let api = scope.api().expect("api error");
    assert_eq!(
        (api.status, api.error.as_deref(), api.scope.as_deref()),
        (403, Some("insufficient_scope"), Some("api"))
    );
    assert!(api.error_description.is_some());
    let missing = client
        .projects()
        .get_project(2_u64)
        .send()
        .await
        .expect_err("404");
    assert_eq!(
        missing.api().and_then(|a| a.message.as_deref()),
        Some("404 Project Not Found")
    );
    let gateway = client
        .projects()
        .get_project(3_u64)
        .send()
        .await
        .expect_err("502");
    assert_eq!(gateway.status(), Some(502));
    assert_eq!(
        gateway.api().map(|a| a.body.as_ref()),
        Some(&b"<html>bad gateway</html>"[..])
    );
}

#[tokio::test]
async fn a_body_that_does_not_match_its_type_is_an_error_not_a_panic() {
    let server = Server::start(|_, index| match index {
        0 => Answer::json(200, &json!({"id": "not a number"})),
        _ => Answer {
            status: 200,
            headers: vec![],
            body: b"{\"id\": 1, \"tit".to_vec(),
        },
    })
    .await;
    let client = server.client();
    for _ in 0..2 {
        let error = client
            .issues()
            .get_issue(1)
            .send()
            .await
            .expect_err("cannot decode");
        assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    }
}

#[tokio::test]
async fn unknown_enum_values_from_a_newer_gitlab_still_decode() {
    let server = Server::start(|_, _| {
        let mut newer = issue(5);
        newer["state"] = "archived".into();
        Answer::json(200, &newer)
    })
    .await;
    let decoded = server
        .client()
        .issues()
        .get_issue(5)
        .send()
        .await
        .expect("decodes");
    assert_eq!(decoded.state, IssueState::Unknown("archived".into()));
}

#[tokio::test]
async fn rate_limits_are_waited_out_and_posts_are_never_repeated_after_a_server_error() {
    let server = Server::start(|seen, index| match (seen.method.as_str(), index) {
        ("GET", 0) => {
            Answer::json(429, &json!({"message": "Retry later"})).header("retry-after", "0")
        }
        ("GET", 1) => Answer::json(503, &json!({"message": "503"})),
        ("GET", _) => Answer::json(200, &json!({"version": "15.2.0", "revision": "abc"})),
        _ => Answer::json(503, &json!({"message": "503"})),
    })
    .await;
    let client = server.client();
    client
        .version()
        .get_version()
        .send()
        .await
        .expect("third time lucky");
    assert_eq!(server.seen().len(), 3);
    let error = client
        .issues()
        .create_issue(1_u64, "once")
        .send()
        .await
        .expect_err("503");
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.seen().len(), 4, "the POST was sent exactly once");
}

#[tokio::test]
async fn arrays_hashes_and_comma_lists_use_gitlabs_forms() {
    let server = Server::start(|_, _| Answer::json(200, &json!([]))).await;
    server
        .client()
        .issues()
        .list_project_issues("group/project")
        .labels(vec!["bug".into(), "ui+ux".into()])
        .iids(vec![1, 2])
        .assignee_username(vec!["alice".into()])
        .not(IssueNegatedFilters {
            labels: Some(vec!["wontfix".into()]),
            author_id: Some(9),
            ..Default::default()
        })
        .search("a b")
        .send()
        .await
        .expect("page");
    let seen = &server.seen()[0];
    let query = seen.query();
    assert!(
        query.contains("labels=bug,ui%2Bux") || query.contains("labels=bug%2Cui%2Bux"),
        "{query}"
    );
    assert!(
        query.contains("iids%5B%5D=1&iids%5B%5D=2") || query.contains("iids[]=1&iids[]=2"),
        "{query}"
    );
    let pairs = seen.pairs();
    assert!(
        pairs.contains(&("assignee_username[]".into(), "alice".into())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("not[author_id]".into(), "9".into())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("not[labels]".into(), "wontfix".into()))
            || pairs.contains(&("not[labels][]".into(), "wontfix".into())),
        "{pairs:?}"
    );
    assert!(
        query.contains("search=a%20b"),
        "spaces are %20 and `+` is %2B: {query}"
    );
}

#[tokio::test]
async fn paths_are_encoded_once_whatever_form_they_come_in() {
    let server = Server::start(|_, _| Answer::json(200, &project(1))).await;
    let client = server.client();
    for id in ["group/sub/project", "group%2Fsub%2Fproject"] {
        client
            .projects()
            .get_project(id)
            .send()
            .await
            .expect("project");
    }
    client
        .projects()
        .get_project(42_u64)
        .send()
        .await
        .expect("project");
    let paths: Vec<String> = server.seen().iter().map(|s| s.path().to_owned()).collect();
    assert_eq!(
        paths,
        [
            "/api/v4/projects/group%2Fsub%2Fproject",
            "/api/v4/projects/group%2Fsub%2Fproject",
            "/api/v4/projects/42"
        ]
    );
}

#[tokio::test]
async fn uploads_are_multipart() {
    let server = Server::start(|_, _| {
        Answer::json(201, &json!({"alt": "logo", "url": "/uploads/abc/logo.png", "full_path": "/group/project/uploads/abc/logo.png", "markdown": "![logo](/uploads/abc/logo.png)"}))
    })
    .await;
    let file = Upload::new("logo.png", vec![0x89, b'P', b'N', b'G']).content_type("image/png");
    server
        .client()
        .projects()
        .upload_project_file("group/project", file)
        .send()
        .await
        .expect("uploaded");
    let seen = &server.seen()[0];
    let content_type = seen.header("content-type").expect("content type");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&seen.body);
    assert!(
        body.contains("name=\"file\"; filename=\"logo.png\""),
        "{body}"
    );
    assert!(
        body.contains("Content-Type: image/png") || body.contains("content-type: image/png"),
        "{body}"
    );
    assert!(seen.body.windows(4).any(|w| w == [0x89, b'P', b'N', b'G']));
}

#[tokio::test]
async fn downloads_stream_without_buffering_the_whole_body() {
    const SIZE: usize = 3 * 1024 * 1024 + 17;
    let server = Server::start(|_, _| Answer {
        status: 200,
        headers: vec![
            ("content-type".into(), "application/x-tar".into()),
            (
                "content-disposition".into(),
                "attachment; filename=\"snapshot.tar\"".into(),
            ),
        ],
        body: (0..SIZE).map(|i| (i % 251) as u8).collect(),
    })
    .await;
    let download = server
        .client()
        .projects()
        .download_project_snapshot("group/project")
        .send()
        .await
        .expect("download");
    assert_eq!(download.file_name().as_deref(), Some("snapshot.tar"));
    let mut stream = download.bytes_stream();
    let (mut total, mut chunks, mut checksum) = (0usize, 0usize, 0u64);
    while let Some(chunk) = stream.try_next().await.expect("chunk") {
        chunks += 1;
        checksum += chunk.iter().map(|&b| u64::from(b)).sum::<u64>();
        total += chunk.len();
    }
    assert_eq!(total, SIZE);
    assert!(chunks > 1, "the body arrived in pieces, not as one buffer");
    assert_eq!(checksum, (0..SIZE).map(|i| (i % 251) as u64).sum::<u64>());
}
