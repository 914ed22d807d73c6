//! The baseline of the mock's benchmark (`cargo xtask bench-mock`): a minimal axum server that
//! answers `GET /api/v4/projects/{id}/issues` with the same example body (the same bytes) as the mock, without
//! authentication, validation or pagination headers.

use axum::http::header;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let port = std::env::args().nth(1).unwrap_or_else(|| "0".into());
    let document: serde_json::Value = match serde_json::from_str(gitlab_mock::OPENAPI_30_JSON) {
        Ok(document) => document,
        Err(error) => {
            eprintln!("minimal: the embedded document is not JSON: {error}");
            std::process::exit(1);
        }
    };
    let example = &document["paths"]["/projects/{id}/issues"]["get"]["responses"]["200"]["content"]
        ["application/json"]["example"];
    // The spec's examples are written with two-space indentation, which is what the mock sends
    // and what `to_string_pretty` produces: both servers send the same bytes.
    let body = serde_json::to_string_pretty(example).unwrap_or_default();
    let body: &'static str = Box::leak(body.into_boxed_str());
    let app = axum::Router::new().route(
        "/api/v4/projects/{id}/issues",
        axum::routing::get(
            move || async move { ([(header::CONTENT_TYPE, "application/json")], body) },
        ),
    );
    let listener = match tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("minimal: cannot listen: {error}");
            std::process::exit(1);
        }
    };
    if let Ok(address) = listener.local_addr() {
        println!("listening on http://{address}");
    }
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("minimal: {error}");
    }
}
