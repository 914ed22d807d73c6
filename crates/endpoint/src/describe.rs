//! The plain-data description of an endpoint, produced by `#[derive(Endpoint)]`.
//!
//! It records only what is particular to one endpoint. The spec crate's conventions turn it into
//! a full OpenAPI operation (auth, sudo, error responses, pagination parameters and headers).

use std::collections::BTreeMap;
use std::fmt;

use utoipa::ToSchema;
use utoipa::openapi::schema::{ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{Ref, RefOr, Schema};

/// HTTP method of an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
}

impl Method {
    /// The method's name in upper case.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Head => "HEAD",
        }
    }

    /// Whether parameters that are not in the path travel in a request body by default.
    #[must_use]
    pub const fn has_body(self) -> bool {
        matches!(self, Self::Post | Self::Put | Self::Patch)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the URL path, percent-encoded.
    Path,
    /// In the query string.
    Query,
    /// In the request body (JSON, or a multipart part).
    Body,
}

/// How an endpoint's list response is paginated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pagination {
    /// Not a paginated list.
    None,
    /// Offset pagination (`page`, `per_page`, `x-*` headers, `Link`).
    Offset,
    /// Offset pagination, and keyset pagination for the listed `order_by` values.
    Keyset {
        /// `order_by` values that support keyset pagination.
        order_by: &'static [&'static str],
        /// `sort` values that support keyset pagination (empty: both).
        sort: &'static [&'static str],
    },
}

/// Which of GitLab's HTTP APIs an endpoint belongs to: each has its own base path,
/// credentials, media type, pagination and error bodies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Api {
    /// The REST API v4 under `/api/v4`: GitLab's conventions (tokens, `Sudo`, `page`/`per_page`,
    /// `{"message": ...}` errors).
    #[default]
    Rest,
    /// The group SCIM API (RFC 7644) under `/api/scim/v2`: the group's SCIM token, SCIM's
    /// `startIndex`/`count` lists and error bodies, `application/scim+json`.
    Scim,
}

/// Who may call an endpoint, beyond an ordinary authenticated user.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Access {
    /// Anonymous calls are accepted (they see only public data).
    pub public: bool,
    /// A CI/CD job token (`JOB-TOKEN` header) is accepted.
    pub job_token: bool,
    /// Only administrators may call it.
    pub admin: bool,
}

/// One parameter of an endpoint.
#[derive(Clone, Debug)]
pub struct ParamInfo {
    /// Wire name.
    pub name: &'static str,
    /// Where it travels.
    pub location: Location,
    /// Whether it must be given.
    pub required: bool,
    /// What it means (from the field's doc comment).
    pub description: &'static str,
    /// Its schema.
    pub schema: RefOr<Schema>,
    /// Arrays joined by commas (`labels=a,b`) instead of `labels[]=a`.
    pub comma: bool,
    /// Deprecated by GitLab.
    pub deprecated: bool,
}

/// The body of a successful response.
// Built once per endpoint while the document is generated; boxing the schema would only add
// noise to every match.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum ResponseBody {
    /// No body (`204 No Content` and friends).
    Empty,
    /// A JSON document with this schema.
    Json(RefOr<Schema>),
    /// Raw bytes of this media type (archives, images, plain text).
    Raw(&'static str),
}

/// Everything particular to one endpoint.
#[derive(Clone, Debug)]
pub struct EndpointInfo {
    /// HTTP method.
    pub method: Method,
    /// The API it belongs to.
    pub api: Api,
    /// Path template relative to the API's base path (`/api/v4` for REST).
    pub path: &'static str,
    /// Operation id.
    pub operation_id: &'static str,
    /// Tag (the docs page's title).
    pub tag: &'static str,
    /// One-line summary (first line of the doc comment).
    pub summary: &'static str,
    /// Longer description (the rest of the doc comment), possibly empty.
    pub description: &'static str,
    /// Parameters in declaration order.
    pub params: Vec<ParamInfo>,
    /// Status code of success, when it differs from the method's convention.
    pub status: Option<u16>,
    /// Body of a successful response.
    pub response: ResponseBody,
    /// Example of a successful response body, as JSON text.
    pub example: Option<&'static str>,
    /// Pagination.
    pub pagination: Pagination,
    /// Who may call it.
    pub access: Access,
    /// The body is `multipart/form-data` (file uploads) rather than JSON.
    pub multipart: bool,
    /// Deprecated by GitLab.
    pub deprecated: bool,
    /// Answers `304 Not Modified` when the resource already was in the requested state
    /// (starring a starred project, subscribing twice).
    pub not_modified: bool,
    /// Named schemas the parameters and response refer to.
    pub components: BTreeMap<String, RefOr<Schema>>,
}

/// Collects the named schemas an endpoint refers to while its description is built.
#[derive(Debug, Default)]
pub struct SchemaCollector {
    schemas: BTreeMap<String, RefOr<Schema>>,
}

impl SchemaCollector {
    /// An empty collector.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The named schemas collected.
    #[must_use]
    pub fn finish(self) -> BTreeMap<String, RefOr<Schema>> {
        self.schemas
    }
}

/// The schema of `T` as used inside an operation: models (objects with properties, or
/// compositions) are registered under their name and referenced; scalars and string enums are
/// inlined.
pub fn schema_of<T: ToSchema + ?Sized>(collector: &mut SchemaCollector) -> RefOr<Schema> {
    let schema = T::schema();
    let named = match &schema {
        RefOr::Ref(_) => false,
        RefOr::T(Schema::Object(object)) => !object.properties.is_empty(),
        RefOr::T(Schema::AllOf(_) | Schema::OneOf(_) | Schema::AnyOf(_)) => true,
        RefOr::T(_) => false,
    };
    if !named {
        return schema;
    }
    let name = T::name().into_owned();
    let mut nested = Vec::new();
    T::schemas(&mut nested);
    collector.schemas.extend(nested);
    collector.schemas.insert(name.clone(), schema);
    RefOr::Ref(Ref::from_schema_name(name))
}

/// Schemas of types that have no `ToSchema` of their own, chosen by the derive from the type's
/// name.
#[must_use]
pub fn inline_schema(kind: &str) -> RefOr<Schema> {
    let (ty, format) = match kind {
        "date-time" => (Type::String, Some(KnownFormat::DateTime)),
        "date" => (Type::String, Some(KnownFormat::Date)),
        _ => (Type::String, None),
    };
    ObjectBuilder::new()
        .schema_type(ty)
        .format(format.map(SchemaFormat::KnownFormat))
        .into()
}

/// An array schema of `items`.
#[must_use]
pub fn array_of(items: RefOr<Schema>) -> RefOr<Schema> {
    ArrayBuilder::new().items(items).into()
}

/// A map schema (`{"key": value}`) of `values`.
#[must_use]
pub fn map_of(values: RefOr<Schema>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .additional_properties(Some(values))
        .into()
}
