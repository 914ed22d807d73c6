//! Suggestions: changes proposed inside merge request comments, which can be applied as commits.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A change proposed in a comment on a merge request's diff: lines to replace and their
/// replacement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Suggestion {
    /// Numeric ID of the suggestion.
    pub id: u64,
    /// First line of the range the suggestion replaces.
    pub from_line: u64,
    /// Last line of the range the suggestion replaces.
    pub to_line: u64,
    /// Whether the suggestion can still be applied.
    pub applicable: bool,
    /// Whether the suggestion has been applied.
    pub applied: bool,
    /// The lines as they were when the suggestion was made.
    pub from_content: String,
    /// The lines the suggestion puts in their place.
    pub to_content: String,
}
