//! Error bodies, reply helpers and `Input::decode` without a server.

mod common;

use std::collections::BTreeMap;

use axum::body::to_bytes;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use gitlab_server_support::{
    ApiError, Authenticator, Base, Conventions, Credential, FileBody, Input, Kind, Location,
    OperationSpec, PageRequest, ParamSpec, Reply, ServerConfig, Style, empty_response, extract,
    file_response, json_response,
};
use serde::Deserialize;
use serde_json::{Map, Value, json};

static DELETE: OperationSpec = OperationSpec {
    id: "deleteThing",
    method: "DELETE",
    path: "/things/{id}",
    params: &[],
    body: None,
    status: 204,
    paginated: false,
    keyset: None,
    public: false,
    admin_only: false,
    conventions: Conventions::Rest,
    base: Base::Main,
};

/// A SCIM operation, beside the REST API.
static GET_SCIM_USER: OperationSpec = OperationSpec {
    id: "getScimUser",
    method: "GET",
    path: "/groups/{group_path}/Users/{id}",
    params: &[
        ParamSpec {
            name: "group_path",
            key: "group_path",
            location: Location::Path,
            required: true,
            kind: Kind::String,
            style: Style::Form,
        },
        ParamSpec {
            name: "id",
            key: "id",
            location: Location::Path,
            required: true,
            kind: Kind::String,
            style: Style::Form,
        },
    ],
    body: None,
    status: 200,
    paginated: false,
    keyset: None,
    public: false,
    admin_only: false,
    conventions: Conventions::Scim,
    base: Base::Beside {
        main: "/api/v4",
        own: "/api/scim/v2",
    },
};

fn scim_request(token: Option<&str>) -> axum::extract::Request {
    let mut builder =
        axum::http::Request::builder().uri("/gitlab/api/scim/v2/groups/org%2Fteam/Users/abc-1");
    if let Some(token) = token {
        builder = builder.header("authorization", format!("Bearer {token}"));
    }
    builder.body(axum::body::Body::empty()).unwrap()
}

#[tokio::test]
async fn scim_operations_take_the_scim_token_and_answer_scim_errors() {
    let config = ServerConfig {
        base_path: "/gitlab/api/v4".into(),
        auth: Authenticator::new(common::TestUsers),
        ..ServerConfig::default()
    };
    // A personal access token is no SCIM token.
    for token in [None, Some(common::ADMIN_TOKEN), Some("wrong")] {
        let error = extract(&GET_SCIM_USER, scim_request(token), &config)
            .await
            .expect_err("refused");
        let (status, headers, body) = parts(error.respond(Conventions::Scim)).await;
        assert_eq!(status, 401);
        assert_eq!(
            header(&headers, "content-type"),
            Some("application/scim+json")
        );
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            body,
            json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "detail": "401 Unauthorized", "status": 401})
        );
    }
    let input = extract(
        &GET_SCIM_USER,
        scim_request(Some(common::SCIM_TOKEN)),
        &config,
    )
    .await
    .expect("the SCIM token is accepted");
    assert!(input.caller.is_none(), "a SCIM token names no user");
    assert_eq!(input.values["group_path"], "org/team");
    assert_eq!(input.values["id"], "abc-1");

    let (_, headers, _) = parts(json_response(
        &GET_SCIM_USER,
        Reply::new(json!({"id": "abc-1"})),
    ))
    .await;
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/scim+json")
    );
    let (status, _, body) =
        parts(ApiError::NotFound("User".into()).respond(Conventions::Scim)).await;
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        (status, &body["detail"], &body["status"]),
        (404, &json!("404 User Not Found"), &json!(404))
    );
}

async fn parts(response: Response) -> (u16, Vec<(String, String)>, Bytes) {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_owned()))
        .collect();
    let body = to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    (status, headers, body)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn every_error_has_gitlabs_status_and_body() {
    let cases = [
        (
            ApiError::MissingParameter("title".into()),
            400,
            json!({"message": "400 (Bad request) \"title\" not given"}),
        ),
        (
            ApiError::invalid("bio"),
            400,
            json!({"message": {"bio": ["is invalid"]}}),
        ),
        (
            ApiError::BadRequest("oops".into()),
            400,
            json!({"message": "400 (Bad request) oops"}),
        ),
        (
            ApiError::Unauthorized,
            401,
            json!({"message": "401 Unauthorized"}),
        ),
        (
            ApiError::Forbidden,
            403,
            json!({"message": "403 Forbidden"}),
        ),
        (
            ApiError::SudoNotAdmin,
            403,
            json!({"message": "403 Forbidden - Must be admin to use sudo"}),
        ),
        (
            ApiError::InsufficientScope {
                scope: "api".into(),
            },
            403,
            json!({
                "error": "insufficient_scope",
                "error_description": "The request requires higher privileges than provided by the access token.",
                "scope": "api",
            }),
        ),
        (
            ApiError::NotFound("Project".into()),
            404,
            json!({"message": "404 Project Not Found"}),
        ),
        (
            ApiError::SudoUserNotFound("x".into()),
            404,
            json!({"message": "404 User with ID or username 'x' Not Found"}),
        ),
        (
            ApiError::RouteNotFound,
            404,
            json!({"error": "404 Not Found"}),
        ),
        (
            ApiError::MethodNotAllowed {
                allow: vec!["GET", "POST"],
            },
            405,
            json!({"message": "405 Method Not Allowed"}),
        ),
        (
            ApiError::PayloadTooLarge,
            413,
            json!({"message": "413 Request Entity Too Large"}),
        ),
        (
            ApiError::UriTooLong,
            414,
            json!({"message": "414 Request-URI Too Large"}),
        ),
        (
            ApiError::UnsupportedMediaType,
            415,
            json!({"message": "415 Unsupported Media Type"}),
        ),
        (
            ApiError::NotImplemented("getThing".into()),
            501,
            json!({"message": "501 Not Implemented: getThing"}),
        ),
        (
            ApiError::Internal,
            500,
            json!({"message": "500 Internal Server Error"}),
        ),
    ];
    for (error, status, body) in cases {
        assert_eq!(error.status(), status, "{error:?}");
        let is_405 = status == 405;
        let (actual_status, headers, bytes) = parts(error.into_response()).await;
        assert_eq!(actual_status, status);
        assert_eq!(header(&headers, "content-type"), Some("application/json"));
        assert_eq!(serde_json::from_slice::<Value>(&bytes).ok(), Some(body));
        if is_405 {
            assert_eq!(header(&headers, "allow"), Some("GET, POST"));
        }
    }
    let (status, headers, bytes) =
        parts(ApiError::TooManyRequests { retry_after: 30 }.into_response()).await;
    assert_eq!((status, header(&headers, "retry-after")), (429, Some("30")));
    assert_eq!(header(&headers, "content-type"), Some("text/plain"));
    assert_eq!(&bytes[..], b"Retry later\n");
}

#[tokio::test]
async fn reply_helpers() {
    let (status, _, body) = parts(json_response(&DELETE, Reply::new(Value::Null))).await;
    assert_eq!((status, body.len()), (204, 0));
    let (status, headers, body) = parts(json_response(
        &DELETE,
        Reply::new(json!({"ok": true}))
            .status(202)
            .header("x-extra", "1"),
    ))
    .await;
    assert_eq!((status, header(&headers, "x-extra")), (202, Some("1")));
    assert_eq!(&body[..], br#"{"ok":true}"#);
    let (status, _, body) = parts(empty_response(&DELETE, ().into())).await;
    assert_eq!((status, body.len()), (204, 0));

    let file = FileBody {
        content_type: "text/plain".into(),
        file_name: Some("résumé \"v2\".txt".into()),
        data: Bytes::from_static(b"hi"),
    };
    let (status, headers, body) = parts(file_response(&DELETE, Reply::new(file).status(200))).await;
    assert_eq!((status, &body[..]), (200, &b"hi"[..]));
    assert_eq!(header(&headers, "content-type"), Some("text/plain"));
    assert_eq!(
        header(&headers, "content-disposition"),
        Some(
            "attachment; filename=\"r_sum_ _v2_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22v2%22%2Etxt"
        )
    );
    let (status, _, _) = parts(json_response(&DELETE, Reply::new(1).status(1000))).await;
    assert_eq!(status, 500, "an impossible status is a server bug");
}

#[test]
fn decode_names_the_rejected_field() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Create {
        title: String,
        weight: Option<u32>,
    }
    let input = |values: Value| Input {
        values: match values {
            Value::Object(map) => map,
            _ => Map::new(),
        },
        files: Vec::new(),
        caller: None,
        page: PageRequest {
            page: 1,
            per_page: 20,
            keyset: false,
        },
        uri: Uri::from_static("/"),
    };
    assert!(
        input(json!({"title": "t", "weight": 3}))
            .decode::<Create>()
            .is_ok()
    );
    let invalid = |field: &str, message: &str| {
        ApiError::Invalid(BTreeMap::from([(
            field.to_owned(),
            vec![message.to_owned()],
        )]))
        .body()
    };
    assert_eq!(
        input(json!({"title": "t", "weight": -1}))
            .decode::<Create>()
            .err()
            .and_then(|e| e.body()),
        invalid("weight", "is invalid")
    );
    assert_eq!(
        input(json!({"weight": 1}))
            .decode::<Create>()
            .err()
            .and_then(|e| e.body()),
        invalid("title", "is missing")
    );
    assert!(matches!(
        input(json!({})).decode::<Vec<u8>>(),
        Err(ApiError::BadRequest(_))
    ));
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let credential = Credential {
        secret: "glpat-secret",
        method: gitlab_server_support::AuthMethod::PrivateTokenHeader,
    };
    assert!(!format!("{credential:?}").contains("glpat-secret"));
    let config = ServerConfig {
        auth: Authenticator::new(common::TestUsers),
        ..ServerConfig::default()
    };
    let shown = format!("{config:?}");
    assert!(!shown.contains(common::ADMIN_TOKEN), "{shown}");
    assert_eq!(
        (
            config.body_limit,
            config.uri_limit,
            config.base_path.as_str()
        ),
        (10 * 1024 * 1024, 8192, "/api/v4")
    );
}
