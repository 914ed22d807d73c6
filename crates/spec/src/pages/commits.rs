//! The commits page: commits of a repository: listing, creating with several file actions, cherry-picking, reverting, diffs, comments, statuses and signatures.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Commit, CommitLineType, CommitNote, CommitRef, CommitSignature, CommitStatus, Diff, Discussion,
    MergeRequest,
};

/// Order of a list of commits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitOrder {
    /// Newest first, by commit date.
    Default,
    /// No parent shown before all of its children (`git log --topo-order`).
    Topo,
}

/// List the commits of a project's repository, newest first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits",
    tag = "Commits",
    response = Vec<Commit>,
    paginate = offset,
    example = "commits/list_commits.json",
)]
pub struct ListCommits {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch, tag or revision range (`main..feature`) to list; the default branch when not
    /// given.
    pub ref_name: Option<String>,
    /// Only commits made at or after this time (ISO 8601).
    pub since: Option<DateTime<Utc>>,
    /// Only commits made at or before this time (ISO 8601).
    pub until: Option<DateTime<Utc>>,
    /// Only commits that touch this file path.
    pub path: Option<String>,
    /// List the commits of every reference of the repository, not only of `ref_name`.
    pub all: Option<bool>,
    /// Add the line counts (`stats`) to each commit.
    pub with_stats: Option<bool>,
    /// Follow only the first parent of merge commits.
    pub first_parent: Option<bool>,
    /// Order of the commits (default `default`: newest first).
    pub order: Option<CommitOrder>,
    /// Parse the Git trailers of each message and add them (`trailers`) to each commit.
    pub trailers: Option<bool>,
}

/// What one action of a new commit does to a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitActionKind {
    /// Add a new file.
    Create,
    /// Remove a file.
    Delete,
    /// Rename or move a file (`previous_path` to `file_path`).
    Move,
    /// Replace the content of a file.
    Update,
    /// Turn the execute bit of a file on or off.
    Chmod,
}

/// How the `content` of a commit action is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitActionEncoding {
    /// Plain text.
    Text,
    /// Base64, for binary content.
    Base64,
}

/// One change to one file in a new commit (an item of `actions[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CommitAction {
    /// What to do with the file.
    pub action: CommitActionKind,
    /// Full path of the file in the repository (`lib/class.rb`).
    pub file_path: String,
    /// Full path the file is moved from (`move` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub previous_path: Option<String>,
    /// Content of the file: needed for `create` and `update`; for `move`, replaces the content
    /// when given and keeps it otherwise; not used by `delete` and `chmod`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub content: Option<String>,
    /// Encoding of `content` (default `text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub encoding: Option<CommitActionEncoding>,
    /// SHA of the last commit known to change the file; the action fails when the file
    /// changed since (`update`, `move` and `delete` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub last_commit_id: Option<String>,
    /// Turn the execute bit on (`true`) or off (`false`) (`chmod` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub execute_filemode: Option<bool>,
}

/// Make a commit of several file changes at once.
///
/// To commit into a new branch, give `start_branch` or `start_sha` (and `start_project` to
/// start from another project, such as a fork's upstream).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits",
    tag = "Commits",
    response = Commit,
    example = "commits/create_commit.json",
)]
pub struct CreateCommit {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch to commit into; created when it does not exist and a start point is given.
    pub branch: String,
    /// Message of the commit.
    pub commit_message: String,
    /// Branch the new branch starts from.
    pub start_branch: Option<String>,
    /// Commit SHA the new branch starts from.
    pub start_sha: Option<String>,
    /// Project the new branch starts from, by numeric ID or full path (default: the project
    /// itself).
    pub start_project: Option<IdOrPath>,
    /// The file changes of the commit, applied in order.
    pub actions: Vec<CommitAction>,
    /// Email address of the author (default: the current user's).
    pub author_email: Option<String>,
    /// Name of the author (default: the current user's).
    pub author_name: Option<String>,
    /// Add the line counts to the answer (default `true`).
    pub stats: Option<bool>,
    /// Replace the branch with the new commit made on top of `start_branch` or `start_sha`
    /// (default `false`).
    pub force: Option<bool>,
}

/// Get one commit of a project's repository, with its line counts and latest pipeline.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}",
    tag = "Commits",
    response = Commit,
    example = "commits/get_commit.json",
)]
pub struct GetCommit {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// Add the line counts (`stats`) (default `true`).
    pub stats: Option<bool>,
}

/// Which references to search for a commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitRefScope {
    /// Branches only.
    Branch,
    /// Tags only.
    Tag,
    /// Branches and tags.
    All,
}

/// List the branches and tags whose history contains a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/refs",
    tag = "Commits",
    response = Vec<CommitRef>,
    paginate = offset,
    example = "commits/list_commit_refs.json",
)]
pub struct ListCommitRefs {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit SHA.
    #[param(path)]
    pub sha: String,
    /// Which kind of references to list (default `all`).
    pub r#type: Option<CommitRefScope>,
}

/// Apply the changes of a commit on top of a branch, as a new commit (cherry-pick).
///
/// With `dry_run`, nothing is committed and a clean result answers `{"dry_run": "success"}`
/// with status 200 instead of the commit. A change that does not apply is refused with status 400,
/// a `message` and an `error_code`: `empty` when the branch already has the change, `conflict`
/// when it conflicts.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits/{sha}/cherry_pick",
    tag = "Commits",
    // A dry run answers `{"dry_run": "success"}` (200) instead; only the commit is modelled,
    // since one operation has one success status and schema here.
    response = Commit,
    example = "commits/cherry_pick_commit.json",
)]
pub struct CherryPickCommit {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit to pick, by SHA or by the name of a branch or tag (its tip); a `/` in a name
    /// is sent as `%2F` automatically.
    // The docs say "commit hash", but their own example picks `master`; GitLab resolves any
    // reference here.
    #[param(path)]
    pub sha: String,
    /// Branch to add the new commit to.
    pub branch: String,
    /// Only check whether the change applies, commit nothing (default `false`).
    pub dry_run: Option<bool>,
    /// Message of the new commit (default: the picked commit's message).
    pub message: Option<String>,
}

/// Undo the changes of a commit on a branch, with a new commit (revert).
///
/// With `dry_run`, nothing is committed and a clean result answers `{"dry_run": "success"}`
/// with status 200 instead of the commit. A revert that does not apply is refused with status 400,
/// a `message` and an `error_code`: `conflict` when it conflicts, `empty` when the branch no
/// longer has the change.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits/{sha}/revert",
    tag = "Commits",
    // A dry run answers `{"dry_run": "success"}` (200) instead; only the commit is modelled,
    // since one operation has one success status and schema here.
    response = Commit,
    example = "commits/revert_commit.json",
)]
pub struct RevertCommit {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// SHA of the commit to undo.
    #[param(path)]
    pub sha: String,
    /// Branch to add the reverting commit to.
    pub branch: String,
    /// Only check whether the revert applies, commit nothing (default `false`).
    pub dry_run: Option<bool>,
}

/// Get the changes of a commit, file by file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/diff",
    tag = "Commits",
    response = Vec<Diff>,
    paginate = offset,
    example = "commits/get_commit_diff.json",
)]
pub struct GetCommitDiff {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
}

/// List the comments on a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/comments",
    tag = "Commits",
    response = Vec<CommitNote>,
    paginate = offset,
    example = "commits/list_commit_comments.json",
)]
pub struct ListCommitComments {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
}

/// Comment on a commit, as a whole or on one line of one of its files.
///
/// A comment on a line needs the full commit SHA, `path`, `line` and `line_type=new`. When
/// `sha` is a branch or tag name, or the path or line does not exist, the comment goes on the
/// whole commit and the answer's `path`, `line` and `line_type` are `null`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/commits/{sha}/comments",
    tag = "Commits",
    response = CommitNote,
    example = "commits/create_commit_comment.json",
)]
pub struct CreateCommitComment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
    /// Text of the comment.
    pub note: String,
    /// File to comment on, relative to the repository root.
    pub path: Option<String>,
    /// Line to comment on.
    pub line: Option<u64>,
    /// Side of the diff the line belongs to.
    pub line_type: Option<CommitLineType>,
}

/// List the threads of comments on a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/discussions",
    tag = "Commits",
    response = Vec<Discussion>,
    paginate = offset,
    example = "commits/list_commit_discussions.json",
)]
pub struct ListCommitDiscussions {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
}

/// List the statuses of a commit: its CI jobs and the statuses posted by other systems.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/statuses",
    tag = "Commits",
    response = Vec<CommitStatus>,
    paginate = offset,
    example = "commits/list_commit_statuses.json",
)]
pub struct ListCommitStatuses {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit SHA.
    #[param(path)]
    pub sha: String,
    /// Only statuses for this branch or tag.
    // The docs add "or, if not given, the default branch", but GitLab filters by ref only
    // when one is given: without it, the statuses of every ref are listed.
    pub r#ref: Option<String>,
    /// Only statuses of this CI stage (`test`).
    pub stage: Option<String>,
    /// Only statuses with this name (`bundler:audit`).
    pub name: Option<String>,
    /// List every status, not only the latest of each name (default `false`).
    pub all: Option<bool>,
}

/// State of a commit status posted by an external system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitStatusState {
    /// Waiting to run.
    Pending,
    /// Running.
    Running,
    /// Finished successfully.
    Success,
    /// Finished with a failure.
    Failed,
    /// Stopped before finishing.
    Canceled,
}

/// Post or update the status of a commit, as an external CI system does.
///
/// A status is identified by its name (`name` or `context`) and ref: posting again with them
/// moves the existing status to the new state.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/statuses/{sha}",
    tag = "Commits",
    response = CommitStatus,
    example = "commits/create_commit_status.json",
)]
pub struct CreateCommitStatus {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit SHA.
    #[param(path)]
    pub sha: String,
    /// New state of the status.
    pub state: CommitStatusState,
    /// Branch or tag the status is for.
    pub r#ref: Option<String>,
    /// Name telling this status apart from those of other systems (default `default`).
    pub name: Option<String>,
    /// Same as `name` (another name for it, used when `name` is not given).
    pub context: Option<String>,
    /// Address to learn more about the status.
    pub target_url: Option<String>,
    /// Short description of the status.
    pub description: Option<String>,
    /// Total code coverage, in percent.
    pub coverage: Option<f64>,
    /// Pipeline to attach the status to, when the commit has several.
    pub pipeline_id: Option<u64>,
}

/// List the merge requests that contain a commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/merge_requests",
    tag = "Commits",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "commits/list_commit_merge_requests.json",
)]
pub struct ListCommitMergeRequests {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit SHA.
    #[param(path)]
    pub sha: String,
}

/// Get the signature of a signed commit (GPG, X.509 or SSH) and whether it verifies.
///
/// An unsigned commit is answered with 404 (`404 GPG Signature Not Found`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/commits/{sha}/signature",
    tag = "Commits",
    response = CommitSignature,
    example = "commits/get_commit_signature.json",
)]
pub struct GetCommitSignature {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The commit, by SHA or by the name of a branch or tag (its tip); a `/` in a name is sent
    /// as `%2F` automatically.
    #[param(path)]
    pub sha: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListCommits,
        CreateCommit,
        GetCommit,
        ListCommitRefs,
        CherryPickCommit,
        RevertCommit,
        GetCommitDiff,
        ListCommitComments,
        CreateCommitComment,
        ListCommitDiscussions,
        ListCommitStatuses,
        CreateCommitStatus,
        ListCommitMergeRequests,
        GetCommitSignature,
    ]
}
