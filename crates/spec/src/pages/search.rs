//! The search page: searching the whole instance, a group or a project by scope.
//!
//! The three routes take the same filters but accept different scopes (a project has no
//! `projects` scope; only the instance has `snippet_titles`), and only the project route takes
//! `ref`, so each is declared on its own. All three answer the same kind of list: its items
//! depend on the scope (see `SearchResults`).

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::SearchResults;

/// What to search across the instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GlobalSearchScope {
    /// Projects.
    Projects,
    /// Issues.
    Issues,
    /// Merge requests.
    MergeRequests,
    /// Milestones.
    Milestones,
    /// Snippets, by title and file name.
    SnippetTitles,
    /// Users.
    Users,
    /// Repository files (advanced search only, Premium and up).
    Blobs,
    /// Wiki pages (advanced search only, Premium and up).
    WikiBlobs,
    /// Comments (advanced search only, Premium and up).
    Notes,
    /// Commits (advanced search only, Premium and up).
    Commits,
}

/// What to search in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupSearchScope {
    /// Projects of the group.
    Projects,
    /// Issues.
    Issues,
    /// Merge requests.
    MergeRequests,
    /// Milestones.
    Milestones,
    /// Users.
    Users,
    /// Repository files (advanced search only, Premium and up).
    Blobs,
    /// Wiki pages (advanced search only, Premium and up).
    WikiBlobs,
    /// Comments (advanced search only, Premium and up).
    Notes,
    /// Commits (advanced search only, Premium and up).
    Commits,
}

/// What to search in a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectSearchScope {
    /// Issues.
    Issues,
    /// Merge requests.
    MergeRequests,
    /// Milestones.
    Milestones,
    /// Comments.
    Notes,
    /// Wiki pages, by file name and content.
    WikiBlobs,
    /// Commits.
    Commits,
    /// Repository files, by file name and content.
    Blobs,
    /// Project members.
    Users,
}

/// State filter of a search.
// The docs give no values; GitLab's search helpers accept these four.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SearchState {
    /// Any state.
    All,
    /// Open issues or merge requests.
    Opened,
    /// Closed issues or merge requests.
    Closed,
    /// Merged merge requests.
    Merged,
}

/// Field search results are ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SearchOrderBy {
    /// Creation time.
    CreatedAt,
}

/// Direction search results are sorted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    /// Oldest first.
    Asc,
    /// Newest first.
    Desc,
}

/// Filters and ordering every search route takes.
#[derive(Debug, Clone, Default, Params)]
pub struct SearchFilters {
    /// Only issues or merge requests in this state; other scopes ignore it.
    pub state: Option<SearchState>,
    /// Only confidential (`true`) or only public (`false`) issues; other scopes ignore it.
    pub confidential: Option<bool>,
    /// Order by this field. Without it, basic search orders by creation time, newest first,
    /// and advanced search by relevance.
    pub order_by: Option<SearchOrderBy>,
    /// Sort direction. Without it, basic search sorts newest first and advanced search by
    /// relevance.
    pub sort: Option<SearchSort>,
}

/// Search the whole instance.
///
/// The items answered depend on `scope`: `projects` answers projects, `issues` issues,
/// `merge_requests` merge requests, `milestones` milestones, `snippet_titles` snippets, `users`
/// users; with advanced search (Elasticsearch, Premium and up), `blobs` and `wiki_blobs` answer
/// file matches, `commits` commits and `notes` comments.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/search",
    tag = "Search",
    response = SearchResults,
    paginate = offset,
    example = "search/search_instance.json",
)]
pub struct SearchInstance {
    /// What to search.
    pub scope: GlobalSearchScope,
    /// The text to look for.
    pub search: String,
    /// Filters and ordering.
    #[param(flatten)]
    pub filters: SearchFilters,
}

/// Search a group.
///
/// A private group the user is not a member of answers `404 Not Found`. The items answered
/// depend on `scope`: `projects` answers projects, `issues` issues, `merge_requests` merge
/// requests, `milestones` milestones, `users` users; with advanced search (Elasticsearch,
/// Premium and up), `blobs` and `wiki_blobs` answer file matches, `commits` commits and `notes`
/// comments.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/search",
    tag = "Search",
    response = SearchResults,
    paginate = offset,
    example = "search/search_group.json",
)]
pub struct SearchGroup {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// What to search.
    pub scope: GroupSearchScope,
    /// The text to look for.
    pub search: String,
    /// Filters and ordering.
    #[param(flatten)]
    pub filters: SearchFilters,
}

/// Search a project.
///
/// A private project the user is not a member of answers `404 Not Found`. The items answered
/// depend on `scope`: `issues` answers issues, `merge_requests` merge requests, `milestones`
/// milestones, `notes` comments, `wiki_blobs` and `blobs` file matches, `commits` commits and
/// `users` users.
// The docs mark `notes`, `wiki_blobs`, `commits` and `blobs` as needing Elasticsearch under each
// scope, but GitLab's basic search serves them inside one project, as the list of scopes says.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/search",
    tag = "Search",
    response = SearchResults,
    paginate = offset,
    example = "search/search_project.json",
)]
pub struct SearchProject {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// What to search.
    pub scope: ProjectSearchScope,
    /// The text to look for.
    pub search: String,
    /// Branch or tag to search on, for the `commits`, `blobs` and `wiki_blobs` scopes (default:
    /// the project's default branch).
    pub r#ref: Option<String>,
    /// Filters and ordering.
    #[param(flatten)]
    pub filters: SearchFilters,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![SearchInstance, SearchGroup, SearchProject]
}
