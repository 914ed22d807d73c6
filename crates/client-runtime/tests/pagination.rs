//! Offset and keyset streaming, item limits and resuming from a cursor.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};

use common::{Recorded, Server, json, reply};
use futures_util::StreamExt;
use gitlab_client_runtime::{
    Credentials, Error, ItemStream, KeysetSupport, Method, Request, StreamOptions,
};
use serde_json::json as j;

/// Reads the `page` parameter from a recorded request, defaulting to 1.
fn page_of(request: &Recorded) -> u64 {
    request
        .query()
        .split('&')
        .find_map(|pair| pair.strip_prefix("page="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// Items `3 * (page - 1) + 1 ..= 3 * page` of a nine-item list.
fn items(page: u64) -> serde_json::Value {
    j!(((page - 1) * 3 + 1..=page * 3)
        .map(|id| j!({"id": id}))
        .collect::<Vec<_>>())
}

fn ids(values: &[serde_json::Value]) -> Vec<u64> {
    values.iter().filter_map(|v| v["id"].as_u64()).collect()
}

/// A three-page list that links pages with a `Link` header.
async fn linked_server() -> Server {
    Server::start(|request, _| {
        let page = page_of(request);
        let mut headers = vec![
            ("x-page".to_owned(), page.to_string()),
            ("x-total".to_owned(), String::new()),
        ];
        if page < 3 {
            let link = format!(
                "<{}/api/v4/items?page={}&per_page=3>; rel=\"next\"",
                request.origin(),
                page + 1
            );
            headers.push(("link".to_owned(), link));
        }
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        reply(200, &headers, items(page).to_string())
    })
    .await
}

async fn collect(stream: ItemStream<serde_json::Value>) -> Vec<serde_json::Value> {
    stream.map(|item| item.unwrap()).collect().await
}

#[tokio::test]
async fn offset_stream_follows_link_headers() {
    let server = linked_server().await;
    let client = server.client(Credentials::private_token("t"));
    let options = StreamOptions {
        per_page: Some(3),
        ..StreamOptions::default()
    };
    let stream = client.stream::<serde_json::Value>(Request::new(Method::GET, "/items"), options);
    assert!(server.requests().is_empty(), "streams are lazy");
    assert_eq!(ids(&collect(stream).await), (1..=9).collect::<Vec<_>>());
    let uris: Vec<_> = server.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(
        uris,
        [
            "/api/v4/items?per_page=3",
            "/api/v4/items?page=2&per_page=3",
            "/api/v4/items?page=3&per_page=3"
        ]
    );
}

#[tokio::test]
async fn offset_stream_falls_back_to_next_page_header() {
    let server = Server::start(|request, _| {
        let page = page_of(request);
        let next = if page < 3 {
            (page + 1).to_string()
        } else {
            String::new()
        };
        reply(
            200,
            &[("x-next-page", next.as_str()), ("x-total-pages", "")],
            items(page).to_string(),
        )
    })
    .await;
    let client = server.client(Credentials::Anonymous);
    let mut request = Request::new(Method::GET, "/items");
    request.query_mut().push("state", "opened");
    let stream = client.stream::<serde_json::Value>(request, StreamOptions::default());
    assert_eq!(ids(&collect(stream).await), (1..=9).collect::<Vec<_>>());
    let uris: Vec<_> = server.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(
        uris,
        [
            "/api/v4/items?state=opened",
            "/api/v4/items?state=opened&page=2",
            "/api/v4/items?state=opened&page=3"
        ]
    );
}

#[tokio::test]
async fn item_limit_stops_without_fetching_more() {
    let server = linked_server().await;
    let client = server.client(Credentials::Anonymous);
    let options = StreamOptions {
        max_items: Some(3),
        ..StreamOptions::default()
    };
    let stream = client.stream::<serde_json::Value>(Request::new(Method::GET, "/items"), options);
    assert_eq!(ids(&collect(stream).await), [1, 2, 3]);
    assert_eq!(server.requests().len(), 1);
}

static KEYSET: KeysetSupport = KeysetSupport {
    order_by: &["id"],
    sort: &["asc", "desc"],
};

#[tokio::test]
async fn keyset_pagination_is_chosen_when_allowed() {
    let server = Server::start(|request, _| {
        if request.query().contains("id_after=3") {
            return json(200, items(2));
        }
        let link = format!(
            "<{}/api/v4/projects?id_after=3&order_by=id&pagination=keyset&per_page=3>; rel=\"next\"",
            request.origin()
        );
        reply(200, &[("link", link.as_str())], items(1).to_string())
    })
    .await;
    let client = server.client(Credentials::Anonymous);
    let options = StreamOptions {
        per_page: Some(3),
        keyset: Some(&KEYSET),
        ..StreamOptions::default()
    };
    let stream =
        client.stream::<serde_json::Value>(Request::new(Method::GET, "/projects"), options.clone());
    assert_eq!(ids(&collect(stream).await), (1..=6).collect::<Vec<_>>());
    let first = &server.requests()[0];
    assert_eq!(first.query(), "per_page=3&pagination=keyset&order_by=id");
    assert_eq!(server.requests().len(), 2);

    // An ordering keyset pagination cannot serve keeps offset pagination.
    let mut request = Request::new(Method::GET, "/projects");
    request.query_mut().push("order_by", "name");
    let mut stream = client.stream::<serde_json::Value>(request, options.clone());
    stream.next().await.unwrap().unwrap();
    assert_eq!(server.requests()[2].query(), "order_by=name&per_page=3");

    // So does an explicit preference for offsets.
    let options = StreamOptions {
        prefer_offset: true,
        ..options
    };
    let mut stream =
        client.stream::<serde_json::Value>(Request::new(Method::GET, "/projects"), options);
    stream.next().await.unwrap().unwrap();
    assert_eq!(server.requests()[3].query(), "per_page=3");
}

#[tokio::test]
async fn errors_end_the_stream_and_the_cursor_resumes_exactly() {
    let broken = AtomicBool::new(true);
    let server = Server::start(move |request, _| {
        let page = page_of(request);
        if page == 2 && broken.swap(false, Ordering::SeqCst) {
            return json(500, j!({"message": "500 Internal Server Error"}));
        }
        let next = if page < 3 {
            (page + 1).to_string()
        } else {
            String::new()
        };
        reply(
            200,
            &[("x-next-page", next.as_str())],
            items(page).to_string(),
        )
    })
    .await;
    let client = server.client(Credentials::Anonymous);
    let mut stream = client.stream::<serde_json::Value>(
        Request::new(Method::GET, "/items"),
        StreamOptions::default(),
    );
    let mut seen = Vec::new();
    let mut error = None;
    while let Some(item) = stream.next().await {
        match item {
            Ok(value) => seen.push(value),
            Err(err) => error = Some(err),
        }
    }
    assert_eq!(error.and_then(|e| e.status()), Some(500));
    assert_eq!(ids(&seen), [1, 2, 3]);
    let cursor = stream.cursor().unwrap();
    assert!(
        cursor.url().as_str().ends_with("/api/v4/items?page=2"),
        "{}",
        cursor.url()
    );
    assert!(
        stream.next().await.is_none(),
        "a failed stream stays finished"
    );

    // The cursor survives being stored as JSON.
    let stored = serde_json::to_string(&cursor).unwrap();
    let cursor = serde_json::from_str(&stored).unwrap();
    let rest = collect(client.resume::<serde_json::Value>(cursor)).await;
    assert_eq!(ids(&rest), (4..=9).collect::<Vec<_>>());
}

#[tokio::test]
async fn cursor_of_a_partly_read_page_skips_what_was_yielded() {
    let server = linked_server().await;
    let client = server.client(Credentials::Anonymous);
    let mut stream = client.stream::<serde_json::Value>(
        Request::new(Method::GET, "/items"),
        StreamOptions::default(),
    );
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first["id"], 1);
    let cursor = stream.cursor().unwrap();
    drop(stream);
    let rest = collect(client.resume::<serde_json::Value>(cursor)).await;
    assert_eq!(ids(&rest), (2..=9).collect::<Vec<_>>());
}

#[tokio::test]
async fn link_tokens_are_not_duplicated() {
    let server = Server::start(|request, _| {
        if page_of(request) == 1 {
            let link = format!(
                "<{}/api/v4/items?page=2&private_token=server-copy&access_token=other>; rel=\"next\"",
                request.origin()
            );
            return reply(200, &[("link", link.as_str())], items(1).to_string());
        }
        json(200, items(2))
    })
    .await;
    let client = server.client(Credentials::private_token_query("mine"));
    let stream = client.stream::<serde_json::Value>(
        Request::new(Method::GET, "/items"),
        StreamOptions::default(),
    );
    assert_eq!(collect(stream).await.len(), 6);
    let second = &server.requests()[1];
    assert_eq!(second.uri, "/api/v4/items?page=2&private_token=mine");
}

#[tokio::test]
async fn single_pages_expose_headers() {
    let server = linked_server().await;
    let client = server.client(Credentials::Anonymous);
    let page = client
        .send_page::<serde_json::Value>(Request::new(Method::GET, "/items"))
        .await
        .unwrap();
    assert_eq!(page.info.page, Some(1));
    assert_eq!(page.info.total, None);
    let cursor = page.next_cursor().unwrap();
    assert!(
        cursor
            .url()
            .as_str()
            .ends_with("/api/v4/items?page=2&per_page=3")
    );
    assert_eq!(page.into_items().len(), 3);
    let rest = collect(client.resume::<serde_json::Value>(cursor)).await;
    assert_eq!(ids(&rest), (4..=9).collect::<Vec<_>>());
}

#[tokio::test]
async fn foreign_links_are_refused() {
    let server = Server::start(|_, _| {
        reply(
            200,
            &[(
                "link",
                "<http://evil.example/elsewhere?page=2>; rel=\"next\"",
            )],
            items(1).to_string(),
        )
    })
    .await;
    let client = server.client(Credentials::private_token("t"));
    let results: Vec<_> = client
        .stream::<serde_json::Value>(
            Request::new(Method::GET, "/items"),
            StreamOptions::default(),
        )
        .collect()
        .await;
    assert_eq!(results.len(), 4);
    assert!(
        matches!(results[3], Err(Error::InvalidUrl(_))),
        "{:?}",
        results[3]
    );
    assert_eq!(server.requests().len(), 1);
}
