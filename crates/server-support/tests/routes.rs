//! The operations' routing table (`Routes`), served for real on 127.0.0.1: operations on one
//! path with differently named placeholders, `%2F` in a placeholder, `HEAD` answered as `GET`,
//! GitLab's 405 with `Allow` and 404 for unknown paths, and other routes merged beside the
//! table.

#![allow(missing_docs)]

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use gitlab_server_support::{
    ApiError, Base, Conventions, Input, Kind, Location, OperationSpec, ParamSpec, Reply, Routes,
    ServerConfig, Style, endpoint, finish_with_log, respond,
};
use serde::Deserialize;
use serde_json::{Value, json};

/// A public operation on `path`, answering with what it was given.
const fn spec(
    id: &'static str,
    method: &'static str,
    path: &'static str,
    params: &'static [ParamSpec],
) -> OperationSpec {
    OperationSpec {
        id,
        method,
        path,
        params,
        body: None,
        status: 200,
        paginated: false,
        keyset: None,
        public: true,
        admin_only: false,
        conventions: Conventions::Rest,
        base: Base::Main,
    }
}

const fn path_param(name: &'static str) -> ParamSpec {
    ParamSpec {
        name,
        key: name,
        location: Location::Path,
        required: true,
        kind: Kind::String,
        style: Style::Form,
    }
}

const PARAM_ID: ParamSpec = path_param("id");
const PARAM_THING_ID: ParamSpec = path_param("thing_id");
const PARAM_LABEL: ParamSpec = ParamSpec {
    name: "label",
    key: "label",
    location: Location::Query,
    required: false,
    kind: Kind::String,
    style: Style::Form,
};

// One path, two names for its placeholder, as GitLab's paths have (`{id}`, `{user_id}`).
static GET_PARTS: OperationSpec = spec(
    "getParts",
    "GET",
    "/things/{id}/parts",
    &[PARAM_ID, PARAM_LABEL],
);
static PUT_PARTS: OperationSpec = spec(
    "putParts",
    "PUT",
    "/things/{thing_id}/parts",
    &[PARAM_THING_ID, PARAM_LABEL],
);

#[derive(Deserialize)]
struct ById {
    id: String,
    label: Option<String>,
}

#[derive(Deserialize)]
struct ByThingId {
    thing_id: String,
    label: Option<String>,
}

struct Things;

impl Things {
    async fn get_parts(&self, _: &Input, input: ById) -> Result<Reply<Value>, ApiError> {
        Ok(Reply::new(
            json!({"op": "get", "id": input.id, "label": input.label}),
        ))
    }

    async fn put_parts(&self, _: &Input, input: ByThingId) -> Result<Reply<Value>, ApiError> {
        Ok(Reply::new(
            json!({"op": "put", "id": input.thing_id, "label": input.label}),
        ))
    }
}

async fn serve() -> String {
    let config = Arc::new(ServerConfig::default());
    let routes = Routes::new(&config)
        .route(endpoint(&GET_PARTS, Things::get_parts, respond::Json))
        .route(endpoint(&PUT_PARTS, Things::put_parts, respond::Json))
        .with_state(Arc::new(Things), Arc::clone(&config))
        .merge(Router::new().route("/docs", get(|| async { "the docs" })));
    let app = finish_with_log(routes, config, Arc::new(|_: &str| {}));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

async fn send(method: reqwest::Method, url: &str) -> (u16, String, String) {
    let response = reqwest::Client::new()
        .request(method, url)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let allow = response
        .headers()
        .get("allow")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (status, allow, response.text().await.expect("body"))
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| panic!("not JSON: {text:?}"))
}

#[tokio::test]
async fn the_table_routes_each_method_with_its_own_placeholder_names() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let base = serve().await;
    let url = format!("{base}/api/v4/things/group%2Fsub/parts?label=a%20b");
    let (status, _, body) = send(reqwest::Method::GET, &url).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        json_of(&body),
        json!({"op": "get", "id": "group/sub", "label": "a b"})
    );
    let (status, _, body) = send(reqwest::Method::PUT, &url).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        json_of(&body),
        json!({"op": "put", "id": "group/sub", "label": "a b"})
    );
    // HEAD is answered by GET's operation, without a body.
    let (status, _, body) = send(reqwest::Method::HEAD, &url).await;
    assert_eq!((status, body.as_str()), (200, ""));
}

#[tokio::test]
async fn wrong_methods_and_unknown_paths_get_gitlabs_answers() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let base = serve().await;
    let (status, allow, body) = send(
        reqwest::Method::DELETE,
        &format!("{base}/api/v4/things/1/parts"),
    )
    .await;
    assert_eq!(status, 405);
    assert_eq!(allow, "GET, HEAD, PUT");
    assert_eq!(json_of(&body), json!({"message": "405 Method Not Allowed"}));
    for path in ["/api/v4/things/1", "/api/v4/things/1/parts/2", "/nowhere"] {
        let (status, _, body) = send(reqwest::Method::GET, &format!("{base}{path}")).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(json_of(&body), json!({"error": "404 Not Found"}), "{path}");
    }
    // A route merged beside the table is served as it is.
    let (status, _, body) = send(reqwest::Method::GET, &format!("{base}/docs")).await;
    assert_eq!((status, body.as_str()), (200, "the docs"));
}
