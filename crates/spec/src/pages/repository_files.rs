//! The repository files page: single files of a repository: reading, blaming, downloading raw, creating, updating and deleting them.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{BlameRange, FileEncoding, RepositoryFile, RepositoryFileChange};

/// Get a file of a project's repository at a ref, with its metadata and Base64-encoded
/// content.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/files/{file_path}",
    tag = "Repository files",
    response = RepositoryFile,
    public,
    example = "repository_files/get_repository_file.json",
)]
pub struct GetRepositoryFile {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch, tag or commit SHA to read the file at.
    pub r#ref: String,
}

/// Get the metadata of a file of a project's repository, without its content.
///
/// The answer has no body; the metadata of the file comes in response headers:
/// `X-Gitlab-File-Name` and `X-Gitlab-File-Path` (name and full path), `X-Gitlab-Size`
/// (bytes), `X-Gitlab-Encoding` (`base64`), `X-Gitlab-Content-Sha256` (SHA-256 of the
/// content), `X-Gitlab-Ref` (the ref asked for), `X-Gitlab-Blob-Id` (SHA of the blob),
/// `X-Gitlab-Commit-Id` (the commit the ref resolves to), `X-Gitlab-Last-Commit-Id` (the last
/// commit that changed the file) and `X-Gitlab-Execute-Filemode` (`true` when the file is
/// executable; GitLab 14.10 and later).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    head, "/projects/{id}/repository/files/{file_path}",
    tag = "Repository files",
    response = (),
    public,
)]
pub struct GetRepositoryFileMetadata {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch, tag or commit SHA to read the file at.
    pub r#ref: String,
}

/// Lines of a file to blame, both ends included, counted from 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BlameLineRange {
    /// First line of the range.
    pub start: u64,
    /// Last line of the range.
    pub end: u64,
}

/// Blame a file of a project's repository: which commit last changed each group of lines.
///
/// A `HEAD` request on this path answers the file's metadata headers, as for a file's
/// metadata.
// GitLab's Grape API presents the blame ranges without `paginate`: the list is not paginated.
// The docs are silent on anonymous access here; GitLab allows reading the files of a public
// repository without authentication, as for getting a file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/files/{file_path}/blame",
    tag = "Repository files",
    response = Vec<BlameRange>,
    public,
    example = "repository_files/get_repository_file_blame.json",
)]
pub struct GetRepositoryFileBlame {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch, tag or commit SHA to blame the file at.
    pub r#ref: String,
    /// Only these lines (sent as `range[start]=1&range[end]=2`; both are then required)
    /// (default: the whole file).
    pub range: Option<BlameLineRange>,
}

/// Download a file of a project's repository, as raw bytes.
///
/// The bytes are the file as stored; their type depends on the file. A `HEAD` request on this
/// path answers the file's metadata headers, as for a file's metadata.
// The docs mark `ref` both required and defaulting to `HEAD`; GitLab's Grape API declares it
// optional here, so it is optional. As for the blame, anonymous reading of public
// repositories works like getting a file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository/files/{file_path}/raw",
    tag = "Repository files",
    response = (),
    raw = "application/octet-stream",
    public,
)]
pub struct GetRepositoryFileRaw {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch, tag or commit SHA to read the file at (default: `HEAD`, the default branch).
    pub r#ref: Option<String>,
}

/// Create a file in a project's repository, in a new commit.
///
/// To change several files in one commit, use the commits API.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository/files/{file_path}",
    tag = "Repository files",
    response = RepositoryFileChange,
    example = "repository_files/create_repository_file.json",
)]
pub struct CreateRepositoryFile {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the new file from the repository's root (`lib/class.rb`), URL-encoded:
    /// each `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch to commit to; with `start_branch`, a new branch made for the commit.
    pub branch: String,
    /// Existing branch to start `branch` from, when `branch` does not exist yet.
    pub start_branch: Option<String>,
    /// How `content` is encoded (default `text`).
    pub encoding: Option<FileEncoding>,
    /// Email address of the commit's author (default: the current user's).
    pub author_email: Option<String>,
    /// Name of the commit's author (default: the current user's).
    pub author_name: Option<String>,
    /// Content of the file.
    pub content: String,
    /// Message of the commit.
    pub commit_message: String,
    /// Whether the file gets the executable flag.
    pub execute_filemode: Option<bool>,
}

/// Update a file of a project's repository, in a new commit.
///
/// To change several files in one commit, use the commits API. A failed commit (a path with
/// `/../`, content identical to the current one, a branch moved by a push meanwhile) is
/// answered `400` with an unspecific message.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/repository/files/{file_path}",
    tag = "Repository files",
    response = RepositoryFileChange,
    example = "repository_files/update_repository_file.json",
)]
pub struct UpdateRepositoryFile {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch to commit to; with `start_branch`, a new branch made for the commit.
    pub branch: String,
    /// Existing branch to start `branch` from, when `branch` does not exist yet.
    pub start_branch: Option<String>,
    /// How `content` is encoded (default `text`).
    pub encoding: Option<FileEncoding>,
    /// Email address of the commit's author (default: the current user's).
    pub author_email: Option<String>,
    /// Name of the commit's author (default: the current user's).
    pub author_name: Option<String>,
    /// New content of the file.
    pub content: String,
    /// Message of the commit.
    pub commit_message: String,
    /// SHA of the last commit known to change the file: the update fails if the file changed
    /// since.
    pub last_commit_id: Option<String>,
    /// Whether the file gets the executable flag.
    pub execute_filemode: Option<bool>,
}

/// Delete a file of a project's repository, in a new commit.
///
/// To change several files in one commit, use the commits API.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/repository/files/{file_path}",
    tag = "Repository files",
    response = (),
)]
pub struct DeleteRepositoryFile {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Full path of the file from the repository's root (`lib/class.rb`), URL-encoded: each
    /// `/` is sent as `%2F` automatically, a `.` may stay as it is.
    #[param(path)]
    pub file_path: String,
    /// Branch to commit to; with `start_branch`, a new branch made for the commit.
    pub branch: String,
    /// Existing branch to start `branch` from, when `branch` does not exist yet.
    pub start_branch: Option<String>,
    /// Email address of the commit's author (default: the current user's).
    pub author_email: Option<String>,
    /// Name of the commit's author (default: the current user's).
    pub author_name: Option<String>,
    /// Message of the commit.
    pub commit_message: String,
    /// SHA of the last commit known to change the file: the deletion fails if the file
    /// changed since.
    pub last_commit_id: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetRepositoryFile,
        GetRepositoryFileMetadata,
        GetRepositoryFileBlame,
        GetRepositoryFileRaw,
        CreateRepositoryFile,
        UpdateRepositoryFile,
        DeleteRepositoryFile
    ]
}
