//! The golden client of `tests/specs/constructs.json` compiles with every warning denied (named
//! parameter types, binary fields, recursive schemas, undocumented items, operations without an
//! `operationId`, awkward names), and its requests put named values on the wire as they
//! serialise.
#![deny(warnings)]
// Embedding a library in a test binary leaves most of its public items and re-exports unused.
#![allow(dead_code, unused_imports)]
// The models crate's items are in scope at the root (see `models_crate` below), where the tests
// still name them through the client's `models`, as users do.
#![allow(unused_qualifications)]

// The golden files are the generator's output byte for byte; `cargo fmt` must leave them alone.
#[rustfmt::skip]
#[path = "output/constructs/src/lib.rs"]
pub mod constructs;

// The golden models crate, which the client names `::constructs_models`: this test crate stands in
// for it, with the models crate's items imported at its root.
#[rustfmt::skip]
#[path = "output/constructs-models/src/lib.rs"]
mod models_crate;
pub extern crate self as constructs_models;
use models_crate::*;

use constructs::models::{Color, Expr, Keywords, Level, Literal, NameOrId, Node, Slug, Sum};
use gitlab_client_runtime::{Body, Credentials, Method};

fn client() -> constructs::Client {
    // Nothing is sent: these tests only look at the requests the builders describe.
    constructs::Client::new("http://127.0.0.1:9", Credentials::Anonymous).expect("client")
}

fn pairs(request: &gitlab_client_runtime::Request) -> Vec<(&str, &str)> {
    request
        .query()
        .pairs()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[test]
fn a_one_of_path_parameter_renders_the_value_it_holds() {
    let client = client();
    let owner = NameOrId::Integer(7);
    let by_id = client
        .things()
        .get_things_thing(NameOrId::Integer(42), owner.clone())
        .request()
        .expect("request");
    let by_name = client
        .things()
        .get_things_thing(NameOrId::String("group/project".into()), owner)
        .request()
        .expect("request");
    assert_eq!(by_id.method(), &Method::GET);
    assert_eq!(by_id.path(), "/things/42");
    assert_eq!(by_name.path(), "/things/group%2Fproject");
}

#[test]
fn enums_newtypes_and_one_ofs_are_query_and_header_values() {
    let request = client()
        .things()
        .get_things_thing(NameOrId::Integer(1), NameOrId::String("alice".into()))
        .colors(vec![Color::DarkGreen, Color::AB2, Color::Self_])
        .owners(vec![NameOrId::Integer(3), NameOrId::String("bob".into())])
        .slug(Slug("my-slug".into()))
        .level(Level(2))
        .r#type("t")
        .self_(true)
        .x_color(Color::V1st)
        .request()
        .expect("request");
    assert_eq!(
        pairs(&request),
        [
            ("colors[]", "dark-green"),
            ("colors[]", "a_b"),
            ("colors[]", "self"),
            ("owners", "3,bob"),
            ("slug", "my-slug"),
            ("level", "2"),
            ("type", "t"),
            ("self", "true"),
        ]
    );
    let headers = request.headers();
    assert_eq!(headers["X-Color"], "1st");
    assert_eq!(headers["X-Owner"], "alice");
}

#[test]
fn enum_and_newtype_path_parameters_use_their_wire_text() {
    let client = client();
    let put = client
        .things()
        .put_things_thing_levels_level_colors_color(NameOrId::Integer(5), Level(3), Color::AB)
        .request()
        .expect("request");
    assert_eq!(put.method(), &Method::PUT);
    assert_eq!(put.path(), "/things/5/levels/3/colors/a-b");
    let delete = client
        .things()
        .delete_things_thing(Slug("a b/c".into()))
        .request()
        .expect("request");
    assert_eq!(delete.path(), "/things/a%20b%2Fc");
}

#[test]
fn operations_without_an_id_get_distinct_names_from_method_and_path() {
    let client = client();
    let request = client
        .things()
        .get_things_thing2()
        .request()
        .expect("request");
    assert_eq!(request.path(), "/things/thing");
}

#[test]
fn an_operation_called_new_does_not_take_the_handles_constructor() {
    let request = client().things().new2().request().expect("request");
    assert_eq!(request.method(), &Method::POST);
    assert_eq!(request.path(), "/things/new");
}

#[test]
fn untyped_and_all_of_query_values_and_a_name_starting_with_a_digit() {
    let request = client()
        .type_()
        .v2fa_check()
        .r#match(constructs::models::Combined {
            part0: constructs::models::Owner { id: 1, name: None },
            extra: Some("e".into()),
        })
        .code(constructs::models::Code(serde_json::json!("abc")))
        .request()
        .expect("request");
    assert_eq!(request.path(), "/keywords");
    assert_eq!(
        pairs(&request),
        [("match[id]", "1"), ("match[extra]", "e"), ("code", "abc")]
    );
}

#[test]
fn a_multipart_body_that_names_a_component_sends_its_binary_fields_as_files() {
    let file = gitlab_client_runtime::Upload::new("a.txt", b"abc".to_vec());
    let request = client()
        .uploads()
        .create_upload(file)
        .name("a")
        .attachments(vec![
            gitlab_client_runtime::Upload::new("b.txt", b"b".to_vec()),
            gitlab_client_runtime::Upload::new("c.txt", b"c".to_vec()),
        ])
        .request()
        .expect("request");
    let Body::Multipart(parts) = request.body() else {
        panic!("expected a multipart body");
    };
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["name", "file", "attachments[]", "attachments[]"]);
}

#[test]
fn a_json_body_with_a_file_attached_is_sent_as_multipart() {
    let client = client();
    let plain = client
        .things()
        .create_thing("a")
        .request()
        .expect("request");
    let Body::Json(bytes) = plain.body() else {
        panic!("expected a JSON body without a file");
    };
    assert_eq!(bytes.as_ref(), br#"{"name":"a"}"#);
    let avatar = gitlab_client_runtime::Upload::new("a.png", b"png".to_vec());
    let with_file = client
        .things()
        .create_thing("a")
        .avatar(avatar)
        .request()
        .expect("request");
    let Body::Multipart(parts) = with_file.body() else {
        panic!("expected a multipart body with a file");
    };
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["name", "avatar"]);
}

#[test]
fn binary_fields_of_json_models_are_text() {
    let upload = constructs::models::Upload {
        name: None,
        content: Some("raw bytes".into()),
        chunks: Some(vec!["a".into()]),
    };
    let request = client()
        .uploads()
        .replace_upload(upload.clone())
        .request()
        .expect("request");
    let Body::Json(bytes) = request.body() else {
        panic!("expected a JSON body");
    };
    let value: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    assert_eq!(
        value,
        serde_json::json!({"content": "raw bytes", "chunks": ["a"]})
    );
    let back: constructs::models::Upload = serde_json::from_value(value).expect("decodes");
    assert_eq!(back, upload);
}

#[test]
fn recursive_schemas_round_trip() {
    // Models write `null` for nullable fields left unset, as the API does.
    let json = serde_json::json!({
        "name": "root",
        "parent": {"name": "up", "extra": null},
        "children": [{"name": "child", "extra": null}],
        "by_name": {"x": {"name": "x", "extra": null}},
        "extra": {"name": "extra", "extra": null}
    });
    let node: Node = serde_json::from_value(json.clone()).expect("decodes");
    assert_eq!(node.parent.as_ref().map(|p| p.name.as_str()), Some("up"));
    assert_eq!(serde_json::to_value(&node).expect("encodes"), json);

    let expr: Expr = serde_json::from_str(
        r#"{"left": {"value": 1}, "right": {"left": {"value": 2}, "right": {"value": 3}}}"#,
    )
    .expect("decodes");
    let Expr::Sum(sum) = &expr else {
        panic!("expected a sum, got {expr:?}");
    };
    let Sum { left, .. } = sum.as_ref();
    assert_eq!(left.as_ref(), &Expr::Literal(Literal { value: 1 }));
}

#[test]
fn enum_values_with_quotes_backslashes_or_nothing_keep_their_wire_names() {
    for (value, wire) in [
        (Color::SayHi, r#""say \"hi\"""#),
        (Color::C, r#""C:\\""#),
        (Color::Value, r#""""#),
        (Color::AB, r#""a-b""#),
        (Color::AB2, r#""a_b""#),
    ] {
        assert_eq!(serde_json::to_string(&value).expect("encodes"), wire);
        assert_eq!(serde_json::from_str::<Color>(wire).expect("decodes"), value);
    }
}

#[test]
fn keyword_digit_and_colliding_names_keep_their_wire_names() {
    let keywords = Keywords {
        r#type: Some("t".into()),
        self_: Some("s".into()),
        r#match: Some(1),
        v2fa: Some(true),
        foo_bar: Some("snake".into()),
        foo_bar2: Some("camel".into()),
        quote_d: Some("q".into()),
        color: Some(Color::Type),
    };
    assert_eq!(
        serde_json::to_value(&keywords).expect("encodes"),
        serde_json::json!({
            "type": "t", "self": "s", "match": 1, "2fa": true,
            "foo_bar": "snake", "fooBar": "camel", "quote\"d": "q", "color": "type"
        })
    );
    let request = client()
        .type_()
        .r#match(keywords)
        .request()
        .expect("request");
    assert_eq!(request.method(), &Method::PATCH);
}

#[test]
fn all_of_members_that_share_properties_are_one_struct() {
    // `id` is optional in the first member and required in the second: it is required.
    let overlap = constructs::models::Overlap {
        id: 7,
        name: Some("n".into()),
        foo_bar: Some("camel".into()),
        foo_bar2: Some("snake".into()),
    };
    let value = serde_json::to_value(&overlap).expect("encodes");
    assert_eq!(
        value,
        serde_json::json!({"id": 7, "name": "n", "fooBar": "camel", "foo_bar": "snake"})
    );
    let missing_id = serde_json::from_value::<constructs::models::Overlap>(serde_json::json!({}));
    assert!(
        missing_id.is_err(),
        "a property any member requires is required"
    );
}
