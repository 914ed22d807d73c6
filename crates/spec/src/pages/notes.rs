//! The notes page: comments on issues, merge requests, snippets and epics.
//!
//! GitLab serves the same five operations under four prefixes: issues and merge requests (by
//! internal ID) and snippets of a project, and epics of a group (by global ID). Each operation
//! is declared once, on its issue route, with a `variant(...)` per other prefix; the path
//! placeholders carry GitLab's own route names (`{noteable_id}`, `{note_id}`).

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::Note;

/// Field a list of notes is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteOrderBy {
    /// When the note was written (the default).
    CreatedAt,
    /// When the note was last changed.
    UpdatedAt,
}

/// Direction a list of notes is sorted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteSort {
    /// Oldest first.
    Asc,
    /// Newest first (the default).
    Desc,
}

/// List the notes of an issue.
///
/// Includes the system notes GitLab writes on changes. The same list exists for project
/// snippets, merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{noteable_id}/notes",
    tag = "Notes",
    response = Vec<Note>,
    paginate = offset,
    example = "notes/list_issue_notes.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/notes",
        id = "listSnippetNotes",
        summary = "List the notes of a project snippet.",
        example = "notes/list_snippet_notes.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/notes",
        id = "listMergeRequestNotes",
        summary = "List the notes of a merge request.",
        example = "notes/list_merge_request_notes.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/notes",
        id = "listEpicNotes",
        summary = "List the notes of an epic.",
        example = "notes/list_epic_notes.json",
    ),
)]
pub struct ListIssueNotes {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Sort direction (default `desc`).
    pub sort: Option<NoteSort>,
    /// Field to order by (default `created_at`).
    pub order_by: Option<NoteOrderBy>,
}

/// Get one note of an issue.
///
/// The same call exists for project snippets, merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{noteable_id}/notes/{note_id}",
    tag = "Notes",
    response = Note,
    example = "notes/get_issue_note.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/notes/{note_id}",
        id = "getSnippetNote",
        summary = "Get one note of a project snippet.",
        example = "notes/get_snippet_note.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/notes/{note_id}",
        id = "getMergeRequestNote",
        summary = "Get one note of a merge request.",
        example = "notes/get_merge_request_note.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/notes/{note_id}",
        id = "getEpicNote",
        summary = "Get one note of an epic.",
        example = "notes/get_epic_note.json",
    ),
)]
// The docs' example answers for a snippet note and an epic note show a snippet, not a note
// (a copy error): GitLab answers with the note, as for issues and merge requests.
pub struct GetIssueNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
}

/// Add a note to an issue (a note with `/promote` promotes the issue to an epic).
///
/// The same call exists for project snippets, merge requests and epics. Quick actions in the
/// body are carried out; on an issue, a line starting with `/promote` promotes the issue to an
/// epic, and `commands_changes` in the answer then reports `promote_to_epic`. Administrators
/// can limit how many notes a user creates per minute.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/issues/{noteable_id}/notes",
    tag = "Notes",
    response = Note,
    example = "notes/create_issue_note.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/notes",
        id = "createSnippetNote",
        summary = "Add a note to a project snippet.",
        example = "notes/create_snippet_note.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/notes",
        id = "createMergeRequestNote",
        summary = "Add a note to a merge request.",
        example = "notes/create_merge_request_note.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/notes",
        id = "createEpicNote",
        summary = "Add a note to an epic.",
        example = "notes/create_epic_note.json",
    ),
)]
// The docs also say that a body made of a single award emoji returns "this object" without
// showing one; GitLab's notes API presents the created note, so the answer is typed as a note.
// GitLab takes the same parameters under every prefix; the ones the docs list for one kind of
// object only are optional fields that say where they apply.
pub struct CreateIssueNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Markdown text of the note, at most 1,000,000 characters; on an issue, `/promote` at the
    /// start of a line promotes the issue to an epic.
    pub body: String,
    /// Make the note confidential, for issues and epics (default `false`).
    pub confidential: Option<bool>,
    /// Creation time to record, after 1970-01-01 (administrators and project or group owners
    /// only).
    pub created_at: Option<DateTime<Utc>>,
    /// For merge requests: SHA of the merge request's head commit, needed by the `/merge`
    /// quick action so that a merge request changed meanwhile is not merged.
    // The docs call this `merge_request_diff_sha`; GitLab's API reads
    // `merge_request_diff_head_sha`, which is the name used here.
    pub merge_request_diff_head_sha: Option<String>,
}

/// Change a note of an issue.
///
/// The same call exists for project snippets, merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/issues/{noteable_id}/notes/{note_id}",
    tag = "Notes",
    response = Note,
    example = "notes/edit_issue_note.json",
    variant(
        "/projects/{id}/snippets/{noteable_id}/notes/{note_id}",
        id = "editSnippetNote",
        summary = "Change a note of a project snippet.",
        example = "notes/edit_snippet_note.json",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/notes/{note_id}",
        id = "editMergeRequestNote",
        summary = "Change a note of a merge request.",
        example = "notes/edit_merge_request_note.json",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/notes/{note_id}",
        id = "editEpicNote",
        summary = "Change a note of an epic.",
        example = "notes/edit_epic_note.json",
    ),
)]
pub struct EditIssueNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
    /// New Markdown text of the note, at most 1,000,000 characters; not blank.
    // The docs mark it optional for issues and required for the other prefixes; GitLab declares
    // it optional (not blank) under every prefix, so it is optional here.
    pub body: Option<String>,
    /// Confidential flag of the note (default `false`); GitLab no longer changes it on an
    /// existing note.
    #[param(deprecated)]
    pub confidential: Option<bool>,
}

/// Delete a note of an issue.
///
/// The same call exists for project snippets, merge requests and epics.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/issues/{noteable_id}/notes/{note_id}",
    tag = "Notes",
    response = (),
    variant(
        "/projects/{id}/snippets/{noteable_id}/notes/{note_id}",
        id = "deleteSnippetNote",
        summary = "Delete a note of a project snippet.",
    ),
    variant(
        "/projects/{id}/merge_requests/{noteable_id}/notes/{note_id}",
        id = "deleteMergeRequestNote",
        summary = "Delete a note of a merge request.",
    ),
    variant(
        "/groups/{id}/epics/{noteable_id}/notes/{note_id}",
        id = "deleteEpicNote",
        summary = "Delete a note of an epic.",
    ),
)]
pub struct DeleteIssueNote {
    /// The project (for epics: the group), by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The internal ID of the issue or merge request, the ID of the snippet, or the global ID
    /// (not the internal ID) of the epic.
    #[param(path)]
    pub noteable_id: u64,
    /// Numeric ID of the note.
    #[param(path)]
    pub note_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListIssueNotes,
        GetIssueNote,
        CreateIssueNote,
        EditIssueNote,
        DeleteIssueNote,
    ]
}
