//! The error type of this crate.

/// A value that has no spelling in GitLab's wire forms.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The value could not be serialized to JSON on the way to its wire form.
    #[error("parameter `{name}` could not be serialized: {source}")]
    Serialize {
        /// Wire name of the parameter (empty for a path or header value).
        name: String,
        /// What serde said.
        #[source]
        source: serde_json::Error,
    },
    /// The value has a shape Rails' bracketed names cannot express.
    #[error("parameter `{name}` cannot be sent in a query or form: {reason}")]
    UnsupportedShape {
        /// Wire name of the (nested) parameter, such as `override_params[a[b]`.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A path or header value is not a scalar or a list of scalars.
    #[error("a path or header value cannot be {0}")]
    NotText(&'static str),
    /// A form or multipart body is not a struct or map of fields.
    #[error("a form or multipart body must be an object, not {0}")]
    BodyNotObject(&'static str),
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The JSON kind of `value`, for messages that must not print the value itself.
pub(crate) fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
