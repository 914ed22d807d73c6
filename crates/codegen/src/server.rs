//! The server generator: axum stubs (a trait per tag, typed inputs, routes) and an
//! implementation that answers every operation with its example, from the same model as the
//! client. The server uses the models crate that the client re-exports, so every type is
//! defined once and the server links no HTTP client.

use serde::Serialize;

use crate::{ClientModel, ClientOptions, GeneratedFile, Result, Templates};

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
pub struct ServerModel<'m> {
    /// The client model it is built from.
    #[serde(flatten)]
    pub client: &'m ClientModel,
    /// The server package's name.
    pub server_crate: String,
    /// The server crate's library name (the package name with `_` for `-`).
    pub server_lib: String,
    /// The models crate as a TOML dependency value.
    pub models_dependency: String,
    /// The support crate as a TOML dependency value.
    pub support_dependency: String,
}

/// Generates the server crate from the [`crate::model`] of a document (built with
/// `options.client`), the same model the client crates are rendered from.
pub fn server(
    client: &ClientModel,
    templates: &Templates,
    options: &ServerOptions,
) -> Result<Vec<GeneratedFile>> {
    let model = ServerModel {
        server_crate: options.crate_name.clone(),
        server_lib: options.crate_name.replace('-', "_"),
        models_dependency: options.models_dependency.clone(),
        support_dependency: options.support_dependency.clone(),
        client,
    };
    let mut context = crate::render::context_of(&model, "server model")?;
    let mut out = crate::render::Output::new(templates, &options.client.header);
    out.toml("Cargo.toml", "Cargo.toml.tera", &context)?;
    out.rust("src/lib.rs", "lib.rs.tera", &context)?;
    out.rust("src/examples.rs", "examples.rs.tera", &context)?;
    for tag in &model.client.tags {
        context.insert("tag", tag);
        out.rust(&format!("src/{}.rs", tag.module), "tag.rs.tera", &context)?;
    }
    out.finish()
}
