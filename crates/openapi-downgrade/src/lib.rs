//! Conversion of an OpenAPI 3.1 document to OpenAPI 3.0.3.
//!
//! Many tools (code generators, `openapiv3`, older Swagger UI) read only 3.0. The conversion is
//! generic, works on any 3.1 document as JSON, and rewrites what 3.0 cannot say.
//!
//! `nullable: true` follows 3.0.3's reading: it adds `null` to the `type` beside it, and to
//! nothing else. `{nullable: true, allOf: [{$ref: X}]}` therefore does not allow `null` (the
//! value must still match `X`), and validators that read it so (spectral's
//! `oas3-valid-media-example`, ajv) reject a `null` example; a union with `null` stays a union
//! whose null branch is a typed `nullable` schema that allows only `null`:
//!
//! | 3.1 | 3.0.3 |
//! |---|---|
//! | `type: [T, "null"]` | `type: T`, `nullable: true` |
//! | `type: [T, U, "null"]` | `anyOf: [{type: T}, {type: U}, null]` |
//! | `type: "null"` | null: `{type: object, nullable: true, enum: [null]}` |
//! | `oneOf`/`anyOf` of one typed schema and `{type: "null"}` | that schema, `nullable: true` |
//! | `oneOf`/`anyOf` of a `$ref` (or several branches) and `{type: "null"}` | the same union with the null branch `{type: T, nullable: true, enum: [null]}`, `T` the type of the first branch; a lone branch's description and other annotations move to the union |
//! | `const: v` | `enum: [v]` |
//! | `examples: [a, ..]` in a schema | `example: a` |
//! | `exclusiveMinimum: n` | `minimum: n`, `exclusiveMinimum: true` (same for maximum) |
//! | `$ref` with sibling keywords | `allOf: [{$ref}]` with the siblings |
//! | `contentEncoding: base64` | `format: byte` |
//! | `nullable` without `type` | the type of the referenced schema added |
//! | `propertyNames` | dropped (3.0 map keys are always strings) |
//! | `info.license.identifier`, `info.summary`, `jsonSchemaDialect`, `webhooks` | dropped |
//! | no `paths` (a document of webhooks or components only) | `paths: {}` |
//! | an operation without `responses` | `responses` with one `default` answer, undescribed |
//! | a `mutualTLS` security scheme | dropped, with the requirements naming it (a client certificate is set on the HTTP client, not per request) |
//!
//! ```
//! use serde_json::json;
//!
//! let document = json!({
//!     "openapi": "3.1.0",
//!     "info": {"title": "Pets", "version": "1"},
//!     "paths": {},
//!     "components": {"schemas": {"Pet": {
//!         "type": "object",
//!         "properties": {"name": {"type": ["string", "null"]}},
//!     }}},
//! });
//! let converted = openapi_downgrade::to_openapi_30(&document);
//! assert_eq!(converted["openapi"], "3.0.3");
//! assert_eq!(
//!     converted["components"]["schemas"]["Pet"]["properties"]["name"],
//!     json!({"type": "string", "nullable": true}),
//! );
//! ```

#![deny(missing_docs)]

use serde_json::{Map, Value, json};

/// Keys whose value is a map of schemas by name.
const SCHEMA_MAPS: &[&str] = &["properties", "patternProperties", "schemas", "$defs"];
/// Keys whose value is one schema.
const SCHEMA_KEYS: &[&str] = &[
    "schema",
    "items",
    "additionalProperties",
    "not",
    "contentSchema",
];
/// Keys whose value is a list of schemas.
const SCHEMA_LISTS: &[&str] = &["allOf", "oneOf", "anyOf", "prefixItems"];

/// The HTTP methods an OpenAPI path item may hold an operation under.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// What an operation that declares no answers gets, since 3.0 requires at least one.
const UNDESCRIBED_RESPONSES: &str = "The document describes no answers for this operation.";

/// Converts a 3.1 document (as JSON) into 3.0.3.
///
/// The input is not validated: whatever is not a 3.1-only construct is copied unchanged, so
/// callers check the `openapi` version themselves before converting.
#[must_use]
pub fn to_openapi_30(document: &Value) -> Value {
    let mut document = document.clone();
    if let Some(root) = document.as_object_mut() {
        root.insert("openapi".into(), json!("3.0.3"));
        root.remove("jsonSchemaDialect");
        root.remove("webhooks");
        // 3.1 makes `paths` optional and `responses` too; 3.0 requires both.
        let paths = root.entry("paths").or_insert_with(|| json!({}));
        for operation in operations_mut(paths) {
            operation
                .entry("responses")
                .or_insert_with(|| json!({"default": {"description": UNDESCRIBED_RESPONSES}}));
        }
        drop_mutual_tls(root);
        if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
            info.remove("summary");
            if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
                license.remove("identifier");
            }
        }
    }
    let original = document.clone();
    walk(&mut document, false, &mut |schema| {
        convert_schema(schema, &original);
        if schema.get("nullable") == Some(&json!(true))
            && !schema.contains_key("type")
            && let Some(ty) = type_of(&Value::Object(schema.clone()), &original, 0)
        {
            schema.insert("type".into(), Value::String(ty));
        }
    });
    document
}

/// Reads every union with `null` of a 3.0 document as a `nullable` schema, for tools that model
/// types rather than validate: `oneOf`/`anyOf` of `X` and a null branch (what
/// [`to_openapi_30`] writes, `{type: T, nullable: true, enum: [null]}`, or `{nullable: true}`)
/// becomes `{nullable: true, allOf: [X]}`, an inline typed `X` becomes `X` with
/// `nullable: true`, and several branches stay a union, `nullable`.
///
/// The result is not valid for validation under 3.0.3 (`nullable` beside `allOf` adds no
/// `null`): it says "`X` or nothing" the way type generators read it.
pub fn fold_null_unions(document: &mut Value) {
    walk(document, false, &mut |schema| {
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(branches)) = schema.get(key) else {
                continue;
            };
            if !branches.iter().any(is_null_branch) {
                continue;
            }
            let Some(Value::Array(branches)) = schema.remove(key) else {
                continue;
            };
            let mut kept: Vec<Value> = branches
                .into_iter()
                .filter(|b| !is_null_branch(b))
                .collect();
            schema.insert("nullable".into(), json!(true));
            match kept.as_mut_slice() {
                [] => {}
                [Value::Object(single)] if !single.contains_key("$ref") => {
                    for (k, v) in std::mem::take(single) {
                        schema.entry(k).or_insert(v);
                    }
                }
                [single] => {
                    schema.insert("allOf".into(), json!([single]));
                }
                _ => {
                    schema.insert(key.into(), Value::Array(kept));
                }
            }
        }
    });
}

/// Removes `mutualTLS` security schemes, which 3.0 cannot name, and every security
/// requirement that names one: what remains still needs whatever else it named.
fn drop_mutual_tls(root: &mut Map<String, Value>) {
    let Some(schemes) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mutual: Vec<String> = schemes
        .iter()
        .filter(|(_, scheme)| scheme["type"] == "mutualTLS")
        .map(|(name, _)| name.clone())
        .collect();
    if mutual.is_empty() {
        return;
    }
    for name in &mutual {
        schemes.remove(name);
    }
    let prune = |security: &mut Value| {
        if let Some(requirements) = security.as_array_mut() {
            requirements
                .retain(|requirement| !mutual.iter().any(|name| requirement.get(name).is_some()));
        }
    };
    if let Some(security) = root.get_mut("security") {
        prune(security);
    }
    let paths = root.get_mut("paths");
    for operation in paths.into_iter().flat_map(operations_mut) {
        if let Some(security) = operation.get_mut("security") {
            prune(security);
        }
    }
}

/// The operations under `paths`, in every path item that is an object.
fn operations_mut(paths: &mut Value) -> impl Iterator<Item = &mut Map<String, Value>> {
    paths
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| {
            item.iter_mut()
                .filter(|(key, _)| METHODS.contains(&key.as_str()))
                .filter_map(|(_, operation)| operation.as_object_mut())
        })
}

/// The JSON type a schema stands for, following `$ref`s into `document`: what 3.0 needs
/// beside `nullable` (it ignores `nullable` without `type`).
fn type_of(schema: &Value, document: &Value, depth: usize) -> Option<String> {
    if depth > 16 {
        return None;
    }
    match schema.get("type") {
        Some(Value::String(name)) if name != "null" => return Some(name.clone()),
        Some(Value::Array(names)) => {
            let non_null: Vec<&str> = names
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .collect();
            if let [single] = non_null.as_slice() {
                return Some((*single).to_owned());
            }
        }
        _ => {}
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let resolved = target
            .strip_prefix('#')
            .and_then(|pointer| document.pointer(pointer))?;
        return type_of(resolved, document, depth + 1);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(branches)) = schema.get(key) {
            let types: Vec<Option<String>> = branches
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                .map(|b| type_of(b, document, depth + 1))
                .collect();
            let first = types.first().cloned().flatten();
            if first.is_some() && (key == "allOf" || types.iter().all(|t| *t == first)) {
                return first;
            }
        }
    }
    if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
        return Some("object".into());
    }
    if schema.get("items").is_some() {
        return Some("array".into());
    }
    None
}

/// Walks the document and calls `visit` on every schema, its own schemas first; `is_schema`
/// says whether `value` is in a schema position.
fn walk(value: &mut Value, is_schema: bool, visit: &mut impl FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|item| walk(item, false, visit)),
        Value::Object(object) => {
            for (key, child) in object.iter_mut() {
                if SCHEMA_MAPS.contains(&key.as_str()) {
                    if let Some(map) = child.as_object_mut() {
                        map.values_mut()
                            .for_each(|schema| walk(schema, true, visit));
                    }
                } else if SCHEMA_KEYS.contains(&key.as_str()) && child.is_object() {
                    walk(child, true, visit);
                } else if SCHEMA_LISTS.contains(&key.as_str()) {
                    if let Some(list) = child.as_array_mut() {
                        list.iter_mut().for_each(|schema| walk(schema, true, visit));
                    }
                } else if !(is_schema
                    && matches!(
                        key.as_str(),
                        "example" | "examples" | "default" | "enum" | "const"
                    ))
                {
                    walk(child, false, visit);
                }
            }
            if is_schema {
                visit(object);
            }
        }
        _ => {}
    }
}

/// Keywords that describe a schema without constraining it: a union's only non-null branch
/// hands them to the union when it is rewritten.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "deprecated",
    "readOnly",
    "writeOnly",
    "externalDocs",
    "example",
    "default",
];

/// The 3.0 schema that allows `null` and nothing else.
///
/// `nullable: true` adds `null` to the `type` beside it and takes effect only with one, so the
/// schema names a type (`ty`, or `object` when no type is known: it only matters to make
/// `nullable` count) and `enum: [null]` keeps every value of that type out.
fn null_schema(ty: Option<String>) -> Value {
    json!({"type": ty.unwrap_or_else(|| "object".into()), "nullable": true, "enum": [null]})
}

/// Whether `schema` allows `null` alone: `{type: "null"}`, `{nullable: true}` alone, or a
/// branch already rewritten to [`null_schema`] (branches are converted before their union).
fn is_null_branch(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
        || schema.get("enum") == Some(&json!([null]))
        || schema.get("nullable") == Some(&json!(true))
            && schema.as_object().is_some_and(|o| o.len() == 1)
}

fn convert_schema(schema: &mut Map<String, Value>, document: &Value) {
    // `type: [T, "null"]`
    if let Some(Value::Array(types)) = schema.get("type").cloned() {
        let non_null: Vec<Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .cloned()
            .collect();
        let nullable = non_null.len() < types.len();
        match non_null.as_slice() {
            [] => {
                schema.remove("type");
                if nullable && let Value::Object(null) = null_schema(None) {
                    schema.extend(null);
                }
            }
            [single] => {
                schema.insert("type".into(), single.clone());
                if nullable {
                    schema.insert("nullable".into(), json!(true));
                }
            }
            several => {
                // `nullable` beside no `type` would allow nothing more: `null` is a branch.
                schema.remove("type");
                let mut branches: Vec<Value> =
                    several.iter().map(|t| json!({ "type": t })).collect();
                if nullable {
                    branches.push(null_schema(several[0].as_str().map(str::to_owned)));
                }
                schema.insert("anyOf".into(), Value::Array(branches));
            }
        }
    } else if schema.get("type").and_then(Value::as_str) == Some("null") {
        schema.remove("type");
        if let Value::Object(null) = null_schema(None) {
            schema.extend(null);
        }
    }

    // `oneOf`/`anyOf` with a null branch.
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(branches)) = schema.get(key).cloned() else {
            continue;
        };
        let mut kept: Vec<Value> = branches
            .iter()
            .filter(|b| !is_null_branch(b))
            .cloned()
            .collect();
        if kept.len() == branches.len() {
            continue;
        }
        schema.remove(key);
        match kept.as_mut_slice() {
            [] => {
                if let Value::Object(null) = null_schema(None) {
                    schema.extend(null);
                }
            }
            // A typed schema without applicators takes `nullable` itself.
            [Value::Object(single)]
                if single.get("type").is_some_and(Value::is_string)
                    && !["$ref", "allOf", "oneOf", "anyOf", "not"]
                        .iter()
                        .any(|k| single.contains_key(*k)) =>
            {
                for (k, v) in std::mem::take(single) {
                    schema.entry(k).or_insert(v);
                }
                schema.insert("nullable".into(), json!(true));
            }
            kept => {
                // The annotations of a lone branch describe the union.
                if let [Value::Object(single)] = kept {
                    for name in ANNOTATIONS {
                        if let Some(value) = single.remove(*name) {
                            schema.entry(*name).or_insert(value);
                        }
                    }
                    if let Some(Value::Array(all_of)) = single.get("allOf")
                        && let [inner] = all_of.as_slice()
                        && single.len() == 1
                    {
                        let inner = inner.clone();
                        kept[0] = inner;
                    }
                }
                let ty = type_of(&kept[0], document, 0);
                let mut union = kept.to_vec();
                union.push(null_schema(ty));
                schema.insert(key.into(), Value::Array(union));
            }
        }
    }

    if let Some(constant) = schema.remove("const") {
        schema.insert("enum".into(), json!([constant]));
    }
    if let Some(Value::Array(examples)) = schema.get("examples").cloned() {
        schema.remove("examples");
        if let Some(first) = examples.into_iter().next() {
            schema.entry("example").or_insert(first);
        }
    }
    for (exclusive, inclusive) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(bound) = schema.get(exclusive).filter(|v| v.is_number()).cloned() {
            schema.insert(inclusive.into(), bound);
            schema.insert(exclusive.into(), json!(true));
        }
    }
    if let Some(encoding) = schema.remove("contentEncoding")
        && encoding == "base64"
    {
        schema.insert("format".into(), json!("byte"));
    }
    if schema.remove("contentMediaType").is_some() && !schema.contains_key("format") {
        schema.insert("format".into(), json!("binary"));
    }
    schema.remove("contentSchema");
    schema.remove("propertyNames");
    schema.remove("$schema");

    // `$ref` must stand alone in 3.0.
    if schema.contains_key("$ref") && schema.len() > 1 {
        let reference = schema.remove("$ref").unwrap_or(Value::Null);
        let mut all_of = vec![json!({ "$ref": reference })];
        if let Some(Value::Array(existing)) = schema.remove("allOf") {
            all_of.extend(existing);
        }
        schema.insert("allOf".into(), Value::Array(all_of));
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::to_openapi_30;

    fn schema_of(doc: &serde_json::Value) -> &serde_json::Value {
        &doc["components"]["schemas"]["X"]
    }

    fn convert(schema: serde_json::Value) -> serde_json::Value {
        let doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}}, "paths": {}, "components": {"schemas": {"X": schema}}});
        to_openapi_30(&doc)
    }

    #[test]
    fn header_fields() {
        let doc = convert(json!({}));
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc["info"]["license"].get("identifier").is_none());
    }

    #[test]
    fn nullable_types() {
        let doc = convert(
            json!({"type": "object", "properties": {"a": {"type": ["string", "null"], "format": "date"}}}),
        );
        assert_eq!(
            schema_of(&doc)["properties"]["a"],
            json!({"type": "string", "format": "date", "nullable": true})
        );
    }

    /// The 3.0 schema that allows `null` only, with `ty` beside `nullable`.
    fn only_null(ty: &str) -> serde_json::Value {
        json!({"type": ty, "nullable": true, "enum": [null]})
    }

    #[test]
    fn nullable_ref_stays_a_union_with_a_typed_null_branch() {
        let doc = convert(json!({"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Y"}]}));
        assert_eq!(
            schema_of(&doc),
            &json!({"oneOf": [{"$ref": "#/components/schemas/Y"}, only_null("object")]}),
            "no Y to take a type from"
        );
        let doc = to_openapi_30(&json!({"openapi": "3.1.0", "components": {"schemas": {
            "Y": {"type": "string", "enum": ["a", "b"]},
            "X": {"anyOf": [
                {"$ref": "#/components/schemas/Y", "description": "Why; `null` when none."},
                {"type": "null"},
            ]}
        }}}));
        // The branch's description describes the union; the null branch has Y's type.
        assert_eq!(
            schema_of(&doc),
            &json!({
                "description": "Why; `null` when none.",
                "anyOf": [{"$ref": "#/components/schemas/Y"}, only_null("string")],
            })
        );
    }

    #[test]
    fn a_typed_branch_beside_null_becomes_nullable() {
        let doc = convert(json!({"oneOf": [
            {"type": "string", "format": "date", "description": "When"},
            {"type": "null"},
        ]}));
        assert_eq!(
            schema_of(&doc),
            &json!({"type": "string", "format": "date", "description": "When", "nullable": true})
        );
    }

    #[test]
    fn several_branches_beside_null_keep_a_null_branch() {
        let doc = convert(json!({"anyOf": [
            {"type": "integer"},
            {"type": "object", "properties": {"a": {"type": "string"}}, "description": "An a"},
            {"type": "null"},
        ]}));
        assert_eq!(
            schema_of(&doc),
            &json!({"anyOf": [
                {"type": "integer"},
                {"type": "object", "properties": {"a": {"type": "string"}}, "description": "An a"},
                only_null("integer"),
            ]})
        );
    }

    #[test]
    fn type_lists_and_the_null_type() {
        let doc = convert(json!({"type": "object", "properties": {
            "several": {"type": ["string", "integer", "null"]},
            "only_null": {"type": "null"},
            "listed_null": {"type": ["null"]},
        }}));
        let properties = &schema_of(&doc)["properties"];
        assert_eq!(
            properties["several"],
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}, only_null("string")]})
        );
        assert_eq!(properties["only_null"], only_null("object"));
        assert_eq!(properties["listed_null"], only_null("object"));
    }

    #[test]
    fn ref_with_siblings_is_wrapped() {
        let doc = convert(
            json!({"properties": {"u": {"$ref": "#/components/schemas/U", "description": "d"}}}),
        );
        assert_eq!(
            schema_of(&doc)["properties"]["u"],
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/U"}]})
        );
    }

    #[test]
    fn const_examples_and_exclusive_bounds() {
        let doc =
            convert(json!({"type": "integer", "const": 3, "examples": [3], "exclusiveMinimum": 0}));
        assert_eq!(
            schema_of(&doc),
            &json!({"type": "integer", "enum": [3], "example": 3, "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn examples_are_left_alone() {
        let doc =
            convert(json!({"type": "object", "example": {"type": ["a", "null"], "const": 1}}));
        assert_eq!(
            schema_of(&doc)["example"],
            json!({"type": ["a", "null"], "const": 1})
        );
    }

    #[test]
    fn paths_and_responses_that_3_1_may_leave_out_are_added() {
        let webhooks_only = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "webhooks": {"ping": {"post": {"responses": {"200": {"description": "ok"}}}}}});
        let converted = to_openapi_30(&webhooks_only);
        assert_eq!(converted["paths"], json!({}));
        assert!(converted.get("webhooks").is_none());

        let no_responses = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {
            "get": {"operationId": "getA"},
            "post": {"responses": {"201": {"description": "made"}}},
            "parameters": [],
        }}});
        let converted = to_openapi_30(&no_responses);
        assert_eq!(
            converted["paths"]["/a"]["get"]["responses"],
            json!({"default": {"description": super::UNDESCRIBED_RESPONSES}})
        );
        // Declared answers and non-operation keys stay as they were.
        assert_eq!(
            converted["paths"]["/a"]["post"]["responses"],
            json!({"201": {"description": "made"}})
        );
        assert_eq!(converted["paths"]["/a"]["parameters"], json!([]));
    }

    #[test]
    fn mutual_tls_schemes_and_the_requirements_naming_them_are_dropped() {
        let doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "security": [{"mtls": []}, {"key": []}],
        "paths": {"/a": {"get": {
            "security": [{"mtls": [], "key": []}, {}],
            "responses": {"200": {"description": "ok"}},
        }}},
        "components": {"securitySchemes": {
            "mtls": {"type": "mutualTLS"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }}});
        let converted = to_openapi_30(&doc);
        assert_eq!(
            converted["components"]["securitySchemes"],
            json!({"key": {"type": "apiKey", "in": "header", "name": "X-Key"}})
        );
        assert_eq!(converted["security"], json!([{"key": []}]));
        // A requirement needing mTLS and a key is gone whole; anonymous access stays.
        assert_eq!(converted["paths"]["/a"]["get"]["security"], json!([{}]));
    }

    #[test]
    fn null_unions_fold_back_into_nullable_schemas() {
        let doc31 = json!({"openapi": "3.1.0", "components": {"schemas": {
            "Y": {"type": "object", "properties": {}},
            "X": {"type": "object", "properties": {
                "reference": {"oneOf": [{"$ref": "#/components/schemas/Y", "description": "d"}, {"type": "null"}]},
                "several": {"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Y"}, {"type": "null"}]},
                "plain": {"type": ["string", "null"]},
            }}
        }}});
        let mut folded = to_openapi_30(&doc31);
        super::fold_null_unions(&mut folded);
        let properties = &schema_of(&folded)["properties"];
        assert_eq!(
            properties["reference"],
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/Y"}]})
        );
        assert_eq!(
            properties["several"],
            json!({"nullable": true, "anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Y"}]})
        );
        assert_eq!(
            properties["plain"],
            json!({"type": "string", "nullable": true})
        );
        // An inline branch takes `nullable` itself.
        let mut inline = json!({"components": {"schemas": {"X": {"oneOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"nullable": true},
        ]}}}});
        super::fold_null_unions(&mut inline);
        assert_eq!(
            schema_of(&inline),
            &json!({"nullable": true, "type": "object", "properties": {"a": {"type": "string"}}})
        );
    }
}
