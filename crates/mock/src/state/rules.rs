//! What the stateful mock reads from the published document: which operations create, list,
//! get, update and delete which resource. Nothing here names an endpoint; the rules follow from
//! paths, methods and response schemas.
//!
//! A resource is a collection path ending in a literal segment (`/projects/{id}/issues`) that
//! a `POST` answers with one object of a named schema (`Issue`). Its item path is the
//! collection path plus one parameter (`/projects/{id}/issues/{issue_iid}`): `GET` there
//! returns the item, `PUT` or `PATCH` merges into it, `DELETE` removes it, and `GET` on the
//! collection lists the items when it answers an array of the same schema. A collection's
//! parameters name its parents: a parameter that follows another resource's collection path
//! (`{id}` after `/projects`) names an item of that resource.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

/// How the items of a resource are named in their item path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// By `iid`, numbered per parent (`{issue_iid}`).
    Iid,
    /// By numeric `id`, or a path or name where the item has one (`{id}` of a project takes
    /// `group/project` as well).
    Id,
    /// By the field of this name, or the item's name where it has no such field (`{branch}`).
    Field(String),
}

/// One resource the mock keeps.
#[derive(Debug)]
pub(crate) struct Resource {
    /// The collection path with parameter names left out: `/projects/{}/issues`.
    pub collection: String,
    /// The last literal segment of the collection path: `issues`.
    pub segment: String,
    /// For each parameter of the collection path, in order, the resource whose item it
    /// names, if the mock keeps that resource.
    pub parents: Vec<Option<usize>>,
    /// How items are named in the item path.
    pub key: Key,
    /// The item's schema name, such as `MergeRequest`.
    pub schema: String,
    /// The schema name in words, for GitLab's 404 body: `Merge Request`.
    pub name: String,
    /// The documented example of a created item: what a new item starts from.
    pub example: Map<String, Value>,
    /// The values of the item's `state` field, when the schema lists them.
    pub states: Vec<String>,
    /// The item's fields that may be `null`.
    pub nullable: HashSet<String>,
}

/// What an operation does to its resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    /// `POST` on the collection.
    Create,
    /// `GET` on the collection.
    List,
    /// `GET` on the item.
    Get,
    /// `PUT` or `PATCH` on the item.
    Update,
    /// `DELETE` on the item; `body` when the answer carries the removed item.
    Delete {
        /// Whether the answer has a JSON body.
        body: bool,
    },
}

/// How one operation is answered from the store.
#[derive(Debug)]
pub(crate) struct Rule {
    /// What it does.
    pub action: Action,
    /// Index of its resource in [`Rules::resources`].
    pub resource: usize,
    /// The names of its path parameters, in order (the parents', then the item's).
    pub params: Vec<String>,
}

/// Everything inferred from one document.
#[derive(Debug, Default)]
pub(crate) struct Rules {
    /// The resources kept.
    pub resources: Vec<Resource>,
    /// The rule of each stateful operation, by `operationId`.
    pub by_operation: HashMap<String, Rule>,
    /// How many operations the document has in all.
    pub operations: usize,
}

/// One operation as the rules see it.
struct Operation<'a> {
    id: &'a str,
    method: &'a str,
    /// The path with parameter names left out.
    shape: String,
    params: Vec<String>,
    /// The schema name of a single-object answer, or of the items of an array answer.
    answer: Answer<'a>,
    example: Option<&'a Value>,
    has_body: bool,
}

/// The shape of an operation's successful JSON answer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer<'a> {
    One(&'a str),
    Many(&'a str),
    Other,
}

impl Rules {
    /// The rules of `document` (an OpenAPI 3.x document as JSON). Operations on path items
    /// with servers of their own (another API, such as SCIM) are left out.
    pub(crate) fn infer(document: &Value) -> Self {
        let schemas = document
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let mut operations = Vec::new();
        let mut count = 0;
        for (path, item) in document
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            for &method in openapi_downgrade::METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                count += 1;
                if item.get("servers").is_some() {
                    continue;
                }
                if let Some(operation) = read_operation(path, method, operation) {
                    operations.push(operation);
                }
            }
        }
        let mut rules = Rules {
            operations: count,
            ..Rules::default()
        };
        let mut by_collection: HashMap<String, usize> = HashMap::new();
        for operation in &operations {
            let Answer::One(schema) = operation.answer else {
                continue;
            };
            let Some(Value::Object(example)) = operation.example else {
                continue;
            };
            if operation.method != "post"
                || operation.shape.ends_with("{}")
                || by_collection.contains_key(&operation.shape)
            {
                continue;
            }
            let item_shape = format!("{}/{{}}", operation.shape);
            let lists = operations.iter().any(|other| {
                other.method == "get"
                    && other.shape == operation.shape
                    && matches!(other.answer, Answer::Many(_))
            });
            let item_param = operations
                .iter()
                .find(|other| other.shape == item_shape)
                .and_then(|other| other.params.last());
            if !lists && item_param.is_none() {
                continue;
            }
            by_collection.insert(operation.shape.clone(), rules.resources.len());
            rules.resources.push(Resource {
                collection: operation.shape.clone(),
                segment: operation
                    .shape
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                parents: Vec::new(),
                key: item_param.map_or(Key::Id, |name| key_of(name)),
                schema: schema.to_owned(),
                name: words(schema),
                example: example.clone(),
                states: schemas.map(|s| states(s, schema)).unwrap_or_default(),
                nullable: schemas.map(|s| nullable(s, schema)).unwrap_or_default(),
            });
        }
        for index in 0..rules.resources.len() {
            let parents = parent_slots(&rules.resources[index].collection)
                .into_iter()
                .map(|prefix| by_collection.get(&prefix).copied())
                .collect();
            rules.resources[index].parents = parents;
        }
        for operation in &operations {
            let (shape, on_item) = match operation.shape.strip_suffix("/{}") {
                Some(collection) => (collection, true),
                None => (operation.shape.as_str(), false),
            };
            let Some(&resource) = by_collection.get(shape) else {
                continue;
            };
            // Lists and items may be answered with a smaller schema (`UserBasic` for `User`):
            // the stored items are sent whole.
            let one = matches!(operation.answer, Answer::One(_));
            let action = match (operation.method, on_item) {
                ("post", false) if one => Action::Create,
                ("get", false) if matches!(operation.answer, Answer::Many(_)) => Action::List,
                ("get", true) if one => Action::Get,
                ("put" | "patch", true) if one => Action::Update,
                ("delete", true) => Action::Delete {
                    body: operation.has_body,
                },
                _ => continue,
            };
            rules.by_operation.insert(
                operation.id.to_owned(),
                Rule {
                    action,
                    resource,
                    params: operation.params.clone(),
                },
            );
        }
        rules
    }

    /// The resource kept at this collection path (`/projects`), if any.
    pub(crate) fn resource_at(&self, collection: &str) -> Option<usize> {
        self.resources
            .iter()
            .position(|resource| resource.collection == collection)
    }
}

/// `operation` at `path` and `method`, if it has an `operationId`.
fn read_operation<'a>(path: &str, method: &'a str, operation: &'a Value) -> Option<Operation<'a>> {
    let id = operation.get("operationId")?.as_str()?;
    let mut params = Vec::new();
    let mut shape = String::with_capacity(path.len());
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        shape.push('/');
        match segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        {
            Some(name) => {
                params.push(name.to_owned());
                shape.push_str("{}");
            }
            None => shape.push_str(segment),
        }
    }
    let success = operation
        .get("responses")
        .and_then(Value::as_object)
        .and_then(|responses| {
            responses
                .iter()
                .find(|(status, _)| status.starts_with('2'))
                .map(|(_, response)| response)
        });
    let json = success.and_then(|response| response.pointer("/content/application~1json"));
    let answer = json
        .and_then(|media| media.get("schema"))
        .map_or(Answer::Other, |schema| {
            if let Some(name) = schema_ref(schema) {
                Answer::One(name)
            } else if schema.get("type").and_then(Value::as_str) == Some("array") {
                schema
                    .get("items")
                    .and_then(schema_ref)
                    .map_or(Answer::Other, Answer::Many)
            } else {
                Answer::Other
            }
        });
    Some(Operation {
        id,
        method,
        shape,
        params,
        answer,
        example: json.and_then(|media| media.get("example")),
        has_body: json.is_some(),
    })
}

/// The component name a schema refers to (`#/components/schemas/Issue`).
fn schema_ref(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// How a resource's items are named, from the name of the item path's parameter.
fn key_of(param: &str) -> Key {
    if param == "iid" || param.ends_with("_iid") {
        Key::Iid
    } else if param == "id" || param.ends_with("_id") {
        Key::Id
    } else {
        Key::Field(param.to_owned())
    }
}

/// For each parameter of a collection path, the collection path before it:
/// `/projects/{}/issues/{}/notes` gives `/projects` and `/projects/{}/issues`.
fn parent_slots(collection: &str) -> Vec<String> {
    collection
        .match_indices("/{}")
        .map(|(at, _)| collection[..at].to_owned())
        .collect()
}

/// A schema name in words: `MergeRequest` becomes `Merge Request`.
fn words(schema: &str) -> String {
    let mut out = String::with_capacity(schema.len() + 4);
    for (index, c) in schema.char_indices() {
        if index > 0 && c.is_ascii_uppercase() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// The values of the `state` property of `schema`, following one `$ref` to an enum.
fn states(schemas: &Map<String, Value>, schema: &str) -> Vec<String> {
    let Some(state) = schemas
        .get(schema)
        .and_then(|s| s.pointer("/properties/state"))
    else {
        return Vec::new();
    };
    let state = schema_ref(state)
        .and_then(|name| schemas.get(name))
        .unwrap_or(state);
    state
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The properties of `schema` that may be `null`: `type: [..., "null"]`, or a `oneOf` or
/// `anyOf` with a `null` branch.
fn nullable(schemas: &Map<String, Value>, schema: &str) -> HashSet<String> {
    let is_null = |s: &Value| s.get("type").and_then(Value::as_str) == Some("null");
    schemas
        .get(schema)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, property)| {
            let typed = property
                .get("type")
                .and_then(Value::as_array)
                .is_some_and(|types| types.iter().any(|t| t == "null"));
            let branch = ["oneOf", "anyOf"].iter().any(|key| {
                property
                    .get(*key)
                    .and_then(Value::as_array)
                    .is_some_and(|branches| branches.iter().any(is_null))
            });
            typed || branch
        })
        .map(|(name, _)| name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Action, Key, Rules, key_of, parent_slots, words};
    use serde_json::json;

    fn document() -> serde_json::Value {
        let issue = json!({"$ref": "#/components/schemas/Issue"});
        let answer = |schema: &serde_json::Value, example: serde_json::Value| json!({"200": {"content": {"application/json": {"schema": schema, "example": example}}}});
        json!({
            "paths": {
                "/projects/{id}/issues": {
                    "get": {"operationId": "list", "responses":
                        answer(&json!({"type": "array", "items": issue}), json!([]))},
                    "post": {"operationId": "create", "responses":
                        answer(&issue, json!({"id": 1, "iid": 1, "state": "opened"}))}
                },
                "/projects/{id}/issues/{issue_iid}": {
                    "get": {"operationId": "get", "responses": answer(&issue, json!({}))},
                    "put": {"operationId": "update", "responses": answer(&issue, json!({}))},
                    "delete": {"operationId": "delete", "responses": {"204": {}}}
                },
                "/projects/{id}/issues/{issue_iid}/move": {
                    "post": {"operationId": "move", "responses": answer(&issue, json!({}))}
                },
                "/scim/Users": {
                    "servers": [{"url": "/api/scim/v2"}],
                    "post": {"operationId": "scim", "responses": answer(&issue, json!({"id": 1}))}
                }
            },
            "components": {"schemas": {
                "Issue": {"properties": {
                    "state": {"$ref": "#/components/schemas/State"},
                    "description": {"type": ["string", "null"]},
                    "milestone": {"oneOf": [{"$ref": "#/components/schemas/M"}, {"type": "null"}]},
                    "title": {"type": "string"}
                }},
                "State": {"enum": ["opened", "closed"]}
            }}
        })
    }

    #[test]
    fn a_collection_created_by_post_gets_its_five_operations() {
        let rules = Rules::infer(&document());
        assert_eq!(rules.operations, 7);
        assert_eq!(rules.resources.len(), 1);
        let issues = &rules.resources[0];
        assert_eq!(issues.collection, "/projects/{}/issues");
        assert_eq!(issues.key, Key::Iid);
        assert_eq!(issues.states, ["opened", "closed"]);
        let mut nullable: Vec<&str> = issues.nullable.iter().map(String::as_str).collect();
        nullable.sort_unstable();
        assert_eq!(nullable, ["description", "milestone"]);
        // `/projects` is not kept in this document, so the project is not looked up.
        assert_eq!(issues.parents, [None]);
        let action = |id: &str| rules.by_operation.get(id).map(|rule| rule.action);
        assert_eq!(action("create"), Some(Action::Create));
        assert_eq!(action("list"), Some(Action::List));
        assert_eq!(action("get"), Some(Action::Get));
        assert_eq!(action("update"), Some(Action::Update));
        assert_eq!(action("delete"), Some(Action::Delete { body: false }));
        // An action under the item, and another API's paths, answer their examples.
        assert_eq!(action("move"), None);
        assert_eq!(action("scim"), None);
        assert_eq!(rules.by_operation["get"].params, ["id", "issue_iid"]);
    }

    #[test]
    fn names_keys_and_parents_follow_the_path() {
        assert_eq!(words("MergeRequest"), "Merge Request");
        assert_eq!(words("Issue"), "Issue");
        assert_eq!(key_of("merge_request_iid"), Key::Iid);
        assert_eq!(key_of("hook_id"), Key::Id);
        assert_eq!(key_of("branch"), Key::Field("branch".into()));
        assert_eq!(
            parent_slots("/projects/{}/issues/{}/notes"),
            ["/projects", "/projects/{}/issues"]
        );
    }
}
