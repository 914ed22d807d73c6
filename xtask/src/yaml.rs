//! The YAML form of the published documents: a block-style writer for JSON values whose output
//! every common reader (YAML 1.1 like PyYAML, YAML 1.2 core and JSON schemas like js-yaml and
//! libyaml-based readers) reads back as the same JSON value.
//!
//! A general-purpose YAML serializer quotes a string only when its own reader would take it for
//! something else; other readers resolve more words (`yes`, `on`, `1_000`, `0o17`, `1:20`,
//! `2016-01-04`, `079e9010`) to booleans, numbers or dates. Here a string is written plain only
//! when no reader can take it for anything but itself, and quoted otherwise:
//!
//! - plain: starts with an ASCII letter or one of `/ _ $ ( < ^` (so never a number, date, time,
//!   sexagesimal or indicator, which all start with a digit, sign, dot or punctuation), is not a
//!   boolean or null word of YAML 1.1 or 1.2 in any case, not the YAML 1.1 merge key `<<`, has
//!   no trailing space, no `: `, ` #` or trailing `:`, and only printable characters that no
//!   YAML version reads as a line break;
//! - single-quoted (`'...'`, a quote doubled): any other line of such characters;
//! - literal block (`|` for text ending with one line break, `|-` for text ending with none):
//!   text with line breaks whose first line is neither empty nor starts with a space, with at
//!   most one trailing line break, such characters only and no space at a line's end (readers
//!   keep them, editors and diff tools strip them). Readers disagree on the rest: spectral's
//!   reader (`@stoplight/yaml`) reads an indentation indicator (`|2`) with an extra leading
//!   line break and keep chomping (`|+`) with one trailing line break too few;
//! - double-quoted with JSON-style escapes (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`,
//!   `\uXXXX`, all valid in YAML 1.1 and 1.2): everything else.
//!
//! Keys follow the same rules without the literal style; a key longer than readers allow for
//! an implicit key (1024 characters) is written as an explicit `? ` key.

use serde_json::{Map, Number, Value};

/// `value` as a YAML document: block style, two-space indentation, sequences under a key at
/// the key's indentation, keys in document order, `{}` and `[]` for empty collections.
pub fn to_string(value: &Value) -> String {
    let mut writer = Writer { out: String::new() };
    match value {
        Value::Object(map) if !map.is_empty() => writer.entries(map, 0, false),
        Value::Array(items) if !items.is_empty() => writer.items(items, 0, false),
        Value::String(text) => {
            writer.scalar(text, scalar_style(text), 0);
            if !writer.out.ends_with('\n') {
                writer.out.push('\n');
            }
        }
        other => {
            writer.out.push_str(&leaf(other));
            writer.out.push('\n');
        }
    }
    writer.out
}

/// How a string is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Literal,
    Double,
}

/// Longest key written as an implicit (`key: value`) key: readers require an implicit key to
/// end within 1024 characters of its start.
const MAX_IMPLICIT_KEY: usize = 1000;

/// Where a node is written: after `key:`, or after an indicator (`-` or the `:` of an explicit
/// key), where a collection starts on the same line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum After {
    Key,
    Indicator,
}

struct Writer {
    out: String,
}

impl Writer {
    fn indent(&mut self, column: usize) {
        self.out.extend(std::iter::repeat_n(' ', column));
    }

    /// The entries of a non-empty map, each key at `column`; with `inline`, the first one
    /// continues the current line (after `- `).
    fn entries(&mut self, map: &Map<String, Value>, column: usize, inline: bool) {
        for (index, (key, value)) in map.iter().enumerate() {
            if index > 0 || !inline {
                self.indent(column);
            }
            let style = key_style(key);
            let written = self.out.len();
            self.scalar(key, style, column);
            if self.out.len() - written > MAX_IMPLICIT_KEY {
                self.out.truncate(written);
                self.out.push_str("? ");
                self.scalar(key, Style::Double, column);
                self.out.push('\n');
                self.indent(column);
                self.out.push(':');
                self.node(value, column, After::Indicator);
            } else {
                self.out.push(':');
                self.node(value, column, After::Key);
            }
        }
    }

    /// The items of a non-empty sequence, each `-` at `column`; with `inline`, the first one
    /// continues the current line.
    fn items(&mut self, items: &[Value], column: usize, inline: bool) {
        for (index, item) in items.iter().enumerate() {
            if index > 0 || !inline {
                self.indent(column);
            }
            self.out.push('-');
            self.node(item, column, After::Indicator);
        }
    }

    /// A value after `key:` or an indicator whose key or indicator is at `column`, through
    /// the end of its last line.
    fn node(&mut self, value: &Value, column: usize, after: After) {
        match value {
            Value::Object(map) if !map.is_empty() => match after {
                After::Key => {
                    self.out.push('\n');
                    self.entries(map, column + 2, false);
                }
                After::Indicator => {
                    self.out.push(' ');
                    self.entries(map, column + 2, true);
                }
            },
            Value::Array(items) if !items.is_empty() => match after {
                After::Key => {
                    self.out.push('\n');
                    self.items(items, column, false);
                }
                After::Indicator => {
                    self.out.push(' ');
                    self.items(items, column + 2, true);
                }
            },
            Value::String(text) => {
                self.out.push(' ');
                self.scalar(text, scalar_style(text), column);
                if !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
            }
            other => {
                self.out.push(' ');
                self.out.push_str(&leaf(other));
                self.out.push('\n');
            }
        }
    }

    /// A string in `style`; a literal block's lines are indented two columns past `column`.
    fn scalar(&mut self, text: &str, style: Style, column: usize) {
        match style {
            Style::Plain => self.out.push_str(text),
            Style::Single => {
                self.out.push('\'');
                self.out.push_str(&text.replace('\'', "''"));
                self.out.push('\'');
            }
            Style::Double => double_quoted(text, &mut self.out),
            Style::Literal => self.literal(text, column + 2),
        }
    }

    /// A literal block scalar whose lines start at `column`: `|-` keeps no trailing line
    /// break, `|` one (the text has no more, see [`is_literal_safe`]).
    fn literal(&mut self, text: &str, column: usize) {
        let (body, header) = match text.strip_suffix('\n') {
            Some(body) => (body, "|\n"),
            None => (text, "|-\n"),
        };
        self.out.push_str(header);
        for line in body.split('\n') {
            if !line.is_empty() {
                self.indent(column);
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
    }
}

/// A number, a boolean or null as JSON writes it, except that a number with an exponent gets
/// a fraction and a signed exponent (`1e20` as `1.0e+20`): YAML 1.1 reads a float only with
/// both, and `1e20` as a string.
fn leaf(value: &Value) -> String {
    match value {
        Value::Number(number) => number_text(number),
        other => other.to_string(),
    }
}

fn number_text(number: &Number) -> String {
    let text = number.to_string();
    let Some(at) = text.find(['e', 'E']) else {
        return text;
    };
    let (mantissa, exponent) = (&text[..at], &text[at + 1..]);
    let fraction = if mantissa.contains('.') { "" } else { ".0" };
    let sign = if exponent.starts_with(['-', '+']) {
        ""
    } else {
        "+"
    };
    format!("{mantissa}{fraction}e{sign}{exponent}")
}

/// Whether `c` may appear unescaped: printable in YAML 1.1 and 1.2 and not a line break in
/// either (YAML 1.1 reads NEL, LS and PS as line breaks), and not a byte order mark.
fn is_raw(c: char) -> bool {
    matches!(c, ' '..='~')
        || (c >= '\u{a0}'
            && !matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            ))
}

/// Words some YAML reader resolves to a boolean, null or special float when plain, compared
/// without case: YAML 1.1 booleans (`y`, `yes`, `on`, ...), YAML 1.1/1.2 `true`, `false` and
/// `null`, and the names of the special floats readers of other formats accept.
const RESERVED_WORDS: [&str; 12] = [
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf", "infinity",
];

/// Whether `text` reads back as itself when written plain, in every common reader.
fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    // Numbers, dates, times and sexagesimals start with a digit, a sign or a dot, indicators
    // and `~`, `=` (YAML 1.1's value key) with punctuation: none of them is allowed here.
    (first.is_ascii_alphabetic() || matches!(first, '/' | '_' | '$' | '(' | '<' | '^'))
        && !text.starts_with("<<")
        && text.chars().all(is_raw)
        && !text.ends_with([' ', ':'])
        && !text.contains(": ")
        && !text.contains(" #")
        && !RESERVED_WORDS
            .iter()
            .any(|word| text.eq_ignore_ascii_case(word))
}

/// The style of a key: as a value's, but on one line.
fn key_style(text: &str) -> Style {
    match scalar_style(text) {
        Style::Literal => Style::Double,
        style => style,
    }
}

/// The style of a string value.
fn scalar_style(text: &str) -> Style {
    if is_plain_safe(text) {
        Style::Plain
    } else if text.chars().all(is_raw) {
        Style::Single
    } else if is_literal_safe(text) {
        Style::Literal
    } else {
        Style::Double
    }
}

/// Whether a literal block without indicators other than `-` holds `text` exactly, in every
/// reader: line breaks, a first line that sets the indentation (not empty, no leading space),
/// at most one trailing line break, only characters written raw, no space at a line's end.
fn is_literal_safe(text: &str) -> bool {
    text.contains('\n')
        && !text.starts_with([' ', '\n'])
        && !text.ends_with("\n\n")
        && text
            .split('\n')
            .all(|line| line.chars().all(is_raw) && !line.ends_with(' '))
}

/// `text` in double quotes, escaping the quote, the backslash and every character not
/// written raw.
fn double_quoted(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if is_raw(c) => out.push(c),
            c if u32::from(c) <= 0xffff => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08x}", u32::from(c))),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use proptest::collection::{btree_map, vec};
    use proptest::prelude::*;
    use proptest::sample::select;
    use serde_json::json;

    use super::*;

    /// The value a YAML 1.2 reader (libyaml via yaml_serde) reads from `text`.
    fn read(text: &str) -> Value {
        yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{e} in:\n{text}"))
    }

    /// `text` as a map value, after checking that it reads back.
    fn written(text: &str) -> String {
        let value = json!({ "k": text });
        let yaml = to_string(&value);
        assert_eq!(read(&yaml), value, "{yaml}");
        yaml.strip_prefix("k: ").expect("a map entry").to_owned()
    }

    #[test]
    fn ordinary_words_paths_and_markup_are_plain() {
        for text in [
            "listProjects",
            "List every project the caller can see.",
            "/projects/{id}/repository/tree",
            "$ref",
            "_links",
            "<p dir=\"auto\">Hello</p>",
            "https://gitlab.example.com:8080/a#b",
            "Commit 2695effb",
            "Yesterday",
            "Chinese 中文 and é",
        ] {
            assert_eq!(written(text), format!("{text}\n"));
        }
    }

    #[test]
    fn boolean_and_null_words_are_quoted_in_any_case() {
        for word in [
            "y", "Y", "n", "N", "yes", "Yes", "YES", "yEs", "no", "No", "NO", "true", "True",
            "TRUE", "false", "False", "on", "On", "ON", "off", "Off", "OFF", "null", "Null",
            "NULL", "nan", "NaN", "inf", "Infinity",
        ] {
            assert_eq!(written(word), format!("'{word}'\n"));
        }
    }

    #[test]
    fn numbers_dates_and_sexagesimals_are_quoted() {
        for text in [
            "079e9010",
            "2695effb",
            "1_000",
            "0o17",
            "0x1F",
            "0b101",
            "017",
            "1:20",
            "190:20:30.15",
            "2016-01-04",
            "2016-01-04T15:31:51.081Z",
            "15.2",
            ".5",
            ".inf",
            "-.NaN",
            "+1",
            "-1e3",
            "1e3",
        ] {
            assert_eq!(written(text), format!("'{text}'\n"));
        }
    }

    #[test]
    fn indicators_and_special_keys_are_quoted() {
        for text in [
            "",
            "~",
            "=",
            "<<",
            "-",
            "- a",
            "-a",
            "?",
            ":a",
            "#a",
            "&a",
            "*a",
            "!a",
            "%a",
            "@a",
            "`a",
            "|",
            ">",
            "[a]",
            "{a}",
            ",a",
            "'a",
            "\"a\"",
            ".a",
            "{scheme}://{host}",
        ] {
            let quoted = written(text);
            assert!(quoted.starts_with(['\'', '"']), "{text:?} written {quoted}");
        }
    }

    #[test]
    fn colons_comments_and_edge_spaces_are_quoted() {
        for text in ["a: b", "a:", "a #b", "a ", " a", "Authorization: Bearer"] {
            assert_eq!(written(text), format!("'{text}'\n"));
        }
        // A colon or hash not followed or preceded by a space is plain text.
        assert_eq!(written("a:b#c"), "a:b#c\n");
        assert_eq!(written("it's"), "it's\n");
        assert_eq!(written("'it's'"), "'''it''s'''\n");
    }

    #[test]
    fn control_and_break_characters_are_escaped_in_double_quotes() {
        assert_eq!(written("a\tb"), "\"a\\tb\"\n");
        assert_eq!(written("a\rb"), "\"a\\rb\"\n");
        assert_eq!(
            written("\u{7}\u{8}\u{c}\u{7f}"),
            "\"\\u0007\\b\\f\\u007f\"\n"
        );
        assert_eq!(
            written("x\u{85}\u{2028}\u{2029}\u{feff}"),
            "\"x\\u0085\\u2028\\u2029\\ufeff\"\n"
        );
        assert_eq!(written("\"q\" \\ \r"), "\"\\\"q\\\" \\\\ \\r\"\n");
    }

    #[test]
    fn multi_line_text_is_a_literal_block_with_the_chomping_it_needs() {
        assert_eq!(written("a\nb"), "|-\n  a\n  b\n");
        assert_eq!(written("a\nb\n"), "|\n  a\n  b\n");
        assert_eq!(written("a\n\nb\n"), "|\n  a\n\n  b\n");
        assert_eq!(written("a\n  b"), "|-\n  a\n    b\n");
        assert_eq!(written("a: b\n# c\n- d"), "|-\n  a: b\n  # c\n  - d\n");
    }

    #[test]
    fn multi_line_text_a_literal_block_cannot_hold_is_double_quoted() {
        assert_eq!(written("a \nb"), "\"a \\nb\"\n");
        assert_eq!(written("a\nb "), "\"a\\nb \"\n");
        assert_eq!(written("a\r\nb"), "\"a\\r\\nb\"\n");
        assert_eq!(written("a\n\tb"), "\"a\\n\\tb\"\n");
        assert_eq!(written("\n\n"), "\"\\n\\n\"\n");
        // Readers disagree on indentation indicators and keep chomping.
        assert_eq!(written("  a\nb"), "\"  a\\nb\"\n");
        assert_eq!(written("\na"), "\"\\na\"\n");
        assert_eq!(written("a\n\n"), "\"a\\n\\n\"\n");
    }

    #[test]
    fn keys_follow_the_same_rules_on_one_line() {
        let value = json!({ "200": 1, "on": 2, "a\nb": 3, "$ref": 4, "a: b": 5 });
        let yaml = to_string(&value);
        assert_eq!(
            yaml,
            "'200': 1\n'on': 2\n\"a\\nb\": 3\n$ref: 4\n'a: b': 5\n"
        );
        assert_eq!(read(&yaml), value);
    }

    #[test]
    fn a_key_too_long_for_an_implicit_key_is_explicit() {
        let key = "k".repeat(1500);
        let mut map = Map::new();
        map.insert(key.clone(), json!({ "a": [1, 2] }));
        map.insert("b".into(), json!("c"));
        let value = Value::Object(map);
        let yaml = to_string(&value);
        assert!(
            yaml.starts_with(&format!("? \"{key}\"\n: a:\n  - 1\n")),
            "{yaml}"
        );
        assert_eq!(read(&yaml), value);
    }

    #[test]
    fn layout_matches_block_style() {
        let value = json!({
            "servers": [{ "url": "/api/v4", "variables": { "host": { "default": "gitlab.com" } } }],
            "security": [{ "Bearer": [] }, {}],
            "nested": [[1, [true, null]], "x"],
            "text": ["a\nb", { "k": "c\n" }],
            "empty": {},
        });
        let expected = "\
servers:
- url: /api/v4
  variables:
    host:
      default: gitlab.com
security:
- Bearer: []
- {}
nested:
- - 1
  - - true
    - null
- x
text:
- |-
  a
  b
- k: |
    c
empty: {}
";
        assert_eq!(to_string(&value), expected);
        assert_eq!(read(expected), value);
    }

    #[test]
    fn numbers_are_read_as_the_same_numbers_by_yaml_1_1() {
        assert_eq!(to_string(&json!(1e20)), "1.0e+20\n");
        assert_eq!(to_string(&json!(1.5e-7)), "1.5e-7\n");
        assert_eq!(
            to_string(&json!([-3, 0.25, 18446744073709551615u64])),
            "- -3\n- 0.25\n- 18446744073709551615\n"
        );
    }

    #[test]
    fn a_document_that_is_a_string_is_written_like_a_value() {
        assert_eq!(to_string(&json!("a\nb")), "|-\n  a\n  b\n");
        assert_eq!(to_string(&json!("yes")), "'yes'\n");
        assert_eq!(read(&to_string(&json!(" a\nb\n"))), json!(" a\nb\n"));
    }

    /// Characters that change how YAML reads a scalar, and letters.
    fn yaml_char() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => proptest::char::range('a', 'f'),
            3 => select(vec!['0', '1', '7', '9', 'e', 'E', 'x', 'o', 'b', '_']),
            4 => select(vec![
                '.', ':', '#', '-', '+', ' ', ' ', '\n', '\n', '\'', '"', '\\', '~', '=', '<',
                '?', '!', '&', '*', '|', '>', '[', '{', ',', '%', '@', '`', '/', '$', '\t', '\r',
            ]),
            1 => select(vec![
                'é', '中', '😀', '\u{a0}', '\u{85}', '\u{2028}', '\u{feff}', '\u{7f}', '\u{0}',
                '\u{1b}',
            ]),
            1 => any::<char>(),
        ]
    }

    fn yaml_chars() -> impl Strategy<Value = String> {
        vec(yaml_char(), 0..12).prop_map(|chars| chars.into_iter().collect())
    }

    /// Strings some reader takes for something else, and strings built around them.
    fn yaml_text() -> impl Strategy<Value = String> {
        let word = select(vec![
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "n",
            "True",
            "FALSE",
            "null",
            "NULL",
            "~",
            "",
            "1_000",
            "0o17",
            "0x1F",
            "017",
            "1:20",
            "190:20:30.15",
            "2016-01-04",
            "2016-01-04T15:31:51.081Z",
            ".inf",
            "-.NaN",
            "079e9010",
            "1e3",
            "15.2",
            "<<",
            "=",
            "- ",
            ": ",
            " #",
            "---",
            "...",
            "|",
            "> ",
        ]);
        prop_oneof![
            2 => word.clone().prop_map(str::to_owned),
            4 => yaml_chars(),
            2 => (yaml_chars(), word, yaml_chars()).prop_map(|(a, w, b)| format!("{a}{w}{b}")),
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            6 => yaml_text().prop_map(Value::String),
            1 => any::<i64>().prop_map(Value::from),
            1 => any::<u64>().prop_map(Value::from),
            1 => any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            1 => any::<bool>().prop_map(Value::Bool),
            1 => Just(Value::Null),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..6).prop_map(Value::Array),
                btree_map(yaml_text(), inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn every_value_reads_back_as_itself(value in json_value()) {
            let yaml = to_string(&value);
            let back: Value = yaml_serde::from_str(&yaml)
                .map_err(|e| TestCaseError::fail(format!("{e} in:\n{yaml}")))?;
            prop_assert_eq!(back, value, "{}", yaml);
        }
    }
}
