//! Maintainer tasks for the workspace, run as `cargo xtask <task>`.
//!
//! - `generate`: writes every generated file (the OpenAPI documents under `spec/`).
//! - `generate --check`: writes nothing; fails and names every stale file when the committed
//!   files differ from what `generate` would write.
//! - `coverage [--verbose] [--docs DIR]`: how many of the endpoints in GitLab's docs the spec
//!   describes, page by page.
//! - `bench-mock [--seconds N] [--connections N]`: requests per second and instructions per
//!   request of the mock against a minimal axum handler (needs `wrk` and valgrind).
//! - `bench-stateful [--seconds N] [--connections N]`: the stateful mock's 20-item list against
//!   the example mode's, and the memory per stored issue (needs `wrk`; Linux).
//! - `corpus [--dir DIR] [--codegen FILE] [--python FILE] [--github-features all|TAG,TAG]`:
//!   `gitlab-codegen` on GitHub's description and ReadMe's example documents (from npm), every
//!   crate checked by cargo; fails when a valid document does not give a clean crate.

use std::path::PathBuf;

use xtask::{bench_mock, bench_stateful, corpus, coverage, generate};

use std::process::ExitCode;

// `generate` builds syntax trees and text on every core: glibc's malloc and free took a third of
// its time, mimalloc (as in `gitlab-codegen` and the mock) most of it back.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        [bench @ ("bench-mock" | "bench-stateful"), rest @ ..] => {
            let flag = |name: &str, default: u32| {
                rest.iter()
                    .position(|a| *a == name)
                    .and_then(|i| rest.get(i + 1))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(default)
            };
            let run = if *bench == "bench-mock" {
                bench_mock::run
            } else {
                bench_stateful::run
            };
            run(
                &generate::workspace_root(),
                flag("--seconds", 10),
                flag("--connections", 32),
            )
        }
        ["corpus", rest @ ..] => corpus_options(rest)
            .and_then(|options| corpus::run(&generate::workspace_root(), &options)),
        _ => {
            eprintln!(
                "usage: cargo xtask generate [--check] | cargo xtask coverage [--verbose] [--docs DIR] | cargo xtask bench-mock [--seconds N] [--connections N] | cargo xtask bench-stateful [--seconds N] [--connections N] | cargo xtask corpus [--dir DIR] [--codegen FILE] [--python FILE] [--github-features all|TAG,TAG]"
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

/// The options of `cargo xtask corpus`, with defaults under this workspace's target dir.
fn corpus_options(args: &[&str]) -> anyhow::Result<corpus::Options> {
    let flag = |name: &str| {
        args.iter()
            .position(|a| *a == name)
            .and_then(|i| args.get(i + 1))
            .copied()
    };
    let known = ["--dir", "--codegen", "--python", "--github-features"];
    for (i, arg) in args.iter().enumerate() {
        let is_value = i > 0 && known.contains(&args[i - 1]);
        if !is_value && !known.contains(arg) {
            anyhow::bail!("corpus: unknown argument {arg:?}");
        }
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| generate::workspace_root().join("target"), PathBuf::from);
    let github_features = match flag("--github-features") {
        None | Some("all") => corpus::GithubFeatures::All,
        Some(list) => corpus::GithubFeatures::Only(list.split(',').map(str::to_owned).collect()),
    };
    Ok(corpus::Options {
        dir: flag("--dir").map_or_else(|| target.join("corpus"), PathBuf::from),
        codegen: flag("--codegen")
            .map_or_else(|| target.join("debug/gitlab-codegen"), PathBuf::from),
        python: PathBuf::from(flag("--python").unwrap_or("python3")),
        github_features,
    })
}
