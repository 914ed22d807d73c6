//! The HTTP client: credentials, sudo, retries and response handling.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use url::Url;

use crate::auth::{Credentials, TokenSource};
use crate::download::Download;
use crate::encode::Query;
use crate::error::{ApiError, Error, Result};
use crate::pagination::{Cursor, ItemStream, Links, Page, PageInfo, StreamOptions};
use crate::request::{Request, Target};
use crate::retry::{Failure, RetryPolicy};

/// The user agent sent when the builder is not given one.
const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// A GitLab API client; cloning it is cheap and clones share connections.
#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
    sudo: Option<Arc<str>>,
}

/// The parts every clone shares.
struct Shared {
    http: reqwest::Client,
    base_url: Url,
    /// The server's root: the base URL without the base path the builder appended, where the
    /// base paths of other APIs of the same server go.
    root_url: Url,
    token: Arc<dyn TokenSource>,
    retry: RetryPolicy,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The token source is printed through its own Debug, which for
        // `Credentials` redacts the secret.
        f.debug_struct("Client")
            .field("base_url", &self.shared.base_url.as_str())
            .field("token", &self.shared.token)
            .field("sudo", &self.sudo)
            .field("retry", &self.shared.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts building a client for a GitLab URL such as `https://gitlab.com/api/v4`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            base_path: None,
            token: Arc::new(Credentials::Anonymous),
            sudo: None,
            retry: RetryPolicy::default(),
            timeout: None,
            user_agent: None,
            http: None,
        }
    }

    /// The API base URL that request paths are appended to.
    pub fn base_url(&self) -> &Url {
        &self.shared.base_url
    }

    /// A clone that acts as `user` (sent as the `Sudo` header on every request).
    pub fn with_sudo(&self, user: impl Into<String>) -> Client {
        Client {
            shared: Arc::clone(&self.shared),
            sudo: Some(Arc::from(user.into())),
        }
    }

    /// A clone that authenticates with other credentials (an API of the same server that
    /// takes its own token), sharing the connection pool and the retry policy.
    pub fn with_credentials(&self, credentials: Credentials) -> Client {
        self.with_token_source(Arc::new(credentials))
    }

    /// A clone whose credentials come from another source; see [`Client::with_credentials`].
    pub fn with_token_source(&self, token: Arc<dyn TokenSource>) -> Client {
        Client {
            shared: Arc::new(Shared {
                http: self.shared.http.clone(),
                base_url: self.shared.base_url.clone(),
                root_url: self.shared.root_url.clone(),
                token,
                retry: self.shared.retry.clone(),
            }),
            sudo: self.sudo.clone(),
        }
    }

    /// A clone that acts as the token's own user.
    pub fn without_sudo(&self) -> Client {
        Client {
            shared: Arc::clone(&self.shared),
            sudo: None,
        }
    }

    /// The user this client acts as, if any.
    pub fn sudo_user(&self) -> Option<&str> {
        self.sudo.as_deref()
    }

    /// Sends a request with credentials, sudo and retries.
    ///
    /// Success statuses and 304 are returned as they are; any other status
    /// becomes [`Error::Api`] with the body read.
    pub async fn execute(&self, request: Request) -> Result<reqwest::Response> {
        let started = Instant::now();
        let idempotent = request.is_idempotent();
        let retry = &self.shared.retry;
        let mut attempt = 0u32;
        let mut refreshed = false;
        loop {
            attempt += 1;
            let credentials = self.shared.token.credentials().await?;
            let outgoing = self.build(&request, &credentials)?;
            let (failure_delay, error) = match outgoing.send().await {
                Ok(response) => {
                    let status = response.status();
                    if status.is_success() || status == StatusCode::NOT_MODIFIED {
                        return Ok(response);
                    }
                    if status == StatusCode::UNAUTHORIZED && !refreshed {
                        refreshed = true;
                        if self.shared.token.refresh().await? {
                            // The repeat after a refresh is not a retry, so
                            // it does not use up an attempt.
                            attempt -= 1;
                            continue;
                        }
                    }
                    let headers = response.headers().clone();
                    // A body that cannot be read still leaves a useful error status.
                    let body = response.bytes().await.unwrap_or_default();
                    let failure = Failure::Status(status.as_u16(), &headers);
                    let delay = retry.next_delay(&failure, attempt, started.elapsed(), idempotent);
                    (
                        delay,
                        Error::from(ApiError::from_response_parts(
                            status.as_u16(),
                            &headers,
                            body,
                        )),
                    )
                }
                Err(err) => {
                    let failure = Failure::Transport {
                        transient: err.is_connect() || err.is_timeout(),
                    };
                    let delay = retry.next_delay(&failure, attempt, started.elapsed(), idempotent);
                    (delay, Error::from(err))
                }
            };
            match failure_delay {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(error),
            }
        }
    }

    /// Sends a request and decodes a JSON answer.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T> {
        let response = self.execute(request).await?;
        let status = response.status().as_u16();
        let body = response.bytes().await?;
        decode(status, body)
    }

    /// Sends a request and ignores any answer body.
    pub async fn send_empty(&self, request: Request) -> Result<()> {
        self.execute(request).await.map(drop)
    }

    /// Sends a request for one page of a list.
    pub async fn send_page<T: DeserializeOwned>(&self, request: Request) -> Result<Page<T>> {
        let response = self.execute(request).await?;
        let status = response.status().as_u16();
        let info = PageInfo::from_headers(response.headers());
        let links = Links::from_headers(response.headers());
        let body = response.bytes().await?;
        Ok(Page {
            items: decode(status, body)?,
            info,
            links,
        })
    }

    /// Streams every item of a list, fetching pages lazily.
    pub fn stream<T: DeserializeOwned + Send + 'static>(
        &self,
        request: Request,
        options: StreamOptions,
    ) -> ItemStream<T> {
        ItemStream::new(self.clone(), request, options)
    }

    /// Continues a stream from a saved [`Cursor`].
    pub fn resume<T: DeserializeOwned + Send + 'static>(&self, cursor: Cursor) -> ItemStream<T> {
        ItemStream::resume(self.clone(), cursor)
    }

    /// Sends a request whose answer is a file, for streaming.
    pub async fn download(&self, request: Request) -> Result<Download> {
        Ok(Download::new(self.execute(request).await?))
    }

    /// The URL a request goes to, with its query but without credentials.
    pub(crate) fn url_for(&self, target: &Target, query: &Query) -> Result<Url> {
        let base = match target {
            Target::Path(path) => format!(
                "{}{path}",
                self.shared.base_url.as_str().trim_end_matches('/')
            ),
            Target::Absolute(url) => self.rebase(url)?,
            Target::Beside { base_path, path } => format!(
                "{}{base_path}{path}",
                self.shared.root_url.as_str().trim_end_matches('/')
            ),
        };
        let full = if query.is_empty() {
            base
        } else {
            format!("{base}?{}", query.encode())
        };
        Url::parse(&full).map_err(|e| Error::InvalidUrl(format!("{e}")))
    }

    /// Checks that an absolute URL (from a `Link` header or a stored cursor)
    /// belongs to this GitLab, so credentials are never sent elsewhere.
    ///
    /// GitLab behind a proxy sometimes reports its own address with another
    /// scheme or host; such links are moved onto the configured base URL as
    /// long as their path lies under the base path.
    fn rebase(&self, url: &Url) -> Result<String> {
        let base = &self.shared.base_url;
        let mut bare = url.clone();
        bare.set_query(None);
        bare.set_fragment(None);
        if bare.origin() == base.origin() {
            return Ok(bare.as_str().to_owned());
        }
        let base_path = base.path().trim_end_matches('/');
        if bare.path().starts_with(base_path) {
            let origin = base.origin().ascii_serialization();
            return Ok(format!("{origin}{}", bare.path()));
        }
        Err(Error::InvalidUrl(format!(
            "refusing to follow a link to {} outside {}",
            bare.origin().ascii_serialization(),
            base.origin().ascii_serialization()
        )))
    }

    /// Builds the outgoing request for one attempt.
    fn build(
        &self,
        request: &Request,
        credentials: &Credentials,
    ) -> Result<reqwest::RequestBuilder> {
        let mut query = request.query().clone();
        let mut headers: HeaderMap = request.headers().clone();
        credentials.apply(&mut headers, &mut query)?;
        let sudo = match request.sudo_override() {
            Some(user) => user,
            None => self.sudo.as_deref(),
        };
        if let Some(user) = sudo {
            let value = HeaderValue::from_str(user).map_err(|_| {
                Error::Encode(format!("sudo user `{user}` is not a valid header value"))
            })?;
            headers.insert(HeaderName::from_static("sudo"), value);
        }
        let url = self.url_for(request.target(), &query)?;
        let builder = self
            .shared
            .http
            .request(request.method().clone(), url)
            .headers(headers);
        request.body().attach(builder)
    }
}

/// Decodes a JSON body, keeping the body when it does not match.
fn decode<T: DeserializeOwned>(status: u16, body: bytes::Bytes) -> Result<T> {
    serde_json::from_slice(&body).map_err(|source| Error::Decode {
        status,
        source,
        body,
    })
}

/// Configures and builds a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: String,
    base_path: Option<String>,
    token: Arc<dyn TokenSource>,
    sudo: Option<String>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// A path such as `/api/v4`, appended to the URL unless it already ends with it.
    pub fn base_path(mut self, path: &str) -> Self {
        self.base_path = Some(path.to_owned());
        self
    }

    /// Fixed credentials for every request.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.token = Arc::new(credentials);
        self
    }

    /// A source of credentials that may be refreshed after a 401.
    pub fn token_source(mut self, source: Arc<dyn TokenSource>) -> Self {
        self.token = source;
        self
    }

    /// Act as `user` on every request (requires an admin token).
    pub fn sudo(mut self, user: impl Into<String>) -> Self {
        self.sudo = Some(user.into());
        self
    }

    /// The retry policy; the default retries rate limits and gateway errors.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A timeout for each attempt; ignored when [`ClientBuilder::http_client`] is used.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header; ignored when [`ClientBuilder::http_client`] is used.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Uses a preconfigured reqwest client (proxies, certificates, ...).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let mut base_url = Url::parse(&self.base_url)
            .map_err(|e| Error::InvalidUrl(format!("`{}`: {e}", self.base_url)))?;
        if !matches!(base_url.scheme(), "http" | "https") || base_url.cannot_be_a_base() {
            return Err(Error::InvalidUrl(format!(
                "`{}` is not an http(s) URL",
                self.base_url
            )));
        }
        base_url.set_query(None);
        base_url.set_fragment(None);
        let current = base_url.path().trim_matches('/').to_owned();
        let mut path = current.clone();
        let extra = self
            .base_path
            .as_deref()
            .map(|p| p.trim_matches('/'))
            .filter(|p| !p.is_empty());
        if let Some(extra) = extra
            && current != extra
            && !current.ends_with(&format!("/{extra}"))
        {
            path = if current.is_empty() {
                extra.to_owned()
            } else {
                format!("{current}/{extra}")
            };
        }
        base_url.set_path(&path);
        // The root is what the base path was appended to, or found at the end of.
        let mut root_url = base_url.clone();
        if let Some(extra) = extra {
            let root = path
                .strip_suffix(extra)
                .map_or(path.as_str(), |r| r.trim_end_matches('/'));
            root_url.set_path(root);
        }

        let http = match self.http {
            Some(http) => http,
            None => {
                // reqwest is built without a bundled crypto provider; ring is
                // installed here unless the application already chose one.
                let _ = rustls::crypto::ring::default_provider().install_default();
                let mut builder = reqwest::Client::builder().user_agent(
                    self.user_agent
                        .unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned()),
                );
                if let Some(timeout) = self.timeout {
                    builder = builder.timeout(timeout);
                }
                builder.build()?
            }
        };
        Ok(Client {
            shared: Arc::new(Shared {
                http,
                base_url,
                root_url,
                token: self.token,
                retry: self.retry,
            }),
            sudo: self.sudo.map(Arc::from),
        })
    }
}
