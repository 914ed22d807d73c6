//! `cargo xtask bench-mock`: requests per second of the mock against a minimal axum handler, in
//! the same run, measured with `wrk` on loopback.
//!
//! The mock's request is a simple list with authentication, validation and pagination headers:
//! `GET /api/v4/projects/group%2Fproject/issues?state=opened&per_page=20` with a
//! `PRIVATE-TOKEN`. The baseline answers the same body from a bare route. Each server is
//! measured twice, alternating, and the ratio of the averages is reported (the target
//! is at least 0.8).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};

const TOKEN: &str = "bench-token";
const PATH: &str = "/api/v4/projects/group%2Fproject/issues?state=opened&per_page=20";

/// Builds both servers in release mode, runs the measurements and prints the result.
pub fn run(root: &Path, seconds: u32, connections: u32) -> Result<()> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "gitlab-mock",
            "--bin",
            "gitlab-mock",
            "--example",
            "minimal",
        ])
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("building the mock failed");
    }
    let release = root.join("target/release");
    let mut results = Vec::new();
    for round in 0..2 {
        for (name, program, args) in [
            (
                "mock",
                release.join("gitlab-mock"),
                vec!["--port", "0", "--admin-token", TOKEN],
            ),
            ("minimal", release.join("examples/minimal"), vec!["0"]),
        ] {
            let mut server = Server::start(&program, &args)?;
            let url = format!("{}{PATH}", server.base);
            let rate = wrk(&url, seconds, connections)?;
            server.stop();
            println!("round {}: {name:<8} {rate:>10.0} requests/s", round + 1);
            results.push((name, rate));
        }
    }
    let average = |wanted: &str| {
        let rates: Vec<f64> = results
            .iter()
            .filter(|(n, _)| *n == wanted)
            .map(|(_, r)| *r)
            .collect();
        rates.iter().sum::<f64>() / rates.len().max(1) as f64
    };
    let (mock, minimal) = (average("mock"), average("minimal"));
    println!(
        "mock {mock:.0} requests/s, minimal axum {minimal:.0} requests/s, ratio {:.2}",
        mock / minimal
    );
    Ok(())
}

struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(program: &Path, args: &[&str]) -> Result<Self> {
        let mut child = Command::new(program)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", program.display()))?;
        let stdout = child.stdout.take().context("the server's stdout")?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .with_context(|| format!("unexpected first line from {}: {line:?}", program.display()))?
            .to_owned();
        Ok(Self { child, base })
    }

    fn stop(&mut self) {
        // The servers hold no state; killing them is a clean enough end for a benchmark.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wrk(url: &str, seconds: u32, connections: u32) -> Result<f64> {
    let output = Command::new("wrk")
        .args([
            "-t2",
            &format!("-c{connections}"),
            &format!("-d{seconds}s"),
            "-H",
            &format!("PRIVATE-TOKEN: {TOKEN}"),
            url,
        ])
        .output()
        .context("running wrk (install it with `apt-get install wrk`)")?;
    let text = String::from_utf8_lossy(&output.stdout);
    if text.contains("Non-2xx") {
        bail!("the server answered errors:\n{text}");
    }
    text.lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .with_context(|| format!("no Requests/sec in wrk's output:\n{text}"))
}
