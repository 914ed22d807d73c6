//! Packages of the package registry: the package, its versions, tags and files, and the Debian
//! distributions that projects and groups publish packages in.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::PipelineBasic;

/// Format of a package.
// The docs list the types accepted as filters partly (the group list leaves out
// `terraform_module`); GitLab accepts, and answers with, every type of its registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackageType {
    /// Maven (Java).
    Maven,
    /// npm (JavaScript).
    Npm,
    /// Conan (C and C++).
    Conan,
    /// NuGet (.NET).
    Nuget,
    /// PyPI (Python).
    Pypi,
    /// Composer (PHP).
    Composer,
    /// Generic files.
    Generic,
    /// Go modules.
    Golang,
    /// Debian packages.
    Debian,
    /// RubyGems.
    Rubygems,
    /// Helm charts.
    Helm,
    /// Terraform modules.
    TerraformModule,
}

/// Processing state of a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackageStatus {
    /// Usable (listed by default).
    Default,
    /// Hidden from the package manager clients.
    Hidden,
    /// Still being processed after its upload.
    Processing,
    /// Processing failed (listed by default).
    Error,
    /// Marked for deletion.
    PendingDestruction,
}

/// A package in a project's package registry.
///
/// Lists leave out the package's versions; only group lists carry the project's ID and path.
/// The pipelines are there when the package was published from CI/CD.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Package {
    /// Numeric ID of the package.
    pub id: u64,
    /// Name of the package (for Conan, the full recipe `name/version@user/channel`).
    pub name: String,
    /// Bare package name of a Conan package; only sent for Conan packages.
    pub conan_package_name: Option<String>,
    /// Version; `null` for versionless packages.
    pub version: Option<String>,
    /// Format of the package.
    pub package_type: PackageType,
    /// Processing state; missing from older answers.
    pub status: Option<PackageStatus>,
    /// Related paths; missing from some answers.
    #[serde(rename = "_links")]
    pub links: Option<PackageLinks>,
    /// When the package was created.
    pub created_at: DateTime<Utc>,
    /// When a package manager last downloaded the package; `null` if never.
    pub last_downloaded_at: Option<DateTime<Utc>>,
    /// ID of the package's project; only in group lists.
    pub project_id: Option<u64>,
    /// Full path of the package's project; only in group lists, for readers of the project.
    pub project_path: Option<String>,
    /// Tags of the package; missing from some answers.
    pub tags: Option<Vec<PackageTag>>,
    /// The pipeline that first published the package (deprecated in favor of `pipelines`).
    pub pipeline: Option<PipelineBasic>,
    /// The pipelines that published the package; missing when it was not published from CI/CD.
    // GitLab's package pipeline adds the user who started it; `PipelineBasic` does not
    // declare it.
    pub pipelines: Option<Vec<PipelineBasic>>,
    /// The other versions of the package; only when one package is requested.
    pub versions: Option<Vec<PackageVersion>>,
}

/// Paths related to a package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PackageLinks {
    /// Path of the package's page in the web interface.
    pub web_path: String,
    /// API address that deletes the package; only for users who may delete it.
    pub delete_api_path: Option<String>,
}

/// A tag attached to a package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PackageTag {
    /// Numeric ID of the tag.
    pub id: u64,
    /// ID of the tagged package.
    pub package_id: u64,
    /// The tag (`latest`, `beta`).
    pub name: String,
    /// When the tag was created.
    pub created_at: DateTime<Utc>,
    /// When the tag was last changed.
    pub updated_at: DateTime<Utc>,
}

/// Another version of a package, as a single package lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PackageVersion {
    /// Numeric ID of the package of this version.
    pub id: u64,
    /// The version.
    pub version: String,
    /// When the version was created.
    pub created_at: DateTime<Utc>,
    /// Tags of the version; missing from some answers.
    pub tags: Option<Vec<PackageTag>>,
    /// The pipelines that published the version; missing when it was not published from CI/CD.
    pub pipelines: Option<Vec<PipelineBasic>>,
}

/// A file of a package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PackageFile {
    /// Numeric ID of the file.
    pub id: u64,
    /// ID of the package the file belongs to.
    pub package_id: u64,
    /// When the file was uploaded.
    pub created_at: DateTime<Utc>,
    /// Name of the file.
    pub file_name: String,
    /// Size in bytes.
    pub size: u64,
    /// MD5 checksum; `null` when not computed (for example in FIPS mode).
    pub file_md5: Option<String>,
    /// SHA-1 checksum; `null` when not computed.
    pub file_sha1: Option<String>,
    /// SHA-256 checksum; `null` when not computed.
    pub file_sha256: Option<String>,
    /// The pipelines that uploaded the file; missing when it was not uploaded from CI/CD.
    pub pipelines: Option<Vec<PipelineBasic>>,
}

/// A Debian distribution (an APT suite) of a project's or group's package registry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DebianDistribution {
    /// Numeric ID of the distribution.
    pub id: u64,
    /// Codename (`sid`, `bookworm`, `unstable`), unique in the project or group.
    pub codename: String,
    /// Suite (`stable`, `testing`); `null` when not set.
    pub suite: Option<String>,
    /// Origin written to the `Release` file; `null` when not set.
    pub origin: Option<String>,
    /// Label written to the `Release` file; `null` when not set.
    pub label: Option<String>,
    /// Version of the distribution; `null` when not set.
    pub version: Option<String>,
    /// Description; `null` when not set.
    pub description: Option<String>,
    /// How long, in seconds, a published `Release` file stays valid; `null` for no limit.
    pub valid_time_duration_seconds: Option<u64>,
    /// Components of the distribution (`main`, `contrib`).
    pub components: Vec<String>,
    /// Architectures of the distribution (`all`, `amd64`).
    pub architectures: Vec<String>,
}
