//! `cargo xtask bench-mock`: the mock against a minimal axum handler, in the same run: requests
//! per second measured with `wrk` on loopback, and instructions per request counted with
//! callgrind.
//!
//! The mock's request is a simple list with authentication, validation and pagination headers:
//! `GET /api/v4/projects/group%2Fproject/issues?state=opened&per_page=20` with a
//! `PRIVATE-TOKEN`. The baseline answers the same body from a bare route. Each server is
//! measured with `wrk` twice, alternating, and the ratio of the averages is reported.
//!
//! Requests per second depend on everything else the machine runs; the instruction count does
//! not. Each server is started under `valgrind --tool=callgrind`, sent [`WARM_UP`] requests one
//! after the other on one keep-alive connection (start-up, lazy caches, the connection), then
//! its counters are zeroed with `callgrind_control`, [`COUNTED`] more requests are sent and
//! the counters are dumped: the instructions of those requests alone, all threads included,
//! divided by their number.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};

/// The token the servers are started with and every request sends.
pub(crate) const TOKEN: &str = "bench-token";
const PATH: &str = "/api/v4/projects/group%2Fproject/issues?state=opened&per_page=20";

/// Builds these targets of `package` (such as `--bin gitlab-mock`, `--example minimal`) in
/// release mode and returns the directory they are in.
pub(crate) fn build_release(root: &Path, package: &str, targets: &[&str]) -> Result<PathBuf> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["build", "--release", "--locked", "-p", package])
        .args(targets)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("building {package} failed");
    }
    Ok(crate::generate::target_dir(root).join("release"))
}

/// The mean of the rates measured for `name`.
pub(crate) fn average(results: &[(&str, f64)], name: &str) -> f64 {
    let rates: Vec<f64> = results
        .iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, r)| *r)
        .collect();
    rates.iter().sum::<f64>() / rates.len().max(1) as f64
}

/// Builds both servers in release mode, runs the measurements and prints the result.
pub fn run(root: &Path, seconds: u32, connections: u32) -> Result<()> {
    let release = build_release(
        root,
        "gitlab-mock",
        &["--bin", "gitlab-mock", "--example", "minimal"],
    )?;
    let servers = [
        (
            "mock",
            release.join("gitlab-mock"),
            vec!["--port", "0", "--admin-token", TOKEN],
        ),
        ("minimal", release.join("examples/minimal"), vec!["0"]),
    ];
    let mut results = Vec::new();
    for round in 0..2 {
        for (name, program, args) in &servers {
            let mut server = Server::start(&[], program, args)?;
            let url = format!("{}{PATH}", server.base);
            let rate = wrk(&url, seconds, connections)?;
            server.stop();
            println!("round {}: {name:<8} {rate:>10.0} requests/s", round + 1);
            results.push((*name, rate));
        }
    }
    let (mock, minimal) = (average(&results, "mock"), average(&results, "minimal"));
    println!(
        "mock {mock:.0} requests/s, minimal axum {minimal:.0} requests/s, ratio {:.2}",
        mock / minimal
    );
    let mut counts = Vec::new();
    for (name, program, args) in &servers {
        let count = instructions(program, args)?;
        println!("{name:<8} {count:>10.0} instructions/request");
        counts.push(count);
    }
    println!(
        "mock {:.0} instructions/request, minimal axum {:.0}, ratio {:.2}",
        counts[0],
        counts[1],
        counts[0] / counts[1]
    );
    Ok(())
}

/// Requests sent to a server under callgrind before its counters are zeroed.
pub const WARM_UP: u32 = 300;
/// Requests whose instructions are counted.
pub const COUNTED: u32 = 2000;

/// Instructions per request of the server `program`, counted by callgrind over [`COUNTED`]
/// requests after [`WARM_UP`] others.
fn instructions(program: &Path, args: &[&str]) -> Result<f64> {
    let dir = std::env::temp_dir().join(format!("bench-mock-callgrind-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let out = dir.join("callgrind.out");
    let valgrind = [
        "valgrind".to_owned(),
        "--tool=callgrind".to_owned(),
        format!("--callgrind-out-file={}", out.display()),
    ];
    let mut server = Server::start(&valgrind, program, args)?;
    let counted = (|| {
        let mut client = Client::connect(&server.base)?;
        for _ in 0..WARM_UP {
            client.get()?;
        }
        callgrind_control("--zero", server.child.id())?;
        for _ in 0..COUNTED {
            client.get()?;
        }
        callgrind_control("--dump", server.child.id())?;
        // Dumps are numbered from 1: `callgrind.out.1` is the one just written.
        let dump = dir.join("callgrind.out.1");
        let text = std::fs::read_to_string(&dump)
            .with_context(|| format!("reading {}", dump.display()))?;
        let total: f64 = text
            .lines()
            .find_map(|l| {
                l.strip_prefix("summary:")
                    .or_else(|| l.strip_prefix("totals:"))
            })
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .with_context(|| format!("no instruction total in {}", dump.display()))?;
        Ok(total / f64::from(COUNTED))
    })();
    server.stop();
    let _ = std::fs::remove_dir_all(&dir);
    counted
}

/// Runs `callgrind_control ACTION PID` (`--zero` or `--dump`), which acts right away, even on
/// a server waiting for a request.
fn callgrind_control(action: &str, pid: u32) -> Result<()> {
    let output = Command::new("callgrind_control")
        .args([action, &pid.to_string()])
        .output()
        .context("running callgrind_control (install valgrind)")?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() || !text.contains("OK") {
        bail!("callgrind_control {action} {pid} failed:\n{text}");
    }
    Ok(())
}

/// A keep-alive HTTP/1.1 connection sending requests one at a time (the benchmark's `GET`
/// unless told otherwise).
pub(crate) struct Client {
    stream: BufReader<TcpStream>,
    request: Vec<u8>,
    /// The `Host` header's value.
    authority: String,
}

impl Client {
    pub(crate) fn connect(base: &str) -> Result<Self> {
        let authority = base
            .strip_prefix("http://")
            .with_context(|| format!("not an http:// base URL: {base}"))?;
        let stream =
            TcpStream::connect(authority).with_context(|| format!("connecting to {base}"))?;
        stream.set_nodelay(true)?;
        let request =
            format!("GET {PATH} HTTP/1.1\r\nHost: {authority}\r\nPRIVATE-TOKEN: {TOKEN}\r\n\r\n")
                .into_bytes();
        Ok(Self {
            stream: BufReader::new(stream),
            request,
            authority: authority.to_owned(),
        })
    }

    /// Sends the benchmark's request and reads the whole answer, which must be a 200.
    fn get(&mut self) -> Result<()> {
        let request = std::mem::take(&mut self.request);
        let status = self.send(&request);
        self.request = request;
        match status? {
            200 => Ok(()),
            other => bail!("the server answered {other}"),
        }
    }

    /// Sends `POST path` with a JSON `body` and the benchmark's token; returns the status.
    pub(crate) fn post_json(&mut self, path: &str, body: &str) -> Result<u16> {
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nPRIVATE-TOKEN: {TOKEN}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.authority,
            body.len()
        );
        self.send(request.as_bytes())
    }

    /// Sends `request` and reads the whole answer (which must have a length); returns its
    /// status.
    fn send(&mut self, request: &[u8]) -> Result<u16> {
        self.stream.get_mut().write_all(request)?;
        let mut line = String::new();
        self.stream.read_line(&mut line)?;
        let status = line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse().ok())
            .with_context(|| format!("not an HTTP/1.1 status line: {:?}", line.trim()))?;
        let mut length = None;
        loop {
            line.clear();
            if self.stream.read_line(&mut line)? == 0 {
                bail!("the server closed the connection");
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse::<usize>().ok();
            }
        }
        let length = length.context("an answer without Content-Length")?;
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body)?;
        Ok(status)
    }
}

/// A server started for a measurement.
pub(crate) struct Server {
    child: Child,
    /// Its base URL, from its `listening on` line.
    pub(crate) base: String,
}

impl Server {
    /// Starts `program` with `args`, behind `wrapper` (such as valgrind) unless it is empty,
    /// and waits for its `listening on` line.
    pub(crate) fn start(wrapper: &[String], program: &Path, args: &[&str]) -> Result<Self> {
        let mut command = match wrapper.split_first() {
            Some((first, rest)) => {
                let mut command = Command::new(first);
                command.args(rest).arg(program);
                command
            }
            None => Command::new(program),
        };
        let mut child = command
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

    /// Its process ID.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) fn stop(&mut self) {
        // The servers hold no state; killing them is a clean enough end for a benchmark.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Requests per second `wrk` measures on `url` (2 threads), with the benchmark's token.
pub(crate) fn wrk(url: &str, seconds: u32, connections: u32) -> Result<f64> {
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
