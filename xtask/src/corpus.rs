//! `cargo xtask corpus`: `gitlab-codegen` on real OpenAPI documents that npm ships, every
//! generated crate checked by cargo in one workspace with one target directory.
//!
//! The documents are GitHub's description (`@octokit/openapi`, `generated/api.github.com.json`)
//! and every OpenAPI 3.x document of `@readme/oas-examples` (JSON and YAML; the Swagger 2.0 ones
//! are counted and skipped), both at pinned versions fetched with `npm pack`. Each document is
//! validated with `openapi-spec-validator` (one Python process, running while the crates are
//! generated and checked), generated with the `gitlab-codegen` binary and listed in a generated
//! workspace whose crates depend on `crates/client-runtime` by path, so shared dependencies are
//! compiled once. `cargo check --message-format=json` counts the errors and warnings of each
//! crate. The run fails when a valid document does not generate or its crate has an error or a
//! warning; a document the validator rejects is reported with the validator's reason and not
//! counted against the generator.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// An npm package at a pinned version, with the integrity npm reports for its tarball.
struct Package {
    /// `name@version`.
    spec: &'static str,
    /// The `sha512-...` integrity of the tarball (checked after `npm pack`).
    integrity: &'static str,
    /// The directory it is unpacked into, under the download directory.
    dir: &'static str,
}

/// GitHub's REST API description.
const OCTOKIT: Package = Package {
    spec: "@octokit/openapi@23.0.2",
    integrity: "sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg==",
    dir: "octokit-openapi",
};

/// ReadMe's collection of example documents, one per OpenAPI feature.
const OAS_EXAMPLES: Package = Package {
    spec: "@readme/oas-examples@8.2.2",
    integrity: "sha512-uytlvlylq3zpemG0h1R7ijlMBCajqXU0VpMI1Iw+j92s77Y/oT6pBf3BZN0lYl0WIGTh7POM4Jdu7L14eCzwXQ==",
    dir: "oas-examples",
};

/// GitHub's document inside its package.
const GITHUB_DOCUMENT: &str = "package/generated/api.github.com.json";

/// The crate name of GitHub's client in the corpus workspace.
const GITHUB_CRATE: &str = "github";

/// Validates every path given on the command line with openapi-spec-validator, one line each:
/// `path<TAB>valid` or `path<TAB>invalid<TAB>first line of the reason`.
const VALIDATOR: &str = r#"
import sys
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
for path in sys.argv[1:]:
    try:
        spec, _ = read_from_filename(path)
        validate(spec)
        print(path + "\tvalid", flush=True)
    except Exception as error:
        lines = str(error).splitlines() or [type(error).__name__]
        print(path + "\tinvalid\t" + lines[0], flush=True)
"#;

/// What `cargo xtask corpus` checks GitHub's crate with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GithubFeatures {
    /// Every tag (`--all-features`, with the other crates).
    All,
    /// Only these tag features, in a second `cargo check` of that crate's library alone (what CI
    /// does to stay within its time budget).
    Only(Vec<String>),
}

/// The options of `cargo xtask corpus`.
#[derive(Debug, Clone)]
pub struct Options {
    /// The scratch directory: downloads, generated crates, the workspace and its target dir.
    pub dir: PathBuf,
    /// The `gitlab-codegen` binary to run.
    pub codegen: PathBuf,
    /// A Python interpreter that can import `openapi_spec_validator`.
    pub python: PathBuf,
    /// How GitHub's crate is checked.
    pub github_features: GithubFeatures,
}

/// Whether a document is valid OpenAPI, by openapi-spec-validator.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Validity {
    Valid,
    /// Rejected, with the validator's reason.
    Invalid(String),
}

/// The result of generating a crate from one document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Generated {
    Yes,
    /// The generator failed, with its last line of stderr.
    No(String),
}

/// One document of the corpus and what happened to it.
#[derive(Debug)]
struct Document {
    /// Where it is, relative to the download directory (as printed in the table).
    label: String,
    path: PathBuf,
    /// The crate name in the corpus workspace.
    crate_name: String,
    operations: usize,
    validity: Option<Validity>,
    generated: Option<Generated>,
    /// Errors and warnings of its crate, when cargo checked it.
    diagnostics: Option<Diagnostics>,
    seconds: f64,
}

/// Compiler diagnostics of one crate.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Diagnostics {
    errors: usize,
    warnings: usize,
}

/// Runs the corpus test and prints the table; fails when a valid document fails.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    let start = Instant::now();
    if !options.codegen.is_file() {
        bail!(
            "no gitlab-codegen binary at {} (build it with `cargo build -p gitlab-codegen`, or pass --codegen FILE)",
            options.codegen.display()
        );
    }
    // Absolute: cargo reports absolute manifest paths, matched against this directory.
    let dir = std::path::absolute(&options.dir)
        .with_context(|| format!("resolving {}", options.dir.display()))?;
    let download = dir.join("download");
    std::fs::create_dir_all(&download)
        .with_context(|| format!("creating {}", download.display()))?;
    let octokit = fetch(&download, &OCTOKIT)?;
    let examples = fetch(&download, &OAS_EXAMPLES)?;

    let (mut documents, skipped) = collect(&download, &octokit, &examples)?;
    eprintln!(
        "corpus: {} OpenAPI 3.x documents; {} Swagger 2.0 documents skipped: {}",
        documents.len(),
        skipped.len(),
        skipped.join(", ")
    );

    let mut validator = Validator::spawn(&options.python, &documents)?;

    let crates = dir.join("crates");
    let runtime = root.join("crates/client-runtime");
    for document in &mut documents {
        let began = Instant::now();
        document.generated = Some(generate(
            &options.codegen,
            document,
            &crates.join(&document.crate_name),
            &runtime,
        )?);
        document.seconds = began.elapsed().as_secs_f64();
    }
    eprintln!("corpus: generated in {:.1?}", start.elapsed());

    let diagnostics = check(root, &dir, &documents, &options.github_features)?;
    for document in &mut documents {
        if document.generated == Some(Generated::Yes) {
            document.diagnostics = Some(
                diagnostics
                    .get(&document.crate_name)
                    .copied()
                    .unwrap_or_default(),
            );
        }
    }

    let validity = validator.finish()?;
    for document in &mut documents {
        document.validity = validity.get(&document.path).cloned();
    }

    print!("{}", table(&documents, &options.github_features));
    write_results(&dir.join("results.tsv"), &documents)?;
    let failures: Vec<&Document> = documents.iter().filter(|d| d.fails()).collect();
    let invalid = documents
        .iter()
        .filter(|d| matches!(d.validity, Some(Validity::Invalid(_))))
        .count();
    println!(
        "\n{} documents ({} skipped as Swagger 2.0, {invalid} rejected by openapi-spec-validator): {} generated, {} compile without errors or warnings; {:.0?} in all",
        documents.len(),
        skipped.len(),
        documents
            .iter()
            .filter(|d| d.generated == Some(Generated::Yes))
            .count(),
        documents.iter().filter(|d| d.compiles_clean()).count(),
        start.elapsed()
    );
    if !failures.is_empty() {
        let names: Vec<&str> = failures.iter().map(|d| d.label.as_str()).collect();
        bail!(
            "{} valid documents fail: {}",
            failures.len(),
            names.join(", ")
        );
    }
    Ok(())
}

impl Document {
    fn compiles_clean(&self) -> bool {
        self.diagnostics
            .is_some_and(|d| d.errors == 0 && d.warnings == 0)
    }

    /// Whether this document counts against the generator: it is valid (or its validity is
    /// unknown) and it did not generate a crate that checks cleanly.
    fn fails(&self) -> bool {
        !matches!(self.validity, Some(Validity::Invalid(_))) && !self.compiles_clean()
    }
}

/// GitHub's description, downloaded (when it is not already) under `dir/download` as `run`
/// does with the corpus directory `dir`.
pub(crate) fn github_document(dir: &Path) -> Result<PathBuf> {
    let download = dir.join("download");
    std::fs::create_dir_all(&download)
        .with_context(|| format!("creating {}", download.display()))?;
    Ok(fetch(&download, &OCTOKIT)?.join(GITHUB_DOCUMENT))
}

/// Downloads and unpacks `package` under `download` (once: an unpacked package is reused),
/// checking the tarball's integrity. Returns the unpacked directory.
fn fetch(download: &Path, package: &Package) -> Result<PathBuf> {
    let unpacked = download.join(package.dir);
    let stamp = unpacked.join(".integrity");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == package.integrity) {
        return Ok(unpacked);
    }
    eprintln!("corpus: npm pack {}", package.spec);
    let output = Command::new("npm")
        .args(["pack", "--json", "--silent", "--pack-destination"])
        .arg(download)
        .arg(package.spec)
        .stderr(Stdio::inherit())
        .output()
        .context("running npm pack (is Node.js installed?)")?;
    if !output.status.success() {
        bail!("npm pack {} failed", package.spec);
    }
    let report: Value =
        serde_json::from_slice(&output.stdout).context("reading npm pack's JSON report")?;
    let integrity = report[0]["integrity"].as_str().unwrap_or_default();
    let filename = report[0]["filename"]
        .as_str()
        .context("npm pack's report names no file")?;
    if integrity != package.integrity {
        bail!(
            "{}: the tarball's integrity is {integrity}, expected {}",
            package.spec,
            package.integrity
        );
    }
    if unpacked.exists() {
        std::fs::remove_dir_all(&unpacked)
            .with_context(|| format!("removing {}", unpacked.display()))?;
    }
    std::fs::create_dir_all(&unpacked)?;
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(download.join(filename))
        .arg("-C")
        .arg(&unpacked)
        .status()
        .context("running tar")?;
    if !status.success() {
        bail!("unpacking {filename} failed");
    }
    std::fs::write(&stamp, package.integrity)?;
    Ok(unpacked)
}

/// The corpus documents, GitHub's first, and the Swagger 2.0 documents left out.
fn collect(
    download: &Path,
    octokit: &Path,
    examples: &Path,
) -> Result<(Vec<Document>, Vec<String>)> {
    let mut documents = Vec::new();
    let github = octokit.join(GITHUB_DOCUMENT);
    documents.push(document(download, &github, GITHUB_CRATE.to_owned())?);
    let mut skipped = Vec::new();
    let mut files = Vec::new();
    walk(&examples.join("package"), &mut files)?;
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let Ok(value) = yaml_serde::from_str::<Value>(&text) else {
            continue;
        };
        let label = label(download, &path);
        if value.get("swagger").is_some() {
            skipped.push(label);
        } else if value
            .get("openapi")
            .and_then(Value::as_str)
            .is_some_and(|v| v.starts_with("3."))
        {
            let relative = path.strip_prefix(examples.join("package")).unwrap_or(&path);
            let crate_name = crate_name(relative);
            documents.push(document(download, &path, crate_name)?);
        }
    }
    Ok((documents, skipped))
}

/// Every `.json`, `.yaml` and `.yml` file under `dir` (except `package.json` and tool configs,
/// which are not OpenAPI documents and are recognised by their content anyway).
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|e| e == "json" || e == "yaml" || e == "yml")
        {
            files.push(path);
        }
    }
    Ok(())
}

/// `3.0/json/openapi-workshop/post.json` -> `oas-3-0-json-openapi-workshop-post`.
fn crate_name(relative: &Path) -> String {
    let stem = relative.with_extension("");
    let mut name = String::from("oas-");
    for c in stem.to_string_lossy().chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    name
}

fn label(download: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(download).unwrap_or(path);
    let text = relative.to_string_lossy();
    text.replacen("/package/", "/", 1)
}

fn document(download: &Path, path: &Path, crate_name: String) -> Result<Document> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let value: Value =
        yaml_serde::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    Ok(Document {
        label: label(download, path),
        path: path.to_path_buf(),
        crate_name,
        operations: operation_count(&value),
        validity: None,
        generated: None,
        diagnostics: None,
        seconds: 0.0,
    })
}

/// Operations declared under `paths` (path items that are `$ref`s count as none).
pub(crate) fn operation_count(document: &Value) -> usize {
    document
        .get("paths")
        .and_then(Value::as_object)
        .map_or(0, |paths| {
            paths
                .values()
                .map(|item| {
                    openapi_downgrade::METHODS
                        .iter()
                        .filter(|m| item.get(**m).is_some())
                        .count()
                })
                .sum()
        })
}

/// The validator, running in the background over every document.
struct Validator {
    child: Child,
}

impl Validator {
    fn spawn(python: &Path, documents: &[Document]) -> Result<Self> {
        let child = Command::new(python)
            .arg("-c")
            .arg(VALIDATOR)
            .args(documents.iter().map(|d| &d.path))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| {
                format!(
                    "running {} (a Python with openapi-spec-validator; pass --python FILE)",
                    python.display()
                )
            })?;
        Ok(Self { child })
    }

    /// Waits for the validator and reads its verdicts.
    fn finish(&mut self) -> Result<BTreeMap<PathBuf, Validity>> {
        let stdout = self.child.stdout.take().context("validator output")?;
        let mut verdicts = BTreeMap::new();
        for line in BufReader::new(stdout).lines() {
            let line = line?;
            let mut fields = line.splitn(3, '\t');
            let (Some(path), Some(verdict)) = (fields.next(), fields.next()) else {
                continue;
            };
            let validity = if verdict == "valid" {
                Validity::Valid
            } else {
                Validity::Invalid(fields.next().unwrap_or_default().to_owned())
            };
            verdicts.insert(PathBuf::from(path), validity);
        }
        let status = self.child.wait()?;
        if !status.success() {
            bail!("openapi-spec-validator failed ({status}); is it installed for that Python?");
        }
        Ok(verdicts)
    }
}

/// Runs `gitlab-codegen` on one document; a failure is a result, not an error.
fn generate(codegen: &Path, document: &Document, out: &Path, runtime: &Path) -> Result<Generated> {
    let mut command = Command::new(codegen);
    command
        .arg("--input")
        .arg(&document.path)
        .arg("--output")
        .arg(out)
        .arg("--name")
        .arg(&document.crate_name)
        .arg("--runtime-path")
        .arg(runtime);
    if document.crate_name == GITHUB_CRATE {
        command.arg("--tag-features");
    }
    let output = command
        .output()
        .with_context(|| format!("running {}", codegen.display()))?;
    if output.status.success() {
        return Ok(Generated::Yes);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
    Ok(Generated::No(last.unwrap_or("no message").to_owned()))
}

/// Writes the corpus workspace and checks it; errors and warnings per crate name.
fn check(
    root: &Path,
    dir: &Path,
    documents: &[Document],
    github: &GithubFeatures,
) -> Result<BTreeMap<String, Diagnostics>> {
    let members: Vec<&Document> = documents
        .iter()
        .filter(|d| d.generated == Some(Generated::Yes))
        .collect();
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus`: every generated crate of the corpus, one target dir.\n[workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for member in &members {
        writeln!(manifest, "    \"crates/{}\",", member.crate_name)?;
    }
    manifest.push_str("]\n");
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    // The same dependency versions as this workspace: nothing new to resolve or download.
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(root.join("Cargo.lock"), &lock).context("copying Cargo.lock")?;
    }
    // And the same toolchain, wherever the directory is (rustup looks for it upwards from the
    // directory cargo runs in).
    let toolchain = root.join("rust-toolchain.toml");
    if toolchain.is_file() {
        std::fs::copy(&toolchain, dir.join("rust-toolchain.toml"))
            .context("copying rust-toolchain.toml")?;
    }
    let github_member = members.iter().any(|m| m.crate_name == GITHUB_CRATE);
    let github_models = gitlab_codegen::models_crate_name(GITHUB_CRATE);
    // Each document's models crate (beside its client) counts for that document.
    let owners: BTreeMap<String, String> = members
        .iter()
        .flat_map(|m| {
            [
                (m.crate_name.clone(), m.crate_name.clone()),
                (
                    gitlab_codegen::models_crate_name(&m.crate_name),
                    m.crate_name.clone(),
                ),
            ]
        })
        .collect();
    let mut diagnostics = BTreeMap::new();
    match github {
        GithubFeatures::All => {
            cargo_check(
                dir,
                &["--workspace", "--all-features", "--all-targets"],
                &owners,
                &mut diagnostics,
            )?;
        }
        GithubFeatures::Only(features) => {
            let mut args = vec!["--workspace", "--all-features", "--all-targets"];
            if github_member {
                // Its models crate too: it is a member (a path dependency inside the workspace)
                // and checked with the tags below, not with every tag.
                args.extend(["--exclude", GITHUB_CRATE, "--exclude", &github_models]);
            }
            cargo_check(dir, &args, &owners, &mut diagnostics)?;
            if github_member {
                let features = features.join(",");
                cargo_check(
                    dir,
                    &[
                        "-p",
                        GITHUB_CRATE,
                        // The library only: its tests and examples assume every tag.
                        "--lib",
                        "--no-default-features",
                        "--features",
                        &features,
                    ],
                    &owners,
                    &mut diagnostics,
                )?;
            }
        }
    }
    Ok(diagnostics)
}

/// One `cargo check --message-format=json --keep-going ARGS` in the corpus workspace, adding the
/// errors and warnings of each crate to its document's in `diagnostics` (`owners` maps a crate,
/// client or models, to its document's crate; a crate it does not name counts as itself). The
/// summary lines ("aborting due to", "N warnings emitted") are not counted.
fn cargo_check(
    dir: &Path,
    args: &[&str],
    owners: &BTreeMap<String, String>,
    diagnostics: &mut BTreeMap<String, Diagnostics>,
) -> Result<()> {
    let began = Instant::now();
    eprintln!("corpus: cargo check {}", args.join(" "));
    let mut child = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        // Checked once: incremental state would only cost time and disk.
        .env("CARGO_INCREMENTAL", "0")
        .args(["check", "--message-format=json", "--keep-going"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("running cargo check")?;
    let stdout = child.stdout.take().context("cargo output")?;
    let crates = dir.join("crates");
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        if message["reason"] != "compiler-message" {
            continue;
        }
        let manifest = Path::new(message["manifest_path"].as_str().unwrap_or_default());
        let Some(name) = manifest
            .strip_prefix(&crates)
            .ok()
            .and_then(|p| p.components().next())
        else {
            continue;
        };
        let name = name.as_os_str().to_string_lossy().into_owned();
        let name = owners.get(&name).cloned().unwrap_or(name);
        let diagnostic = &message["message"];
        let summary = diagnostic["spans"]
            .as_array()
            .is_none_or(|spans| spans.is_empty())
            && diagnostic["code"].is_null();
        if summary {
            continue;
        }
        if let Some(rendered) = diagnostic["rendered"].as_str() {
            eprint!("{name}: {rendered}");
        }
        let entry = diagnostics.entry(name).or_default();
        match diagnostic["level"].as_str() {
            Some("error" | "error: internal compiler error") => entry.errors += 1,
            Some("warning") => entry.warnings += 1,
            _ => {}
        }
    }
    let status = child.wait()?;
    eprintln!(
        "corpus: cargo check {} finished ({status}) in {:.0?}",
        args.join(" "),
        began.elapsed()
    );
    // A failed build is reported per crate; a crate with errors but none counted (cargo itself
    // failed, e.g. a manifest it cannot read) must not pass.
    if !status.success() && diagnostics.values().all(|d| d.errors == 0) {
        bail!("cargo check failed without a compiler error (see cargo's message above)");
    }
    Ok(())
}

/// `results.tsv`: one line per document (label, path, crate, valid, generated, errors,
/// warnings), read by `xtask/corpus-peers.sh` to run the other generators on the same documents.
fn write_results(path: &Path, documents: &[Document]) -> Result<()> {
    let mut out = String::from("label\tpath\tcrate\tvalid\tgenerated\terrors\twarnings\n");
    for d in documents {
        let valid = match d.validity {
            Some(Validity::Valid) => "yes",
            Some(Validity::Invalid(_)) => "no",
            None => "?",
        };
        let generated = if d.generated == Some(Generated::Yes) {
            "yes"
        } else {
            "no"
        };
        let (errors, warnings) = d.diagnostics.map_or_else(
            || ("-".into(), "-".into()),
            |x| (x.errors.to_string(), x.warnings.to_string()),
        );
        writeln!(
            out,
            "{}\t{}\t{}\t{valid}\t{generated}\t{errors}\t{warnings}",
            d.label,
            d.path.display(),
            d.crate_name
        )?;
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// The Markdown table of every document.
fn table(documents: &[Document], github: &GithubFeatures) -> String {
    let mut out = String::from(
        "\n| document | valid | operations | generated | compiles (errors / warnings) |\n|---|---|---|---|---|\n",
    );
    for d in documents {
        let valid = match &d.validity {
            Some(Validity::Valid) => "yes".to_owned(),
            Some(Validity::Invalid(reason)) => format!("no: {}", cell(reason)),
            None => "?".to_owned(),
        };
        let generated = match &d.generated {
            Some(Generated::Yes) => format!("yes ({:.1} s)", d.seconds),
            Some(Generated::No(error)) => format!("no: {}", cell(error)),
            None => "-".to_owned(),
        };
        let compiles = match d.diagnostics {
            Some(diag) => {
                let verdict = if diag.errors == 0 && diag.warnings == 0 {
                    "yes"
                } else {
                    "no"
                };
                let features = match github {
                    GithubFeatures::Only(f) if d.crate_name == GITHUB_CRATE => {
                        format!(", features {}", f.join(","))
                    }
                    _ => String::new(),
                };
                format!("{verdict} ({} / {}{features})", diag.errors, diag.warnings)
            }
            None => "-".to_owned(),
        };
        writeln!(
            out,
            "| {} | {valid} | {} | {generated} | {compiles} |",
            d.label, d.operations
        )
        .expect("writing to a String");
    }
    out
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    let text: String = text.chars().take(120).collect();
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_are_valid_and_distinct_per_path() {
        let json = crate_name(Path::new("3.0/json/openapi-workshop/post.json"));
        let yaml = crate_name(Path::new("3.0/yaml/post.yaml"));
        assert_eq!(json, "oas-3-0-json-openapi-workshop-post");
        assert_eq!(yaml, "oas-3-0-yaml-post");
        assert_ne!(
            crate_name(Path::new("3.1/json/petstore.json")),
            crate_name(Path::new("3.0/json/petstore.json"))
        );
    }

    #[test]
    fn operations_are_counted_per_method() {
        let document = serde_json::json!({
            "paths": {
                "/a": {"get": {}, "post": {}, "parameters": [], "summary": "x"},
                "/b": {"$ref": "#/components/pathItems/b"},
            }
        });
        assert_eq!(operation_count(&document), 2);
    }
}
