//! The freeze periods page: deploy freeze windows of a project.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::FreezePeriod;

/// List the freeze periods of a project, oldest first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/freeze_periods",
    tag = "Freeze periods",
    response = Vec<FreezePeriod>,
    paginate = offset,
    example = "freeze_periods/list_freeze_periods.json",
)]
pub struct ListFreezePeriods {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one freeze period of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/freeze_periods/{freeze_period_id}",
    tag = "Freeze periods",
    response = FreezePeriod,
    example = "freeze_periods/get_freeze_period.json",
)]
pub struct GetFreezePeriod {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the freeze period.
    #[param(path)]
    pub freeze_period_id: u64,
}

/// Add a freeze period to a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/freeze_periods",
    tag = "Freeze periods",
    response = FreezePeriod,
    example = "freeze_periods/create_freeze_period.json",
)]
pub struct CreateFreezePeriod {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Cron expression for when the freeze begins.
    pub freeze_start: String,
    /// Cron expression for when the freeze ends.
    pub freeze_end: String,
    /// Time zone to read the cron expressions in (UTC by default).
    pub cron_timezone: Option<String>,
}

/// Change a freeze period of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/freeze_periods/{freeze_period_id}",
    tag = "Freeze periods",
    response = FreezePeriod,
    example = "freeze_periods/edit_freeze_period.json",
)]
pub struct EditFreezePeriod {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the freeze period.
    #[param(path)]
    pub freeze_period_id: u64,
    /// New cron expression for when the freeze begins.
    pub freeze_start: Option<String>,
    /// New cron expression for when the freeze ends.
    pub freeze_end: Option<String>,
    /// New time zone to read the cron expressions in.
    pub cron_timezone: Option<String>,
}

/// Remove a freeze period from a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/freeze_periods/{freeze_period_id}",
    tag = "Freeze periods",
    response = (),
)]
pub struct DeleteFreezePeriod {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the freeze period.
    #[param(path)]
    pub freeze_period_id: u64,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListFreezePeriods,
        GetFreezePeriod,
        CreateFreezePeriod,
        EditFreezePeriod,
        DeleteFreezePeriod
    ]
}
