//! The server generator names what it emits from the same operation model as the client, so a
//! document's operation called like a Rust keyword (`match`) or a server crate of any name
//! gives items that parse, and a document's hostile strings stay inside literals and comments.
//! The server takes its types from the models crate, never from the client, whose
//! every-operation test runs against the server.

use std::path::Path;

use gitlab_codegen::{ClientOptions, ServerOptions, Templates};

/// The options of the constructs client, which the server is generated beside.
fn client_options() -> ClientOptions {
    ClientOptions {
        crate_name: "constructs-client".into(),
        version: "0.1.0".into(),
        runtime_dependency: r#"{ path = "../client-runtime" }"#.into(),
        features: false,
        header: "test".into(),
        usage: String::new(),
        readme_as_docs: false,
        models_crate: "constructs-models".into(),
        models_path: "../constructs-models".into(),
        test_server: None,
    }
}

fn constructs_server() -> Vec<gitlab_codegen::GeneratedFile> {
    server_of("constructs.json")
}

/// The server generated for a document under `tests/specs/`; generation parses every Rust
/// file it renders, so success means the files are valid Rust.
fn server_of(spec: &str) -> Vec<gitlab_codegen::GeneratedFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(root.join("tests/specs").join(spec)).expect("spec");
    let doc = gitlab_codegen::parse(&json).expect("parses");
    let templates = Templates::load(&root.join("../../templates/server")).expect("templates");
    let options = ServerOptions {
        client: client_options(),
        models_dependency: r#"{ path = "../models" }"#.into(),
        crate_name: "constructs-server".into(),
        support_dependency: r#"{ path = "../server-support" }"#.into(),
    };
    let model = gitlab_codegen::model(&doc, &options.client).expect("the model builds");
    gitlab_codegen::server(&model, &templates, &options).expect("the server generates")
}

#[test]
fn a_keyword_operation_gets_handler_and_spec_names_that_parse() {
    let files = constructs_server();
    let all: String = files.iter().map(|f| f.contents.as_str()).collect();
    let code: String = all.split_whitespace().collect();
    assert!(
        code.contains("support::endpoint(&MATCH,<Aas") && code.contains(">::r#match,"),
        "the route of `match` calls the raw method with the spec MATCH"
    );
    assert!(all.contains("static MATCH:"), "its operation spec is MATCH");
    assert!(
        !all.contains("handle_r#") && !all.contains("R#"),
        "no raw identifier inside a name"
    );
}

#[test]
fn the_server_uses_the_models_crate_and_never_the_client() {
    let files = constructs_server();
    let manifest = files
        .iter()
        .find(|f| f.path == "Cargo.toml")
        .expect("Cargo.toml");
    assert!(
        manifest
            .contents
            .contains(r#"constructs-models = { path = "../models" }"#),
        "{}",
        manifest.contents
    );
    let all: String = files.iter().map(|f| f.contents.as_str()).collect();
    assert!(
        all.contains("constructs_models::"),
        "types come from the models crate"
    );
    assert!(!all.contains("constructs-client") && !all.contains("constructs_client"));
    assert!(!all.contains("gitlab_client_runtime"));
    assert!(!files.iter().any(|f| f.path.starts_with("tests/")));
}

#[test]
fn the_clients_every_operation_test_names_the_generated_server_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(root.join("tests/specs/constructs.json")).expect("spec");
    let doc = gitlab_codegen::parse(&json).expect("parses");
    let templates = Templates::load(&root.join("../../templates/client")).expect("templates");
    let mut options = client_options();
    let without = gitlab_codegen::client(&doc, &templates, &options).expect("generates");
    assert!(!without.iter().any(|f| f.path == "tests/every_operation.rs"));
    options.test_server = Some(gitlab_codegen::TestServer {
        crate_name: "constructs-server".into(),
        dependency: r#"{ path = "../server" }"#.into(),
    });
    let files = gitlab_codegen::client(&doc, &templates, &options).expect("generates");
    let test = files
        .iter()
        .find(|f| f.path == "tests/every_operation.rs")
        .expect("the test file");
    assert!(test.contents.contains("constructs_server::router("));
    assert!(test.contents.contains("use constructs_client::{Client"));
    assert!(!test.contents.contains("gitlab_server::"));
    let manifest = files
        .iter()
        .find(|f| f.path == "Cargo.toml")
        .expect("Cargo.toml");
    assert!(
        manifest
            .contents
            .contains(r#"constructs-server = { path = "../server" }"#),
        "{}",
        manifest.contents
    );
}

#[test]
fn the_example_helper_is_emitted_only_when_an_operation_uses_it() {
    let files = constructs_server();
    let examples = files
        .iter()
        .find(|f| f.path.ends_with("examples.rs"))
        .expect("examples.rs");
    let code: String = examples.contents.split_whitespace().collect();
    let defined = code.contains("fnexample<");
    let used = code.contains("example(&EXAMPLE");
    assert_eq!(
        defined, used,
        "an unused helper is a warning in the generated crate"
    );
}

#[test]
fn hostile_strings_stay_inside_literals_and_comments() {
    let files = server_of("hostile.json");
    let all: String = files.iter().map(|f| f.contents.as_str()).collect();
    // The path `/uploads/{{x}}` of the hostile document is one literal, quote for quote.
    assert!(all.contains(r#"path: "/uploads/{{x}}","#), "{all}");
    // No line of a doc comment ends where the document put a newline.
    for file in &files {
        for line in file.contents.lines() {
            let code = line.trim_start();
            assert!(
                !(code.starts_with("///") && code.contains('\r')),
                "{}: {line}",
                file.path
            );
        }
    }
}
