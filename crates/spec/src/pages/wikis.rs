//! The wikis page: pages and attachments of a project's wiki.
//!
//! The group wikis page offers the same operations under `/groups/{id}/wikis`: each route type
//! here also declares that route as a `variant(...)` tagged "Group wikis" (listed again in
//! `group_wikis.rs`).

use gitlab_endpoint::{Endpoint, IdOrPath, Upload};

use crate::models::{WikiAttachment, WikiPage, WikiPageFormat};

/// List the pages of a project's wiki.
// The pages say nothing of pagination; GitLab's Grape handler answers the whole list at once
// (no `paginate` helper), for projects and groups alike, so this list is not paginated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/wikis",
    tag = "Wikis",
    response = Vec<WikiPage>,
    example = "wikis/list_wiki_pages.json",
    variant(
        "/groups/{id}/wikis",
        id = "listGroupWikiPages",
        summary = "List the pages of a group's wiki.",
        tag = "Group wikis",
        example = "group_wikis/list_group_wiki_pages.json",
    ),
)]
pub struct ListWikiPages {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Add each page's content (and its encoding) to the answer (default `false`).
    pub with_content: Option<bool>,
}

/// Get one page of a project's wiki.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/wikis/{slug}",
    tag = "Wikis",
    response = WikiPage,
    example = "wikis/get_wiki_page.json",
    variant(
        "/groups/{id}/wikis/{slug}",
        id = "getGroupWikiPage",
        summary = "Get one page of a group's wiki.",
        tag = "Group wikis",
        example = "group_wikis/get_group_wiki_page.json",
    ),
)]
pub struct GetWikiPage {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Slug of the page, URL-encoded (`dir%2Fpage_name`).
    #[param(path)]
    pub slug: String,
    /// Answer with the page rendered as HTML instead of its source (default `false`).
    pub render_html: Option<bool>,
    /// SHA of the page version to read (default: the latest).
    pub version: Option<String>,
}

/// Create a page in a project's wiki.
//
// `ENDPOINTS.tsv` files `POST /projects/{id}/wikis` under the group wikis page too: that page's
// section heads its route with the project path by mistake, while its parameters (a group ID)
// and its curl call (`/groups/1/wikis`) are the group's. The project route is declared here,
// the group one as the variant below.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/wikis",
    tag = "Wikis",
    response = WikiPage,
    example = "wikis/create_wiki_page.json",
    variant(
        "/groups/{id}/wikis",
        id = "createGroupWikiPage",
        summary = "Create a page in a group's wiki.",
        tag = "Group wikis",
        example = "group_wikis/create_group_wiki_page.json",
    ),
)]
pub struct CreateWikiPage {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Text of the new page.
    pub content: String,
    /// Title of the new page; its slug is made from it.
    pub title: String,
    /// Markup language of the page (default `markdown`).
    pub format: Option<WikiPageFormat>,
}

/// Change a page of a project's wiki.
///
/// Give `content`, `title`, or both.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/wikis/{slug}",
    tag = "Wikis",
    response = WikiPage,
    example = "wikis/edit_wiki_page.json",
    variant(
        "/groups/{id}/wikis/{slug}",
        id = "editGroupWikiPage",
        summary = "Change a page of a group's wiki.",
        tag = "Group wikis",
        example = "group_wikis/edit_group_wiki_page.json",
    ),
)]
pub struct EditWikiPage {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Slug of the page, URL-encoded (`dir%2Fpage_name`).
    #[param(path)]
    pub slug: String,
    /// New text of the page (needed when `title` is not given).
    pub content: Option<String>,
    /// New title of the page (needed when `content` is not given).
    pub title: Option<String>,
    /// Markup language of the page (default `markdown`).
    pub format: Option<WikiPageFormat>,
}

/// Delete a page of a project's wiki.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/wikis/{slug}",
    tag = "Wikis",
    response = (),
    variant(
        "/groups/{id}/wikis/{slug}",
        id = "deleteGroupWikiPage",
        summary = "Delete a page of a group's wiki.",
        tag = "Group wikis",
    ),
)]
pub struct DeleteWikiPage {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Slug of the page, URL-encoded (`dir%2Fpage_name`).
    #[param(path)]
    pub slug: String,
}

/// Upload a file to the `uploads` folder of a project wiki's repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/wikis/attachments",
    tag = "Wikis",
    response = WikiAttachment,
    multipart,
    example = "wikis/upload_wiki_attachment.json",
    variant(
        "/groups/{id}/wikis/attachments",
        id = "uploadGroupWikiAttachment",
        summary = "Upload a file to the `uploads` folder of a group wiki's repository.",
        tag = "Group wikis",
        example = "group_wikis/upload_group_wiki_attachment.json",
    ),
)]
pub struct UploadWikiAttachment {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The file to upload.
    pub file: Upload,
    /// Branch to commit the file to (default: the wiki repository's default branch).
    pub branch: Option<String>,
}

/// Every endpoint of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListWikiPages,
        GetWikiPage,
        CreateWikiPage,
        EditWikiPage,
        DeleteWikiPage,
        UploadWikiAttachment
    ]
}
