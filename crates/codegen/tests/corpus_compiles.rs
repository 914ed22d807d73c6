//! The golden client of `tests/specs/corpus.json` (constructs `cargo xtask corpus` found in real
//! documents) compiles with every warning denied and builds the requests the document describes.
#![deny(warnings)]
// Embedding a library in a test binary leaves most of its public items and re-exports unused.
#![allow(dead_code, unused_imports)]
// The models crate's items are in scope at the root (see `models_crate` below).
#![allow(unused_qualifications)]

// The golden files are the generator's output byte for byte; `cargo fmt` must leave them alone.
#[rustfmt::skip]
#[path = "output/corpus/src/lib.rs"]
pub mod corpus;

// The golden models crate, which the client names `::corpus_models`: this test crate stands in
// for it, with the models crate's items imported at its root.
#[rustfmt::skip]
#[path = "output/corpus-models/src/lib.rs"]
mod models_crate;
pub extern crate self as corpus_models;
use models_crate::*;

use gitlab_client_runtime::{Credentials, Method};

fn client() -> corpus::Client {
    // Nothing is sent: these tests only look at the requests the builders describe.
    corpus::Client::new("http://127.0.0.1:9", Credentials::Anonymous).expect("client")
}

#[test]
fn an_operation_parameter_overrides_the_path_items_of_the_same_name_and_location() {
    // The path item's `id` is an integer, the operation's a string: the operation's wins, and
    // the builder takes it once (two `id` fields left one never read, a dead-code warning).
    let request = client()
        .items()
        .get_override("1,2,3")
        .limit(5)
        .id2("header value")
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::GET);
    assert_eq!(request.path(), "/items/1%2C2%2C3/override");
    let query: Vec<(&str, &str)> = request
        .query()
        .pairs()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // The shared parameter the operation does not redeclare stays.
    assert_eq!(query, [("limit", "5")]);
    // A header of the same name is another parameter, not an override.
    assert_eq!(request.headers()["id"], "header value");
}

/// `get_pet` answers with the type of `create_pet`'s body: the schema its `$ref` names by a JSON
/// pointer into the other operation (`#/paths/~1pets/post/...`) is one type, not two.
fn _one_type_for_both_places(
    request: corpus::pets::GetPet<'_>,
) -> impl std::future::Future<Output = corpus::Result<corpus_models::PetsPostRequestBody>> + '_ {
    request.send()
}

#[test]
fn a_schema_named_by_a_pointer_into_another_operation_is_the_same_recursive_type() {
    let pet = corpus_models::PetsPostRequestBody {
        name: "child".into(),
        // The schema refers to itself by its position: the recursion is boxed.
        parent: Some(Box::new(corpus_models::PetsPostRequestBody {
            name: "parent".into(),
            parent: None,
        })),
    };
    let request = client().pets().create_pet(pet).request().expect("request");
    let gitlab_client_runtime::Body::Json(bytes) = request.body() else {
        panic!("a JSON body: {:?}", request.body());
    };
    let sent: serde_json::Value = serde_json::from_slice(bytes).expect("JSON");
    assert_eq!(
        sent,
        serde_json::json!({"name": "child", "parent": {"name": "parent"}})
    );
}

#[test]
fn a_parameter_and_a_path_item_named_by_pointers_are_the_ones_they_point_at() {
    // `get_pet`'s parameter is `#/paths/~1items~1%7Bid%7D~1override/parameters/1`, the path
    // item's `limit`; `/animals` is `{"$ref": "#/paths/~1pets"}`, a copy of `/pets`.
    let request = client()
        .pets()
        .get_pet2()
        .limit(3)
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::GET);
    assert_eq!(request.path(), "/animals");
    let query: Vec<(&str, &str)> = request
        .query()
        .pairs()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(query, [("limit", "3")]);
}
