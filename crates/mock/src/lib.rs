//! A local fake GitLab for testing integrations: the generated server stubs with
//! [`gitlab_server::ExampleApi`], which answers every operation with its documented example,
//! behind GitLab's conventions (authentication, sudo, validation, pagination, error bodies),
//! plus the published spec at `/api/v4/openapi.json` and the interactive docs at `/docs`.
//!
//! With `--stateful` (in the library, [`Options::state`]) resources live in memory instead:
//! what a client creates it can get, list, change and delete afterwards (see [`Stateful`]).
//!
//! The binary (`cargo run -p gitlab-mock -- --port 8080`) parses [`Options`] and serves
//! [`app`]; tests call the same two functions.

use std::path::PathBuf;
use std::sync::Arc;

use axum::http::header;
use axum::response::IntoResponse;
use gitlab_server_support::{Authenticator, ServerConfig};

mod auth;
mod scim;
mod state;
mod urls;

pub use auth::{
    SAMPLE_ADMIN_NO_SUDO_TOKEN, SAMPLE_ADMIN_TOKEN, SAMPLE_SCIM_TOKEN, SAMPLE_USER_TOKEN, Token,
    TokenTable,
};
pub use scim::ScimUsers;
pub use state::{DEFAULT_MAX_ITEMS, Seed, Stateful};
pub use urls::{BaseUrl, EXAMPLE_HOST, OwnUrls};

/// The published 3.1 document, served at `/api/v4/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("../../../spec/openapi.json");
/// The 3.0.3 conversion, served at `/api/v4/openapi-3.0.json`.
pub const OPENAPI_30_JSON: &str = include_str!("../../../spec/openapi-3.0.json");

/// [`OPENAPI_JSON`] parsed, once: the SCIM users and the stateful rules are read from it
/// (`null` if it were not JSON, which the build rules out).
#[must_use]
pub fn published_document() -> &'static serde_json::Value {
    static DOCUMENT: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(|| serde_json::from_str(OPENAPI_JSON).unwrap_or_default())
}

/// The interactive docs (Swagger UI with the spec embedded), served at `/docs`.
pub const DOCS_HTML: &str = include_str!("../../../generated/docs/index.html");

/// How to run the mock.
pub const USAGE: &str = "\
gitlab-mock: a local fake GitLab answering every operation with its documented example

usage: gitlab-mock [options]
  --host ADDR           address to listen on (default 127.0.0.1)
  --port N              port to listen on; 0 picks a free one (default 8080)
  --tokens FILE         JSON token table: {\"users\": [{\"id\", \"username\", \"admin\"}],
                        \"tokens\": [{\"token\", \"user_id\", \"scopes\"}]}
  --admin-token T       token of the administrator (api and sudo scopes)
  --user-token T        token of the ordinary user
  --no-sudo-token T     token of the administrator without the sudo scope
  --body-limit BYTES    largest request body accepted (default 10485760)
  --uri-limit BYTES     longest request URI accepted (default 8192)
  --stateful            keep resources in memory: POST creates, GET, PUT and
                        DELETE see it; operations the rules cannot place still
                        answer their examples (counts are printed at start-up)
  --seed FILE           what the stateful mock starts with (implies --stateful):
                        {\"users\": [...], \"groups\": [...], \"projects\": [...]},
                        each item's fields over the documented example
  --max-items N         stored items at most; more answers 507 (default 100000)
  -h, --help            this text

Without --tokens, the built-in sample table is used; the --*-token flags
replace its tokens. Without --seed, the stateful mock starts with the token
table's users, the group `group` and the projects `group/project` (ID 1) and
`group/other` (ID 2). In stateful mode POST /-/mock/reset goes back to the
seed and GET /-/mock/state dumps the store. The first line printed is
`listening on http://ADDR:PORT`.";

/// Settings of the mock.
#[derive(Clone, Debug)]
pub struct Options {
    /// Address to listen on.
    pub host: String,
    /// Port to listen on (0: any free port).
    pub port: u16,
    /// Who may call, with which tokens.
    pub tokens: TokenTable,
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// Longest request URI, in bytes.
    pub uri_limit: usize,
    /// The store of the stateful mode; `None` answers every operation with its example.
    pub state: Option<Arc<Stateful>>,
}

impl Default for Options {
    fn default() -> Self {
        let config = ServerConfig::default();
        Self {
            host: "127.0.0.1".into(),
            port: 8080,
            tokens: TokenTable::sample(),
            body_limit: config.body_limit,
            uri_limit: config.uri_limit,
            state: None,
        }
    }
}

/// What the command line asked for.
#[derive(Debug)]
pub enum Command {
    /// Serve with these options.
    Serve(Options),
    /// Print [`USAGE`].
    Help,
}

/// Which of the sample table's tokens a `--*-token` flag replaces.
#[derive(Clone, Copy)]
enum Role {
    Admin,
    User,
    AdminWithoutSudo,
}

impl Options {
    /// Parses command-line arguments (without the program name).
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
        let mut options = Options::default();
        let mut tokens_file: Option<PathBuf> = None;
        let mut seed_file: Option<PathBuf> = None;
        let mut stateful = false;
        let mut max_items = DEFAULT_MAX_ITEMS;
        let mut replacements = Vec::new();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("`{flag}` needs a value"));
            match flag.as_str() {
                "-h" | "--help" => return Ok(Command::Help),
                "--host" => options.host = value()?,
                "--port" => options.port = number(&flag, &value()?)?,
                "--tokens" => tokens_file = Some(PathBuf::from(value()?)),
                "--admin-token" => replacements.push((Role::Admin, value()?)),
                "--user-token" => replacements.push((Role::User, value()?)),
                "--no-sudo-token" => replacements.push((Role::AdminWithoutSudo, value()?)),
                "--body-limit" => options.body_limit = number(&flag, &value()?)?,
                "--uri-limit" => options.uri_limit = number(&flag, &value()?)?,
                "--stateful" => stateful = true,
                "--seed" => seed_file = Some(PathBuf::from(value()?)),
                "--max-items" => max_items = number(&flag, &value()?)?,
                other => return Err(format!("unknown option `{other}`; see --help")),
            }
        }
        if let Some(path) = tokens_file {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            options.tokens = serde_json::from_str(&text)
                .map_err(|e| format!("{} is not a token table: {e}", path.display()))?;
        }
        for (role, token) in replacements {
            replace_token(&mut options.tokens, role, token)?;
        }
        if stateful || seed_file.is_some() {
            let seed = match seed_file {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    serde_json::from_str(&text)
                        .map_err(|e| format!("{} is not seed data: {e}", path.display()))?
                }
                None => Seed::sample(&options.tokens),
            };
            let state = Stateful::published(&seed, max_items)
                .map_err(|e| format!("cannot start the stateful mock: {e}"))?;
            options.state = Some(Arc::new(state));
        }
        Ok(Command::Serve(options))
    }
}

fn number<T: std::str::FromStr>(flag: &str, text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("`{flag}` takes a number, not `{text}`"))
}

fn replace_token(table: &mut TokenTable, role: Role, token: String) -> Result<(), String> {
    let admins: Vec<u64> = table
        .users
        .iter()
        .filter(|u| u.admin)
        .map(|u| u.id)
        .collect();
    let found = table.tokens.iter_mut().find(|t| {
        let admin = admins.contains(&t.user_id);
        let sudo = t.scopes.iter().any(|s| s == "sudo");
        match role {
            Role::Admin => admin && sudo,
            Role::User => !admin,
            Role::AdminWithoutSudo => admin && !sudo,
        }
    });
    match found {
        Some(entry) => {
            entry.token = token;
            Ok(())
        }
        None => Err("the token table has no token of that kind to replace".into()),
    }
}

/// The mock as a service: the generated server, finished with GitLab's conventions, with the
/// example instance's URLs in its answers rewritten to the mock's own, behind the check of the
/// SCIM user a request names.
pub type MockApp = ScimUsers<OwnUrls<gitlab_server_support::GitLabApp>>;

/// The whole mock: the API under `/api/v4` and the SCIM API under `/api/scim/v2`, the spec,
/// and the docs.
pub fn app(options: &Options) -> MockApp {
    let config = Arc::new(ServerConfig {
        auth: Authenticator::new(options.tokens.clone()),
        body_limit: options.body_limit,
        uri_limit: options.uri_limit,
        intercept: options
            .state
            .clone()
            .map(|state| state as Arc<dyn gitlab_server_support::Intercept>),
        ..ServerConfig::default()
    });
    let mut routes = gitlab_server::routes(Arc::new(gitlab_server::ExampleApi), config.clone())
        .route(
            "/api/v4/openapi.json",
            axum::routing::get(|| async { json(OPENAPI_JSON) }),
        )
        .route(
            "/api/v4/openapi-3.0.json",
            axum::routing::get(|| async { json(OPENAPI_30_JSON) }),
        )
        .route("/docs", axum::routing::get(|| async { html(DOCS_HTML) }))
        .route("/docs/", axum::routing::get(|| async { html(DOCS_HTML) }))
        .route(
            "/",
            axum::routing::get(|| async { axum::response::Redirect::temporary("/docs") }),
        );
    if let Some(state) = &options.state {
        routes = routes.merge(control_routes(state));
    }
    let app = OwnUrls::new(gitlab_server_support::finish(routes, config));
    ScimUsers::new(app, options.tokens.clone())
}

/// The stateful mode's test controls, outside `/api/v4` and the published spec:
/// `POST /-/mock/reset` (204) and `GET /-/mock/state`.
fn control_routes(state: &Arc<Stateful>) -> axum::Router {
    let reset = Arc::clone(state);
    let dump = Arc::clone(state);
    axum::Router::new()
        .route(
            "/-/mock/reset",
            axum::routing::post(move || async move {
                reset.reset();
                axum::http::StatusCode::NO_CONTENT
            }),
        )
        .route(
            "/-/mock/state",
            axum::routing::get(move || async move { axum::Json(dump.state()) }),
        )
}

fn html(body: &'static str) -> axum::response::Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

fn json(body: &'static str) -> axum::response::Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}
