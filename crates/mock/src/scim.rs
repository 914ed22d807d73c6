//! The SCIM users the mock knows: the ones its examples name. A request for another user
//! answers SCIM's 404, as GitLab does for an external ID it has not provisioned; everything
//! else goes on to the generated server unchanged.

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

use axum::extract::Request;
use axum::http::Method;
use axum::response::Response;
use gitlab_server_support::{ApiError, Conventions};
use tower::Service;

use crate::TokenTable;

/// Where the SCIM users of a group live, below the server's root.
const USERS: (&str, &str) = ("/api/scim/v2/groups/", "/Users/");

/// The external IDs of the SCIM users that the published examples show.
fn known_users() -> &'static BTreeSet<String> {
    static KNOWN: OnceLock<BTreeSet<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let document = crate::published_document();
        let mut known = BTreeSet::new();
        for item in document["paths"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(_, i)| i)
        {
            for operation in item.as_object().into_iter().flatten().map(|(_, o)| o) {
                if operation["tags"][0] != "SCIM" {
                    continue;
                }
                for response in operation["responses"].as_object().into_iter().flatten() {
                    for media in response.1["content"].as_object().into_iter().flatten() {
                        let example = &media.1["example"];
                        let users = example["Resources"].as_array().into_iter().flatten();
                        for user in users.chain(std::iter::once(example)) {
                            if let Some(id) = user["id"].as_str() {
                                known.insert(id.to_owned());
                            }
                        }
                    }
                }
            }
        }
        known
    })
}

/// The external ID a request names, when it addresses one SCIM user.
fn addressed_user(request: &Request) -> Option<&str> {
    if !matches!(
        *request.method(),
        Method::GET | Method::PATCH | Method::DELETE
    ) {
        return None;
    }
    // The SCIM API is served at the root (a plain prefix test: most paths are not SCIM's).
    let rest = request.uri().path().strip_prefix(USERS.0)?;
    let (_group, id) = rest.rsplit_once(USERS.1)?;
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

/// The generated server behind a check of the SCIM user a request names.
#[derive(Clone)]
pub struct ScimUsers<S> {
    inner: S,
    tokens: Arc<TokenTable>,
}

impl<S> ScimUsers<S> {
    /// Wraps `inner`; `tokens` decide whether a request may learn that a user is unknown
    /// (without the SCIM token it gets the server's 401 first).
    pub fn new(inner: S, tokens: TokenTable) -> Self {
        Self {
            inner,
            tokens: Arc::new(tokens),
        }
    }
}

impl<S> Service<Request> for ScimUsers<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future =
        futures_util::future::Either<std::future::Ready<Result<Response, Infallible>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let unknown = addressed_user(&request).is_some_and(|id| !known_users().contains(id));
        if unknown && self.tokens.has_scim_token(request.headers()) {
            let response = ApiError::NotFound("User".into()).respond(Conventions::Scim);
            futures_util::future::Either::Left(std::future::ready(Ok(response)))
        } else {
            futures_util::future::Either::Right(self.inner.call(request))
        }
    }
}

/// `axum::serve(listener, app)`: every connection is served by a clone of the app.
impl<S: Clone, L: axum::serve::Listener> Service<axum::serve::IncomingStream<'_, L>>
    for ScimUsers<S>
{
    type Response = Self;
    type Error = Infallible;
    type Future = std::future::Ready<Result<Self, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _connection: axum::serve::IncomingStream<'_, L>) -> Self::Future {
        std::future::ready(Ok(self.clone()))
    }
}
