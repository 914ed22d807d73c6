//! `cargo xtask bench-codegen`: whether the release `gitlab-codegen` takes time and memory in
//! proportion to the document's size.
//!
//! The input (GitHub's description unless `--input` names another document) is copied k times
//! into one document for each k of `--copies`: copy N's paths are prefixed with `/copyN`, its
//! operation IDs and the names of its components (schemas, parameters, responses, examples,
//! headers, request bodies, links, callbacks and path items) get the suffix `-copyN`, and every
//! `$ref` (and `discriminator` mapping) of the copy is rewritten to its own names, so k copies hold
//! k times the operations and k times the types. The tags are shared (each tag's module grows k
//! times), as are the security schemes (named, not referred to with `$ref`, by the security
//! requirements). Everything else, `x-webhooks` included, is copy 1's.
//!
//! Each document is generated [`RUNS`] times under `/usr/bin/time` (into an empty directory each
//! time, so every run writes every file); the table gives the medians, and the time and memory
//! per operation relative to the first document's.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

use crate::bench_mock::build_release;
use crate::corpus;

/// Runs per document; the table gives their medians.
pub const RUNS: usize = 3;

/// The options of `cargo xtask bench-codegen`.
#[derive(Debug, Clone)]
pub struct Options {
    /// The document to copy; GitHub's description (fetched like `cargo xtask corpus` does)
    /// when `None`.
    pub input: Option<PathBuf>,
    /// How many copies each measured document holds, e.g. `[1, 2, 4]`.
    pub copies: Vec<usize>,
}

/// One run of the generator, as `/usr/bin/time` and the generator's summary report it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Sample {
    wall: f64,
    /// User plus system CPU seconds.
    cpu: f64,
    /// Peak resident memory in MB.
    peak_mb: f64,
}

/// What the measurements of one document came to.
struct Row {
    copies: usize,
    operations: usize,
    types: Option<usize>,
    median: Sample,
}

/// Builds the release generator, writes the copied documents, measures them and prints the
/// table.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    if options.copies.is_empty() || options.copies.contains(&0) {
        bail!("--copies needs one or more counts above 0, such as 1,2,4");
    }
    let binary =
        build_release(root, "gitlab-codegen", &["--bin", "gitlab-codegen"])?.join("gitlab-codegen");
    let input = match &options.input {
        Some(input) => input.clone(),
        None => corpus::github_document(&crate::generate::target_dir(root).join("corpus"))?,
    };
    let text =
        std::fs::read_to_string(&input).with_context(|| format!("reading {}", input.display()))?;
    let document =
        gitlab_codegen::read_document(&text).with_context(|| format!("in {}", input.display()))?;
    drop(text);
    let document =
        serde_json::to_value(&document.openapi).context("writing the document as JSON")?;

    let dir = std::env::temp_dir().join(format!("bench-codegen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let measured = measure_all(&binary, &document, &options.copies, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    let rows = measured?;
    println!("{}", table(&rows));
    println!("load average at the end (1, 5, 15 min): {}", load_average());
    Ok(())
}

/// Writes and measures the document of each count of copies, in `dir`.
fn measure_all(binary: &Path, document: &Value, copies: &[usize], dir: &Path) -> Result<Vec<Row>> {
    println!(
        "load average at the start (1, 5, 15 min): {}",
        load_average()
    );
    let mut rows = Vec::new();
    for &count in copies {
        let copied = copy(document, count);
        let operations = corpus::operation_count(&copied);
        let file = dir.join(format!("copies-{count}.json"));
        std::fs::write(&file, serde_json::to_vec(&copied)?)
            .with_context(|| format!("writing {}", file.display()))?;
        drop(copied);
        let mut samples = Vec::new();
        let mut types = None;
        for run in 1..=RUNS {
            let (sample, summary) = generate(binary, &file, &dir.join("out"))?;
            types = summary_count(&summary, "types");
            println!(
                "{count} copies, run {run}: {:.2} s wall, {:.2} s CPU, {:.0} MB",
                sample.wall, sample.cpu, sample.peak_mb
            );
            samples.push(sample);
        }
        std::fs::remove_file(&file)?;
        rows.push(Row {
            copies: count,
            operations,
            types,
            median: median(&samples),
        });
    }
    Ok(rows)
}

/// Runs the generator on `input` into an empty `out` under `/usr/bin/time`; returns the
/// measurement and the generator's summary line.
fn generate(binary: &Path, input: &Path, out: &Path) -> Result<(Sample, String)> {
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("removing {}", out.display()))?;
    }
    let times = out.with_extension("time");
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%e %U %S %M", "-o"])
        .arg(&times)
        .arg(binary)
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(out.join("bench-client"))
        .args(["--name", "bench-client"])
        .output()
        .context("running /usr/bin/time (install the `time` package)")?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        bail!("gitlab-codegen failed on {}:\n{stderr}", input.display());
    }
    let measured = std::fs::read_to_string(&times)?;
    let numbers: Vec<f64> = measured
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading /usr/bin/time's output {measured:?}"))?;
    let [wall, user, system, kilobytes] = numbers[..] else {
        bail!("unexpected /usr/bin/time output {measured:?}");
    };
    let summary = stderr
        .lines()
        .rfind(|l| l.starts_with("generated "))
        .unwrap_or_default()
        .to_owned();
    Ok((
        Sample {
            wall,
            cpu: user + system,
            peak_mb: kilobytes / 1024.0,
        },
        summary,
    ))
}

/// The number before `what` in the generator's summary (`... 1223 operations, 7314 types, ...`).
fn summary_count(summary: &str, what: &str) -> Option<usize> {
    let words: Vec<&str> = summary.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[1].trim_end_matches(',') == what)
        .and_then(|w| w[0].parse().ok())
}

/// The median of each measure on its own.
fn median(samples: &[Sample]) -> Sample {
    let of = |get: fn(&Sample) -> f64| {
        let mut values: Vec<f64> = samples.iter().map(get).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    Sample {
        wall: of(|s| s.wall),
        cpu: of(|s| s.cpu),
        peak_mb: of(|s| s.peak_mb),
    }
}

/// The table of results, with time and memory per operation relative to the first row's.
fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| copies | operations | types | wall | CPU (user + sys) | peak memory | wall / operation | CPU / operation | memory / operation |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    let Some(first) = rows.first() else {
        return out;
    };
    let per = |value: f64, row: &Row, base: f64| {
        let operations = row.operations.max(1) as f64;
        let first_operations = first.operations.max(1) as f64;
        (value / operations) / (base / first_operations)
    };
    for row in rows {
        let types = row.types.map_or_else(|| "?".to_owned(), |t| t.to_string());
        out.push_str(&format!(
            "| {} | {} | {types} | {:.2} s | {:.2} s | {:.0} MB | {:.2} | {:.2} | {:.2} |\n",
            row.copies,
            row.operations,
            row.median.wall,
            row.median.cpu,
            row.median.peak_mb,
            per(row.median.wall, row, first.median.wall),
            per(row.median.cpu, row, first.median.cpu),
            per(row.median.peak_mb, row, first.median.peak_mb),
        ));
    }
    out
}

/// `/proc/loadavg`'s first three fields, or `unknown`.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        },
    )
}

/// The component sections whose names are renamed per copy; `securitySchemes` is not, as
/// security requirements name its entries rather than refer to them.
const RENAMED: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
    "pathItems",
];

/// A document holding `count` renamed copies of `document` (see the module's documentation).
#[must_use]
pub fn copy(document: &Value, count: usize) -> Value {
    let mut out = document.clone();
    let mut paths = Map::new();
    let mut webhooks = Map::new();
    let mut components = document
        .get("components")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for section in RENAMED {
        components.remove(*section);
    }
    for n in 1..=count {
        let mut copy = document.clone();
        rewrite_refs(&mut copy, n);
        if let Some(items) = copy.get_mut("paths").and_then(Value::as_object_mut) {
            for (path, mut item) in std::mem::take(items) {
                rename_operations(&mut item, n);
                paths.insert(format!("/copy{n}{path}"), item);
            }
        }
        if let Some(items) = copy.get_mut("webhooks").and_then(Value::as_object_mut) {
            for (name, mut item) in std::mem::take(items) {
                rename_operations(&mut item, n);
                webhooks.insert(format!("{name}-copy{n}"), item);
            }
        }
        for section in RENAMED {
            let Some(entries) = copy
                .pointer_mut(&format!("/components/{section}"))
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let target = components
                .entry(*section)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Some(target) = target.as_object_mut() {
                for (name, entry) in std::mem::take(entries) {
                    target.insert(format!("{name}-copy{n}"), entry);
                }
            }
        }
        if n == 1 {
            // What is not copied (x-webhooks, tags, ...) is copy 1's, referring to its names.
            out = copy;
        }
    }
    out["paths"] = Value::Object(paths);
    if out.get("webhooks").is_some() {
        out["webhooks"] = Value::Object(webhooks);
    }
    if document.get("components").is_some() {
        out["components"] = Value::Object(components);
    }
    out
}

/// Suffixes the operation IDs of the operations of a path item with `-copyN`.
fn rename_operations(item: &mut Value, n: usize) {
    for method in openapi_downgrade::METHODS {
        if let Some(Value::String(id)) = item
            .get_mut(*method)
            .and_then(|operation| operation.get_mut("operationId"))
        {
            id.push_str(&format!("-copy{n}"));
        }
    }
}

/// Rewrites every `$ref` (and every `discriminator` mapping) under `value` to copy `n`'s names.
fn rewrite_refs(value: &mut Value, n: usize) {
    match value {
        Value::Object(map) => {
            for (key, entry) in map.iter_mut() {
                match (key.as_str(), entry) {
                    ("$ref", Value::String(target)) => *target = renamed_ref(target, n),
                    ("discriminator", Value::Object(discriminator)) => {
                        if let Some(Value::Object(mapping)) = discriminator.get_mut("mapping") {
                            for target in mapping.values_mut() {
                                if let Value::String(target) = target {
                                    *target = if target.starts_with('#') {
                                        renamed_ref(target, n)
                                    } else {
                                        format!("{target}-copy{n}")
                                    };
                                }
                            }
                        }
                    }
                    (_, entry) => rewrite_refs(entry, n),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, n)),
        _ => {}
    }
}

/// A local reference to copy `n`'s names: `#/components/SECTION/NAME...` gets the suffix on
/// NAME, `#/paths/~1PATH...` the `/copyN` prefix on PATH, `#/webhooks/NAME...` the suffix.
/// Other references are left as they are.
fn renamed_ref(target: &str, n: usize) -> String {
    let Some(pointer) = target.strip_prefix('#') else {
        return target.to_owned();
    };
    let mut parts: Vec<String> = pointer.split('/').map(str::to_owned).collect();
    match parts.as_slice() {
        [_, components, section, ..]
            if components == "components" && RENAMED.contains(&section.as_str()) =>
        {
            parts[3].push_str(&format!("-copy{n}"));
        }
        [_, paths, path, ..] if paths == "paths" && path.starts_with("~1") => {
            parts[2] = format!("~1copy{n}{path}");
        }
        [_, webhooks, _, ..] if webhooks == "webhooks" => parts[2].push_str(&format!("-copy{n}")),
        _ => {}
    }
    format!("#{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every `$ref` under `value`.
    fn refs(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, entry) in map {
                    match entry {
                        Value::String(target) if key == "$ref" => found.push(target.clone()),
                        _ => refs(entry, found),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| refs(item, found)),
            _ => {}
        }
    }

    /// The JSON pointer of a local reference.
    fn pointer(target: &str) -> &str {
        target.strip_prefix('#').expect("a local reference")
    }

    fn document() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/pets/{id}": {
                    "parameters": [{"$ref": "#/components/parameters/id"}],
                    "get": {
                        "operationId": "getPet",
                        "responses": {"200": {"$ref": "#/components/responses/pet"}}
                    },
                    "put": {
                        "operationId": "putPet",
                        "requestBody": {"$ref": "#/paths/~1pets~1{id}/get/responses/200"},
                        "responses": {"204": {"description": "done"}}
                    }
                }
            },
            "components": {
                "schemas": {
                    "pet": {
                        "oneOf": [{"$ref": "#/components/schemas/cat"}, {"$ref": "#/components/schemas/dog"}],
                        "discriminator": {
                            "propertyName": "kind",
                            "mapping": {"cat": "#/components/schemas/cat", "dog": "dog"}
                        }
                    },
                    "cat": {"type": "object"},
                    "dog": {"type": "object"}
                },
                "parameters": {"id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}},
                "responses": {"pet": {"description": "a pet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/pet"}}}}},
                "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}
            }
        })
    }

    #[test]
    fn copies_hold_every_path_operation_and_component_once_per_copy() {
        let copied = copy(&document(), 3);
        assert_eq!(corpus::operation_count(&copied), 6);
        let paths: Vec<&String> = copied["paths"].as_object().unwrap().keys().collect();
        assert_eq!(
            paths,
            ["/copy1/pets/{id}", "/copy2/pets/{id}", "/copy3/pets/{id}"]
        );
        assert_eq!(
            copied["paths"]["/copy2/pets/{id}"]["get"]["operationId"],
            "getPet-copy2"
        );
        assert_eq!(
            copied["components"]["schemas"].as_object().unwrap().len(),
            9
        );
        assert!(copied["components"]["schemas"]["dog-copy3"].is_object());
        assert_eq!(
            copied["components"]["securitySchemes"],
            document()["components"]["securitySchemes"]
        );
    }

    #[test]
    fn every_reference_of_a_copy_names_its_own_copy_and_resolves() {
        let copied = copy(&document(), 2);
        let mut found = Vec::new();
        refs(&copied, &mut found);
        assert_eq!(found.len(), 2 * 6);
        for target in &found {
            assert!(
                copied.pointer(pointer(target)).is_some(),
                "{target} does not resolve"
            );
        }
        let second = &copied["paths"]["/copy2/pets/{id}"];
        assert_eq!(
            second["parameters"][0]["$ref"],
            "#/components/parameters/id-copy2"
        );
        assert_eq!(
            second["put"]["requestBody"]["$ref"],
            "#/paths/~1copy2~1pets~1{id}/get/responses/200"
        );
        let mapping = &copied["components"]["schemas"]["pet-copy2"]["discriminator"]["mapping"];
        assert_eq!(mapping["cat"], "#/components/schemas/cat-copy2");
        assert_eq!(mapping["dog"], "dog-copy2");
    }
}
