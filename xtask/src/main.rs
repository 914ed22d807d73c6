//! Maintainer tasks for the workspace, run as `cargo xtask <task>`.
//!
//! - `generate`: writes every generated file (the OpenAPI documents under `spec/`).
//! - `generate --check`: writes nothing; fails and names every stale file when the committed
//!   files differ from what `generate` would write.
//! - `coverage [--verbose] [--docs DIR]`: how many of the endpoints in GitLab's docs the spec
//!   describes, page by page.
//! - `bench-mock [--seconds N] [--connections N]`: requests per second of the mock against a
//!   minimal axum handler (needs `wrk`).

use std::path::PathBuf;

use xtask::{bench_mock, coverage, generate};

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate::run(generate::Mode::Write),
        ["generate", "--check"] => generate::run(generate::Mode::Check),
        ["coverage", rest @ ..] => {
            let verbose = rest.contains(&"--verbose");
            let docs = rest
                .iter()
                .position(|a| *a == "--docs")
                .and_then(|i| rest.get(i + 1))
                .map_or_else(coverage::default_docs_dir, PathBuf::from);
            coverage::run(&docs, verbose)
        }
        ["bench-mock", rest @ ..] => {
            let flag = |name: &str, default: u32| {
                rest.iter()
                    .position(|a| *a == name)
                    .and_then(|i| rest.get(i + 1))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(default)
            };
            bench_mock::run(
                &generate::workspace_root(),
                flag("--seconds", 10),
                flag("--connections", 32),
            )
        }
        _ => {
            eprintln!(
                "usage: cargo xtask generate [--check] | cargo xtask coverage [--verbose] [--docs DIR] | cargo xtask bench-mock [--seconds N] [--connections N]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
