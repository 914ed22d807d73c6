//! The snippets page: personal snippets of users, and public snippets.
//!
//! The parameters that create and edit a snippet are shared with the project snippets page and
//! declared here: the files of a snippet (`files[]`) and the other settings.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{ProjectVisibility, Snippet, UserAgentDetail};

/// One file of a new snippet (an item of `files[]` when creating).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SnippetFileCreate {
    /// Path of the file inside the snippet's repository.
    pub file_path: String,
    /// Text of the file.
    pub content: String,
}

/// What to do with one file of a snippet being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SnippetFileAction {
    /// Add a new file.
    Create,
    /// Replace the content of an existing file.
    Update,
    /// Remove a file.
    Delete,
    /// Rename a file (from `previous_path` to `file_path`), optionally with new content.
    Move,
}

/// One change to the files of a snippet (an item of `files[]` when editing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SnippetFileChange {
    /// What to do with the file.
    pub action: SnippetFileAction,
    /// Path of the file inside the snippet's repository (its new path when moving).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_path: Option<String>,
    /// Path the file had before a `move`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_path: Option<String>,
    /// New text of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// Settings a snippet is created with, on both snippet pages (visibility apart: the two pages
/// differ on whether it is required).
#[derive(Debug, Clone, Default, Params)]
pub struct SnippetCreateSettings {
    /// Title of the snippet.
    pub title: String,
    /// Free-text description of the snippet.
    pub description: Option<String>,
    /// Name of the snippet's single file. Deprecated: use `files`.
    #[param(deprecated)]
    pub file_name: Option<String>,
    /// Text of the snippet's single file. Deprecated: use `files`.
    #[param(deprecated)]
    pub content: Option<String>,
    /// Files to put in the snippet.
    pub files: Option<Vec<SnippetFileCreate>>,
}

/// Settings a snippet is edited with, on both snippet pages. Give at least one of them.
#[derive(Debug, Clone, Default, Params)]
pub struct SnippetEditSettings {
    /// New title of the snippet.
    pub title: Option<String>,
    /// New description of the snippet.
    pub description: Option<String>,
    /// New name of the snippet's single file. Deprecated: use `files`.
    #[param(deprecated)]
    pub file_name: Option<String>,
    /// New text of the snippet's single file. Deprecated: use `files`.
    #[param(deprecated)]
    pub content: Option<String>,
    /// New visibility of the snippet.
    pub visibility: Option<ProjectVisibility>,
    /// Changes to the snippet's files; needed when the snippet has more than one file.
    pub files: Option<Vec<SnippetFileChange>>,
}

/// List the snippets the current user created.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets",
    tag = "Snippets",
    response = Vec<Snippet>,
    paginate = offset,
    example = "snippets/list_snippets.json",
)]
pub struct ListSnippets {
    /// Only snippets created after this time (ISO 8601).
    pub created_after: Option<DateTime<Utc>>,
    /// Only snippets created before this time (ISO 8601).
    pub created_before: Option<DateTime<Utc>>,
}

/// Get one snippet.
///
/// Public snippets can be read without authentication.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets/{id}",
    tag = "Snippets",
    response = Snippet,
    public,
    example = "snippets/get_snippet.json",
)]
pub struct GetSnippet {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
}

/// Download the content of a snippet as plain text.
///
/// For a snippet with several files, this is the content of its first file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets/{id}/raw",
    tag = "Snippets",
    response = (),
    raw = "text/plain",
    public,
)]
pub struct GetSnippetContent {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
}

/// Download one file of a snippet's repository, at a given revision, as plain text.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets/{id}/files/{ref}/{file_path}/raw",
    tag = "Snippets",
    response = (),
    raw = "text/plain",
    public,
)]
pub struct GetSnippetFileContent {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
    /// Branch, tag or commit SHA to read the file at (a `/` in it is sent as `%2F`).
    #[param(path)]
    pub r#ref: String,
    /// Path of the file inside the snippet's repository, URL-encoded (`dir%2Ffile.rb`).
    #[param(path)]
    pub file_path: String,
}

/// Create a personal snippet for the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/snippets",
    tag = "Snippets",
    response = Snippet,
    example = "snippets/create_snippet.json",
)]
pub struct CreateSnippet {
    /// Who can see the snippet (default `internal`).
    pub visibility: Option<ProjectVisibility>,
    /// Title, description and files.
    #[param(flatten)]
    pub settings: SnippetCreateSettings,
}

/// Change a personal snippet of the current user.
///
/// Snippets with more than one file can only be changed through `files`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/snippets/{id}",
    tag = "Snippets",
    response = Snippet,
    example = "snippets/edit_snippet.json",
)]
pub struct EditSnippet {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
    /// What to change.
    #[param(flatten)]
    pub settings: SnippetEditSettings,
}

/// Delete a personal snippet of the current user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/snippets/{id}",
    tag = "Snippets",
    response = (),
)]
pub struct DeleteSnippet {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
}

/// List the public personal snippets of every user.
// The page's example request sends a token, and GitLab's Grape handler calls `authenticate!`
// for this list: it is not marked `public`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets/public",
    tag = "Snippets",
    response = Vec<Snippet>,
    paginate = offset,
    example = "snippets/list_public_snippets.json",
)]
pub struct ListPublicSnippets {
    /// Only snippets created after this time (ISO 8601).
    pub created_after: Option<DateTime<Utc>>,
    /// Only snippets created before this time (ISO 8601).
    pub created_before: Option<DateTime<Utc>>,
}

/// Get what GitLab recorded about the client that created a snippet (administrators only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/snippets/{id}/user_agent_detail",
    tag = "Snippets",
    response = UserAgentDetail,
    admin,
    example = "snippets/get_snippet_user_agent_detail.json",
)]
pub struct GetSnippetUserAgentDetail {
    /// Numeric ID of the snippet.
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListSnippets,
        GetSnippet,
        GetSnippetContent,
        GetSnippetFileContent,
        CreateSnippet,
        EditSnippet,
        DeleteSnippet,
        ListPublicSnippets,
        GetSnippetUserAgentDetail
    ]
}
