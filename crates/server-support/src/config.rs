//! Server-wide settings shared by [`crate::extract`] and [`crate::finish`].

use std::fmt;
use std::sync::Arc;

use axum::http::request::Parts;

use crate::auth::{Authenticator, Caller};
use crate::handler::Intercept;

/// A rate limiter consulted by [`crate::extract`] once the caller is known.
pub trait RateLimit: Send + Sync + 'static {
    /// Returns `Some(seconds)` to reject the request with 429 and `Retry-After: seconds`, or
    /// `None` to let it through. `caller` is the effective (possibly impersonated) caller.
    fn check(&self, caller: Option<&Caller>, parts: &Parts) -> Option<u64>;
}

/// Settings of one server.
#[derive(Clone)]
pub struct ServerConfig {
    /// Prefix of every API path, e.g. `"/api/v4"` (no trailing slash).
    pub base_path: String,
    /// Who the callers are: the application's [`crate::Authenticate`] implementation.
    pub auth: Authenticator,
    /// Largest accepted request body in bytes; larger bodies are answered with 413.
    pub body_limit: usize,
    /// Longest accepted request target (path and query) in bytes; longer ones get 414.
    pub uri_limit: usize,
    /// Optional rate limiter; `None` never limits.
    pub rate_limit: Option<Arc<dyn RateLimit>>,
    /// Optional answers given before the application's (see [`Intercept`]); `None` leaves
    /// every operation to the application.
    pub intercept: Option<Arc<dyn Intercept>>,
}

impl Default for ServerConfig {
    /// `/api/v4`, no known credentials ([`crate::NoCredentials`]), 10 MiB bodies, 8 KiB URIs,
    /// no rate limit and no intercept.
    fn default() -> Self {
        Self {
            base_path: "/api/v4".to_owned(),
            auth: Authenticator::default(),
            body_limit: 10 * 1024 * 1024,
            uri_limit: 8 * 1024,
            rate_limit: None,
            intercept: None,
        }
    }
}

impl fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerConfig")
            .field("base_path", &self.base_path)
            .field("auth", &self.auth)
            .field("body_limit", &self.body_limit)
            .field("uri_limit", &self.uri_limit)
            .field("rate_limit", &self.rate_limit.is_some())
            .field("intercept", &self.intercept.is_some())
            .finish()
    }
}
