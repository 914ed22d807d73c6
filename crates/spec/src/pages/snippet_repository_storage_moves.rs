//! The snippet repository storage moves page: moving snippet repositories between storages.
//!
//! Each operation of this page is the snippet variant of a project repository storage move
//! operation: the route types are declared once in `project_repository_storage_moves.rs`, and
//! this page keeps their operations tagged "Snippet repository storage moves".

use gitlab_endpoint::EndpointInfo;

use super::project_repository_storage_moves::{
    GetProjectRepositoryStorageMove, GetRepositoryStorageMoveForProject,
    ListProjectRepositoryStorageMoves, ListRepositoryStorageMovesForProject,
    ScheduleProjectRepositoryStorageMoves, ScheduleRepositoryStorageMoveForProject,
};

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectRepositoryStorageMoves,
        ListRepositoryStorageMovesForProject,
        GetProjectRepositoryStorageMove,
        GetRepositoryStorageMoveForProject,
        ScheduleRepositoryStorageMoveForProject,
        ScheduleProjectRepositoryStorageMoves,
    ]
}
