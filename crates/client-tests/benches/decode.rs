//! Decoding a page of 100 issues: the generated `gitlab_client::models::Issue` against
//! hand-written serde structs of the same shape, both with `serde_json`, in the same run.
//!
//! The page is built once at start-up from the example of `GET /projects/{id}/issues`
//! (`listProjectIssues`) in `spec/openapi-3.0.json`: 100 copies of its first issue with
//! distinct `id`, `iid` and `title`, serialised to a single string.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gitlab_client::models::{Issue, IssueLabel, IssueState};
use serde_json::Value;

#[path = "decode/mirror.rs"]
mod mirror;

/// Number of issues on the page.
const PAGE_SIZE: usize = 100;

/// Builds the JSON text of a page of [`PAGE_SIZE`] issues from the spec's example issue.
fn page_json() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../spec/openapi-3.0.json");
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
    let spec: Value = serde_json::from_str(&text).expect("the spec is valid JSON");
    let example = spec
        .pointer(
            "/paths/~1projects~1{id}~1issues/get/responses/200/content/application~1json/example/0",
        )
        .expect("listProjectIssues has a 200 application/json example with an element");
    assert!(example.is_object(), "the example issue is an object");
    let title = example["title"].as_str().expect("the example has a title");

    let page: Vec<Value> = (0..PAGE_SIZE)
        .map(|index| {
            let number = i64::try_from(index).expect("small index");
            let mut issue = example.clone();
            issue["id"] = Value::from(1000 + number);
            issue["iid"] = Value::from(1 + number);
            issue["title"] = Value::from(format!("{title} ({})", index + 1));
            issue
        })
        .collect();
    serde_json::to_string(&page).expect("a page of issues serialises")
}

/// Checks that both types decode `json` successfully and agree, so the benchmark cannot
/// silently measure an error path.
fn check_both_decode(json: &str) {
    let generated: Vec<Issue> =
        serde_json::from_str(json).expect("the generated Issue decodes the page");
    let hand_written: Vec<mirror::Issue> =
        serde_json::from_str(json).expect("the hand-written Issue decodes the page");
    assert_eq!(generated.len(), PAGE_SIZE);
    assert_eq!(hand_written.len(), PAGE_SIZE);
    for (generated, hand_written) in generated.iter().zip(&hand_written) {
        assert_eq!(generated.id, hand_written.id);
        assert_eq!(generated.iid, hand_written.iid);
        assert_eq!(generated.title, hand_written.title);
        assert_eq!(generated.created_at, hand_written.created_at);
        assert_eq!(generated.due_date, hand_written.due_date);
        assert_eq!(generated.state, IssueState::Closed);
        assert_eq!(hand_written.state, mirror::IssueState::Closed);
        assert_eq!(generated.labels.len(), hand_written.labels.len());
        for (generated, hand_written) in generated.labels.iter().zip(&hand_written.labels) {
            match (generated, hand_written) {
                (IssueLabel::String(a), mirror::IssueLabel::String(b)) => assert_eq!(a, b),
                other => panic!("labels decoded differently: {other:?}"),
            }
        }
    }
}

/// The `decode_100_issues` group: `generated` and `hand_written`.
fn decode_100_issues(c: &mut Criterion) {
    let json = page_json();
    check_both_decode(&json);

    let mut group = c.benchmark_group("decode_100_issues");
    group.throughput(Throughput::Bytes(
        u64::try_from(json.len()).expect("length fits in u64"),
    ));
    group.bench_function("generated", |b| {
        b.iter(|| serde_json::from_str::<Vec<Issue>>(black_box(&json)).expect("decodes"));
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| serde_json::from_str::<Vec<mirror::Issue>>(black_box(&json)).expect("decodes"));
    });
    group.finish();
}

criterion_group!(benches, decode_100_issues);
criterion_main!(benches);
