//! Label models.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A label of a project or of a group.
///
/// Project labels also carry `priority` and `is_project_label`; the issue and merge request
/// counts are only sent when they were asked for (`with_counts=true` on lists).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Label {
    /// Numeric ID of the label.
    pub id: u64,
    /// Name (title) of the label.
    pub name: String,
    /// Background color, as `#RRGGBB` or a CSS color name.
    pub color: String,
    /// Color of the text drawn on the label, chosen by GitLab to contrast with `color`.
    pub text_color: String,
    /// Description in Markdown, if any.
    pub description: Option<String>,
    /// Description rendered to HTML, if any.
    pub description_html: Option<String>,
    /// Number of open issues carrying the label (only with counts).
    pub open_issues_count: Option<u64>,
    /// Number of closed issues carrying the label (only with counts).
    pub closed_issues_count: Option<u64>,
    /// Number of open merge requests carrying the label (only with counts).
    pub open_merge_requests_count: Option<u64>,
    /// Whether the current user gets notifications about the label.
    pub subscribed: bool,
    /// Priority of the label in the project (lower comes first); `null` when it has none.
    /// Only on project labels.
    pub priority: Option<u64>,
    /// Whether the label belongs to the project rather than to one of its groups. Only on
    /// project labels.
    pub is_project_label: Option<bool>,
}
