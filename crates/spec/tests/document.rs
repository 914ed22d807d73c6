//! The published document: valid, complete for the pages described, and carrying GitLab's
//! conventions on every operation.

use std::collections::BTreeSet;

use openapi_downgrade::to_openapi_30;
use serde_json::Value;

fn document() -> Value {
    match gitlab_spec::openapi() {
        Ok(document) => document.json,
        Err(error) => panic!("{error}"),
    }
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every REST v4 operation: SCIM's follow their own conventions (`tests/scim.rs`).
fn rest_operations(doc: &Value) -> Vec<(String, String, &Value)> {
    operations(doc)
        .into_iter()
        .filter(|(_, _, operation)| operation["tags"][0] != "SCIM")
        .collect()
}

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            // A path item also holds `servers` (the SCIM API's paths) beside its operations.
            if METHODS.contains(&method.as_str()) {
                found.push((method.to_uppercase(), path.clone(), operation));
            }
        }
    }
    found
}

/// Every `$ref` in `value`, with the JSON pointer it stands at.
fn refs<'a>(value: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "$ref" {
                    if let Some(target) = child.as_str() {
                        out.push((at.clone(), target));
                    }
                } else {
                    refs(child, format!("{at}/{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                refs(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn builds_without_problems_and_deterministically() {
    let first = serde_json::to_string(&document()).unwrap();
    let second = serde_json::to_string(&document()).unwrap();
    assert_eq!(first, second);
}

#[test]
fn every_ref_resolves_in_both_versions() {
    let doc31 = document();
    let doc30 = to_openapi_30(&doc31);
    for doc in [&doc31, &doc30] {
        let mut found = Vec::new();
        refs(doc, String::new(), &mut found);
        assert!(found.len() > 10, "expected many references");
        let broken: Vec<_> = found
            .iter()
            .filter(|(_, target)| !target.starts_with("#/") || doc.pointer(&target[1..]).is_none())
            .collect();
        assert!(broken.is_empty(), "unresolved references: {broken:?}");
    }
}

#[test]
fn the_30_document_parses_with_openapiv3() {
    let doc30 = to_openapi_30(&document());
    assert_eq!(doc30["openapi"], "3.0.3");
    let parsed: openapiv3::OpenAPI =
        serde_json::from_value(doc30.clone()).expect("openapiv3 reads the 3.0 document");
    let count: usize = parsed
        .paths
        .paths
        .values()
        .filter_map(|item| item.as_item())
        .map(|item| item.iter().count())
        .sum();
    assert_eq!(count, operations(&doc30).len());
    // Nothing 3.1-only is left in it.
    let text = doc30.to_string();
    assert!(!text.contains("\"type\":["), "type arrays remain");
    assert!(!text.contains("\"const\":"), "const remains");
    assert!(!text.contains("{\"type\":\"null\"}"), "null types remain");
}

#[test]
fn every_response_has_a_description() {
    let doc = document();
    for (method, path, operation) in operations(&doc) {
        for (status, response) in operation["responses"].as_object().expect("responses") {
            let resolved = match response.get("$ref").and_then(Value::as_str) {
                Some(target) => doc.pointer(&target[1..]).expect("resolves"),
                None => response,
            };
            let description = resolved["description"].as_str().unwrap_or_default();
            assert!(
                !description.is_empty(),
                "{method} {path} {status} has no description"
            );
        }
    }
}

#[test]
fn every_example_matches_its_schema() {
    let doc = document();
    let mut validator = gitlab_spec::document::ExampleValidator::new(&doc);
    let mut checked = 0;
    for (location, media) in gitlab_spec::document::response_media(&doc) {
        let Some(schema) = media.get("schema") else {
            continue;
        };
        for example in gitlab_spec::document::examples_of(media) {
            let errors = validator.validate(schema, example);
            assert!(errors.is_empty(), "{location}: {errors:?}");
            checked += 1;
        }
    }
    assert!(
        checked >= operations(&doc).len() / 2,
        "only {checked} examples checked"
    );
}

#[test]
fn every_json_success_response_has_an_example() {
    let doc = document();
    for (method, path, operation) in operations(&doc) {
        for (status, response) in operation["responses"].as_object().unwrap() {
            if !status.starts_with('2') {
                continue;
            }
            let content = response.get("content").and_then(Value::as_object);
            for (_, json) in content
                .into_iter()
                .flatten()
                .filter(|(media, _)| media.ends_with("json"))
            {
                assert!(
                    json.get("example").is_some(),
                    "{method} {path} {status} has no example"
                );
            }
        }
    }
}

#[test]
fn conventions_apply_to_every_operation() {
    let doc = document();
    let mut ids = BTreeSet::new();
    for (method, path, operation) in rest_operations(&doc) {
        let id = operation["operationId"].as_str().expect("operationId");
        assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
        assert!(
            id.chars().next().is_some_and(|c| c.is_ascii_lowercase()),
            "{id} is not lowerCamelCase"
        );
        assert!(
            !id.contains("ApiV4") && !id.contains('_'),
            "{id} is not readable"
        );
        assert!(
            operation["tags"].as_array().is_some_and(|t| t.len() == 1),
            "{method} {path} has one tag"
        );

        let responses = operation["responses"].as_object().unwrap();
        for status in ["400", "401", "403", "404", "409", "422", "429", "500"] {
            assert!(
                responses.contains_key(status),
                "{method} {path} lacks {status}"
            );
        }
        let success: Vec<&String> = responses.keys().filter(|s| s.starts_with('2')).collect();
        assert_eq!(success.len(), 1, "{method} {path}: one success status");
        if method == "DELETE" && responses[success[0]].get("content").is_none() {
            assert!(
                ["204", "202"].contains(&success[0].as_str()),
                "{method} {path} answers {}",
                success[0]
            );
        }

        let params: Vec<String> = operation["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                p.get("$ref")
                    .and_then(Value::as_str)
                    .or(p["name"].as_str())
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        assert!(
            params.contains(&"#/components/parameters/SudoHeader".to_owned()),
            "{method} {path} lacks Sudo"
        );
        assert!(
            params.contains(&"#/components/parameters/SudoQuery".to_owned()),
            "{method} {path} lacks sudo"
        );
        for placeholder in path.split('/').filter(|s| s.starts_with('{')) {
            let name = placeholder.trim_matches(['{', '}']);
            assert!(
                params.iter().any(|p| p == name),
                "{method} {path} lacks path parameter {name}"
            );
        }

        let paginated = operation.get("x-gitlab-pagination").is_some();
        if paginated {
            assert!(params.contains(&"#/components/parameters/Page".to_owned()));
            assert!(params.contains(&"#/components/parameters/PerPage".to_owned()));
            let ok = &responses[success[0]];
            for header in [
                "Link",
                "x-next-page",
                "x-page",
                "x-per-page",
                "x-prev-page",
                "x-total",
                "x-total-pages",
            ] {
                assert!(
                    ok["headers"].get(header).is_some(),
                    "{method} {path} lacks header {header}"
                );
            }
            let schema = resolve(&doc, &ok["content"]["application/json"]["schema"]);
            // An array, or a oneOf of arrays (search answers one kind of list per scope).
            let is_list = schema["type"] == "array"
                || schema["oneOf"].as_array().is_some_and(|branches| {
                    branches
                        .iter()
                        .all(|branch| resolve(&doc, branch)["type"] == "array")
                });
            assert!(is_list, "paginated {method} {path} must answer an array");
        }
    }
}

#[test]
fn success_status_follows_gitlab_rules() {
    let doc = document();
    for info in gitlab_spec::endpoints() {
        let path = format!("/{}", info.path.trim_start_matches('/'));
        let operation = &doc["paths"][&path][info.method.as_str().to_lowercase()];
        let responses = operation["responses"].as_object().unwrap();
        let success = responses.keys().find(|s| s.starts_with('2')).unwrap();
        let expected = match (info.status, info.method) {
            (Some(status), _) => status.to_string(),
            (None, gitlab_endpoint::Method::Post) => "201".into(),
            (None, gitlab_endpoint::Method::Delete)
                if responses[success].get("content").is_none() =>
            {
                "204".into()
            }
            (None, _) => "200".into(),
        };
        assert_eq!(success, &expected, "{} {path}", info.method);
    }
}

#[test]
fn security_schemes_cover_every_gitlab_auth_method() {
    let doc = document();
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(
        schemes["PrivateTokenHeader"],
        serde_json::json!({"type": "apiKey", "name": "PRIVATE-TOKEN", "in": "header", "description": schemes["PrivateTokenHeader"]["description"]})
    );
    assert_eq!(schemes["PrivateTokenQuery"]["name"], "private_token");
    assert_eq!(schemes["Bearer"]["scheme"], "bearer");
    assert_eq!(schemes["AccessTokenQuery"]["name"], "access_token");
    assert_eq!(schemes["JobToken"]["name"], "JOB-TOKEN");
    assert_eq!(schemes["SessionCookie"]["in"], "cookie");
    assert_eq!(doc["servers"][0]["url"], "{scheme}://{host}/api/v4");
    // GitLab's exact error bodies.
    let responses = &doc["components"]["responses"];
    assert_eq!(
        responses["Unauthorized"]["content"]["application/json"]["examples"]["unauthorized"]["value"],
        serde_json::json!({"message": "401 Unauthorized"})
    );
    assert_eq!(
        responses["NotFound"]["content"]["application/json"]["examples"]["route"]["value"],
        serde_json::json!({"error": "404 Not Found"})
    );
    assert_eq!(
        responses["Forbidden"]["content"]["application/json"]["examples"]["sudo_not_admin"]["value"],
        serde_json::json!({"message": "403 Forbidden - Must be admin to use sudo"})
    );
}

#[test]
fn not_modified_is_published_where_documented() {
    let doc = document();
    for (path, method) in [
        ("/projects/{id}/star", "post"),
        ("/projects/{id}/unstar", "post"),
        ("/projects/{id}/issues/{issue_iid}/subscribe", "post"),
        ("/projects/{id}/issues/{issue_iid}/todo", "post"),
    ] {
        assert!(
            doc["paths"][path][method]["responses"].get("304").is_some(),
            "{method} {path} lacks 304"
        );
    }
    assert!(
        doc["paths"]["/projects/{id}"]["get"]["responses"]
            .get("304")
            .is_none()
    );
}

#[test]
fn keyset_pagination_is_published_where_documented() {
    let doc = document();
    let list = &doc["paths"]["/projects"]["get"];
    assert_eq!(
        list["x-gitlab-pagination"]["keyset"]["order_by"],
        serde_json::json!(["id"])
    );
    let params = list["parameters"].as_array().unwrap();
    assert!(
        params
            .iter()
            .any(|p| p["$ref"] == "#/components/parameters/KeysetPagination")
    );
}

/// Follows `$ref`s into the document's schemas.
fn resolve<'a>(doc: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(target) => schema = doc.pointer(&target[1..]).unwrap_or(&Value::Null),
            None => break,
        }
    }
    schema
}

/// Records every key of `value` that its schema does not declare (the validator lets unknown
/// keys through, so a field missing from a model would otherwise go unnoticed).
fn undeclared_keys(doc: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            // What each branch of the value's kind leaves undeclared.
            let mut per_branch: Vec<Vec<String>> = Vec::new();
            for branch in branches {
                let branch = resolve(doc, branch);
                let is_object = branch.get("properties").is_some() || branch["type"] == "object";
                let is_array = branch["type"] == "array";
                if (value.is_object() && is_object) || (value.is_array() && is_array) {
                    let mut missing = Vec::new();
                    undeclared_keys(doc, branch, value, at, &mut missing);
                    per_branch.push(missing);
                }
            }
            if key == "allOf" {
                // Every branch applies: a key is declared when any branch declares it.
                if let Some((first, rest)) = per_branch.split_first() {
                    out.extend(
                        first
                            .iter()
                            .filter(|k| rest.iter().all(|other| other.contains(k)))
                            .cloned(),
                    );
                }
            } else if !per_branch.iter().any(Vec::is_empty) {
                // One branch describes the value: the one that declares the most of it.
                if let Some(best) = per_branch.into_iter().min_by_key(Vec::len) {
                    out.extend(best);
                }
            }
            return;
        }
    }
    match (value, schema.get("properties"), schema.get("items")) {
        (Value::Object(map), Some(Value::Object(properties)), _) => {
            let open = schema
                .get("additionalProperties")
                .is_some_and(|a| a != &Value::Bool(false));
            for (key, item) in map {
                match properties.get(key) {
                    Some(property) => {
                        undeclared_keys(doc, property, item, &format!("{at}.{key}"), out)
                    }
                    None if !open => out.push(format!("{at}.{key}")),
                    None => {}
                }
            }
        }
        (Value::Array(items), _, Some(item_schema)) => {
            for item in items {
                undeclared_keys(doc, item_schema, item, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_shown_in_an_example_is_modelled() {
    let doc = document();
    let mut undeclared = Vec::new();
    for (method, path, operation) in operations(&doc) {
        for (status, response) in operation["responses"].as_object().unwrap() {
            let Some(json) = response.pointer("/content/application~1json") else {
                continue;
            };
            if let (Some(schema), Some(example)) = (json.get("schema"), json.get("example")) {
                undeclared_keys(
                    &doc,
                    schema,
                    example,
                    &format!("{method} {path} {status}"),
                    &mut undeclared,
                );
            }
        }
    }
    assert!(
        undeclared.is_empty(),
        "example fields missing from the models:\n{}",
        undeclared.join("\n")
    );
}
