//! What `#[derive(Endpoint)]` generates, checked through the `Endpoint` trait.

use std::collections::BTreeMap;

use gitlab_endpoint::{Endpoint, IdOrPath, Location, Method, Pagination, ResponseBody};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, Schema};

/// A model answered by the test endpoints.
#[derive(Serialize, ToSchema)]
pub struct Thing {
    /// Its id.
    pub id: u64,
}

/// A filter value.
#[derive(Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Open.
    Opened,
    /// Closed.
    Closed,
}

/// One variable.
#[derive(Clone, Serialize, ToSchema)]
pub struct Variable {
    /// Name.
    pub key: String,
    /// Value.
    pub value: String,
}

/// List things of a project.
///
/// A longer description.
#[derive(Endpoint)]
#[endpoint(get, "/projects/{id}/things/{name}", tag = "Things", response = Vec<Thing>,
           paginate = keyset(order_by = ["id"], sort = ["asc"]), public)]
pub struct ListThings {
    /// Project.
    #[param(path)]
    pub id: IdOrPath,
    /// A name with slashes.
    #[param(path)]
    pub name: String,
    /// State filter.
    pub state: Option<State>,
    /// Labels, comma-separated.
    #[param(comma)]
    pub labels: Option<Vec<String>>,
    /// Internal ids.
    pub iids: Option<Vec<u64>>,
    /// Negated filters.
    pub not: Option<BTreeMap<String, String>>,
    /// A keyword field.
    pub r#in: Option<String>,
}

/// Create a thing.
#[derive(Endpoint)]
#[endpoint(post, "/projects/{id}/things", tag = "Things", response = Thing, job_token)]
pub struct CreateThing {
    /// Project.
    #[param(path)]
    pub id: u64,
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// Variables.
    pub variables: Option<Vec<Variable>>,
    /// Sent in the query even on POST.
    #[param(query, rename = "dry-run")]
    pub dry_run: Option<bool>,
}

/// Delete a thing.
#[derive(Endpoint)]
#[endpoint(delete, "/things/{thing_id}", tag = "Things", response = (), status = 202, admin)]
pub struct DeleteThing {
    /// Thing.
    #[param(path)]
    pub thing_id: u64,
}

#[test]
fn constants_come_from_the_attribute() {
    assert_eq!(ListThings::METHOD, Method::Get);
    assert_eq!(ListThings::PATH_TEMPLATE, "/projects/{id}/things/{name}");
    assert_eq!(ListThings::OPERATION_ID, "listThings");
    assert_eq!(CreateThing::METHOD, Method::Post);
    assert_eq!(DeleteThing::OPERATION_ID, "deleteThing");
}

#[test]
fn describe_carries_everything_particular_to_the_endpoint() {
    let info = ListThings::describe();
    assert_eq!(info.summary, "List things of a project.");
    assert_eq!(info.description, "A longer description.");
    assert_eq!(info.tag, "Things");
    assert!(info.access.public && !info.access.job_token);
    assert_eq!(
        info.pagination,
        Pagination::Keyset {
            order_by: &["id"],
            sort: &["asc"]
        }
    );
    let names: Vec<_> = info
        .params
        .iter()
        .map(|p| (p.name, p.location, p.required))
        .collect();
    assert_eq!(
        names,
        vec![
            ("id", Location::Path, true),
            ("name", Location::Path, true),
            ("state", Location::Query, false),
            ("labels", Location::Query, false),
            ("iids", Location::Query, false),
            ("not", Location::Query, false),
            ("in", Location::Query, false),
        ]
    );
    assert!(info.params[3].comma);
    assert_eq!(info.params[0].description, "Project.");
    // The list response is an array of references to the named model, registered once.
    let ResponseBody::Json(RefOr::T(Schema::Array(array))) = &info.response else {
        panic!("expected an array response, got {:?}", info.response)
    };
    let items = serde_json::to_value(&array.items).unwrap();
    assert_eq!(
        items,
        serde_json::json!({"$ref": "#/components/schemas/Thing"})
    );
    assert!(info.components.contains_key("Thing"));

    let create = CreateThing::describe();
    assert!(create.access.job_token);
    assert_eq!(
        create
            .params
            .iter()
            .filter(|p| p.location == Location::Body)
            .count(),
        3
    );
    let dry_run = create.params.iter().find(|p| p.name == "dry-run");
    assert_eq!(dry_run.map(|p| p.location), Some(Location::Query));
    assert!(create.components.contains_key("Variable"));

    let delete = DeleteThing::describe();
    assert_eq!(delete.status, Some(202));
    assert!(delete.access.admin);
    assert!(matches!(delete.response, ResponseBody::Empty));
}

/// Filters shared by several list and create routes.
#[derive(Default, gitlab_endpoint::Params)]
pub struct SharedFilters {
    /// Search text.
    pub search: Option<String>,
    /// Labels, comma-separated in queries.
    #[param(query, comma)]
    pub labels: Option<Vec<String>>,
    /// Nested shared filters.
    #[param(flatten)]
    pub more: MoreFilters,
}

/// Shared filters nested in shared filters.
#[derive(Default, gitlab_endpoint::Params)]
pub struct MoreFilters {
    /// Only these states.
    pub state: Option<State>,
}

/// List with shared filters.
#[derive(Endpoint)]
#[endpoint(get, "/shared", tag = "Things", response = Vec<Thing>, paginate = offset)]
pub struct ListShared {
    /// Own parameter.
    pub own: Option<u64>,
    /// Shared filters.
    #[param(flatten)]
    pub filters: SharedFilters,
}

/// Create with shared fields.
#[derive(Endpoint)]
#[endpoint(post, "/shared", tag = "Things", response = Thing)]
pub struct CreateShared {
    /// Shared fields.
    #[param(flatten)]
    pub filters: SharedFilters,
}

#[test]
fn flattened_parameters_follow_the_method_of_the_route() {
    let described: Vec<_> = ListShared::describe()
        .params
        .iter()
        .map(|p| (p.name, p.location))
        .collect();
    assert_eq!(
        described,
        vec![
            ("own", Location::Query),
            ("search", Location::Query),
            ("labels", Location::Query),
            ("state", Location::Query)
        ]
    );
    let described: Vec<_> = CreateShared::describe()
        .params
        .iter()
        .map(|p| (p.name, p.location))
        .collect();
    assert_eq!(
        described,
        vec![
            ("search", Location::Body),
            ("labels", Location::Query),
            ("state", Location::Body)
        ]
    );
}

/// List the things of a project.
///
/// Things are listed newest first.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/things/{thing_iid}/notes",
    tag = "Things",
    response = Vec<Thing>,
    paginate = offset,
    variant("/groups/{id}/things/{thing_iid}/notes", id = "listGroupThingNotes",
        summary = "List the notes of a group's thing.", tag = "Group things"),
    variant("/projects/{id}/other/{thing_iid}/notes", id = "listOtherNotes"),
)]
pub struct ListThingNotes {
    /// The project or group.
    #[param(path)]
    pub id: IdOrPath,
    /// The thing.
    #[param(path)]
    pub thing_iid: u64,
    /// Only notes of this kind.
    pub kind: Option<String>,
}

#[test]
fn variants_are_the_same_operation_under_other_prefixes() {
    let all = ListThingNotes::describe_all();
    let ids: Vec<_> = all.iter().map(|info| info.operation_id).collect();
    assert_eq!(
        ids,
        ["listThingNotes", "listGroupThingNotes", "listOtherNotes"]
    );
    let paths: Vec<_> = all.iter().map(|info| info.path).collect();
    assert_eq!(
        paths,
        [
            "/projects/{id}/things/{thing_iid}/notes",
            "/groups/{id}/things/{thing_iid}/notes",
            "/projects/{id}/other/{thing_iid}/notes",
        ]
    );
    // Overridden keys change only their variant; the rest is the endpoint's own.
    assert_eq!(all[0].summary, "List the things of a project.");
    assert_eq!(all[1].summary, "List the notes of a group's thing.");
    assert_eq!(all[2].summary, all[0].summary);
    assert_eq!(all[1].tag, "Group things");
    assert_eq!(all[2].tag, "Things");
    for info in &all {
        assert_eq!(info.description, "Things are listed newest first.");
        assert_eq!(info.pagination, Pagination::Offset);
        let names: Vec<_> = info.params.iter().map(|p| p.name).collect();
        assert_eq!(names, ["id", "thing_iid", "kind"]);
    }
    // A route type without variants describes one operation.
    assert_eq!(CreateThing::describe_all().len(), 1);
}
