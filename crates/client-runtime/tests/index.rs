//! Lists paged by index into an envelope (SCIM), requests under another base path of the same
//! server, and clients with other credentials.

mod common;

use common::{Recorded, Server, json};
use futures_util::StreamExt;
use gitlab_client_runtime::{Client, Credentials, Error, IndexPaging, Method, Request, Secret};
use serde_json::json as j;

const SCIM: IndexPaging = IndexPaging {
    start: "startIndex",
    items: "Resources",
    total: "totalResults",
};

fn start_of(request: &Recorded) -> u64 {
    request
        .query()
        .split('&')
        .find_map(|pair| pair.strip_prefix("startIndex="))
        .and_then(|n| n.parse().ok())
        .expect("every request names its start index")
}

/// Seven users, answered at most three at a time, like a SCIM server with a page size of 3.
async fn scim_server() -> Server {
    Server::start(|request, _| {
        let start = start_of(request);
        let resources: Vec<_> = (start..=7)
            .take(3)
            .map(|n| j!({"id": format!("user-{n}")}))
            .collect();
        json(
            200,
            j!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                "totalResults": 7,
                "itemsPerPage": resources.len(),
                "startIndex": start,
                "Resources": resources,
            }),
        )
    })
    .await
}

fn bearer(token: &str) -> Credentials {
    Credentials::Bearer(Secret::new(token))
}

#[tokio::test]
async fn index_stream_walks_every_slice_under_the_other_base_path() {
    let server = scim_server().await;
    let client = server
        .client(Credentials::PrivateToken(Secret::new("personal")))
        .with_credentials(bearer("scim-token"));
    let mut request = Request::beside(Method::GET, "/api/scim/v2", "/groups/g%2Fs/Users");
    request.query_mut().push("filter", "active eq true");
    let ids: Vec<String> = client
        .index_stream::<serde_json::Value>(request, SCIM)
        .map(|user| user.unwrap()["id"].as_str().unwrap().to_owned())
        .collect()
        .await;
    assert_eq!(
        ids,
        (1..=7).map(|n| format!("user-{n}")).collect::<Vec<_>>()
    );
    let requests = server.requests();
    let starts: Vec<u64> = requests.iter().map(start_of).collect();
    assert_eq!(starts, [1, 4, 7]);
    for request in &requests {
        assert_eq!(request.path(), "/api/scim/v2/groups/g%2Fs/Users");
        assert!(
            request.query().contains("filter=active"),
            "{}",
            request.query()
        );
        assert_eq!(request.header("authorization"), Some("Bearer scim-token"));
        assert_eq!(request.header("private-token"), None);
    }
}

#[tokio::test]
async fn a_given_start_index_is_where_the_stream_begins() {
    let server = scim_server().await;
    let client = server.client(bearer("t"));
    let mut request = Request::beside(Method::GET, "/api/scim/v2", "/groups/g/Users");
    request.query_mut().push("startIndex", "6");
    let count = client
        .index_stream::<serde_json::Value>(request, SCIM)
        .count()
        .await;
    assert_eq!(count, 2);
}

#[tokio::test]
async fn a_bad_envelope_ends_the_stream_with_a_decode_error() {
    let server =
        Server::start(|_, _| json(200, j!({"Resources": [1, 2], "totalResults": 2}))).await;
    let client = server.client(bearer("t"));
    let request = Request::beside(Method::GET, "/api/scim/v2", "/groups/g/Users");
    let results: Vec<_> = client.index_stream::<String>(request, SCIM).collect().await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0], Err(Error::Decode { status: 200, .. })));
}

#[tokio::test]
async fn the_other_base_path_keeps_the_servers_prefix() {
    let server = Server::start(|_, _| json(200, j!({}))).await;
    // GitLab installed under a relative URL root: the API at /gitlab/api/v4.
    for url in [
        format!("{}/gitlab", server.base),
        format!("{}/gitlab/api/v4", server.base),
    ] {
        let client = Client::builder(&url)
            .base_path("/api/v4")
            .credentials(bearer("t"))
            .build()
            .unwrap();
        let _: serde_json::Value = client
            .send_json(Request::beside(
                Method::GET,
                "api/scim/v2/",
                "/groups/g/Users",
            ))
            .await
            .unwrap();
        let _: serde_json::Value = client
            .send_json(Request::new(Method::GET, "/version"))
            .await
            .unwrap();
    }
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/gitlab/api/scim/v2/groups/g/Users",
            "/gitlab/api/v4/version",
            "/gitlab/api/scim/v2/groups/g/Users",
            "/gitlab/api/v4/version",
        ]
    );
}

#[tokio::test]
async fn a_failed_stream_yields_its_error_once() {
    let results: Vec<_> = gitlab_client_runtime::index::failed::<u8>(Error::Encode("bad".into()))
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(matches!(&results[0], Err(Error::Encode(text)) if text == "bad"));
}
