//! Pipelines: the short form embedded in merge requests and commits and listed by their pages.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

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
