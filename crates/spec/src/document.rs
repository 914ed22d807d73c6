//! Assembly of the OpenAPI 3.1 document from every endpoint, and its validation.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use gitlab_endpoint::{EndpointInfo, Method, ResponseBody};
use serde_json::Value;
use utoipa::openapi::path::{HttpMethod, PathsBuilder};
use utoipa::openapi::tag::TagBuilder;
use utoipa::openapi::{InfoBuilder, LicenseBuilder, OpenApi, OpenApiBuilder, RefOr, Schema};

use crate::{Error, Problem, Result, conventions, pages};

/// Version of GitLab whose documentation the spec follows.
pub const GITLAB_VERSION: &str = "15.2";

/// Every endpoint, in docs order (pages in the order of [`pages::PAGES`], endpoints in the order
/// their page declares them).
#[must_use]
pub fn endpoints() -> Vec<EndpointInfo> {
    collect().0
}

/// Every endpoint by page, and a problem for each operation that no page keeps.
///
/// A page keeps the operations that carry its tag. A route type declared once for several
/// prefixes (`variant(...)`) can have operations on two pages (project and group milestones):
/// both pages list it, and each keeps its own operations.
fn collect() -> (Vec<EndpointInfo>, Vec<Problem>) {
    let mut kept = Vec::new();
    let mut kept_ids = BTreeSet::new();
    let mut listed: BTreeMap<&str, (&str, String)> = BTreeMap::new();
    for page in pages::PAGES {
        for info in (page.endpoints)() {
            listed
                .entry(info.operation_id)
                .or_insert((info.tag, format!("{} {}", info.method, info.path)));
            if info.tag == page.tag {
                kept_ids.insert(info.operation_id);
                kept.push(info);
            }
        }
    }
    let stray = listed
        .into_iter()
        .filter(|(id, _)| !kept_ids.contains(id))
        .map(|(id, (tag, location))| Problem {
            location,
            message: format!(
                "operation `{id}` has the tag `{tag}`, but no page with that tag lists its route type"
            ),
        })
        .collect();
    (kept, stray)
}

/// The assembled document with the JSON form it serializes to.
pub struct Document {
    /// utoipa's model of the document.
    pub openapi: OpenApi,
    /// The document as JSON (what is written to `spec/openapi.json`).
    pub json: Value,
}

/// Builds and validates the whole OpenAPI 3.1 document.
///
/// # Errors
/// [`Error::Invalid`] with every problem found: duplicate operations or ids, components that
/// clash, examples that are not valid JSON or do not match their schema, JSON responses
/// without an example.
pub fn openapi() -> Result<Document> {
    let (endpoints, stray) = collect();
    build_with(&endpoints, stray)
}

/// Builds and validates a document from the given endpoints (used by tests and benchmarks).
///
/// # Errors
/// As [`openapi`].
pub fn build(endpoints: &[EndpointInfo]) -> Result<Document> {
    build_with(endpoints, Vec::new())
}

/// Builds and validates, starting from problems already found.
fn build_with(endpoints: &[EndpointInfo], mut problems: Vec<Problem>) -> Result<Document> {
    let mut components = conventions::components();
    let mut schemas: BTreeMap<String, RefOr<Schema>> = BTreeMap::new();
    let mut paths = PathsBuilder::new();
    let mut seen_ops: BTreeMap<&str, String> = BTreeMap::new();
    let mut seen_routes: BTreeMap<(String, Method), &str> = BTreeMap::new();
    let mut seen_templates: BTreeMap<String, &str> = BTreeMap::new();

    for info in endpoints {
        let location = format!("{} {}", info.method, info.path);
        if let Some(first) = seen_ops.insert(info.operation_id, location.clone()) {
            problems.push(Problem {
                location: location.clone(),
                message: format!(
                    "operationId `{}` is also used by {first}",
                    info.operation_id
                ),
            });
        }
        if let Some(first) =
            seen_routes.insert((info.path.to_owned(), info.method), info.operation_id)
        {
            problems.push(Problem {
                location: location.clone(),
                message: format!("route declared twice (also by `{first}`)"),
            });
        }
        match seen_templates.get(&path_shape(info.path)) {
            Some(first) if *first != info.path => problems.push(Problem {
                location: location.clone(),
                message: format!(
                    "path differs from `{first}` only by parameter names; OpenAPI reads them as \
                     one path, so use the same names"
                ),
            }),
            Some(_) => {}
            None => {
                seen_templates.insert(path_shape(info.path), info.path);
            }
        }
        if info.summary.is_empty() {
            problems.push(Problem {
                location: location.clone(),
                message: "no summary: add a doc comment to the route type".into(),
            });
        }
        check_example(info, &location, &mut problems);
        let mut names = BTreeSet::new();
        for param in &info.params {
            if !names.insert(param.name) {
                problems.push(Problem {
                    location: location.clone(),
                    message: format!(
                        "parameter `{}` is declared twice (check flattened parameter structs)",
                        param.name
                    ),
                });
            }
        }
        for (name, schema) in &info.components {
            match schemas.get(name) {
                Some(existing) if existing != schema => problems.push(Problem {
                    location: format!("components.schemas.{name}"),
                    message: format!(
                        "two different types are both named `{name}` (seen again at {location})"
                    ),
                }),
                Some(_) => {}
                None => {
                    schemas.insert(name.clone(), schema.clone());
                }
            }
        }
        let mut item = utoipa::openapi::path::PathItem::new(
            http_method(info.method),
            conventions::operation(info),
        );
        item.servers = conventions::path_servers(info.api);
        paths = paths.path(format!("/{}", info.path.trim_start_matches('/')), item);
    }
    for (name, schema) in schemas {
        components = components.schema(name, schema);
    }

    let mut tags: Vec<&str> = Vec::new();
    for info in endpoints {
        if !tags.contains(&info.tag) {
            tags.push(info.tag);
        }
    }

    let openapi = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("GitLab REST API v4")
                .version(GITLAB_VERSION)
                .description(Some(DESCRIPTION))
                .license(Some(
                    LicenseBuilder::new()
                        .name("MIT OR Apache-2.0")
                        .identifier(Some("MIT OR Apache-2.0"))
                        .build(),
                ))
                .build(),
        )
        .servers(Some(conventions::servers()))
        .paths(paths.build())
        .components(Some(components.build()))
        .security(Some(conventions::default_security()))
        .tags(Some(tags.into_iter().map(|tag| {
            let description = pages::PAGES
                .iter()
                .find(|page| page.tag == tag)
                .map(|page| page.description);
            TagBuilder::new().name(tag).description(description).build()
        })))
        .build();
    let mut json = serde_json::to_value(&openapi)?;
    order_extensions(&mut json);
    check_json_examples(&json, &mut problems);
    if problems.is_empty() {
        Ok(Document { openapi, json })
    } else {
        Err(Error::Invalid(problems))
    }
}

/// utoipa keeps `x-*` extensions in a hash map, so their order would change from run to run;
/// every object gets them last and sorted, which keeps the output byte-for-byte stable.
fn order_extensions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let mut extensions: Vec<(String, Value)> = Vec::new();
            let keys: Vec<String> = map
                .keys()
                .filter(|k| k.starts_with("x-"))
                .cloned()
                .collect();
            for key in keys {
                if let Some(extension) = map.remove(&key) {
                    extensions.push((key, extension));
                }
            }
            extensions.sort_by(|a, b| a.0.cmp(&b.0));
            map.extend(extensions);
            map.values_mut().for_each(order_extensions);
        }
        Value::Array(items) => items.iter_mut().for_each(order_extensions),
        _ => {}
    }
}

const DESCRIPTION: &str = "A machine-readable description of GitLab's REST API v4, generated from Rust types.\n\n\
Authenticate with a personal, project or group access token in the `PRIVATE-TOKEN` header, with an OAuth2 or access token as `Authorization: Bearer`, or with the query parameters `private_token` / `access_token`. \
Administrators can act as another user with the `Sudo` header or `sudo` parameter.\n\n\
Lists are paginated: `page` and `per_page` (default 20, at most 100) select a page, and the `Link` and `x-*` headers describe the others. \
Some lists also accept keyset pagination (`pagination=keyset`); follow the `next` link of the `Link` header.\n\n\
Path parameters that take a full path, a branch or a file path must be URL-encoded: `group%2Fproject`.\n\n\
The `SCIM` tag describes a second API of GitLab, the group SCIM API (RFC 7644) for identity providers: its paths carry their own server (`/api/scim/v2`), \
take the group's SCIM token as `Authorization: Bearer`, exchange `application/scim+json` and page with `startIndex` and `count`.";

/// A path template with every parameter name blanked (`/a/{id}/b` gives `/a/{}/b`): two paths
/// with the same shape are the same path to OpenAPI, whatever their parameters are called (and
/// the docs name one segment differently on different endpoints: `{id}`, `{id_or_username}`).
#[must_use]
pub fn path_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                shape.push_str("{}");
            }
            '}' => in_param = false,
            _ if !in_param => shape.push(c),
            _ => {}
        }
    }
    shape
}

fn http_method(method: Method) -> HttpMethod {
    match method {
        Method::Get => HttpMethod::Get,
        Method::Post => HttpMethod::Post,
        Method::Put => HttpMethod::Put,
        Method::Patch => HttpMethod::Patch,
        Method::Delete => HttpMethod::Delete,
        Method::Head => HttpMethod::Head,
    }
}

fn check_example(info: &EndpointInfo, location: &str, problems: &mut Vec<Problem>) {
    match (&info.response, info.example) {
        (ResponseBody::Json(_), None) => problems.push(Problem {
            location: location.to_owned(),
            message: "JSON response without an example: add `example = \"page/file.json\"`".into(),
        }),
        (_, Some(text)) => {
            if let Err(error) = serde_json::from_str::<Value>(text) {
                problems.push(Problem {
                    location: location.to_owned(),
                    message: format!("example is not valid JSON: {error}"),
                });
            }
        }
        (_, None) => {}
    }
}

/// Validates every response example of the document (operations and shared responses)
/// against its schema, resolving `$ref`s against the document itself.
fn check_json_examples(document: &Value, problems: &mut Vec<Problem>) {
    let mut validator = ExampleValidator::new(document);
    for (location, media) in response_media(document) {
        let Some(schema) = media.get("schema") else {
            continue;
        };
        for example in examples_of(media) {
            for message in validator.validate(schema, example) {
                problems.push(Problem {
                    location: location.clone(),
                    message,
                });
            }
        }
    }
}

/// Every media type object of every response: `(where, media)`, where is
/// `GET /path -> 200 application/json` or `components.responses.Name application/json`.
#[must_use]
pub fn response_media(document: &Value) -> Vec<(String, &Value)> {
    let mut found = Vec::new();
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                for (status, response) in operation
                    .get("responses")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    for (media_type, media) in response
                        .get("content")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                    {
                        found.push((
                            format!("{} {path} -> {status} {media_type}", method.to_uppercase()),
                            media,
                        ));
                    }
                }
            }
        }
    }
    let shared = document
        .pointer("/components/responses")
        .and_then(Value::as_object);
    for (name, response) in shared.into_iter().flatten() {
        for (media_type, media) in response
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            found.push((format!("components.responses.{name} {media_type}"), media));
        }
    }
    found
}

/// The example values of a media type object: `example`, and the `value` of each entry of
/// `examples`.
pub fn examples_of(media: &Value) -> Vec<&Value> {
    let mut examples: Vec<&Value> = media.get("example").into_iter().collect();
    if let Some(named) = media.get("examples").and_then(Value::as_object) {
        examples.extend(named.values().filter_map(|e| e.get("value")));
    }
    examples
}

/// Validates examples against schemas of one document.
///
/// The document's components are registered once; each distinct schema (many responses share
/// one: every endpoint answering an `Issue`) is compiled once, with its `#/components/...`
/// references pointing into that registered copy. The cost is linear in the document's size.
pub struct ExampleValidator {
    registry: Option<jsonschema::Registry<'static>>,
    compiled: HashMap<String, Result<jsonschema::Validator, String>>,
}

/// Where the document's components are registered for `$ref` resolution.
const DOCUMENT_URI: &str = "urn:gitlab-spec:document";

impl ExampleValidator {
    /// A validator resolving `$ref`s against `document`'s components.
    #[must_use]
    pub fn new(document: &Value) -> Self {
        let components = serde_json::json!({ "components": document.get("components").cloned().unwrap_or(Value::Null) });
        let registry = jsonschema::Registry::new()
            .draft(jsonschema::Draft::Draft202012)
            .add(DOCUMENT_URI, components)
            .and_then(jsonschema::RegistryBuilder::prepare)
            .ok();
        Self {
            registry,
            compiled: HashMap::new(),
        }
    }

    /// Validates `instance` against `schema` (a schema of the document). Returns the errors,
    /// empty when the instance is valid.
    pub fn validate(&mut self, schema: &Value, instance: &Value) -> Vec<String> {
        let registry = self.registry.as_ref();
        let compiled = self.compiled.entry(schema.to_string()).or_insert_with(|| {
            let Some(registry) = registry else {
                return Err("the document's components cannot be registered for validation".into());
            };
            let mut schema = schema.clone();
            point_refs_at_document(&mut schema);
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .with_registry(registry)
                .build(&schema)
                .map_err(|error| format!("schema does not compile: {error}"))
        });
        let validator = match compiled {
            Ok(validator) => validator,
            Err(message) => return vec![message.clone()],
        };
        validator
            .iter_errors(instance)
            .map(|error| {
                let mut text = error.to_string();
                if text.len() > 300 {
                    // Errors quote the offending value, which can be a whole resource.
                    let cut = (0..=300)
                        .rev()
                        .find(|&i| text.is_char_boundary(i))
                        .unwrap_or(0);
                    text.truncate(cut);
                    text.push_str("...");
                }
                format!(
                    "example does not match the schema at `{}`: {text}",
                    error.instance_path()
                )
            })
            .collect()
    }
}

/// Rewrites local `$ref`s (`#/components/...`) to the registered copy of the document.
fn point_refs_at_document(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(target) if key == "$ref" && target.starts_with('#') => {
                        *target = format!("{DOCUMENT_URI}{target}");
                    }
                    _ => point_refs_at_document(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(point_refs_at_document),
        _ => {}
    }
}
