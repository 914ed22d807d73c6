//! A server of one tag written by hand: the project-issue operations of `IssuesApi` (list, get,
//! create) against an in-memory store, answering one page at a time, with its own accounts
//! behind `Authenticate`. The README shows it; `tests/in_memory_issues.rs` calls it over HTTP.
//!
//! ```sh
//! cargo run -p gitlab-mock --example in_memory_issues -- 8080
//! curl -H 'PRIVATE-TOKEN: alice-token' -d title=First localhost:8080/api/v4/projects/1/issues
//! curl -H 'PRIVATE-TOKEN: alice-token' 'localhost:8080/api/v4/projects/1/issues?per_page=2'
//! ```

use std::sync::{Arc, Mutex};

use gitlab_client::models::Issue;
use gitlab_server::issues::{
    CreateIssueInput, GetProjectIssueInput, IssuesApi, ListProjectIssuesInput,
};
use gitlab_server::support::{
    Authenticate, Authenticator, Credential, CredentialKind, GitLabApp, Identity, Lookup, User,
    UserRef, finish,
};
use gitlab_server::{ApiError, Input, Reply, ServerConfig, Total};

/// The issues of every project, in the order they were created.
#[derive(Default)]
pub struct IssueStore {
    issues: Mutex<Vec<Issue>>,
}

impl IssuesApi for IssueStore {
    async fn list_project_issues(
        &self,
        request: &Input,
        input: ListProjectIssuesInput,
    ) -> Result<Reply<Vec<Issue>>, ApiError> {
        let project = project_id(&input.id)?;
        let issues = self.issues.lock().map_err(|_| ApiError::Internal)?;
        let of_project = || issues.iter().filter(|issue| issue.project_id == project);
        // Only the requested page is taken from the store; the reply says how many there are.
        let positions = request.page.positions();
        let page = of_project()
            .skip(positions.start)
            .take(positions.len())
            .cloned()
            .collect();
        let total = of_project().count() as u64;
        Ok(Reply::page(page, Total::Known(total)))
    }

    async fn get_project_issue(
        &self,
        _request: &Input,
        input: GetProjectIssueInput,
    ) -> Result<Reply<Issue>, ApiError> {
        let project = project_id(&input.id)?;
        let issues = self.issues.lock().map_err(|_| ApiError::Internal)?;
        issues
            .iter()
            .find(|issue| issue.project_id == project && issue.iid == input.issue_iid)
            .cloned()
            .map(Reply::new)
            .ok_or_else(|| ApiError::NotFound("Issue".into()))
    }

    async fn create_issue(
        &self,
        request: &Input,
        input: CreateIssueInput,
    ) -> Result<Reply<Issue>, ApiError> {
        let project = project_id(&input.id)?;
        // The operation is not public: the support crate has authenticated the caller.
        let author = request.caller.as_ref().ok_or(ApiError::Unauthorized)?;
        let mut issues = self.issues.lock().map_err(|_| ApiError::Internal)?;
        let iid = issues.iter().filter(|i| i.project_id == project).count() as i64 + 1;
        let id = issues.len() as i64 + 1;
        let issue = new_issue(id, iid, project, &input.title, &author.user)?;
        issues.push(issue.clone());
        // Answered with the operation's status, 201.
        Ok(Reply::new(issue))
    }
}

/// The application's accounts; a real one would look tokens up in its database here.
pub struct Accounts {
    /// Every user.
    pub users: Vec<User>,
    /// `(token, user ID)` pairs.
    pub tokens: Vec<(String, u64)>,
}

impl Authenticate for Accounts {
    async fn authenticate(&self, credential: Credential<'_>) -> Lookup<Identity> {
        // Personal access tokens only: no job tokens, no browser sessions.
        if credential.kind() != CredentialKind::AccessToken {
            return Ok(None);
        }
        let Some((_, user_id)) = self.tokens.iter().find(|(t, _)| t == credential.secret) else {
            return Ok(None);
        };
        let user = self.find_user(UserRef::Id(*user_id)).await?;
        Ok(user.map(|user| Identity {
            user,
            scopes: vec!["api".into()],
        }))
    }

    async fn find_user(&self, user: UserRef<'_>) -> Lookup<User> {
        Ok(self
            .users
            .iter()
            .find(|u| match user {
                UserRef::Id(id) => u.id == id,
                UserRef::Username(name) => u.username.eq_ignore_ascii_case(name),
            })
            .cloned())
    }
}

/// The server: the routes of the Issues tag alone (its other operations answer 501), with
/// GitLab's conventions around them.
pub fn app(store: Arc<IssueStore>, accounts: Accounts) -> GitLabApp {
    let config = Arc::new(ServerConfig {
        auth: Authenticator::new(accounts),
        ..ServerConfig::default()
    });
    finish(gitlab_server::issues::routes(store, config.clone()), config)
}

/// `alice` (ID 1) with the token `alice-token`.
pub fn sample_accounts() -> Accounts {
    Accounts {
        users: vec![User {
            id: 1,
            username: "alice".into(),
            admin: false,
        }],
        tokens: vec![("alice-token".into(), 1)],
    }
}

/// The project of a numeric ID; paths (`group%2Fproject`) name no project of this store.
fn project_id(id: &str) -> Result<i64, ApiError> {
    id.parse().map_err(|_| ApiError::NotFound("Project".into()))
}

/// A new open issue with the fields GitLab always sends.
fn new_issue(
    id: i64,
    iid: i64,
    project: i64,
    title: &str,
    author: &User,
) -> Result<Issue, ApiError> {
    let web = format!("http://localhost/project-{project}/-/issues/{iid}");
    serde_json::from_value(serde_json::json!({
        "id": id, "iid": iid, "project_id": project, "title": title, "state": "opened",
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        "labels": [], "merge_requests_count": 0, "upvotes": 0, "downvotes": 0,
        "confidential": false, "issue_type": "issue", "severity": "UNKNOWN", "web_url": web,
        "author": {
            "id": author.id, "username": author.username, "name": author.username,
            "state": "active", "web_url": format!("http://localhost/{}", author.username),
        },
        "references": { "short": format!("#{iid}"), "relative": format!("#{iid}"), "full": format!("project-{project}#{iid}") },
        "task_completion_status": { "count": 0, "completed_count": 0 },
    }))
    .map_err(|_| ApiError::Internal)
}

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("in_memory_issues: cannot listen on port {port}: {error}");
            std::process::exit(1);
        }
    };
    println!("listening on http://127.0.0.1:{port}");
    let app = app(Arc::default(), sample_accounts());
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("in_memory_issues: {error}");
        std::process::exit(1);
    }
}
