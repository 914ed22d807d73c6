use gitlab_endpoint::{Endpoint, IdOrPath};

/// List notes.
#[derive(Endpoint)]
#[endpoint(
    get, "/projects/{id}/issues/{noteable_id}/notes",
    tag = "Notes",
    response = (),
    variant("/groups/{id}/epics/{noteable_id}/notes"),
    variant("/projects/{id}/snippets/notes", id = "listSnippetNotes"),
    variant("/projects/{id}/commits/{sha}/notes", id = "listCommitNotes"),
    variant("/projects/{id}/mrs/{noteable_id}/notes", id = "listNotes", colour = "red"),
    variant("/projects/{id}/x/{noteable_id}/notes", id = "listXNotes", example = "x.json"),
)]
pub struct ListNotes {
    #[param(path)]
    pub id: IdOrPath,
    #[param(path)]
    pub noteable_id: u64,
}

fn main() {}
