//! The project repository storage moves page: moving project repositories between storages.
//!
//! The group and snippet repository storage moves pages offer the same six operations for their
//! kind of resource. Each operation is declared here once, with a `variant(...)` per other kind
//! tagged with that kind's page; `group_repository_storage_moves.rs` and
//! `snippet_repository_storage_moves.rs` list the same route types and keep their variants.
//!
//! The per-resource routes name the resource `{id}` for all three kinds, as GitLab's own routes
//! do (the docs call it `project_id`, `group_id` and `snippet_id`); the move keeps the docs'
//! name, `{repository_storage_id}`.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::{ProjectActionMessage, RepositoryStorageMove};

/// List every project repository storage move of the instance.
///
/// Administrators only. The newest moves come first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/project_repository_storage_moves",
    tag = "Project repository storage moves",
    response = Vec<RepositoryStorageMove>,
    paginate = offset,
    admin,
    example = "project_repository_storage_moves/list_project_repository_storage_moves.json",
    variant(
        "/group_repository_storage_moves",
        id = "listGroupRepositoryStorageMoves",
        summary = "List every group repository storage move of the instance.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/list_group_repository_storage_moves.json",
    ),
    variant(
        "/snippet_repository_storage_moves",
        id = "listSnippetRepositoryStorageMoves",
        summary = "List every snippet repository storage move of the instance.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/list_snippet_repository_storage_moves.json",
    ),
)]
pub struct ListProjectRepositoryStorageMoves {}

/// List the repository storage moves of one project.
///
/// Administrators only. The newest moves come first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository_storage_moves",
    tag = "Project repository storage moves",
    response = Vec<RepositoryStorageMove>,
    paginate = offset,
    admin,
    example = "project_repository_storage_moves/list_repository_storage_moves_for_project.json",
    variant(
        "/groups/{id}/repository_storage_moves",
        id = "listRepositoryStorageMovesForGroup",
        summary = "List the repository storage moves of one group.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/list_repository_storage_moves_for_group.json",
    ),
    variant(
        "/snippets/{id}/repository_storage_moves",
        id = "listRepositoryStorageMovesForSnippet",
        summary = "List the repository storage moves of one snippet.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/list_repository_storage_moves_for_snippet.json",
    ),
)]
pub struct ListRepositoryStorageMovesForProject {
    /// Numeric ID of the project, group or snippet.
    #[param(path)]
    pub id: u64,
}

/// Get one project repository storage move.
///
/// Administrators only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/project_repository_storage_moves/{repository_storage_id}",
    tag = "Project repository storage moves",
    response = RepositoryStorageMove,
    admin,
    example = "project_repository_storage_moves/get_project_repository_storage_move.json",
    variant(
        "/group_repository_storage_moves/{repository_storage_id}",
        id = "getGroupRepositoryStorageMove",
        summary = "Get one group repository storage move.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/get_group_repository_storage_move.json",
    ),
    variant(
        "/snippet_repository_storage_moves/{repository_storage_id}",
        id = "getSnippetRepositoryStorageMove",
        summary = "Get one snippet repository storage move.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/get_snippet_repository_storage_move.json",
    ),
)]
pub struct GetProjectRepositoryStorageMove {
    /// Numeric ID of the move.
    #[param(path)]
    pub repository_storage_id: u64,
}

/// Get one repository storage move of a project.
///
/// Administrators only.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/repository_storage_moves/{repository_storage_id}",
    tag = "Project repository storage moves",
    response = RepositoryStorageMove,
    admin,
    example = "project_repository_storage_moves/get_repository_storage_move_for_project.json",
    variant(
        "/groups/{id}/repository_storage_moves/{repository_storage_id}",
        id = "getRepositoryStorageMoveForGroup",
        summary = "Get one repository storage move of a group.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/get_repository_storage_move_for_group.json",
    ),
    variant(
        "/snippets/{id}/repository_storage_moves/{repository_storage_id}",
        id = "getRepositoryStorageMoveForSnippet",
        summary = "Get one repository storage move of a snippet.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/get_repository_storage_move_for_snippet.json",
    ),
)]
pub struct GetRepositoryStorageMoveForProject {
    /// Numeric ID of the project, group or snippet.
    #[param(path)]
    pub id: u64,
    /// Numeric ID of the move.
    #[param(path)]
    pub repository_storage_id: u64,
}

/// Schedule moving the repositories of a project to another storage shard.
///
/// Administrators only. The project's repositories (code, wiki, designs) are read-only while
/// they move; the source storage is the one the project uses now. The answer is the new move.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/repository_storage_moves",
    tag = "Project repository storage moves",
    response = RepositoryStorageMove,
    admin,
    example = "project_repository_storage_moves/schedule_repository_storage_move_for_project.json",
    variant(
        "/groups/{id}/repository_storage_moves",
        id = "scheduleRepositoryStorageMoveForGroup",
        summary = "Schedule moving the wiki repository of a group to another storage shard.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/schedule_repository_storage_move_for_group.json",
    ),
    variant(
        "/snippets/{id}/repository_storage_moves",
        id = "scheduleRepositoryStorageMoveForSnippet",
        summary = "Schedule moving the repository of a snippet to another storage shard.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/schedule_repository_storage_move_for_snippet.json",
    ),
)]
pub struct ScheduleRepositoryStorageMoveForProject {
    /// Numeric ID of the project, group or snippet.
    #[param(path)]
    pub id: u64,
    /// Storage shard to move to; when left out, GitLab picks one by the configured storage
    /// weights (GitLab 13.5 and later).
    pub destination_storage_name: Option<String>,
}

/// Schedule moving every project repository stored on one storage shard.
///
/// Administrators only. The moves are queued in the background: the answer only confirms that
/// the request was accepted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/project_repository_storage_moves",
    tag = "Project repository storage moves",
    response = ProjectActionMessage,
    status = 202,
    admin,
    example = "project_repository_storage_moves/schedule_project_repository_storage_moves.json",
    variant(
        "/group_repository_storage_moves",
        id = "scheduleGroupRepositoryStorageMoves",
        summary = "Schedule moving every group wiki repository stored on one storage shard.",
        tag = "Group repository storage moves",
        example = "group_repository_storage_moves/schedule_group_repository_storage_moves.json",
    ),
    variant(
        "/snippet_repository_storage_moves",
        id = "scheduleSnippetRepositoryStorageMoves",
        summary = "Schedule moving every snippet repository stored on one storage shard.",
        tag = "Snippet repository storage moves",
        example = "snippet_repository_storage_moves/schedule_snippet_repository_storage_moves.json",
    ),
)]
pub struct ScheduleProjectRepositoryStorageMoves {
    /// Storage shard whose repositories move.
    pub source_storage_name: String,
    /// Storage shard to move to; when left out, GitLab picks one by the configured storage
    /// weights.
    pub destination_storage_name: Option<String>,
}

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
