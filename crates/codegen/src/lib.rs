//! A generic generator: any OpenAPI 3.0 document in, a typed async Rust client crate and the
//! crate of its models out.
//!
//! The document is read with `openapiv3` into a generator model ([`TypeDef`]s for schemas,
//! [`OperationModel`]s for operations, grouped by tag), the model is rendered with tera
//! templates, and every Rust file is parsed with syn and printed with prettyplease, once, on
//! every core (see [`format_rust`]), so a template bug fails generation rather than producing a
//! crate that does not build.
//!
//! [`read_document`] (or [`read_value`], for JSON already parsed) reads JSON or YAML, OpenAPI 3.0
//! or 3.1 (converted to 3.0.3 first), [`model`] builds the generator model once, and
//! [`client_crates`] and [`server`] render the crates from it ([`generate_client`] does the
//! client's steps in one call). The `gitlab-codegen` command and `cargo xtask generate` both go
//! through these functions.
//!
//! The types live in the models crate (serde and chrono only, `serde_json` when a type holds
//! any JSON value): component schemas at its root, the types of one tag's operations (inline
//! enums, request bodies) in a module named after the tag, each gated by the same cargo features
//! as in the client. The client depends on it and re-exports it (`models` and a glob in each tag's
//! module), and a server can share the types without linking an HTTP client. A request body
//! that holds files is the one type that stays in the client, since a file is the client
//! runtime's `Upload`.
//!
//! Every valid document generates a crate that builds without warnings:
//!
//! - Any generated type can be a path, query or header value: values are written as they
//!   serialise (`gitlab_client_runtime::encode::text` for paths and headers), so enums give
//!   their wire names and newtypes or `oneOf`s the value they hold.
//! - `format: binary` is a file (`Upload`) as a direct property of a request body; a JSON or
//!   form body with a file attached is sent as multipart. In models, binary content is the
//!   `String` that the JSON carries, noted in the field's docs.
//! - Recursive schemas are boxed where they hold themselves in place (lists and maps need no
//!   box).
//! - Items without a description get a generated doc line; operations without an
//!   `operationId` are named after their method and path.
//! - What Rust types cannot express (an `allOf` over a non-object) holds any JSON value, and
//!   what the client cannot send (cookie and `content` parameters) is left out; both are
//!   listed in [`ClientModel::warnings`], which the command prints. Only a document that does
//!   not hold together (a reference that does not resolve) fails generation.
//! - A document is untrusted input: its text never changes what the generated code does.
//!   Names become identifiers of ASCII letters, digits and `_`; wire names, paths, enum
//!   values and ids become Rust string literals computed in Rust (`format!("{:?}")`, the
//!   templates' `rust_str` filter, the literals of [`Field`] and [`Variant`]); examples
//!   become raw strings; descriptions become `#[doc]` strings whose code fences are marked
//!   `text` and whose indentation cannot start a code block, so no doctest comes from a
//!   document. A name HTTP cannot carry (a header name with `"`) fails the request, not the
//!   build.
//!
//! Nothing here knows about GitLab. Behaviour beyond standard OpenAPI comes from documented
//! extensions that any document may carry:
//!
//! - `x-gitlab-pagination` on an operation: `{"offset": true}` makes the list paginated
//!   (one-page calls and a lazy stream over all items; `page`, `per_page` and `pagination` are
//!   then managed by the client), and `"keyset": {"order_by": [..], "sort": [..]}` lets the
//!   stream switch to keyset pagination on its own.
//! - `x-gitlab-sudo` on a parameter: the parameter is the client-wide "act as" setting, so it is
//!   exposed as `.sudo(..)` on the client and on every request instead of as a parameter.
//! - `x-gitlab-id-or-path` on a path parameter's schema: the argument takes a numeric ID or a
//!   full path and is percent-encoded exactly once.

mod error;
mod format;
pub mod names;
mod operations;
mod refs;
mod render;
mod server;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, ReferenceOr};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use error::{Error, Result};
pub use format::format_rust;
pub use operations::{
    Api, Body, BodyField, Encoding, Keyset, Kind, Location, OperationModel, Param, Response,
    ServerParam, Style, Upload,
};
pub use render::Templates;
pub use server::{ServerModel, ServerOptions, server};
pub use types::{Alternative, Builtin, Field, Home, TypeDef, TypeKind, TypeRef, Variant};

use types::TypeSpace;

/// How to shape the generated crate.
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// The package name, e.g. `gitlab-client`.
    pub crate_name: String,
    /// The package version.
    pub version: String,
    /// The `gitlab-client-runtime` dependency as a TOML value, e.g. `{ path = "../runtime" }`.
    pub runtime_dependency: String,
    /// Whether each tag becomes a cargo feature (off for small test crates).
    pub features: bool,
    /// The first line of every generated file, a "do not edit" note (without comment markers).
    pub header: String,
    /// Markdown with usage examples, placed in the README.
    pub usage: String,
    /// Whether the README is the crate's documentation (so its examples are compiled as doctests).
    pub readme_as_docs: bool,
    /// The package name of the models crate, e.g. `gitlab-models` (see [`models_crate_name`]).
    pub models_crate: String,
    /// The models crate's directory as seen from the client's, e.g. `../models`: the client
    /// depends on it by path (and version).
    pub models_path: String,
    /// A server crate generated from the same document: when set, the client gets a test that
    /// calls every operation against the server's example implementation over loopback.
    pub test_server: Option<TestServer>,
}

/// The server crate that the client's every-operation test runs against.
#[derive(Clone, Debug, Serialize)]
pub struct TestServer {
    /// The server's package name, e.g. `gitlab-server`.
    pub crate_name: String,
    /// The server as a TOML dependency value, e.g. `{ path = "../server" }`.
    pub dependency: String,
}

/// The models crate's name for a client named `client`: `-client` becomes `-models`
/// (`gitlab-client` → `gitlab-models`), any other name gets `-models` appended.
#[must_use]
pub fn models_crate_name(client: &str) -> String {
    match client.strip_suffix("-client") {
        Some(stem) if !stem.is_empty() => format!("{stem}-models"),
        _ => format!("{client}-models"),
    }
}

/// One generated file, relative to the crate's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path, with `/` separators.
    pub path: String,
    /// The contents.
    pub contents: String,
}

/// Reads an OpenAPI document as [`read_document`] does and returns it as 3.0.
pub fn parse(text: &str) -> Result<OpenAPI> {
    Ok(read_document(text)?.openapi)
}

/// An OpenAPI document, read and converted to 3.0 for the generators.
#[derive(Clone, Debug)]
pub struct Document {
    /// The version the document declared (`openapi`), e.g. `3.1.0`.
    pub declared_version: String,
    /// The document as OpenAPI 3.0 (converted by `openapi_downgrade` when it was 3.1).
    pub openapi: OpenAPI,
}

impl Document {
    /// Whether the document was 3.1 and has been converted.
    #[must_use]
    pub fn converted(&self) -> bool {
        !is_30(&self.declared_version)
    }
}

/// Reads an OpenAPI 3.0.x or 3.1.x document from JSON or YAML text.
///
/// The format is decided by the content: text that starts with `{` is JSON, anything else is
/// YAML. A 3.1 document is converted with [`openapi_downgrade::to_openapi_30`]; Swagger 2.0 and
/// anything that is not an OpenAPI 3 object are refused with [`Error::NotOpenApi`].
pub fn read_document(text: &str) -> Result<Document> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text)?
    } else {
        yaml_serde::from_str(text).map_err(|e| Error::Yaml(e.to_string()))?
    };
    read_value(value)
}

/// Reads an OpenAPI 3.0.x or 3.1.x document already parsed as JSON (see [`read_document`]).
pub fn read_value(value: Value) -> Result<Document> {
    let Some(root) = value.as_object() else {
        return Err(Error::NotOpenApi(format!(
            "the document is {}, not an object with `openapi`, `info` and `paths`",
            kind_of(&value)
        )));
    };
    let declared_version = match (root.get("openapi"), root.get("swagger")) {
        (Some(Value::String(version)), _) => version.clone(),
        (Some(other), _) => {
            return Err(Error::NotOpenApi(format!(
                "`openapi` is {}, not a version string such as \"3.1.0\"",
                kind_of(other)
            )));
        }
        (None, Some(version)) => {
            let version = version
                .as_str()
                .map_or_else(|| version.to_string(), str::to_owned);
            return Err(Error::NotOpenApi(format!(
                "this is a Swagger {version} document; convert it to OpenAPI 3 first (for example with swagger2openapi)"
            )));
        }
        (None, None) => {
            return Err(Error::NotOpenApi(
                "it has no `openapi` field (the version, such as \"3.1.0\")".into(),
            ));
        }
    };
    let mut value = value;
    refs::localize(&mut value)?;
    let mut value = if is_30(&declared_version) {
        value
    } else if declared_version == "3.1" || declared_version.starts_with("3.1.") {
        openapi_downgrade::to_openapi_30(&value)
    } else {
        return Err(Error::NotOpenApi(format!(
            "version {declared_version} is not supported (3.0.x and 3.1.x are)"
        )));
    };
    // A union with a null branch (`oneOf: [X, {nullable: true, enum: [null]}]`, what the 3.1
    // conversion writes for `X` or `null`) is an optional `X` to the type generator.
    openapi_downgrade::fold_null_unions(&mut value);
    // Without the path first (the fast way); a document that does not fit is read again to
    // name the place.
    let openapi = OpenAPI::deserialize(&value)
        .or_else(|_| serde_path_to_error::deserialize(&value))
        .map_err(|e| Error::Shape {
            path: e.path().to_string(),
            message: e.into_inner().to_string(),
        })?;
    Ok(Document {
        declared_version,
        openapi,
    })
}

fn is_30(version: &str) -> bool {
    version == "3.0" || version.starts_with("3.0.")
}

/// The kind of a JSON value, for messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A generated client crate and its models crate, and what is in them.
#[derive(Clone, Debug)]
pub struct GeneratedClient {
    /// The client's files.
    pub files: Vec<GeneratedFile>,
    /// The models crate's files, relative to its own root (placed at
    /// [`ClientOptions::models_path`] from the client's).
    pub models: Vec<GeneratedFile>,
    /// Number of operations (methods on the client).
    pub operation_count: usize,
    /// Number of generated types (shared models and per-tag types).
    pub type_count: usize,
    /// Constructs of the document that the client leaves out or holds as untyped JSON.
    pub warnings: Vec<String>,
}

/// Generates the client crate for `doc` and its models crate: the one entry point of the
/// command and of `cargo xtask generate`.
pub fn generate_client(
    doc: &OpenAPI,
    templates: &Templates,
    options: &ClientOptions,
) -> Result<GeneratedClient> {
    client_crates(&model(doc, options)?, templates, options)
}

/// The client crate and its models crate of a [`model`], which a [`server`] can be generated
/// from as well: the model is built once for both. Every Rust file of the two crates is
/// formatted in one pass over every core.
pub fn client_crates(
    model: &ClientModel,
    templates: &Templates,
    options: &ClientOptions,
) -> Result<GeneratedClient> {
    render_client_crates(model, templates, options)?.format()
}

/// The two crates of [`client_crates`], rendered but not yet formatted: the model is no longer
/// needed, so a caller that owns it can free it before the formatting, the step that needs
/// the most memory.
pub fn render_client_crates<'t>(
    model: &ClientModel,
    templates: &'t Templates,
    options: &'t ClientOptions,
) -> Result<RenderedClient<'t>> {
    let mut context = render::context_of(model, "model")?;
    let models = render_models(model, &mut context, templates, options)?;
    let client = render_client(model, &mut context, templates, options)?;
    Ok(RenderedClient {
        client,
        models,
        operation_count: model.operation_count,
        type_count: model.models.len() + model.tags.iter().map(|t| t.types.len()).sum::<usize>(),
        warnings: model.warnings.clone(),
    })
}

/// The rendered files of a client crate and its models crate ([`render_client_crates`]).
pub struct RenderedClient<'t> {
    client: render::Output<'t>,
    models: render::Output<'t>,
    operation_count: usize,
    type_count: usize,
    warnings: Vec<String>,
}

impl RenderedClient<'_> {
    /// Formats the Rust files of both crates, in one pass over every core.
    pub fn format(self) -> Result<GeneratedClient> {
        let [files, models] = render::Output::finish_all([self.client, self.models])?;
        Ok(GeneratedClient {
            files,
            models,
            operation_count: self.operation_count,
            type_count: self.type_count,
            warnings: self.warnings,
        })
    }
}

/// One tag: a module, a handle type, a cargo feature.
#[derive(Clone, Debug, Serialize)]
pub struct TagModel {
    /// The tag as written in the document.
    pub name: String,
    /// The module (and feature) name.
    pub module: String,
    /// The handle type's name.
    pub handle: String,
    /// `#[doc]` attributes from the tag's description.
    pub doc: String,
    /// The feature gate, `#[cfg(...)]` or empty.
    pub cfg: String,
    /// The operations, in document order.
    pub operations: Vec<OperationModel>,
    /// Types that belong to this tag's operations only, in the models crate's module of the tag.
    pub types: Vec<TypeDef>,
    /// Request bodies of this tag that hold files: they stay in the client's module.
    pub client_types: Vec<TypeDef>,
}

/// The whole generator model of one document.
#[derive(Clone, Debug, Serialize)]
pub struct ClientModel {
    /// The package name.
    pub crate_name: String,
    /// The library name (`gitlab_client`).
    pub lib_name: String,
    /// The package version.
    pub version: String,
    /// The API's title.
    pub title: String,
    /// The API's version.
    pub api_version: String,
    /// Crate documentation from the document's description.
    pub description: String,
    /// The path every operation path is relative to (from the first server), e.g. `/api/v4`.
    pub base_path: String,
    /// Whether tags are cargo features.
    pub features: bool,
    /// The runtime dependency (TOML value).
    pub runtime_dependency: String,
    /// The "do not edit" header.
    pub header: String,
    /// Usage examples for the README.
    pub usage: String,
    /// Whether the README is the crate's documentation.
    pub readme_as_docs: bool,
    /// The tags.
    pub tags: Vec<TagModel>,
    /// Types at the root of the models crate (the client's `models`).
    pub models: Vec<TypeDef>,
    /// The models crate's package name.
    pub models_crate: String,
    /// The models crate's library name (`gitlab_models`).
    pub models_lib: String,
    /// The models crate's directory from the client's.
    pub models_path: String,
    /// Whether a type of the models crate holds any JSON value (so it depends on `serde_json`).
    pub models_json: bool,
    /// Whether a type of the models crate holds a date or time (so it depends on `chrono`).
    pub models_chrono: bool,
    /// Whether a type of the models crate is a string enum (which decodes through a helper).
    pub models_enums: bool,
    /// The server of the client's every-operation test, if any.
    pub test_server: Option<TestServer>,
    /// Number of operations.
    pub operation_count: usize,
    /// Constructs left out or held as untyped JSON, each also noted in the generated rustdoc.
    pub warnings: Vec<String>,
}

/// The tag of operations that have none (a tag named `default`, as other generators call it,
/// would collide with cargo's `default` feature).
const UNTAGGED: &str = "untagged";

/// Names a tag's module may not have: each tag is a module, a method of `Client` and a cargo
/// feature, so it must not collide with the crate's other modules, `Client`'s own methods or
/// the features `default` and `full` (a tag named `default` would make `Cargo.toml` unreadable).
const TAKEN_MODULE_NAMES: &[&str] = &[
    "models",
    // The models crate's private helper for string enums.
    "enums",
    "runtime",
    "lib",
    "default",
    "full",
    "new",
    "builder",
    "from_runtime",
    "with_sudo",
    "with_credentials",
    "without_sudo",
    "resume",
];

/// The module of a tag: its snake-case name, with a keyword spelt `type_` rather than `r#type`,
/// because the module is also a file name and a cargo feature.
fn module_name(tag: &str) -> String {
    let name = names::snake(tag);
    match name.strip_prefix("r#") {
        Some(keyword) => format!("{keyword}_"),
        None => name,
    }
}

/// Builds the generator model of `doc`. It fails only for a document that does not hold together,
/// listing every problem; constructs it cannot express go into [`ClientModel::warnings`].
pub fn model(doc: &OpenAPI, options: &ClientOptions) -> Result<ClientModel> {
    let empty = indexmap::IndexMap::new();
    let schemas = doc.components.as_ref().map_or(&empty, |c| &c.schemas);
    let mut space = TypeSpace::new(schemas)?;

    let mut tag_order: Vec<String> = doc.tags.iter().map(|t| t.name.clone()).collect();
    let mut by_tag: BTreeMap<String, Vec<OperationModel>> = BTreeMap::new();
    let mut idents: BTreeMap<String, names::Scope> = BTreeMap::new();
    let mut modules = names::Scope::with_reserved(TAKEN_MODULE_NAMES);
    let mut tag_modules: BTreeMap<String, String> = BTreeMap::new();
    let document_base = doc.servers.first().map(|s| server_path(&s.url));
    for (path, item) in &doc.paths.paths {
        let ReferenceOr::Item(item) = item else {
            space.warn(format!(
                "`{path}` is left out (path item references are not supported)"
            ));
            continue;
        };
        for (method, op) in item.iter() {
            let tag = op
                .tags
                .first()
                .cloned()
                .unwrap_or_else(|| UNTAGGED.to_owned());
            if !tag_order.contains(&tag) {
                tag_order.push(tag.clone());
            }
            let module = tag_modules
                .entry(tag.clone())
                .or_insert_with(|| modules.claim(&module_name(&tag)))
                .clone();
            let home = Home::Tag(module);
            let lib = options.crate_name.replace('-', "_");
            let models_lib = options.models_crate.replace('-', "_");
            let mut model = operations::Generator::new(doc, &mut space, &lib, &models_lib)
                .operation(&home, path, method, &item.parameters, op);
            // A handle's own constructor is `new`.
            model.ident = idents
                .entry(tag.clone())
                .or_insert_with(|| names::Scope::with_reserved(&["new"]))
                .claim(&model.ident);
            // An operation's own servers beat its path's, which beat the document's.
            let own = op.servers.first().or_else(|| item.servers.first());
            model.base_path = own
                .map(|server| server_path(&server.url))
                .filter(|path| Some(path) != document_base.as_ref());
            by_tag.entry(tag).or_default().push(model);
        }
    }
    space.finish()?;
    space.box_cycles();

    let mut tags_of = reachability(&space.defs, &by_tag, &tag_modules);
    // A model no tag reaches is always compiled, so everything it reaches must be too.
    let always = space
        .defs
        .values()
        .filter(|d| d.home == Home::Models && !tags_of.contains_key(&d.name))
        .map(|d| d.name.clone());
    for name in closure(&space.defs, always) {
        tags_of.remove(&name);
    }
    let mut defs = std::mem::take(&mut space.defs);
    // Types that requests carry never send an explicit `null` for a field left unset.
    let roots = by_tag
        .values()
        .flatten()
        .flat_map(|op| op.input_uses.iter().cloned());
    for name in closure(&defs, roots) {
        if let Some(TypeDef {
            kind: TypeKind::Struct { fields },
            ..
        }) = defs.get_mut(&name)
        {
            for field in fields.iter_mut().filter(|f| f.optional) {
                field.skip_none = true;
            }
        }
    }
    for def in defs.values_mut() {
        if options.features && def.home == Home::Models {
            def.cfg = cfg_any(tags_of.get(&def.name));
        }
        // A body that holds files stays in the client: its fields are seen from there.
        if let (true, TypeKind::Struct { fields }) = (def.serialize_only, &mut def.kind) {
            for field in fields {
                field.ty = field.type_ref.render(&def.home);
            }
        }
    }
    let shared = || defs.values().filter(|d| !d.serialize_only);
    let models_json = shared().any(|d| {
        d.kind
            .type_refs()
            .iter()
            .any(|t| t.mentions(Builtin::is_json))
    });
    let models_chrono = shared().any(|d| {
        d.kind
            .type_refs()
            .iter()
            .any(|t| t.mentions(Builtin::is_chrono))
    });
    let models_enums = shared().any(|d| matches!(d.kind, TypeKind::StringEnum { .. }));
    let mut tags = Vec::new();
    for name in tag_order {
        let Some(operations) = by_tag.remove(&name) else {
            continue;
        };
        let module = tag_modules[&name].clone();
        let description = doc
            .tags
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.description.clone());
        let (client_types, types) = defs
            .values()
            .filter(|d| d.home == Home::Tag(module.clone()))
            .cloned()
            .partition(|d| d.serialize_only);
        tags.push(TagModel {
            doc: types::doc_or(
                description.as_deref(),
                &format!("Operations tagged `{name}`."),
            ),
            cfg: if options.features {
                format!("#[cfg(feature = {module:?})]")
            } else {
                String::new()
            },
            handle: space.claim(&format!("{}Api", names::pascal(&name))),
            module,
            name,
            operations,
            types,
            client_types,
        });
    }
    let models = defs
        .into_values()
        .filter(|d| d.home == Home::Models)
        .collect();
    let base_path = doc
        .servers
        .first()
        .map(|s| server_path(&s.url))
        .unwrap_or_default();
    Ok(ClientModel {
        lib_name: options.crate_name.replace('-', "_"),
        crate_name: options.crate_name.clone(),
        version: options.version.clone(),
        title: doc.info.title.clone(),
        api_version: doc.info.version.clone(),
        description: doc.info.description.clone().unwrap_or_default(),
        base_path,
        features: options.features,
        runtime_dependency: options.runtime_dependency.clone(),
        header: options.header.clone(),
        usage: options.usage.clone(),
        readme_as_docs: options.readme_as_docs,
        operation_count: tags.iter().map(|t| t.operations.len()).sum(),
        warnings: space.take_warnings(),
        tags,
        models,
        models_lib: options.models_crate.replace('-', "_"),
        models_crate: options.models_crate.clone(),
        models_path: options.models_path.clone(),
        models_json,
        models_chrono,
        models_enums,
        test_server: options.test_server.clone(),
    })
}

/// The files of the client crate for `doc` (what [`generate_client`] gives as `files`).
pub fn client(
    doc: &OpenAPI,
    templates: &Templates,
    options: &ClientOptions,
) -> Result<Vec<GeneratedFile>> {
    Ok(generate_client(doc, templates, options)?.files)
}

/// The files of the models crate for `doc` (what [`generate_client`] gives as `models`).
pub fn models(
    doc: &OpenAPI,
    templates: &Templates,
    options: &ClientOptions,
) -> Result<Vec<GeneratedFile>> {
    Ok(generate_client(doc, templates, options)?.models)
}

/// The models crate: `Cargo.toml`, `README.md`, the component schemas in `src/lib.rs` and a
/// module per tag that has types of its own.
fn render_models<'t>(
    model: &ClientModel,
    context: &mut tera::Context,
    templates: &'t Templates,
    options: &'t ClientOptions,
) -> Result<render::Output<'t>> {
    let mut out = render::Output::new(templates, &options.header);
    out.toml("Cargo.toml", "models/Cargo.toml.tera", context)?;
    out.markdown("README.md", "models/README.md.tera", context)?;
    out.rust("src/lib.rs", "models/lib.rs.tera", context)?;
    for tag in model.tags.iter().filter(|t| !t.types.is_empty()) {
        context.insert("tag", tag);
        out.rust(
            &format!("src/{}.rs", tag.module),
            "models/tag.rs.tera",
            context,
        )?;
    }
    Ok(out)
}

/// The client crate: `Cargo.toml`, `README.md`, `src/lib.rs`, a module per tag and the tests.
fn render_client<'t>(
    model: &ClientModel,
    context: &mut tera::Context,
    templates: &'t Templates,
    options: &'t ClientOptions,
) -> Result<render::Output<'t>> {
    let mut out = render::Output::new(templates, &options.header);
    out.toml("Cargo.toml", "Cargo.toml.tera", context)?;
    out.markdown("README.md", "README.md.tera", context)?;
    out.rust("src/lib.rs", "lib.rs.tera", context)?;
    for tag in &model.tags {
        context.insert("tag", tag);
        out.rust(&format!("src/{}.rs", tag.module), "tag.rs.tera", context)?;
    }
    context.insert("examples", &examples(model, options));
    out.rust(
        "tests/response_examples.rs",
        "response_examples.rs.tera",
        context,
    )?;
    if model.test_server.is_some() {
        out.rust(
            "tests/every_operation.rs",
            "every_operation.rs.tera",
            context,
        )?;
    }
    Ok(out)
}

/// One response example and the type it must decode into.
#[derive(Serialize)]
struct ExampleCase {
    cfg: String,
    operation: String,
    ty: String,
    json: String,
}

fn examples(model: &ClientModel, options: &ClientOptions) -> Vec<ExampleCase> {
    let mut cases = Vec::new();
    for tag in &model.tags {
        for op in &tag.operations {
            if let (Some(json), Some(ty)) = (&op.example, &op.example_ty) {
                cases.push(ExampleCase {
                    cfg: if options.features {
                        format!("#[cfg(feature = {:?})]", tag.module)
                    } else {
                        String::new()
                    },
                    operation: op.id.clone(),
                    ty: ty.render_external(&model.lib_name),
                    json: raw_string(json),
                });
            }
        }
    }
    cases
}

/// A raw string literal that holds `text` whatever it contains; an escaped literal when `text`
/// holds a character a raw string cannot (a lone `\r`, a bidirectional override).
pub(crate) fn raw_string(text: &str) -> String {
    if text
        .chars()
        .any(|c| render::hidden(c) && !matches!(c, '\n' | '\t'))
    {
        return format!("{text:?}");
    }
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// The path part of a server URL, e.g. `{scheme}://{host}/api/v4` → `/api/v4`.
fn server_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    path.trim_end_matches('/').to_owned()
}

/// For each shared type, the modules of the tags whose operations reach it.
fn reachability(
    defs: &BTreeMap<String, TypeDef>,
    by_tag: &BTreeMap<String, Vec<OperationModel>>,
    modules: &BTreeMap<String, String>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut tags_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (tag, operations) in by_tag {
        let module = &modules[tag];
        let mut stack: Vec<String> = operations
            .iter()
            .flat_map(|o| o.uses.iter().cloned())
            .collect();
        // Types of the tag's own module reach further types too.
        stack.extend(
            defs.values()
                .filter(|d| d.home == Home::Tag(module.clone()))
                .map(|d| d.name.clone()),
        );
        let mut seen = BTreeSet::new();
        while let Some(name) = stack.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            tags_of
                .entry(name.clone())
                .or_default()
                .insert(module.clone());
            if let Some(def) = defs.get(&name) {
                stack.extend(def.uses.iter().cloned());
            }
        }
    }
    tags_of
}

/// `roots` and every type they reach.
fn closure(
    defs: &BTreeMap<String, TypeDef>,
    roots: impl Iterator<Item = String>,
) -> BTreeSet<String> {
    let mut stack: Vec<String> = roots.collect();
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if seen.insert(name.clone())
            && let Some(def) = defs.get(&name)
        {
            stack.extend(def.uses.iter().cloned());
        }
    }
    seen
}

fn cfg_any(modules: Option<&BTreeSet<String>>) -> String {
    match modules {
        None => String::new(),
        Some(set) if set.len() == 1 => format!(
            "#[cfg(feature = {:?})]",
            set.iter().next().unwrap_or(&String::new())
        ),
        Some(set) => {
            let list: Vec<String> = set.iter().map(|m| format!("feature = {m:?}")).collect();
            format!("#[cfg(any({}))]", list.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Error, read_document};

    #[test]
    fn a_document_that_does_not_fit_names_the_place() {
        let text = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": 5}}}}}}"#;
        let Err(Error::Shape { path, message }) = read_document(text) else {
            panic!("a number where a description belongs is refused");
        };
        // Path items are untagged (a reference or an item), which ends the trail there.
        assert_eq!(path, "paths", "{message}");
        assert!(!message.is_empty());
    }

    #[test]
    fn yaml_and_json_read_alike() {
        let json = r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        let yaml = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n";
        let from_json = read_document(json).expect("JSON reads");
        let from_yaml = read_document(yaml).expect("YAML reads");
        assert_eq!(from_json.openapi, from_yaml.openapi);
        assert!(from_json.converted());
    }
}
