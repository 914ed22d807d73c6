//! Percent-encoding of path segments and flattening of query parameters.
//!
//! GitLab runs on Rails, which reads `name[key]=value` as a hash and
//! `name[]=value` as an array; these helpers produce exactly those shapes.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// Everything except RFC 3986 unreserved characters gets encoded, so that a
/// `/` inside a project path or a `+` in a branch name survives intact.
const STRICT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Encodes one path segment, including `/`, `+`, `%` and spaces.
///
/// A segment that is exactly `.` or `..` is encoded as `%2E` or `%2E%2E`,
/// because left alone it would be removed by URL normalisation.
pub fn path_segment(value: &str) -> String {
    match value {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        _ => utf8_percent_encode(value, STRICT).to_string(),
    }
}

/// Encodes a query component (a name or a value) with the same strict set.
fn component(value: &str) -> String {
    utf8_percent_encode(value, STRICT).to_string()
}

/// Encodes name/value pairs as `a=1&b=2`, without the leading `?`.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&component(name));
        out.push('=');
        out.push_str(&component(value));
    }
    out
}

/// A parameter that accepts either a numeric ID or a full path such as `group/project`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdOrPath(String);

impl IdOrPath {
    /// The value encoded as one path segment, e.g. `group%2Fproject`.
    pub fn encoded(&self) -> String {
        path_segment(&self.0)
    }

    /// The plain, decoded value.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn from_text(text: &str) -> Self {
        // Callers often copy an already encoded path out of a URL; decoding it
        // first keeps `group%2Fproject` from turning into `group%252Fproject`.
        if looks_encoded(text)
            && let Ok(decoded) = percent_decode_str(text).decode_utf8()
        {
            return IdOrPath(decoded.into_owned());
        }
        IdOrPath(text.to_owned())
    }
}

/// True when the text contains a `%` followed by two hex digits.
fn looks_encoded(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

impl fmt::Display for IdOrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for IdOrPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl From<u64> for IdOrPath {
    fn from(id: u64) -> Self {
        IdOrPath(id.to_string())
    }
}

impl From<i64> for IdOrPath {
    fn from(id: i64) -> Self {
        IdOrPath(id.to_string())
    }
}

impl From<u32> for IdOrPath {
    fn from(id: u32) -> Self {
        IdOrPath(id.to_string())
    }
}

impl From<&str> for IdOrPath {
    fn from(path: &str) -> Self {
        IdOrPath::from_text(path)
    }
}

impl From<String> for IdOrPath {
    fn from(path: String) -> Self {
        IdOrPath::from_text(&path)
    }
}

impl From<&String> for IdOrPath {
    fn from(path: &String) -> Self {
        IdOrPath::from_text(path)
    }
}

/// How an array parameter is written into the query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// One `name=value` pair per item (the name carries `[]` when GitLab wants it).
    #[default]
    Form,
    /// All items joined with commas into one `name=a,b` pair.
    Comma,
    /// Objects as `name[key]=value`; arrays behave like [`Style::Form`].
    DeepObject,
}

/// An ordered list of query parameters, not yet encoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Query::default()
    }

    /// Appends a pair, keeping any earlier pair with the same name.
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        self.pairs.push((name.to_owned(), value.into()));
    }

    /// All pairs in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// True when there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The first value for `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Replaces every pair called `name` by one pair, or appends it.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        match self.pairs.iter().position(|(n, _)| n == name) {
            Some(index) => {
                self.pairs[index].1 = value;
                let mut seen = 0usize;
                self.pairs.retain(|(n, _)| {
                    if n != name {
                        return true;
                    }
                    seen += 1;
                    seen == 1
                });
            }
            None => self.pairs.push((name.to_owned(), value)),
        }
    }

    /// Removes every pair called `name`.
    pub fn remove(&mut self, name: &str) {
        self.pairs.retain(|(n, _)| n != name);
    }

    /// Serialises `value` and appends it under `name`, flattening arrays and
    /// objects the way Rails parses them; `None`/null adds nothing.
    pub fn push_serialize<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
    ) -> Result<()> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::Encode(format!("parameter `{name}`: {e}")))?;
        flatten(&mut self.pairs, name, &value, style, false);
        Ok(())
    }

    /// Encodes the pairs as `a=1&b=2`.
    pub fn encode(&self) -> String {
        encode_query(&self.pairs)
    }
}

impl From<Vec<(String, String)>> for Query {
    fn from(pairs: Vec<(String, String)>) -> Self {
        Query { pairs }
    }
}

/// Serialises a struct of fields into flat name/value pairs, used for form
/// and multipart bodies.
pub(crate) fn flatten_fields<T: Serialize + ?Sized>(fields: &T) -> Result<Vec<(String, String)>> {
    let value = serde_json::to_value(fields).map_err(|e| Error::Encode(e.to_string()))?;
    let mut pairs = Vec::new();
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (name, value) in &map {
                flatten(&mut pairs, name, value, Style::Form, false);
            }
        }
        other => {
            return Err(Error::Encode(format!(
                "a request body must be an object, not {other}"
            )));
        }
    }
    Ok(pairs)
}

/// The text of a path or header value: what `value` serialises to, as the OpenAPI `simple`
/// style writes it.
///
/// A string is its content (no quotes), a number or boolean its JSON text, and a list of those
/// its items joined with commas; `None`/null is empty. This is what makes every generated type
/// usable as a parameter: string enums give their wire names, newtypes and `oneOf` values the
/// value they hold (`42`, `group/project`). Objects have no text and are refused.
pub fn text<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let value = serde_json::to_value(value).map_err(|e| Error::Encode(e.to_string()))?;
    match &value {
        Value::Null => Ok(String::new()),
        Value::Array(items) => items
            .iter()
            .map(|item| {
                scalar(item).ok_or_else(|| {
                    Error::Encode(format!("a list item of a path or header value is {item}"))
                })
            })
            .collect::<Result<Vec<_>>>()
            .map(|items| items.join(",")),
        other => scalar(other)
            .ok_or_else(|| Error::Encode(format!("a path or header value cannot be {other}"))),
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The name used for the items of an array; top-level names from the spec
/// already carry `[]` when GitLab wants it, nested ones never do.
fn array_name(name: &str, nested: bool) -> String {
    if nested && !name.ends_with("[]") {
        format!("{name}[]")
    } else {
        name.to_owned()
    }
}

fn flatten(out: &mut Vec<(String, String)>, name: &str, value: &Value, style: Style, nested: bool) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, child) in map {
                flatten(out, &format!("{name}[{key}]"), child, style, true);
            }
        }
        Value::Array(items) => {
            if items
                .iter()
                .all(|item| !item.is_object() && !item.is_array())
            {
                let values: Vec<String> = items.iter().filter_map(scalar).collect();
                if style == Style::Comma {
                    // An empty comma list is still sent: GitLab reads `labels=` as "clear".
                    out.push((name.to_owned(), values.join(",")));
                } else {
                    let item_name = array_name(name, nested);
                    out.extend(values.into_iter().map(|v| (item_name.clone(), v)));
                }
                return;
            }
            // Arrays of hashes become `name[][key]=value`, which Rails groups
            // into one hash per item because each item starts with its first key.
            let base = if name.ends_with("[]") {
                name.to_owned()
            } else {
                format!("{name}[]")
            };
            for item in items {
                match item {
                    Value::Object(map) => {
                        for (key, child) in map {
                            flatten(out, &format!("{base}[{key}]"), child, style, true);
                        }
                    }
                    other => flatten(out, &base, other, style, false),
                }
            }
        }
        other => {
            if let Some(text) = scalar(other) {
                out.push((name.to_owned(), text));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn flat(value: Value, style: Style) -> Vec<(String, String)> {
        let mut query = Query::new();
        query.push_serialize("p", &value, style).unwrap_or_default();
        query.pairs().to_vec()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn path_segments() {
        assert_eq!(path_segment("group/sub/project"), "group%2Fsub%2Fproject");
        assert_eq!(path_segment("lib/class.rb"), "lib%2Fclass.rb");
        assert_eq!(path_segment("a+b c%"), "a%2Bb%20c%25");
        assert_eq!(path_segment(".."), "%2E%2E");
        assert_eq!(path_segment("."), "%2E");
        assert_eq!(path_segment("v1.0-rc_1~x"), "v1.0-rc_1~x");
    }

    #[test]
    fn id_or_path() {
        assert_eq!(IdOrPath::from(42u64).encoded(), "42");
        assert_eq!(IdOrPath::from(-1i64).to_string(), "-1");
        assert_eq!(
            IdOrPath::from("group/sub/project").encoded(),
            "group%2Fsub%2Fproject"
        );
        assert_eq!(
            IdOrPath::from("group%2Fproject").encoded(),
            "group%2Fproject"
        );
        assert_eq!(
            IdOrPath::from("group%2fproject").to_string(),
            "group/project"
        );
        assert_eq!(IdOrPath::from(String::from("a+b")).encoded(), "a%2Bb");
        assert_eq!(IdOrPath::from(&String::from("50%")).encoded(), "50%25");
    }

    #[test]
    fn text_of_values() {
        #[derive(Serialize)]
        #[serde(untagged)]
        enum NameOrId {
            Id(i64),
            Name(String),
        }
        fn text<T: Serialize>(value: &T) -> String {
            super::text(value).unwrap_or_else(|e| format!("error: {e}"))
        }
        assert_eq!(text(&NameOrId::Id(42)), "42");
        assert_eq!(
            text(&NameOrId::Name("group/project".into())),
            "group/project"
        );
        assert_eq!(text(&true), "true");
        assert_eq!(text(&1.5), "1.5");
        assert_eq!(text(&None::<u8>), "");
        assert_eq!(text(&vec!["a", "b,c"]), "a,b,c");
        assert!(super::text(&json!({"a": 1})).is_err());
        assert!(super::text(&json!([[1]])).is_err());
    }

    #[test]
    fn scalars_and_null() {
        assert_eq!(flat(json!(null), Style::Form), pairs(&[]));
        assert_eq!(flat(json!(true), Style::Form), pairs(&[("p", "true")]));
        assert_eq!(flat(json!(3), Style::Form), pairs(&[("p", "3")]));
        let mut query = Query::new();
        query
            .push_serialize("x", &None::<u32>, Style::Form)
            .unwrap_or_default();
        assert!(query.is_empty());
    }

    #[test]
    fn arrays() {
        let mut query = Query::new();
        query
            .push_serialize("labels[]", &["a", "b"], Style::Form)
            .unwrap_or_default();
        query
            .push_serialize("ids", &[1, 2], Style::Comma)
            .unwrap_or_default();
        assert_eq!(
            query.pairs(),
            pairs(&[("labels[]", "a"), ("labels[]", "b"), ("ids", "1,2")])
        );
    }

    #[test]
    fn hashes_and_nesting() {
        assert_eq!(
            flat(
                json!({"a": "1", "b": {"c": 2}, "d": ["x", "y"]}),
                Style::DeepObject
            ),
            pairs(&[
                ("p[a]", "1"),
                ("p[b][c]", "2"),
                ("p[d][]", "x"),
                ("p[d][]", "y")
            ])
        );
    }

    #[test]
    fn array_of_hashes() {
        assert_eq!(
            flat(
                json!([{"key": "A", "value": "1"}, {"key": "B", "value": "2"}]),
                Style::Form
            ),
            pairs(&[
                ("p[][key]", "A"),
                ("p[][value]", "1"),
                ("p[][key]", "B"),
                ("p[][value]", "2")
            ])
        );
        let mut query = Query::new();
        query
            .push_serialize("variables[]", &json!([{"key": "A"}]), Style::Form)
            .unwrap_or_default();
        assert_eq!(query.pairs(), pairs(&[("variables[][key]", "A")]));
    }

    #[test]
    fn query_editing_and_encoding() {
        let mut query = Query::new();
        query.push("a", "1");
        query.push("a", "2");
        query.push("b", "x y+z/é");
        query.set("a", "3");
        assert_eq!(query.get("a"), Some("3"));
        assert_eq!(query.encode(), "a=3&b=x%20y%2Bz%2F%C3%A9");
        query.remove("a");
        query.set("c", "");
        assert_eq!(query.encode(), "b=x%20y%2Bz%2F%C3%A9&c=");
    }
}
