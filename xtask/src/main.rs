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
//! - `bench-codegen [--input FILE] [--copies 1,2,4]`: the release `gitlab-codegen` on documents
//!   of 1, 2 and 4 renamed copies of GitHub's description (or FILE): time and peak memory per
//!   operation (needs `/usr/bin/time`).

use std::collections::HashMap;
use std::path::PathBuf;

use xtask::{bench_codegen, bench_mock, bench_stateful, corpus, coverage, generate};

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
        ["bench-codegen", rest @ ..] => bench_codegen_options(rest)
            .and_then(|options| bench_codegen::run(&generate::workspace_root(), &options)),
        _ => {
            eprintln!(
                "usage: cargo xtask generate [--check] | cargo xtask coverage [--verbose] [--docs DIR] | cargo xtask bench-mock [--seconds N] [--connections N] | cargo xtask bench-stateful [--seconds N] [--connections N] | cargo xtask corpus [--dir DIR] [--codegen FILE] [--python FILE] [--github-features all|TAG,TAG] | cargo xtask bench-codegen [--input FILE] [--copies 1,2,4]"
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

/// The flags of `command`, each `--name VALUE`; fails on an argument not in `known` and on a
/// flag without its value.
fn flags<'a>(
    command: &str,
    args: &[&'a str],
    known: &[&str],
) -> anyhow::Result<HashMap<&'a str, &'a str>> {
    let mut flags = HashMap::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if !known.contains(arg) {
            anyhow::bail!("{command}: unknown argument {arg:?}");
        }
        let value = args
            .next()
            .ok_or_else(|| anyhow::anyhow!("{command}: {arg} needs a value"))?;
        flags.insert(*arg, *value);
    }
    Ok(flags)
}

/// The options of `cargo xtask corpus`, with defaults under this workspace's target dir.
fn corpus_options(args: &[&str]) -> anyhow::Result<corpus::Options> {
    let flags = flags(
        "corpus",
        args,
        &["--dir", "--codegen", "--python", "--github-features"],
    )?;
    let flag = |name: &str| flags.get(name).copied();
    let target = generate::target_dir(&generate::workspace_root());
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

/// The options of `cargo xtask bench-codegen`: GitHub's description, 1, 2 and 4 copies.
fn bench_codegen_options(args: &[&str]) -> anyhow::Result<bench_codegen::Options> {
    let flags = flags("bench-codegen", args, &["--input", "--copies"])?;
    let copies = flags.get("--copies").copied().unwrap_or("1,2,4");
    let copies = copies
        .split(',')
        .map(|n| n.trim().parse())
        .collect::<Result<Vec<usize>, _>>()
        .map_err(|e| anyhow::anyhow!("bench-codegen: --copies {copies}: {e}"))?;
    Ok(bench_codegen::Options {
        input: flags.get("--input").map(PathBuf::from),
        copies,
    })
}
