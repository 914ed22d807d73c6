//! Where the stateful mock keeps its items: one collection per resource and parent, ID
//! sequences per schema, and the rules that find an item by the name a path gives it.

use std::collections::HashMap;

use bytes::Bytes;
use serde_json::{Map, Value};

use super::rules::{Key, Resource};

/// Fields that name an item in a path when the path does not give its number, in the order
/// they are tried: a project's `group/project`, a group's full path, a username, a label's or
/// branch's name, a variable's key.
const NAME_FIELDS: [&str; 6] = [
    "path_with_namespace",
    "full_path",
    "username",
    "name",
    "title",
    "key",
];

/// One stored item: its fields, and its JSON as sent (written once per change, so reading it
/// costs no serialisation).
#[derive(Clone, Debug)]
pub(crate) struct Item {
    /// The item's fields, in the example's order.
    pub value: Map<String, Value>,
    /// `value` serialised.
    pub json: Bytes,
}

impl Item {
    /// An item of these fields.
    pub(crate) fn new(value: Map<String, Value>) -> Self {
        let json = serde_json::to_vec(&value).map_or_else(|_| Bytes::new(), Bytes::from);
        Self { value, json }
    }
}

/// Where a collection lives: its resource, and the keys of its parents (`["1"]` for the
/// issues of project 1).
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub(crate) struct Place {
    /// Index of the resource in the rules.
    pub resource: usize,
    /// The key of each parent, outermost first.
    pub parents: Vec<String>,
}

/// The items of one resource under one parent, in the order they were created.
#[derive(Clone, Debug, Default)]
pub(crate) struct Collection {
    /// The items.
    pub items: Vec<Item>,
    /// The last `iid` given out here.
    pub last_iid: u64,
}

/// Every collection, and the ID sequences.
#[derive(Clone, Debug, Default)]
pub(crate) struct Store {
    /// The collections by place.
    pub collections: HashMap<Place, Collection>,
    /// The last `id` given out, per schema: issues of all projects share one sequence.
    last_ids: HashMap<String, u64>,
    /// How many items are stored in all.
    pub count: usize,
}

impl Store {
    /// The next `id` of `schema`.
    pub(crate) fn next_id(&mut self, schema: &str) -> u64 {
        let last = self.last_ids.entry(schema.to_owned()).or_default();
        *last += 1;
        *last
    }

    /// Records that `id` is taken in `schema`'s sequence (a seeded or requested ID).
    pub(crate) fn note_id(&mut self, schema: &str, id: u64) {
        let last = self.last_ids.entry(schema.to_owned()).or_default();
        *last = (*last).max(id);
    }

    /// The next `iid` at `place`.
    pub(crate) fn next_iid(&mut self, place: &Place) -> u64 {
        let collection = self.collections.entry(place.clone()).or_default();
        collection.last_iid += 1;
        collection.last_iid
    }

    /// Records that `iid` is taken at `place`.
    pub(crate) fn note_iid(&mut self, place: &Place, iid: u64) {
        let collection = self.collections.entry(place.clone()).or_default();
        collection.last_iid = collection.last_iid.max(iid);
    }

    /// Adds `item` at `place`.
    pub(crate) fn insert(&mut self, place: Place, item: Item) {
        self.collections.entry(place).or_default().items.push(item);
        self.count += 1;
    }

    /// The items at `place` (none if nothing was ever created there).
    pub(crate) fn items(&self, place: &Place) -> &[Item] {
        self.collections
            .get(place)
            .map_or(&[], |collection| collection.items.as_slice())
    }

    /// The position of the item at `place` that `text` names.
    pub(crate) fn position(&self, place: &Place, resource: &Resource, text: &str) -> Option<usize> {
        self.items(place)
            .iter()
            .position(|item| names(resource, &item.value, text))
    }

    /// The item at `place` that `text` names.
    pub(crate) fn find(&self, place: &Place, resource: &Resource, text: &str) -> Option<&Item> {
        let at = self.position(place, resource, text)?;
        self.items(place).get(at)
    }

    /// Removes and returns the item at `place` that `text` names.
    pub(crate) fn remove(
        &mut self,
        place: &Place,
        resource: &Resource,
        text: &str,
    ) -> Option<Item> {
        let at = self.position(place, resource, text)?;
        let item = self.collections.get_mut(place)?.items.remove(at);
        self.count -= 1;
        Some(item)
    }

    /// Replaces the item at position `at` of `place` (from [`Store::position`]) with `item`.
    pub(crate) fn replace(&mut self, place: &Place, at: usize, item: Item) {
        if let Some(slot) = self
            .collections
            .get_mut(place)
            .and_then(|c| c.items.get_mut(at))
        {
            *slot = item;
        }
    }
}

/// Whether `text`, from a path, names `item` of `resource`.
pub(crate) fn names(resource: &Resource, item: &Map<String, Value>, text: &str) -> bool {
    match &resource.key {
        Key::Iid => item.get("iid").is_some_and(|iid| same(iid, text)),
        Key::Id if is_number(text) => item.get("id").is_some_and(|id| same(id, text)),
        Key::Id => name_field(item).is_some_and(|name| name.eq_ignore_ascii_case(text)),
        Key::Field(field) => match item.get(field) {
            Some(value) => same(value, text),
            None => name_field(item).is_some_and(|name| name == text),
        },
    }
}

/// The text by which children and links name `item`: its `iid`, `id` or named field.
pub(crate) fn key_text(resource: &Resource, item: &Map<String, Value>) -> Option<String> {
    let value = match &resource.key {
        Key::Iid => item.get("iid"),
        Key::Id => item.get("id"),
        Key::Field(field) => item.get(field.as_str()).or_else(|| {
            NAME_FIELDS
                .iter()
                .find_map(|name| item.get(*name).filter(|v| v.is_string()))
        }),
    }?;
    text_of(value)
}

/// The first name field `item` has, as text.
fn name_field(item: &Map<String, Value>) -> Option<&str> {
    NAME_FIELDS
        .iter()
        .find_map(|name| item.get(*name).and_then(Value::as_str))
}

/// A scalar as the text a path or query would carry.
pub(crate) fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Whether a stored scalar equals `text`, as [`text_of`] writes it.
fn same(value: &Value, text: &str) -> bool {
    match value {
        Value::String(s) => s == text,
        other => text_of(other).is_some_and(|t| t == text),
    }
}

/// Whether `text` is a decimal number (an ID rather than a path).
fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::{Item, Place, Store, key_text, names};
    use crate::state::rules::{Key, Resource};
    use crate::state::seed::object;
    use serde_json::{Map, json};

    fn resource(key: Key) -> Resource {
        Resource {
            collection: "/projects".into(),
            segment: "projects".into(),
            parents: Vec::new(),
            key,
            schema: "Project".into(),
            name: "Project".into(),
            example: Map::new(),
            states: Vec::new(),
            nullable: std::collections::HashSet::new(),
        }
    }

    #[test]
    fn an_item_is_named_by_number_or_by_path() {
        let project = object(json!({"id": 7, "path_with_namespace": "Group/Project"}));
        let projects = resource(Key::Id);
        assert!(names(&projects, &project, "7"));
        assert!(names(&projects, &project, "group/project"));
        assert!(!names(&projects, &project, "8"));
        assert!(!names(&projects, &project, "group/other"));
        assert_eq!(key_text(&projects, &project).as_deref(), Some("7"));
        let issue = object(json!({"id": 90, "iid": 3}));
        let issues = resource(Key::Iid);
        assert!(names(&issues, &issue, "3") && !names(&issues, &issue, "90"));
        let branch = object(json!({"name": "main"}));
        let branches = resource(Key::Field("branch".into()));
        assert!(names(&branches, &branch, "main"));
        assert_eq!(key_text(&branches, &branch).as_deref(), Some("main"));
    }

    #[test]
    fn sequences_skip_taken_ids_and_counts_follow_changes() {
        let mut store = Store::default();
        store.note_id("Issue", 41);
        assert_eq!(store.next_id("Issue"), 42);
        assert_eq!(store.next_id("Label"), 1);
        let place = Place {
            resource: 0,
            parents: vec!["1".into()],
        };
        assert_eq!(store.next_iid(&place), 1);
        store.insert(
            place.clone(),
            Item::new(object(json!({"id": 42, "iid": 1}))),
        );
        assert_eq!(store.count, 1);
        let issues = resource(Key::Iid);
        assert!(store.find(&place, &issues, "1").is_some());
        assert!(store.remove(&place, &issues, "1").is_some());
        assert_eq!(store.count, 0);
        assert!(store.find(&place, &issues, "1").is_none());
        // Another parent's collection is another place.
        let other = Place {
            resource: 0,
            parents: vec!["2".into()],
        };
        assert_eq!(store.next_iid(&other), 1);
    }
}
