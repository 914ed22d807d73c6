//! Operations: each OpenAPI operation becomes a method on its tag's handle and a request
//! builder, described here as plain data for the templates.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr, RequestBody,
    Schema, SchemaKind, StatusCode, Type,
};
use serde::Serialize;
use serde_json::Value;

use crate::names::{self, Scope};
use crate::types::{Builtin, Home, Shape, TypeRef, TypeSpace, doc_or};

/// Names a builder cannot give to parameters because its own fields and methods use them.
const BUILDER_RESERVED: &[&str] = &[
    "client",
    "sudo",
    "body",
    "send",
    "stream",
    "request",
    "page",
    "per_page",
    "max_items",
    "prefer_offset",
    "new",
];

/// Where a parameter travels in a request.
///
/// It serialises to the lower-case name the client templates compare (`path`, `query`,
/// `header`, `body`); [`Location::support_variant`] names the server support crate's variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A field of the request body, or the body itself.
    Body,
}

impl Location {
    /// The name of the matching `gitlab_server_support::Location` variant (`Path`, ...).
    #[must_use]
    pub fn support_variant(self) -> &'static str {
        match self {
            Self::Path => "Path",
            Self::Query => "Query",
            Self::Header => "Header",
            Self::Body => "Body",
        }
    }

    /// Serialises the location as its support crate variant, for the server templates.
    fn serialize_support<S: serde::Serializer>(
        location: &Self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(location.support_variant())
    }
}

/// How a query parameter spells a list or an object; it serialises to the name of the
/// `Style` variant that the client runtime and the server support crate share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Style {
    /// `a=1&a=2`, the default (also the style of every non-query parameter).
    Form,
    /// `a=1,2` (`style: form, explode: false`).
    Comma,
    /// `a[x]=1` (`style: deepObject`).
    DeepObject,
}

/// A parameter of an operation, as the builder exposes it.
#[derive(Clone, Debug, Serialize)]
pub struct Param {
    /// The argument or setter name.
    pub ident: String,
    /// Where the value is stored: `self.<member>` or `self.body.<member>`.
    pub member: String,
    /// Whether it lives in the request body struct.
    pub in_body: bool,
    /// Whether it is a required argument (else an optional setter).
    pub required: bool,
    /// The stored type (without `Option` for optional parameters).
    pub ty: String,
    /// The argument type of the constructor or setter.
    pub arg_ty: String,
    /// Turns the argument named `ident` into the stored type.
    pub convert: String,
    /// `#[doc]` attributes.
    pub doc: String,
    /// Where it goes on the wire.
    pub location: Location,
    /// Its name on the wire.
    pub wire: String,
    /// Query style.
    pub style: Style,
    /// Whether it is deprecated.
    pub deprecated: bool,
    /// A valid value, as an expression usable outside the client crate (for generated tests).
    pub dummy: String,
}

/// A parameter as the generated server validates and decodes it.
#[derive(Clone, Debug, Serialize)]
pub struct ServerParam {
    /// Its name on the wire (`iids[]`).
    pub name: String,
    /// Its key in the decoded input (`iids`), also the serde name of the input field.
    pub key: String,
    /// The input struct's field.
    pub ident: String,
    /// Where it travels; serialised as the support crate's variant name (`Path`, ...).
    #[serde(serialize_with = "Location::serialize_support")]
    pub location: Location,
    /// Whether it must be given.
    pub required: bool,
    /// How the server validates it (serialised as a Rust expression).
    pub kind: Kind,
    /// How it is spelled in the query.
    pub style: Style,
    /// The input field's type, seen from outside the client crate; empty for files.
    pub ty: String,
    /// `#[doc]` attributes.
    pub doc: String,
}

/// How a request body is encoded (serialised as `json`, `form` or `multipart`, the names the
/// templates read).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// `application/json` or another `+json` media type.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
}

/// Which conventions the server applies to an operation (serialised as the support crate's
/// `Conventions` variant, `Rest` or `Scim`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Api {
    /// The REST API's: its error bodies and authentication.
    Rest,
    /// SCIM's: its error answers are `application/scim+json`.
    Scim,
}

/// The body of a request.
#[derive(Clone, Debug, Serialize)]
pub struct Body {
    /// How the body is encoded.
    pub encoding: Encoding,
    /// The body struct's type, rendered for the tag module.
    pub ty: String,
    /// Whether the body struct was generated from inline properties (else one `body` argument).
    pub expanded: bool,
    /// Fields of the generated body struct that hold files.
    pub uploads: Vec<Upload>,
    /// Whether the body struct implements `Default` (no required fields).
    pub fields: Vec<BodyField>,
}

/// A field of a generated body struct, for its construction.
#[derive(Clone, Debug, Serialize)]
pub struct BodyField {
    /// The field name.
    pub ident: String,
    /// The constructor argument that fills it, or empty for `None`.
    pub from_arg: String,
}

/// A file field of a multipart body.
#[derive(Clone, Debug, Serialize)]
pub struct Upload {
    /// The field name in the body struct.
    pub ident: String,
    /// The part name on the wire.
    pub wire: String,
    /// Whether the field is optional.
    pub optional: bool,
    /// Whether the field is a list of files, each sent as a part named `wire`.
    pub list: bool,
}

/// What a successful answer holds.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    /// Nothing worth decoding.
    Empty,
    /// A JSON value of `ty`.
    Json {
        /// The decoded type.
        ty: String,
    },
    /// One page of a paginated list of `item`.
    Page {
        /// The item type.
        item: String,
    },
    /// A file, streamed.
    Download,
}

/// Paging of a list answered as an envelope holding one slice of items, addressed by a 1-based
/// index (`x-gitlab-pagination: {"index": {...}}`, SCIM's lists).
#[derive(Clone, Debug, Serialize)]
pub struct IndexPaging {
    /// The query parameter of the first index (`startIndex`).
    pub start: String,
    /// The envelope's field holding the items (`Resources`).
    pub items: String,
    /// The envelope's field holding the total (`totalResults`).
    pub total: String,
    /// The item type, as the tag module writes it.
    pub item: String,
}

/// Keyset pagination support of an operation.
#[derive(Clone, Debug, Serialize)]
pub struct Keyset {
    /// Accepted `order_by` values, the default first.
    pub order_by: Vec<String>,
    /// Accepted `sort` values.
    pub sort: Vec<String>,
}

/// One operation.
#[derive(Clone, Debug, Serialize)]
pub struct OperationModel {
    /// The `operationId`.
    pub id: String,
    /// The method name on the tag handle.
    pub ident: String,
    /// The builder struct's name.
    pub builder: String,
    /// `#[doc]` attributes.
    pub doc: String,
    /// Whether the operation is deprecated.
    pub deprecated: bool,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path as the document writes it.
    pub path: String,
    /// The path template with `{}` for each path argument.
    pub path_format: String,
    /// Expressions rendering each path argument, in order.
    pub path_args: Vec<String>,
    /// All parameters, required ones first in declaration order.
    pub params: Vec<Param>,
    /// The request body, if any.
    pub body: Option<Body>,
    /// The successful answer.
    pub response: Response,
    /// Whether the operation is paginated (offset, and maybe keyset).
    pub paginated: bool,
    /// Keyset support, when the operation has it.
    pub keyset: Option<Keyset>,
    /// The keyset pagination the server lets through: the declared orderings, or any ordering
    /// when the operation declares a `pagination` parameter without them.
    pub server_keyset: Option<Keyset>,
    /// Index paging of an envelope list, when the operation has it.
    pub index: Option<IndexPaging>,
    /// Whether the operation takes the `Sudo` parameter (`x-gitlab-sudo`); requests of those
    /// that do not never send the client-wide sudo.
    pub sudo: bool,
    /// The base path of the operation's own server (path- or operation-level `servers`), when
    /// it differs from the document's; set by the caller, which sees the path item.
    pub base_path: Option<String>,
    /// Which conventions the server applies: [`Api::Scim`] when the operation's error answers
    /// are SCIM's (`application/scim+json`), else [`Api::Rest`].
    pub api: Api,
    /// The success status.
    pub status: u16,
    /// The example of the success answer, as JSON text, when there is one.
    pub example: Option<String>,
    /// The same example as a Rust raw string literal.
    pub example_literal: Option<String>,
    /// Parameters as the server sees them (sudo and pagination parameters left out).
    pub server_params: Vec<ServerParam>,
    /// Whether anonymous callers may call it (an empty security requirement).
    pub public: bool,
    /// Only administrators may call it (`x-gitlab-admin-only: true`).
    pub admin_only: bool,
    /// Media types the request body may use.
    pub body_media: Vec<String>,
    /// Whether the request body is required.
    pub body_required: bool,
    /// The media type of a download answer.
    pub download_media: String,
    /// The answer's type, seen from outside the client crate (`()` when empty).
    pub server_response: String,
    /// The type that example decodes into.
    #[serde(skip)]
    pub example_ty: Option<TypeRef>,
    #[serde(skip)]
    pub(crate) uses: BTreeSet<String>,
    /// Types the request mentions (parameters and body), as opposed to the answer.
    #[serde(skip)]
    pub(crate) input_uses: BTreeSet<String>,
}

/// Reads a document's operations into models: the state that every operation shares.
pub(crate) struct Generator<'g, 's> {
    /// The document, for parameters, request bodies and security read by reference.
    doc: &'g OpenAPI,
    /// The types of the document, which operations add their inline types to.
    space: &'g mut TypeSpace<'s>,
    /// The client crate's name as a path (`gitlab_client`), for generated test calls.
    client_lib: &'g str,
    /// The models crate's name as a path, for the server's types.
    models_lib: &'g str,
}

impl<'g, 's> Generator<'g, 's> {
    /// A generator reading `doc` into `space`, for the client crate `client_lib` and the models
    /// crate `models_lib` (both as Rust paths).
    pub(crate) fn new(
        doc: &'g OpenAPI,
        space: &'g mut TypeSpace<'s>,
        client_lib: &'g str,
        models_lib: &'g str,
    ) -> Self {
        Self {
            doc,
            space,
            client_lib,
            models_lib,
        }
    }

    /// Reads the operation `op`, found at `method` `path` beside the path item's `shared`
    /// parameters; the types it defines live in `home`.
    pub(crate) fn operation(
        &mut self,
        home: &Home,
        path: &str,
        method: &str,
        shared: &[ReferenceOr<Parameter>],
        op: &Operation,
    ) -> OperationModel {
        let id = op
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{method} {path}"));
        let builder = self.space.claim(&names::pascal(&id));
        OperationBuilder {
            generator: self,
            op,
            home,
            id,
            builder,
            scope: Scope::with_reserved(BUILDER_RESERVED),
            server_scope: Scope::default(),
            params: Vec::new(),
            server_params: Vec::new(),
            uses: BTreeSet::new(),
            input_uses: BTreeSet::new(),
            body_types: BTreeMap::new(),
        }
        .build(path, method, shared)
    }
}

/// One operation while it is read: its names, the parameters read so far and the types they
/// mention.
struct OperationBuilder<'b, 'g, 's> {
    /// The document's shared state.
    generator: &'b mut Generator<'g, 's>,
    /// The operation.
    op: &'b Operation,
    /// Where the operation's own types live (its tag's module).
    home: &'b Home,
    /// The `operationId` (or `METHOD path`).
    id: String,
    /// The builder struct's name.
    builder: String,
    /// The builder's argument and setter names.
    scope: Scope,
    /// The server input struct's field names.
    server_scope: Scope,
    /// The client's parameters, in declaration order.
    params: Vec<Param>,
    /// The server's parameters, in declaration order.
    server_params: Vec<ServerParam>,
    /// Generated types the operation mentions.
    uses: BTreeSet<String>,
    /// Generated types the request mentions.
    input_uses: BTreeSet<String>,
    /// The type of each field of a generated body struct, by wire name (for the server).
    body_types: BTreeMap<String, TypeRef>,
}

impl OperationBuilder<'_, '_, '_> {
    /// Reads the whole operation.
    fn build(
        mut self,
        path: &str,
        method: &str,
        shared: &[ReferenceOr<Parameter>],
    ) -> OperationModel {
        let doc = self.generator.doc;
        let op = self.op;
        // Whether the operation declares a `pagination` parameter of its own (keyset by another
        // cursor than an ordering, such as a repository tree's `page_token`).
        let mut declares_pagination = false;
        let pagination = op.extensions.get("x-gitlab-pagination");
        // Offset (GitLab's page numbers) unless only index paging is declared.
        let paginated = pagination.is_some_and(|p| p.get("index").is_none());
        let keyset = pagination.and_then(|p| p.get("keyset")).map(|k| Keyset {
            order_by: strings(k.get("order_by")),
            sort: strings(k.get("sort")),
        });

        let mut path_params = Vec::new();
        let mut sudo = false;
        // A path item's parameter is overridden by an operation's parameter of the same name and
        // location (OpenAPI 3.0, "Path Item Object"), so it is left out when the operation has
        // one.
        let overridden = |parameter: &ReferenceOr<Parameter>| {
            resolve_parameter(doc, parameter).is_some_and(|shared| {
                op.parameters
                    .iter()
                    .filter_map(|own| resolve_parameter(doc, own))
                    .any(|own| {
                        own.parameter_data_ref().name == shared.parameter_data_ref().name
                            && std::mem::discriminant(own) == std::mem::discriminant(shared)
                    })
            })
        };
        let parameters = shared
            .iter()
            .filter(|parameter| !overridden(parameter))
            .chain(&op.parameters);
        for parameter in parameters {
            let Some(parameter) = resolve_parameter(doc, parameter) else {
                let id = &self.id;
                self.generator
                    .space
                    .problem(format!("{id}: a parameter reference does not resolve"));
                continue;
            };
            let data = parameter.parameter_data_ref();
            if data.extensions.get("x-gitlab-sudo") == Some(&Value::Bool(true)) {
                sudo = true;
                continue;
            }
            if paginated
                && matches!(parameter, Parameter::Query { .. })
                && matches!(data.name.as_str(), "page" | "per_page" | "pagination")
            {
                declares_pagination |= data.name == "pagination";
                continue;
            }
            if let Some((param, id_or_path, ty)) = self.parameter(parameter) {
                if param.location == Location::Path {
                    path_params.push((data.name.clone(), param.clone(), id_or_path, ty));
                }
                self.params.push(param);
            }
        }

        let body = op
            .request_body
            .as_ref()
            .and_then(|body| self.request_body(body));

        let body_media = body_media(doc, op);
        self.server_body_params();
        let public = op
            .security
            .as_ref()
            .unwrap_or(&doc.security.clone().unwrap_or_default())
            .iter()
            .any(indexmap::IndexMap::is_empty);
        let (path_format, path_args) = path_template(path, &path_params);
        let (status, response, example, example_ty) = self.response(paginated);
        let keyset = if matches!(response, Response::Page { .. }) {
            keyset
        } else {
            None
        };
        let server_response = match (&response, &example_ty) {
            (Response::Json { .. } | Response::Page { .. }, Some(ty)) => {
                ty.render_shared(self.generator.models_lib)
            }
            _ => "()".to_owned(),
        };
        let download_media = download_media(op);
        let index = match (&response, pagination.and_then(|p| p.get("index"))) {
            (Response::Json { .. }, Some(index)) => self.index_paging(index),
            _ => None,
        };
        let Self {
            id,
            builder,
            mut params,
            server_params,
            uses,
            input_uses,
            ..
        } = self;
        params.sort_by_key(|p| !p.required);
        let description = match (&op.summary, &op.description) {
            (Some(s), Some(d)) => Some(format!("{s}\n\n{d}")),
            (Some(s), None) => Some(s.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => Some(format!("The `{id}` operation.")),
        };
        OperationModel {
            ident: names::snake(&id),
            builder,
            doc: doc_or(description.as_deref(), &format!("The `{id}` operation.")),
            deprecated: op.deprecated,
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            path_format,
            path_args,
            params,
            body,
            paginated: matches!(response, Response::Page { .. }),
            response,
            server_keyset: keyset.clone().or_else(|| {
                declares_pagination.then(|| Keyset {
                    order_by: Vec::new(),
                    sort: Vec::new(),
                })
            }),
            keyset,
            index,
            sudo,
            base_path: None,
            api: if scim_errors(doc, op) {
                Api::Scim
            } else {
                Api::Rest
            },
            status,
            example_literal: example.as_deref().map(crate::raw_string),
            example,
            example_ty,
            uses,
            input_uses,
            server_params,
            public,
            admin_only: op.extensions.get("x-gitlab-admin-only") == Some(&Value::Bool(true)),
            body_required: matches!(&op.request_body, Some(ReferenceOr::Item(b)) if b.required),
            body_media,
            download_media,
            server_response,
            id,
        }
    }

    /// Reads a path, query or header parameter (the server's copy goes to `server_params`):
    /// the client's parameter, whether it is an ID-or-path, and its type. `None`, with a
    /// warning, for what the generator leaves out (cookies, `content` parameters).
    fn parameter(&mut self, parameter: &Parameter) -> Option<(Param, bool, TypeRef)> {
        let data = parameter.parameter_data_ref();
        let (location, style) = match parameter {
            Parameter::Path { .. } => (Location::Path, Style::Form),
            Parameter::Header { .. } => (Location::Header, Style::Form),
            Parameter::Cookie { .. } => {
                self.generator.space.warn(format!(
                    "{}: cookie parameter `{}` is left out (cookies are not supported)",
                    self.id, data.name
                ));
                return None;
            }
            Parameter::Query { style, .. } => {
                let style = match style {
                    QueryStyle::DeepObject => Style::DeepObject,
                    QueryStyle::Form if data.explode == Some(false) => Style::Comma,
                    _ => Style::Form,
                };
                (Location::Query, style)
            }
        };
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            self.generator.space.warn(format!(
                "{}: parameter `{}` is left out (`content` parameters are not supported)",
                self.id, data.name
            ));
            return None;
        };
        let hint = format!("{}{}", self.builder, names::pascal(&data.name));
        let id_or_path = location == Location::Path && is_id_or_path(self.generator.space, schema);
        let ty = if id_or_path {
            TypeRef::Builtin(Builtin::IdOrPath)
        } else {
            self.generator.space.type_of(schema, &hint, self.home)
        };
        ty.named(&mut self.uses);
        ty.named(&mut self.input_uses);
        let required = data.required || location == Location::Path;
        let ident = self.scope.claim(&names::snake(&data.name));
        let param = Param {
            wire: data.name.clone(),
            style,
            doc: doc_or(
                data.description.as_deref(),
                &format!("The `{}` parameter.", data.name),
            ),
            deprecated: data.deprecated == Some(true),
            ..self.param(&ident, &ty, required, location)
        };
        let server = ServerParam {
            doc: param.doc.clone(),
            ..self.server_param(
                &data.name,
                location,
                style,
                required,
                Shape::of_ref(schema),
                &ty,
            )
        };
        self.server_params.push(server);
        Some((param, id_or_path, ty))
    }

    /// A builder parameter `ident` of type `ty` travelling in `location`, stored in a field of
    /// the same name; callers fill in the wire name, style and documentation.
    fn param(&self, ident: &str, ty: &TypeRef, required: bool, location: Location) -> Param {
        // Optional values are stored as `Option<T>`; the setter takes the `T`.
        let stored = match ty {
            TypeRef::Option(inner) if !required => inner.as_ref().clone(),
            other => other.clone(),
        };
        let rendered = stored.render(self.home);
        let (arg_ty, convert) = if stored.is_string() {
            (
                "impl ::std::convert::Into<::std::string::String>".to_owned(),
                format!("{ident}.into()"),
            )
        } else if matches!(stored, TypeRef::Builtin(Builtin::IdOrPath)) {
            (
                "impl ::std::convert::Into<::gitlab_client_runtime::IdOrPath>".to_owned(),
                format!("{ident}.into()"),
            )
        } else {
            (rendered.clone(), ident.to_owned())
        };
        Param {
            ident: ident.to_owned(),
            member: ident.to_owned(),
            in_body: false,
            required,
            ty: rendered,
            arg_ty,
            convert,
            doc: String::new(),
            location,
            wire: String::new(),
            style: Style::Form,
            deprecated: false,
            dummy: self.generator.space.dummy(ty, self.generator.client_lib, 0),
        }
    }

    /// One parameter for the server: how to validate it and the input field that holds it.
    /// The caller fills in the documentation.
    fn server_param(
        &mut self,
        name: &str,
        location: Location,
        style: Style,
        required: bool,
        shape: Shape<'_>,
        ty: &TypeRef,
    ) -> ServerParam {
        let key = name.trim_end_matches("[]").to_owned();
        let kind = Kind::of(self.generator.space, shape, 0);
        // The server keeps IDs-or-paths as text and hashes as JSON; everything else is the type
        // the client uses too (from the models crate), so a value means the same on both sides.
        let base = match ty {
            TypeRef::Option(inner) => inner.as_ref(),
            other => other,
        };
        let field = if kind == Kind::File || base.is_upload() {
            String::new()
        } else if matches!(base, TypeRef::Builtin(Builtin::IdOrPath)) {
            "::std::string::String".to_owned()
        } else if matches!(kind, Kind::Object | Kind::Any) {
            "::serde_json::Value".to_owned()
        } else {
            base.render_shared(self.generator.models_lib)
        };
        let field = if field.is_empty() || required {
            field
        } else {
            format!("::std::option::Option<{field}>")
        };
        ServerParam {
            ident: self.server_scope.claim(&names::snake(&key)),
            name: name.to_owned(),
            key,
            location,
            required,
            kind,
            style,
            ty: field,
            doc: String::new(),
        }
    }

    /// The fields of an inline object request body, as server parameters.
    fn server_body_params(&mut self) {
        let space: &TypeSpace<'_> = self.generator.space;
        let Some(Schema {
            schema_kind: SchemaKind::Type(Type::Object(object)),
            ..
        }) = body_schema(self.generator.doc, self.op).and_then(|schema| space.resolve(schema))
        else {
            return;
        };
        for (name, property) in &object.properties {
            let required = object.required.contains(name);
            // The client's body struct already has a type for this property; the server reuses
            // it.
            let Some(ty) = self.body_types.get(name.as_str()).cloned() else {
                continue;
            };
            let description = match property {
                ReferenceOr::Item(s) => s.schema_data.description.clone(),
                ReferenceOr::Reference { .. } => None,
            };
            let param = ServerParam {
                doc: doc_or(description.as_deref(), &format!("The `{name}` field.")),
                ..self.server_param(
                    name,
                    Location::Body,
                    Style::Form,
                    required,
                    Shape::of_boxed(property),
                    &ty,
                )
            };
            self.server_params.push(param);
        }
    }

    /// Reads the request body: its fields become parameters (an inline object, or a multipart
    /// body) or the whole body is one `body_value` argument.
    fn request_body(&mut self, body: &ReferenceOr<RequestBody>) -> Option<Body> {
        let doc = self.generator.doc;
        let body = match body {
            ReferenceOr::Item(body) => body,
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/requestBodies/");
                match name.and_then(|n| doc.components.as_ref()?.request_bodies.get(n)) {
                    Some(ReferenceOr::Item(body)) => body,
                    _ => {
                        self.generator.space.problem(format!(
                            "{}: request body `{reference}` does not resolve",
                            self.id
                        ));
                        return None;
                    }
                }
            }
        };
        let (encoding, media) = [
            "application/json",
            "multipart/form-data",
            "application/x-www-form-urlencoded",
        ]
        .iter()
        .zip([Encoding::Json, Encoding::Multipart, Encoding::Form])
        .find_map(|(media, encoding)| body.content.get(*media).map(|m| (encoding, m)))
        .or_else(|| {
            body.content
                .iter()
                .find(|(media, _)| media.ends_with("+json"))
                .map(|(_, m)| (Encoding::Json, m))
        })?;
        let schema = media.schema.as_ref()?;
        // A body struct's binary properties are files, sent as parts of a multipart body (a JSON
        // or form body becomes multipart when a file is attached). A multipart body gets its own
        // struct even when it names a component schema, since a model's binary fields are text.
        let expand = match schema {
            ReferenceOr::Item(_) => Some(schema),
            ReferenceOr::Reference { .. } if encoding == Encoding::Multipart => Some(schema),
            ReferenceOr::Reference { .. } => None,
        };
        let inline_object = match expand.and_then(|schema| self.generator.space.resolve(schema)) {
            Some(Schema {
                schema_kind: SchemaKind::Type(Type::Object(o)),
                schema_data,
            }) if !o.properties.is_empty() => Some((o.clone(), schema_data.description.clone())),
            _ => None,
        };
        let Some((object, description)) = inline_object else {
            let ty =
                self.generator
                    .space
                    .type_of(schema, &format!("{}Body", self.builder), self.home);
            ty.named(&mut self.uses);
            ty.named(&mut self.input_uses);
            let ident = self.scope.claim("body_value");
            let param = Param {
                member: "body".to_owned(),
                doc: doc_or(body.description.as_deref(), "The request body."),
                ..self.param(&ident, &ty, true, Location::Body)
            };
            let rendered = param.ty.clone();
            self.params.push(param);
            return Some(Body {
                encoding,
                ty: rendered,
                expanded: false,
                uploads: Vec::new(),
                fields: Vec::new(),
            });
        };
        let name = self.generator.space.claim(&format!("{}Body", self.builder));
        let fields = self.generator.space.define_struct(
            &name,
            description.as_deref().or(body.description.as_deref()),
            &object.properties,
            &object.required,
            self.home,
            true,
        );
        let mut body_fields = Vec::new();
        let mut uploads = Vec::new();
        for field in &fields {
            field.type_ref.named(&mut self.uses);
            field.type_ref.named(&mut self.input_uses);
            self.body_types
                .insert(field.wire.clone(), field.type_ref.clone());
            let ident = self.scope.claim(&field.ident);
            let required = !field.optional;
            let param = Param {
                member: field.ident.clone(),
                in_body: true,
                wire: field.wire.clone(),
                doc: field.doc.clone(),
                deprecated: field.deprecated,
                ..self.param(&ident, &field.type_ref, required, Location::Body)
            };
            if field.upload {
                uploads.push(Upload {
                    ident: field.ident.clone(),
                    wire: field.wire.clone(),
                    optional: field.optional,
                    list: field.type_ref.is_upload_list(),
                });
            }
            body_fields.push(BodyField {
                ident: field.ident.clone(),
                from_arg: if required {
                    param.convert.clone()
                } else {
                    String::new()
                },
            });
            self.params.push(param);
        }
        self.uses.insert(name.clone());
        self.input_uses.insert(name.clone());
        Some(Body {
            encoding,
            ty: name,
            expanded: true,
            uploads,
            fields: body_fields,
        })
    }

    /// The successful answer: the lowest 2xx status, its JSON schema or a download.
    fn response(&mut self, paginated: bool) -> (u16, Response, Option<String>, Option<TypeRef>) {
        let Some((status, response)) = success_response(self.op) else {
            return (200, Response::Empty, None, None);
        };
        if let Some(media) = json_media(response) {
            let Some(schema) = &media.schema else {
                return (status, Response::Empty, None, None);
            };
            let hint = format!("{}Response", names::pascal(&self.id));
            let ty = self.generator.space.type_of(schema, &hint, self.home);
            ty.named(&mut self.uses);
            let example = media
                .example
                .as_ref()
                .map(|e| serde_json::to_string_pretty(e).unwrap_or_default());
            let full = ty.render(self.home);
            let response = match (&ty, paginated) {
                (TypeRef::Vec(item), true) => Response::Page {
                    item: item.render(self.home),
                },
                _ => Response::Json { ty: full.clone() },
            };
            return (status, response, example, Some(ty));
        }
        if response.content.is_empty() || status == 204 {
            (status, Response::Empty, None, None)
        } else {
            (status, Response::Download, None, None)
        }
    }

    /// The index paging of an envelope list: the extension's names, and the item type read
    /// from the success schema's items field (`None`, with a problem, when the schema has no
    /// such array).
    fn index_paging(&mut self, index: &Value) -> Option<IndexPaging> {
        let op = self.op;
        let space = &mut *self.generator.space;
        let name = |key: &str| index.get(key).and_then(Value::as_str).map(str::to_owned);
        let (Some(start), Some(items), Some(total)) = (name("start"), name("items"), name("total"))
        else {
            space.problem(format!(
                "{}: `x-gitlab-pagination.index` needs `start`, `items` and `total`",
                op.operation_id.as_deref().unwrap_or("an operation")
            ));
            return None;
        };
        let schema = json_media(success_response(op)?.1)?.schema.as_ref()?;
        let item_schema = space
            .resolve(schema)
            .and_then(|envelope| match &envelope.schema_kind {
                SchemaKind::Type(Type::Object(object)) => match object.properties.get(&items)? {
                    ReferenceOr::Item(field) => match &field.schema_kind {
                        SchemaKind::Type(Type::Array(array)) => array.items.clone(),
                        _ => None,
                    },
                    ReferenceOr::Reference { .. } => None,
                },
                _ => None,
            });
        let Some(item_schema) = item_schema else {
            space.problem(format!(
                "{}: the envelope has no array `{items}`, so `.stream()` is left out",
                op.operation_id.as_deref().unwrap_or("an operation")
            ));
            return None;
        };
        let ty = space.type_of_boxed(&item_schema, "Item", self.home);
        ty.named(&mut self.uses);
        Some(IndexPaging {
            start,
            items,
            total,
            item: ty.render(self.home),
        })
    }
}

fn body_schema<'d>(doc: &'d OpenAPI, op: &'d Operation) -> Option<&'d ReferenceOr<Schema>> {
    let body = match op.request_body.as_ref()? {
        ReferenceOr::Item(body) => body,
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/requestBodies/")?;
            match doc.components.as_ref()?.request_bodies.get(name)? {
                ReferenceOr::Item(body) => body,
                ReferenceOr::Reference { .. } => return None,
            }
        }
    };
    body.content
        .values()
        .find_map(|media| media.schema.as_ref())
}

fn body_media(doc: &OpenAPI, op: &Operation) -> Vec<String> {
    let body = match op.request_body.as_ref() {
        Some(ReferenceOr::Item(body)) => Some(body),
        Some(ReferenceOr::Reference { reference }) => reference
            .strip_prefix("#/components/requestBodies/")
            .and_then(|name| doc.components.as_ref()?.request_bodies.get(name))
            .and_then(|b| match b {
                ReferenceOr::Item(body) => Some(body),
                ReferenceOr::Reference { .. } => None,
            }),
        None => None,
    };
    body.map(|b| b.content.keys().cloned().collect())
        .unwrap_or_default()
}

fn download_media(op: &Operation) -> String {
    op.responses
        .responses
        .iter()
        .filter(|(code, _)| matches!(code, StatusCode::Code(200..=299)))
        .find_map(|(_, response)| match response {
            ReferenceOr::Item(r) => r.content.keys().find(|m| !m.contains("json")).cloned(),
            ReferenceOr::Reference { .. } => None,
        })
        .unwrap_or_else(|| "application/octet-stream".to_owned())
}

/// How the generated server validates a value: the generator's copy of
/// `gitlab_server_support::Kind`, written into the server as [`Kind::render`] spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Any text.
    String,
    /// An integer.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A date and time.
    DateTime,
    /// A date.
    Date,
    /// One of the listed strings.
    Enum(Vec<String>),
    /// One of the listed integers, as text.
    IntegerEnum(Vec<String>),
    /// A list of values of the inner kind.
    Array(Box<Kind>),
    /// A hash of arbitrary keys.
    Object,
    /// An uploaded file.
    File,
    /// Anything.
    Any,
}

impl Kind {
    /// The kind of a value of `shape`; references are followed through `space` (to a depth of
    /// eight, after which anything goes).
    fn of(space: &TypeSpace<'_>, shape: Shape<'_>, depth: usize) -> Self {
        if depth >= 8 {
            return Self::Any;
        }
        match shape {
            Shape::Reference(reference) => space.component(reference).map_or(Self::Any, |schema| {
                Self::of(space, Shape::of(schema), depth)
            }),
            Shape::Wrapper(member) => Self::of(space, Shape::of_ref(member), depth + 1),
            Shape::StringEnum(values) => Self::Enum(values.iter().flatten().cloned().collect()),
            Shape::DateTime => Self::DateTime,
            Shape::Date => Self::Date,
            Shape::Binary => Self::File,
            Shape::String => Self::String,
            Shape::IntegerEnum(integer) => Self::IntegerEnum(crate::types::integer_values(integer)),
            Shape::Integer(_) => Self::Integer,
            Shape::Number => Self::Number,
            Shape::Boolean => Self::Boolean,
            Shape::Array(Some(items)) => {
                Self::Array(Box::new(Self::of(space, Shape::of_boxed(items), depth + 1)))
            }
            Shape::Array(None) => Self::Array(Box::new(Self::Any)),
            Shape::Struct | Shape::Map(_) => Self::Object,
            Shape::Alternatives | Shape::AllOf | Shape::Any => Self::Any,
        }
    }

    /// The kind as a Rust expression of type `gitlab_server_support::Kind`.
    #[must_use]
    pub fn render(&self) -> String {
        const KIND: &str = "::gitlab_server_support::Kind";
        match self {
            Self::String => format!("{KIND}::String"),
            Self::Integer => format!("{KIND}::Integer"),
            Self::Number => format!("{KIND}::Number"),
            Self::Boolean => format!("{KIND}::Boolean"),
            Self::DateTime => format!("{KIND}::DateTime"),
            Self::Date => format!("{KIND}::Date"),
            Self::Enum(values) => {
                let values: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
                format!("{KIND}::Enum(&[{}])", values.join(", "))
            }
            Self::IntegerEnum(values) => format!("{KIND}::IntegerEnum(&[{}])", values.join(", ")),
            Self::Array(inner) => format!("{KIND}::Array(&{})", inner.render()),
            Self::Object => format!("{KIND}::Object"),
            Self::File => format!("{KIND}::File"),
            Self::Any => format!("{KIND}::Any"),
        }
    }
}

impl Serialize for Kind {
    /// A kind serialises as its Rust expression, which the server templates write out.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render())
    }
}

/// The success status and answer of an operation, written in place (`2XX` reads as 200).
fn success_response(op: &Operation) -> Option<(u16, &openapiv3::Response)> {
    op.responses
        .responses
        .iter()
        .find_map(|(code, response)| match code {
            StatusCode::Code(c) if (200..300).contains(c) => Some((*c, response)),
            StatusCode::Range(2) => Some((200, response)),
            _ => None,
        })
        .and_then(|(status, response)| Some((status, response.as_item()?)))
}

/// The JSON media of an answer (`application/json` or a `+json` type such as SCIM's).
fn json_media(response: &openapiv3::Response) -> Option<&openapiv3::MediaType> {
    response
        .content
        .iter()
        .find(|(media, _)| *media == "application/json" || media.ends_with("+json"))
        .map(|(_, media)| media)
}

/// Whether an operation's error answers are SCIM's error bodies.
fn scim_errors(doc: &OpenAPI, op: &Operation) -> bool {
    op.responses.responses.iter().any(|(code, response)| {
        let response = match response {
            ReferenceOr::Item(response) => Some(response),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/responses/")
                .and_then(|name| doc.components.as_ref()?.responses.get(name))
                .and_then(ReferenceOr::as_item),
        };
        matches!(code, StatusCode::Code(c) if *c >= 400)
            && response.is_some_and(|r| r.content.contains_key("application/scim+json"))
    })
}

/// `/projects/{id}/issues` → `/projects/{}/issues` and the expression for each argument.
fn path_template(path: &str, params: &[(String, Param, bool, TypeRef)]) -> (String, Vec<String>) {
    let mut format = String::new();
    let mut args = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        format.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
        format.push_str("{}");
        let name = &rest[start + 1..start + end];
        let found = params.iter().find(|(wire, ..)| wire == name);
        args.push(match found {
            Some((_, param, true, _)) => format!("self.{}.encoded()", param.member),
            Some((_, param, false, ty)) if ty.is_string() => {
                format!("::gitlab_client_runtime::encode::path_segment(&self.{})", param.member)
            }
            // Any other type (numbers, enums, newtypes, `oneOf`s) is written as it serialises.
            Some((_, param, false, _)) => format!(
                "::gitlab_client_runtime::encode::path_segment(&::gitlab_client_runtime::encode::text(&self.{})?)",
                param.member
            ),
            None => format!("{:?}", format!("{{{name}}}")),
        });
        rest = &rest[start + end + 1..];
    }
    format.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    (format, args)
}

fn is_id_or_path(space: &TypeSpace<'_>, schema: &ReferenceOr<Schema>) -> bool {
    space.resolve(schema).is_some_and(|s| {
        s.schema_data.extensions.get("x-gitlab-id-or-path") == Some(&Value::Bool(true))
    })
}

fn resolve_parameter<'d>(
    doc: &'d OpenAPI,
    parameter: &'d ReferenceOr<Parameter>,
) -> Option<&'d Parameter> {
    match parameter {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            match doc.components.as_ref()?.parameters.get(name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use openapiv3::{ReferenceOr, Schema};

    use super::Kind;
    use crate::types::{Home, Shape, TypeSpace};

    /// The Rust type and the server's kind of a schema written in place.
    fn read(space: &mut TypeSpace<'_>, schema: serde_json::Value) -> (String, Kind) {
        let schema: Schema = serde_json::from_value(schema).expect("a schema");
        let ty = space
            .type_of(&ReferenceOr::Item(schema.clone()), "Hint", &Home::Models)
            .render(&Home::Models);
        (ty, Kind::of(space, Shape::of(&schema), 0))
    }

    #[test]
    fn the_type_and_the_kind_of_a_schema_agree() {
        let components = indexmap::IndexMap::new();
        let mut space = TypeSpace::new(&components).expect("no components");
        let cases = [
            // A single alternative is that alternative, for the server too.
            (
                serde_json::json!({"oneOf": [{"type": "integer"}]}),
                "i64",
                Kind::Integer,
            ),
            (
                serde_json::json!({"allOf": [{"type": "string", "format": "date"}]}),
                "::chrono::NaiveDate",
                Kind::Date,
            ),
            (
                serde_json::json!({"type": "array", "items": {"type": "boolean"}}),
                "::std::vec::Vec<bool>",
                Kind::Array(Box::new(Kind::Boolean)),
            ),
            // Properties without `type: object` are still an object: a struct, not any value.
            (
                serde_json::json!({"properties": {"a": {"type": "string"}}}),
                "Hint",
                Kind::Object,
            ),
            (
                serde_json::json!({"oneOf": [{"type": "integer"}, {"type": "string"}]}),
                "Hint2",
                Kind::Any,
            ),
        ];
        for (schema, ty, kind) in cases {
            assert_eq!(
                read(&mut space, schema.clone()),
                (ty.to_owned(), kind),
                "{schema}"
            );
        }
    }

    #[test]
    fn a_kind_renders_as_the_support_crate_expression() {
        let kind = Kind::Array(Box::new(Kind::Enum(vec![
            "a\"b".to_owned(),
            "c".to_owned(),
        ])));
        assert_eq!(
            kind.render(),
            r#"::gitlab_server_support::Kind::Array(&::gitlab_server_support::Kind::Enum(&["a\"b", "c"]))"#
        );
        assert_eq!(
            Kind::IntegerEnum(vec!["1".to_owned(), "-2".to_owned()]).render(),
            "::gitlab_server_support::Kind::IntegerEnum(&[1, -2])"
        );
    }
}
