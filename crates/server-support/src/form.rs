//! GitLab's (Rack's) encoding of query strings and form bodies.
//!
//! Keys may carry brackets: `a[]=1` appends to an array, `h[k]=v` sets a hash key, and
//! `v[][k]=x&v[][j]=y` builds an array of hashes, starting a new hash whenever the key is
//! already set in the last one (Rack's rule, so `v[][k]=1&v[][k]=2` gives two hashes). Leaves
//! are always strings; [`crate::validate`] coerces them to the declared kinds.

use std::borrow::Cow;
use std::collections::BTreeMap;

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

/// Splits `a=1&b=2` into decoded pairs, reading `+` as a space as HTML forms do.
pub(crate) fn parse_pairs(raw: &str) -> Vec<(String, String)> {
    raw_pairs(raw)
        .map(|(key, value)| {
            (
                decode_component(key).into_owned(),
                decode_component(value).into_owned(),
            )
        })
        .collect()
}

/// The `key=value` pairs of `raw`, still encoded; a pair without `=` has an empty value.
pub(crate) fn raw_pairs(raw: &str) -> impl Iterator<Item = (&str, &str)> {
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// Decodes one query component: `+` is a space, `%XX` a byte; invalid UTF-8 is replaced.
/// Text without either is returned as it is, without copying.
pub(crate) fn decode_component(raw: &str) -> Cow<'_, str> {
    if !raw.contains(['+', '%']) {
        return Cow::Borrowed(raw);
    }
    let spaced = raw.replace('+', " ");
    Cow::Owned(percent_decode_str(&spaced).decode_utf8_lossy().into_owned())
}

/// Parameters decoded from a query string, a form body or multipart text fields.
#[derive(Debug, Default)]
pub(crate) struct FormParams {
    /// The nested structure Rack would build; a repeated plain key keeps its last value.
    pub(crate) tree: Map<String, Value>,
    /// Every value of each bracket-less key sent more than once, so `a=1&a=2` can fill a
    /// form-style array.
    pub(crate) repeated: BTreeMap<String, Vec<String>>,
}

/// One step of a bracketed key.
#[derive(Debug, PartialEq)]
enum Step {
    /// `[name]`
    Key(String),
    /// `[]`
    Push,
}

impl FormParams {
    /// Parses a query string or form-urlencoded body.
    pub(crate) fn parse(raw: &str) -> Self {
        let mut params = Self::default();
        for (key, value) in raw_pairs(raw) {
            params.insert(&decode_component(key), decode_component(value).into_owned());
        }
        params
    }

    /// Adds one decoded `key=value` pair.
    pub(crate) fn insert(&mut self, key: &str, value: String) {
        let (base, steps) = split_key(key);
        if base.is_empty() {
            return;
        }
        if steps.is_empty() {
            // Only keys sent more than once are recorded, with every plain value so far.
            if let Some(all) = self.repeated.get_mut(base) {
                all.push(value.clone());
            } else if let Some(Value::String(previous)) = self.tree.get(base) {
                self.repeated
                    .insert(base.to_owned(), vec![previous.clone(), value.clone()]);
            }
        }
        set_path(&mut self.tree, base, &steps, Value::String(value));
    }

    /// The value stored under `key`; small forms (the usual case) are searched without
    /// hashing.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        if self.tree.len() <= 8 {
            self.tree.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
        } else {
            self.tree.get(key)
        }
    }
}

/// Splits `a[b][]` into `a` and its steps; a key with unbalanced brackets is taken literally.
fn split_key(key: &str) -> (&str, Vec<Step>) {
    let Some(open) = key.find('[') else {
        return (key, Vec::new());
    };
    let (base, mut rest) = key.split_at(open);
    let mut steps = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return (key, Vec::new());
        };
        let name = &inner[..close];
        steps.push(if name.is_empty() {
            Step::Push
        } else {
            Step::Key(name.to_owned())
        });
        rest = &inner[close + 1..];
    }
    if rest.is_empty() {
        (base, steps)
    } else {
        (key, Vec::new())
    }
}

/// Stores `value` under `key` followed by `steps` in `map`, creating containers on the way.
///
/// A container of the wrong shape (e.g. `a=1&a[]=2`) is replaced: Rack rejects such requests,
/// but a mock server is more useful when it keeps the later, more specific spelling.
fn set_path(map: &mut Map<String, Value>, key: &str, steps: &[Step], value: Value) {
    match steps.split_first() {
        None => {
            map.insert(key.to_owned(), value);
        }
        Some((Step::Key(child), rest)) => {
            let entry = map
                .entry(key.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(inner) = entry {
                set_path(inner, child, rest, value);
            }
        }
        Some((Step::Push, rest)) => {
            let entry = map
                .entry(key.to_owned())
                .or_insert_with(|| Value::Array(Vec::new()));
            if !entry.is_array() {
                *entry = Value::Array(Vec::new());
            }
            if let Value::Array(items) = entry {
                push_path(items, rest, value);
            }
        }
    }
}

/// Handles the steps after a `[]`: a plain push, or a field of the last (or a new) hash.
fn push_path(items: &mut Vec<Value>, steps: &[Step], value: Value) {
    let Some((Step::Key(child), rest)) = steps.split_first() else {
        // `a[]` or the rarely used `a[][]`: both append the value itself.
        items.push(value);
        return;
    };
    let reuse_last = matches!(
        items.last(),
        Some(Value::Object(last))
            if !last.contains_key(child)
                || (!rest.is_empty() && last.get(child).is_some_and(|v| !v.is_string()))
    );
    if !reuse_last {
        items.push(Value::Object(Map::new()));
    }
    if let Some(Value::Object(last)) = items.last_mut() {
        set_path(last, child, rest, value);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn arrays_hashes_and_arrays_of_hashes() {
        let params = FormParams::parse(
            "a[]=1&a[]=2&h[k]=v&h[j]=w&v[][k]=x&v[][j]=y&v[][k]=z&p=1&p=2&s=a+b%2Bc",
        );
        assert_eq!(
            Value::Object(params.tree),
            json!({
                "a": ["1", "2"],
                "h": {"k": "v", "j": "w"},
                "v": [{"k": "x", "j": "y"}, {"k": "z"}],
                "p": "2",
                "s": "a b+c",
            })
        );
        assert_eq!(params.repeated["p"], ["1", "2"]);
        assert!(
            !params.repeated.contains_key("s"),
            "a key sent once is not recorded"
        );
    }

    #[test]
    fn odd_keys_are_literal() {
        let params = FormParams::parse("a[b=1&[x]=2&c]=3");
        assert_eq!(Value::Object(params.tree), json!({"a[b": "1", "c]": "3"}));
    }
}
