//! The geo nodes page: the sites of a Geo deployment and their status.
//!
//! Every operation is for administrators only; changing, removing and repairing sites is done
//! on the primary site. Geo is a Premium feature. The answers' types are used by this page
//! only, so they are declared here rather than among the shared models.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, EndpointInfo, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a secondary Geo site limits its syncing to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeoSelectiveSyncType {
    /// Only the projects of the chosen groups (`selective_sync_namespace_ids`).
    Namespaces,
    /// Only the projects on the chosen storage shards (`selective_sync_shards`).
    Shards,
}

/// Links to a Geo site's own API resources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GeoNodeLinks {
    /// The site itself.
    #[serde(rename = "self")]
    pub self_url: String,
    /// The site's status.
    pub status: String,
    /// Repairing the site.
    pub repair: String,
}

/// A site of a Geo deployment: the primary, or a secondary replicating it.
///
/// Some settings only appear for the sites they apply to (secondaries, or sites with selective
/// sync), so they are optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GeoNode {
    /// Numeric ID of the site.
    pub id: u64,
    /// Unique name of the site (its `geo_node_name`, or its external URL).
    pub name: String,
    /// Address users reach the site at.
    pub url: String,
    /// Address the other sites reach this site at; the `url` when not set.
    pub internal_url: String,
    /// Whether this is the primary site.
    pub primary: bool,
    /// Whether the site is enabled.
    pub enabled: bool,
    /// Whether this is the site that answered the request.
    pub current: bool,
    /// How many LFS objects and attachments the site backfills at once.
    pub files_max_capacity: u64,
    /// How many repositories the site backfills at once.
    pub repos_max_capacity: u64,
    /// How many repositories the site verifies at once.
    pub verification_max_capacity: u64,
    /// How many container repositories the site syncs at once.
    pub container_repositories_max_capacity: u64,
    /// What the site limits its syncing to; `null` when it syncs everything.
    pub selective_sync_type: Option<GeoSelectiveSyncType>,
    /// Storage shards synced when the sync is limited to shards.
    pub selective_sync_shards: Option<Vec<String>>,
    /// Groups synced when the sync is limited to groups.
    pub selective_sync_namespace_ids: Option<Vec<u64>>,
    /// Days a repository verification stays valid before it is repeated.
    pub minimum_reverification_interval: Option<u64>,
    /// Whether the site replicates blobs held in object storage (secondaries only).
    pub sync_object_storage: Option<bool>,
    /// Protocol the site clones repositories with (`http` or `ssh`).
    pub clone_protocol: String,
    /// Page, on the primary site, where this site's settings are edited.
    pub web_edit_url: String,
    /// Page listing the site's replicated projects (secondaries only; deprecated in GitLab
    /// 14.9).
    pub web_geo_projects_url: Option<String>,
    /// Page showing the site's replication details (secondaries only).
    pub web_geo_replication_details_url: Option<String>,
    /// Links to the site's API resources.
    #[serde(rename = "_links")]
    pub links: GeoNodeLinks,
}

/// A Geo site's health, in one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum GeoNodeHealthStatus {
    /// Everything works.
    Healthy,
    /// Something is wrong: `health` tells what.
    Unhealthy,
}

/// Replication and verification status of a Geo site.
///
/// The counts are `null` where they do not apply (the sync counts on the primary site, the
/// replication slot counts on secondaries) or have not been collected yet; GitLab versions
/// differ in the kinds of data they report, so every count is optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GeoNodeStatus {
    /// Numeric ID of the Geo site.
    pub geo_node_id: u64,
    /// Whether the site is healthy.
    pub healthy: bool,
    /// `Healthy`, empty, or the error that makes the site unhealthy.
    pub health: Option<String>,
    /// Health of the site, in one word.
    pub health_status: GeoNodeHealthStatus,
    /// Whether the site lacks its OAuth application (repairing the site creates it).
    pub missing_oauth_application: bool,
    /// Seconds the database replica lags behind; `null` on the primary site.
    pub db_replication_lag_seconds: Option<u64>,
    /// Number of LFS objects on the primary site.
    pub lfs_objects_count: Option<u64>,
    /// Number of LFS objects the primary site can checksum.
    pub lfs_objects_checksum_total_count: Option<u64>,
    /// Number of LFS objects the primary site checksummed.
    pub lfs_objects_checksummed_count: Option<u64>,
    /// Number of LFS objects that failed to checksum.
    pub lfs_objects_checksum_failed_count: Option<u64>,
    /// Number of LFS objects synced to this site.
    pub lfs_objects_synced_count: Option<u64>,
    /// Number of LFS objects that failed to sync to this site.
    pub lfs_objects_failed_count: Option<u64>,
    /// Number of LFS objects in this site's tracking database.
    pub lfs_objects_registry_count: Option<u64>,
    /// Number of LFS objects this site can verify.
    pub lfs_objects_verification_total_count: Option<u64>,
    /// Number of LFS objects this site verified.
    pub lfs_objects_verified_count: Option<u64>,
    /// Number of LFS objects this site failed to verify.
    pub lfs_objects_verification_failed_count: Option<u64>,
    /// Share of LFS objects synced, as a percentage with two decimals (`"97.56%"`).
    pub lfs_objects_synced_in_percentage: Option<String>,
    /// Share of LFS objects verified, as a percentage with two decimals.
    pub lfs_objects_verified_in_percentage: Option<String>,
    /// Number of job artifacts on the primary site.
    pub job_artifacts_count: Option<u64>,
    /// Number of job artifacts synced to this site.
    pub job_artifacts_synced_count: Option<u64>,
    /// Number of job artifacts that failed to sync to this site.
    pub job_artifacts_failed_count: Option<u64>,
    /// Number of job artifacts synced although missing on the primary site.
    pub job_artifacts_synced_missing_on_primary_count: Option<u64>,
    /// Share of job artifacts synced, as a percentage with two decimals (`"97.56%"`).
    pub job_artifacts_synced_in_percentage: Option<String>,
    /// Number of container repositories on the primary site.
    pub container_repositories_count: Option<u64>,
    /// Number of container repositories synced to this site.
    pub container_repositories_synced_count: Option<u64>,
    /// Number of container repositories that failed to sync to this site.
    pub container_repositories_failed_count: Option<u64>,
    /// Share of container repositories synced, as a percentage with two decimals (`"97.56%"`).
    pub container_repositories_synced_in_percentage: Option<String>,
    /// Number of design repositories on the primary site.
    pub design_repositories_count: Option<u64>,
    /// Number of design repositories synced to this site.
    pub design_repositories_synced_count: Option<u64>,
    /// Number of design repositories that failed to sync to this site.
    pub design_repositories_failed_count: Option<u64>,
    /// Share of design repositories synced, as a percentage with two decimals (`"97.56%"`).
    pub design_repositories_synced_in_percentage: Option<String>,
    /// Number of projects on the primary site.
    pub projects_count: Option<u64>,
    /// Number of project repositories on the primary site.
    pub repositories_count: Option<u64>,
    /// Number of project repositories that failed to sync to this site.
    pub repositories_failed_count: Option<u64>,
    /// Number of project repositories synced to this site.
    pub repositories_synced_count: Option<u64>,
    /// Share of project repositories synced, as a percentage with two decimals (`"97.56%"`).
    pub repositories_synced_in_percentage: Option<String>,
    /// Number of project wikis on the primary site.
    pub wikis_count: Option<u64>,
    /// Number of project wikis that failed to sync to this site.
    pub wikis_failed_count: Option<u64>,
    /// Number of project wikis synced to this site.
    pub wikis_synced_count: Option<u64>,
    /// Share of project wikis synced, as a percentage with two decimals (`"97.56%"`).
    pub wikis_synced_in_percentage: Option<String>,
    /// Number of database replication slots on the primary site; `null` on secondaries.
    pub replication_slots_count: Option<u64>,
    /// Number of replication slots in use; `null` on secondaries.
    pub replication_slots_used_count: Option<u64>,
    /// Share of replication slots in use, as a percentage with two decimals.
    pub replication_slots_used_in_percentage: Option<String>,
    /// Largest amount of write-ahead log, in bytes, a replication slot retains; `null` on secondaries.
    pub replication_slots_max_retained_wal_bytes: Option<u64>,
    /// Number of project repositories that went through a repository check.
    pub repositories_checked_count: Option<u64>,
    /// Number of project repositories that failed a repository check.
    pub repositories_checked_failed_count: Option<u64>,
    /// Share of project repositories checked, as a percentage with two decimals.
    pub repositories_checked_in_percentage: Option<String>,
    /// Number of project repositories the primary site checksummed.
    pub repositories_checksummed_count: Option<u64>,
    /// Number of project repositories that failed to checksum.
    pub repositories_checksum_failed_count: Option<u64>,
    /// Share of project repositories checksummed, as a percentage with two decimals.
    pub repositories_checksummed_in_percentage: Option<String>,
    /// Number of project wikis the primary site checksummed.
    pub wikis_checksummed_count: Option<u64>,
    /// Number of project wikis that failed to checksum.
    pub wikis_checksum_failed_count: Option<u64>,
    /// Share of project wikis checksummed, as a percentage with two decimals.
    pub wikis_checksummed_in_percentage: Option<String>,
    /// Number of project repositories this site verified.
    pub repositories_verified_count: Option<u64>,
    /// Number of project repositories this site failed to verify.
    pub repositories_verification_failed_count: Option<u64>,
    /// Share of project repositories verified, as a percentage with two decimals.
    pub repositories_verified_in_percentage: Option<String>,
    /// Number of project repositories whose checksum differs from the primary's.
    pub repositories_checksum_mismatch_count: Option<u64>,
    /// Number of project wikis this site verified.
    pub wikis_verified_count: Option<u64>,
    /// Number of project wikis this site failed to verify.
    pub wikis_verification_failed_count: Option<u64>,
    /// Share of project wikis verified, as a percentage with two decimals.
    pub wikis_verified_in_percentage: Option<String>,
    /// Number of project wikis whose checksum differs from the primary's.
    pub wikis_checksum_mismatch_count: Option<u64>,
    /// Number of project repositories waiting to retry verification.
    pub repositories_retrying_verification_count: Option<u64>,
    /// Number of project wikis waiting to retry verification.
    pub wikis_retrying_verification_count: Option<u64>,
    /// ID of the latest Geo event on the primary site.
    pub last_event_id: Option<u64>,
    /// When the latest Geo event happened (Unix time, seconds).
    pub last_event_timestamp: Option<u64>,
    /// ID of the latest Geo event this site processed; `null` on the primary site.
    pub cursor_last_event_id: Option<u64>,
    /// When the latest event this site processed happened (Unix time, seconds; `0` when none).
    pub cursor_last_event_timestamp: Option<u64>,
    /// When this status was last collected successfully (Unix time, seconds).
    pub last_successful_status_check_timestamp: Option<u64>,
    /// GitLab version the site runs.
    pub version: Option<String>,
    /// Git revision of that GitLab version.
    pub revision: Option<String>,
    /// Number of merge request diffs on the primary site.
    pub merge_request_diffs_count: Option<u64>,
    /// Number of merge request diffs the primary site can checksum.
    pub merge_request_diffs_checksum_total_count: Option<u64>,
    /// Number of merge request diffs the primary site checksummed.
    pub merge_request_diffs_checksummed_count: Option<u64>,
    /// Number of merge request diffs that failed to checksum.
    pub merge_request_diffs_checksum_failed_count: Option<u64>,
    /// Number of merge request diffs synced to this site.
    pub merge_request_diffs_synced_count: Option<u64>,
    /// Number of merge request diffs that failed to sync to this site.
    pub merge_request_diffs_failed_count: Option<u64>,
    /// Number of merge request diffs in this site's tracking database.
    pub merge_request_diffs_registry_count: Option<u64>,
    /// Number of merge request diffs this site can verify.
    pub merge_request_diffs_verification_total_count: Option<u64>,
    /// Number of merge request diffs this site verified.
    pub merge_request_diffs_verified_count: Option<u64>,
    /// Number of merge request diffs this site failed to verify.
    pub merge_request_diffs_verification_failed_count: Option<u64>,
    /// Share of merge request diffs synced, as a percentage with two decimals (`"97.56%"`).
    pub merge_request_diffs_synced_in_percentage: Option<String>,
    /// Share of merge request diffs verified, as a percentage with two decimals.
    pub merge_request_diffs_verified_in_percentage: Option<String>,
    /// Number of package files on the primary site.
    pub package_files_count: Option<u64>,
    /// Number of package files the primary site can checksum.
    pub package_files_checksum_total_count: Option<u64>,
    /// Number of package files the primary site checksummed.
    pub package_files_checksummed_count: Option<u64>,
    /// Number of package files that failed to checksum.
    pub package_files_checksum_failed_count: Option<u64>,
    /// Number of package files synced to this site.
    pub package_files_synced_count: Option<u64>,
    /// Number of package files that failed to sync to this site.
    pub package_files_failed_count: Option<u64>,
    /// Number of package files in this site's tracking database.
    pub package_files_registry_count: Option<u64>,
    /// Number of package files this site can verify.
    pub package_files_verification_total_count: Option<u64>,
    /// Number of package files this site verified.
    pub package_files_verified_count: Option<u64>,
    /// Number of package files this site failed to verify.
    pub package_files_verification_failed_count: Option<u64>,
    /// Share of package files synced, as a percentage with two decimals (`"97.56%"`).
    pub package_files_synced_in_percentage: Option<String>,
    /// Share of package files verified, as a percentage with two decimals.
    pub package_files_verified_in_percentage: Option<String>,
    /// Number of Pages deployments on the primary site.
    pub pages_deployments_count: Option<u64>,
    /// Number of Pages deployments the primary site can checksum.
    pub pages_deployments_checksum_total_count: Option<u64>,
    /// Number of Pages deployments the primary site checksummed.
    pub pages_deployments_checksummed_count: Option<u64>,
    /// Number of Pages deployments that failed to checksum.
    pub pages_deployments_checksum_failed_count: Option<u64>,
    /// Number of Pages deployments synced to this site.
    pub pages_deployments_synced_count: Option<u64>,
    /// Number of Pages deployments that failed to sync to this site.
    pub pages_deployments_failed_count: Option<u64>,
    /// Number of Pages deployments in this site's tracking database.
    pub pages_deployments_registry_count: Option<u64>,
    /// Number of Pages deployments this site can verify.
    pub pages_deployments_verification_total_count: Option<u64>,
    /// Number of Pages deployments this site verified.
    pub pages_deployments_verified_count: Option<u64>,
    /// Number of Pages deployments this site failed to verify.
    pub pages_deployments_verification_failed_count: Option<u64>,
    /// Share of Pages deployments synced, as a percentage with two decimals (`"97.56%"`).
    pub pages_deployments_synced_in_percentage: Option<String>,
    /// Share of Pages deployments verified, as a percentage with two decimals.
    pub pages_deployments_verified_in_percentage: Option<String>,
    /// Number of Terraform state versions on the primary site.
    pub terraform_state_versions_count: Option<u64>,
    /// Number of Terraform state versions the primary site can checksum.
    pub terraform_state_versions_checksum_total_count: Option<u64>,
    /// Number of Terraform state versions the primary site checksummed.
    pub terraform_state_versions_checksummed_count: Option<u64>,
    /// Number of Terraform state versions that failed to checksum.
    pub terraform_state_versions_checksum_failed_count: Option<u64>,
    /// Number of Terraform state versions synced to this site.
    pub terraform_state_versions_synced_count: Option<u64>,
    /// Number of Terraform state versions that failed to sync to this site.
    pub terraform_state_versions_failed_count: Option<u64>,
    /// Number of Terraform state versions in this site's tracking database.
    pub terraform_state_versions_registry_count: Option<u64>,
    /// Number of Terraform state versions this site can verify.
    pub terraform_state_versions_verification_total_count: Option<u64>,
    /// Number of Terraform state versions this site verified.
    pub terraform_state_versions_verified_count: Option<u64>,
    /// Number of Terraform state versions this site failed to verify.
    pub terraform_state_versions_verification_failed_count: Option<u64>,
    /// Share of Terraform state versions synced, as a percentage with two decimals (`"97.56%"`).
    pub terraform_state_versions_synced_in_percentage: Option<String>,
    /// Share of Terraform state versions verified, as a percentage with two decimals.
    pub terraform_state_versions_verified_in_percentage: Option<String>,
    /// Number of snippet repositories on the primary site.
    pub snippet_repositories_count: Option<u64>,
    /// Number of snippet repositories the primary site can checksum.
    pub snippet_repositories_checksum_total_count: Option<u64>,
    /// Number of snippet repositories the primary site checksummed.
    pub snippet_repositories_checksummed_count: Option<u64>,
    /// Number of snippet repositories that failed to checksum.
    pub snippet_repositories_checksum_failed_count: Option<u64>,
    /// Number of snippet repositories synced to this site.
    pub snippet_repositories_synced_count: Option<u64>,
    /// Number of snippet repositories that failed to sync to this site.
    pub snippet_repositories_failed_count: Option<u64>,
    /// Number of snippet repositories in this site's tracking database.
    pub snippet_repositories_registry_count: Option<u64>,
    /// Number of snippet repositories this site can verify.
    pub snippet_repositories_verification_total_count: Option<u64>,
    /// Number of snippet repositories this site verified.
    pub snippet_repositories_verified_count: Option<u64>,
    /// Number of snippet repositories this site failed to verify.
    pub snippet_repositories_verification_failed_count: Option<u64>,
    /// Share of snippet repositories synced, as a percentage with two decimals (`"97.56%"`).
    pub snippet_repositories_synced_in_percentage: Option<String>,
    /// Share of snippet repositories verified, as a percentage with two decimals.
    pub snippet_repositories_verified_in_percentage: Option<String>,
    /// Number of group wiki repositories on the primary site.
    pub group_wiki_repositories_count: Option<u64>,
    /// Number of group wiki repositories the primary site can checksum.
    pub group_wiki_repositories_checksum_total_count: Option<u64>,
    /// Number of group wiki repositories the primary site checksummed.
    pub group_wiki_repositories_checksummed_count: Option<u64>,
    /// Number of group wiki repositories that failed to checksum.
    pub group_wiki_repositories_checksum_failed_count: Option<u64>,
    /// Number of group wiki repositories synced to this site.
    pub group_wiki_repositories_synced_count: Option<u64>,
    /// Number of group wiki repositories that failed to sync to this site.
    pub group_wiki_repositories_failed_count: Option<u64>,
    /// Number of group wiki repositories in this site's tracking database.
    pub group_wiki_repositories_registry_count: Option<u64>,
    /// Number of group wiki repositories this site can verify.
    pub group_wiki_repositories_verification_total_count: Option<u64>,
    /// Number of group wiki repositories this site verified.
    pub group_wiki_repositories_verified_count: Option<u64>,
    /// Number of group wiki repositories this site failed to verify.
    pub group_wiki_repositories_verification_failed_count: Option<u64>,
    /// Share of group wiki repositories synced, as a percentage with two decimals (`"97.56%"`).
    pub group_wiki_repositories_synced_in_percentage: Option<String>,
    /// Share of group wiki repositories verified, as a percentage with two decimals.
    pub group_wiki_repositories_verified_in_percentage: Option<String>,
    /// Number of pipeline artifacts on the primary site.
    pub pipeline_artifacts_count: Option<u64>,
    /// Number of pipeline artifacts the primary site can checksum.
    pub pipeline_artifacts_checksum_total_count: Option<u64>,
    /// Number of pipeline artifacts the primary site checksummed.
    pub pipeline_artifacts_checksummed_count: Option<u64>,
    /// Number of pipeline artifacts that failed to checksum.
    pub pipeline_artifacts_checksum_failed_count: Option<u64>,
    /// Number of pipeline artifacts synced to this site.
    pub pipeline_artifacts_synced_count: Option<u64>,
    /// Number of pipeline artifacts that failed to sync to this site.
    pub pipeline_artifacts_failed_count: Option<u64>,
    /// Number of pipeline artifacts in this site's tracking database.
    pub pipeline_artifacts_registry_count: Option<u64>,
    /// Number of pipeline artifacts this site can verify.
    pub pipeline_artifacts_verification_total_count: Option<u64>,
    /// Number of pipeline artifacts this site verified.
    pub pipeline_artifacts_verified_count: Option<u64>,
    /// Number of pipeline artifacts this site failed to verify.
    pub pipeline_artifacts_verification_failed_count: Option<u64>,
    /// Share of pipeline artifacts synced, as a percentage with two decimals (`"97.56%"`).
    pub pipeline_artifacts_synced_in_percentage: Option<String>,
    /// Share of pipeline artifacts verified, as a percentage with two decimals.
    pub pipeline_artifacts_verified_in_percentage: Option<String>,
    /// Number of uploads on the primary site.
    pub uploads_count: Option<u64>,
    /// Number of uploads synced to this site.
    pub uploads_synced_count: Option<u64>,
    /// Number of uploads that failed to sync to this site.
    pub uploads_failed_count: Option<u64>,
    /// Number of uploads in this site's tracking database.
    pub uploads_registry_count: Option<u64>,
    /// Share of uploads synced, as a percentage with two decimals (`"97.56%"`).
    pub uploads_synced_in_percentage: Option<String>,
    /// Number of uploads the primary site can checksum.
    pub uploads_checksum_total_count: Option<u64>,
    /// Number of uploads the primary site checksummed.
    pub uploads_checksummed_count: Option<u64>,
    /// Number of uploads that failed to checksum.
    pub uploads_checksum_failed_count: Option<u64>,
    /// Number of uploads this site can verify.
    pub uploads_verification_total_count: Option<u64>,
    /// Number of uploads this site verified.
    pub uploads_verified_count: Option<u64>,
    /// Number of uploads this site failed to verify.
    pub uploads_verification_failed_count: Option<u64>,
    /// Share of uploads verified, as a percentage with two decimals.
    pub uploads_verified_in_percentage: Option<String>,
    /// Number of job artifacts the primary site can checksum.
    pub job_artifacts_checksum_total_count: Option<u64>,
    /// Number of job artifacts the primary site checksummed.
    pub job_artifacts_checksummed_count: Option<u64>,
    /// Number of job artifacts that failed to checksum.
    pub job_artifacts_checksum_failed_count: Option<u64>,
    /// Number of job artifacts in this site's tracking database.
    pub job_artifacts_registry_count: Option<u64>,
    /// Number of job artifacts this site can verify.
    pub job_artifacts_verification_total_count: Option<u64>,
    /// Number of job artifacts this site verified.
    pub job_artifacts_verified_count: Option<u64>,
    /// Number of job artifacts this site failed to verify.
    pub job_artifacts_verification_failed_count: Option<u64>,
    /// Share of job artifacts verified, as a percentage with two decimals.
    pub job_artifacts_verified_in_percentage: Option<String>,
}

/// Sync and verification state of one project's repository and wiki on a secondary site.
// GitLab serializes these timestamps as ISO 8601, like every other; the docs' example shows
// them in Ruby's `to_s` form (`2017-10-31 14:25:55 UTC`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GeoProjectRegistry {
    /// Numeric ID of the project.
    pub project_id: u64,
    /// When the repository was last synced.
    pub last_repository_synced_at: Option<DateTime<Utc>>,
    /// When the repository was last synced successfully.
    pub last_repository_successful_sync_at: Option<DateTime<Utc>>,
    /// When the wiki was last synced.
    pub last_wiki_synced_at: Option<DateTime<Utc>>,
    /// When the wiki was last synced successfully.
    pub last_wiki_successful_sync_at: Option<DateTime<Utc>>,
    /// Number of retries of the repository's sync.
    pub repository_retry_count: Option<u64>,
    /// Number of retries of the wiki's sync.
    pub wiki_retry_count: Option<u64>,
    /// Error of the repository's last sync.
    pub last_repository_sync_failure: Option<String>,
    /// Error of the wiki's last sync.
    pub last_wiki_sync_failure: Option<String>,
    /// Error of the repository's last verification.
    pub last_repository_verification_failure: Option<String>,
    /// Error of the wiki's last verification.
    pub last_wiki_verification_failure: Option<String>,
    /// Checksum of the repository as this site computed it.
    pub repository_verification_checksum_sha: Option<String>,
    /// Checksum of the wiki as this site computed it.
    pub wiki_verification_checksum_sha: Option<String>,
    /// Whether the repository's checksum differs from the primary's.
    pub repository_checksum_mismatch: bool,
    /// Whether the wiki's checksum differs from the primary's.
    pub wiki_checksum_mismatch: bool,
}

/// Settings of a Geo site: shared by adding and changing sites.
///
/// The defaults given apply when a site is added; a change leaves what is not given as it is.
#[derive(Debug, Clone, Default, Params)]
pub struct GeoNodeSettings {
    /// Enable the site (default `true`).
    pub enabled: Option<bool>,
    /// Address the other sites reach this site at (default: the `url`).
    pub internal_url: Option<String>,
    /// How many LFS objects and attachments a secondary backfills at once (default `10`).
    pub files_max_capacity: Option<u64>,
    /// How many repositories a secondary backfills at once (default `25`).
    pub repos_max_capacity: Option<u64>,
    /// How many repositories the site verifies at once (default `100`).
    pub verification_max_capacity: Option<u64>,
    /// How many container repositories the site syncs at once (default `10`).
    pub container_repositories_max_capacity: Option<u64>,
    /// Have a secondary replicate blobs held in object storage (default `false`).
    pub sync_object_storage: Option<bool>,
    /// Limit syncing to some groups or some storage shards.
    // GitLab also takes `null` here, to sync everything again; an `Option` that is left out
    // cannot send it.
    pub selective_sync_type: Option<GeoSelectiveSyncType>,
    /// Storage shards to sync, when syncing is limited to shards.
    pub selective_sync_shards: Option<Vec<String>>,
    /// IDs of the groups to sync, when syncing is limited to groups.
    pub selective_sync_namespace_ids: Option<Vec<u64>>,
    /// Days a repository verification stays valid before it is repeated (no effect on a
    /// secondary).
    pub minimum_reverification_interval: Option<u64>,
}

/// Add a Geo site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/geo_nodes",
    tag = "Geo nodes",
    response = GeoNode,
    admin,
    example = "geo_nodes/create_geo_node.json",
)]
pub struct CreateGeoNode {
    /// Make the new site the primary (default `false`).
    pub primary: Option<bool>,
    /// Unique name of the site: its `geo_node_name` when `gitlab.rb` sets one, its external URL
    /// otherwise.
    pub name: String,
    /// Address users reach the site at.
    pub url: String,
    /// The site's other settings.
    #[param(flatten)]
    pub settings: GeoNodeSettings,
}

/// List the sites of the Geo deployment.
// The docs do not say; GitLab's endpoint paginates this list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/geo_nodes",
    tag = "Geo nodes",
    response = Vec<GeoNode>,
    paginate = offset,
    admin,
    example = "geo_nodes/list_geo_nodes.json",
)]
pub struct ListGeoNodes {}

/// Get one Geo site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/geo_nodes/{id}",
    tag = "Geo nodes",
    response = GeoNode,
    admin,
    example = "geo_nodes/get_geo_node.json",
)]
pub struct GetGeoNode {
    /// Numeric ID of the site.
    #[param(path)]
    pub id: u64,
}

/// Change the settings of a Geo site.
///
/// Only on the primary site.
// The docs mark `name` and `url` as required here; GitLab's endpoint takes every setting as
// optional (it changes what is given), which we follow.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/geo_nodes/{id}",
    tag = "Geo nodes",
    response = GeoNode,
    admin,
    example = "geo_nodes/edit_geo_node.json",
)]
pub struct EditGeoNode {
    /// Numeric ID of the site.
    #[param(path)]
    pub id: u64,
    /// New unique name of the site: its `geo_node_name` when `gitlab.rb` sets one, its external
    /// URL otherwise.
    pub name: Option<String>,
    /// New address users reach the site at.
    pub url: Option<String>,
    /// The site's other settings.
    #[param(flatten)]
    pub settings: GeoNodeSettings,
}

/// Remove a Geo site.
///
/// Only on the primary site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/geo_nodes/{id}",
    tag = "Geo nodes",
    response = (),
    admin,
)]
pub struct DeleteGeoNode {
    /// Numeric ID of the site.
    #[param(path)]
    pub id: u64,
}

/// Repair the OAuth authentication of a Geo site.
///
/// Only on the primary site. The answer is the site.
// The docs do not give the status; GitLab's endpoint sets `status 200` explicitly.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/geo_nodes/{id}/repair",
    tag = "Geo nodes",
    response = GeoNode,
    status = 200,
    admin,
    example = "geo_nodes/repair_geo_node.json",
)]
pub struct RepairGeoNode {
    /// Numeric ID of the site.
    #[param(path)]
    pub id: u64,
}

/// List the replication status of every Geo site.
// The docs do not say; GitLab's endpoint paginates this list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/geo_nodes/status",
    tag = "Geo nodes",
    response = Vec<GeoNodeStatus>,
    paginate = offset,
    admin,
    example = "geo_nodes/list_geo_node_statuses.json",
)]
pub struct ListGeoNodeStatuses {}

/// Get the replication status of one Geo site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/geo_nodes/{id}/status",
    tag = "Geo nodes",
    response = GeoNodeStatus,
    admin,
    example = "geo_nodes/get_geo_node_status.json",
)]
pub struct GetGeoNodeStatus {
    /// Numeric ID of the site.
    #[param(path)]
    pub id: u64,
}

/// Kind of repository whose failures to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeoFailureObjectType {
    /// Project repositories.
    Repository,
    /// Project wikis.
    Wiki,
}

/// Kind of failure to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeoFailureType {
    /// The sync failed.
    Sync,
    /// The checksum differs from the primary's.
    ChecksumMismatch,
    /// The verification failed.
    Verification,
}

/// List the projects whose sync or verification failed on the current site.
///
/// Only on a secondary site.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/geo_nodes/current/failures",
    tag = "Geo nodes",
    response = Vec<GeoProjectRegistry>,
    paginate = offset,
    admin,
    example = "geo_nodes/list_current_geo_node_failures.json",
)]
pub struct ListCurrentGeoNodeFailures {
    /// Only failures of this kind of repository (default: both).
    pub r#type: Option<GeoFailureObjectType>,
    /// Kind of failure (default `sync`).
    // The default is GitLab's (`default: 'sync'` in its endpoint); the docs do not give it.
    pub failure_type: Option<GeoFailureType>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        CreateGeoNode,
        ListGeoNodes,
        GetGeoNode,
        EditGeoNode,
        DeleteGeoNode,
        RepairGeoNode,
        ListGeoNodeStatuses,
        GetGeoNodeStatus,
        ListCurrentGeoNodeFailures,
    ]
}
