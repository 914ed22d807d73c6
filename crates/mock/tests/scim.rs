//! The SCIM API over real HTTP: the generated client reaches the mock at `/api/scim/v2` with
//! the SCIM token, streams SCIM lists by `startIndex`, and gets SCIM's error bodies.

use futures_util::TryStreamExt;
use gitlab_client::models::{ScimEmail, ScimName, ScimPatchOp, ScimPatchOperation};
use gitlab_client::{Client, Credentials, Error};
use gitlab_mock::{Options, app};
use gitlab_mock::{SAMPLE_ADMIN_TOKEN, SAMPLE_SCIM_TOKEN};

async fn start() -> String {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app(&Options::default());
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    format!("http://{address}")
}

/// A client made for the REST API with a personal token, then given the SCIM token.
fn scim_client(base: &str) -> Client {
    Client::new(base, Credentials::private_token(SAMPLE_ADMIN_TOKEN))
        .expect("client")
        .with_sudo("alice")
        .with_credentials(Credentials::bearer(SAMPLE_SCIM_TOKEN))
}

#[tokio::test]
async fn every_scim_operation_answers_at_its_own_base_url() {
    let base = start().await;
    let client = scim_client(&base);
    let scim = client.scim();
    let users: Vec<_> = scim
        .list_scim_users("group/sub")
        .filter("id eq \"0b1d561c-21ff-4092-beab-8154b17f82f2\"")
        .stream()
        .try_collect()
        .await
        .expect("the list streams");
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].user_name, "username");
    let slice = scim
        .list_scim_users("group")
        .start_index(1)
        .send()
        .await
        .expect("one slice");
    assert_eq!((slice.total_results, slice.start_index), (1, 1));

    let user = scim
        .get_scim_user("group/sub", "0b1d561c-21ff-4092-beab-8154b17f82f2")
        .send()
        .await
        .expect("get");
    assert_eq!(user.name_formatted, "Test User");
    let created = scim
        .create_scim_user(
            "group",
            "test_uid",
            "username",
            vec![ScimEmail {
                r#type: "work".into(),
                value: "name@example.com".into(),
                primary: true,
            }],
            ScimName {
                formatted: "Test User".into(),
                family_name: Some("User".into()),
                given_name: Some("Test".into()),
            },
        )
        .send()
        .await
        .expect("create");
    assert_eq!(created.id, "test_uid");
    scim.update_scim_user(
        "group",
        "test_uid",
        vec![ScimPatchOperation {
            op: ScimPatchOp::Replace,
            path: "name.formatted".into(),
            value: serde_json::json!("New Name"),
        }],
    )
    .send()
    .await
    .expect("update answers 204");
    scim.delete_scim_user("group", "test_uid")
        .send()
        .await
        .expect("delete answers 204");
}

#[tokio::test]
async fn without_the_scim_token_the_answer_is_scims_401() {
    let base = start().await;
    // The personal token that the REST API accepts is no SCIM token.
    let client =
        Client::new(&base, Credentials::private_token(SAMPLE_ADMIN_TOKEN)).expect("client");
    let error = client
        .scim()
        .get_scim_user("group", "x")
        .send()
        .await
        .expect_err("refused");
    let Error::Api(api) = error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status, 401);
    let body: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON body");
    assert_eq!(
        body,
        serde_json::json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
            "detail": "401 Unauthorized",
            "status": 401
        })
    );
    // The REST API is where it was, with its own conventions.
    let raw = reqwest::get(format!("{base}/api/scim/v2/groups/g/Users"))
        .await
        .expect("answer");
    assert_eq!(raw.status(), 401);
    assert_eq!(
        raw.headers()["content-type"].to_str().unwrap(),
        "application/scim+json"
    );
    let wrong_base = reqwest::get(format!(
        "{base}/api/v4/groups/g/Users?private_token={SAMPLE_ADMIN_TOKEN}"
    ))
    .await
    .expect("answer");
    assert_eq!(wrong_base.status(), 404, "SCIM is not served under /api/v4");
}

#[tokio::test]
async fn a_user_the_mock_does_not_know_is_scims_404() {
    let base = start().await;
    let client = scim_client(&base);
    let error = client
        .scim()
        .get_scim_user("group", "no-such-user")
        .send()
        .await
        .expect_err("unknown");
    let Error::Api(api) = error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status, 404);
    let body: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON body");
    assert_eq!(
        body["schemas"][0],
        "urn:ietf:params:scim:api:messages:2.0:Error"
    );
    assert_eq!(body["status"], 404);
    assert_eq!(body["detail"], "404 User Not Found");
    // Without the token, the 401 comes first: nobody learns which users exist.
    let raw = reqwest::get(format!(
        "{base}/api/scim/v2/groups/group/Users/no-such-user"
    ))
    .await
    .expect("answer");
    assert_eq!(raw.status(), 401);
    // The users the examples show are known.
    for id in ["0b1d561c-21ff-4092-beab-8154b17f82f2", "test_uid"] {
        client
            .scim()
            .delete_scim_user("group", id)
            .send()
            .await
            .expect("known user");
    }
}
