//! The group wikis page: pages and attachments of a group's wiki.
//!
//! Each operation of this page is the group variant of a project wiki operation: the route
//! types are declared once in `wikis.rs`, and this page keeps their operations tagged
//! "Group wikis".

use gitlab_endpoint::EndpointInfo;

use super::wikis::{
    CreateWikiPage, DeleteWikiPage, EditWikiPage, GetWikiPage, ListWikiPages, UploadWikiAttachment,
};

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListWikiPages,
        GetWikiPage,
        CreateWikiPage,
        EditWikiPage,
        DeleteWikiPage,
        UploadWikiAttachment,
    ]
}
