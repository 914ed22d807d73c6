//! The one error type of the generator.

/// What can go wrong while generating.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document is not a readable OpenAPI 3.0 document.
    #[error("cannot read the OpenAPI document: {0}")]
    Document(#[from] serde_json::Error),
    /// The document is not valid YAML.
    #[error("cannot read the OpenAPI document as YAML: {0}")]
    Yaml(String),
    /// The document is JSON or YAML but not an OpenAPI 3.0 or 3.1 document.
    #[error("not an OpenAPI 3.0 or 3.1 document: {0}")]
    NotOpenApi(String),
    /// The document is OpenAPI 3.0 in name but does not have the expected shape.
    #[error("cannot read the OpenAPI document at `{path}`: {message}")]
    Shape {
        /// Where in the document, e.g. `paths./pets.get.responses`.
        path: String,
        /// serde's description.
        message: String,
    },
    /// The document does not hold together (a reference that does not resolve); every such
    /// problem is listed. Valid constructs that the generator cannot express are not errors:
    /// they are left out or held as untyped JSON, with a warning.
    #[error("the document has {} problem(s):\n  - {}", .0.len(), .0.join("\n  - "))]
    Unsupported(Vec<String>),
    /// A template could not be read.
    #[error("cannot read template {path}: {source}")]
    Io {
        /// The template file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A template failed to parse or render.
    #[error("template `{template}`: {message}")]
    Template {
        /// The template's name.
        template: String,
        /// Tera's description, including the location.
        message: String,
    },
    /// A template rendered text that is not valid Rust: a template bug.
    #[error(
        "template `{template}` rendered invalid Rust at line {line}, column {column}: {message}\n{excerpt}"
    )]
    InvalidRust {
        /// The template's name.
        template: String,
        /// syn's message.
        message: String,
        /// 1-based line in the rendered text.
        line: usize,
        /// 0-based column in the rendered text.
        column: usize,
        /// The rendered lines around the error.
        excerpt: String,
    },
}

/// The generator's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
