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

/// Which operations can answer an error status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorScope {
    /// Every operation.
    Every,
    /// Operations that take a request body (too large, or of a media type they cannot read).
    WithBody,
}

/// The error status codes a GitLab REST operation can answer with, each with a named response
/// and the operations it applies to. Besides GitLab's own answers this lists what a server
/// answers before or instead of the operation: 405 (another method, or keyset pagination the
/// list does not offer), 413, 414 and 415 (limits of the request), and 501 (an operation a
/// server does not implement).
pub const ERROR_RESPONSES: &[(&str, &str, ErrorScope)] = &[
    ("400", "BadRequest", ErrorScope::Every),
    ("401", "Unauthorized", ErrorScope::Every),
    ("403", "Forbidden", ErrorScope::Every),
    ("404", "NotFound", ErrorScope::Every),
    ("405", "MethodNotAllowed", ErrorScope::Every),
    ("409", "Conflict", ErrorScope::Every),
    ("413", "PayloadTooLarge", ErrorScope::WithBody),
    ("414", "UriTooLong", ErrorScope::Every),
    ("415", "UnsupportedMediaType", ErrorScope::WithBody),
    ("422", "UnprocessableEntity", ErrorScope::Every),
    ("429", "TooManyRequests", ErrorScope::Every),
    ("500", "ServerError", ErrorScope::Every),
    ("501", "NotImplemented", ErrorScope::Every),
];

/// The statuses a server answers before it knows the operation (another method on the path,
/// a request target beyond its limit), always with the REST bodies, also under the SCIM API.
pub const BEFORE_ROUTING: &[&str] = &["405", "414"];

/// One error answer of the SCIM API.
#[derive(Clone, Copy, Debug)]
pub struct ScimErrorResponse {
    /// The HTTP status.
    pub status: u16,
    /// The response's component name.
    pub name: &'static str,
    /// What the status means.
    pub description: &'static str,
    /// The `detail` of its example body.
    pub detail: &'static str,
    /// Which operations can answer it.
    pub scope: ErrorScope,
}

/// The error answers of the SCIM API, in SCIM's body: GitLab's, then what a server answers
/// for a request beyond its limits (413, 415, 429) or an operation it does not implement (501).
/// Requests refused before routing (405, 414) get the REST bodies of [`responses`].
pub const SCIM_ERRORS: &[ScimErrorResponse] = &[
    ScimErrorResponse {
        status: 400,
        name: "ScimBadRequest",
        description: "The request is malformed or an attribute is invalid.",
        detail: "Invalid request: externalId can't be blank",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 401,
        name: "ScimUnauthorized",
        description: "The group's SCIM token is missing or wrong.",
        detail: "401 Unauthorized",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 404,
        name: "ScimNotFound",
        description: "The group, or a user with this ID in it, does not exist.",
        detail: "Resource 0b1d561c-21ff-4092-beab-8154b17f82f2 not found",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 409,
        name: "ScimConflict",
        description: "A user with this email or username already exists.",
        detail: "Error saving user with \"name@example.com\": Email has already been taken",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 412,
        name: "ScimPreconditionFailed",
        description: "The group does not have SAML SSO and SCIM set up.",
        detail: "Group SAML SSO is not set up",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 413,
        name: "ScimPayloadTooLarge",
        description: "The request body is larger than the server accepts.",
        detail: "413 Request Entity Too Large",
        scope: ErrorScope::WithBody,
    },
    ScimErrorResponse {
        status: 415,
        name: "ScimUnsupportedMediaType",
        description: "The request body has a media type the operation cannot read.",
        detail: "415 Unsupported Media Type",
        scope: ErrorScope::WithBody,
    },
    ScimErrorResponse {
        status: 429,
        name: "ScimTooManyRequests",
        description: "Rate limit exceeded; retry after the given number of seconds.",
        detail: "Retry later",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 500,
        name: "ScimServerError",
        description: "Something went wrong on the server.",
        detail: "500 Internal Server Error",
        scope: ErrorScope::Every,
    },
    ScimErrorResponse {
        status: 501,
        name: "ScimNotImplemented",
        description: "The server does not implement this operation.",
        detail: "501 Not Implemented: getScimUser",
        scope: ErrorScope::Every,
    },
];

/// The SCIM API's error responses, by component name.
#[must_use]
pub fn scim_responses() -> Vec<(&'static str, Response)> {
    SCIM_ERRORS
        .iter()
        .map(|error| {
            let content = ContentBuilder::new()
                .schema(Some(schema_ref::<ScimError>()))
                .example(Some(scim_error(error.status, error.detail)));
            let response = ResponseBuilder::new()
                .description(error.description)
                .content(crate::conventions::SCIM_JSON, content.build())
                .build();
            (error.name, response)
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

/// What GitLab answers when keyset pagination is asked of a list, or with an ordering, that
/// does not offer it (status 405).
pub const KEYSET_NOT_AVAILABLE: &str =
    "Keyset pagination is not yet available for this type of request";

/// A JSON error response whose body is `{"message": text}`, with that one example.
fn message_response(description: &str, example: &str, summary: &str, text: &str) -> Response {
    json_response(
        description,
        schema_ref::<ErrorMessage>(),
        &[(example, summary, json!({ "message": text }))],
    )
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
            message_response(
                "No valid authentication was given.",
                "unauthorized",
                "Missing or invalid token",
                "401 Unauthorized",
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
            "MethodNotAllowed",
            json_response(
                "The path does not take this method, or the list does not offer the keyset pagination asked for.",
                one_of(vec![
                    schema_ref::<ErrorMessage>(),
                    schema_ref::<RouteNotFound>(),
                ]),
                &[
                    (
                        "method",
                        "Another method",
                        json!({"message": "405 Method Not Allowed"}),
                    ),
                    (
                        "keyset",
                        "Keyset pagination is not offered with these parameters",
                        json!({"error": KEYSET_NOT_AVAILABLE}),
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
            "PayloadTooLarge",
            message_response(
                "The request body is larger than the server accepts.",
                "too_large",
                "Body too large",
                "413 Request Entity Too Large",
            ),
        ),
        (
            "UriTooLong",
            message_response(
                "The request target (path and query) is longer than the server accepts.",
                "too_long",
                "Request target too long",
                "414 Request-URI Too Large",
            ),
        ),
        (
            "UnsupportedMediaType",
            message_response(
                "The request body has a media type the operation cannot read.",
                "media_type",
                "Unreadable media type",
                "415 Unsupported Media Type",
            ),
        ),
        (
            "UnprocessableEntity",
            message_response(
                "The request is well formed but cannot be processed.",
                "unprocessable",
                "Cannot be processed",
                "422 Unprocessable Entity",
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
            message_response(
                "Something went wrong on the server.",
                "server_error",
                "Internal error",
                "500 Internal Server Error",
            ),
        ),
        (
            "NotImplemented",
            message_response(
                "The server does not implement this operation (a stub server, or a feature this instance lacks).",
                "not_implemented",
                "Not implemented",
                "501 Not Implemented: listProjectIssues",
            ),
        ),
    ]
}
