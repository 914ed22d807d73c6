//! Pipelines: the short form embedded in merge requests and commits and listed by their pages,
//! and the full form (with its trigger, timings and detailed status).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::UserBasic;

/// A pipeline in short form, as lists of pipelines and the commits and merge requests that
/// embed one show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineBasic {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the pipeline inside its project; missing from older answers.
    pub iid: Option<u64>,
    /// ID of the project the pipeline ran in; missing from some embedded forms.
    pub project_id: Option<u64>,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status (`created`, `pending`, `running`, `success`, `failed`, `canceled`, `skipped`, ...).
    pub status: String,
    /// What started the pipeline (`push`, `web`, `merge_request_event`, ...).
    pub source: Option<String>,
    /// When the pipeline was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the pipeline was last changed.
    pub updated_at: Option<DateTime<Utc>>,
    /// Address of the pipeline in the web interface.
    pub web_url: Option<String>,
}

/// A pipeline in full: the short form plus who started it, its timings, coverage and how its
/// status is shown (the head pipeline of a merge request, a newly created pipeline).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Pipeline {
    /// Global numeric ID.
    pub id: u64,
    /// Number of the pipeline inside its project; missing from older answers.
    pub iid: Option<u64>,
    /// ID of the project the pipeline ran in; missing from older answers.
    pub project_id: Option<u64>,
    /// Commit the pipeline ran for.
    pub sha: String,
    /// Branch or tag the pipeline ran for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Status (`created`, `pending`, `running`, `success`, `failed`, `canceled`, `skipped`, ...).
    pub status: String,
    /// What started the pipeline (`push`, `web`, `merge_request_event`, ...); missing from
    /// older answers.
    pub source: Option<String>,
    /// When the pipeline was created.
    pub created_at: DateTime<Utc>,
    /// When the pipeline was last changed.
    pub updated_at: DateTime<Utc>,
    /// Address of the pipeline in the web interface.
    pub web_url: String,
    /// Commit the ref pointed to before the push that started the pipeline (all zeros when
    /// there was none).
    pub before_sha: String,
    /// Whether the pipeline ran for a tag.
    pub tag: bool,
    /// Errors found in the CI configuration, if any.
    pub yaml_errors: Option<String>,
    /// Who started the pipeline; `null` when the user is gone.
    pub user: Option<UserBasic>,
    /// When the first job started; `null` before.
    pub started_at: Option<DateTime<Utc>>,
    /// When the pipeline finished; `null` before.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the commit was made, if known.
    pub committed_at: Option<DateTime<Utc>>,
    /// Running time in seconds; `null` before it finished.
    pub duration: Option<u64>,
    /// Seconds the pipeline waited before it started; missing from older answers.
    pub queued_duration: Option<u64>,
    /// Test coverage as a decimal string (`46.68`), if reported.
    pub coverage: Option<String>,
    /// How the status is shown in the web interface.
    pub detailed_status: PipelineDetailedStatus,
}

/// How the status of a pipeline is shown in the web interface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineDetailedStatus {
    /// Name of the status icon (`status_failed`).
    pub icon: String,
    /// Short text of the status (`passed`).
    pub text: String,
    /// Longer label (`passed with warnings`).
    pub label: String,
    /// Status group, used for styling (`success-with-warnings`).
    pub group: String,
    /// Tooltip text.
    pub tooltip: String,
    /// Whether a page with details exists.
    pub has_details: bool,
    /// Path of the details page, relative to the GitLab host.
    pub details_path: String,
    /// Picture shown with the status, when there is one.
    pub illustration: Option<PipelineStatusIllustration>,
    /// Path or address of the favicon for the status.
    pub favicon: String,
}

/// A picture shown with a status in the web interface, with its caption.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineStatusIllustration {
    /// Path of the image.
    pub image: String,
    /// CSS size class of the image (`svg-430`).
    pub size: Option<String>,
    /// Heading shown with the image.
    pub title: String,
    /// Explanation shown under the heading, if any.
    pub content: Option<String>,
}
