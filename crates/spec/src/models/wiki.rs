//! Wikis: pages of a wiki, and files uploaded to a wiki's repository.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Markup language a wiki page is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WikiPageFormat {
    /// Markdown (GitLab Flavored Markdown).
    Markdown,
    /// Ruby's RDoc markup.
    Rdoc,
    /// AsciiDoc.
    Asciidoc,
    /// Emacs Org mode.
    Org,
}

/// A page of a wiki.
///
/// Lists leave out `content` and `encoding` unless they are asked for the content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct WikiPage {
    /// Markup language of the page.
    pub format: WikiPageFormat,
    /// Unique path of the page inside the wiki (`dir/page_name`), used in its address.
    pub slug: String,
    /// Title of the page.
    pub title: String,
    /// Text of the page, or its rendered HTML when that was asked for.
    pub content: Option<String>,
    /// Character encoding of the content (`UTF-8`).
    pub encoding: Option<String>,
}

/// A file uploaded to the `uploads` folder of a wiki's repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct WikiAttachment {
    /// Name of the stored file.
    pub file_name: String,
    /// Path of the file inside the wiki repository.
    pub file_path: String,
    /// Branch the file was committed to.
    pub branch: String,
    /// How to refer to the file from a wiki page.
    pub link: WikiAttachmentLink,
}

/// Ways to refer to an uploaded wiki file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct WikiAttachmentLink {
    /// Address of the file, relative to the wiki.
    pub url: String,
    /// Markdown that embeds or links the file.
    pub markdown: String,
}
