//! Coercion of raw parameter values to their declared [`Kind`], and path template matching.
//!
//! Values come from two kinds of sources: text (path, query, headers, forms, multipart), where
//! every leaf is a string, and JSON bodies, where native types are accepted as well as the
//! numeric and boolean strings GitLab coerces.

use gitlab_wire::decode::indexed_items;
use serde_json::{Number, Value};

use crate::form::percent_decode;

use crate::spec::{Kind, Style};

/// Where a raw value came from; decides how strings become arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Path, query, header, form or multipart: every leaf is a string.
    Text,
    /// A JSON body.
    Json,
}

/// Coerces `raw` to `kind`; `None` when the value is invalid.
pub(crate) fn coerce(raw: &Value, kind: &Kind, style: Style, source: Source) -> Option<Value> {
    // Grape reads an empty text value of a non-string type as "no value".
    if source == Source::Text && raw.as_str() == Some("") && !accepts_empty_text(kind) {
        return Some(Value::Null);
    }
    match kind {
        Kind::String | Kind::File => scalar_text(raw).map(Value::String),
        Kind::Integer => integer(raw).map(Value::from),
        Kind::Number => number(raw),
        Kind::Boolean => boolean(raw).map(Value::Bool),
        Kind::DateTime => date_time(raw.as_str()?).map(Value::String),
        Kind::Date => is_date(raw.as_str()?).then(|| raw.clone()),
        Kind::Enum(allowed) => {
            let text = scalar_text(raw)?;
            allowed
                .contains(&text.as_str())
                .then_some(Value::String(text))
        }
        Kind::IntegerEnum(allowed) => {
            let n = integer(raw)?;
            allowed.contains(&n).then_some(Value::from(n))
        }
        Kind::Array(inner) => array(raw, inner, style, source),
        Kind::Object => raw.is_object().then(|| raw.clone()),
        Kind::Any => Some(raw.clone()),
    }
}

/// Kinds for which an empty string is a real value rather than "nothing".
fn accepts_empty_text(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::String | Kind::Any | Kind::Array(_) | Kind::Enum(_)
    )
}

/// A string, or the text of a number or boolean (GitLab coerces those to strings).
fn scalar_text(raw: &Value) -> Option<String> {
    match raw {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn integer(raw: &Value) -> Option<i64> {
    match raw {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn number(raw: &Value) -> Option<Value> {
    match raw {
        Value::Number(_) => Some(raw.clone()),
        Value::String(s) => {
            let n: f64 = s.trim().parse().ok()?;
            Number::from_f64(n).map(Value::Number)
        }
        _ => None,
    }
}

fn boolean(raw: &Value) -> Option<bool> {
    match raw {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_i64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn array(raw: &Value, inner: &Kind, style: Style, source: Source) -> Option<Value> {
    let items: Vec<Value> = match raw {
        Value::Array(items) => items.clone(),
        // `v[0][k]=x&v[1][k]=y` arrives as a hash keyed by index.
        Value::Object(map) => indexed_items(map)?,
        Value::String(s) if style == Style::Comma || source == Source::Json => {
            if s.is_empty() {
                Vec::new()
            } else {
                s.split(',')
                    .map(|part| Value::String(part.trim().to_owned()))
                    .collect()
            }
        }
        Value::Null => return None,
        scalar => vec![scalar.clone()],
    };
    items
        .iter()
        .map(|item| coerce(item, inner, Style::Form, source))
        .collect::<Option<Vec<_>>>()
        .map(Value::Array)
}

/// `YYYY-MM-DD` with plausible month and day.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// Checks an ISO 8601 date-time (or a bare date) and returns it normalised.
///
/// A `+` of the offset that was sent unencoded in a query string arrives as a space; it is
/// put back so handlers see the time the client meant.
fn date_time(s: &str) -> Option<String> {
    if is_date(s) {
        return Some(s.to_owned());
    }
    let (date, rest) = (s.get(..10)?, s.get(10..)?);
    if !is_date(date) || !rest.starts_with(['T', 't', ' ']) {
        return None;
    }
    let time = &rest[1..];
    let (clock, zone) = match time.find(['Z', 'z', '+', '-', ' ']) {
        Some(at) => time.split_at(at),
        None => (time, ""),
    };
    if !is_clock(clock) || !is_zone(zone) {
        return None;
    }
    let zone = zone
        .strip_prefix(' ')
        .map_or_else(|| zone.to_owned(), |z| format!("+{z}"));
    Some(format!("{date}{}{clock}{zone}", &rest[..1]))
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
fn is_clock(clock: &str) -> bool {
    let (main, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let fields: Vec<&str> = main.split(':').collect();
    let two_digits = |f: &&str| f.len() == 2 && f.bytes().all(|c| c.is_ascii_digit());
    (2..=3).contains(&fields.len())
        && fields.iter().all(two_digits)
        && !fraction.is_empty()
        && fraction.bytes().all(|c| c.is_ascii_digit())
}

/// Empty, `Z`, or an offset `±HH:MM` / `±HHMM` / `±HH` (a space standing for `+`).
fn is_zone(zone: &str) -> bool {
    if zone.is_empty() || zone.eq_ignore_ascii_case("z") {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-', ' ']) else {
        return false;
    };
    let digits: String = offset.chars().filter(|c| *c != ':').collect();
    matches!(digits.len(), 2 | 4) && digits.bytes().all(|c| c.is_ascii_digit())
}

/// Matches a raw (still percent-encoded) request path against an OpenAPI path template and
/// returns the decoded values of its `{name}` placeholders, or `None` when it does not match.
pub(crate) fn match_path<'t>(template: &'t str, path: &str) -> Option<Vec<(&'t str, String)>> {
    // Segments are cut at each `/` by byte: paths are short, and a `str::split` costs more to
    // set up per segment than the scan.
    let mut templates = Some(template.trim_end_matches('/'));
    let mut segments = Some(path.trim_end_matches('/'));
    let mut values = Vec::new();
    loop {
        let (pattern, segment) = match (next_segment(&mut templates), next_segment(&mut segments)) {
            (None, None) => return Some(values),
            (Some(pattern), Some(segment)) => (pattern, segment),
            _ => return None,
        };
        let bytes = pattern.as_bytes();
        let open = bytes.iter().position(|&b| b == b'{');
        let close = bytes.iter().rposition(|&b| b == b'}');
        match (open, close) {
            (Some(open), Some(close)) if open < close => {
                let (prefix, suffix) = (&pattern[..open], &pattern[close + 1..]);
                let inner = segment.strip_prefix(prefix)?.strip_suffix(suffix)?;
                let value = percent_decode(inner, false).into_owned();
                values.push((&pattern[open + 1..close], value));
            }
            _ if segment == pattern => {}
            _ => {
                if percent_decode(segment, false) != pattern {
                    return None;
                }
            }
        }
    }
}

/// The decoded values of the `{name}` placeholders of `template`, by name, from the raw (still
/// percent-encoded) values a router matched for them, in order: what [`match_path`] returns
/// for the same path.
pub(crate) fn named_path_values<'t, 'v>(
    template: &'t str,
    raw: impl Iterator<Item = &'v str>,
) -> Vec<(&'t str, String)> {
    let mut values = Vec::with_capacity(2);
    let mut rest = template;
    for value in raw {
        let Some(open) = rest.bytes().position(|b| b == b'{') else {
            break;
        };
        let Some(close) = rest[open..].bytes().position(|b| b == b'}') else {
            break;
        };
        values.push((
            &rest[open + 1..open + close],
            percent_decode(value, false).into_owned(),
        ));
        rest = &rest[open + close + 1..];
    }
    values
}

/// The next `/`-separated segment of `rest`, as `str::split('/')` would give it; `rest`
/// becomes `None` after the last one.
fn next_segment<'a>(rest: &mut Option<&'a str>) -> Option<&'a str> {
    let text = (*rest)?;
    match text.bytes().position(|b| b == b'/') {
        Some(at) => {
            *rest = Some(&text[at + 1..]);
            Some(&text[..at])
        }
        None => {
            *rest = None;
            Some(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn scalars_from_text_and_json() {
        let text = |s: &str, kind| coerce(&json!(s), kind, Style::Form, Source::Text);
        assert_eq!(text("42", &Kind::Integer), Some(json!(42)));
        assert_eq!(text("4x", &Kind::Integer), None);
        assert_eq!(text("TRUE", &Kind::Boolean), Some(json!(true)));
        assert_eq!(text("0", &Kind::Boolean), Some(json!(false)));
        assert_eq!(text("yes", &Kind::Boolean), None);
        assert_eq!(text("1.5", &Kind::Number), Some(json!(1.5)));
        assert_eq!(text("", &Kind::Integer), Some(Value::Null));
        assert_eq!(text("2024-02-30", &Kind::Date), Some(json!("2024-02-30")));
        assert_eq!(text("2024-13-01", &Kind::Date), None);
        assert_eq!(
            text("2017-10-17T23:11:13.000 05:30", &Kind::DateTime),
            Some(json!("2017-10-17T23:11:13.000+05:30"))
        );
        assert_eq!(
            text("2017-10-17T23:11:13Z", &Kind::DateTime),
            Some(json!("2017-10-17T23:11:13Z"))
        );
        assert_eq!(text("2017-10-17T23", &Kind::DateTime), None);
        let json_value = |v: Value, kind| coerce(&v, kind, Style::Form, Source::Json);
        assert_eq!(json_value(json!("7"), &Kind::Integer), Some(json!(7)));
        assert_eq!(json_value(json!(7), &Kind::String), Some(json!("7")));
        assert_eq!(
            json_value(json!("a,b"), &Kind::Array(&Kind::String)),
            Some(json!(["a", "b"]))
        );
        assert_eq!(
            json_value(json!([1, "x"]), &Kind::Array(&Kind::Integer)),
            None
        );
    }

    #[test]
    fn arrays_from_text() {
        let list = &Kind::Array(&Kind::Integer);
        assert_eq!(
            coerce(&json!("1,2"), list, Style::Comma, Source::Text),
            Some(json!([1, 2]))
        );
        assert_eq!(
            coerce(&json!("1"), list, Style::Form, Source::Text),
            Some(json!([1]))
        );
        assert_eq!(
            coerce(
                &json!({"1": "b", "0": "a"}),
                &Kind::Array(&Kind::String),
                Style::Form,
                Source::Text
            ),
            Some(json!(["a", "b"]))
        );
    }

    #[test]
    fn segments_are_the_ones_split_gives() {
        for text in [
            "",
            "/",
            "/projects/{id}/issues",
            "a//b/",
            "é/ü%2F/x",
            "no-slash",
        ] {
            let mut rest = Some(text);
            let mut segments = Vec::new();
            while let Some(segment) = next_segment(&mut rest) {
                segments.push(segment);
            }
            assert_eq!(segments, text.split('/').collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn paths() {
        assert_eq!(
            match_path("/projects/{id}/issues", "/projects/group%2Fproject/issues"),
            Some(vec![("id", "group/project".to_owned())])
        );
        assert_eq!(match_path("/projects/{id}/issues", "/projects/1/mrs"), None);
        assert_eq!(
            match_path("/commits/{sha}.diff", "/commits/abc.diff"),
            Some(vec![("sha", "abc".to_owned())])
        );
        // A value spelled like its placeholder is still a value.
        assert_eq!(
            match_path("/projects/{id}", "/projects/{id}"),
            Some(vec![("id", "{id}".to_owned())])
        );
        // Fixed segments match when sent percent-encoded too; trailing slashes do not count.
        assert_eq!(
            match_path("/users/{id}/keys", "/users/2/%6Beys/"),
            Some(vec![("id", "2".to_owned())])
        );
        assert_eq!(match_path("/projects/{id}", "/projects/1/x"), None);
    }
}
