//! The server generator: axum stubs (a trait per tag, typed inputs, routes) and an
//! implementation that answers every operation with its example, from the same model as the
//! client. The server uses the models crate that the client re-exports, so every type is
//! defined once and the server links no HTTP client.

use openapiv3::OpenAPI;
use serde::Serialize;
use tera::Context;

use crate::{ClientModel, ClientOptions, Error, GeneratedFile, Result, Templates};

/// How to shape the generated server crate.
#[derive(Clone, Debug)]
pub struct ServerOptions {
    /// The options of the client crate, whose models crate the server uses.
    pub client: ClientOptions,
    /// The models crate as a TOML dependency value, e.g. `{ path = "../models" }`.
    pub models_dependency: String,
    /// The server package's name, e.g. `gitlab-server`.
    pub crate_name: String,
    /// The `gitlab-server-support` dependency as a TOML value.
    pub support_dependency: String,
}

/// The server's view of the document.
#[derive(Clone, Debug, Serialize)]
pub struct ServerModel {
    /// The client model it is built from.
    #[serde(flatten)]
    pub client: ClientModel,
    /// The server package's name.
    pub server_crate: String,
    /// The server crate's library name (the package name with `_` for `-`).
    pub server_lib: String,
    /// The models crate as a TOML dependency value.
    pub models_dependency: String,
    /// The support crate as a TOML dependency value.
    pub support_dependency: String,
}

/// Generates the server crate for `doc`.
pub fn server(
    doc: &OpenAPI,
    templates: &Templates,
    options: &ServerOptions,
) -> Result<Vec<GeneratedFile>> {
    let client = crate::model(doc, &options.client)?;
    let model = ServerModel {
        server_crate: options.crate_name.clone(),
        server_lib: options.crate_name.replace('-', "_"),
        models_dependency: options.models_dependency.clone(),
        support_dependency: options.support_dependency.clone(),
        client,
    };
    let mut context = Context::from_serialize(&model).map_err(|e| Error::Template {
        template: "(server model)".into(),
        message: e.to_string(),
    })?;
    let header = &options.client.header;
    let rust_header = format!("// {header}\n\n");
    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".into(),
            contents: format!(
                "# {header}\n{}",
                templates.text("Cargo.toml.tera", &context)?
            ),
        },
        GeneratedFile {
            path: "src/lib.rs".into(),
            contents: rust_header.clone() + &templates.rust("lib.rs.tera", &context)?,
        },
        GeneratedFile {
            path: "src/examples.rs".into(),
            contents: rust_header.clone() + &templates.rust("examples.rs.tera", &context)?,
        },
    ];
    for tag in &model.client.tags {
        context.insert("tag", tag);
        files.push(GeneratedFile {
            path: format!("src/{}.rs", tag.module),
            contents: rust_header.clone() + &templates.rust("tag.rs.tera", &context)?,
        });
    }
    Ok(files)
}
