//! The error contract: every status the server can answer for an operation is declared on
//! that operation in the published document, so clients and validators (schemathesis'
//! status-code check) never meet an undeclared answer.

use std::collections::BTreeSet;

use gitlab_server_support::ApiError;
use serde_json::Value;

/// One value of every [`ApiError`] variant (the exhaustive match in [`can_answer`] makes a new
/// variant fail to compile until it is placed here too).
fn every_error() -> Vec<ApiError> {
    let all = vec![
        ApiError::MissingParameter("title".into()),
        ApiError::invalid("title"),
        ApiError::BadRequest("malformed".into()),
        ApiError::Unauthorized,
        ApiError::Forbidden,
        ApiError::SudoNotAdmin,
        ApiError::InsufficientScope {
            scope: "sudo".into(),
        },
        ApiError::NotFound("Project".into()),
        ApiError::SudoUserNotFound("x".into()),
        ApiError::RouteNotFound,
        ApiError::MethodNotAllowed { allow: vec!["GET"] },
        ApiError::KeysetNotAvailable,
        ApiError::PayloadTooLarge,
        ApiError::UriTooLong,
        ApiError::UnsupportedMediaType,
        ApiError::TooManyRequests { retry_after: 1 },
        ApiError::NotImplemented("op".into()),
        ApiError::Internal,
    ];
    all
}

/// Whether the server can answer `error` to an operation with these traits.
fn can_answer(error: &ApiError, has_body: bool, scim: bool) -> bool {
    match error {
        // Only a body can be too large or of the wrong media type.
        ApiError::PayloadTooLarge | ApiError::UnsupportedMediaType => has_body,
        // SCIM's token names no user: no admin-only operations, no sudo, no scopes.
        ApiError::Forbidden | ApiError::SudoNotAdmin | ApiError::InsufficientScope { .. } => !scim,
        ApiError::MissingParameter(_)
        | ApiError::Invalid(_)
        | ApiError::BadRequest(_)
        | ApiError::Unauthorized
        | ApiError::NotFound(_)
        | ApiError::SudoUserNotFound(_)
        | ApiError::RouteNotFound
        | ApiError::MethodNotAllowed { .. }
        | ApiError::KeysetNotAvailable
        | ApiError::UriTooLong
        | ApiError::TooManyRequests { .. }
        | ApiError::NotImplemented(_)
        | ApiError::Internal => true,
    }
}

#[test]
fn every_status_the_server_answers_is_declared_on_every_operation() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../spec/openapi-3.0.json");
    let text = std::fs::read_to_string(path).expect("the published document");
    let document: Value = serde_json::from_str(&text).expect("JSON");
    let errors = every_error();
    let mut checked = 0;
    let mut missing = BTreeSet::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            let has_body = operation.get("requestBody").is_some();
            let scim = operation["tags"]
                .as_array()
                .is_some_and(|tags| tags.iter().any(|t| t == "SCIM"));
            for error in errors.iter().filter(|e| can_answer(e, has_body, scim)) {
                let status = error.status().to_string();
                if !responses.contains_key(&status) {
                    missing.insert(format!("{method} {path}: {status}"));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 900, "only {checked} operations read");
    assert!(missing.is_empty(), "undeclared answers: {missing:#?}");
}
