//! The merge trains page: the merge trains that queue merge requests of a project.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::MergeTrain;

/// Which merge train entries to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeTrainScope {
    /// Entries still waiting to be merged.
    Active,
    /// Entries already merged.
    Complete,
}

/// Direction of the sort of merge train entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeTrainSort {
    /// Oldest first.
    Asc,
    /// Newest first (the default).
    Desc,
}

/// List the merge train entries of a project.
///
/// Needs the Developer role or higher; answers `403` when the project cannot use merge trains.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_trains",
    tag = "Merge trains",
    response = Vec<MergeTrain>,
    paginate = offset,
    example = "merge_trains/list_merge_trains.json",
)]
pub struct ListMergeTrains {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only entries waiting to be merged (`active`) or already merged (`complete`).
    pub scope: Option<MergeTrainScope>,
    /// Sort direction (default `desc`).
    pub sort: Option<MergeTrainSort>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListMergeTrains]
}
