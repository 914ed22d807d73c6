//! The pipeline schedules page: schedules that run a project's pipelines periodically, with their variables.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    PipelineSchedule, PipelineScheduleVariable, ProjectActionMessage, VariableType,
};

/// Which pipeline schedules to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PipelineScheduleScope {
    /// Only active schedules.
    Active,
    /// Only inactive schedules.
    Inactive,
}

/// List the pipeline schedules of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipeline_schedules",
    tag = "Pipeline schedules",
    response = Vec<PipelineSchedule>,
    paginate = offset,
    example = "pipeline_schedules/list_pipeline_schedules.json",
)]
pub struct ListPipelineSchedules {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only active or only inactive schedules (default: both).
    pub scope: Option<PipelineScheduleScope>,
}

/// Get one pipeline schedule of a project, with its last pipeline and its variables.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}",
    tag = "Pipeline schedules",
    response = PipelineSchedule,
    example = "pipeline_schedules/get_pipeline_schedule.json",
)]
pub struct GetPipelineSchedule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
}

/// Create a pipeline schedule in a project, owned by the caller.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipeline_schedules",
    tag = "Pipeline schedules",
    response = PipelineSchedule,
    example = "pipeline_schedules/create_pipeline_schedule.json",
)]
pub struct CreatePipelineSchedule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Description of the schedule.
    pub description: String,
    /// Branch or tag the pipelines run for.
    pub r#ref: String,
    /// Cron expression of the schedule, such as `0 1 * * *`.
    pub cron: String,
    /// Time zone to read the cron expression in, as `ActiveSupport::TimeZone` names them
    /// (`Pacific Time (US & Canada)`) (default `UTC`).
    pub cron_timezone: Option<String>,
    /// Whether the schedule starts active; `false` creates it deactivated (default `true`).
    pub active: Option<bool>,
}

/// Edit a pipeline schedule of a project; its next run is computed again.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}",
    tag = "Pipeline schedules",
    response = PipelineSchedule,
    example = "pipeline_schedules/edit_pipeline_schedule.json",
)]
pub struct EditPipelineSchedule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
    /// New description.
    pub description: Option<String>,
    /// New branch or tag for the pipelines.
    pub r#ref: Option<String>,
    /// New cron expression, such as `0 1 * * *`.
    pub cron: Option<String>,
    /// New time zone of the cron expression: an `ActiveSupport::TimeZone` name
    /// (`Pacific Time (US & Canada)`) or a `TZInfo::Timezone` one (`America/Los_Angeles`).
    pub cron_timezone: Option<String>,
    /// Activate (`true`) or deactivate (`false`) the schedule.
    pub active: Option<bool>,
}

/// Make the caller the owner of a pipeline schedule; its pipelines then run as the caller.
///
/// GitLab answers `201` when the owner changed and `200` when the caller already owned the
/// schedule, with the schedule either way.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}/take_ownership",
    tag = "Pipeline schedules",
    response = PipelineSchedule,
    example = "pipeline_schedules/take_pipeline_schedule_ownership.json",
)]
pub struct TakePipelineScheduleOwnership {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
}

/// Delete a pipeline schedule of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}",
    tag = "Pipeline schedules",
    // The docs show the deleted schedule as the answer; GitLab's API answers 204 without a
    // body (it deletes with its usual conditional delete).
    response = (),
)]
pub struct DeletePipelineSchedule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
}

/// Run a scheduled pipeline now; the schedule's next run stays as it was.
///
/// The pipeline is queued; the answer is only a confirmation (`201 Created`).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}/play",
    tag = "Pipeline schedules",
    response = ProjectActionMessage,
    example = "pipeline_schedules/play_pipeline_schedule.json",
)]
pub struct PlayPipelineSchedule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
}

/// Add a variable to a pipeline schedule.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}/variables",
    tag = "Pipeline schedules",
    response = PipelineScheduleVariable,
    example = "pipeline_schedules/create_pipeline_schedule_variable.json",
)]
pub struct CreatePipelineScheduleVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
    /// Name of the variable: at most 255 characters, only `A-Z`, `a-z`, `0-9` and `_`.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Kind of variable (default `env_var`).
    pub variable_type: Option<VariableType>,
}

/// Edit a variable of a pipeline schedule.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}/variables/{key}",
    tag = "Pipeline schedules",
    response = PipelineScheduleVariable,
    example = "pipeline_schedules/edit_pipeline_schedule_variable.json",
)]
pub struct EditPipelineScheduleVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
    /// Name of the variable.
    #[param(path)]
    pub key: String,
    /// New value of the variable.
    pub value: String,
    /// New kind of variable (default `env_var`).
    pub variable_type: Option<VariableType>,
}

/// Delete a variable of a pipeline schedule.
///
/// The answer (status `202`) is the deleted variable.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/pipeline_schedules/{pipeline_schedule_id}/variables/{key}",
    tag = "Pipeline schedules",
    response = PipelineScheduleVariable,
    // The docs give no status; GitLab's API answers 202 Accepted with the variable.
    status = 202,
    example = "pipeline_schedules/delete_pipeline_schedule_variable.json",
)]
pub struct DeletePipelineScheduleVariable {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the schedule.
    #[param(path)]
    pub pipeline_schedule_id: u64,
    /// Name of the variable.
    #[param(path)]
    pub key: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListPipelineSchedules,
        GetPipelineSchedule,
        CreatePipelineSchedule,
        EditPipelineSchedule,
        TakePipelineScheduleOwnership,
        DeletePipelineSchedule,
        PlayPipelineSchedule,
        CreatePipelineScheduleVariable,
        EditPipelineScheduleVariable,
        DeletePipelineScheduleVariable,
    ]
}
