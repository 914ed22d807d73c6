//! Releases of a project: the release itself, its assets (source archives and links), the
//! evidence snapshots collected for it, and the kinds of asset links.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Commit, Milestone, UserBasic};

/// A release: a named, described snapshot of a project tied to one of its tags.
///
/// Users who may not read the code get the release without its commit, source archives and
/// evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Release {
    /// Name of the tag the release belongs to.
    pub tag_name: String,
    /// Name of the release (the tag name when none was given).
    pub name: String,
    /// Release notes, in Markdown; `null` when there are none.
    pub description: Option<String>,
    /// Release notes rendered as HTML; only sent when `include_html_description` is `true`.
    pub description_html: Option<String>,
    /// When the release was created.
    pub created_at: DateTime<Utc>,
    /// When the release is or was ready; may lie in the future.
    pub released_at: DateTime<Utc>,
    /// Whether `released_at` lies in the future (sent by GitLab versions that label upcoming
    /// releases).
    pub upcoming_release: Option<bool>,
    /// Whether `released_at` lies before the creation of the release (newer GitLab versions).
    pub historical_release: Option<bool>,
    /// Who created the release; missing when the account no longer exists.
    pub author: Option<UserBasic>,
    /// Commit the tag points to; missing for users who may not read the code.
    pub commit: Option<Commit>,
    /// Milestones the release is associated with; missing when there are none.
    // GitLab embeds each milestone with its issue counts (`issue_stats`); `Milestone` does not
    // declare them yet.
    pub milestones: Option<Vec<Milestone>>,
    /// Path of the commit's page in the web interface, relative to the host.
    pub commit_path: Option<String>,
    /// Path of the tag's page in the web interface, relative to the host.
    pub tag_path: Option<String>,
    /// SHA of the release's first evidence (older GitLab versions, replaced by `evidences`).
    pub evidence_sha: Option<String>,
    /// Source archives and links of the release; missing from the short form (`simple=true`
    /// on the group releases list).
    pub assets: Option<ReleaseAssets>,
    /// Evidence snapshots collected for the release; missing for users who may not read the
    /// code.
    pub evidences: Option<Vec<ReleaseEvidence>>,
    /// Addresses of pages about the release in the web interface (newer GitLab versions).
    #[serde(rename = "_links")]
    pub links: Option<ReleaseWebLinks>,
}

/// The assets of a release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReleaseAssets {
    /// Number of assets: source archives plus links.
    pub count: u64,
    /// Archives of the source code at the tag; missing for users who may not read the code.
    pub sources: Option<Vec<ReleaseSource>>,
    /// Links attached to the release.
    pub links: Vec<ReleaseLink>,
    /// Address of the JSON file of the latest evidence (older GitLab versions; not always
    /// sent).
    pub evidence_file_path: Option<String>,
}

/// An archive of the project's source code at the release's tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReleaseSource {
    /// Archive format.
    pub format: ReleaseSourceFormat,
    /// Download address of the archive.
    pub url: String,
}

/// Format of a source code archive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum ReleaseSourceFormat {
    /// ZIP archive.
    #[serde(rename = "zip")]
    Zip,
    /// Gzip-compressed tarball.
    #[serde(rename = "tar.gz")]
    TarGz,
    /// Bzip2-compressed tarball.
    #[serde(rename = "tar.bz2")]
    TarBz2,
    /// Uncompressed tarball.
    #[serde(rename = "tar")]
    Tar,
}

/// A link attached to a release as an asset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReleaseLink {
    /// Numeric ID of the link.
    pub id: u64,
    /// Name of the link, unique within the release.
    pub name: String,
    /// Address the link points to, unique within the release.
    pub url: String,
    /// Permanent address of the asset under the release's `downloads/` path; sent when the link
    /// has a file path (and by newer GitLab versions for every link).
    pub direct_asset_url: Option<String>,
    /// Whether the address lies outside this GitLab instance.
    pub external: bool,
    /// Kind of asset the link points to.
    pub link_type: ReleaseLinkType,
}

/// Kind of asset a release link points to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReleaseLinkType {
    /// Anything else (the default).
    #[default]
    Other,
    /// Operating instructions.
    Runbook,
    /// A disk or container image.
    Image,
    /// A software package.
    Package,
}

/// A snapshot of the data related to a release, collected as a JSON file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReleaseEvidence {
    /// SHA checksum of the evidence file.
    pub sha: String,
    /// Address of the evidence file.
    pub filepath: String,
    /// When the evidence was collected.
    pub collected_at: DateTime<Utc>,
}

/// Pages about a release in the web interface; each address is missing when it does not apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReleaseWebLinks {
    /// The release's own page.
    #[serde(rename = "self")]
    pub self_url: Option<String>,
    /// The page to edit the release.
    pub edit_url: Option<String>,
    /// Open issues of the release's milestones.
    pub opened_issues_url: Option<String>,
    /// Closed issues of the release's milestones.
    pub closed_issues_url: Option<String>,
    /// Open merge requests of the release's milestones.
    pub opened_merge_requests_url: Option<String>,
    /// Merged merge requests of the release's milestones.
    pub merged_merge_requests_url: Option<String>,
    /// Closed merge requests of the release's milestones.
    pub closed_merge_requests_url: Option<String>,
}
