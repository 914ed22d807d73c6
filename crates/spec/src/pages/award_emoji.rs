//! The award emoji page: emoji reactions on issues, merge requests, snippets and their comments.

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::AwardEmoji;

/// The emoji to award: shared by every endpoint that gives one.
#[derive(Debug, Clone, Default, Params)]
pub struct NewAwardEmoji {
    /// Emoji name, without the surrounding colons (`thumbsup`).
    pub name: String,
}

/// List the emoji awarded to an issue.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/award_emoji",
    tag = "Award emoji",
    response = Vec<AwardEmoji>,
    paginate = offset,
    public,
    example = "award_emoji/list_issue_award_emoji.json",
)]
pub struct ListIssueAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
}

/// List the emoji awarded to a merge request.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/award_emoji",
    tag = "Award emoji",
    response = Vec<AwardEmoji>,
    paginate = offset,
    public,
    example = "award_emoji/list_merge_request_award_emoji.json",
)]
pub struct ListMergeRequestAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the merge request within the project.
    #[param(path)]
    pub merge_request_iid: u64,
}

/// List the emoji awarded to a project snippet.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}/award_emoji",
    tag = "Award emoji",
    response = Vec<AwardEmoji>,
    paginate = offset,
    public,
    example = "award_emoji/list_snippet_award_emoji.json",
)]
pub struct ListSnippetAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
}

/// Get one emoji awarded to an issue.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = AwardEmoji,
    public,
    example = "award_emoji/get_issue_award_emoji.json",
)]
pub struct GetIssueAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Get one emoji awarded to a merge request.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = AwardEmoji,
    public,
    example = "award_emoji/get_merge_request_award_emoji.json",
)]
pub struct GetMergeRequestAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the merge request within the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Get one emoji awarded to a project snippet.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/snippets/{snippet_id}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = AwardEmoji,
    public,
    example = "award_emoji/get_snippet_award_emoji.json",
)]
pub struct GetSnippetAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Award an emoji to an issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/award_emoji",
    tag = "Award emoji",
    response = AwardEmoji,
    example = "award_emoji/create_issue_award_emoji.json",
)]
pub struct CreateIssueAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// The emoji to award.
    #[param(flatten)]
    pub emoji: NewAwardEmoji,
}

/// Award an emoji to a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/award_emoji",
    tag = "Award emoji",
    response = AwardEmoji,
    example = "award_emoji/create_merge_request_award_emoji.json",
)]
pub struct CreateMergeRequestAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the merge request within the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// The emoji to award.
    #[param(flatten)]
    pub emoji: NewAwardEmoji,
}

/// Award an emoji to a project snippet.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/snippets/{snippet_id}/award_emoji",
    tag = "Award emoji",
    response = AwardEmoji,
    example = "award_emoji/create_snippet_award_emoji.json",
)]
pub struct CreateSnippetAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
    /// The emoji to award.
    #[param(flatten)]
    pub emoji: NewAwardEmoji,
}

/// Take back an emoji awarded to an issue.
///
/// Only the user who gave it, or an administrator, may remove it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{issue_iid}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = (),
)]
pub struct DeleteIssueAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Take back an emoji awarded to a merge request.
///
/// Only the user who gave it, or an administrator, may remove it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/merge_requests/{merge_request_iid}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = (),
)]
pub struct DeleteMergeRequestAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the merge request within the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Take back an emoji awarded to a project snippet.
///
/// Only the user who gave it, or an administrator, may remove it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/snippets/{snippet_id}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = (),
)]
pub struct DeleteSnippetAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the snippet.
    #[param(path)]
    pub snippet_id: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// List the emoji awarded to a comment on an issue.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/notes/{note_id}/award_emoji",
    tag = "Award emoji",
    response = Vec<AwardEmoji>,
    paginate = offset,
    public,
    example = "award_emoji/list_issue_note_award_emoji.json",
)]
pub struct ListIssueNoteAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the comment.
    #[param(path)]
    pub note_id: u64,
}

/// Get one emoji awarded to a comment on an issue.
///
/// Anonymous callers may read the awards of public items.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{issue_iid}/notes/{note_id}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = AwardEmoji,
    public,
    example = "award_emoji/get_issue_note_award_emoji.json",
)]
pub struct GetIssueNoteAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the comment.
    #[param(path)]
    pub note_id: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Award an emoji to a comment on an issue.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{issue_iid}/notes/{note_id}/award_emoji",
    tag = "Award emoji",
    response = AwardEmoji,
    example = "award_emoji/create_issue_note_award_emoji.json",
)]
pub struct CreateIssueNoteAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the comment.
    #[param(path)]
    pub note_id: u64,
    /// The emoji to award.
    #[param(flatten)]
    pub emoji: NewAwardEmoji,
}

/// Take back an emoji awarded to a comment on an issue.
///
/// Only the user who gave it, or an administrator, may remove it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{issue_iid}/notes/{note_id}/award_emoji/{award_id}",
    tag = "Award emoji",
    response = (),
)]
pub struct DeleteIssueNoteAwardEmoji {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the issue within the project.
    #[param(path)]
    pub issue_iid: u64,
    /// Numeric ID of the comment.
    #[param(path)]
    pub note_id: u64,
    /// Numeric ID of the award.
    #[param(path)]
    pub award_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListIssueAwardEmoji,
        ListMergeRequestAwardEmoji,
        ListSnippetAwardEmoji,
        GetIssueAwardEmoji,
        GetMergeRequestAwardEmoji,
        GetSnippetAwardEmoji,
        CreateIssueAwardEmoji,
        CreateMergeRequestAwardEmoji,
        CreateSnippetAwardEmoji,
        DeleteIssueAwardEmoji,
        DeleteMergeRequestAwardEmoji,
        DeleteSnippetAwardEmoji,
        ListIssueNoteAwardEmoji,
        GetIssueNoteAwardEmoji,
        CreateIssueNoteAwardEmoji,
        DeleteIssueNoteAwardEmoji
    ]
}
