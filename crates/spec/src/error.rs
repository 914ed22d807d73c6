//! The error type of this crate.

use std::fmt;

/// One thing wrong with the assembled document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `METHOD /path` or a component name.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec failed validation; every problem is listed.
    #[error("the spec has {} problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    /// The document could not be serialized.
    #[error("the document could not be serialized: {0}")]
    Serialize(#[from] serde_json::Error),
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
