//! A spec that fails validation reports every problem, each with its operation.

use gitlab_endpoint::Endpoint;
use gitlab_spec::Error;
use gitlab_spec::models::UserBasic;

/// First route.
#[derive(Endpoint)]
#[endpoint(get, "/things", tag = "Things", response = UserBasic, id = "listThings")]
pub struct ListThings {}

/// Same operation id, another route, and an example that does not match.
#[derive(Endpoint)]
#[endpoint(get, "/other", tag = "Things", response = UserBasic, id = "listThings")]
pub struct ListOther {}

/// Same route as the first.
#[derive(Endpoint)]
#[endpoint(get, "/things", tag = "Things", response = (), id = "listThingsAgain")]
pub struct ListThingsAgain {}

/// A thing by ID.
#[derive(Endpoint)]
#[endpoint(get, "/things/{id}", tag = "Things", response = (), id = "getThing")]
pub struct GetThing {
    /// ID.
    #[param(path)]
    pub id: u64,
}

/// The same path as `GetThing` under another parameter name.
#[derive(Endpoint)]
#[endpoint(delete, "/things/{thing_id}", tag = "Things", response = (), id = "deleteThing")]
pub struct DeleteThing {
    /// ID.
    #[param(path)]
    pub thing_id: u64,
}

#[test]
fn every_problem_is_listed() {
    let mut other = ListOther::describe();
    other.example = Some(r#"{"id": "not a number"}"#);
    let endpoints = [
        ListThings::describe(),
        other,
        ListThingsAgain::describe(),
        GetThing::describe(),
        DeleteThing::describe(),
    ];
    let Err(Error::Invalid(problems)) = gitlab_spec::document::build(&endpoints) else {
        panic!("a broken spec must fail")
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |needle: &str| text.iter().any(|p| p.contains(needle));
    assert!(
        has("GET /things: JSON response without an example"),
        "{text:#?}"
    );
    assert!(
        has("GET /other: operationId `listThings` is also used by GET /things"),
        "{text:#?}"
    );
    assert!(has("GET /things: route declared twice"), "{text:#?}");
    assert!(
        has("GET /other -> 200 application/json: example does not match the schema at `/id`"),
        "{text:#?}"
    );
    assert!(
        has("GET /other -> 200 application/json: example does not match the schema at ``"),
        "missing required fields are reported: {text:#?}"
    );
    assert!(
        has("DELETE /things/{thing_id}: path differs from `/things/{id}` only by parameter names"),
        "{text:#?}"
    );
    let message = Error::Invalid(problems).to_string();
    // Four declaration problems, plus the wrong type of `id` and the four required fields of
    // `UserBasic` the example lacks.
    assert!(
        message.starts_with("the spec has 9 problem(s):"),
        "{message}"
    );
}
