//! The client half: path segments, simple-style text and Rails-style query and form pairs.
//!
//! GitLab runs on Rails, whose parameter parser (Rack's) reads bracketed names as nested
//! values. Values go through serde first, so any `Serialize` type can be sent:
//!
//! | value | pairs |
//! |---|---|
//! | `state: "opened"` | `state=opened` |
//! | `labels[]: ["a", "b"]` | `labels[]=a`, `labels[]=b` |
//! | `labels: ["a", "b"]`, [`Style::Comma`] | `labels=a,b` |
//! | `override_params: {"visibility": "private"}` | `override_params[visibility]=private` |
//! | `variables: [{"key": "K", "value": "V"}]` | `variables[0][key]=K`, `variables[0][value]=V` |
//! | `h: {"list": ["x"]}` | `h[list][]=x` |
//!
//! Arrays that hold hashes or arrays are written in the indexed form GitLab documents
//! (`variables[0][key]`), which keeps every item apart whatever keys it has; arrays of scalars
//! use `[]`. A top-level name is used as given: the spec spells array parameters `labels[]`
//! where GitLab wants the brackets. `None`/null and empty arrays or hashes send nothing, except
//! that an empty comma list is sent as `labels=` (GitLab reads it as "clear the list").

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result, kind_of};

/// Everything except RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded, in
/// path segments and query components alike: `/` as `%2F`, `+` as `%2B` (some proxies read a
/// literal `+` as a space), `%` as `%25`, a space as `%20`.
const STRICT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Encodes `value` as one path segment.
///
/// GitLab matches routes before it decodes parameters, so a namespaced project path travels as
/// `group%2Fproject` and a branch `feature/x` as `feature%2Fx`. A segment that is exactly `.`
/// or `..` is sent as `%2E` or `%2E%2E`: left alone, URL normalisation (in the client's URL
/// library, proxies and GitLab's own router) would remove it or the segment before it.
///
/// ```
/// use gitlab_wire::encode::path_segment;
/// assert_eq!(path_segment("group/sub project"), "group%2Fsub%20project");
/// assert_eq!(path_segment("v1.0+build"), "v1.0%2Bbuild");
/// assert_eq!(path_segment(".."), "%2E%2E");
/// ```
#[must_use]
pub fn path_segment(value: &str) -> String {
    match value {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        _ => component(value),
    }
}

/// Encodes a query or form component (a name or a value): everything but RFC 3986's unreserved
/// characters, so `+`, `/`, `=` and `&` survive as data.
///
/// ```
/// assert_eq!(gitlab_wire::encode::component("a+b/c=d"), "a%2Bb%2Fc%3Dd");
/// ```
#[must_use]
pub fn component(value: &str) -> String {
    utf8_percent_encode(value, STRICT).to_string()
}

/// Encodes name/value pairs as `a=1&b=2` (without a leading `?`), for a query string or an
/// `application/x-www-form-urlencoded` body.
#[must_use]
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

/// How an array or hash parameter is spelled in a query string or form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Style {
    /// One pair per item: `a[]=1&a[]=2` (or `a=1&a=2` when the name carries no `[]`).
    #[default]
    Form,
    /// All items joined with commas into one pair: `a=1,2`.
    Comma,
    /// Bracketed keys for hashes: `h[k]=v`; arrays are written as with [`Style::Form`].
    DeepObject,
}

/// An ordered list of query parameters, not yet encoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// An empty query.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a pair, keeping any earlier pair with the same name.
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        self.pairs.push((name.to_owned(), value.into()));
    }

    /// All pairs in order.
    #[must_use]
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// True when there are no pairs.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The first value for `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Replaces every pair called `name` by one pair (where the first one was), or appends it.
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

    /// Serialises `value` and appends it under `name` in Rails' bracketed forms (see the
    /// [module documentation](self)); `None`/null adds nothing.
    ///
    /// # Errors
    /// When the value cannot be serialized, a comma list holds something other than scalars,
    /// or a hash key is empty or holds a bracket (Rack would read it as nesting).
    pub fn push_serialize<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
    ) -> Result<()> {
        let value = to_value(name, value)?;
        flatten(&mut self.pairs, name, &value, style, false)
    }

    /// Encodes the pairs as `a=1&b=2`.
    #[must_use]
    pub fn encode(&self) -> String {
        encode_query(&self.pairs)
    }
}

impl From<Vec<(String, String)>> for Query {
    fn from(pairs: Vec<(String, String)>) -> Self {
        Self { pairs }
    }
}

/// Flattens a struct or map of fields into name/value pairs, for form and multipart bodies:
/// every field as [`Query::push_serialize`] writes it with [`Style::Form`].
///
/// # Errors
/// When the fields cannot be serialized, are not an object (a struct or a map), or hold a
/// value [`Query::push_serialize`] refuses.
pub fn flatten_fields<T: Serialize + ?Sized>(fields: &T) -> Result<Vec<(String, String)>> {
    let value = to_value("", fields)?;
    let mut pairs = Vec::new();
    match &value {
        Value::Null => {}
        Value::Object(map) => {
            for (name, value) in map {
                flatten(&mut pairs, name, value, Style::Form, false)?;
            }
        }
        other => return Err(Error::BodyNotObject(kind_of(other))),
    }
    Ok(pairs)
}

/// The text of a path or header value: what `value` serialises to, as OpenAPI's `simple`
/// style writes it.
///
/// A string is its content (no quotes), a number or boolean its JSON text, and a list of those
/// its items joined with commas; `None`/null is empty. This makes every generated type usable
/// as a parameter: string enums give their wire names, newtypes and `oneOf` values the value
/// they hold (`42`, `group/project`).
///
/// # Errors
/// When the value cannot be serialized or is (or holds) a hash or a nested list.
pub fn text<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    match to_value("", value)? {
        Value::Null => Ok(String::new()),
        Value::Array(items) => items
            .iter()
            .map(|item| scalar(item).ok_or(Error::NotText("a list holding a list or an object")))
            .collect::<Result<Vec<_>>>()
            .map(|items| items.join(",")),
        other => scalar(&other).ok_or(Error::NotText(kind_of(&other))),
    }
}

fn to_value<T: Serialize + ?Sized>(name: &str, value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|source| Error::Serialize {
        name: name.to_owned(),
        source,
    })
}

/// The text of a scalar; `None` for null, arrays and objects.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

/// Appends the pairs of `value` under `name`; `nested` is false only for a top-level name,
/// which is used as given.
fn flatten(
    out: &mut Vec<(String, String)>,
    name: &str,
    value: &Value,
    style: Style,
    nested: bool,
) -> Result<()> {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, child) in map {
                if key.is_empty() || key.contains(['[', ']']) {
                    return Err(Error::UnsupportedShape {
                        name: format!("{name}[{key}]"),
                        reason: "a hash key must be non-empty and hold no `[` or `]`",
                    });
                }
                flatten(out, &format!("{name}[{key}]"), child, style, true)?;
            }
        }
        Value::Array(items)
            if items
                .iter()
                .all(|item| scalar(item).is_some() || item.is_null()) =>
        {
            let values = items.iter().filter_map(scalar);
            if style == Style::Comma {
                // An empty comma list is still sent: GitLab reads `labels=` as "clear".
                out.push((name.to_owned(), values.collect::<Vec<_>>().join(",")));
            } else {
                let item_name = if nested && !name.ends_with("[]") {
                    format!("{name}[]")
                } else {
                    name.to_owned()
                };
                out.extend(values.map(|v| (item_name.clone(), v)));
            }
        }
        Value::Array(_) if style == Style::Comma => {
            return Err(Error::UnsupportedShape {
                name: name.to_owned(),
                reason: "a comma-separated list holds only scalars",
            });
        }
        Value::Array(items) => {
            // Items that are hashes or arrays need an index each: `v[0][key]=K&v[0][value]=V`.
            // Items that send nothing (null, empty containers) take no index, so the indices
            // stay dense.
            let base = name.strip_suffix("[]").unwrap_or(name);
            let mut index = 0usize;
            for item in items {
                let before = out.len();
                flatten(out, &format!("{base}[{index}]"), item, style, true)?;
                if out.len() > before {
                    index += 1;
                }
            }
        }
        scalar_value => {
            if let Some(text) = scalar(scalar_value) {
                out.push((name.to_owned(), text));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn flat(name: &str, value: &Value, style: Style) -> Vec<(String, String)> {
        let mut query = Query::new();
        query
            .push_serialize(name, value, style)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
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
        assert_eq!(path_segment("src/README.md"), "src%2FREADME.md");
        assert_eq!(path_segment("a+b c%"), "a%2Bb%20c%25");
        assert_eq!(path_segment("100%"), "100%25");
        assert_eq!(path_segment("é"), "%C3%A9");
        assert_eq!(path_segment(".."), "%2E%2E");
        assert_eq!(path_segment("."), "%2E");
        assert_eq!(path_segment("..."), "...");
        assert_eq!(path_segment("v1.0-rc_1~x"), "v1.0-rc_1~x");
    }

    #[test]
    fn text_of_values() {
        #[derive(Serialize)]
        #[serde(untagged)]
        enum NameOrId {
            Id(i64),
            Name(String),
        }
        fn text_of<T: Serialize>(value: &T) -> String {
            text(value).unwrap_or_else(|e| format!("error: {e}"))
        }
        assert_eq!(text_of(&NameOrId::Id(42)), "42");
        assert_eq!(
            text_of(&NameOrId::Name("group/project".into())),
            "group/project"
        );
        assert_eq!(text_of(&true), "true");
        assert_eq!(text_of(&1.5), "1.5");
        assert_eq!(text_of(&None::<u8>), "");
        assert_eq!(text_of(&vec!["a", "b,c"]), "a,b,c");
        assert!(text(&json!({"a": 1})).is_err());
        assert!(text(&json!([[1]])).is_err());
    }

    #[test]
    fn scalars_and_null() {
        assert_eq!(flat("p", &json!(null), Style::Form), pairs(&[]));
        assert_eq!(
            flat("p", &json!(true), Style::Form),
            pairs(&[("p", "true")])
        );
        assert_eq!(flat("p", &json!(3), Style::Form), pairs(&[("p", "3")]));
        assert_eq!(flat("p", &json!(""), Style::Form), pairs(&[("p", "")]));
        let mut query = Query::new();
        query
            .push_serialize("state", &Some("opened"), Style::Form)
            .unwrap();
        query
            .push_serialize("iid", &None::<u64>, Style::Form)
            .unwrap();
        query.push_serialize("per_page", &50, Style::Form).unwrap();
        assert_eq!(
            query.pairs(),
            pairs(&[("state", "opened"), ("per_page", "50")])
        );
    }

    #[test]
    fn arrays_use_brackets_and_comma_style_joins() {
        let mut query = Query::new();
        query
            .push_serialize("labels[]", &["a", "b"], Style::Form)
            .unwrap();
        query.push_serialize("ids", &[1, 2], Style::Comma).unwrap();
        query.push_serialize("plain", &[1, 2], Style::Form).unwrap();
        query
            .push_serialize("cleared", &Vec::<String>::new(), Style::Comma)
            .unwrap();
        query
            .push_serialize("none[]", &Vec::<String>::new(), Style::Form)
            .unwrap();
        assert_eq!(
            query.pairs(),
            pairs(&[
                ("labels[]", "a"),
                ("labels[]", "b"),
                ("ids", "1,2"),
                ("plain", "1"),
                ("plain", "2"),
                ("cleared", "")
            ])
        );
        let err = Query::new()
            .push_serialize("labels", &json!([{"a": 1}]), Style::Comma)
            .unwrap_err();
        assert!(err.to_string().contains("`labels`"), "{err}");
    }

    #[test]
    fn hashes_and_nesting() {
        assert_eq!(
            flat(
                "p",
                &json!({"a": "1", "b": {"c": 2}, "d": ["x", "y"]}),
                Style::DeepObject
            ),
            pairs(&[
                ("p[a]", "1"),
                ("p[b][c]", "2"),
                ("p[d][]", "x"),
                ("p[d][]", "y")
            ])
        );
        assert_eq!(
            flat(
                "override_params",
                &json!({"visibility": "private"}),
                Style::Form
            ),
            pairs(&[("override_params[visibility]", "private")])
        );
    }

    #[test]
    fn arrays_of_hashes_are_indexed_as_documented() {
        let variables = json!([{"key": "A", "value": "1"}, {"key": "B", "value": "2"}]);
        let expected = pairs(&[
            ("variables[0][key]", "A"),
            ("variables[0][value]", "1"),
            ("variables[1][key]", "B"),
            ("variables[1][value]", "2"),
        ]);
        assert_eq!(flat("variables", &variables, Style::Form), expected);
        // A spec name carrying `[]` gives the same pairs.
        assert_eq!(flat("variables[]", &variables, Style::Form), expected);
        // Items that send nothing take no index; scalars beside hashes are indexed too.
        assert_eq!(
            flat("v", &json!([null, {}, {"k": 1}, "x", [1, 2]]), Style::Form),
            pairs(&[
                ("v[0][k]", "1"),
                ("v[1]", "x"),
                ("v[2][]", "1"),
                ("v[2][]", "2")
            ])
        );
    }

    #[test]
    fn unspellable_hash_keys_are_refused_with_their_name() {
        for key in ["", "a[b", "c]"] {
            let mut map = serde_json::Map::new();
            map.insert(key.to_owned(), json!(1));
            let err = Query::new()
                .push_serialize("h", &Value::Object(map), Style::DeepObject)
                .unwrap_err();
            assert!(err.to_string().contains(&format!("`h[{key}]`")), "{err}");
        }
    }

    #[test]
    fn form_bodies_flatten_their_fields() {
        let fields = json!({"title": "T", "labels": ["a"], "vars": [{"k": "v"}]});
        assert_eq!(
            flatten_fields(&fields).unwrap(),
            pairs(&[("title", "T"), ("labels", "a"), ("vars[0][k]", "v")])
        );
        assert_eq!(flatten_fields(&None::<u8>).unwrap(), pairs(&[]));
        assert!(matches!(
            flatten_fields(&[1]),
            Err(Error::BodyNotObject("an array"))
        ));
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
        assert_eq!(
            encode_query(&pairs(&[("labels[]", "a&b=c")])),
            "labels%5B%5D=a%26b%3Dc"
        );
    }
}
