//! Local `$ref`s that point anywhere in the document, not only at a component: each target
//! becomes a component of its kind, so the rest of the generator reads `#/components/...` only.
//!
//! A JSON pointer such as `#/paths/~1pets/get/responses/200/content/application~1json/schema`
//! (the `~1` and `~0` escapes unescaped) is located in the document by its position, following a
//! `$ref` met on the way. What is found there is classified by where it is (a schema, a
//! parameter, a response, ...): a schema, parameter, request body, response, header, example, link
//! or callback moves under `components` with a name made from its position, and its old place
//! refers to it, so both places share one type; a path item is copied into the path that refers
//! to it (OpenAPI 3.0 has no path item components). Every reference then names its component as
//! the generator reads it, `#/components/<kind>/<name>` with the name unescaped. A chain of
//! references that only refer to one another names nothing and is refused, as is a pointer that
//! leads nowhere.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::{Error, Result};

/// What a place in an OpenAPI document holds, by its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Root,
    /// `paths`, `webhooks`, `components/pathItems`: path items by name.
    PathItems,
    PathItem,
    Operation,
    Parameters,
    Parameter,
    RequestBodies,
    RequestBody,
    Responses,
    Response,
    /// `content`: media types by name.
    Content,
    MediaType,
    Encodings,
    Encoding,
    Headers,
    Header,
    Examples,
    Example,
    Links,
    Link,
    Callbacks,
    /// One callback: path items by expression.
    Callback,
    Components,
    /// `properties` and its kin: schemas by name.
    Schemas,
    /// `allOf`, `oneOf`, `anyOf`, `prefixItems`: schemas by position.
    SchemaList,
    Schema,
    /// Anything else (`info`, examples' values, extensions): data, where `$ref` means nothing.
    Other,
}

impl Kind {
    /// The kind of the member `key` of a place of this kind.
    fn child(self, key: &str) -> Self {
        match (self, key) {
            (Self::Root, "paths" | "webhooks") => Self::PathItems,
            (Self::Root, "components") => Self::Components,
            (Self::PathItems, _) | (Self::Callback, _) => Self::PathItem,
            (Self::PathItem, "parameters") | (Self::Operation, "parameters") => Self::Parameters,
            (Self::PathItem, method) if openapi_downgrade::METHODS.contains(&method) => {
                Self::Operation
            }
            (Self::Operation, "requestBody") => Self::RequestBody,
            (Self::Operation, "responses") => Self::Responses,
            (Self::Operation, "callbacks") => Self::Callbacks,
            (Self::Parameters, _) => Self::Parameter,
            (Self::RequestBodies, _) => Self::RequestBody,
            (Self::Responses, _) => Self::Response,
            (Self::Headers, _) => Self::Header,
            (Self::Examples, _) => Self::Example,
            (Self::Links, _) => Self::Link,
            (Self::Callbacks, _) => Self::Callback,
            (Self::Content, _) => Self::MediaType,
            (Self::Encodings, _) => Self::Encoding,
            (Self::Schemas | Self::SchemaList, _) => Self::Schema,
            (Self::Parameter | Self::Header | Self::MediaType, "schema") => Self::Schema,
            (Self::Parameter | Self::Header | Self::MediaType, "examples") => Self::Examples,
            (Self::Parameter | Self::Header | Self::RequestBody | Self::Response, "content") => {
                Self::Content
            }
            (Self::Response | Self::Encoding, "headers") => Self::Headers,
            (Self::Response, "links") => Self::Links,
            (Self::MediaType, "encoding") => Self::Encodings,
            (Self::Components, "schemas") => Self::Schemas,
            (Self::Components, "parameters") => Self::Parameters,
            (Self::Components, "requestBodies") => Self::RequestBodies,
            (Self::Components, "responses") => Self::Responses,
            (Self::Components, "headers") => Self::Headers,
            (Self::Components, "examples") => Self::Examples,
            (Self::Components, "links") => Self::Links,
            (Self::Components, "callbacks") => Self::Callbacks,
            (Self::Components, "pathItems") => Self::PathItems,
            (
                Self::Schema,
                "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas",
            ) => Self::Schemas,
            (Self::Schema, "allOf" | "oneOf" | "anyOf" | "prefixItems") => Self::SchemaList,
            (
                Self::Schema,
                "items"
                | "additionalProperties"
                | "not"
                | "contains"
                | "propertyNames"
                | "if"
                | "then"
                | "else"
                | "unevaluatedProperties"
                | "unevaluatedItems"
                | "additionalItems",
            ) => Self::Schema,
            _ => Self::Other,
        }
    }

    /// The `components` member that holds things of this kind, if any.
    fn components(self) -> Option<&'static str> {
        Some(match self {
            Self::Schema => "schemas",
            Self::Parameter => "parameters",
            Self::RequestBody => "requestBodies",
            Self::Response => "responses",
            Self::Header => "headers",
            Self::Example => "examples",
            Self::Link => "links",
            Self::Callback => "callbacks",
            _ => return None,
        })
    }

    /// Whether a `$ref` in a place of this kind is a reference (elsewhere it is data).
    fn refers(self) -> bool {
        !matches!(
            self,
            Self::Other
                | Self::Root
                | Self::Components
                | Self::Content
                | Self::Encodings
                | Self::Encoding
        )
    }
}

/// The kind of the place at `path`, from the root.
fn kind_at(path: &[String]) -> Kind {
    path.iter().fold(Kind::Root, |kind, key| kind.child(key))
}

/// The place `pointer` (`#/a/b~1c`, a URI fragment) names, as keys: percent-decoded, then `~1`
/// and `~0` unescaped (RFC 6901); `None` for an external reference.
fn segments(pointer: &str) -> Option<Vec<String>> {
    let rest = pointer.strip_prefix('#')?;
    if rest.is_empty() {
        return Some(Vec::new());
    }
    let rest = rest.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|s| percent_decoded(s).replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// `text` with its `%XX` escapes decoded (an escape that is not one, or bytes that are not
/// UTF-8, are kept as written).
fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escape = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escape {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// `keys` as a JSON pointer fragment, escaped.
fn pointer(keys: &[String]) -> String {
    let mut out = String::from("#");
    for key in keys {
        out.push('/');
        out.push_str(&key.replace('~', "~0").replace('/', "~1"));
    }
    out
}

/// The reference to a component as the generator reads it: the name as it is, unescaped.
fn component_ref(section: &str, name: &str) -> String {
    format!("#/components/{section}/{name}")
}

/// The member `key` of `value` (an object's field or a list's index).
fn member<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(map) => map.get(key),
        Value::Array(list) => key.parse::<usize>().ok().and_then(|i| list.get(i)),
        _ => None,
    }
}

fn member_mut<'v>(value: &'v mut Value, key: &str) -> Option<&'v mut Value> {
    match value {
        Value::Object(map) => map.get_mut(key),
        Value::Array(list) => key.parse::<usize>().ok().and_then(|i| list.get_mut(i)),
        _ => None,
    }
}

fn at<'v>(root: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(root, |value, key| member(value, key))
}

fn at_mut<'v>(root: &'v mut Value, path: &[String]) -> Option<&'v mut Value> {
    path.iter()
        .try_fold(root, |value, key| member_mut(value, key))
}

/// The local reference an object is (`{"$ref": "#/..."}`), if it is one.
fn local_ref(value: &Value) -> Option<&str> {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .filter(|r| r.starts_with('#'))
}

/// Where `reference` physically is: its keys, following a `$ref` met on the way (a pointer
/// through `#/components/schemas/Pet/properties/id` when a place refers to `Pet`), or why it
/// cannot be found.
fn locate(root: &Value, reference: &str) -> std::result::Result<Vec<String>, String> {
    located(root, reference).or_else(|problem| component_named(root, reference).ok_or(problem))
}

/// The component `#/components/<section>/<name>` whose name holds an unescaped `/`, as
/// documents write it (`#/components/schemas/a/b` for the schema `a/b`).
fn component_named(root: &Value, reference: &str) -> Option<Vec<String>> {
    let (section, name) = reference.strip_prefix("#/components/")?.split_once('/')?;
    let name = percent_decoded(name);
    root.get("components")?.get(section)?.get(&name)?;
    Some(vec!["components".into(), section.into(), name])
}

/// Whether `reference` has the shape of a component's own reference, which the generator
/// resolves (and reports when it does not resolve) in its own terms.
fn names_a_component(reference: &str) -> bool {
    segments(reference).is_some_and(|keys| keys.len() == 3 && keys[0] == "components")
}

fn located(root: &Value, reference: &str) -> std::result::Result<Vec<String>, String> {
    let keys = segments(reference).ok_or_else(|| format!("`{reference}` is not a JSON pointer"))?;
    let mut path: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut pending = keys.into_iter().collect::<std::collections::VecDeque<_>>();
    while let Some(key) = pending.pop_front() {
        let here = at(root, &path).ok_or_else(|| format!("`{reference}` leads nowhere"))?;
        if member(here, &key).is_some() {
            path.push(key);
            continue;
        }
        // Not here: through the reference this place is, if it is one.
        let Some(next) = local_ref(here) else {
            return Err(format!(
                "`{reference}` leads nowhere (`{}` has no `{key}`)",
                pointer(&path)
            ));
        };
        if !seen.insert(next.to_owned()) {
            return Err(format!(
                "`{reference}` goes round a cycle of references through `{next}`"
            ));
        }
        let mut through =
            segments(next).ok_or_else(|| format!("`{next}` is not a JSON pointer"))?;
        pending.push_front(key);
        through.extend(pending.drain(..));
        pending.extend(through);
        path.clear();
    }
    Ok(path)
}

/// Every local `$ref` string at a place where it is a reference, with that place's kind.
fn references(value: &Value, kind: Kind, out: &mut BTreeMap<String, Kind>) {
    if kind.refers()
        && let Some(reference) = local_ref(value)
    {
        out.entry(reference.to_owned()).or_insert(kind);
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                references(child, kind.child(key), out);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                references(child, kind.child(&i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// Rewrites every `$ref` at a place where it is a reference by `renamed`.
fn rewrite(value: &mut Value, kind: Kind, renamed: &BTreeMap<String, String>) {
    if kind.refers()
        && let Some(new) = local_ref(value).and_then(|r| renamed.get(r))
    {
        value["$ref"] = Value::String(new.clone());
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                rewrite(child, kind.child(key), renamed);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter_mut().enumerate() {
                rewrite(child, kind.child(&i.to_string()), renamed);
            }
        }
        _ => {}
    }
}

/// Whether `path` is a component's own place (`components/<kinds>/<name>`), which needs no move.
fn is_component(path: &[String]) -> bool {
    path.len() == 3 && path[0] == "components"
}

/// A component name for what lives at `path`: its keys without the structural ones.
fn component_name(path: &[String], taken: &Map<String, Value>) -> String {
    const STRUCTURAL: &[&str] = &[
        "paths",
        "components",
        "content",
        "schema",
        "schemas",
        "properties",
    ];
    let words: Vec<&str> = path
        .iter()
        .map(String::as_str)
        .filter(|k| !STRUCTURAL.contains(k) && !k.contains('/'))
        .collect();
    let path_words: Vec<String> = path
        .iter()
        .filter(|k| k.starts_with('/'))
        .map(|k| k.trim_matches('/').replace(['/', '{', '}'], "-"))
        .collect();
    let mut base = path_words
        .iter()
        .map(String::as_str)
        .chain(words)
        .collect::<Vec<_>>()
        .join("-");
    if base.is_empty() {
        base = "referenced".into();
    }
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains_key(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// Makes every local `$ref` of `document` name a component (or copies a path item in place),
/// as the module documentation describes; fails with every reference that leads nowhere or only
/// round a cycle of references.
pub fn localize(document: &mut Value) -> Result<()> {
    let mut found = BTreeMap::new();
    references(document, Kind::Root, &mut found);
    let mut problems = Vec::new();
    let mut targets: BTreeMap<Vec<String>, Kind> = BTreeMap::new();
    let mut resolved = Vec::new();
    for (reference, kind) in &found {
        match locate(document, reference) {
            Ok(path) => {
                let kind = match kind_at(&path) {
                    Kind::Other => *kind,
                    at => at,
                };
                targets.entry(path).or_insert(kind);
                resolved.push(reference);
            }
            // Left for the generator, which names what is missing by its kind.
            Err(_) if names_a_component(reference) => {}
            Err(problem) => problems.push(problem),
        }
    }
    // Deepest first: a moved place becomes a reference, which must not stand in the way of a
    // deeper place inside it (a shallower one is not in the way of a deeper move).
    let mut order: Vec<(Vec<String>, Kind)> = targets.into_iter().collect();
    order.sort_by_key(|(path, _)| std::cmp::Reverse(path.len()));
    for (path, kind) in order {
        let Some(section) = kind.components() else {
            continue;
        };
        if is_component(&path) || at(document, &path).is_none_or(|v| local_ref(v).is_some()) {
            continue;
        }
        if let Err(problem) = move_to_components(document, &path, section) {
            problems.push(problem);
        }
    }
    // Each reference to the first component on its way (the one its target moved to, or the one
    // a chain of references leads to).
    let mut renamed = BTreeMap::new();
    for reference in resolved {
        match settle(document, reference) {
            Ok(Some(new)) if new != *reference => {
                renamed.insert(reference.clone(), new);
            }
            Ok(_) => {}
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        problems.sort();
        problems.dedup();
        return Err(Error::Unsupported(problems));
    }
    rewrite(document, Kind::Root, &renamed);
    copy_path_items(document);
    Ok(())
}

/// Moves what is at `path` into `components/<section>` under a new name, leaving a reference to
/// it in its place.
fn move_to_components(
    document: &mut Value,
    path: &[String],
    section: &str,
) -> std::result::Result<(), String> {
    let Some(root) = document.as_object_mut() else {
        return Err("the document is not an object".into());
    };
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(components) = components else {
        return Err("`components` is not an object".into());
    };
    let holder = components
        .entry(section)
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(holder) = holder else {
        return Err(format!("`components/{section}` is not an object"));
    };
    let name = component_name(path, holder);
    // A placeholder keeps the name taken while the value is fetched.
    holder.insert(name.clone(), Value::Null);
    let new = component_ref(section, &name);
    let reference = serde_json::json!({ "$ref": new });
    let place =
        at_mut(document, path).ok_or_else(|| format!("`{}` leads nowhere", pointer(path)))?;
    let value = std::mem::replace(place, reference);
    if let Some(slot) = document
        .get_mut("components")
        .and_then(|c| c.get_mut(section))
        .and_then(|h| h.get_mut(&name))
    {
        *slot = value;
    }
    Ok(())
}

/// The first component on the way of `reference` (following references from its target), or
/// `None` when it leads to no component (a path item, data); fails on a cycle of references
/// that names nothing.
fn settle(document: &Value, reference: &str) -> std::result::Result<Option<String>, String> {
    let mut path = locate(document, reference)?;
    let mut seen = BTreeSet::new();
    let mut first = None;
    loop {
        if first.is_none() && is_component(&path) {
            first = Some(component_ref(&path[1], &path[2]));
        }
        let Some(next) = at(document, &path).and_then(local_ref) else {
            return Ok(first);
        };
        if !seen.insert(path.clone()) {
            return Err(format!(
                "`{reference}`: the references round `{}` only refer to one another, and name nothing",
                pointer(&path)
            ));
        }
        path = locate(document, next)?;
    }
}

/// Replaces each path item of `paths` that is a local reference by a copy of its target.
fn copy_path_items(document: &mut Value) {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return;
    };
    let mut copies = Vec::new();
    for (name, item) in paths {
        let Some(reference) = local_ref(item) else {
            continue;
        };
        let mut path = locate(document, reference).ok();
        // Through a chain of path items that are references, to the first that is not.
        let mut hops = 0;
        while let Some(next) = path
            .as_ref()
            .and_then(|p| at(document, p))
            .and_then(local_ref)
        {
            hops += 1;
            path = if hops > paths.len() {
                None
            } else {
                locate(document, next).ok()
            };
        }
        if let Some(source) = path.as_ref().and_then(|p| at(document, p)) {
            copies.push((name.clone(), source.clone()));
        }
    }
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for (name, copy) in copies {
            paths.insert(name, copy);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn problems(document: &mut Value) -> Vec<String> {
        match localize(document) {
            Err(Error::Unsupported(problems)) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_schema_of_another_operation_becomes_a_component_both_places_name() {
        let mut document = json!({
            "paths": {
                "/pets": {
                    "post": {"requestBody": {"content": {"application/json": {"schema": {
                        "type": "object", "properties": {"name": {"type": "string"}}
                    }}}}},
                    "get": {"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                        "$ref": "#/paths/~1pets/post/requestBody/content/application~1json/schema"
                    }}}}}}
                }
            }
        });
        localize(&mut document).expect("resolves");
        let name = "#/components/schemas/pets-post-requestBody";
        let post = &document["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"];
        let get = &document["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        assert_eq!(post, &json!({"$ref": name}));
        assert_eq!(get, &json!({"$ref": name}));
        assert_eq!(
            document["components"]["schemas"]["pets-post-requestBody"]["properties"]["name"],
            json!({"type": "string"})
        );
    }

    #[test]
    fn escapes_are_unescaped_and_a_chain_of_references_ends_at_its_component() {
        let mut document = json!({
            "components": {"schemas": {
                "Pet": {"type": "object"},
                "odd~name/x": {"type": "object", "properties": {
                    "alias": {"$ref": "#/components/schemas/Pet"},
                    "inner": {"type": "object", "properties": {"id": {"type": "integer"}}}
                }},
                "UsesAlias": {"$ref": "#/components/schemas/odd~0name~1x/properties/alias"},
                "UsesEscaped": {"$ref": "#/components/schemas/odd~0name~1x"},
                "UsesInner": {"type": "array", "items": {"$ref": "#/components/schemas/odd~0name~1x/properties/inner"}}
            }}
        });
        localize(&mut document).expect("resolves");
        let schemas = &document["components"]["schemas"];
        // An alias is followed to the component it names.
        assert_eq!(
            schemas["UsesAlias"],
            json!({"$ref": "#/components/schemas/Pet"})
        );
        // A component's own reference, as the generator reads it: the name unescaped.
        assert_eq!(
            schemas["UsesEscaped"],
            json!({"$ref": "#/components/schemas/odd~name/x"})
        );
        // An inline schema deep in a component becomes one of its own.
        let inner = schemas["UsesInner"]["items"]["$ref"]
            .as_str()
            .expect("a reference");
        let key = inner
            .strip_prefix("#/components/schemas/")
            .expect("a component");
        assert_eq!(schemas[key]["properties"]["id"], json!({"type": "integer"}));
        assert_eq!(
            schemas["odd~name/x"]["properties"]["inner"],
            json!({"$ref": inner})
        );
    }

    #[test]
    fn a_recursive_schema_outside_the_components_refers_to_its_own_component() {
        let mut document = json!({
            "paths": {"/tree": {"get": {"responses": {"200": {"description": "OK", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "children": {"type": "array", "items": {
                        "$ref": "#/paths/~1tree/get/responses/200/content/application~1json/schema"
                    }}
                }}}
            }}}}}}
        });
        localize(&mut document).expect("resolves");
        let schema = &document["paths"]["/tree"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        let name = schema["$ref"].as_str().expect("moved").to_owned();
        let key = name.trim_start_matches("#/components/schemas/");
        let component = &document["components"]["schemas"][key];
        assert_eq!(
            component["properties"]["children"]["items"],
            json!({"$ref": name})
        );
    }

    #[test]
    fn parameters_move_and_path_items_are_copied() {
        let mut document = json!({
            "paths": {
                "/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]}},
                "/b/{x}": {"get": {"parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}]}},
                "/c": {"$ref": "#/paths/~1b~1%7Bx%7D"}
            }
        });
        localize(&mut document).expect("resolves");
        let a = &document["paths"]["/a"]["get"]["parameters"][0]["$ref"];
        let key = a
            .as_str()
            .expect("moved")
            .trim_start_matches("#/components/parameters/");
        assert_eq!(document["components"]["parameters"][key]["name"], "q");
        assert_eq!(
            document["paths"]["/b/{x}"]["get"]["parameters"][0]["$ref"],
            *a
        );
        // The pointer's `%7B` and `%7D` are the path's braces.
        assert_eq!(document["paths"]["/c"], document["paths"]["/b/{x}"]);
    }

    #[test]
    fn references_in_examples_are_data() {
        let original = json!({
            "paths": {"/a": {"get": {"responses": {"200": {"description": "OK", "content": {
                "application/json": {
                    "example": {"$ref": "#/nowhere"},
                    "examples": {"one": {"value": {"$ref": "#/nowhere/either"}}},
                    "schema": {"type": "object", "properties": {"example": {"type": "string"}}}
                }
            }}}}}}
        });
        let mut document = original.clone();
        localize(&mut document).expect("nothing to resolve");
        assert_eq!(document, original);
    }

    #[test]
    fn cycles_and_pointers_to_nowhere_are_refused_with_their_reference() {
        let mut cycle = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "C": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}
        }}});
        let found = problems(&mut cycle);
        assert!(
            found
                .iter()
                .any(|p| p.contains("only refer to one another")),
            "{found:?}"
        );
        let mut nowhere = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Missing/properties/x"}}}
        }}});
        let found = problems(&mut nowhere);
        assert!(
            found
                .iter()
                .any(|p| p.contains("#/components/schemas/Missing/properties/x")
                    && p.contains("leads nowhere")),
            "{found:?}"
        );
    }
}
