//! Search results: what the three search routes answer, one kind of item per scope, and the
//! file matches of the code and wiki scopes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    BasicProjectDetails, Commit, Issue, MergeRequest, Milestone, Note, Snippet, UserBasic,
};

/// A match in a file: of a repository (scope `blobs`) or of a wiki (scope `wiki_blobs`).
///
/// GitLab answers both scopes with the same entity, so one type serves both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SearchBlob {
    /// File name without its extension (for wiki pages: the page's slug).
    pub basename: String,
    /// The lines around the match.
    pub data: String,
    /// Full path of the file in the repository.
    pub path: String,
    /// Full path of the file, like `path`. Deprecated: use `path` (GitLab means to make it the
    /// bare file name one day).
    pub filename: String,
    /// ID of the blob; `null` in the answers of advanced search.
    pub id: Option<String>,
    /// Branch or tag the match was found on.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Line number, from 1, of the first line of `data`.
    pub startline: u64,
    /// ID of the project the file belongs to.
    pub project_id: u64,
}

/// The results of a search: a list of items whose type depends on the requested `scope`.
///
/// `projects` answers projects, `issues` issues, `merge_requests` merge requests, `milestones`
/// milestones, `snippet_titles` snippets, `blobs` and `wiki_blobs` file matches, `commits`
/// commits, `notes` comments and `users` users.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum SearchResults {
    /// Scope `projects`: the matching projects.
    Projects(Vec<BasicProjectDetails>),
    /// Scope `issues`: the matching issues.
    Issues(Vec<Issue>),
    /// Scope `merge_requests`: the matching merge requests.
    MergeRequests(Vec<MergeRequest>),
    /// Scope `milestones`: the matching milestones.
    Milestones(Vec<Milestone>),
    /// Scope `snippet_titles`: the snippets whose title or file name matches.
    SnippetTitles(Vec<Snippet>),
    /// Scopes `blobs` and `wiki_blobs`: the matches in repository files or wiki pages.
    Blobs(Vec<SearchBlob>),
    /// Scope `commits`: the matching commits.
    Commits(Vec<Commit>),
    /// Scope `notes`: the matching comments.
    Notes(Vec<Note>),
    /// Scope `users`: the matching users.
    Users(Vec<UserBasic>),
}
