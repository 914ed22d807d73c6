//! GitLab's REST conventions, applied to every operation in one place.
//!
//! An endpoint declaration says only what is particular to it; this module adds what every
//! GitLab endpoint shares (see the conventions page of GitLab's API docs): the `/api/v4` server,
//! the authentication schemes, `Sudo`, the success status by method, the error responses with
//! GitLab's exact bodies, offset and keyset pagination parameters and headers, and GitLab's
//! query forms for arrays and hashes. Changing a convention here changes all operations.

use std::collections::BTreeMap;

use gitlab_endpoint::{Api, EndpointInfo, Location, Method, Pagination, ParamInfo, ResponseBody};
use serde_json::json;
use utoipa::openapi::extensions::{Extensions, ExtensionsBuilder};
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{
    Operation, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, ParameterStyle,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, Deprecated, Ref, RefOr, Required, Schema, Server,
    ServerBuilder, ServerVariableBuilder,
};

use crate::errors::{self, ErrorScope};

/// Media type of JSON bodies.
pub const JSON: &str = "application/json";

/// Media type of the SCIM API's bodies (RFC 7644).
pub const SCIM_JSON: &str = "application/scim+json";

/// Security scheme names, as they appear under `components.securitySchemes`.
pub mod scheme {
    /// `PRIVATE-TOKEN` header: personal, project, group and impersonation tokens.
    pub const PRIVATE_TOKEN_HEADER: &str = "PrivateTokenHeader";
    /// `private_token` query parameter.
    pub const PRIVATE_TOKEN_QUERY: &str = "PrivateTokenQuery";
    /// `Authorization: Bearer`: OAuth2 access tokens and personal/project/group tokens.
    pub const BEARER: &str = "Bearer";
    /// `access_token` query parameter (OAuth2).
    pub const ACCESS_TOKEN_QUERY: &str = "AccessTokenQuery";
    /// `JOB-TOKEN` header: CI/CD job tokens, only where documented.
    pub const JOB_TOKEN: &str = "JobToken";
    /// `_gitlab_session` cookie.
    pub const SESSION_COOKIE: &str = "SessionCookie";
    /// `Authorization: Bearer` with a group's SCIM token: the SCIM API only.
    pub const SCIM_TOKEN: &str = "ScimToken";
}

/// Pagination response headers and what they carry.
const PAGINATION_HEADERS: &[(&str, &str, Type)] = &[
    (
        "Link",
        "Links to the `first`, `prev`, `next` and `last` pages (RFC 8288). Keyset lists carry only `next`; `last` is left out past 10,000 records.",
        Type::String,
    ),
    (
        "x-next-page",
        "Number of the next page; empty on the last page.",
        Type::String,
    ),
    ("x-page", "Number of this page, from 1.", Type::Integer),
    ("x-per-page", "Number of items per page.", Type::Integer),
    (
        "x-prev-page",
        "Number of the previous page; empty on the first page.",
        Type::String,
    ),
    (
        "x-total",
        "Total number of items. Absent when the list has more than 10,000 records.",
        Type::Integer,
    ),
    (
        "x-total-pages",
        "Total number of pages. Absent when the list has more than 10,000 records.",
        Type::Integer,
    ),
];

/// The servers: any GitLab host, API under `/api/v4`.
#[must_use]
pub fn servers() -> Vec<Server> {
    instance_servers("/api/v4", "A GitLab instance")
}

/// The servers of an API's paths: the document's own for REST v4; for the SCIM API the same
/// hosts under `/api/scim/v2`, given on its paths so that one document holds both.
#[must_use]
pub fn path_servers(api: Api) -> Option<Vec<Server>> {
    match api {
        Api::Rest => None,
        Api::Scim => Some(instance_servers(
            "/api/scim/v2",
            "The SCIM API of a GitLab instance",
        )),
    }
}

fn instance_servers(base_path: &str, description: &str) -> Vec<Server> {
    vec![
        ServerBuilder::new()
            .url(format!("{{scheme}}://{{host}}{base_path}"))
            .description(Some(description))
            .parameter(
                "scheme",
                ServerVariableBuilder::new()
                    .default_value("https")
                    .enum_values(Some(["https", "http"])),
            )
            .parameter(
                "host",
                ServerVariableBuilder::new()
                    .default_value("gitlab.com")
                    .description(Some("Host name (and port) of the GitLab instance")),
            )
            .build(),
    ]
}

/// The security requirements that apply when an endpoint says nothing more: any one of the
/// user-token schemes.
#[must_use]
pub fn default_security() -> Vec<SecurityRequirement> {
    [
        scheme::PRIVATE_TOKEN_HEADER,
        scheme::PRIVATE_TOKEN_QUERY,
        scheme::BEARER,
        scheme::ACCESS_TOKEN_QUERY,
        scheme::SESSION_COOKIE,
    ]
    .into_iter()
    .map(|name| SecurityRequirement::new(name, Vec::<String>::new()))
    .collect()
}

/// Components every document carries: security schemes, shared parameters, pagination headers,
/// error responses and their schemas.
#[must_use]
pub fn components() -> ComponentsBuilder {
    let api_key = |key: ApiKey| SecurityScheme::ApiKey(key);
    let mut builder = ComponentsBuilder::new()
        .security_scheme(
            scheme::PRIVATE_TOKEN_HEADER,
            api_key(ApiKey::Header(ApiKeyValue::with_description(
                "PRIVATE-TOKEN",
                "Personal, project, group or impersonation access token in a header.",
            ))),
        )
        .security_scheme(
            scheme::PRIVATE_TOKEN_QUERY,
            api_key(ApiKey::Query(ApiKeyValue::with_description(
                "private_token",
                "Personal, project, group or impersonation access token in the query string.",
            ))),
        )
        .security_scheme(
            scheme::BEARER,
            SecurityScheme::Http({
                let mut bearer = Http::new(HttpAuthScheme::Bearer);
                bearer.description = Some(
                    "OAuth2 access token, or a personal, project or group access token, as `Authorization: Bearer <token>`.".to_owned(),
                );
                bearer
            }),
        )
        .security_scheme(
            scheme::ACCESS_TOKEN_QUERY,
            api_key(ApiKey::Query(ApiKeyValue::with_description(
                "access_token",
                "OAuth2 access token in the query string.",
            ))),
        )
        .security_scheme(
            scheme::JOB_TOKEN,
            api_key(ApiKey::Header(ApiKeyValue::with_description(
                "JOB-TOKEN",
                "CI/CD job token (`CI_JOB_TOKEN`); accepted only by the endpoints that list it.",
            ))),
        )
        .security_scheme(
            scheme::SESSION_COOKIE,
            api_key(ApiKey::Cookie(ApiKeyValue::with_description(
                "_gitlab_session",
                "Session cookie set by signing in to the GitLab web application.",
            ))),
        )
        .security_scheme(
            scheme::SCIM_TOKEN,
            SecurityScheme::Http({
                let mut bearer = Http::new(HttpAuthScheme::Bearer);
                bearer.description = Some(
                    "The group's SCIM token (from its SAML SSO settings), as `Authorization: Bearer <token>`; accepted by the SCIM API only.".to_owned(),
                );
                bearer
            }),
        )
        .parameter("SudoHeader", sudo_parameter(ParameterIn::Header, "Sudo"))
        .parameter("SudoQuery", sudo_parameter(ParameterIn::Query, "sudo"))
        .parameter(
            "Page",
            query_parameter("page", "Page number, from 1.", integer_schema(Some(1), None, Some(1))),
        )
        .parameter(
            "PerPage",
            query_parameter("per_page", "Items per page.", integer_schema(Some(1), Some(100), Some(20))),
        )
        .parameter(
            "KeysetPagination",
            query_parameter(
                "pagination",
                "Set to `keyset` to page with a cursor that follows the `Link` header's `next` relation.",
                ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["keyset"])).into(),
            ),
        );
    for (name, description, ty) in PAGINATION_HEADERS {
        builder = builder.header(
            *name,
            HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(ty.clone())))
                .description(Some(*description))
                .build(),
        );
    }
    builder = builder.header(
        "Retry-After",
        HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
            .description(Some("Seconds to wait before retrying."))
            .build(),
    );
    for (name, response) in errors::responses()
        .into_iter()
        .chain(errors::scim_responses())
    {
        builder = builder.response(name, response);
    }
    for (name, schema) in errors::schemas() {
        builder = builder.schema(name, schema);
    }
    builder
}

fn integer_schema(
    minimum: Option<i64>,
    maximum: Option<i64>,
    default: Option<i64>,
) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(minimum)
        .maximum(maximum)
        .default(default.map(|d| json!(d)))
        .into()
}

fn query_parameter(name: &str, description: &str, schema: RefOr<Schema>) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(description))
        .schema(Some(schema))
        .build()
}

fn sudo_parameter(location: ParameterIn, name: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(location)
        .required(Required::False)
        .description(Some(
            "Administrators only: run the request as this user, named by numeric ID or username. The token needs the `sudo` scope.",
        ))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .example(Some(json!("23")))
        // Generators treat sudo as a client-wide setting rather than a per-operation parameter.
        .extensions(Some(
            ExtensionsBuilder::new().add("x-gitlab-sudo", true).build(),
        ))
        .build()
}

fn param_ref(name: &str) -> Ref {
    Ref::new(format!("#/components/parameters/{name}"))
}

/// The success status of an operation: the declared one, else GitLab's rule by method.
#[must_use]
pub fn success_status(info: &EndpointInfo) -> u16 {
    info.status.unwrap_or(match info.method {
        Method::Post => 201,
        Method::Delete if matches!(info.response, ResponseBody::Empty) => 204,
        Method::Get | Method::Put | Method::Patch | Method::Delete | Method::Head => 200,
    })
}

/// Whether an operation answers with pages.
#[must_use]
pub const fn is_paginated(info: &EndpointInfo) -> bool {
    !matches!(info.pagination, Pagination::None)
}

/// Builds the full OpenAPI operation of an endpoint.
#[must_use]
pub fn operation(info: &EndpointInfo) -> Operation {
    let mut builder = OperationBuilder::new()
        .tag(info.tag)
        .operation_id(Some(info.operation_id))
        .summary(Some(info.summary))
        .description((!info.description.is_empty()).then_some(info.description))
        .deprecated(info.deprecated.then_some(Deprecated::True));

    for param in info.params.iter().filter(|p| p.location != Location::Body) {
        builder = builder.parameter(parameter(param, &info.components));
    }
    if is_paginated(info) {
        builder = builder
            .parameter_ref(param_ref("Page"))
            .parameter_ref(param_ref("PerPage"));
        if matches!(info.pagination, Pagination::Keyset { .. }) {
            builder = builder.parameter_ref(param_ref("KeysetPagination"));
        }
    }
    let scim = info.api == Api::Scim;
    if !scim {
        builder = builder
            .parameter_ref(param_ref("SudoHeader"))
            .parameter_ref(param_ref("SudoQuery"));
    }

    let body: Vec<&ParamInfo> = info
        .params
        .iter()
        .filter(|p| p.location == Location::Body)
        .collect();
    if !body.is_empty() {
        let mut object = ObjectBuilder::new().schema_type(Type::Object);
        for param in &body {
            object = object.property(param.name, described(&param.schema, param.description));
            if param.required {
                object = object.required(param.name);
            }
        }
        let media = if info.multipart {
            "multipart/form-data"
        } else {
            json_media(info)
        };
        builder = builder.request_body(Some(
            RequestBodyBuilder::new()
                .required(Some(if body.iter().any(|p| p.required) {
                    Required::True
                } else {
                    Required::False
                }))
                .content(media, ContentBuilder::new().schema(Some(object)).build())
                .build(),
        ));
    }

    builder = builder.response(success_status(info).to_string(), success_response(info));
    if info.not_modified {
        builder = builder.response(
            "304",
            ResponseBuilder::new()
                .description("Not modified: the resource already was in the requested state.")
                .build(),
        );
    }
    if scim {
        for error in errors::SCIM_ERRORS {
            if error.scope == ErrorScope::Every || !body.is_empty() {
                builder = builder.response(
                    error.status.to_string(),
                    Ref::from_response_name(error.name),
                );
            }
        }
        for (status, name, _) in errors::ERROR_RESPONSES
            .iter()
            .filter(|(status, _, _)| errors::BEFORE_ROUTING.contains(status))
        {
            builder = builder.response(*status, Ref::from_response_name(*name));
        }
        builder = builder.securities(Some([SecurityRequirement::new(
            scheme::SCIM_TOKEN,
            Vec::<String>::new(),
        )]));
    } else {
        for (status, name, scope) in errors::ERROR_RESPONSES {
            if *scope == ErrorScope::Every || !body.is_empty() {
                builder = builder.response(*status, Ref::from_response_name(*name));
            }
        }
    }

    if !scim && (info.access.public || info.access.job_token) {
        let mut security = default_security();
        if info.access.job_token {
            security.push(SecurityRequirement::new(
                scheme::JOB_TOKEN,
                Vec::<String>::new(),
            ));
        }
        if info.access.public {
            security.push(SecurityRequirement::default());
        }
        builder = builder.securities(Some(security));
    }
    builder.extensions(Some(extensions(info))).build()
}

/// GitLab-specific facts the generic generators need, as `x-gitlab-*` extensions.
fn extensions(info: &EndpointInfo) -> Extensions {
    let mut builder = ExtensionsBuilder::new();
    match info.pagination {
        Pagination::None => {}
        Pagination::Offset => {
            builder = builder.add("x-gitlab-pagination", json!({ "offset": true }))
        }
        Pagination::Keyset { order_by, sort } => {
            let mut keyset = json!({ "order_by": order_by });
            if !sort.is_empty() {
                keyset["sort"] = json!(sort);
            }
            builder = builder.add(
                "x-gitlab-pagination",
                json!({ "offset": true, "keyset": keyset }),
            );
        }
    }
    if info.access.admin {
        builder = builder.add("x-gitlab-admin-only", true);
    }
    if is_scim_list(info) {
        builder = builder.add(
            "x-gitlab-pagination",
            json!({ "index": {
                "start": SCIM_START_INDEX,
                "count": SCIM_COUNT,
                "items": "Resources",
                "total": "totalResults",
            }}),
        );
    }
    builder.build()
}

/// The query parameter of a SCIM list that names the 1-based index of its first item.
pub const SCIM_START_INDEX: &str = "startIndex";
/// The query parameter of a SCIM list that caps how many items it answers.
pub const SCIM_COUNT: &str = "count";

/// Whether an operation is a SCIM list: a SCIM operation addressed by `startIndex`. Its answer is
/// SCIM's `ListResponse` envelope, paged by index rather than GitLab's page numbers.
#[must_use]
pub fn is_scim_list(info: &EndpointInfo) -> bool {
    info.api == Api::Scim && info.params.iter().any(|p| p.name == SCIM_START_INDEX)
}

/// The media type of an operation's JSON bodies.
const fn json_media(info: &EndpointInfo) -> &'static str {
    match info.api {
        Api::Rest => JSON,
        Api::Scim => SCIM_JSON,
    }
}

fn success_response(info: &EndpointInfo) -> Response {
    let status = success_status(info);
    let description = match status {
        201 => "Created.",
        202 => "Accepted: the work is scheduled.",
        204 => "Done; no content.",
        _ => "Success.",
    };
    let mut builder = ResponseBuilder::new().description(description);
    match &info.response {
        ResponseBody::Empty => {}
        ResponseBody::Json(schema) => {
            let example = info
                .example
                .and_then(|text| serde_json::from_str(text).ok());
            builder = builder.content(
                json_media(info),
                ContentBuilder::new()
                    .schema(Some(schema.clone()))
                    .example(example)
                    .build(),
            );
        }
        ResponseBody::Raw(media) => {
            let binary = ObjectBuilder::new().schema_type(Type::String).format(Some(
                utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Binary),
            ));
            builder = builder.content(*media, ContentBuilder::new().schema(Some(binary)).build());
        }
    }
    if is_paginated(info) {
        for (name, _, _) in PAGINATION_HEADERS {
            builder = builder.header_ref(*name, Ref::new(format!("#/components/headers/{name}")));
        }
    }
    builder.build()
}

/// A schema with a description attached; references are wrapped so the description is kept
/// in both 3.1 and the 3.0 conversion.
fn described(schema: &RefOr<Schema>, description: &str) -> RefOr<Schema> {
    if description.is_empty() {
        return schema.clone();
    }
    match schema {
        RefOr::Ref(reference) => {
            let mut reference = reference.clone();
            reference.description = description.to_owned();
            RefOr::Ref(reference)
        }
        RefOr::T(Schema::Object(object)) => {
            let mut object = object.clone();
            object.description = Some(description.to_owned());
            RefOr::T(Schema::Object(object))
        }
        RefOr::T(Schema::Array(array)) => {
            let mut array = array.clone();
            array.description = Some(description.to_owned());
            RefOr::T(Schema::Array(array))
        }
        other => other.clone(),
    }
}

/// A path or query parameter in GitLab's wire form: arrays as `name[]=a&name[]=b` (or
/// `name=a,b` when declared comma-separated), hashes as `name[key]=value`.
fn parameter(param: &ParamInfo, components: &BTreeMap<String, RefOr<Schema>>) -> Parameter {
    // A named type is a reference; its shape is in the endpoint's components.
    let resolved = match &param.schema {
        RefOr::Ref(reference) => reference
            .ref_location
            .rsplit('/')
            .next()
            .and_then(|name| components.get(name))
            .unwrap_or(&param.schema),
        inline => inline,
    };
    let is_array = matches!(resolved, RefOr::T(Schema::Array(_)));
    let is_object = matches!(resolved, RefOr::T(Schema::Object(o)) if o.additional_properties.is_some() || !o.properties.is_empty());
    let (name, style, explode) = match param.location {
        Location::Path => (param.name.to_owned(), None, None),
        _ if is_array && param.comma => (
            param.name.to_owned(),
            Some(ParameterStyle::Form),
            Some(false),
        ),
        _ if is_array => (
            format!("{}[]", param.name),
            Some(ParameterStyle::Form),
            Some(true),
        ),
        _ if is_object => (
            param.name.to_owned(),
            Some(ParameterStyle::DeepObject),
            Some(true),
        ),
        _ => (param.name.to_owned(), None, None),
    };
    let location = match param.location {
        Location::Path => ParameterIn::Path,
        Location::Query | Location::Body => ParameterIn::Query,
    };
    let description = if param.description.is_empty() {
        None
    } else {
        Some(param.description)
    };
    let mut builder = ParameterBuilder::new()
        .name(name)
        .parameter_in(location)
        .required(if param.required || param.location == Location::Path {
            Required::True
        } else {
            Required::False
        })
        .description(description)
        .deprecated(param.deprecated.then_some(Deprecated::True))
        .schema(Some(param.schema.clone()))
        .style(style)
        .explode(explode);
    let is_string = matches!(&param.schema, RefOr::T(Schema::Object(o)) if o.schema_type == Type::String.into());
    if param.location == Location::Path && is_string {
        // Full paths, branch names and file paths carry `/`; GitLab wants them as `%2F`.
        builder = builder.extensions(Some(
            ExtensionsBuilder::new()
                .add("x-gitlab-url-encode", true)
                .build(),
        ));
    }
    builder.build()
}
