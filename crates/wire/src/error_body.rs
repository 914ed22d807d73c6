//! GitLab's JSON error bodies, written by the server and read by the client.
//!
//! GitLab answers errors with one of a few shapes, all objects:
//!
//! - `{"message": "401 Unauthorized"}`: most errors;
//! - `{"message": {"title": ["can't be blank"]}}`: validation failures, field by field (Rails
//!   also nests them, `{"message": {"merge_request": {"title": [...]}}}`, or lists model-level
//!   errors bare, `{"message": ["..."]}`);
//! - `{"error": "404 Not Found"}`: unknown routes;
//! - `{"error": "insufficient_scope", "error_description": "...", "scope": "api"}`: OAuth-style
//!   answers for a token that lacks a scope.
//!
//! [`ErrorBody`] holds any of them. Reading is lenient, because a client must make sense of
//! whatever a server answers: a field of an unexpected type is left out rather than failing.

use std::collections::BTreeMap;

use serde::de::Deserializer;
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A GitLab error body; absent fields are left out when written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorBody {
    /// `message`: a text, a validation map or a bare list.
    pub message: Option<Message>,
    /// `error`, for example `404 Not Found` or `insufficient_scope`.
    pub error: Option<String>,
    /// `error_description` of OAuth-style answers.
    pub error_description: Option<String>,
    /// `scope`: the scope a token was missing.
    pub scope: Option<String>,
}

/// The `message` of an [`ErrorBody`].
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// `"message": "403 Forbidden"`.
    Text(String),
    /// `"message": {"field": ["error", ...]}`, possibly nested.
    Fields(Map<String, Value>),
    /// `"message": ["error", ...]`: errors of the whole model.
    List(Vec<Value>),
}

/// The key under which [`ErrorBody::validation`] files model-level errors: the name Rails
/// itself uses for them.
pub const BASE_FIELD: &str = "base";

impl ErrorBody {
    /// `{"message": text}`.
    pub fn message(text: impl Into<String>) -> Self {
        Self {
            message: Some(Message::Text(text.into())),
            ..Self::default()
        }
    }

    /// `{"error": text}`.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            error: Some(text.into()),
            ..Self::default()
        }
    }

    /// `{"message": {"field": ["error", ...], ...}}`, fields in name order.
    #[must_use]
    pub fn invalid(fields: &BTreeMap<String, Vec<String>>) -> Self {
        let fields = fields
            .iter()
            .map(|(field, errors)| {
                let errors = errors.iter().cloned().map(Value::String).collect();
                (field.clone(), Value::Array(errors))
            })
            .collect();
        Self {
            message: Some(Message::Fields(fields)),
            ..Self::default()
        }
    }

    /// The body as a JSON object, in GitLab's field order.
    #[must_use]
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        if let Some(message) = &self.message {
            let message = match message {
                Message::Text(text) => Value::String(text.clone()),
                Message::Fields(fields) => Value::Object(fields.clone()),
                Message::List(items) => Value::Array(items.clone()),
            };
            map.insert("message".to_owned(), message);
        }
        let texts = [
            ("error", &self.error),
            ("error_description", &self.error_description),
            ("scope", &self.scope),
        ];
        for (key, text) in texts {
            if let Some(text) = text {
                map.insert(key.to_owned(), Value::String(text.clone()));
            }
        }
        Value::Object(map)
    }

    /// Reads a body leniently: `None` when it is not a JSON object; fields of an unexpected
    /// type are left out.
    #[must_use]
    pub fn from_value(value: &Value) -> Option<Self> {
        let Value::Object(map) = value else {
            return None;
        };
        let text = |key: &str| match map.get(key) {
            Some(Value::String(text)) => Some(text.clone()),
            _ => None,
        };
        Some(Self {
            message: match map.get("message") {
                Some(Value::String(text)) => Some(Message::Text(text.clone())),
                Some(Value::Object(fields)) => Some(Message::Fields(fields.clone())),
                Some(Value::Array(items)) => Some(Message::List(items.clone())),
                _ => None,
            },
            error: text("error"),
            error_description: text("error_description"),
            scope: text("scope"),
        })
    }

    /// The text of a plain `{"message": "..."}`.
    #[must_use]
    pub fn message_text(&self) -> Option<&str> {
        match &self.message {
            Some(Message::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The validation errors field by field: nested fields get dotted names
    /// (`merge_request.title`), a bare list is filed under [`BASE_FIELD`], and non-text
    /// messages are kept as their JSON text. Empty for a text message.
    #[must_use]
    pub fn validation(&self) -> BTreeMap<String, Vec<String>> {
        let mut out = BTreeMap::new();
        match &self.message {
            Some(Message::Fields(fields)) => {
                for (key, value) in fields {
                    flatten_validation(key, value, &mut out);
                }
            }
            Some(Message::List(items)) => {
                flatten_validation(BASE_FIELD, &Value::Array(items.clone()), &mut out);
            }
            Some(Message::Text(_)) | None => {}
        }
        out
    }
}

/// Adds the messages found in `value` under `key`, descending into nested objects.
fn flatten_validation(key: &str, value: &Value, out: &mut BTreeMap<String, Vec<String>>) {
    match value {
        Value::Object(fields) => {
            for (child, nested) in fields {
                flatten_validation(&format!("{key}.{child}"), nested, out);
            }
        }
        Value::Array(items) => {
            let entry = out.entry(key.to_owned()).or_default();
            for item in items {
                match item {
                    Value::String(text) => entry.push(text.clone()),
                    Value::Null => {}
                    other => entry.push(other.to_string()),
                }
            }
        }
        Value::String(text) => out.entry(key.to_owned()).or_default().push(text.clone()),
        Value::Null => {}
        other => out
            .entry(key.to_owned())
            .or_default()
            .push(other.to_string()),
    }
}

impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ErrorBody {
    /// Lenient as [`ErrorBody::from_value`]; fails only when the body is not an object.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Self::from_value(&value)
            .ok_or_else(|| serde::de::Error::custom("a GitLab error body is a JSON object"))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn gitlab_shapes_are_written_in_its_field_order() {
        assert_eq!(
            ErrorBody::message("401 Unauthorized").to_value(),
            json!({"message": "401 Unauthorized"})
        );
        assert_eq!(
            ErrorBody::error("404 Not Found").to_value(),
            json!({"error": "404 Not Found"})
        );
        let scope = ErrorBody {
            error: Some("insufficient_scope".into()),
            error_description: Some("d".into()),
            scope: Some("api".into()),
            ..ErrorBody::default()
        };
        let text = serde_json::to_string(&scope).unwrap();
        assert_eq!(
            text,
            r#"{"error":"insufficient_scope","error_description":"d","scope":"api"}"#
        );
        let fields = BTreeMap::from([
            ("title".to_owned(), vec!["can't be blank".to_owned()]),
            ("base".to_owned(), vec![]),
        ]);
        assert_eq!(
            serde_json::to_string(&ErrorBody::invalid(&fields)).unwrap(),
            r#"{"message":{"base":[],"title":["can't be blank"]}}"#
        );
    }

    #[test]
    fn reading_is_lenient_and_validation_is_flattened() {
        let body: ErrorBody = serde_json::from_value(json!({
            "message": {"title": ["is blank", null, 3], "mr": {"state": "bad"}},
            "error": {"not": "text"},
            "scope": "api",
        }))
        .unwrap();
        assert_eq!(body.error, None);
        assert_eq!(body.scope.as_deref(), Some("api"));
        assert_eq!(body.message_text(), None);
        let validation = body.validation();
        assert_eq!(validation["title"], ["is blank", "3"]);
        assert_eq!(validation["mr.state"], ["bad"]);
        let bare = ErrorBody::from_value(&json!({"message": ["Too big"]})).unwrap();
        assert_eq!(bare.validation()[BASE_FIELD], ["Too big"]);
        assert!(serde_json::from_value::<ErrorBody>(json!(["x"])).is_err());
        assert_eq!(
            ErrorBody::from_value(&json!({"message": "403 Forbidden"}))
                .unwrap()
                .message_text(),
            Some("403 Forbidden")
        );
    }

    #[test]
    fn written_bodies_read_back() {
        let fields = BTreeMap::from([("name".to_owned(), vec!["is invalid".to_owned()])]);
        for body in [
            ErrorBody::message("m"),
            ErrorBody::error("e"),
            ErrorBody::invalid(&fields),
        ] {
            assert_eq!(ErrorBody::from_value(&body.to_value()), Some(body));
        }
    }
}
