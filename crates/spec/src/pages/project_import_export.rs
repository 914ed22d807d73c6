//! The project import and export page: exporting a project to a file and importing projects from exported files or remote objects.

use std::collections::BTreeMap;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Upload};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{ProjectActionMessage, ProjectExportStatus, ProjectImportStatus};

/// HTTP method used to send a finished export file to a web server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum ProjectExportUploadMethod {
    /// `PUT` (the default).
    Put,
    /// `POST`.
    Post,
}

/// Where to send the export file once it is built, instead of keeping it for download.
///
/// Sent as `upload[url]=...&upload[http_method]=...`. The file goes as the request's binary body
/// with `Content-Type: application/gzip` (a pre-signed URL must allow that header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectExportUpload {
    /// URL that receives the file (for example a pre-signed object storage URL).
    pub url: String,
    /// HTTP method of the upload (default `PUT`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_method: Option<ProjectExportUploadMethod>,
}

/// Start building an export file of a project.
///
/// The export runs in the background: poll its status, then download the file, or have it sent
/// to a web server with `upload`. Administrators can cap the size of export files
/// (`max_export_size` in the application settings; `0`, the default, is no limit).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/export",
    tag = "Project import and export",
    response = ProjectActionMessage,
    status = 202,
    example = "project_import_export/schedule_project_export.json",
)]
pub struct ScheduleProjectExport {
    /// The project, by numeric ID or URL-encoded full path; the caller must be allowed to
    /// administer it.
    #[param(path)]
    pub id: IdOrPath,
    /// Description written into the export instead of the project's own.
    pub description: Option<String>,
    /// Send the finished file to this web server; `upload[url]` is then required.
    pub upload: Option<ProjectExportUpload>,
}

/// Get the state of a project's export.
///
/// `_links` appear once the export has finished; `created_at` is the project's creation time.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/export",
    tag = "Project import and export",
    response = ProjectExportStatus,
    example = "project_import_export/get_project_export_status.json",
)]
pub struct GetProjectExportStatus {
    /// The project, by numeric ID or URL-encoded full path; the caller must be allowed to
    /// administer it.
    #[param(path)]
    pub id: IdOrPath,
}

/// Download a project's finished export file (a `.tar.gz` archive).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/export/download",
    tag = "Project import and export",
    response = (),
    raw = "application/gzip",
)]
pub struct DownloadProjectExport {
    /// The project, by numeric ID or URL-encoded full path; the caller must be allowed to
    /// administer it.
    #[param(path)]
    pub id: IdOrPath,
}

/// Create a project from an uploaded export file.
///
/// The import runs in the background: poll its status. Values in `override_params` win over the
/// settings stored in the file. Administrators can cap the size of the file
/// (`max_import_size` in the application settings; `0`, the default, is no limit).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/import",
    tag = "Project import and export",
    response = ProjectImportStatus,
    multipart,
    example = "project_import_export/import_project_from_file.json",
)]
pub struct ImportProjectFromFile {
    /// Namespace to create the project in, by numeric ID or path (default: the caller's own
    /// namespace).
    pub namespace: Option<IdOrPath>,
    /// Name of the new project (default: its `path`).
    pub name: Option<String>,
    /// The export file (`.tar.gz`).
    pub file: Upload,
    /// Path of the new project, also its name when `name` is not given.
    pub path: String,
    /// Replace a project that already has this path (default `false`).
    pub overwrite: Option<bool>,
    /// Project settings to apply instead of the file's, any of the attributes of creating a
    /// project, sent as `override_params[key]=value`.
    pub override_params: Option<BTreeMap<String, String>>,
}

/// Create a project from an export file that GitLab fetches from a URL (beta).
///
/// Behind the `import_project_from_remote_file` feature flag, on by default. The URL must answer
/// with a valid `Content-Length` (at most 10 GB) and `Content-Type: application/gzip`. Values in
/// `override_params` win over the settings stored in the file.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/remote-import",
    tag = "Project import and export",
    response = ProjectImportStatus,
    example = "project_import_export/import_project_from_remote_file.json",
)]
pub struct ImportProjectFromRemoteFile {
    /// Namespace to create the project in, by numeric ID or path (default: the caller's own
    /// namespace).
    pub namespace: Option<IdOrPath>,
    /// Name of the new project (default: its `path`).
    pub name: Option<String>,
    /// URL of the export file (for example a pre-signed object storage URL).
    pub url: String,
    /// Path of the new project, also its name when `name` is not given.
    pub path: String,
    /// Replace a project that already has this path (default `false`).
    pub overwrite: Option<bool>,
    /// Project settings to apply instead of the file's, any of the attributes of creating a
    /// project.
    pub override_params: Option<BTreeMap<String, String>>,
}

/// Create a project from an export file stored in an AWS S3 bucket (beta).
///
/// Behind the `import_project_from_remote_file_s3` feature flag (off by default on self-managed
/// instances, on at GitLab.com).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/remote-import-s3",
    tag = "Project import and export",
    response = ProjectImportStatus,
    example = "project_import_export/import_project_from_s3.json",
)]
pub struct ImportProjectFromS3 {
    /// Namespace to create the project in, by numeric ID or path (default: the caller's own
    /// namespace).
    pub namespace: Option<IdOrPath>,
    /// Name of the new project (default: its `path`).
    pub name: Option<String>,
    /// Full path of the new project.
    pub path: String,
    /// AWS region of the bucket.
    pub region: String,
    /// Name of the bucket holding the file.
    pub bucket_name: String,
    /// Key of the export file in the bucket.
    pub file_key: String,
    /// AWS access key ID that can read the file.
    pub access_key_id: String,
    /// AWS secret access key belonging to `access_key_id`.
    pub secret_access_key: String,
    // The docs' table lists neither `overwrite` nor `override_params` here, yet the page says
    // override parameters win over the file's values, and GitLab's Grape endpoint declares the
    // same common import parameters (`overwrite`, `override_params`) as the other two imports.
    /// Replace a project that already has this path (default `false`).
    pub overwrite: Option<bool>,
    /// Project settings to apply instead of the file's, any of the attributes of creating a
    /// project.
    pub override_params: Option<BTreeMap<String, String>>,
}

/// Get the state of the import into a project.
///
/// A failed import carries its error in `import_error`; `failed_relations` lists up to 100 parts
/// of the data that could not be imported, and imports from GitHub add progress `stats`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/import",
    tag = "Project import and export",
    response = ProjectImportStatus,
    example = "project_import_export/get_project_import_status.json",
)]
pub struct GetProjectImportStatus {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ScheduleProjectExport,
        GetProjectExportStatus,
        DownloadProjectExport,
        ImportProjectFromFile,
        ImportProjectFromRemoteFile,
        ImportProjectFromS3,
        GetProjectImportStatus
    ]
}
