//! The suggestions page: applying the changes suggested in merge request comments.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::Suggestion;

/// Apply a suggestion of a merge request comment, committing its change to the source branch.
///
/// Needs at least the Developer role in the project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/suggestions/{id}/apply",
    tag = "Suggestions",
    response = Suggestion,
    example = "suggestions/apply_suggestion.json",
)]
pub struct ApplySuggestion {
    /// Numeric ID of the suggestion.
    #[param(path)]
    pub id: u64,
    /// Message of the commit, instead of the one GitLab or the project's setting would write.
    pub commit_message: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ApplySuggestion]
}
