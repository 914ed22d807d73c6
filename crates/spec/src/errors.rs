//! GitLab's error bodies: the models and the shared error responses with GitLab's exact examples.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// The most common error body: `{"message": "401 Unauthorized"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ErrorMessage {
    /// Status code and reason, or a sentence saying what went wrong.
    pub message: String,
}

/// A validation failure: each attribute maps to its error messages (an embedded entity maps to
/// its own attributes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ValidationError {
    /// Attribute name to what is wrong with it.
    pub message: BTreeMap<String, ValidationDetail>,
}

/// What is wrong with one attribute of a rejected request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum ValidationDetail {
    /// Error messages for the attribute.
    Messages(Vec<String>),
    /// A single message (spam checks answer this way).
    Message(String),
    /// Errors of an embedded entity, by its attribute names.
    Nested(BTreeMap<String, Vec<String>>),
}

/// Answer of an unknown route: `{"error": "404 Not Found"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RouteNotFound {
    /// Status code and reason.
    pub error: String,
}

/// OAuth-style answer when the token lacks a scope the request needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct InsufficientScope {
    /// Always `insufficient_scope`.
    pub error: String,
    /// Human-readable explanation.
    pub error_description: String,
    /// The scope that is missing (`sudo`, `api`, ...).
    pub scope: String,
}

/// The SCIM API's error body (RFC 7644, section 3.12):
/// `{"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "detail": "...", "status": 404}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScimError {
    /// SCIM schema URNs of the message (`urn:ietf:params:scim:api:messages:2.0:Error`).
    pub schemas: Vec<String>,
    /// What went wrong.
    pub detail: String,
    /// The HTTP status of the answer.
    pub status: u16,
}

/// The URN that marks a SCIM error body.
pub const SCIM_ERROR_URN: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

/// A SCIM error body, as the server answers it.
#[must_use]
pub fn scim_error(status: u16, detail: &str) -> Value {
    json!({"schemas": [SCIM_ERROR_URN], "detail": detail, "status": status})
}

/// The error statuses of the SCIM API, each with its response's component name, what it
/// means and the detail of its example body.
pub const SCIM_ERRORS: &[(u16, &str, &str, &str)] = &[
    (
        400,
        "ScimBadRequest",
        "The request is malformed or an attribute is invalid.",
        "Invalid request: externalId can't be blank",
    ),
    (
        401,
        "ScimUnauthorized",
        "The group's SCIM token is missing or wrong.",
        "401 Unauthorized",
    ),
    (
        404,
        "ScimNotFound",
        "The group, or a user with this ID in it, does not exist.",
        "Resource 0b1d561c-21ff-4092-beab-8154b17f82f2 not found",
    ),
    (
        409,
        "ScimConflict",
        "A user with this email or username already exists.",
        "Error saving user with \"name@example.com\": Email has already been taken",
    ),
    (
        412,
        "ScimPreconditionFailed",
        "The group does not have SAML SSO and SCIM set up.",
        "Group SAML SSO is not set up",
    ),
];

/// The SCIM API's error responses, by component name.
#[must_use]
pub fn scim_responses() -> Vec<(&'static str, Response)> {
    SCIM_ERRORS
        .iter()
        .map(|(status, name, description, detail)| {
            let content = ContentBuilder::new()
                .schema(Some(schema_ref::<ScimError>()))
                .example(Some(scim_error(*status, detail)));
            let response = ResponseBuilder::new()
                .description(*description)
                .content(crate::conventions::SCIM_JSON, content.build())
                .build();
            (*name, response)
        })
        .collect()
}

/// Named schemas of the error bodies.
#[must_use]
pub fn schemas() -> Vec<(String, RefOr<Schema>)> {
    let mut schemas = Vec::new();
    for (name, schema) in [
        (ErrorMessage::name(), ErrorMessage::schema()),
        (ValidationError::name(), ValidationError::schema()),
        (RouteNotFound::name(), RouteNotFound::schema()),
        (InsufficientScope::name(), InsufficientScope::schema()),
        (ScimError::name(), ScimError::schema()),
    ] {
        schemas.push((name.into_owned(), schema));
    }
    ValidationError::schemas(&mut schemas);
    schemas
}

fn schema_ref<T: ToSchema>() -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(T::name()))
}

fn one_of(items: Vec<RefOr<Schema>>) -> RefOr<Schema> {
    let mut builder = OneOfBuilder::new();
    for item in items {
        builder = builder.item(item);
    }
    builder.into()
}

fn json_response(
    description: &str,
    schema: RefOr<Schema>,
    examples: &[(&str, &str, Value)],
) -> Response {
    let content = ContentBuilder::new()
        .schema(Some(schema))
        .examples_from_iter(examples.iter().map(|(name, summary, value)| {
            (
                *name,
                ExampleBuilder::new()
                    .summary(*summary)
                    .value(Some(value.clone()))
                    .build(),
            )
        }));
    ResponseBuilder::new()
        .description(description)
        .content(crate::conventions::JSON, content.build())
        .build()
}

/// The shared error responses, by component name.
#[must_use]
pub fn responses() -> Vec<(&'static str, Response)> {
    vec![
        (
            "BadRequest",
            json_response(
                "The request is malformed: a required attribute is missing or an attribute failed validation.",
                one_of(vec![
                    schema_ref::<ErrorMessage>(),
                    schema_ref::<ValidationError>(),
                ]),
                &[
                    (
                        "missing_attribute",
                        "A required attribute is missing",
                        json!({"message": "400 (Bad request) \"title\" not given"}),
                    ),
                    (
                        "validation",
                        "An attribute failed validation",
                        json!({"message": {"bio": ["is too long (maximum is 255 characters)"]}}),
                    ),
                    (
                        "spam",
                        "The request was taken for spam",
                        json!({"message": {"error": "Your snippet has been recognized as spam and has been discarded."}}),
                    ),
                ],
            ),
        ),
        (
            "Unauthorized",
            json_response(
                "No valid authentication was given.",
                schema_ref::<ErrorMessage>(),
                &[(
                    "unauthorized",
                    "Missing or invalid token",
                    json!({"message": "401 Unauthorized"}),
                )],
            ),
        ),
        (
            "Forbidden",
            json_response(
                "The caller may not do this, or may not use sudo.",
                one_of(vec![
                    schema_ref::<ErrorMessage>(),
                    schema_ref::<InsufficientScope>(),
                ]),
                &[
                    (
                        "forbidden",
                        "Not allowed",
                        json!({"message": "403 Forbidden"}),
                    ),
                    (
                        "sudo_not_admin",
                        "Sudo used by a non-administrator",
                        json!({"message": "403 Forbidden - Must be admin to use sudo"}),
                    ),
                    (
                        "insufficient_scope",
                        "The token lacks the `sudo` scope",
                        json!({
                            "error": "insufficient_scope",
                            "error_description": "The request requires higher privileges than provided by the access token.",
                            "scope": "sudo"
                        }),
                    ),
                ],
            ),
        ),
        (
            "NotFound",
            json_response(
                "The resource does not exist or is not visible to the caller, or the route is unknown.",
                one_of(vec![
                    schema_ref::<ErrorMessage>(),
                    schema_ref::<RouteNotFound>(),
                ]),
                &[
                    (
                        "resource",
                        "The resource is not found",
                        json!({"message": "404 Project Not Found"}),
                    ),
                    (
                        "route",
                        "The route is unknown",
                        json!({"error": "404 Not Found"}),
                    ),
                    (
                        "sudo_user",
                        "The sudo user is not found",
                        json!({"message": "404 User with ID or username '123' Not Found"}),
                    ),
                ],
            ),
        ),
        (
            "Conflict",
            json_response(
                "A conflicting resource already exists.",
                one_of(vec![
                    schema_ref::<ErrorMessage>(),
                    schema_ref::<ValidationError>(),
                ]),
                &[(
                    "conflict",
                    "Already exists",
                    json!({"message": "409 Conflict"}),
                )],
            ),
        ),
        (
            "UnprocessableEntity",
            json_response(
                "The request is well formed but cannot be processed.",
                schema_ref::<ErrorMessage>(),
                &[(
                    "unprocessable",
                    "Cannot be processed",
                    json!({"message": "422 Unprocessable Entity"}),
                )],
            ),
        ),
        (
            "TooManyRequests",
            ResponseBuilder::new()
                .description("Rate limit exceeded; retry after the given number of seconds.")
                .header_ref("Retry-After", Ref::new("#/components/headers/Retry-After"))
                .content(
                    "text/plain",
                    ContentBuilder::new()
                        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                        .example(Some(json!("Retry later\n")))
                        .build(),
                )
                .build(),
        ),
        (
            "ServerError",
            json_response(
                "Something went wrong on the server.",
                schema_ref::<ErrorMessage>(),
                &[(
                    "server_error",
                    "Internal error",
                    json!({"message": "500 Internal Server Error"}),
                )],
            ),
        ),
    ]
}
