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

#[test]
fn every_problem_is_listed() {
    let mut other = ListOther::describe();
    other.example = Some(r#"{"id": "not a number"}"#);
    let endpoints = [ListThings::describe(), other, ListThingsAgain::describe()];
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
    let message = Error::Invalid(problems).to_string();
    // Three declaration problems, plus the wrong type of `id` and the four required fields of
    // `UserBasic` the example lacks.
    assert!(
        message.starts_with("the spec has 8 problem(s):"),
        "{message}"
    );
}
