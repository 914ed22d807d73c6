//! Instance administration: plan limits, GitLab's own feature flags and their gates, the
//! instance licence, application statistics and the Service Ping payloads.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The application limits of one subscription plan of the instance.
///
/// A limit of `0` means no limit. File sizes are in bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PlanLimits {
    /// Most jobs in one pipeline.
    pub ci_pipeline_size: u64,
    /// Most jobs in the active pipelines of a project, all together.
    pub ci_active_jobs: u64,
    /// Most active pipelines of one project.
    pub ci_active_pipelines: u64,
    /// Most pipeline subscriptions to and from one project.
    pub ci_project_subscriptions: u64,
    /// Most pipeline schedules of one project.
    pub ci_pipeline_schedules: u64,
    /// Most `needs` dependencies of one job.
    pub ci_needs_size_limit: u64,
    /// Most runners registered to one group.
    pub ci_registered_group_runners: u64,
    /// Most runners registered to one project.
    pub ci_registered_project_runners: u64,
    /// Largest Conan package file.
    pub conan_max_file_size: u64,
    /// Largest generic package file.
    pub generic_packages_max_file_size: u64,
    /// Largest Helm chart file.
    pub helm_max_file_size: u64,
    /// Largest Maven package file.
    pub maven_max_file_size: u64,
    /// Largest npm package file.
    pub npm_max_file_size: u64,
    /// Largest NuGet package file.
    pub nuget_max_file_size: u64,
    /// Largest PyPI package file.
    pub pypi_max_file_size: u64,
    /// Largest Terraform module package file.
    pub terraform_module_max_file_size: u64,
    /// Most storage of one root namespace, in megabytes (missing from older versions).
    pub storage_size_limit: Option<u64>,
}

/// Whether a feature flag of GitLab is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeatureState {
    /// On for everyone.
    On,
    /// Off for everyone.
    Off,
    /// On for some actors, groups or a percentage only.
    Conditional,
}

/// The kind of a feature flag gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeatureGateKey {
    /// On or off for everyone.
    Boolean,
    /// On for the listed actors (users, groups, namespaces, projects, repositories).
    Actors,
    /// On for the listed feature groups.
    Groups,
    /// On for a percentage of actors.
    PercentageOfActors,
    /// On for a percentage of the checks, at random.
    PercentageOfTime,
}

/// The value of a feature flag gate; its form follows the gate's `key`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum FeatureGateValue {
    /// Gate `boolean`: whether the flag is on for everyone.
    Enabled(bool),
    /// Gates `percentage_of_actors` and `percentage_of_time`: the percentage.
    Percentage(f64),
    /// Gates `actors` and `groups`: the actors (`User:1`, `Project:2`, ...) or feature groups.
    Targets(Vec<String>),
}

/// One gate of a feature flag that is set (gates left at their default are not listed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FeatureGate {
    /// Kind of gate.
    pub key: FeatureGateKey,
    /// Value of the gate.
    pub value: FeatureGateValue,
}

/// The YAML definition of a feature flag, as shipped with GitLab.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeatureDefinition {
    /// Name of the feature flag.
    pub name: String,
    /// Merge request that added the flag.
    pub introduced_by_url: Option<String>,
    /// Issue tracking the rollout of the flag.
    pub rollout_issue_url: Option<String>,
    /// GitLab version the flag appeared in (missing where the definition is embedded in a feature).
    pub milestone: Option<String>,
    /// Whether changes of the flag's state are logged.
    pub log_state_changes: Option<bool>,
    /// Kind of flag, such as `development` or `ops`.
    pub r#type: String,
    /// GitLab product group owning the flag, such as `group::ci`.
    pub group: Option<String>,
    /// Whether the flag is on when no gate is set.
    pub default_enabled: bool,
}

/// A feature flag of GitLab itself, with the gates set on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Feature {
    /// Name of the feature flag.
    pub name: String,
    /// Whether the flag is on.
    pub state: FeatureState,
    /// The gates that are set.
    pub gates: Vec<FeatureGate>,
    /// The flag's definition; null for flags without one.
    pub definition: Option<FeatureDefinition>,
}

/// The holder of a licence, as the licence file names them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GitlabLicensee {
    /// Name of the licensee.
    #[serde(rename = "Name")]
    pub name: Option<String>,
    /// Email address of the licensee.
    #[serde(rename = "Email")]
    pub email: Option<String>,
    /// Company of the licensee.
    #[serde(rename = "Company")]
    pub company: Option<String>,
}

/// A licence of the GitLab instance (paid tiers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GitlabLicense {
    /// Numeric ID of the licence.
    pub id: u64,
    /// Plan the licence is for, such as `premium` or `ultimate`.
    pub plan: String,
    /// When the licence was added.
    pub created_at: DateTime<Utc>,
    /// First day the licence is valid.
    pub starts_at: NaiveDate,
    /// Day the licence expires; null for licences that do not expire.
    pub expires_at: Option<NaiveDate>,
    /// Highest number of billable users seen.
    pub historical_max: u64,
    /// Highest number of billable users seen while the licence was valid.
    pub maximum_user_count: u64,
    /// Whether the licence has expired.
    pub expired: bool,
    /// Billable users above the licensed number: from `historical_max` for an expired licence,
    /// from the current count otherwise.
    pub overage: i64,
    /// Number of users licensed; `0` for no limit.
    pub user_limit: u64,
    /// Current number of billable users (only for the current licence and a licence just
    /// added).
    pub active_users: Option<u64>,
    /// Holder of the licence.
    pub licensee: GitlabLicensee,
    /// Add-ons of the licence, with their quantity.
    pub add_ons: BTreeMap<String, u64>,
}

/// Approximate counts of the instance's objects.
///
/// Each count is a string, with thousands separators for big numbers (`"1,024"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApplicationStatistics {
    /// Forked projects.
    pub forks: String,
    /// Issues.
    pub issues: String,
    /// Merge requests.
    pub merge_requests: String,
    /// Comments.
    pub notes: String,
    /// Snippets.
    pub snippets: String,
    /// SSH keys.
    pub ssh_keys: String,
    /// Milestones.
    pub milestones: String,
    /// Users.
    pub users: String,
    /// Groups.
    pub groups: String,
    /// Projects.
    pub projects: String,
    /// Active users.
    pub active_users: String,
}

/// One metric of a Service Ping payload: a count, the text of the query computing it, or a
/// placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum ServicePingValue {
    /// The metric's value; negative values mark metrics that were not computed (`-3` for SQL
    /// metrics in the non-SQL payload).
    Count(i64),
    /// The SQL query computing the metric (in the queries payload), or a text value.
    Text(String),
    /// An object standing for a value GitLab does not compute with SQL, such as
    /// `{"alt_usage_data_block": "..."}` in the queries payload (free-form).
    Placeholder(BTreeMap<String, serde_json::Value>),
}

/// The settings section of a Service Ping payload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ServicePingSettings {
    /// Whether the LDAP secrets are stored encrypted.
    pub ldap_encrypted_secrets_enabled: Option<bool>,
    /// Operating system GitLab runs on, such as `ubuntu-20.04`.
    pub operating_system: Option<String>,
    /// Further settings reported, which change between versions (free-form).
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

/// A Service Ping payload: what the instance reports about itself, either with the SQL
/// queries in place of the values they compute, or with only the metrics not computed by SQL.
///
/// Only the leading sections have a fixed shape; the payload holds many more sections, which
/// change with every GitLab version (kept free-form).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ServicePingPayload {
    /// When the payload was put together.
    pub recorded_at: DateTime<Utc>,
    /// Unique ID of the instance; null when not set.
    pub uuid: Option<String>,
    /// Host name of the instance.
    pub hostname: String,
    /// GitLab version.
    pub version: String,
    /// How GitLab was installed, such as `omnibus-gitlab` or `gitlab-development-kit`.
    pub installation_type: String,
    /// Active users: the count, or the query computing it.
    pub active_user_count: ServicePingValue,
    /// Edition: `CE` or `EE`.
    pub edition: String,
    /// MD5 digest of the licence (paid tiers).
    pub license_md5: Option<String>,
    /// SHA-256 digest of the licence (paid tiers).
    pub license_sha256: Option<String>,
    /// ID of the licence.
    pub license_id: Option<u64>,
    /// Highest number of billable users seen (paid tiers).
    pub historical_max_users: Option<u64>,
    /// Holder of the licence (paid tiers).
    pub licensee: Option<GitlabLicensee>,
    /// Number of users licensed.
    pub license_user_count: Option<u64>,
    /// First day the licence is valid.
    pub license_starts_at: Option<NaiveDate>,
    /// Day the licence expires.
    pub license_expires_at: Option<NaiveDate>,
    /// Plan of the licence.
    pub license_plan: Option<String>,
    /// Add-ons of the licence, with their quantity.
    pub license_add_ons: Option<BTreeMap<String, u64>>,
    /// Whether the licence is a trial.
    pub license_trial: Option<bool>,
    /// Subscription ID of the licence.
    pub license_subscription_id: Option<String>,
    /// Further licence details (free-form; empty in GitLab's examples).
    pub license: Option<BTreeMap<String, serde_json::Value>>,
    /// Settings of the instance that the payload reports.
    pub settings: Option<ServicePingSettings>,
    /// Counts of the instance's objects, by name.
    pub counts: Option<BTreeMap<String, ServicePingValue>>,
    /// The payload's other sections (free-form: they differ between GitLab versions).
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}
