//! Which stored items a list request selects, and in which order: equality filters where a
//! query parameter matches a field (`state`, `labels`, `author_id`, `iids[]`), `search`, and
//! `order_by`/`sort` over the field they name.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::store::{Item, text_of};

/// The keyset cursors, which say where a page starts rather than select items (`order_by`,
/// `sort` and `search` are read on their own; the conventions are not filters either).
const NOT_FILTERS: [&str; 2] = ["id_after", "id_before"];

/// What a list request asked for.
pub(crate) struct Query<'a> {
    /// The sent query parameters (coerced values by name).
    pub filters: Vec<(&'a str, &'a Value)>,
    /// `search`, if sent.
    pub search: Option<&'a str>,
    /// `order_by`, if sent.
    pub order_by: Option<&'a str>,
    /// Whether the order is descending: `sort=desc`, or by default on lists that can be
    /// sorted (GitLab lists those newest first).
    pub descending: bool,
}

impl<'a> Query<'a> {
    /// The query of `values`; `sortable` when the list takes `order_by` or `sort`.
    pub(crate) fn new(values: impl Iterator<Item = (&'a str, &'a Value)>, sortable: bool) -> Self {
        let mut query = Query {
            filters: Vec::new(),
            search: None,
            order_by: None,
            descending: sortable,
        };
        for (name, value) in values {
            match name {
                "search" => query.search = value.as_str(),
                "order_by" => query.order_by = value.as_str(),
                "sort" => query.descending = value.as_str() != Some("asc"),
                _ if NOT_FILTERS.contains(&name)
                    || super::CONVENTIONS.contains(&name)
                    || name.starts_with("with_")
                    || name.starts_with("include_") => {}
                _ => query.filters.push((name, value)),
            }
        }
        query
    }

    /// The items selected, in order.
    pub(crate) fn select<'i>(&self, items: &'i [Item]) -> Vec<&'i Item> {
        let mut selected: Vec<&Item> = items
            .iter()
            .filter(|item| {
                self.filters
                    .iter()
                    .all(|(name, value)| matches(&item.value, name, value))
                    && self.search.is_none_or(|text| found(&item.value, text))
            })
            .collect();
        if let Some(field) = self.order_by {
            selected.sort_by(|a, b| compare(a.value.get(field), b.value.get(field)));
        }
        if self.descending {
            selected.reverse();
        }
        selected
    }
}

/// Whether `item` passes the filter `name=value`. A parameter that names no field of the
/// item does not filter, nor do GitLab's "no filter" values (`all`, `any`, `none`).
fn matches(item: &Map<String, Value>, name: &str, value: &Value) -> bool {
    if value.as_str().is_some_and(|v| {
        ["all", "any", "none"]
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w))
    }) {
        return true;
    }
    if let Some(field) = item.get(name) {
        return equal(field, value);
    }
    // `iids[]=1&iids[]=2` selects by `iid`.
    if let Some(field) = name.strip_suffix('s').and_then(|single| item.get(single))
        && let Value::Array(wanted) = value
    {
        return wanted.iter().any(|w| equal(field, w));
    }
    // `author_id=5` and `author_username=x` look into `author` (or `assignees`).
    for (suffix, inner) in [("_id", "id"), ("_username", "username")] {
        if let Some(base) = name.strip_suffix(suffix) {
            if let Some(Value::Object(object)) = item.get(base) {
                return object.get(inner).is_some_and(|field| equal(field, value));
            }
            if let Some(Value::Array(list)) = item.get(&format!("{base}s")) {
                return list
                    .iter()
                    .any(|entry| entry.get(inner).is_some_and(|field| equal(field, value)));
            }
        }
    }
    true
}

/// Whether a stored field equals a sent value: scalars by their text (`5` and `"5"`, `true`
/// and `"true"`), a list by containing every sent value, an object by its `id`, `name`,
/// `title` or `username`.
fn equal(field: &Value, sent: &Value) -> bool {
    match (field, sent) {
        (Value::Array(list), Value::Array(wanted)) => wanted
            .iter()
            .all(|w| list.iter().any(|entry| equal(entry, w))),
        (Value::Array(list), _) => list.iter().any(|entry| equal(entry, sent)),
        // A flag such as `statistics=true` asks for more fields; it selects nothing.
        (Value::Object(_), Value::Bool(_)) => true,
        (Value::Object(object), _) => ["id", "name", "title", "username"]
            .iter()
            .any(|key| object.get(*key).is_some_and(|inner| equal(inner, sent))),
        (_, Value::Array(wanted)) => wanted.iter().any(|w| equal(field, w)),
        _ => match (text_of(field), text_of(sent)) {
            (Some(a), Some(b)) => a == b,
            _ => field == sent,
        },
    }
}

/// Whether `text` is in the item's title, name, description or path (case-insensitively).
fn found(item: &Map<String, Value>, text: &str) -> bool {
    let text = text.to_lowercase();
    ["title", "name", "description", "path", "username"]
        .iter()
        .filter_map(|key| item.get(*key).and_then(Value::as_str))
        .any(|field| field.to_lowercase().contains(&text))
}

/// Orders two fields: numbers by value, text by text, absent or `null` first.
fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (Some(Value::Number(a)), Some(Value::Number(b))) => a
            .as_f64()
            .partial_cmp(&b.as_f64())
            .unwrap_or(Ordering::Equal),
        (Some(Value::String(a)), Some(Value::String(b))) => a.cmp(b),
        (Some(Value::Null) | None, Some(Value::Null) | None) => Ordering::Equal,
        (Some(Value::Null) | None, _) => Ordering::Less,
        (_, Some(Value::Null) | None) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::Query;
    use crate::state::seed::object;
    use crate::state::store::Item;
    use serde_json::{Value, json};

    fn items() -> Vec<Item> {
        [
            json!({"id": 1, "iid": 1, "title": "First bug", "state": "opened", "labels": ["bug"],
                   "author": {"id": 2, "username": "alice"}, "assignees": []}),
            json!({"id": 2, "iid": 2, "title": "Second", "state": "closed", "labels": ["bug", "ui"],
                   "author": {"id": 3, "username": "bob"}, "assignees": [{"id": 2}]}),
            json!({"id": 3, "iid": 3, "title": "Third", "state": "opened", "labels": [],
                   "author": {"id": 2, "username": "alice"}, "assignees": []}),
        ]
        .into_iter()
        .map(|value| Item::new(object(value)))
        .collect()
    }

    fn ids(query: &[(&str, Value)], sortable: bool) -> Vec<i64> {
        let items = items();
        let query = Query::new(query.iter().map(|(k, v)| (*k, v)), sortable);
        query
            .select(&items)
            .iter()
            .filter_map(|item| item.value["id"].as_i64())
            .collect()
    }

    #[test]
    fn filters_match_fields_and_unknown_parameters_do_not_filter() {
        assert_eq!(ids(&[("state", json!("opened"))], false), [1, 3]);
        assert_eq!(ids(&[("state", json!("all"))], false), [1, 2, 3]);
        assert_eq!(ids(&[("labels", json!(["bug", "ui"]))], false), [2]);
        assert_eq!(ids(&[("author_id", json!(2))], false), [1, 3]);
        assert_eq!(ids(&[("author_username", json!("bob"))], false), [2]);
        assert_eq!(ids(&[("assignee_id", json!(2))], false), [2]);
        assert_eq!(ids(&[("iids", json!([1, 3]))], false), [1, 3]);
        assert_eq!(ids(&[("search", json!("BUG"))], false), [1]);
        assert_eq!(
            ids(&[("with_labels_details", json!(true))], false),
            [1, 2, 3]
        );
    }

    #[test]
    fn sortable_lists_are_newest_first_unless_asked() {
        assert_eq!(ids(&[], true), [3, 2, 1]);
        assert_eq!(ids(&[("sort", json!("asc"))], true), [1, 2, 3]);
        assert_eq!(
            ids(
                &[("order_by", json!("title")), ("sort", json!("asc"))],
                true
            ),
            [1, 2, 3]
        );
        assert_eq!(ids(&[("order_by", json!("title"))], true), [3, 2, 1]);
    }
}
