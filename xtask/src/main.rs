//! Maintainer tasks for the workspace, run as `cargo xtask <task>`.
//!
//! - `generate`: writes every generated file (the OpenAPI documents under `spec/`).
//! - `generate --check`: writes nothing; fails and names every stale file when the committed
//!   files differ from what `generate` would write.

use xtask::generate;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate::run(generate::Mode::Write),
        ["generate", "--check"] => generate::run(generate::Mode::Check),
        _ => {
            eprintln!("usage: cargo xtask generate [--check]");
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
