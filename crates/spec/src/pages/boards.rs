//! The project issue boards page: issue boards of a project and their lists.
//!
//! The group issue boards page offers the same ten operations under `/groups/{id}/boards`, with
//! the same parameters in GitLab (both pages are served by one set of Grape helpers): each is
//! declared here once, with a `variant(...)` tagged "Group issue boards" (see
//! `group_boards.rs`). Where the two docs pages disagree on a parameter, the comment at the
//! field says which one GitLab follows.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::{Board, BoardList};

/// List the issue boards of a project.
///
/// An empty array when the project has no board.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/boards",
    tag = "Project issue boards",
    response = Vec<Board>,
    paginate = offset,
    example = "boards/list_project_boards.json",
    variant(
        "/groups/{id}/boards",
        id = "listGroupBoards",
        summary = "List the issue boards of a group.",
        tag = "Group issue boards",
        example = "group_boards/list_group_boards.json",
    ),
)]
pub struct ListProjectBoards {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one issue board of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/boards/{board_id}",
    tag = "Project issue boards",
    response = Board,
    example = "boards/get_project_board.json",
    variant(
        "/groups/{id}/boards/{board_id}",
        id = "getGroupBoard",
        summary = "Get one issue board of a group.",
        tag = "Group issue boards",
        example = "group_boards/get_group_board.json",
    ),
)]
pub struct GetProjectBoard {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
}

/// Create an issue board in a project.
///
/// Having more than one board needs a paid tier: without it, GitLab answers `403 Forbidden`.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/boards",
    tag = "Project issue boards",
    response = Board,
    example = "boards/create_project_board.json",
    variant(
        "/groups/{id}/boards",
        id = "createGroupBoard",
        summary = "Create an issue board in a group.",
        tag = "Group issue boards",
        example = "group_boards/create_group_board.json",
    ),
)]
pub struct CreateProjectBoard {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new board.
    pub name: String,
}

/// Change an issue board of a project: its name, its hidden lists and its scope.
///
/// Scoping a board to an assignee, a milestone, labels or a weight needs a paid tier.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/boards/{board_id}",
    tag = "Project issue boards",
    response = Board,
    example = "boards/edit_project_board.json",
    variant(
        "/groups/{id}/boards/{board_id}",
        id = "editGroupBoard",
        summary = "Change an issue board of a group: its name, its hidden lists and its scope.",
        tag = "Group issue boards",
        example = "group_boards/edit_group_board.json",
    ),
)]
pub struct EditProjectBoard {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
    /// New name of the board.
    pub name: Option<String>,
    // Only the group page lists `hide_backlog_list` and `hide_closed_list`; GitLab declares
    // them in the update parameters shared by project and group boards, so both accept them.
    /// Hide the board's Open list.
    pub hide_backlog_list: Option<bool>,
    /// Hide the board's Closed list.
    pub hide_closed_list: Option<bool>,
    /// Scope the board to the issues of this user (by numeric ID).
    pub assignee_id: Option<u64>,
    /// Scope the board to the issues of this milestone, by global ID; GitLab also takes `-2`
    /// for the upcoming and `-3` for the started milestones.
    pub milestone_id: Option<i64>,
    /// Scope the board to the issues with these labels: label names, comma-separated.
    pub labels: Option<String>,
    /// Scope the board to the issues of this weight, from `0` to `9`.
    pub weight: Option<u64>,
}

/// Delete an issue board of a project.
///
/// Like creating boards, this needs a tier with several boards per project or group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/boards/{board_id}",
    tag = "Project issue boards",
    response = (),
    variant(
        "/groups/{id}/boards/{board_id}",
        id = "deleteGroupBoard",
        summary = "Delete an issue board of a group.",
        tag = "Group issue boards",
    ),
)]
pub struct DeleteProjectBoard {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
}

/// List the lists of a project's issue board.
///
/// The board's Open and Closed lists are not included.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/boards/{board_id}/lists",
    tag = "Project issue boards",
    response = Vec<BoardList>,
    paginate = offset,
    example = "boards/list_project_board_lists.json",
    variant(
        "/groups/{id}/boards/{board_id}/lists",
        id = "listGroupBoardLists",
        summary = "List the lists of a group's issue board.",
        tag = "Group issue boards",
        example = "group_boards/list_group_board_lists.json",
    ),
)]
pub struct ListProjectBoardLists {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
}

/// Get one list of a project's issue board.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/boards/{board_id}/lists/{list_id}",
    tag = "Project issue boards",
    response = BoardList,
    example = "boards/get_project_board_list.json",
    variant(
        "/groups/{id}/boards/{board_id}/lists/{list_id}",
        id = "getGroupBoardList",
        summary = "Get one list of a group's issue board.",
        tag = "Group issue boards",
        example = "group_boards/get_group_board_list.json",
    ),
)]
pub struct GetProjectBoardList {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
    /// Numeric ID of the list.
    #[param(path)]
    pub list_id: u64,
}

/// Add a list to a project's issue board.
///
/// Give exactly one of `label_id`, `assignee_id`, `milestone_id` and `iteration_id`: it
/// decides the kind of the new list. Lists other than label lists need a paid tier.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/boards/{board_id}/lists",
    tag = "Project issue boards",
    response = BoardList,
    example = "boards/create_project_board_list.json",
    variant(
        "/groups/{id}/boards/{board_id}/lists",
        id = "createGroupBoardList",
        summary = "Add a list to a group's issue board.",
        tag = "Group issue boards",
        example = "group_boards/create_group_board_list.json",
    ),
)]
pub struct CreateProjectBoardList {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
    // The group page marks `label_id` required and lists nothing else, yet its own example
    // creates a milestone list. GitLab uses one set of list parameters for both kinds of board:
    // the four IDs are optional and exactly one of them must be given.
    /// Make a label list: numeric ID of the label.
    pub label_id: Option<u64>,
    /// Make an assignee list: numeric ID of the user.
    pub assignee_id: Option<u64>,
    /// Make a milestone list: global ID of the milestone.
    pub milestone_id: Option<u64>,
    /// Make an iteration list: numeric ID of the iteration.
    pub iteration_id: Option<u64>,
}

/// Move a list of a project's issue board to another position.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/boards/{board_id}/lists/{list_id}",
    tag = "Project issue boards",
    response = BoardList,
    example = "boards/reorder_project_board_list.json",
    variant(
        "/groups/{id}/boards/{board_id}/lists/{list_id}",
        id = "reorderGroupBoardList",
        summary = "Move a list of a group's issue board to another position.",
        tag = "Group issue boards",
        example = "group_boards/reorder_group_board_list.json",
    ),
)]
pub struct ReorderProjectBoardList {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
    /// Numeric ID of the list.
    #[param(path)]
    pub list_id: u64,
    /// New position of the list, from `0`.
    pub position: u64,
}

/// Remove a list from a project's issue board.
///
/// The docs reserve this to administrators and to owners of the project or group.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/boards/{board_id}/lists/{list_id}",
    tag = "Project issue boards",
    response = (),
    variant(
        "/groups/{id}/boards/{board_id}/lists/{list_id}",
        id = "deleteGroupBoardList",
        summary = "Remove a list from a group's issue board.",
        tag = "Group issue boards",
    ),
)]
pub struct DeleteProjectBoardList {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the board.
    #[param(path)]
    pub board_id: u64,
    /// Numeric ID of the list.
    #[param(path)]
    pub list_id: u64,
}

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
