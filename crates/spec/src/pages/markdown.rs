//! The markdown page: rendering Markdown to HTML.

use gitlab_endpoint::Endpoint;

use crate::models::RenderedMarkdown;

/// Render a Markdown text to HTML.
///
/// Anonymous calls work unless the `project` context is not public.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/markdown",
    tag = "Markdown",
    response = RenderedMarkdown,
    public,
    example = "markdown/render_markdown.json",
)]
pub struct RenderMarkdown {
    /// The Markdown source.
    pub text: String,
    /// Use GitLab Flavored Markdown (default `false`).
    pub gfm: Option<bool>,
    /// Full path of the project that references resolve against (with `gfm`).
    pub project: Option<String>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![RenderMarkdown]
}
