//! `cargo xtask bench-stateful`: the stateful mock's list against the example mode's, and the
//! memory one stored issue takes.
//!
//! Both modes serve `GET /api/v4/projects/1/issues?state=opened&per_page=20` (the stateful one
//! after 20 issues were created there, so the page is full), measured with `wrk` on loopback,
//! alternating, twice each; the issue's target is a ratio of at least 0.5. Then the stateful
//! mock's resident memory (`VmRSS`) is read before and after creating 10,000 more issues over
//! one keep-alive connection, and the difference per issue is reported.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::bench_mock::{Client, Server, TOKEN, average, build_release, wrk};

/// The request measured in both modes.
const LIST: &str = "/api/v4/projects/1/issues?state=opened&per_page=20";

/// Issues created to measure memory.
const MEMORY_ISSUES: usize = 10_000;

/// Builds the mock in release mode, runs the measurements and prints the result.
pub fn run(root: &Path, seconds: u32, connections: u32) -> Result<()> {
    let release = build_release(root, "gitlab-mock", &["--bin", "gitlab-mock"])?;
    let program = release.join("gitlab-mock");
    let example_args = vec!["--port", "0", "--admin-token", TOKEN];
    let mut stateful_args = example_args.clone();
    stateful_args.push("--stateful");
    let mut results = Vec::new();
    for round in 0..2 {
        for (name, args) in [("example", &example_args), ("stateful", &stateful_args)] {
            let mut server = Server::start(&[], &program, args)?;
            if name == "stateful" {
                create_issues(&server.base, 20)?;
            }
            let rate = wrk(&format!("{}{LIST}", server.base), seconds, connections)?;
            server.stop();
            println!("round {}: {name:<8} {rate:>10.0} requests/s", round + 1);
            results.push((name, rate));
        }
    }
    let (example, stateful) = (average(&results, "example"), average(&results, "stateful"));
    println!(
        "20-item list: stateful {stateful:.0} requests/s, example mode {example:.0} requests/s, \
         ratio {:.2} (target 0.5)",
        stateful / example
    );

    let mut server = Server::start(&[], &program, &stateful_args)?;
    let pid = server.pid();
    create_issues(&server.base, 100)?;
    let before = resident_kib(pid)?;
    create_issues(&server.base, MEMORY_ISSUES)?;
    let after = resident_kib(pid)?;
    server.stop();
    let per_issue = (after.saturating_sub(before) as f64 * 1024.0) / MEMORY_ISSUES as f64;
    println!(
        "memory: {before} KiB resident after 100 issues, {after} KiB after {} more: \
         {per_issue:.0} bytes per stored issue",
        MEMORY_ISSUES
    );
    Ok(())
}

/// Creates `count` issues in project 1 over one keep-alive connection.
fn create_issues(base: &str, count: usize) -> Result<()> {
    let mut client = Client::connect(base)?;
    for n in 0..count {
        let body = format!(r#"{{"title":"issue {n}","labels":"bench"}}"#);
        let status = client.post_json("/api/v4/projects/1/issues", &body)?;
        if status != 201 {
            bail!("creating issue {n} answered {status}");
        }
    }
    Ok(())
}

/// The resident memory of process `pid`, in KiB.
fn resident_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .context("reading /proc/PID/status (Linux only)")?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmRSS in /proc/PID/status")
}
