//! How long `cargo xtask generate` takes once built: building and validating the document,
//! converting it to 3.0 and rendering JSON and YAML, for the real spec and for synthetic specs
//! with 2x, 5x and 10x its endpoints (to show that the time grows linearly), and generating the
//! client crate from the real document.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gitlab_spec::EndpointInfo;

/// `factor` copies of every endpoint, each copy under its own path prefix and operation id.
fn scaled(base: &[EndpointInfo], factor: usize) -> Vec<EndpointInfo> {
    let mut all = Vec::with_capacity(base.len() * factor);
    for copy in 0..factor {
        for info in base {
            let mut info = info.clone();
            if copy > 0 {
                // Leaked on purpose: route descriptions hold `&'static str`, and a benchmark
                // builds each synthetic spec once.
                info.path = Box::leak(format!("/copy{copy}{}", info.path).into_boxed_str());
                info.operation_id =
                    Box::leak(format!("{}Copy{copy}", info.operation_id).into_boxed_str());
            }
            all.push(info);
        }
    }
    all
}

fn generate(c: &mut Criterion) {
    let base = gitlab_spec::endpoints();
    let mut group = c.benchmark_group("generate");
    group.sample_size(10);
    for factor in [1, 2, 5, 10] {
        let endpoints = scaled(&base, factor);
        group.throughput(Throughput::Elements(endpoints.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{factor}x")),
            &endpoints,
            |b, endpoints| {
                b.iter(|| xtask::generate::render_spec(endpoints).expect("the spec is valid"));
            },
        );
    }
    group.finish();

    // Where the time goes, for the real spec: building and validating the document, then
    // rendering the four files from it.
    let mut parts = c.benchmark_group("parts");
    parts.sample_size(10);
    parts.bench_function("build_and_validate", |b| {
        b.iter(|| gitlab_spec::document::build(&base).expect("valid"))
    });
    let document = gitlab_spec::document::build(&base).expect("valid");
    parts.bench_function("render_files", |b| {
        b.iter(|| xtask::generate::spec_files(&document.json).expect("renders"))
    });
    // The client generator on the real 3.0 document: model, templates, syn and prettyplease.
    let root = xtask::generate::workspace_root();
    let json30 = openapi_downgrade::to_openapi_30(&document.json);
    let openapi: openapiv3::OpenAPI = serde_json::from_value(json30).expect("a 3.0 document");
    let templates =
        gitlab_codegen::Templates::load(&root.join("templates/client")).expect("templates");
    let options = xtask::generate::client_options(&root).expect("options");
    parts.bench_function("client", |b| {
        b.iter(|| gitlab_codegen::client(&openapi, &templates, &options).expect("generates"))
    });
    parts.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
