//! How a request's fields become an item: sent fields over the documented example, numbers
//! from sequences, timestamps, the caller as author, users named by ID, the fields GitLab
//! derives (a path from a name, full paths, `web_url`), and state events.

use serde_json::{Map, Value};

use super::rules::Resource;
use super::store::{Collection, key_text, text_of};
use crate::urls::EXAMPLE_HOST;

/// What creating or changing an item may look at besides the request.
pub(crate) struct Context<'a> {
    /// The time of the request, as GitLab writes it (`2026-12-03T10:15:30.123Z`).
    pub now: String,
    /// The caller's stored user, if the store keeps users and the caller is one of them.
    pub caller: Option<&'a Map<String, Value>>,
    /// Every stored user (for `assignee_ids` and the like).
    pub users: Option<&'a Collection>,
    /// Every stored group (for `namespace_id` and `parent_id`).
    pub groups: Option<&'a Collection>,
    /// The innermost parent of the collection, if the store keeps it.
    pub parent: Option<(&'a Resource, &'a Map<String, Value>)>,
    /// The collection's path under the API's base, such as `/projects/1/issues`.
    pub collection: String,
}

/// A new item of `resource` from the sent `fields`: every field the example has takes the
/// sent value (fields the example lacks are dropped, as GitLab's answer would not have them).
/// The fields in `unsent`, which the operation takes but the request left out, start empty
/// (no labels, no assignees, no description) rather than as documented in the example.
pub(crate) fn create(
    resource: &Resource,
    fields: &Map<String, Value>,
    unsent: &[&str],
    ids: (Option<u64>, Option<u64>),
    context: &Context<'_>,
) -> Map<String, Value> {
    let mut item = resource.example.clone();
    for key in unsent {
        empty(resource, &mut item, key);
    }
    initial_state(resource, &mut item);
    let (id, iid) = ids;
    if let Some(id) = id {
        item.insert("id".into(), id.into());
    }
    if let Some(iid) = iid {
        item.insert("iid".into(), iid.into());
    }
    for key in ["created_at", "updated_at", "last_activity_at"] {
        if item.contains_key(key) {
            item.insert(key.into(), context.now.clone().into());
        }
    }
    if let Some(caller) = context.caller {
        for key in ["author", "owner"] {
            if item.get(key).is_some_and(Value::is_object) {
                let author = user_like(&item[key], caller);
                item.insert(key.into(), author);
            }
        }
        for key in ["author_id", "creator_id"] {
            if item.contains_key(key) {
                item.insert(key.into(), caller.get("id").cloned().unwrap_or(Value::Null));
            }
        }
    }
    if let Some((parent, parent_item)) = context.parent {
        let field = format!("{}_id", parent.segment.trim_end_matches('s'));
        if item.contains_key(&field) {
            item.insert(field, parent_item.get("id").cloned().unwrap_or(Value::Null));
        }
    }
    apply(&mut item, fields, context);
    derive_names(&mut item, fields);
    derive_full_paths(&mut item, fields, context);
    if !fields.contains_key("web_url") {
        derive_urls(resource, &mut item, context);
    }
    derive_links(resource, &mut item, context);
    item
}

/// `item` changed by the sent `fields` (fields it does not have are ignored), with
/// `state_event` applied and `updated_at` now.
pub(crate) fn update(
    resource: &Resource,
    item: &mut Map<String, Value>,
    fields: &Map<String, Value>,
    context: &Context<'_>,
) {
    apply(item, fields, context);
    if let Some(event) = fields.get("state_event").and_then(Value::as_str) {
        change_state(resource, item, event, context);
    }
    if item.contains_key("updated_at") {
        item.insert("updated_at".into(), context.now.clone().into());
    }
}

/// Empties the field a parameter `key` would set: a list becomes `[]`, a text or an object
/// `null` where the schema allows it (`assignee_ids` empties `assignees` and `assignee`);
/// numbers, flags and fields that cannot be `null` keep the example's value.
fn empty(resource: &Resource, item: &mut Map<String, Value>, key: &str) {
    let targets = match (key.strip_suffix("_ids"), key.strip_suffix("_id")) {
        (Some(base), _) => vec![format!("{base}s"), base.to_owned()],
        (None, Some(base)) => vec![base.to_owned()],
        _ => vec![key.to_owned()],
    };
    for target in targets {
        if let Some(value) = item.get_mut(&target) {
            match value {
                Value::Array(list) => list.clear(),
                Value::String(_) | Value::Object(_) if resource.nullable.contains(&target) => {
                    *value = Value::Null;
                }
                _ => {}
            }
        }
    }
}

/// Writes the sent fields into `item`.
fn apply(item: &mut Map<String, Value>, fields: &Map<String, Value>, context: &Context<'_>) {
    for (key, value) in fields {
        if key == "state_event" {
            continue;
        }
        if let Some(current) = item.get(key) {
            if fits(current, value) {
                item.insert(key.clone(), value.clone());
            }
            continue;
        }
        if let Some(base) = key.strip_suffix("_ids") {
            set_users(item, &format!("{base}s"), value, context);
            // `assignee_ids` also sets the single `assignee` GitLab still sends.
            set_users(item, base, value, context);
        } else if let Some(base) = key.strip_suffix("_id") {
            set_users(item, base, value, context);
        } else if let Some(field) = key.strip_prefix("new_")
            && item.contains_key(field)
        {
            // `new_name` renames a label.
            item.insert(field.to_owned(), value.clone());
        } else if let Some(field) = key.strip_prefix("add_") {
            edit_list(item, field, value, true);
        } else if let Some(field) = key.strip_prefix("remove_") {
            edit_list(item, field, value, false);
        }
    }
}

/// Whether a sent value may replace a stored one: an object is replaced by an object or
/// `null` only, and a list of objects (labels with details) by a list of objects.
fn fits(current: &Value, sent: &Value) -> bool {
    match current {
        Value::Object(_) => sent.is_object() || sent.is_null(),
        Value::Array(items) if items.first().is_some_and(Value::is_object) => sent
            .as_array()
            .is_some_and(|s| s.iter().all(Value::is_object)),
        _ => true,
    }
}

/// Sets the user field `field` (an object or `null`, or a list of them) to the users whose
/// IDs `ids` holds, shaped as the field's example.
fn set_users(item: &mut Map<String, Value>, field: &str, ids: &Value, context: &Context<'_>) {
    let Some(users) = context.users else {
        return;
    };
    let wanted: Vec<String> = match ids {
        Value::Array(ids) => ids.iter().filter_map(text_of).collect(),
        Value::Null => Vec::new(),
        other => text_of(other).into_iter().collect(),
    };
    let find = |id: &String| {
        users
            .items
            .iter()
            .find(|user| user.value.get("id").and_then(text_of).as_ref() == Some(id))
    };
    match item.get(field) {
        Some(Value::Array(current)) => {
            let template = current
                .first()
                .cloned()
                .unwrap_or_else(|| basic_user_shape(item));
            let list = wanted
                .iter()
                .filter_map(find)
                .map(|user| user_like(&template, &user.value))
                .collect();
            item.insert(field.to_owned(), Value::Array(list));
        }
        Some(current) if current.is_null() || current.get("username").is_some() => {
            let template = if current.is_null() {
                basic_user_shape(item)
            } else {
                current.clone()
            };
            let user = wanted
                .first()
                .and_then(find)
                .map_or(Value::Null, |user| user_like(&template, &user.value));
            item.insert(field.to_owned(), user);
        }
        _ => {}
    }
}

/// The shape of a user inside `item`: its author's, else GitLab's basic user fields.
fn basic_user_shape(item: &Map<String, Value>) -> Value {
    item.get("author")
        .filter(|author| author.is_object())
        .cloned()
        .unwrap_or_else(|| {
            serde_json::json!({
                "id": 0, "username": "", "name": "", "state": "active",
                "avatar_url": null, "web_url": ""
            })
        })
}

/// `user`'s fields in the shape of `template` (a user object of an example).
fn user_like(template: &Value, user: &Map<String, Value>) -> Value {
    let Value::Object(shape) = template else {
        return Value::Object(user.clone());
    };
    let mut out = Map::with_capacity(shape.len());
    for (key, example) in shape {
        out.insert(key.clone(), user.get(key).unwrap_or(example).clone());
    }
    Value::Object(out)
}

/// Adds names to, or removes them from, the list `field` (`add_labels`, `remove_labels`).
fn edit_list(item: &mut Map<String, Value>, field: &str, sent: &Value, add: bool) {
    let Some(Value::Array(list)) = item.get_mut(field) else {
        return;
    };
    let names: Vec<Value> = match sent {
        Value::Array(names) => names.clone(),
        Value::String(text) => text.split(',').map(|s| Value::from(s.trim())).collect(),
        _ => return,
    };
    for name in names {
        let present = list.contains(&name);
        if add && !present {
            list.push(name);
        } else if !add {
            list.retain(|existing| *existing != name);
        }
    }
}

/// A new item starts open (or active), whatever state the example was in.
fn initial_state(resource: &Resource, item: &mut Map<String, Value>) {
    let Some(first) = ["opened", "active"]
        .into_iter()
        .find(|state| resource.states.iter().any(|s| s == state))
    else {
        return;
    };
    for state in &resource.states {
        if state != first {
            clear_state_fields(item, state);
        }
    }
    item.insert("state".into(), first.into());
}

/// `state_event=close` closes, `reopen` opens, `activate` activates: the state the event's
/// verb names, recording when and by whom.
fn change_state(
    resource: &Resource,
    item: &mut Map<String, Value>,
    event: &str,
    context: &Context<'_>,
) {
    let default_states = ["opened".to_owned(), "closed".to_owned()];
    let states = if resource.states.is_empty() {
        &default_states[..]
    } else {
        &resource.states[..]
    };
    let verb = event.strip_prefix("re").unwrap_or(event);
    let Some(target) = states
        .iter()
        .map(|state| (common_prefix(state, verb), state))
        .filter(|(shared, _)| *shared >= 4)
        .max_by_key(|(shared, _)| *shared)
        .map(|(_, state)| state.clone())
    else {
        return;
    };
    if let Some(previous) = item.get("state").and_then(Value::as_str).map(str::to_owned) {
        if previous == target {
            return;
        }
        clear_state_fields(item, &previous);
    }
    let at = format!("{target}_at");
    if item.contains_key(&at) {
        item.insert(at, context.now.clone().into());
    }
    let by = format!("{target}_by");
    if let (Some(shape), Some(caller)) = (item.get(&by), context.caller) {
        let template = if shape.is_null() {
            basic_user_shape(item)
        } else {
            shape.clone()
        };
        item.insert(by, user_like(&template, caller));
    }
    item.insert("state".into(), target.into());
}

/// Clears `closed_at` and `closed_by` (for the state `closed`) where the item has them.
fn clear_state_fields(item: &mut Map<String, Value>, state: &str) {
    for suffix in ["_at", "_by"] {
        if let Some(value) = item.get_mut(&format!("{state}{suffix}")) {
            *value = Value::Null;
        }
    }
}

/// How many leading bytes two words share.
fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// A `path` from the sent `name`, or a `name` from the sent `path`, where the item has both.
fn derive_names(item: &mut Map<String, Value>, fields: &Map<String, Value>) {
    if !(item.contains_key("name") && item.contains_key("path")) {
        return;
    }
    match (fields.get("name"), fields.get("path")) {
        (Some(Value::String(name)), None) => {
            item.insert("path".into(), slug(name).into());
        }
        (None, Some(Value::String(path))) => {
            item.insert("name".into(), path.clone().into());
        }
        _ => {}
    }
}

/// GitLab's path of a name: lower case, runs of other characters as one `-`.
fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// A project's `namespace` and `path_with_namespace` (in the group `namespace_id` names, else
/// the caller's own namespace), and a group's `full_path` under its `parent_id`.
fn derive_full_paths(
    item: &mut Map<String, Value>,
    fields: &Map<String, Value>,
    context: &Context<'_>,
) {
    let path = item.get("path").and_then(Value::as_str).map(str::to_owned);
    let name = item.get("name").and_then(Value::as_str).map(str::to_owned);
    let (Some(path), Some(name)) = (path, name) else {
        return;
    };
    let group = |id: Option<&Value>| {
        let id = id.and_then(text_of)?;
        context
            .groups?
            .items
            .iter()
            .find(|g| g.value.get("id").and_then(text_of).as_deref() == Some(&id))
    };
    if item.contains_key("path_with_namespace") && !fields.contains_key("path_with_namespace") {
        let namespace = match group(fields.get("namespace_id")) {
            Some(group) => Some(namespace_of_group(&group.value)),
            None => context.caller.map(namespace_of_user),
        };
        let Some(namespace) = namespace else {
            return;
        };
        let full = namespace["full_path"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let full_name = namespace["name"].as_str().unwrap_or_default().to_owned();
        item.insert(
            "path_with_namespace".into(),
            format!("{full}/{path}").into(),
        );
        if item.contains_key("name_with_namespace") {
            item.insert(
                "name_with_namespace".into(),
                format!("{full_name} / {name}").into(),
            );
        }
        if let Some(Value::Object(shape)) = item.get("namespace") {
            let namespace = user_like(&Value::Object(shape.clone()), &namespace);
            item.insert("namespace".into(), namespace);
        }
    } else if item.contains_key("full_path") && !fields.contains_key("full_path") {
        let (full, full_name) = match group(fields.get("parent_id")) {
            Some(parent) => (
                format!(
                    "{}/{path}",
                    parent.value["full_path"].as_str().unwrap_or_default()
                ),
                format!(
                    "{} / {name}",
                    parent.value["full_name"].as_str().unwrap_or_default()
                ),
            ),
            None => (path.clone(), name.clone()),
        };
        item.insert("full_path".into(), full.into());
        if item.contains_key("full_name") {
            item.insert("full_name".into(), full_name.into());
        }
    }
}

/// The namespace object of a group.
fn namespace_of_group(group: &Map<String, Value>) -> Map<String, Value> {
    let mut namespace = group.clone();
    namespace.insert("kind".into(), "group".into());
    namespace
}

/// The personal namespace of a user.
fn namespace_of_user(user: &Map<String, Value>) -> Map<String, Value> {
    let username = user.get("username").cloned().unwrap_or(Value::Null);
    let mut namespace = Map::new();
    namespace.insert("id".into(), user.get("id").cloned().unwrap_or(Value::Null));
    namespace.insert(
        "name".into(),
        user.get("name").cloned().unwrap_or(username.clone()),
    );
    namespace.insert("path".into(), username.clone());
    namespace.insert("kind".into(), "user".into());
    namespace.insert("full_path".into(), username);
    namespace.insert("parent_id".into(), Value::Null);
    namespace.insert(
        "web_url".into(),
        user.get("web_url").cloned().unwrap_or(Value::Null),
    );
    namespace
}

/// `web_url` (and a project's clone URLs) as GitLab builds them, on the example host (which
/// the mock's answers rewrite to its own): under the parent's page for nested items
/// (`.../group/project/-/issues/3`), else from the item's full path or username.
fn derive_urls(resource: &Resource, item: &mut Map<String, Value>, context: &Context<'_>) {
    if !item.contains_key("web_url") {
        return;
    }
    let page = if let Some((_, parent)) = context.parent {
        let Some(parent_url) = parent.get("web_url").and_then(Value::as_str) else {
            return;
        };
        let Some(key) = key_text(resource, item) else {
            return;
        };
        format!("{parent_url}/-/{}/{key}", resource.segment)
    } else if let Some(full) = item.get("path_with_namespace").and_then(Value::as_str) {
        let full = full.to_owned();
        for (field, url) in [
            (
                "http_url_to_repo",
                format!("https://{EXAMPLE_HOST}/{full}.git"),
            ),
            ("ssh_url_to_repo", format!("git@{EXAMPLE_HOST}:{full}.git")),
        ] {
            if item.contains_key(field) {
                item.insert(field.into(), url.into());
            }
        }
        format!("https://{EXAMPLE_HOST}/{full}")
    } else if let Some(full) = item.get("full_path").and_then(Value::as_str) {
        format!("https://{EXAMPLE_HOST}/groups/{full}")
    } else if let Some(username) = item.get("username").and_then(Value::as_str) {
        format!("https://{EXAMPLE_HOST}/{username}")
    } else {
        return;
    };
    item.insert("web_url".into(), page.into());
}

/// `_links` (API URLs of the item and of what it belongs to) rebuilt around the item's own
/// path, and `references` (`#3`, `group/project#3`) from its `iid` and parent.
fn derive_links(resource: &Resource, item: &mut Map<String, Value>, context: &Context<'_>) {
    let key = key_text(resource, item);
    if let (Some(key), Some(Value::Object(links))) = (&key, item.get_mut("_links")) {
        let example_self = links
            .get("self")
            .and_then(Value::as_str)
            .map(api_segments)
            .unwrap_or_default();
        let own: Vec<String> = api_segments(&format!("{}/{key}", context.collection));
        for link in links.values_mut() {
            let Some(text) = link.as_str() else {
                continue;
            };
            let segments = api_segments(text);
            let shared = segments
                .iter()
                .zip(&example_self)
                .take_while(|(a, b)| a == b)
                .count()
                .min(own.len());
            if shared == 0 {
                continue;
            }
            let rebuilt: Vec<&str> = own[..shared]
                .iter()
                .chain(&segments[shared..])
                .map(String::as_str)
                .collect();
            *link = format!("https://{EXAMPLE_HOST}/api/v4/{}", rebuilt.join("/")).into();
        }
    }
    let iid = item.get("iid").and_then(text_of);
    let parent_path = context.parent.and_then(|(_, parent)| {
        ["path_with_namespace", "full_path"]
            .iter()
            .find_map(|field| parent.get(*field).and_then(Value::as_str))
            .map(str::to_owned)
    });
    if let (Some(iid), Some(Value::Object(references))) = (iid, item.get_mut("references")) {
        let sigil = references
            .get("short")
            .and_then(Value::as_str)
            .and_then(|short| short.chars().next())
            .filter(|c| !c.is_alphanumeric())
            .unwrap_or('#');
        for field in ["short", "relative"] {
            if references.contains_key(field) {
                references.insert(field.into(), format!("{sigil}{iid}").into());
            }
        }
        if let (Some(path), true) = (parent_path, references.contains_key("full")) {
            references.insert("full".into(), format!("{path}{sigil}{iid}").into());
        }
    }
}

/// The path segments of an API URL after `/api/v4`, or of a path under it.
fn api_segments(url: &str) -> Vec<String> {
    let path = url.split_once("/api/v4").map_or(url, |(_, rest)| rest);
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Context, create, slug, update};
    use crate::state::rules::{Key, Resource};
    use crate::state::seed::object;
    use crate::state::store::{Collection, Item};
    use serde_json::{Value, json};

    fn issues() -> Resource {
        Resource {
            collection: "/projects/{}/issues".into(),
            segment: "issues".into(),
            parents: vec![Some(0)],
            key: Key::Iid,
            schema: "Issue".into(),
            name: "Issue".into(),
            example: object(json!({
                "id": 84, "iid": 14, "project_id": 4, "title": "Example", "state": "closed",
                "labels": ["bug"], "closed_at": "2016-01-07T12:44:33.959Z", "closed_by": null,
                "author": {"id": 18, "username": "eileen", "name": "Eileen"},
                "description": "Example text", "milestone": {"id": 1}, "confidential": false,
                "assignees": [], "assignee": null, "created_at": "2016-01-07T12:44:33.959Z",
                "updated_at": "2016-01-07T12:44:33.959Z",
                "web_url": "https://gitlab.example.com/a/b/issues/14",
                "references": {"short": "#14", "relative": "#14", "full": "a/b#14"},
                "_links": {
                    "self": "https://gitlab.example.com/api/v4/projects/4/issues/14",
                    "notes": "https://gitlab.example.com/api/v4/projects/4/issues/14/notes",
                    "project": "https://gitlab.example.com/api/v4/projects/4",
                    "closed_as_duplicate_of": "https://gitlab.example.com/api/v4/projects/4/issues/75",
                    "elsewhere": "https://gitlab.example.com/api/v4/users/1"
                }
            })),
            states: vec!["opened".into(), "closed".into()],
            nullable: [
                "description",
                "milestone",
                "closed_at",
                "closed_by",
                "assignee",
            ]
            .into_iter()
            .map(str::to_owned)
            .collect(),
        }
    }

    #[test]
    fn a_created_issue_takes_the_sent_fields_the_caller_and_its_parent() {
        let caller = object(json!({"id": 2, "username": "alice", "name": "Alice", "email": "a@x"}));
        let bob = object(json!({"id": 3, "username": "bob", "name": "Bob"}));
        let users = Collection {
            items: vec![Item::new(caller.clone()), Item::new(bob)],
            last_iid: 0,
        };
        let projects = Resource {
            collection: "/projects".into(),
            segment: "projects".into(),
            key: Key::Id,
            ..issues()
        };
        let project = object(json!({"id": 1, "path_with_namespace": "group/project",
            "web_url": "https://gitlab.example.com/group/project"}));
        let context = Context {
            now: "2026-12-03T10:00:00.000Z".into(),
            caller: Some(&caller),
            users: Some(&users),
            groups: None,
            parent: Some((&projects, &project)),
            collection: "/projects/1/issues".into(),
        };
        let sent = object(json!({"title": "hi", "assignee_ids": [3], "labels": ["a", "b"]}));
        let unsent = ["description", "milestone_id", "confidential"];
        let item = create(&issues(), &sent, &unsent, (Some(85), Some(1)), &context);
        assert_eq!(item["id"], 85);
        assert_eq!(item["iid"], 1);
        assert_eq!(item["title"], "hi");
        assert_eq!(item["labels"], json!(["a", "b"]));
        assert_eq!(item["state"], "opened");
        assert_eq!(item["closed_at"], Value::Null);
        assert_eq!(item["project_id"], 1);
        // What the request could have sent but did not starts empty, not as the example.
        assert_eq!(item["description"], Value::Null);
        assert_eq!(item["milestone"], Value::Null);
        assert_eq!(item["confidential"], false);
        // The author has the example's shape with the caller's values: no email.
        assert_eq!(
            item["author"],
            json!({"id": 2, "username": "alice", "name": "Alice"})
        );
        assert_eq!(item["assignees"][0]["username"], "bob");
        assert_eq!(item["assignee"]["id"], 3);
        assert_eq!(item["created_at"], "2026-12-03T10:00:00.000Z");
        assert_eq!(
            item["web_url"],
            "https://gitlab.example.com/group/project/-/issues/1"
        );

        assert_eq!(
            item["references"],
            json!({"short": "#1", "relative": "#1", "full": "group/project#1"})
        );
        let api = "https://gitlab.example.com/api/v4";
        assert_eq!(
            item["_links"],
            json!({
                "self": format!("{api}/projects/1/issues/1"),
                "notes": format!("{api}/projects/1/issues/1/notes"),
                "project": format!("{api}/projects/1"),
                "closed_as_duplicate_of": format!("{api}/projects/1/issues/75"),
                "elsewhere": format!("{api}/users/1")
            })
        );

        let mut item = item;
        let change =
            object(json!({"state_event": "close", "add_labels": ["c"], "remove_labels": ["a"]}));
        let later = Context {
            now: "2026-12-03T11:00:00.000Z".into(),
            ..context
        };
        update(&issues(), &mut item, &change, &later);
        assert_eq!(item["state"], "closed");
        assert_eq!(item["closed_at"], "2026-12-03T11:00:00.000Z");
        assert_eq!(item["closed_by"]["username"], "alice");
        assert_eq!(item["labels"], json!(["b", "c"]));
        assert_eq!(item["updated_at"], "2026-12-03T11:00:00.000Z");
        update(
            &issues(),
            &mut item,
            &object(json!({"state_event": "reopen"})),
            &later,
        );
        assert_eq!(item["state"], "opened");
        assert_eq!(item["closed_at"], Value::Null);
        assert_eq!(item["closed_by"], Value::Null);
    }

    #[test]
    fn paths_come_from_names() {
        assert_eq!(slug("My New Project!"), "my-new-project");
        assert_eq!(slug("a.b_c"), "a.b_c");
    }
}
