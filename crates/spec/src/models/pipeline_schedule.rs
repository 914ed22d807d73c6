//! Pipeline schedules: a schedule (in the short form lists show and the detailed form with its
//! last pipeline and variables) and the variables it gives its pipelines.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{PipelineBasic, UserBasic, VariableType};

/// A schedule that runs a project's pipeline for a ref periodically.
///
/// Lists show the schedule itself; a single schedule adds its last pipeline and its variables,
/// and creating, editing or taking ownership answers the last pipeline (the examples of the
/// docs show no variables there), so those are optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineSchedule {
    /// Numeric ID of the schedule.
    pub id: u64,
    /// Description.
    pub description: String,
    /// Branch or tag the pipelines run for.
    #[serde(rename = "ref")]
    pub r#ref: String,
    /// Cron expression of the schedule (`0 1 * * *`).
    pub cron: String,
    /// Time zone the cron expression is read in (`UTC`, `Asia/Tokyo`).
    pub cron_timezone: String,
    /// When the next pipeline is due.
    pub next_run_at: DateTime<Utc>,
    /// Whether the schedule runs pipelines.
    pub active: bool,
    /// When the schedule was created.
    pub created_at: DateTime<Utc>,
    /// When the schedule was last changed.
    pub updated_at: DateTime<Utc>,
    /// The user the pipelines run as; `null` when the owner's account is gone.
    pub owner: Option<UserBasic>,
    /// The pipeline the schedule started last; `null` when it has not run yet, missing from
    /// lists.
    pub last_pipeline: Option<PipelineBasic>,
    /// Variables given to the schedule's pipelines; only on a single schedule.
    pub variables: Option<Vec<PipelineScheduleVariable>>,
}

/// A variable a pipeline schedule gives each pipeline it runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PipelineScheduleVariable {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Kind of variable; GitLab sends it, the docs' example of deleting a variable leaves it
    /// out.
    pub variable_type: Option<VariableType>,
}
