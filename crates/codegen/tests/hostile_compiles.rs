//! The golden client of `tests/specs/hostile.json` compiles with every warning denied, although
//! every text of that document holds quotes, backslashes, comment ends, template delimiters,
//! line breaks and code fences; and the text arrives unchanged where it is data: wire names,
//! paths, enum values, the base path and the example answer (whose generated check runs here
//! too).
#![deny(warnings)]
// Embedding a library in a test binary leaves most of its public items and re-exports unused.
#![allow(dead_code, unused_imports)]
// The models crate's items are in scope at the root (see `models_crate` below), where the tests
// still name them through the client's `models`, as users do.
#![allow(unused_qualifications)]

// The golden files are the generator's output byte for byte; `cargo fmt` must leave them alone.
#[rustfmt::skip]
#[path = "output/hostile/src/lib.rs"]
pub mod hostile;

// The golden models crate, which the client names `::hostile_models`: this test crate stands in
// for it, with the models crate's items imported at its root.
#[rustfmt::skip]
#[path = "output/hostile-models/src/lib.rs"]
mod models_crate;
pub extern crate self as hostile_models;
use models_crate::*;

// The generated crate's own test, which names the crate `hostile_client`: here that is this test
// crate, whose `models` are the golden client's.
extern crate self as hostile_client;
pub use hostile::models;

#[rustfmt::skip]
#[path = "output/hostile/tests/response_examples.rs"]
mod response_examples;

use gitlab_client_runtime::{Body, Credentials, Method, Upload};
use hostile::models::{Mood, OddThing};

fn client() -> hostile::Client {
    // Nothing is sent: these tests only look at the requests the builders describe.
    hostile::Client::new("http://127.0.0.1:9", Credentials::Anonymous).expect("client")
}

fn spec() -> serde_json::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs/hostile.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("spec")).expect("JSON")
}

#[test]
fn the_base_path_is_the_server_urls_path_as_written() {
    assert_eq!(hostile::BASE_PATH, r#"/api/"v4"\*/{%x%}"#);
}

#[test]
fn odd_path_query_and_header_names_are_sent_as_written() {
    let request = client()
        .odd_tag_t_next()
        .get_item_x(r#"a"b/c"#)
        .q_uote_x("v")
        .mood(Mood::SayHi)
        .x_odd("h")
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::GET);
    // The path parameter `it"em` is filled in; the rest of the path is kept byte for byte.
    assert_eq!(request.path(), r#"/items/a%22b%2Fc/x"y\z"#);
    let pairs: Vec<(&str, &str)> = request
        .query()
        .pairs()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(pairs, [(r#"q"uote\ {{x}}"#, "v"), ("mood", r#"say "hi""#)]);
    assert_eq!(request.headers()["X-Odd#'*`|~"], "h");
}

#[test]
fn a_header_name_http_cannot_carry_fails_the_request_instead_of_changing_it() {
    let request = client().odd_tag_t_next().get_item_x("x").x_q("v").request();
    let error = request.expect_err("`X-\"Q` is not a header name");
    assert!(
        error
            .to_string()
            .contains(r#"`X-"Q` is not a valid header name"#),
        "{error}"
    );
}

#[test]
fn a_path_with_template_braces_is_sent_as_written() {
    let file = Upload::new("a.txt", b"abc".to_vec());
    let request = client()
        .odd_tag_t_next()
        .upload_i_j(file)
        .no_te("n")
        .request()
        .expect("request");
    assert_eq!(request.path(), "/uploads/{{x}}");
    // The operation's own server: its path is the base path, as written.
    let debug = format!("{request:?}");
    assert!(
        debug.contains(r#"base_path: "/other\"\\{{y}}*""#),
        "{debug}"
    );
    let Body::Multipart(parts) = request.body() else {
        panic!("expected a multipart body, got {:?}", request.body());
    };
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, [r#"no"te"#, r#"up"load\"#]);
}

#[test]
fn enum_values_serialise_to_exactly_the_documents_strings() {
    let spec = spec();
    let values = spec["components"]["schemas"]["Mood"]["enum"]
        .as_array()
        .expect("enum values");
    let known = [
        Mood::SayHi,
        Mood::BackSlash,
        Mood::Value,
        Mood::X,
        Mood::LineBreak,
        Mood::Script,
        Mood::R,
        Mood::RloX,
    ];
    assert_eq!(values.len(), known.len());
    for (value, mood) in values.iter().zip(&known) {
        assert_eq!(&serde_json::to_value(mood).expect("serialises"), value);
        let text = value.as_str().expect("a string");
        assert_eq!(&Mood::from(text), mood, "{text}");
    }
}

#[test]
fn the_example_answer_decodes_with_every_odd_field_name() {
    let spec = spec();
    let example = &spec["paths"][r#"/items/{it"em}/x"y\z"#]["get"]["responses"]["200"]["content"]["application/json"]
        ["example"];
    let thing: OddThing = serde_json::from_value(example.clone()).expect("decodes");
    assert_eq!(thing.quoted, r###"a "#" b "## c"###);
    assert_eq!(thing.back_slash, Some(1));
    assert_eq!(thing.value, Some(true));
    assert_eq!(thing.x.as_deref(), Some("}}\u{202e}"));
    assert_eq!(thing.mood, Some(Mood::SayHi));
    assert_eq!(
        thing.moods,
        Some(vec![
            Mood::BackSlash,
            Mood::Value,
            Mood::Script,
            Mood::LineBreak,
            Mood::Unknown("new".into()),
        ])
    );
    assert_eq!(&serde_json::to_value(&thing).expect("serialises"), example);
}
