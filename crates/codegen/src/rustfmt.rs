//! The last pass over generated Rust: rustfmt, so that a generated crate inside a workspace is
//! left unchanged by `cargo fmt` (prettyplease and rustfmt break lines differently).

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{Error, GeneratedFile, Result};

/// Runs every `.rs` file of `files` through rustfmt (`$RUSTFMT` when set, edition 2024), on a
/// few threads because rustfmt is the slow part of generation; other files are unchanged.
pub fn rustfmt_files(files: Vec<GeneratedFile>) -> Result<Vec<GeneratedFile>> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let chunks: Vec<Vec<GeneratedFile>> = files
        .chunks(files.len().div_ceil(workers).max(1))
        .map(<[_]>::to_vec)
        .collect();
    let formatted = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(format_file)
                        .collect::<Result<Vec<_>>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Result<Vec<_>>>()
    })?;
    Ok(formatted.into_iter().flatten().collect())
}

fn format_file(file: GeneratedFile) -> Result<GeneratedFile> {
    if !file.path.ends_with(".rs") {
        return Ok(file);
    }
    let contents = rustfmt(&file.path, &file.contents)?;
    Ok(GeneratedFile {
        path: file.path,
        contents,
    })
}

/// Formats the code of the file at `path` (named in errors).
fn rustfmt(path: &str, code: &str) -> Result<String> {
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let failed = |message: String| Error::Rustfmt {
        path: path.to_owned(),
        message,
    };
    let mut child = Command::new(&program)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| Error::RustfmtUnavailable {
            program: program.clone(),
            source,
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| failed("no stdin".into()))?;
    let input = code.to_owned();
    // Writing from another thread keeps a large file from filling both pipes at once.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| failed(e.to_string()))?;
    writer
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        .map_err(|e| failed(format!("writing its input: {e}")))?;
    if !output.status.success() {
        return Err(failed(String::from_utf8_lossy(&output.stderr).into_owned()));
    }
    String::from_utf8(output.stdout).map_err(|e| failed(e.to_string()))
}
