//! Runtime support for GitLab route types.
//!
//! A route type is a struct whose fields are the parameters of one GitLab REST endpoint, with
//! `#[derive(Endpoint)]` (re-exported here) generating its [`Endpoint`] implementation. This crate
//! holds everything that generated code calls at run time:
//!
//! - [`encode`]: percent-encoding of path segments the way GitLab expects them (`/` as `%2F`,
//!   `+` as `%2B`, IDs-or-paths never encoded twice);
//! - [`query`]: flattening of parameter values into GitLab's query forms (`a[]=1`, `h[k]=v`,
//!   `v[][key]=k`, comma lists);
//! - [`describe`]: the plain-data description of an endpoint (method, path, parameters, response,
//!   pagination, access) that the spec crate turns into an OpenAPI operation.
//!
//! It deliberately knows nothing about GitLab's cross-cutting conventions (auth, sudo, error
//! bodies, pagination headers): those are applied in one place by the spec crate's `conventions`
//! module, so changing one of them is a one-line change for every endpoint.

#![deny(missing_docs)]

pub mod describe;
pub mod encode;
mod error;
pub mod query;
mod types;

pub use describe::{
    Access, Api, EndpointInfo, Location, Method, Pagination, ParamInfo, ResponseBody,
};
pub use error::{Error, Result};
pub use gitlab_endpoint_macros::{Endpoint, Params};
pub use types::{IdOrPath, Upload};

/// A GitLab REST endpoint described by a route type.
///
/// Implemented by `#[derive(Endpoint)]`; the value of a route type is one request to that endpoint.
pub trait Endpoint {
    /// What a successful call answers with (`()` when the endpoint answers with no body).
    type Response;

    /// HTTP method.
    const METHOD: Method;
    /// Path template relative to `/api/v4`, with `{name}` placeholders.
    const PATH_TEMPLATE: &'static str;
    /// Unique, readable operation id (`listProjectIssues`).
    const OPERATION_ID: &'static str;

    /// The path with every placeholder replaced by its percent-encoded value.
    fn path(&self) -> String;

    /// Query-string pairs (not yet percent-encoded), in GitLab's array and hash forms.
    ///
    /// # Errors
    /// Fails when a parameter value cannot be serialized.
    fn query(&self) -> Result<Vec<(String, String)>>;

    /// The JSON request body, for methods that carry one and only when a body parameter is set.
    ///
    /// # Errors
    /// Fails when a parameter value cannot be serialized.
    fn body(&self) -> Result<Option<serde_json::Value>>;

    /// The description the OpenAPI operation is built from.
    fn describe() -> EndpointInfo;

    /// The descriptions of every operation the route type declares: [`describe`](Self::describe)
    /// first, then one per `variant(...)` (the same operation under another path prefix, with
    /// its own operation id), in declaration order.
    fn describe_all() -> Vec<EndpointInfo> {
        vec![Self::describe()]
    }
}

/// A struct of parameters shared by several endpoints (the filters of three issue lists, the
/// settings of creating and editing a project), included in route types with a
/// `#[param(flatten)]` field. Implemented by `#[derive(Params)]`.
pub trait Params {
    /// Descriptions of the parameters. Those without an explicit location go to the body when
    /// `has_body` (the endpoint's method is POST, PUT or PATCH), else to the query.
    fn describe_params(has_body: bool, collector: &mut describe::SchemaCollector)
    -> Vec<ParamInfo>;

    /// Writes the parameters that are set into `query` or `body`, by the same rule.
    ///
    /// # Errors
    /// Fails when a parameter value cannot be serialized.
    fn write_params(
        &self,
        has_body: bool,
        query: &mut query::QueryWriter,
        body: &mut serde_json::Map<String, serde_json::Value>,
    ) -> Result<()>;
}

/// Items used by code that `#[derive(Endpoint)]` generates. Not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use crate::describe::{SchemaCollector, array_of, inline_schema, map_of, schema_of};
    pub use crate::encode::encode_path_segment;
    pub use crate::query::{QueryWriter, body_insert};
    pub use serde_json;
    pub use utoipa;
}
