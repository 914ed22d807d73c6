//! The group issue boards page: issue boards of a group and their lists.
//!
//! Each operation of this page is the group variant of a project board operation: the route
//! types are declared once in `boards.rs` (GitLab serves both pages with the same parameters),
//! and this page keeps their operations tagged "Group issue boards".

use super::boards::{
    CreateProjectBoard, CreateProjectBoardList, DeleteProjectBoard, DeleteProjectBoardList,
    EditProjectBoard, GetProjectBoard, GetProjectBoardList, ListProjectBoardLists,
    ListProjectBoards, ReorderProjectBoardList,
};

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListProjectBoards,
        GetProjectBoard,
        CreateProjectBoard,
        EditProjectBoard,
        DeleteProjectBoard,
        ListProjectBoardLists,
        GetProjectBoardList,
        CreateProjectBoardList,
        ReorderProjectBoardList,
        DeleteProjectBoardList,
    ]
}
