//! The project iterations page: iterations available to a project.
//!
//! Projects have no iterations of their own: the list shows those of the project's ancestor
//! groups. The group iterations page offers the same list under `/groups/{id}/iterations`: it
//! is declared here once, with a `variant(...)` tagged "Group iterations" (see
//! `group_iterations.rs`).

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::Iteration;

/// Which iterations to list by state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IterationStateFilter {
    /// Iterations not closed yet: upcoming and current ones.
    Opened,
    /// Iterations that have not started yet.
    Upcoming,
    /// The iteration in progress.
    Current,
    /// Former name of `current`, deprecated since GitLab 14.1.
    Started,
    /// Iterations that are over.
    Closed,
    /// Every iteration.
    All,
}

/// List the iterations of a project's ancestor groups.
// The pages' example requests filter with `?title=1.0`, but neither table lists a `title`
// parameter and GitLab's Grape handler declares none (it only matches titles through `search`):
// it is left out. The state filter defaults to `all` in that handler; the pages give no default.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/iterations",
    tag = "Project iterations",
    response = Vec<Iteration>,
    paginate = offset,
    example = "iterations/list_project_iterations.json",
    variant(
        "/groups/{id}/iterations",
        id = "listGroupIterations",
        summary = "List the iterations of a group.",
        tag = "Group iterations",
        example = "group_iterations/list_group_iterations.json",
    ),
)]
pub struct ListProjectIterations {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only iterations in this state (default `all`).
    pub state: Option<IterationStateFilter>,
    /// Only iterations whose title contains this text.
    pub search: Option<String>,
    /// Also list the iterations of the parent group and of its ancestors (default `true`).
    pub include_ancestors: Option<bool>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListProjectIterations]
}
