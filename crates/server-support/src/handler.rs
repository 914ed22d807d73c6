//! The one request path of every operation: extract and validate the request, decode its typed
//! input, call the application's method, and write its reply.
//!
//! Generated code holds only what differs per operation (its [`OperationSpec`], input type,
//! trait method and [`Respond`] kind) and adds an [`Endpoint`] made of them to [`Routes`], which
//! places it at the spec's path and method; the body of a handler exists once, here.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::extract::Request;
use axum::http::Method as HttpMethod;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::ServerConfig;
use crate::error::ApiError;
use crate::input::{
    Input, ParamIndex, Parsed, PathValues, decode_fields, named_path_values, parse,
};
use crate::reply::{
    FileBody, Reply, empty_response, file_response, json_response, paginated_response,
};
use crate::router::static_method_name;
use crate::spec::OperationSpec;

/// What every route shares: the application and the server's settings.
pub struct AppState<A: ?Sized> {
    /// The application, implementing the operations.
    pub api: Arc<A>,
    /// Authentication, limits and hooks.
    pub config: Arc<ServerConfig>,
}

impl<A: ?Sized> Clone for AppState<A> {
    fn clone(&self) -> Self {
        Self {
            api: Arc::clone(&self.api),
            config: Arc::clone(&self.config),
        }
    }
}

/// How a reply of type `R` becomes a response: one implementation per kind of answer.
pub trait Respond<R>: Copy + Send + Sync + 'static {
    /// Writes `reply` as the answer of `spec` to the request `input`.
    fn respond(self, spec: &OperationSpec, input: &Input, reply: R) -> Response;
}

/// The kinds of answer an operation gives, for [`handle`] and [`endpoint`].
pub mod respond {
    use super::{
        FileBody, Input, OperationSpec, Reply, Respond, Response, Serialize, empty_response,
        file_response, json_response, paginated_response,
    };

    /// A JSON value ([`json_response`]).
    #[derive(Clone, Copy, Debug)]
    pub struct Json;

    impl<T: Serialize> Respond<Reply<T>> for Json {
        fn respond(self, spec: &OperationSpec, _input: &Input, reply: Reply<T>) -> Response {
            json_response(spec, reply)
        }
    }

    /// A page of a paginated list, with GitLab's pagination headers ([`paginated_response`]).
    #[derive(Clone, Copy, Debug)]
    pub struct Paginated;

    impl<T: Serialize> Respond<Reply<Vec<T>>> for Paginated {
        fn respond(self, spec: &OperationSpec, input: &Input, reply: Reply<Vec<T>>) -> Response {
            paginated_response(spec, input, reply)
        }
    }

    /// A file ([`file_response`]).
    #[derive(Clone, Copy, Debug)]
    pub struct File;

    impl Respond<Reply<FileBody>> for File {
        fn respond(self, spec: &OperationSpec, _input: &Input, reply: Reply<FileBody>) -> Response {
            file_response(spec, reply)
        }
    }

    /// No body ([`empty_response`]).
    #[derive(Clone, Copy, Debug)]
    pub struct Empty;

    impl Respond<Reply<()>> for Empty {
        fn respond(self, spec: &OperationSpec, _input: &Input, reply: Reply<()>) -> Response {
            empty_response(spec, reply)
        }
    }
}

/// An application's method for one operation: a function (typically a trait method such as
/// `<A as IssuesApi>::list_project_issues`) taking the application, the request and the typed
/// input, and answering asynchronously. Implemented for every such function.
pub trait Method<'a, A: ?Sized + 'a, P>: Copy + Send + Sync + 'static {
    /// What the method answers with when it succeeds.
    type Reply;
    /// The method's future.
    type Future: Future<Output = Result<Self::Reply, ApiError>> + Send + 'a;

    /// Calls the method.
    fn call(self, api: &'a A, request: &'a Input, input: P) -> Self::Future;
}

impl<'a, A, P, F, Fut, R> Method<'a, A, P> for F
where
    A: ?Sized + 'a,
    F: FnOnce(&'a A, &'a Input, P) -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<R, ApiError>> + Send + 'a,
{
    type Reply = R;
    type Future = Fut;

    fn call(self, api: &'a A, request: &'a Input, input: P) -> Fut {
        self(api, request, input)
    }
}

/// Answers operations in place of the application, after the conventions have run: the
/// request is authenticated and valid, and [`Input::values`] holds its coerced values (which
/// [`handle`] builds for an intercept only: without one, the method's typed input is decoded
/// straight from the request). The stateful mock keeps its resources this way; recording or
/// fault injection would too.
pub trait Intercept: Send + Sync + 'static {
    /// The answer to `input` for the operation `spec`, or `None` to let the application
    /// answer.
    fn answer(&self, spec: &'static OperationSpec, input: &Input) -> Option<Response>;
}

/// Answers `request` to the operation `spec`: [`crate::extract`]'s checks (authentication,
/// sudo, rate limit, validation), the decoding of `P` as [`Input::decode`] does it, the
/// configured [`Intercept`] if it answers, else `method`, then `respond` writes the reply.
/// Every failure is answered with GitLab's body for the operation's conventions.
///
/// `P` is decoded from the coerced values without collecting them into a map: the `Input`
/// the method receives has empty [`Input::values`] unless an [`Intercept`] is configured, in
/// which case they are filled before it is asked (the typed input holds the same values).
pub async fn handle<A, P, F, R, K>(
    spec: &'static OperationSpec,
    api: &A,
    config: &ServerConfig,
    request: Request,
    method: F,
    respond: K,
) -> Response
where
    A: ?Sized + Sync,
    P: DeserializeOwned,
    F: for<'a> Method<'a, A, P, Reply = R>,
    K: Respond<R>,
{
    answer(spec, api, config, request, None, method, respond).await
}

/// [`handle`], given the values of the path's placeholders and the index of the operation's
/// parameters when the routing table has them (`None`: both are made here).
async fn answer<A, P, F, R, K>(
    spec: &'static OperationSpec,
    api: &A,
    config: &ServerConfig,
    request: Request,
    routed: Option<(PathValues, &ParamIndex)>,
    method: F,
    respond: K,
) -> Response
where
    A: ?Sized + Sync,
    P: DeserializeOwned,
    F: for<'a> Method<'a, A, P, Reply = R>,
    K: Respond<R>,
{
    let (path, index) = routed.map_or((None, None), |(path, index)| (Some(path), Some(index)));
    let Parsed { values, mut input } = match parse(spec, request, config, path, index).await {
        Ok(parsed) => parsed,
        Err(error) => return error.respond(spec.conventions),
    };
    let params: P = match decode_fields(values.iter().map(|(k, v)| (*k, v))) {
        Ok(params) => params,
        Err(error) => return error.respond(spec.conventions),
    };
    if let Some(intercept) = &config.intercept {
        input.values = Parsed::value_map(values);
        if let Some(answer) = intercept.answer(spec, &input) {
            return answer;
        }
    }
    match method.call(api, &input, params).await {
        Ok(reply) => respond.respond(spec, &input, reply),
        Err(error) => error.respond(spec.conventions),
    }
}

/// An axum handler answering one operation through [`handle`], for
/// `axum::routing::get(endpoint(..))` and the like on a router whose state is an
/// [`AppState`].
pub fn endpoint<A, P, F, R, K>(
    spec: &'static OperationSpec,
    method: F,
    respond: K,
) -> Endpoint<A, P, F, K>
where
    A: ?Sized + Send + Sync + 'static,
    P: DeserializeOwned + Send + 'static,
    F: for<'a> Method<'a, A, P, Reply = R>,
    K: Respond<R>,
{
    Endpoint {
        spec,
        method,
        respond,
        types: PhantomData,
    }
}

/// The axum handler made by [`endpoint`].
pub struct Endpoint<A: ?Sized, P, F, K> {
    /// The operation.
    spec: &'static OperationSpec,
    /// The application's method.
    method: F,
    /// How its reply is written.
    respond: K,
    /// The application and input types, which the method is generic over.
    types: PhantomData<fn(&A, P)>,
}

impl<A: ?Sized, P, F: Copy, K: Copy> Clone for Endpoint<A, P, F, K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A: ?Sized, P, F: Copy, K: Copy> Copy for Endpoint<A, P, F, K> {}

impl<A: ?Sized, P, F, K> std::fmt::Debug for Endpoint<A, P, F, K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Endpoint")
            .field("operation", &self.spec.id)
            .finish_non_exhaustive()
    }
}

impl<A, P, F, R, K> axum::handler::Handler<Endpoint<A, P, F, K>, AppState<A>>
    for Endpoint<A, P, F, K>
where
    A: ?Sized + Send + Sync + 'static,
    P: DeserializeOwned + Send + 'static,
    F: for<'a> Method<'a, A, P, Reply = R>,
    R: 'static,
    K: Respond<R>,
{
    // axum boxes the future of every `async fn` handler the same way.
    type Future = Pin<Box<dyn Future<Output = Response> + Send>>;

    fn call(self, request: Request, state: AppState<A>) -> Self::Future {
        Box::pin(async move {
            handle(
                self.spec,
                state.api.as_ref(),
                &state.config,
                request,
                self.method,
                self.respond,
            )
            .await
        })
    }
}

/// Routes being collected for an application of type `A`: each [`Endpoint`] at its operation's
/// path (under [`ServerConfig::base_path`], or beside it, see [`crate::Base`]) and method. The
/// generated code adds, for instance,
/// `endpoint(&LIST_PROJECT_ISSUES, <A as IssuesApi>::list_project_issues, respond::Paginated)`,
/// and serves the result of [`Routes::with_state`].
///
/// The operations are routed by one table of their own (matchit, axum's router, used
/// directly): a request is matched once, on its raw path, and the values of the path's
/// placeholders go straight to the parser, where axum's routes would decode them into the
/// request's extensions and the parser would match the path again. Compose tags by adding
/// their endpoints to one `Routes` (the generated `add_routes` functions) before
/// [`Routes::with_state`]: two finished `Router`s of operations each hold a fallback, which
/// axum refuses to merge.
pub struct Routes<A: ?Sized> {
    /// The configured base path.
    base_path: String,
    /// The routing table: each path (in axum's syntax) to its index in `paths`.
    table: matchit::Router<usize>,
    /// The endpoints of each path, by method, in the order they were added.
    paths: Vec<PathMethods<A>>,
    /// The index in `paths` of each path added, to add more methods to it.
    known: HashMap<String, usize>,
}

impl<A: ?Sized> std::fmt::Debug for Routes<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Routes")
            .field("base_path", &self.base_path)
            .field("paths", &self.paths.len())
            .finish_non_exhaustive()
    }
}

impl<A: ?Sized + Send + Sync + 'static> Routes<A> {
    /// No routes yet, for a server with `config`'s base path.
    #[must_use]
    pub fn new(config: &ServerConfig) -> Self {
        Self {
            base_path: config.base_path.clone(),
            table: matchit::Router::new(),
            paths: Vec::new(),
            known: HashMap::new(),
        }
    }

    /// Adds `endpoint` at its operation's path, for its method. Operations on the same path
    /// share one route, whatever the names of their path parameters.
    ///
    /// # Panics
    /// When the operation's method is not one HTTP allows (a bug in the generator), when two
    /// endpoints of the same method and path are added, or when the path conflicts with one
    /// added before in a way the router cannot tell apart.
    #[must_use]
    pub fn route<P, F, R, K>(mut self, endpoint: Endpoint<A, P, F, K>) -> Self
    where
        P: DeserializeOwned + Send + 'static,
        F: for<'a> Method<'a, A, P, Reply = R>,
        R: 'static,
        K: Respond<R>,
    {
        let spec = endpoint.spec;
        let method = HttpMethod::from_bytes(spec.method.as_bytes())
            .unwrap_or_else(|_| panic!("{}: `{}` is not an HTTP method", spec.id, spec.method));
        let path = route_path(&spec.base.prefix(&self.base_path), spec.path);
        let index = match self.known.get(&path) {
            Some(&index) => index,
            None => {
                let index = self.paths.len();
                if let Err(error) = self.table.insert(path.clone(), index) {
                    panic!("{}: cannot route `{path}`: {error}", spec.id);
                }
                self.paths.push(Vec::new());
                self.known.insert(path, index);
                index
            }
        };
        let methods = &mut self.paths[index];
        if let Some((_, other)) = methods.iter().find(|(m, _)| *m == method) {
            panic!(
                "{}: `{} {}` is routed to {} already",
                spec.id,
                spec.method,
                spec.path,
                other.spec().id
            );
        }
        let index = ParamIndex::new(spec.params);
        methods.push((method, Arc::new(Routed { endpoint, index })));
        self
    }

    /// The routes, serving `api` with `config`: a `Router` whose fallback is the operations'
    /// table, so other routes (a docs page, the mock's control routes) can be merged into it.
    pub fn with_state(self, api: Arc<A>, config: Arc<ServerConfig>) -> Router {
        let operations = Operations {
            table: Arc::new(Table {
                router: self.table,
                paths: self.paths,
            }),
            state: AppState { api, config },
        };
        Router::new().fallback_service(operations)
    }
}

/// The endpoints of one path, by method, in the order they were added.
type PathMethods<A> = Vec<(HttpMethod, Arc<dyn Dispatch<A>>)>;

/// An [`Endpoint`] with its types erased, as the routing table keeps it.
trait Dispatch<A: ?Sized>: Send + Sync {
    /// The operation.
    fn spec(&self) -> &'static OperationSpec;
    /// Answers `request`, whose path placeholders the router matched (`path`).
    fn dispatch(
        self: Arc<Self>,
        request: Request,
        state: AppState<A>,
        path: PathValues,
    ) -> BoxedResponse;
}

/// The future of a routed request, as the table's service answers it.
type BoxedResponse = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

/// An endpoint in the routing table, with the index of its parameters built once.
struct Routed<E> {
    /// The endpoint.
    endpoint: E,
    /// Its operation's parameters by name.
    index: ParamIndex,
}

impl<A, P, F, R, K> Dispatch<A> for Routed<Endpoint<A, P, F, K>>
where
    A: ?Sized + Send + Sync + 'static,
    P: DeserializeOwned + Send + 'static,
    F: for<'a> Method<'a, A, P, Reply = R>,
    R: 'static,
    K: Respond<R>,
{
    fn spec(&self) -> &'static OperationSpec {
        self.endpoint.spec
    }

    fn dispatch(
        self: Arc<Self>,
        request: Request,
        state: AppState<A>,
        path: PathValues,
    ) -> BoxedResponse {
        Box::pin(async move {
            let endpoint = self.endpoint;
            let response = answer(
                endpoint.spec,
                state.api.as_ref(),
                &state.config,
                request,
                Some((path, &self.index)),
                endpoint.method,
                endpoint.respond,
            )
            .await;
            Ok(response)
        })
    }
}

/// The operations' routing table.
struct Table<A: ?Sized> {
    /// Each path to its index in `paths`.
    router: matchit::Router<usize>,
    /// The endpoints of each path, by method.
    paths: Vec<PathMethods<A>>,
}

/// The service [`Routes::with_state`] makes: routes a request through the table and answers
/// it with its endpoint, GitLab's 404 when no path matches, and its 405 (with `Allow`) when
/// the path does but the method does not (`HEAD` is answered as `GET`).
struct Operations<A: ?Sized> {
    /// The routes.
    table: Arc<Table<A>>,
    /// The application and the settings.
    state: AppState<A>,
}

impl<A: ?Sized> Clone for Operations<A> {
    fn clone(&self) -> Self {
        Self {
            table: Arc::clone(&self.table),
            state: self.state.clone(),
        }
    }
}

impl<A: ?Sized + Send + Sync + 'static> tower::Service<Request> for Operations<A> {
    type Response = Response;
    type Error = Infallible;
    type Future = BoxedResponse;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let Ok(matched) = self.table.router.at(request.uri().path()) else {
            return Box::pin(std::future::ready(Ok(
                ApiError::RouteNotFound.into_response()
            )));
        };
        let methods = &self.table.paths[*matched.value];
        let wanted = request.method();
        let found = methods
            .iter()
            .find(|(method, _)| method == wanted)
            .or_else(|| {
                (wanted == HttpMethod::HEAD)
                    .then(|| methods.iter().find(|(method, _)| method == HttpMethod::GET))
                    .flatten()
            });
        let Some((_, endpoint)) = found else {
            let allow = allowed_methods(methods.iter().map(|(method, _)| method));
            let answer = ApiError::MethodNotAllowed { allow }.into_response();
            return Box::pin(std::future::ready(Ok(answer)));
        };
        let path = named_path_values(
            endpoint.spec().path,
            matched.params.iter().map(|(_, value)| value),
        );
        // The endpoint's future is the service's: one box per request, not one around another.
        Arc::clone(endpoint).dispatch(request, self.state.clone(), path)
    }
}

/// The `Allow` header of a path routed for `methods`: each of them, and `HEAD` after `GET`.
fn allowed_methods<'m>(methods: impl Iterator<Item = &'m HttpMethod>) -> Vec<&'static str> {
    let mut allow = Vec::new();
    let mut push = |method: &HttpMethod| {
        if let Some(name) = static_method_name(method)
            && !allow.contains(&name)
        {
            allow.push(name);
        }
    };
    for method in methods {
        push(method);
        if method == HttpMethod::GET {
            push(&HttpMethod::HEAD);
        }
    }
    allow
}

/// `prefix` + `path` in axum's syntax, with positional parameter names
/// (`/projects/{id}/issues/{issue_iid}` becomes `/projects/{p0}/issues/{p1}`): GitLab's paths
/// name the same position differently (`{id}`, `{user_id}`), which axum's router refuses;
/// [`crate::extract`] reads the real names from the spec.
fn route_path(prefix: &str, path: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + path.len());
    out.push_str(prefix);
    let mut index = 0;
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str("{p");
        out.push_str(itoa::Buffer::new().format(index));
        out.push('}');
        index += 1;
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::route_path;

    #[test]
    fn path_parameters_are_named_by_position() {
        assert_eq!(
            route_path("/api/v4", "/projects/{id}/issues/{issue_iid}"),
            "/api/v4/projects/{p0}/issues/{p1}"
        );
        assert_eq!(route_path("", "/projects/{user_id}/x"), "/projects/{p0}/x");
        assert_eq!(route_path("/api/v4", "/version"), "/api/v4/version");
    }
}
