//! The project snippets page: snippets that belong to a project.
//!
//! The settings of creating and editing a snippet, and its `files[]` items, are shared with
//! the snippets page and declared there.

use gitlab_endpoint::{Endpoint, IdOrPath};

use super::snippets::{SnippetCreateSettings, SnippetEditSettings};
use crate::models::{ProjectVisibility, Snippet, UserAgentDetail};

/// List the snippets of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets",
    tag = "Project snippets",
    response = Vec<Snippet>,
    paginate = offset,
    example = "project_snippets/list_project_snippets.json",
)]
pub struct ListProjectSnippets {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one snippet of a project.
///
/// Public snippets of public projects can be read without authentication.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}",
    tag = "Project snippets",
    response = Snippet,
    public,
    example = "project_snippets/get_project_snippet.json",
)]
pub struct GetProjectSnippet {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
}

/// Create a snippet in a project.
///
/// The caller needs permission to create snippets in the project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/snippets",
    tag = "Project snippets",
    response = Snippet,
    example = "project_snippets/create_project_snippet.json",
)]
pub struct CreateProjectSnippet {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Who can see the snippet.
    // The page lists `visibility` as optional, but GitLab's Grape handler declares it with
    // `requires` for project snippets (unlike personal snippets, which default to `internal`),
    // and answers 400 without it: required here.
    pub visibility: ProjectVisibility,
    /// Title, description and files.
    #[param(flatten)]
    pub settings: SnippetCreateSettings,
}

/// Change a snippet of a project.
///
/// Snippets with more than one file can only be changed through `files`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/snippets/{snippet_id}",
    tag = "Project snippets",
    response = Snippet,
    example = "project_snippets/edit_project_snippet.json",
)]
pub struct EditProjectSnippet {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
    /// What to change.
    #[param(flatten)]
    pub settings: SnippetEditSettings,
}

/// Delete a snippet of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/snippets/{snippet_id}",
    tag = "Project snippets",
    response = (),
)]
pub struct DeleteProjectSnippet {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
}

/// Download the content of a project snippet as plain text.
///
/// For a snippet with several files, this is the content of its first file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}/raw",
    tag = "Project snippets",
    response = (),
    raw = "text/plain",
    public,
)]
pub struct GetProjectSnippetContent {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
}

/// Download one file of a project snippet's repository, at a given revision, as plain text.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}/files/{ref}/{file_path}/raw",
    tag = "Project snippets",
    response = (),
    raw = "text/plain",
    public,
)]
pub struct GetProjectSnippetFileContent {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
    /// Branch, tag or commit SHA to read the file at (a `/` in it is sent as `%2F`).
    #[param(path)]
    pub r#ref: String,
    /// Path of the file inside the snippet's repository, URL-encoded (`dir%2Ffile.rb`).
    #[param(path)]
    pub file_path: String,
}

/// Get what GitLab recorded about the client that created a project snippet (administrators
/// only).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}/user_agent_detail",
    tag = "Project snippets",
    response = UserAgentDetail,
    admin,
    example = "project_snippets/get_project_snippet_user_agent_detail.json",
)]
pub struct GetProjectSnippetUserAgentDetail {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
}

/// Every endpoint of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectSnippets,
        GetProjectSnippet,
        CreateProjectSnippet,
        EditProjectSnippet,
        DeleteProjectSnippet,
        GetProjectSnippetContent,
        GetProjectSnippetFileContent,
        GetProjectSnippetUserAgentDetail
    ]
}
