//! The discussions page: threads of comments on issues, merge requests, snippets, commits and
//! epics.
//!
//! GitLab serves the same operations under five prefixes: issues and merge requests (by
//! internal ID) and snippets of a project, epics of a group (by global ID), and commits of a
//! project (by SHA, under `repository/commits`). Each operation is declared once for the
//! integer-addressed prefixes, on its issue route with a `variant(...)` per other prefix, and
//! once for commits, whose path segment is a SHA string. Starting a thread differs by prefix:
//! merge requests and commits take a diff `position` (and merge requests a `commit_id`), so
//! those two have declarations of their own; resolving a whole thread exists for merge requests
//! only. The list of a commit's threads is described on the commits page.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{DiffLineType, DiffPositionType, Discussion, Note};

/// Where a new diff thread points: the three commits that define the diff, the file, and a
/// line (text files) or a point (images).
///
/// On a merge request the SHAs come from its latest diff version; on a commit, `base_sha` and
/// `start_sha` are its parent's SHA and `head_sha` is the commit itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DiffPositionParams {
    /// SHA of the base commit (merge requests: the base of the source branch; commits: the
    /// parent).
    pub base_sha: String,
    /// SHA of the start commit (merge requests: in the target branch; commits: the parent).
    pub start_sha: String,
    /// SHA of the head commit (merge requests: the head of the merge request; commits: the
    /// commit itself).
    pub head_sha: String,
    /// Whether the thread points at text lines or at an image.
    pub position_type: DiffPositionType,
    /// Path of the file after the change (needed for text positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// Line number after the change: alone for an added line, with `old_line` for an
    /// unchanged one (text positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_line: Option<u64>,
    /// Path of the file before the change (needed for text positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// Line number before the change: alone for a removed line, with `new_line` for an
    /// unchanged one (text positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_line: Option<u64>,
    /// First and last line of a thread on several lines (merge requests only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_range: Option<DiffLineRangeParams>,
    /// Width of the image (image positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
    /// Height of the image (image positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u64>,
    /// Horizontal coordinate of the point in the image (image positions).
    // The merge request table types `x` and `y` as floats, the commit table as integers;
    // GitLab's API declares them integers for both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<u64>,
    /// Vertical coordinate of the point in the image (image positions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<u64>,
}

/// The lines a new thread on several lines of a merge request diff spans.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DiffLineRangeParams {
    /// First line of the range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<DiffLineParams>,
    /// Last line of the range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<DiffLineParams>,
}

/// One end of a range of diff lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DiffLineParams {
    /// Line code: `<SHA1 of the file name>_<old line>_<new line>`, such as
    /// `adc83b19e793491b1c6ea0fd8b46cd9f32e292fc_5_5`.
    pub line_code: String,
    /// `new` for a line the change added, `old` otherwise.
    #[serde(rename = "type")]
    pub r#type: DiffLineType,
}

/// List the threads of an issue.
///
/// Lone comments come as threads of one note (`individual_note`), and system notes are
/// included. The same list exists for project snippets, epics and merge requests.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{noteable_id}/discussions",
    tag = "Discussions",
    response = Vec<Discussion>,
    paginate = offset,
    example = "discussions/list_issue_discussions.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions",
        id = "listSnippetDiscussions",
        summary = "List the threads of a project snippet.",
        example = "discussions/list_snippet_discussions.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions",
        id = "listEpicDiscussions",
        summary = "List the threads of an epic.",
        example = "discussions/list_epic_discussions.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/discussions",
        id = "listMergeRequestDiscussions",
        summary = "List the threads of a merge request.",
        example = "discussions/list_merge_request_discussions.json",
    ),
)]
pub struct ListIssueDiscussions {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
}

/// Get one thread of an issue.
///
/// The same call exists for project snippets, epics and merge requests.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{noteable_id}/discussions/{discussion_id}",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/get_issue_discussion.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions/{discussion_id}",
        id = "getSnippetDiscussion",
        summary = "Get one thread of a project snippet.",
        example = "discussions/get_snippet_discussion.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions/{discussion_id}",
        id = "getEpicDiscussion",
        summary = "Get one thread of an epic.",
        example = "discussions/get_epic_discussion.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/discussions/{discussion_id}",
        id = "getMergeRequestDiscussion",
        summary = "Get one thread of a merge request.",
        example = "discussions/get_merge_request_discussion.json",
    ),
)]
pub struct GetIssueDiscussion {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// ID of the thread (40 hexadecimal characters).
    // The docs type thread IDs as integers; GitLab's are SHA-like strings, as its answers show.
    #[param(path)]
    pub discussion_id: String,
}

/// Start a thread on an issue.
///
/// Like adding a note, but the note opens a thread that others can reply to. The same call
/// exists for project snippets and epics; merge requests and commits, which also take a diff
/// position, have calls of their own.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{noteable_id}/discussions",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/create_issue_discussion.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions",
        id = "createSnippetDiscussion",
        summary = "Start a thread on a project snippet.",
        example = "discussions/create_snippet_discussion.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions",
        id = "createEpicDiscussion",
        summary = "Start a thread on an epic.",
        example = "discussions/create_epic_discussion.json",
    ),
)]
pub struct CreateIssueDiscussion {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue, the ID of the snippet, or the global ID (not the internal
    /// ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Markdown text of the thread's first note.
    pub body: String,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
}

/// Add a note to a thread of an issue.
///
/// Replying to a lone comment turns it into a thread; system notes can be replied to as well.
/// The same call exists for project snippets, epics and merge requests.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{noteable_id}/discussions/{discussion_id}/notes",
    tag = "Discussions",
    response = Note,
    example = "discussions/create_issue_discussion_note.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions/{discussion_id}/notes",
        id = "createSnippetDiscussionNote",
        summary = "Add a note to a thread of a project snippet.",
        example = "discussions/create_snippet_discussion_note.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions/{discussion_id}/notes",
        id = "createEpicDiscussionNote",
        summary = "Add a note to a thread of an epic.",
        example = "discussions/create_epic_discussion_note.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/discussions/{discussion_id}/notes",
        id = "createMergeRequestDiscussionNote",
        summary = "Add a note to a thread of a merge request.",
        example = "discussions/create_merge_request_discussion_note.json",
    ),
)]
// The docs' tables list a required `note_id` here; the route has no note yet, and GitLab takes
// none, so it is left out.
pub struct CreateIssueDiscussionNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Markdown text of the reply.
    pub body: String,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
}

/// Change a note of a thread of an issue.
///
/// Send exactly one of `body` (new text) and `resolved` (resolving applies to notes of merge
/// request threads; other notes cannot be resolved). The same call exists for project
/// snippets, epics and merge requests.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/issues/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
    tag = "Discussions",
    response = Note,
    example = "discussions/edit_issue_discussion_note.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "editSnippetDiscussionNote",
        summary = "Change a note of a thread of a project snippet.",
        example = "discussions/edit_snippet_discussion_note.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "editEpicDiscussionNote",
        summary = "Change a note of a thread of an epic.",
        example = "discussions/edit_epic_discussion_note.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "editMergeRequestDiscussionNote",
        summary = "Change or resolve a note of a thread of a merge request.",
        example = "discussions/edit_merge_request_discussion_note.json",
    ),
)]
// The docs mark `body` required for issues, snippets and epics; GitLab takes the same
// parameters under every prefix, with exactly one of `body` and `resolved`, so both are
// optional here.
pub struct EditIssueDiscussionNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
    /// New Markdown text of the note (exactly one of `body` and `resolved`).
    pub body: Option<String>,
    /// For merge requests: resolve (`true`) or reopen (`false`) the note (exactly one of
    /// `body` and `resolved`).
    pub resolved: Option<bool>,
}

/// Delete a note of a thread of an issue.
///
/// The same call exists for project snippets, epics and merge requests.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
    tag = "Discussions",
    response = (),
    variant(
        "/projects/{id}/snippets/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "deleteSnippetDiscussionNote",
        summary = "Delete a note of a thread of a project snippet.",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "deleteEpicDiscussionNote",
        summary = "Delete a note of a thread of an epic.",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/discussions/{discussion_id}/notes/{note_id}",
        id = "deleteMergeRequestDiscussionNote",
        summary = "Delete a note of a thread of a merge request.",
    ),
)]
pub struct DeleteIssueDiscussionNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
}

/// Start a thread on a merge request, on its overview or on a line or image of its diff.
///
/// Without `position` the thread is a comment on the merge request as a whole. With it, the
/// thread is a diff comment: take the SHAs from the merge request's latest diff version; give
/// `new_line` alone for an added line, `old_line` alone for a removed line, and both for an
/// unchanged line; add `line_range` for a comment on several lines.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{noteable_id}/discussions",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/create_merge_request_discussion.json",
)]
pub struct CreateMergeRequestDiscussion {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the merge request.
    #[param(path)]
    pub noteable_id: u64,
    /// Markdown text of the thread's first note.
    pub body: String,
    /// SHA of the commit of the merge request to start a diff thread on (with `position`).
    pub commit_id: Option<String>,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
    /// Where in the diff the thread points; without it the thread is a general comment.
    pub position: Option<DiffPositionParams>,
}

/// Resolve or reopen a whole thread of a merge request.
///
/// Needs at least the Developer role, or being the author of the merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/merge_requests/{noteable_id}/discussions/{discussion_id}",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/resolve_merge_request_discussion.json",
)]
pub struct ResolveMergeRequestDiscussion {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the merge request.
    #[param(path)]
    pub noteable_id: u64,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// `true` to resolve the thread, `false` to reopen it.
    pub resolved: bool,
}

// Commit threads. The discussions page writes their routes as `/projects/:id/commits/...`, but
// GitLab serves them under `/projects/:id/repository/commits/:sha/...`, as the commits page
// writes its list of commit threads; the routes here are GitLab's. That list (`GET
// .../repository/commits/{sha}/discussions`) is one operation, described once on the commits
// page (`listCommitDiscussions`), so it is not declared again here; the placeholder is `{sha}`
// as on the commits page, since one path cannot name a segment twice. The docs type the commit
// as "integer, the ID of a commit" in most tables; it is a SHA (or a branch or tag name).

/// Get one thread of a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/discussions/{discussion_id}",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/get_commit_discussion.json",
)]
pub struct GetCommitDiscussion {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
}

/// Start a thread on a commit, as a whole or on a line or image of its diff.
///
/// A diff thread follows the rules of merge request diff threads, except for the SHAs:
/// `base_sha` and `start_sha` are the parent commit's, `head_sha` the commit's own.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits/{sha}/discussions",
    tag = "Discussions",
    response = Discussion,
    example = "discussions/create_commit_discussion.json",
)]
pub struct CreateCommitDiscussion {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// Markdown text of the thread's first note.
    pub body: String,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
    /// Where in the diff the thread points (`line_range` does not apply to commits); without
    /// it the thread is a comment on the commit as a whole.
    pub position: Option<DiffPositionParams>,
}

/// Add a note to a thread of a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits/{sha}/discussions/{discussion_id}/notes",
    tag = "Discussions",
    response = Note,
    example = "discussions/create_commit_discussion_note.json",
)]
pub struct CreateCommitDiscussionNote {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Markdown text of the reply.
    pub body: String,
    /// Creation time to record (administrators and project or group owners only).
    pub created_at: Option<DateTime<Utc>>,
}

/// Change the text of a note of a thread of a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/repository/commits/{sha}/discussions/{discussion_id}/notes/{note_id}",
    tag = "Discussions",
    response = Note,
    example = "discussions/edit_commit_discussion_note.json",
)]
// The docs show `resolved=true` here too, but commit notes are never resolvable (GitLab
// refuses to resolve them), and GitLab needs one of `body` and `resolved`: so `body` is
// required and `resolved` is left out.
pub struct EditCommitDiscussionNote {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
    /// New Markdown text of the note.
    pub body: String,
}

/// Delete a note of a thread of a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/repository/commits/{sha}/discussions/{discussion_id}/notes/{note_id}",
    tag = "Discussions",
    response = (),
)]
pub struct DeleteCommitDiscussionNote {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// ID of the thread (40 hexadecimal characters).
    #[param(path)]
    pub discussion_id: String,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListIssueDiscussions,
        GetIssueDiscussion,
        CreateIssueDiscussion,
        CreateIssueDiscussionNote,
        EditIssueDiscussionNote,
        DeleteIssueDiscussionNote,
        CreateMergeRequestDiscussion,
        ResolveMergeRequestDiscussion,
        GetCommitDiscussion,
        CreateCommitDiscussion,
        CreateCommitDiscussionNote,
        EditCommitDiscussionNote,
        DeleteCommitDiscussionNote,
    ]
}
