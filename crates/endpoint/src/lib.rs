//! Runtime support for GitLab route types.
//!
//! A route type is a struct whose fields are the parameters of one GitLab REST endpoint, with
//! `#[derive(Endpoint)]` (re-exported here) generating its [`Endpoint`] implementation. A route
//! type only describes: [`describe`] holds the plain-data description of an endpoint (method,
//! path, parameters, response, pagination, access) that the spec crate turns into an OpenAPI
//! operation, and [`IdOrPath`] and [`Upload`] stand for the schemas of those parameter types.
//! Sending and reading requests is the generated client's and server's business, on the wire
//! conventions of the `gitlab-wire` crate.
//!
//! It deliberately knows nothing about GitLab's cross-cutting conventions (auth, sudo, error
//! bodies, pagination headers): those are applied in one place by the spec crate's `conventions`
//! module, so changing one of them is a one-line change for every endpoint.

#![deny(missing_docs)]

pub mod describe;
mod types;

pub use describe::{
    Access, Api, EndpointInfo, Location, Method, Pagination, ParamInfo, ResponseBody,
};
pub use gitlab_endpoint_macros::{Endpoint, Params};
pub use types::{IdOrPath, Upload};

/// A GitLab REST endpoint described by a route type.
///
/// Implemented by `#[derive(Endpoint)]`. The route type's fields declare the endpoint's
/// parameters; the implementation describes the endpoint for the OpenAPI document.
pub trait Endpoint {
    /// What a successful call answers with (`()` when the endpoint answers with no body).
    type Response;

    /// HTTP method.
    const METHOD: Method;
    /// Path template relative to `/api/v4`, with `{name}` placeholders.
    const PATH_TEMPLATE: &'static str;
    /// Unique, readable operation id (`listProjectIssues`).
    const OPERATION_ID: &'static str;

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
}

/// Items used by code that `#[derive(Endpoint)]` generates. Not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use crate::describe::{SchemaCollector, array_of, inline_schema, map_of, schema_of};
    pub use utoipa;
}
