//! Project export and import: the state of a project's export file and of an import into a
//! project.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a project's export file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectExportState {
    /// No export has been asked for, or none is left.
    None,
    /// An export was asked for and waits to be processed.
    Queued,
    /// The export is being built, or its file is being delivered (email, upload).
    Started,
    /// The export is done and its file can be downloaded.
    Finished,
    /// A file is ready to download while a newer one is being built.
    RegenerationInProgress,
}

/// Links to a project's finished export file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectExportLinks {
    /// API URL that downloads the file.
    pub api_url: String,
    /// Web URL that downloads the file.
    pub web_url: String,
}

/// A project and the state of its export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectExportStatus {
    /// Numeric project ID.
    pub id: u64,
    /// Description text; `null` when empty.
    pub description: Option<String>,
    /// Display name.
    pub name: String,
    /// Display name prefixed with the namespace's name.
    pub name_with_namespace: String,
    /// Last path segment.
    pub path: String,
    /// Full path, namespace included.
    pub path_with_namespace: String,
    /// When the project (not the export) was created.
    pub created_at: DateTime<Utc>,
    /// State of the export.
    pub export_status: ProjectExportState,
    /// Download links; only once the export has finished.
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<ProjectExportLinks>,
}

/// Where an import into a project stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectImportState {
    /// The project was not imported.
    None,
    /// The import waits to be processed.
    Scheduled,
    /// The import stopped with an error (see `import_error`).
    Failed,
    /// The import is running.
    Started,
    /// The import is done.
    Finished,
}

/// A part of the imported data (a relation) that could not be imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectImportFailedRelation {
    /// ID of the failure record (not of the relation's object).
    pub id: u64,
    /// When the failure was recorded.
    pub created_at: DateTime<Utc>,
    /// Class of the error raised.
    pub exception_class: String,
    /// Message of the error raised.
    pub exception_message: String,
    /// Where in the import the failure happened.
    pub source: Option<String>,
    /// Name of the relation that failed (`merge_requests`, `issues`, ...).
    pub relation_name: String,
    /// Position of the failed record in the export's data for that relation.
    pub line_number: Option<u64>,
}

/// Progress counts of an import from GitHub, by kind of object (`issue`, `pull_request`,
/// `note`, `diff_note`, `label`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectImportStats {
    /// How many objects of each kind were fetched from GitHub so far.
    pub fetched: BTreeMap<String, u64>,
    /// How many objects of each kind were imported so far.
    pub imported: BTreeMap<String, u64>,
}

/// A project and the state of the import into it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectImportStatus {
    /// Numeric project ID.
    pub id: u64,
    /// Description text; `null` when empty.
    pub description: Option<String>,
    /// Display name.
    pub name: String,
    /// Display name prefixed with the namespace's name.
    pub name_with_namespace: String,
    /// Last path segment.
    pub path: String,
    /// Full path, namespace included.
    pub path_with_namespace: String,
    /// When the project was created.
    pub created_at: DateTime<Utc>,
    /// State of the import.
    pub import_status: ProjectImportState,
    /// Where the data came from (`gitlab_project`, `github`, ...); `null` or missing when
    /// unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_type: Option<String>,
    /// ID tying the import's log entries together.
    pub correlation_id: Option<String>,
    /// Parts of the data that failed to import (at most 100).
    pub failed_relations: Vec<ProjectImportFailedRelation>,
    /// Error message of a failed import; `null` or missing otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_error: Option<String>,
    /// Progress counts; only for imports from GitHub.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<ProjectImportStats>,
}

/// The short form of a project created by an import from GitHub or Bitbucket Server, with (from
/// Bitbucket Server) the state of that import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ImportedProject {
    /// Numeric ID of the new project.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Web path of the project, with a leading `/` (`/group/my-repo`).
    pub full_path: String,
    /// Display name prefixed with the namespace's name (`Group / my-repo`).
    pub full_name: String,
    // The import from Bitbucket Server answers with GitLab's import entity (`ProjectImportEntity`),
    // which adds the fields below to the four the docs show; the import from GitHub answers with
    // the plain `ProjectEntity`, without them. So they are optional.
    /// Where the repository was imported from (its full name on GitHub, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source: Option<String>,
    /// State of the import (`scheduled` right after the request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ProjectImportState>,
    /// State of the import, in words for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_import_status_name: Option<String>,
    /// Web address of the repository at the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_link: Option<String>,
    /// Error message, once the import has failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_error: Option<String>,
}
