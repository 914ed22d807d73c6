//! A tiny hand-written API used by the integration tests: two operations on
//! `/projects/{id}/issues`, a panicking `/boom`, an anonymous `/public`, an administrators'
//! `/admin-only`, and `/pages` served through the generic `endpoint` by a handler that answers
//! one page at a time; with an `Authenticate` implementation over a fixed set of users.

#![allow(dead_code, missing_docs)]

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use gitlab_server_support::{
    ApiError, AppState, Authenticate, Authenticator, BodySpec, Caller, Credential, Cursor,
    Identity, Input, Kind, Location, Lookup, OperationSpec, ParamSpec, RateLimit, Reply,
    ServerConfig, Total, User, UserRef, endpoint, extract, finish_with_log, json_response,
    paginated_response, respond,
};
use serde::Deserialize;
use serde_json::{Value, json};

/// Token of the administrator `root` with the `api` and `sudo` scopes.
pub const ADMIN_TOKEN: &str = "test-admin-sudo";
/// Token of the plain user `alice` with the `api` scope.
pub const USER_TOKEN: &str = "test-user";
/// Token of the administrator `root` with the `api` scope only.
pub const ADMIN_NO_SUDO_TOKEN: &str = "test-admin-nosudo";
/// The SCIM token.
pub const SCIM_TOKEN: &str = "test-scim";
/// A token whose lookup fails, as when the user store is down.
pub const FAILING_TOKEN: &str = "test-store-down";

/// `root` (ID 1, administrator), `alice` (ID 2) and `bob` (ID 3).
pub fn users() -> Vec<User> {
    [(1, "root", true), (2, "alice", false), (3, "bob", false)]
        .into_iter()
        .map(|(id, username, admin)| User {
            id,
            username: username.to_owned(),
            admin,
        })
        .collect()
}

/// The test users and their tokens, looked up asynchronously as a store would be.
pub struct TestUsers;

impl Authenticate for TestUsers {
    async fn authenticate(&self, credential: Credential<'_>) -> Lookup<Identity> {
        let (user_id, scopes): (u64, &[&str]) = match credential.secret {
            ADMIN_TOKEN => (1, &["api", "sudo"]),
            USER_TOKEN => (2, &["api"]),
            ADMIN_NO_SUDO_TOKEN => (1, &["api"]),
            FAILING_TOKEN => return Err(ApiError::Internal),
            _ => return Ok(None),
        };
        tokio::task::yield_now().await;
        Ok(self
            .find_user(UserRef::Id(user_id))
            .await?
            .map(|user| Identity {
                user,
                scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
            }))
    }

    async fn find_user(&self, user: UserRef<'_>) -> Lookup<User> {
        Ok(users().into_iter().find(|u| match user {
            UserRef::Id(id) => u.id == id,
            UserRef::Username(name) => u.username.eq_ignore_ascii_case(name),
        }))
    }

    async fn accepts_scim_token(&self, token: &str) -> Result<bool, ApiError> {
        Ok(token == SCIM_TOKEN)
    }
}

const fn param(
    name: &'static str,
    key: &'static str,
    location: Location,
    required: bool,
    kind: Kind,
    style: gitlab_server_support::Style,
) -> ParamSpec {
    ParamSpec {
        name,
        key,
        location,
        required,
        kind,
        style,
    }
}

use gitlab_server_support::Style::{Comma, DeepObject, Form};

pub static LIST: OperationSpec = OperationSpec {
    id: "listProjectIssues",
    method: "GET",
    path: "/projects/{id}/issues",
    params: &[
        param("id", "id", Location::Path, true, Kind::String, Form),
        param(
            "iids[]",
            "iids",
            Location::Query,
            false,
            Kind::Array(&Kind::Integer),
            Form,
        ),
        param(
            "labels",
            "labels",
            Location::Query,
            false,
            Kind::Array(&Kind::String),
            Comma,
        ),
        param(
            "state",
            "state",
            Location::Query,
            false,
            Kind::Enum(&["opened", "closed", "all"]),
            Form,
        ),
        param(
            "confidential",
            "confidential",
            Location::Query,
            false,
            Kind::Boolean,
            Form,
        ),
        param(
            "milestone_id",
            "milestone_id",
            Location::Query,
            false,
            Kind::Integer,
            Form,
        ),
        param(
            "created_after",
            "created_after",
            Location::Query,
            false,
            Kind::DateTime,
            Form,
        ),
        param(
            "not",
            "not",
            Location::Query,
            false,
            Kind::Object,
            DeepObject,
        ),
        param(
            "variables",
            "variables",
            Location::Query,
            false,
            Kind::Array(&Kind::Object),
            Form,
        ),
        param(
            "X-Trace",
            "trace",
            Location::Header,
            false,
            Kind::String,
            Form,
        ),
        param("Sudo", "sudo", Location::Header, false, Kind::String, Form),
        // Test controls: how many items the list has, and whether they lack an `id`.
        param(
            "count",
            "count",
            Location::Query,
            false,
            Kind::Integer,
            Form,
        ),
        param(
            "plain",
            "plain",
            Location::Query,
            false,
            Kind::Boolean,
            Form,
        ),
    ],
    body: None,
    status: 200,
    paginated: true,
    keyset: Some(gitlab_server_support::KeysetSpec {
        order_by: &["id"],
        sort: &[],
    }),
    public: false,
    admin_only: false,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

pub static CREATE: OperationSpec = OperationSpec {
    id: "createProjectIssue",
    method: "POST",
    path: "/projects/{id}/issues",
    params: &[
        param("id", "id", Location::Path, true, Kind::String, Form),
        param("title", "title", Location::Body, true, Kind::String, Form),
        param(
            "labels",
            "labels",
            Location::Body,
            false,
            Kind::Array(&Kind::String),
            Comma,
        ),
        param(
            "weight",
            "weight",
            Location::Body,
            false,
            Kind::Integer,
            Form,
        ),
        param(
            "due_date",
            "due_date",
            Location::Body,
            false,
            Kind::Date,
            Form,
        ),
        param(
            "confidential",
            "confidential",
            Location::Body,
            false,
            Kind::Boolean,
            Form,
        ),
        param(
            "attachment",
            "attachment",
            Location::Body,
            false,
            Kind::File,
            Form,
        ),
    ],
    body: Some(BodySpec {
        media: &[
            "application/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ],
        required: true,
    }),
    status: 201,
    paginated: false,
    keyset: None,
    public: false,
    admin_only: false,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

pub static BOOM: OperationSpec = OperationSpec {
    id: "boom",
    method: "GET",
    path: "/boom",
    params: &[],
    body: None,
    status: 200,
    paginated: false,
    keyset: None,
    public: true,
    admin_only: false,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

pub static PUBLIC: OperationSpec = OperationSpec {
    id: "getPublic",
    method: "GET",
    path: "/public",
    params: &[],
    body: None,
    status: 200,
    paginated: false,
    keyset: None,
    public: true,
    admin_only: false,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

pub static ADMIN: OperationSpec = OperationSpec {
    id: "getAdminOnly",
    method: "GET",
    path: "/admin-only",
    params: &[],
    body: None,
    status: 200,
    paginated: false,
    keyset: None,
    public: false,
    admin_only: true,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

pub static PAGES: OperationSpec = OperationSpec {
    id: "listPages",
    method: "GET",
    path: "/pages",
    params: &[
        param(
            "count",
            "count",
            Location::Query,
            false,
            Kind::Integer,
            Form,
        ),
        param(
            "answer",
            "answer",
            Location::Query,
            false,
            Kind::Enum(&["page", "uncounted", "keyset"]),
            Form,
        ),
        param(
            "cursor",
            "cursor",
            Location::Query,
            false,
            Kind::String,
            Form,
        ),
    ],
    body: None,
    status: 200,
    paginated: true,
    keyset: Some(gitlab_server_support::KeysetSpec {
        order_by: &["id"],
        sort: &[],
    }),
    public: false,
    admin_only: false,
    conventions: gitlab_server_support::Conventions::Rest,
    base: gitlab_server_support::Base::Main,
};

/// The typed input of [`PAGES`].
#[derive(Deserialize)]
pub struct PagesInput {
    /// How many items the list has.
    #[serde(default = "default_count")]
    count: u64,
    /// How the handler answers: one counted page (`page`), one page without a total
    /// (`uncounted`), or one keyset page (`keyset`).
    answer: Option<String>,
    /// Where a keyset page starts: `after <id>/x` (spaces, `+`, `/` and `=` test the encoding).
    cursor: Option<String>,
}

fn default_count() -> u64 {
    45
}

/// A store that answers one page at a time, as a database-backed handler would.
pub struct Store;

impl Store {
    /// The items with IDs `1..=count`; only the requested page is made.
    async fn pages(
        &self,
        request: &Input,
        input: PagesInput,
    ) -> Result<Reply<Vec<Value>>, ApiError> {
        let per_page = request.page.per_page;
        let item = |id: u64| json!({ "id": id });
        match input.answer.as_deref() {
            Some("keyset") => {
                let after = match input.cursor.as_deref() {
                    None => 0,
                    Some(cursor) => cursor
                        .strip_prefix("after ")
                        .and_then(|rest| rest.strip_suffix("/x+y="))
                        .and_then(|id| id.parse().ok())
                        .ok_or_else(|| ApiError::invalid("cursor"))?,
                };
                let last = (after + per_page).min(input.count);
                let items = (after + 1..=last).map(item).collect();
                let next = (last < input.count)
                    .then(|| Cursor::new("cursor", format!("after {last}/x+y=")));
                Ok(Reply::keyset(items, next))
            }
            answer => {
                let first = (request.page.page - 1) * per_page + 1;
                let last = (first + per_page - 1).min(input.count);
                let items = (first..=last).map(item).collect();
                let total = if answer == Some("uncounted") {
                    Total::Unknown {
                        more: last < input.count,
                    }
                } else {
                    Total::Known(input.count)
                };
                Ok(Reply::page(items, total))
            }
        }
    }
}

/// Limits every request carrying `x-limit-me`.
struct HeaderLimit;

impl RateLimit for HeaderLimit {
    fn check(&self, _caller: Option<&Caller>, parts: &Parts) -> Option<u64> {
        parts.headers.contains_key("x-limit-me").then_some(7)
    }
}

fn caller_json(caller: Option<&Caller>) -> Value {
    caller.map_or(Value::Null, |c| {
        json!({
            "user": c.user.username,
            "impersonator": c.impersonator.as_ref().map(|u| u.username.clone()),
            "method": format!("{:?}", c.method),
            "scopes": c.scopes,
        })
    })
}

fn echo(input: &Input) -> Value {
    let files: Vec<Value> = input
        .files
        .iter()
        .map(|(name, f)| {
            json!({
                "field": name,
                "file_name": f.file_name,
                "content_type": f.content_type,
                "data": String::from_utf8_lossy(&f.data),
            })
        })
        .collect();
    json!({ "values": input.values, "files": files, "caller": caller_json(input.caller.as_ref()) })
}

async fn list(State(config): State<Arc<ServerConfig>>, request: Request) -> Response {
    let input = match extract(&LIST, request, &config).await {
        Ok(input) => input,
        Err(err) => return err.into_response(),
    };
    let count = input
        .values
        .get("count")
        .and_then(Value::as_u64)
        .unwrap_or(45);
    let plain = input
        .values
        .get("plain")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let items: Vec<Value> = (1..=count)
        .map(|i| {
            if plain {
                json!(format!("item-{i}"))
            } else {
                json!({ "id": i })
            }
        })
        .collect();
    let reply = Reply::new(items).header("x-echo", echo(&input).to_string());
    paginated_response(&LIST, &input, reply)
}

async fn create(State(config): State<Arc<ServerConfig>>, request: Request) -> Response {
    match extract(&CREATE, request, &config).await {
        Ok(input) => json_response(&CREATE, Reply::new(echo(&input))),
        Err(err) => err.into_response(),
    }
}

async fn boom() -> Response {
    panic!("the handler fell over");
}

async fn public(State(config): State<Arc<ServerConfig>>, request: Request) -> Response {
    match extract(&PUBLIC, request, &config).await {
        Ok(input) => json_response(&PUBLIC, Reply::new(echo(&input))),
        Err(err) => err.into_response(),
    }
}

async fn admin_only(State(config): State<Arc<ServerConfig>>, request: Request) -> Response {
    match extract(&ADMIN, request, &config).await {
        Ok(input) => json_response(&ADMIN, Reply::new(echo(&input))),
        Err(err) => err.into_response(),
    }
}

pub struct Server {
    pub base: String,
    pub logs: Arc<Mutex<Vec<String>>>,
    pub client: reqwest::Client,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn logs(&self) -> Vec<String> {
        self.logs.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

pub fn config() -> ServerConfig {
    ServerConfig {
        auth: Authenticator::new(TestUsers),
        body_limit: 1024,
        rate_limit: Some(Arc::new(HeaderLimit)),
        ..ServerConfig::default()
    }
}

pub async fn serve() -> Server {
    serve_with(config()).await
}

pub async fn serve_with(config: ServerConfig) -> Server {
    let config = Arc::new(config);
    // Routes are registered under the base path, as the generated `routes()` does.
    let base = config.base_path.trim_end_matches('/').to_owned();
    let routes = Router::new()
        .route(
            &format!("{base}/projects/{{id}}/issues"),
            get(list).post(create),
        )
        .route(&format!("{base}/boom"), get(boom))
        .route(&format!("{base}/public"), get(public))
        .route(&format!("{base}/admin-only"), get(admin_only))
        .with_state(Arc::clone(&config))
        .merge(
            Router::new()
                .route(
                    &format!("{base}/pages"),
                    get(endpoint(&PAGES, Store::pages, respond::Paginated)),
                )
                .with_state(AppState {
                    api: Arc::new(Store),
                    config: Arc::clone(&config),
                }),
        );
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&logs);
    let app = finish_with_log(
        routes,
        config,
        Arc::new(move |line: &str| {
            if let Ok(mut logs) = sink.lock() {
                logs.push(line.to_owned());
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("serve");
    });
    // A second test installing the provider gets an error back, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    Server {
        base: format!("http://{addr}"),
        logs,
        client: reqwest::Client::new(),
    }
}

/// Status and JSON body of a response.
pub async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body = response.json().await.expect("JSON body");
    (status, body)
}
