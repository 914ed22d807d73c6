//! Snippets: the one snippet entity answered by the project snippets and snippets pages.
//!
//! Project snippets and personal snippets share one shape; `project_id` is `null` for personal
//! snippets. Older answers leave out the repository fields (`ssh_url_to_repo`,
//! `http_url_to_repo`, `files`) and `visibility`, so they are optional.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{ProjectVisibility, UserBasic};

/// A snippet: a piece of code or text kept in its own small Git repository, either personal
/// or belonging to a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Snippet {
    /// Numeric snippet ID.
    pub id: u64,
    /// Title.
    pub title: String,
    /// Name of the snippet's first file (its only file for older snippets).
    pub file_name: Option<String>,
    /// Free-text description, if any.
    pub description: Option<String>,
    /// Who can see the snippet (`private`, `internal` or `public`).
    pub visibility: Option<ProjectVisibility>,
    /// Who created the snippet.
    pub author: UserBasic,
    /// When the snippet was last changed.
    pub updated_at: DateTime<Utc>,
    /// When the snippet was created.
    pub created_at: DateTime<Utc>,
    /// Expiry time; a field of early GitLab versions, always `null` now.
    pub expires_at: Option<DateTime<Utc>>,
    /// Project the snippet belongs to; `null` for a personal snippet.
    pub project_id: Option<u64>,
    /// Address of the snippet in the web interface.
    pub web_url: String,
    /// Address of the snippet's raw content.
    pub raw_url: String,
    /// SSH address to clone the snippet's repository, when it has one.
    pub ssh_url_to_repo: Option<String>,
    /// HTTP(S) address to clone the snippet's repository, when it has one.
    pub http_url_to_repo: Option<String>,
    /// Files of the snippet's repository (empty when it has no repository yet).
    pub files: Option<Vec<SnippetFile>>,
}

/// One file in a snippet's repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SnippetFile {
    /// Path of the file inside the repository.
    pub path: String,
    /// Address of the file's raw content on the default branch.
    pub raw_url: String,
}
