//! The SCIM API in the published document: its own server, token, media type, paging and
//! error bodies, in standard OpenAPI, in both the 3.1 document and its 3.0 conversion.

use openapi_downgrade::to_openapi_30;
use serde_json::{Value, json};

fn document() -> Value {
    match gitlab_spec::openapi() {
        Ok(document) => document.json,
        Err(error) => panic!("{error}"),
    }
}

/// Every SCIM operation: `(method, path, path item, operation)`.
fn scim_operations(doc: &Value) -> Vec<(String, String, &Value, &Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            if operation["tags"][0] == "SCIM" {
                found.push((method.to_uppercase(), path.clone(), item, operation));
            }
        }
    }
    found
}

fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(target) => doc.pointer(&target[1..]).expect("reference resolves"),
        None => value,
    }
}

#[test]
fn the_five_operations_have_their_own_server_token_and_media_type() {
    for doc in [document(), to_openapi_30(&document())] {
        let operations = scim_operations(&doc);
        let mut routes: Vec<String> = operations
            .iter()
            .map(|(method, path, _, _)| format!("{method} {path}"))
            .collect();
        routes.sort();
        assert_eq!(
            routes,
            [
                "DELETE /groups/{group_path}/Users/{id}",
                "GET /groups/{group_path}/Users",
                "GET /groups/{group_path}/Users/{id}",
                "PATCH /groups/{group_path}/Users/{id}",
                "POST /groups/{group_path}/Users",
            ]
        );
        for (method, path, item, operation) in operations {
            let route = format!("{method} {path}");
            assert_eq!(
                item["servers"][0]["url"], "{scheme}://{host}/api/scim/v2",
                "{route}: the path's own server"
            );
            assert_eq!(operation["security"], json!([{"ScimToken": []}]), "{route}");
            let parameters = operation["parameters"].to_string();
            for convention in ["Sudo", "#/components/parameters/Page", "PerPage"] {
                assert!(!parameters.contains(convention), "{route} has {convention}");
            }
            let mut statuses: Vec<&str> = operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            statuses.sort_unstable();
            let success = match method.as_str() {
                "POST" => "201",
                "GET" => "200",
                _ => "204",
            };
            let mut expected = vec![
                success, "400", "401", "404", "405", "409", "412", "414", "429", "500", "501",
            ];
            if operation.get("requestBody").is_some() {
                expected.extend(["413", "415"]);
            }
            expected.sort_unstable();
            assert_eq!(statuses, expected, "{route}");
            // Every body, sent or answered, is SCIM's JSON, except the answers given before
            // the request is routed (another method, a target too long): GitLab's REST bodies.
            let mut bodies = vec![&operation["requestBody"]];
            bodies.extend(
                operation["responses"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(status, _)| !["405", "414"].contains(&status.as_str()))
                    .map(|(_, response)| response),
            );
            for body in bodies {
                for media in resolve(&doc, body)["content"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(m, _)| m)
                {
                    assert_eq!(media, "application/scim+json", "{route}");
                }
            }
        }
        let scheme = &doc["components"]["securitySchemes"]["ScimToken"];
        assert_eq!(scheme["type"], "http");
        assert_eq!(scheme["scheme"], "bearer");
        // The REST API keeps its own server.
        assert_eq!(doc["servers"][0]["url"], "{scheme}://{host}/api/v4");
    }
}

#[test]
fn lists_page_by_start_index_into_the_list_envelope() {
    let doc = document();
    let list = &doc["paths"]["/groups/{group_path}/Users"]["get"];
    let names: Vec<&str> = list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["group_path", "filter", "startIndex", "count"]);
    assert_eq!(
        list["x-gitlab-pagination"],
        json!({"index": {"start": "startIndex", "count": "count", "items": "Resources", "total": "totalResults"}})
    );
    let ok = &list["responses"]["200"];
    assert!(ok.get("headers").is_none(), "no GitLab pagination headers");
    let schema = resolve(&doc, &ok["content"]["application/scim+json"]["schema"]);
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    required.sort_unstable();
    assert_eq!(
        required,
        [
            "Resources",
            "itemsPerPage",
            "schemas",
            "startIndex",
            "totalResults"
        ]
    );
    let example = &ok["content"]["application/scim+json"]["example"];
    assert_eq!(example["Resources"][0]["name.formatted"], "Test User");
}

#[test]
fn patch_operations_are_typed_and_errors_are_scim_bodies() {
    let doc = document();
    let patch = &doc["paths"]["/groups/{group_path}/Users/{id}"]["patch"];
    let body = &patch["requestBody"]["content"]["application/scim+json"]["schema"];
    assert_eq!(body["required"], json!(["Operations"]));
    let operation = resolve(&doc, &body["properties"]["Operations"]["items"]);
    let op = resolve(&doc, &operation["properties"]["op"]);
    assert_eq!(op["enum"], json!(["Add", "Replace"]));

    let not_found = resolve(&doc, &patch["responses"]["404"]);
    let media = &not_found["content"]["application/scim+json"];
    assert_eq!(
        media["example"]["schemas"],
        json!(["urn:ietf:params:scim:api:messages:2.0:Error"])
    );
    assert_eq!(media["example"]["status"], 404);
    let error = resolve(&doc, &media["schema"]);
    let mut fields: Vec<&String> = error["properties"].as_object().unwrap().keys().collect();
    fields.sort();
    assert_eq!(fields, ["detail", "schemas", "status"]);
}
