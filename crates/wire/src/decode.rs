//! The server half: decoding query strings and form bodies by Rack's rules.
//!
//! Keys may carry brackets: `a[]=1` appends to an array, `h[k]=v` sets a hash key, and
//! `v[][k]=x&v[][j]=y` builds an array of hashes, starting a new hash whenever the key is
//! already set in the last one (Rack's rule, so `v[][k]=1&v[][k]=2` gives two hashes). The
//! indexed form `v[0][k]=x&v[1][k]=y` that GitLab documents (and [`crate::encode`] sends) is a
//! hash keyed by index, as Rack builds it; [`indexed_items`] and [`indexed_to_arrays`] read it
//! as the array it stands for, which is what Grape does for parameters declared as arrays.
//! Leaves are always strings; the server coerces them to the declared kinds.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Splits `a=1&b=2` into decoded pairs, reading `+` as a space as HTML forms do.
#[must_use]
pub fn parse_pairs(raw: &str) -> Vec<(String, String)> {
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
// A predicate rather than a `char` pattern: the pairs of a query are short, and the searcher
// behind a `char` pattern costs more to set up per pair than this scan.
#[allow(clippy::manual_pattern_char_comparison)]
pub fn raw_pairs(raw: &str) -> impl Iterator<Item = (&str, &str)> {
    raw.split(|c| c == '&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.bytes().position(|b| b == b'=') {
            Some(at) => (&pair[..at], &pair[at + 1..]),
            None => (pair, ""),
        })
}

/// Decodes one query component: `+` is a space, `%XX` a byte; invalid UTF-8 is replaced.
/// Text without either is returned as it is, without copying.
#[must_use]
pub fn decode_component(raw: &str) -> Cow<'_, str> {
    percent_decode(raw, true)
}

/// Decodes `%XX` escapes (and, with `plus_as_space`, `+` as a space) in one pass; a `%` not
/// followed by two hex digits stays as it is, invalid UTF-8 is replaced. Text without escapes
/// is returned as it is, without copying. Path segments are decoded with `plus_as_space`
/// false: a `+` in a path is a plus.
#[must_use]
pub fn percent_decode(raw: &str, plus_as_space: bool) -> Cow<'_, str> {
    let bytes = raw.as_bytes();
    // Runs without an escape are copied whole: a path value has one or two escapes.
    let special = |b: &u8| *b == b'%' || (plus_as_space && *b == b'+');
    let Some(first) = bytes.iter().position(special) else {
        return Cow::Borrowed(raw);
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = first;
    out.extend_from_slice(&bytes[..first]);
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).copied().and_then(hex_digit),
                bytes.get(i + 2).copied().and_then(hex_digit),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' if plus_as_space => {
                out.push(b' ');
                i += 1;
            }
            _ => {}
        }
        let run = bytes[i..]
            .iter()
            .position(special)
            .unwrap_or(bytes.len() - i);
        out.extend_from_slice(&bytes[i..i + run]);
        i += run;
    }
    Cow::Owned(match String::from_utf8(out) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    })
}

/// The value of one hex digit.
fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Parameters decoded from a query string, a form body or multipart text fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormParams {
    /// The top-level keys, in the order first sent, with the nested structure Rack would build
    /// below them; a repeated plain key keeps its last value. A list rather than a map: forms
    /// are small, and searching a few keys costs less than hashing them.
    pub fields: Vec<(String, Value)>,
    /// Every value of each bracket-less key sent more than once, so `a=1&a=2` can fill a
    /// form-style array.
    pub repeated: BTreeMap<String, Vec<String>>,
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
    #[must_use]
    pub fn parse(raw: &str) -> Self {
        let mut params = Self::default();
        for (key, value) in raw_pairs(raw) {
            params.insert(&decode_component(key), decode_component(value).into_owned());
        }
        params
    }

    /// Adds one decoded `key=value` pair.
    pub fn insert(&mut self, key: &str, value: String) {
        let (base, steps) = split_key(key);
        if base.is_empty() {
            return;
        }
        if steps.is_empty() {
            // Only keys sent more than once are recorded, with every plain value so far.
            if let Some(all) = self.repeated.get_mut(base) {
                all.push(value.clone());
            } else if let Some(Value::String(previous)) = self.get(base) {
                self.repeated
                    .insert(base.to_owned(), vec![previous.clone(), value.clone()]);
            }
        }
        let slot = match self.fields.iter().position(|(k, _)| k == base) {
            Some(i) => &mut self.fields[i].1,
            None => {
                self.fields.push((base.to_owned(), Value::Null));
                &mut self.fields.last_mut().expect("just pushed").1
            }
        };
        set_in(slot, &steps, Value::String(value));
    }

    /// The whole form as one JSON object, in the order the keys were first sent.
    #[must_use]
    pub fn to_value(&self) -> Value {
        Value::Object(self.fields.iter().cloned().collect())
    }

    /// The value stored under `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// Splits `a[b][]` into `a` and its steps; a key with unbalanced brackets is taken literally.
fn split_key(key: &str) -> (&str, Vec<Step>) {
    let Some(open) = key.bytes().position(|b| b == b'[') else {
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

/// Stores `value` in `slot` (a new slot holds `null`) followed by `steps`, creating containers
/// on the way.
///
/// A container of the wrong shape (e.g. `a=1&a[]=2`) is replaced: Rack rejects such requests,
/// but a mock server is more useful when it keeps the later, more specific spelling.
fn set_in(slot: &mut Value, steps: &[Step], value: Value) {
    match steps.split_first() {
        None => *slot = value,
        Some((Step::Key(child), rest)) => {
            if !slot.is_object() {
                *slot = Value::Object(Map::new());
            }
            if let Value::Object(inner) = slot {
                let entry = inner.entry(child.clone()).or_insert(Value::Null);
                set_in(entry, rest, value);
            }
        }
        Some((Step::Push, rest)) => {
            if !slot.is_array() {
                *slot = Value::Array(Vec::new());
            }
            if let Value::Array(items) = slot {
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
        set_in(
            last.entry(child.clone()).or_insert(Value::Null),
            rest,
            value,
        );
    }
}

/// The items of a hash whose keys are all indices (`v[0][k]=x&v[1][k]=y`), in index order;
/// `None` when a key is not a decimal index.
#[must_use]
pub fn indexed_items(map: &Map<String, Value>) -> Option<Vec<Value>> {
    let mut indexed = map
        .iter()
        .map(|(k, v)| index_of(k).map(|i| (i, v.clone())))
        .collect::<Option<Vec<_>>>()?;
    indexed.sort_by_key(|(i, _)| *i);
    Some(indexed.into_iter().map(|(_, v)| v).collect())
}

/// The index a hash key stands for: decimal digits only (no sign, no spaces).
fn index_of(key: &str) -> Option<usize> {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse().ok()
}

/// Replaces, at every depth, each non-empty hash whose keys are all indices by the array of its
/// items (see [`indexed_items`]): the shape a decoded form has when every such hash was sent for
/// an array, as [`crate::encode`] sends arrays of hashes.
#[must_use]
pub fn indexed_to_arrays(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let map: Map<String, Value> = map
                .into_iter()
                .map(|(k, v)| (k, indexed_to_arrays(v)))
                .collect();
            match indexed_items(&map) {
                Some(items) if !map.is_empty() => Value::Array(items),
                _ => Value::Object(map),
            }
        }
        Value::Array(items) => Value::Array(items.into_iter().map(indexed_to_arrays).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    /// [`percent_decode`] one byte at a time, as its documentation says.
    fn decode_bytewise(raw: &str, plus_as_space: bool) -> String {
        let bytes = raw.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let escape = (bytes[i] == b'%')
                .then(|| {
                    Some((
                        hex_digit(*bytes.get(i + 1)?)?,
                        hex_digit(*bytes.get(i + 2)?)?,
                    ))
                })
                .flatten();
            match (bytes[i], escape) {
                (_, Some((high, low))) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                (b'+', None) if plus_as_space => out.push(b' '),
                (byte, _) => out.push(byte),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn percent_decoding_copies_runs_as_the_bytewise_rule_decodes(
            raw in "([a-z/]|%|%2|%2F|%e2%82%ac|%zz|%C3|\\+|é){0,12}",
            plus_as_space: bool,
        ) {
            prop_assert_eq!(percent_decode(&raw, plus_as_space), decode_bytewise(&raw, plus_as_space));
        }
    }

    #[test]
    fn arrays_hashes_and_arrays_of_hashes() {
        let params = FormParams::parse(
            "a[]=1&a[]=2&h[k]=v&h[j]=w&v[][k]=x&v[][j]=y&v[][k]=z&p=1&p=2&s=a+b%2Bc",
        );
        assert_eq!(
            params.to_value(),
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
    fn decoding_matches_the_reference_decoder() {
        let samples = [
            "",
            "plain",
            "a+b",
            "a%2Bb",
            "%2F",
            "group%2Fproject",
            "%",
            "%4",
            "%zz1",
            "50%",
            "%E2%9C%93",
            "%E2%9C",
            "%ff",
            "a%20b+c",
            "%%41",
            "caf%C3%A9+%2b",
        ];
        for raw in samples {
            let reference = percent_encoding::percent_decode_str(&raw.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned();
            assert_eq!(decode_component(raw), reference, "{raw:?} with + as space");
            let reference = percent_encoding::percent_decode_str(raw)
                .decode_utf8_lossy()
                .into_owned();
            assert_eq!(percent_decode(raw, false), reference, "{raw:?}");
        }
        assert!(matches!(decode_component("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_indexed_form_is_a_hash_by_index_read_as_an_array() {
        let params = FormParams::parse(
            "variables[1][key]=K2&variables[0][key]=K1&variables[0][value]=V1&h[10]=a&h[9]=b&n[x]=1",
        );
        assert_eq!(
            params.get("variables"),
            Some(&json!({"1": {"key": "K2"}, "0": {"key": "K1", "value": "V1"}}))
        );
        assert_eq!(
            indexed_to_arrays(params.to_value()),
            json!({
                "variables": [{"key": "K1", "value": "V1"}, {"key": "K2"}],
                "h": ["b", "a"],
                "n": {"x": "1"},
            })
        );
        let not_indices: Map<String, Value> =
            serde_json::from_value(json!({"0": 1, "+1": 2})).unwrap();
        assert_eq!(indexed_items(&not_indices), None);
        assert_eq!(indexed_to_arrays(json!({})), json!({}));
    }

    #[test]
    fn odd_keys_are_literal() {
        let params = FormParams::parse("a[b=1&[x]=2&c]=3");
        assert_eq!(params.to_value(), json!({"a[b": "1", "c]": "3"}));
    }
}
