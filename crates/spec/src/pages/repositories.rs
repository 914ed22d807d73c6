//! The repositories page: the repository of a project: its tree, blobs, archives, comparisons, contributors, merge bases and changelogs.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Changelog, Commit, Contributor, RepositoryBlob, RepositoryComparison, TreeEntry,
};

/// Paging method of a repository tree, besides page numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TreePagination {
    /// Page with a cursor: pass `page_token`, or follow the `Link` header's `next` relation.
    Keyset,
}

/// List the files and directories of a project's repository.
///
/// Lists one directory (the root unless `path` is given) at a ref, like `git ls-tree`, or the
/// whole subtree with `recursive`. Paging by page number is deprecated for this list in favour
/// of `pagination=keyset` with `page_token`.
// The tree's keyset pagination takes a cursor (`page_token`) and no `order_by`, which
// `paginate = keyset(..)` cannot express: it is declared as offset pagination with its own
// `pagination` and `page_token` parameters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/tree",
    tag = "Repositories",
    response = Vec<TreeEntry>,
    paginate = offset,
    public,
    example = "repositories/list_repository_tree.json",
)]
pub struct ListRepositoryTree {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Directory to list, from the repository's root (default: the root).
    pub path: Option<String>,
    /// Branch or tag to list the tree of (default: the default branch).
    pub r#ref: Option<String>,
    /// List the entries of every subdirectory too (default `false`).
    pub recursive: Option<bool>,
    /// `keyset` to page with a cursor instead of page numbers.
    pub pagination: Option<TreePagination>,
    /// With keyset paging: the ID of the tree entry to continue after.
    pub page_token: Option<String>,
}

/// Get a blob of a project's repository, with its size and Base64-encoded content.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/blobs/{sha}",
    tag = "Repositories",
    response = RepositoryBlob,
    public,
    example = "repositories/get_repository_blob.json",
)]
pub struct GetRepositoryBlob {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// SHA of the blob.
    #[param(path)]
    pub sha: String,
}

/// Download the content of a blob of a project's repository, as raw bytes.
///
/// The bytes are the file as stored; their type depends on the file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/blobs/{sha}/raw",
    tag = "Repositories",
    response = (),
    raw = "application/octet-stream",
    public,
)]
pub struct GetRepositoryBlobRaw {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// SHA of the blob.
    #[param(path)]
    pub sha: String,
}

/// Download an archive of a project's repository, or of one of its directories.
///
/// This path answers a `tar.gz` archive. Another format is chosen by a suffix on the last
/// segment of the path: `archive.zip`, `archive.tar`, `archive.tar.bz2` (also `.tbz`, `.tbz2`,
/// `.tb2`, `.bz2`) or `archive.tar.gz`. GitLab.com limits this endpoint to 5 calls a minute
/// per user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/archive",
    tag = "Repositories",
    response = (),
    raw = "application/octet-stream",
    public,
)]
pub struct GetRepositoryArchive {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Commit SHA, branch or tag to archive (default: the tip of the default branch).
    pub sha: Option<String>,
    /// Directory to archive, from the repository's root (default: the whole repository).
    pub path: Option<String>,
}

/// Compare two branches, tags or commits of a project's repository.
///
/// Answers the commits between them and the changes to each file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/compare",
    tag = "Repositories",
    response = RepositoryComparison,
    public,
    example = "repositories/compare_repository_refs.json",
)]
pub struct CompareRepositoryRefs {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Commit SHA, branch or tag to compare from.
    pub from: String,
    /// Commit SHA, branch or tag to compare to.
    pub to: String,
    /// Project holding `from`, by numeric ID (default: this project; a fork, for example).
    pub from_project_id: Option<u64>,
    /// `true` to compare `from` and `to` directly (`from..to`), `false` to compare `to` with
    /// the merge base of both (`from...to`) (default `false`).
    pub straight: Option<bool>,
}

/// What to order the contributors of a repository by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContributorOrderBy {
    /// By name.
    Name,
    /// By email address.
    Email,
    /// By commits (the default).
    Commits,
}

/// Direction of a list of contributors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContributorSort {
    /// Ascending (the default).
    Asc,
    /// Descending.
    Desc,
}

/// List the people who committed to a project's repository, with their number of commits.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/contributors",
    tag = "Repositories",
    response = Vec<Contributor>,
    paginate = offset,
    public,
    example = "repositories/list_repository_contributors.json",
)]
pub struct ListRepositoryContributors {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Field to order by (default `commits`).
    pub order_by: Option<ContributorOrderBy>,
    /// Ascending or descending order (default `asc`).
    pub sort: Option<ContributorSort>,
}

/// Get the common ancestor of two or more commits, branches or tags of a project's
/// repository.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/merge_base",
    tag = "Repositories",
    response = Commit,
    example = "repositories/get_repository_merge_base.json",
)]
pub struct GetRepositoryMergeBase {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit SHAs, branches or tags to find the common ancestor of (two or more).
    pub refs: Vec<String>,
}

/// Generate a changelog section from a range of commits and commit it to a changelog file.
///
/// Commits of the range that carry the chosen Git trailer become entries, grouped by the
/// trailer's value; a commit reverted within the range is left out. The section's format
/// comes from the project's changelog configuration file. Answers no content.
// GitLab's Grape API answers this with `status(200)` and no entity; the docs show no body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/changelog",
    tag = "Repositories",
    response = (),
    status = 200,
)]
pub struct AddRepositoryChangelog {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Version to write the changelog for, in semantic versioning form (`1.0.0`).
    pub version: String,
    /// SHA of the commit the range starts after (it is not included). Default: the tag of the
    /// latest stable version before `version`; without such a tag the call fails.
    pub from: Option<String>,
    /// SHA of the last commit of the range (included) (default: the tip of `branch`).
    pub to: Option<String>,
    /// Date and time of the release (default: now).
    pub date: Option<DateTime<Utc>>,
    /// Branch to commit the changelog to (default: the project's default branch).
    pub branch: Option<String>,
    /// Git trailer that marks the commits to include, matched case-sensitively (default
    /// `Changelog`).
    pub trailer: Option<String>,
    /// Path of the changelog configuration file in the repository (default
    /// `.gitlab/changelog_config.yml`).
    pub config_file: Option<String>,
    /// Path of the changelog file to commit to (default `CHANGELOG.md`).
    pub file: Option<String>,
    /// Commit message (default `Add changelog for version <version>`).
    pub message: Option<String>,
}

/// Generate a changelog section from a range of commits, without committing it.
///
/// Works like adding changelog data to a file, but answers the Markdown instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/changelog",
    tag = "Repositories",
    response = Changelog,
    example = "repositories/get_repository_changelog.json",
)]
pub struct GetRepositoryChangelog {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Version to generate the changelog for, in semantic versioning form (`1.0.0`).
    pub version: String,
    /// SHA of the commit the range starts after (it is not included). Default: the tag of the
    /// latest stable version before `version`; without such a tag the call fails.
    pub from: Option<String>,
    /// SHA of the last commit of the range (included) (default: the tip of the default
    /// branch).
    pub to: Option<String>,
    /// Date and time of the release, ISO 8601 (default: now).
    pub date: Option<DateTime<Utc>>,
    /// Git trailer that marks the commits to include, matched case-sensitively (default
    /// `Changelog`).
    pub trailer: Option<String>,
    /// Path of the changelog configuration file in the repository (default
    /// `.gitlab/changelog_config.yml`).
    pub config_file: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListRepositoryTree,
        GetRepositoryBlob,
        GetRepositoryBlobRaw,
        GetRepositoryArchive,
        CompareRepositoryRefs,
        ListRepositoryContributors,
        GetRepositoryMergeBase,
        AddRepositoryChangelog,
        GetRepositoryChangelog
    ]
}
