//! The error type of this crate.

/// Errors raised while turning a route value into a request.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A parameter value could not be serialized to JSON.
    #[error("parameter `{name}` could not be serialized: {source}")]
    Serialize {
        /// Wire name of the parameter.
        name: &'static str,
        /// What serde said.
        #[source]
        source: serde_json::Error,
    },
    /// A parameter value has a shape GitLab's query forms cannot express (for example an array
    /// nested directly in an array).
    #[error("parameter `{name}` cannot be sent in a query string: {reason}")]
    UnsupportedQueryShape {
        /// Wire name of the parameter.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
