//! The `gitlab-mock` binary as a user runs it: flags and a token file, the first stdout line,
//! the docs and the spec, sudo with the three kinds of token, request logging without secrets,
//! a clean exit on SIGINT, `--help`, and an unknown flag.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gitlab-mock");

const ADMIN: &str = "tok-admin-7f3a91";
const USER: &str = "tok-user-2c8e55";
const NO_SUDO: &str = "tok-nosudo-b41d07";

/// A running mock process.
struct Running {
    child: Child,
    base: String,
    stderr: Arc<Mutex<String>>,
    stderr_reader: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    fn start(args: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn gitlab-mock");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("first stdout line");
        let base = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line was {first:?}"))
            .to_owned();
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let mut pipe = child.stderr.take().expect("stderr");
        let stderr_reader = std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            loop {
                match pipe.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink
                        .lock()
                        .expect("lock")
                        .push_str(&String::from_utf8_lossy(&buffer[..n])),
                }
            }
        });
        Self {
            child,
            base,
            stderr,
            stderr_reader: Some(stderr_reader),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends SIGINT and waits up to five seconds; returns whether it exited successfully and
    /// everything it wrote to stderr.
    fn interrupt(mut self) -> (bool, String) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill");
        assert!(status.success(), "kill -INT failed");
        let deadline = Instant::now() + Duration::from_secs(5);
        let exit = loop {
            if let Some(exit) = self.child.try_wait().expect("try_wait") {
                break Some(exit);
            }
            if Instant::now() > deadline {
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let Some(exit) = exit else {
            let _ = self.child.kill();
            let _ = self.child.wait();
            panic!("gitlab-mock did not exit within 5 s of SIGINT");
        };
        if let Some(reader) = self.stderr_reader.take() {
            reader.join().expect("stderr reader");
        }
        let log = self.stderr.lock().expect("lock").clone();
        (exit.success(), log)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().build().expect("client")
}

async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("status {status}: body is not JSON ({e}): {text:?}"));
    (status, body)
}

async fn get_version(
    client: &reqwest::Client,
    m: &Running,
    token: &str,
    sudo: Option<&str>,
) -> (u16, Value) {
    let mut request = client
        .get(m.url("/api/v4/version"))
        .header("PRIVATE-TOKEN", token);
    if let Some(who) = sudo {
        request = request.header("Sudo", who);
    }
    json_of(request.send().await.expect("request")).await
}

fn version_example() -> Value {
    json!({"version": "8.13.0-pre", "revision": "4e963fe"})
}

fn not_admin() -> (u16, Value) {
    (
        403,
        json!({"message": "403 Forbidden - Must be admin to use sudo"}),
    )
}

fn insufficient_scope() -> (u16, Value) {
    (
        403,
        json!({
            "error": "insufficient_scope",
            "error_description": "The request requires higher privileges than provided by the access token.",
            "scope": "sudo"
        }),
    )
}

#[tokio::test]
async fn binary_serves_docs_spec_and_tokens_from_flags_logs_without_secrets_and_stops_on_sigint() {
    let m = Running::start(&[
        "--port",
        "0",
        "--admin-token",
        ADMIN,
        "--user-token",
        USER,
        "--no-sudo-token",
        NO_SUDO,
    ]);
    let client = client();

    let docs = client.get(m.url("/docs")).send().await.expect("docs");
    assert_eq!(docs.status(), 200);
    assert_eq!(
        docs.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/html; charset=utf-8")
    );
    let html = docs.text().await.expect("docs body");
    assert!(
        html.to_ascii_lowercase().contains("swagger"),
        "no Swagger UI in /docs"
    );

    let (status, spec) = json_of(
        client
            .get(m.url("/api/v4/openapi.json"))
            .send()
            .await
            .expect("spec"),
    )
    .await;
    assert_eq!(status, 200);
    let version = spec["openapi"].as_str().unwrap_or_default();
    assert!(
        version.starts_with("3.1"),
        "openapi field is {:?}",
        spec["openapi"]
    );
    assert!(spec["paths"]["/version"].is_object() || spec["paths"]["/api/v4/version"].is_object());

    assert_eq!(
        get_version(&client, &m, ADMIN, Some("alice")).await,
        (200, version_example())
    );
    assert_eq!(
        get_version(&client, &m, USER, None).await,
        (200, version_example())
    );
    assert_eq!(
        get_version(&client, &m, USER, Some("root")).await,
        not_admin()
    );
    assert_eq!(
        get_version(&client, &m, NO_SUDO, None).await,
        (200, version_example())
    );
    assert_eq!(
        get_version(&client, &m, NO_SUDO, Some("alice")).await,
        insufficient_scope()
    );
    // The replaced sample tokens no longer work.
    assert_eq!(
        get_version(&client, &m, gitlab_mock::SAMPLE_ADMIN_TOKEN, None).await,
        (401, json!({"message": "401 Unauthorized"}))
    );

    let query = client
        .get(m.url(&format!("/api/v4/version?private_token={USER}&x=1")))
        .send()
        .await
        .expect("request");
    assert_eq!(query.status(), 200);
    let access = client
        .get(m.url(&format!("/api/v4/projects/1/issues?access_token={ADMIN}")))
        .send()
        .await
        .expect("request");
    assert_eq!(access.status(), 200);
    let bearer = client
        .get(m.url("/api/v4/user"))
        .bearer_auth(NO_SUDO)
        .header("cookie", format!("_gitlab_session={USER}"))
        .send()
        .await
        .expect("request");
    assert_eq!(bearer.status(), 200);

    // Keep `client` (and its idle keep-alive connections) alive across the signal.
    let (success, log) = m.interrupt();
    drop(client);
    assert!(
        success,
        "gitlab-mock did not exit successfully; stderr:\n{log}"
    );
    for line in [
        "GET /docs 200",
        "GET /api/v4/openapi.json 200",
        "GET /api/v4/version 200",
        "GET /api/v4/version 403",
        "GET /api/v4/version 401",
        "GET /api/v4/version?private_token=[REDACTED]&x=1 200",
        "GET /api/v4/projects/1/issues?access_token=[REDACTED] 200",
        "GET /api/v4/user 200",
    ] {
        assert!(log.contains(line), "no log line with {line:?} in:\n{log}");
    }
    for secret in [ADMIN, USER, NO_SUDO] {
        assert!(
            !log.contains(secret),
            "token {secret} leaked into the log:\n{log}"
        );
    }
}

#[tokio::test]
async fn binary_reads_a_token_file_and_flags_replace_its_tokens() {
    let table = json!({
        "users": [
            {"id": 10, "username": "boss", "admin": true},
            {"id": 11, "username": "carol", "admin": false}
        ],
        "tokens": [
            {"token": "file-admin-sudo", "user_id": 10, "scopes": ["api", "sudo"]},
            {"token": "file-admin-plain", "user_id": 10, "scopes": ["api"]},
            {"token": "file-user", "user_id": 11, "scopes": ["api"]}
        ]
    });
    let path = std::env::temp_dir().join(format!(
        "gitlab-mock-tokens-{}-{}.json",
        std::process::id(),
        Instant::now().elapsed().as_nanos()
    ));
    std::fs::write(&path, table.to_string()).expect("write token file");
    let path_text = path.to_str().expect("UTF-8 temp path").to_owned();
    let client = client();

    let m = Running::start(&["--port", "0", "--tokens", &path_text]);
    assert_eq!(
        get_version(&client, &m, "file-admin-sudo", Some("carol")).await,
        (200, version_example())
    );
    assert_eq!(
        get_version(&client, &m, "file-admin-sudo", Some("alice")).await,
        (
            404,
            json!({"message": "404 User with ID or username 'alice' Not Found"})
        )
    );
    assert_eq!(
        get_version(&client, &m, "file-user", Some("boss")).await,
        not_admin()
    );
    assert_eq!(
        get_version(&client, &m, "file-admin-plain", Some("carol")).await,
        insufficient_scope()
    );
    // The sample table is not used once a file is given.
    assert_eq!(
        get_version(&client, &m, gitlab_mock::SAMPLE_USER_TOKEN, None).await,
        (401, json!({"message": "401 Unauthorized"}))
    );
    let (success, log) = m.interrupt();
    assert!(success, "{log}");
    for secret in ["file-admin-sudo", "file-admin-plain", "file-user"] {
        assert!(
            !log.contains(secret),
            "token {secret} leaked into the log:\n{log}"
        );
    }

    let m = Running::start(&[
        "--port",
        "0",
        "--tokens",
        &path_text,
        "--admin-token",
        ADMIN,
    ]);
    assert_eq!(
        get_version(&client, &m, ADMIN, Some("carol")).await,
        (200, version_example())
    );
    assert_eq!(
        get_version(&client, &m, "file-admin-sudo", None).await,
        (401, json!({"message": "401 Unauthorized"}))
    );
    assert_eq!(
        get_version(&client, &m, "file-user", None).await,
        (200, version_example())
    );
    let (success, log) = m.interrupt();
    let _ = std::fs::remove_file(&path);
    assert!(success, "{log}");
}

#[test]
fn help_prints_usage_and_exits_0() {
    for flag in ["--help", "-h"] {
        let output = Command::new(BIN).arg(flag).output().expect("run");
        assert_eq!(output.status.code(), Some(0), "{flag}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(stdout.trim_end(), gitlab_mock::USAGE, "{flag}");
        assert!(stdout.contains("usage: gitlab-mock [options]"), "{stdout}");
    }
}

#[test]
fn unknown_flag_exits_2_with_a_message() {
    let output = Command::new(BIN).arg("--bogus").output().expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim_end(),
        "gitlab-mock: unknown option `--bogus`; see --help"
    );
    assert!(output.stdout.is_empty());
    let missing = Command::new(BIN).arg("--port").output().expect("run");
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&missing.stderr).trim_end(),
        "gitlab-mock: `--port` needs a value"
    );
    let unreadable = Command::new(BIN)
        .args(["--tokens", "/nonexistent/gitlab-mock-tokens.json"])
        .output()
        .expect("run");
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unreadable.stderr)
            .starts_with("gitlab-mock: cannot read /nonexistent/gitlab-mock-tokens.json"),
    );
}
