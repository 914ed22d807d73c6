//! The golden client compiles with every warning denied, and the requests it builds follow the
//! document: methods, percent-encoded paths, query styles, headers and bodies.
#![deny(warnings)]
// Embedding a library in a test binary leaves most of its public items and re-exports unused.
#![allow(dead_code, unused_imports)]
// The models crate's items are in scope at the root (see `models_crate` below), where the tests
// still name them through the client's `models`, as users do.
#![allow(unused_qualifications)]

// The golden files are the generator's output byte for byte; `cargo fmt` must leave them alone.
#[rustfmt::skip]
#[path = "output/library/src/lib.rs"]
mod library;

// The golden models crate, which the client names `::library_models`: this test crate stands in
// for it, with the models crate's items imported at its root.
#[rustfmt::skip]
#[path = "output/library-models/src/lib.rs"]
mod models_crate;
pub extern crate self as library_models;
use models_crate::*;

use gitlab_client_runtime::{Body, Credentials, Method};
use library::models::{BookFilter, BookStatus};

fn client() -> library::Client {
    // Nothing is sent: these tests only look at the requests the builders describe.
    library::Client::new("http://127.0.0.1:9", Credentials::Anonymous).expect("client")
}

fn query(request: &gitlab_client_runtime::Request) -> Vec<(String, String)> {
    request.query().pairs().to_vec()
}

#[test]
fn list_builds_path_query_and_styles() {
    let client = client();
    let request = client
        .books()
        .list_books("main/sci fi")
        .status(library::books::ListBooksStatus::OnLoan)
        .tags(vec!["a".into(), "b+c".into()])
        .labels(vec!["x".into(), "y".into()])
        .not(BookFilter {
            status: Some(BookStatus::Lost),
            labels: None,
        })
        .x_trace("t-1")
        .page(2)
        .per_page(50)
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::GET);
    assert_eq!(request.path(), "/shelves/main%2Fsci%20fi/books");
    let pairs = query(&request);
    let expect = [
        ("status", "on-loan"),
        ("tags[]", "a"),
        ("tags[]", "b+c"),
        ("labels", "x,y"),
        ("not[status]", "lost"),
        ("page", "2"),
        ("per_page", "50"),
    ];
    let expect: Vec<(String, String)> = expect
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    assert_eq!(pairs, expect);
}

#[test]
fn ids_or_paths_are_encoded_once() {
    let client = client();
    let plain = client
        .books()
        .list_books("group/sub/shelf")
        .request()
        .expect("request");
    let encoded = client
        .books()
        .list_books("group%2Fsub%2Fshelf")
        .request()
        .expect("request");
    let numeric = client
        .books()
        .list_books(42_u64)
        .request()
        .expect("request");
    assert_eq!(plain.path(), "/shelves/group%2Fsub%2Fshelf/books");
    assert_eq!(encoded.path(), plain.path());
    assert_eq!(numeric.path(), "/shelves/42/books");
}

#[test]
fn file_paths_keep_dots_and_encode_slashes() {
    let client = client();
    let request = client
        .files()
        .download_file("lib/class.rb", "feature/x")
        .request()
        .expect("request");
    assert_eq!(request.path(), "/files/lib%2Fclass.rb/raw");
    assert_eq!(
        query(&request),
        vec![("ref".to_owned(), "feature/x".to_owned())]
    );
}

#[test]
fn json_body_has_required_arguments_and_optional_setters() {
    let client = client();
    let request = client
        .books()
        .create_book(7_u64, "Dune")
        .r#type("paperback")
        .labels(vec!["sf".into()])
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::POST);
    let Body::Json(bytes) = request.body() else {
        panic!("expected a JSON body");
    };
    let value: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    assert_eq!(
        value,
        serde_json::json!({"title": "Dune", "type": "paperback", "labels": ["sf"]})
    );
}

#[test]
fn multipart_body_sends_the_file_as_a_part() {
    let client = client();
    let cover = gitlab_client_runtime::Upload::new("cover.png", b"png".to_vec());
    let request = client
        .files()
        .upload_cover(1, cover)
        .caption("front")
        .request()
        .expect("request");
    let Body::Multipart(parts) = request.body() else {
        panic!("expected a multipart body");
    };
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["caption", "file"]);
}

#[test]
fn sudo_is_a_request_setting_only_where_the_operation_takes_it() {
    let client = client();
    let request = client
        .books()
        .list_books(1_u64)
        .sudo("alice")
        .request()
        .expect("request");
    assert_eq!(request.sudo_user(), Some("alice"));
    assert!(
        request.query().get("Sudo").is_none(),
        "sudo is not a query parameter here"
    );
    // `getBook` declares no `Sudo`: its builder has no `.sudo()`, and its request opts out of
    // a client-wide sudo (the runtime's tests check that such a request sends none).
    #[allow(deprecated)]
    let request = client
        .with_sudo("bob")
        .books()
        .get_book(3)
        .request()
        .expect("request");
    assert_eq!(request.path(), "/books/3");
    assert!(request.sudo_user().is_none());
}

#[test]
fn unknown_enum_values_decode_and_round_trip() {
    let status: BookStatus = serde_json::from_str("\"archived\"").expect("decodes");
    assert_eq!(status, BookStatus::Unknown("archived".into()));
    assert_eq!(
        serde_json::to_string(&status).expect("encodes"),
        "\"archived\""
    );
    let known: BookStatus = serde_json::from_str("\"on-loan\"").expect("decodes");
    assert_eq!(known, BookStatus::OnLoan);
    // An escape makes serde_json hand over an owned string, which decodes the same.
    let escaped: BookStatus = serde_json::from_str("\"on-lo\\u0061n\"").expect("decodes");
    assert_eq!(escaped, BookStatus::OnLoan);
    assert!(
        serde_json::from_str::<BookStatus>("3").is_err(),
        "only strings decode"
    );
    let owned: BookStatus = serde_json::from_value(serde_json::json!("lost")).expect("decodes");
    assert_eq!(owned, BookStatus::Lost);
}
