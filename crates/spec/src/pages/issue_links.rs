//! The issue links page: links between issues: relates to, blocks, is blocked by.
//!
//! A link is two-way: listing the links of either issue shows it, and deleting it from either
//! side removes it.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{IssuableLinkType, IssueLink, LinkedIssue};

/// List the issues linked to an issue.
///
/// Oldest link first; issues the current user may not see are left out.
// GitLab answers the whole list at once (the route takes no pagination parameters).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/links",
    tag = "Issue links",
    response = Vec<LinkedIssue>,
    example = "issue_links/list_issue_links.json",
)]
pub struct ListIssueLinks {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// Get one link of an issue (GitLab 15.1 and later).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/links/{issue_link_id}",
    tag = "Issue links",
    response = IssueLink,
    example = "issue_links/get_issue_link.json",
)]
pub struct GetIssueLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// ID of the link (the `issue_link_id` of a listed issue).
    // The docs type it "integer/string"; GitLab reads an integer ID.
    #[param(path)]
    pub issue_link_id: u64,
}

/// Link an issue to another issue.
///
/// The current user must be allowed to change both issues; the target may be in another
/// project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/links",
    tag = "Issue links",
    response = IssueLink,
    example = "issue_links/create_issue_link.json",
)]
pub struct CreateIssueLink {
    /// The project of the source issue, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the source issue inside its project.
    #[param(path)]
    pub issue_iid: u64,
    /// The project of the target issue, by numeric ID or URL-encoded full path.
    pub target_project_id: IdOrPath,
    /// Number of the target issue inside its project.
    // The docs type it "integer/string"; it is the issue's internal ID, a number.
    pub target_issue_iid: u64,
    /// Kind of link, seen from the source issue (default `relates_to`).
    pub link_type: Option<IssuableLinkType>,
}

/// Delete a link between two issues.
///
/// Answers the link as it was.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{issue_iid}/links/{issue_link_id}",
    tag = "Issue links",
    response = IssueLink,
    example = "issue_links/delete_issue_link.json",
)]
pub struct DeleteIssueLink {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the issue inside the project.
    #[param(path)]
    pub issue_iid: u64,
    /// ID of the link (the `issue_link_id` of a listed issue).
    // The docs type it "integer/string"; GitLab reads an integer ID.
    #[param(path)]
    pub issue_link_id: u64,
    /// Kind of link (default `relates_to`).
    // Documented for this route, but GitLab finds the link by its ID alone and ignores it.
    pub link_type: Option<IssuableLinkType>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListIssueLinks,
        GetIssueLink,
        CreateIssueLink,
        DeleteIssueLink
    ]
}
