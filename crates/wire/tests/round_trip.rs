//! Property tests: what the client encodes, the server decodes back to the value the client
//! meant, for every parameter style and for path segments and IDs-or-paths.
//!
//! "What the client meant" is the value with its scalars as text (forms carry only text), and
//! with nulls and empty arrays and hashes left out (they send nothing). Decoded forms are read
//! with [`indexed_to_arrays`], as a server reads parameters declared as arrays.

use std::collections::BTreeMap;

use gitlab_wire::IdOrPath;
use gitlab_wire::decode::{FormParams, indexed_to_arrays, percent_decode};
use gitlab_wire::encode::{Query, Style, encode_query, flatten_fields, path_segment};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value};

/// Characters that matter on the wire, plain letters, and anything at all.
fn wire_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        3 => select(vec![
            '/', '+', '%', '[', ']', '&', '=', ' ', ',', '.', '#', '?', ';', '~', '-', '_', '0',
            '7', 'F', '"', '\\', '\n',
        ]),
        1 => select(vec!['é', '✓', '中', '😀', '\u{a0}']),
        1 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    vec(wire_char(), 0..8).prop_map(|chars| chars.into_iter().collect())
}

/// A hash key Rails can spell: non-empty, no brackets, and not an index (which would read as
/// an array item).
fn hash_key() -> impl Strategy<Value = String> {
    vec(
        wire_char().prop_filter("no brackets", |c| !matches!(c, '[' | ']')),
        1..6,
    )
    .prop_map(|chars| {
        let key: String = chars.into_iter().collect();
        if key.bytes().all(|b| b.is_ascii_digit()) {
            format!("k{key}")
        } else {
            key
        }
    })
}

/// A top-level parameter name, as the spec spells them (without the `[]` of arrays).
fn param_name() -> impl Strategy<Value = String> {
    vec(select(vec!['a', 'b', 'i', 'd', 's', '_']), 1..6)
        .prop_map(|chars| chars.into_iter().collect())
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        5 => text().prop_map(Value::String),
        1 => any::<i64>().prop_map(Value::from),
        1 => (-1.0e6..1.0e6_f64).prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

/// Scalars, arrays, hashes, arrays of hashes and arrays of arrays, up to five levels deep.
fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 48, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            vec((hash_key(), inner), 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// The text of a scalar, as a form carries it.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Bool(_) | Value::Number(_) => Some(value.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

/// What the server should read for `value`; `None` when nothing is sent.
fn meant(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Array(items) => {
            let kept: Vec<Value> = items.iter().filter_map(meant).collect();
            (!kept.is_empty()).then_some(Value::Array(kept))
        }
        Value::Object(map) => {
            let kept: Map<String, Value> = map
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), meant(v)?)))
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        scalar => scalar_text(scalar).map(Value::String),
    }
}

/// Whether a top-level value is sent as repeated pairs of its plain name (`a=1&a=2`).
fn is_scalar_array(value: &Value) -> bool {
    matches!(value, Value::Array(items) if items.iter().all(|i| !i.is_array() && !i.is_object()))
}

/// Several parameters with distinct names.
fn params() -> impl Strategy<Value = BTreeMap<String, Value>> {
    vec((param_name(), value()), 1..4).prop_map(|list| list.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Query parameters in the form and deep-object styles, several in one query string; arrays
    /// are named `name[]` as the spec names them.
    #[test]
    fn query_parameters_round_trip(params in params(), deep in any::<bool>()) {
        let style = if deep { Style::DeepObject } else { Style::Form };
        let mut query = Query::new();
        for (name, value) in &params {
            let wire = if value.is_array() { format!("{name}[]") } else { name.clone() };
            query.push_serialize(&wire, value, style).unwrap();
        }
        let encoded = query.encode();
        let decoded = FormParams::parse(&encoded);
        for (name, value) in &params {
            let got = decoded.get(name).cloned().map(indexed_to_arrays);
            prop_assert_eq!(got, meant(value), "{} in {}", name, encoded);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Form bodies: fields use their names as given, so an array of scalars travels as repeated
    /// plain pairs (`a=1&a=2`), which the decoder keeps in `repeated`.
    #[test]
    fn form_bodies_round_trip(params in params()) {
        let fields: Map<String, Value> = params.clone().into_iter().collect();
        let body = encode_query(&flatten_fields(&fields).unwrap());
        let decoded = FormParams::parse(&body);
        for (name, value) in &params {
            let expected = meant(value);
            let got = if is_scalar_array(value) {
                match decoded.repeated.get(name) {
                    Some(all) => Some(Value::Array(all.iter().cloned().map(Value::String).collect())),
                    None => decoded.get(name).cloned().map(|one| Value::Array(vec![one])),
                }
            } else {
                decoded.get(name).cloned().map(indexed_to_arrays)
            };
            prop_assert_eq!(got, expected, "{} in {}", name, body);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Comma lists: one pair whose items are read back by splitting at commas (items holding
    /// a comma or empty items cannot be told apart in this style, so none are generated).
    #[test]
    fn comma_lists_round_trip(
        name in param_name(),
        items in vec(
            prop_oneof![
                3 => text()
                    .prop_filter("no commas, not empty", |t| !t.is_empty() && !t.contains(','))
                    .prop_map(Value::String),
                1 => any::<i64>().prop_map(Value::from),
                1 => any::<bool>().prop_map(Value::Bool),
            ],
            0..6,
        ),
    ) {
        let mut query = Query::new();
        query.push_serialize(&name, &items, Style::Comma).unwrap();
        let decoded = FormParams::parse(&query.encode());
        let Some(Value::String(joined)) = decoded.get(&name) else {
            return Err(TestCaseError::fail(format!("{name} not sent as one text")));
        };
        let got: Vec<String> = if joined.is_empty() {
            Vec::new()
        } else {
            joined.split(',').map(str::to_owned).collect()
        };
        let expected: Vec<String> = items.iter().filter_map(scalar_text).collect();
        prop_assert_eq!(got, expected);
    }

    /// Rack's other spelling of arrays of hashes, `v[][key]=K&v[][value]=V`, decodes to the same
    /// array as the documented indexed one when every hash starts with the same key.
    #[test]
    fn bracket_and_indexed_arrays_of_hashes_agree(pairs in vec((text(), text()), 1..5)) {
        let variables: Vec<Value> = pairs
            .iter()
            .map(|(k, v)| serde_json::json!({"key": k, "value": v}))
            .collect();
        let mut query = Query::new();
        query
            .push_serialize("variables", &variables, Style::Form)
            .unwrap();
        let indexed = query.pairs().to_vec();
        let bracketed: Vec<(String, String)> = indexed
            .iter()
            .map(|(name, value)| {
                let field = name.rsplit_once('[').map_or("", |(_, field)| field);
                (format!("variables[][{field}"), value.clone())
            })
            .collect();
        let from_indexed = FormParams::parse(&encode_query(&indexed));
        let from_bracketed = FormParams::parse(&encode_query(&bracketed));
        let expected = Some(Value::Array(variables));
        prop_assert_eq!(
            from_indexed.get("variables").cloned().map(indexed_to_arrays),
            expected.clone()
        );
        prop_assert_eq!(from_bracketed.get("variables").cloned(), expected);
    }
}

/// RFC 3986 unreserved characters, the only ones a path segment leaves as they are.
fn unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A path segment decodes back to its value, holds only unreserved characters and escapes,
    /// and never reads as `.` or `..`.
    #[test]
    fn path_segments_round_trip(value in prop_oneof![
        8 => text(),
        1 => select(vec![".".to_owned(), "..".to_owned()]),
    ]) {
        let segment = path_segment(&value);
        prop_assert_eq!(percent_decode(&segment, false), value.as_str());
        let bytes = segment.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                prop_assert!(
                    bytes.len() > i + 2 && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit(),
                    "bad escape in {}", segment
                );
                i += 3;
            } else {
                prop_assert!(unreserved(bytes[i]), "{} keeps {:?}", segment, bytes[i] as char);
                i += 1;
            }
        }
        prop_assert!(segment != "." && segment != "..");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// A plain ID-or-path is sent as one segment that decodes back to it.
    #[test]
    fn plain_ids_or_paths_round_trip(
        value in text().prop_filter("not already encoded", |t| !looks_encoded(t)),
        id in any::<u64>(),
    ) {
        let plain = IdOrPath::from(value.as_str());
        prop_assert_eq!(plain.as_str(), value.as_str());
        let encoded = plain.encoded();
        prop_assert_eq!(&encoded, &path_segment(&value));
        prop_assert_eq!(percent_decode(&encoded, false), value.as_str());
        prop_assert_eq!(IdOrPath::from(id).encoded(), id.to_string());
    }

    /// An ID-or-path given already encoded (copied out of a URL) is never encoded twice.
    #[test]
    fn encoded_ids_or_paths_are_not_encoded_twice(value in text()) {
        let segment = path_segment(&value);
        let given = IdOrPath::from(segment.clone());
        prop_assert_eq!(given.encoded(), segment);
        prop_assert_eq!(given.as_str(), value.as_str());
    }
}

/// A `%` followed by two hex digits: what [`IdOrPath`] takes as already encoded.
fn looks_encoded(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}
