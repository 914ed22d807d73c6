//! The to-do items page: the signed-in user's to-do items.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::{Todo, TodoAction, TodoState, TodoTargetType};

/// List the current user's to-do items.
///
/// Without filters, the pending to-do items are listed. The `target` of each item is the issue,
/// merge request or commit it is about, as `target_type` says.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/todos",
    tag = "To-do items",
    response = Vec<Todo>,
    paginate = offset,
    example = "todos/list_todos.json",
)]
pub struct ListTodos {
    /// Only to-do items created for this reason.
    pub action: Option<TodoAction>,
    /// Only to-do items caused by this user (numeric ID).
    pub author_id: Option<u64>,
    /// Only to-do items of this project (numeric ID).
    pub project_id: Option<u64>,
    /// Only to-do items of this group (numeric ID).
    pub group_id: Option<u64>,
    /// Only to-do items in this state (default `pending`).
    pub state: Option<TodoState>,
    /// Only to-do items about this kind of object.
    pub r#type: Option<TodoTargetType>,
}

/// Mark one of the current user's to-do items as done.
///
/// Answers the to-do item, now done.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/todos/{id}/mark_as_done",
    tag = "To-do items",
    response = Todo,
    example = "todos/mark_todo_as_done.json",
)]
pub struct MarkTodoAsDone {
    /// Numeric ID of the to-do item.
    #[param(path)]
    pub id: u64,
}

/// Mark all pending to-do items of the current user as done.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/todos/mark_as_done",
    tag = "To-do items",
    response = (),
    status = 204,
)]
pub struct MarkAllTodosAsDone {}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListTodos, MarkTodoAsDone, MarkAllTodosAsDone]
}
