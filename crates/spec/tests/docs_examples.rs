//! Every example response in GitLab's docs validates against the schema of its operation.
//!
//! The docs pages are read from `../shared/gitlab-api-docs` beside the checkout (skipped with a
//! message when they are not there). Each endpoint section names its route in a code block
//! (`GET /projects/:id/labels`); the JSON block after an "Example response" line is an answer
//! of that route. Every such block of a described operation must match the operation's success
//! schema: the examples are facts about what GitLab sends, so a mismatch is a bug in a model.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

/// Where the docs are: beside the checkout.
fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gitlab-api-docs")
}

/// A path with its placeholders blanked, in the docs' form (`/projects/:id`) or the
/// document's (`/projects/{id}`), without a query string.
fn shape(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let path = path.strip_prefix("/api/v4").unwrap_or(path);
    path.split('/')
        .map(|segment| {
            if segment.starts_with(':') || (segment.starts_with('{') && segment.ends_with('}')) {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// One JSON block shown as an example response.
struct DocExample {
    /// `page.md:line`.
    at: String,
    /// The routes of the section it belongs to (`GET /projects/{}/labels`).
    routes: Vec<(String, String)>,
    /// The block's text.
    text: String,
}

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

/// Docs examples that contradict what GitLab sends, each with the reason we follow GitLab (its
/// API entities) rather than the example. Everything else must match.
const DOCS_MISTAKES: &[(&str, &str)] = &[
    (
        "commits.md:484",
        "a commit comment's author is a UserBasic (with `web_url` and `avatar_url`); the example shows an older user form",
    ),
    (
        "commits.md:760",
        "merge requests always carry `reference` and `references`; the example leaves them out",
    ),
    (
        "commits.md:871",
        "the block after \"if commit is unsigned\" is the 404 error body, not a signature",
    ),
    (
        "events.md:138",
        "events always carry `created_at`, and a note always carries `updated_at`; the example cuts them out",
    ),
    (
        "events.md:277",
        "a note always carries `updated_at`; the example cuts it out",
    ),
    (
        "deployments.md:27",
        "a deployment's job embeds a full Commit entity (parents, committer, dates); the example cuts it short",
    ),
    (
        "deployments.md:189",
        "a deployment's job embeds a full Commit entity (parents, committer, dates); the example cuts it short",
    ),
    (
        "epic_issues.md:35",
        "an epic's issues are full Issue entities; the example shows an older, shorter issue",
    ),
    (
        "epic_issues.md:345",
        "an epic's issues are full Issue entities; the example shows an older, shorter issue",
    ),
    (
        "epic_issues.md:131",
        "the assignment holds a full Issue and a full Epic; the example shortens both",
    ),
    (
        "epic_issues.md:237",
        "the assignment holds a full Issue and a full Epic; the example shortens both",
    ),
    (
        "epics.md:88",
        "`confidential` is a boolean; the example quotes it",
    ),
    (
        "epics.md:303",
        "`confidential` is a boolean; the example quotes it",
    ),
    (
        "epics.md:397",
        "`confidential` is a boolean; the example quotes it",
    ),
    (
        "epics.md:482",
        "`target_type` is the class name `Epic` and the target a full epic; the example shows `epic` and a shortened epic",
    ),
    (
        "issue_links.md:94",
        "both ends of a link are full Issue entities; the example shortens them",
    ),
    (
        "issue_links.md:183",
        "both ends of a link are full Issue entities; the example shortens them",
    ),
    (
        "groups.md:297",
        "a project's `namespace` is a NamespaceBasic, which always carries `full_path`; the example shows an older short form",
    ),
    (
        "groups.md:523",
        "a project's `namespace` is a NamespaceBasic, which always carries `full_path`; the example shows an older short form",
    ),
    (
        "groups.md:954",
        "a project's `namespace` is a NamespaceBasic, which always carries `full_path`; the example shows an older short form",
    ),
    (
        "instance_clusters.md:34",
        "a list item is cut short to its id and name; clusters always carry their dates, types and scope",
    ),
    (
        "issues.md:694",
        "the example of GET /issues/:id leaves out `project_id`, which the Issue entity always sends",
    ),
    (
        "jobs.md:853",
        "a job's commit is a full Commit entity (parents, committer, dates); the example cuts it short",
    ),
    (
        "labels.md:276",
        "promoting answers the group label with `text_color`, which every label carries",
    ),
    (
        "license.md:154",
        "deleting a licence answers 204 without a body (GitLab's API says no content); the example shows a licence",
    ),
    (
        "merge_requests.md:1918",
        "closing issues from GitLab's tracker are full Issue entities; the example shows a shortened issue",
    ),
    (
        "merge_requests.md:2512",
        "a diff version's commits are full Commit entities (parents, committer); the example cuts them short",
    ),
    (
        "project_clusters.md:36",
        "a list item is cut short to its id and name; clusters always carry their dates, types and scope",
    ),
    (
        "project_vulnerabilities.md:202",
        "the block shown there is the 400 error body, not a vulnerability",
    ),
    (
        "projects.md:1861",
        "the project's `owner` is a UserBasic (username, state, avatar_url, web_url); the example cuts it short",
    ),
    (
        "projects.md:1987",
        "the project's `owner` is a UserBasic (username, state, avatar_url, web_url); the example cuts it short",
    ),
    (
        "repositories.md:178",
        "a comparison's commits are full Commit entities (message, parents, dates); the example cuts them short",
    ),
    (
        "snippets.md:112",
        "a snippet's author is a UserBasic (with `web_url` and `avatar_url`); the example shows an older user form",
    ),
    (
        "snippets.md:242",
        "a snippet's author is a UserBasic (with `web_url` and `avatar_url`); the example shows an older user form",
    ),
    (
        "snippets.md:328",
        "a snippet's author is a UserBasic (with `web_url` and `avatar_url`); the example shows an older user form",
    ),
    (
        "search.md:38",
        "search results of the `projects` scope carry each project's `namespace`; the example leaves it out",
    ),
    (
        "search.md:70",
        "search results of the `issues` scope are full Issue entities; the example shows an older, shorter issue",
    ),
    (
        "search.md:241",
        "snippet results carry `raw_url`, as every snippet does; the example leaves it out",
    ),
    (
        "search.md:461",
        "search results of the `projects` scope carry each project's `namespace`; the example leaves it out",
    ),
    (
        "search.md:493",
        "search results of the `issues` scope are full Issue entities; the example shows an older, shorter issue",
    ),
    (
        "search.md:852",
        "search results of the `issues` scope are full Issue entities; the example shows an older, shorter issue",
    ),
    (
        "system_hooks.md:65",
        "getting a system hook answers the one hook (an object); the example shows a list",
    ),
    (
        "system_hooks.md:106",
        "adding a system hook answers the new hook (an object); the example shows a list",
    ),
    (
        "templates.md:19",
        "the block is a single licence, shown under both routes; the list answers an array of them",
    ),
    (
        "todos.md:32",
        "a to-do's merge request target is a full MergeRequest (with `sha` and `web_url`); the example cuts it short",
    ),
    (
        "todos.md:206",
        "a to-do's merge request target is a full MergeRequest (with `sha` and `web_url`); the example cuts it short",
    ),
    (
        "vulnerabilities.md:44",
        "a vulnerability's project is a ProjectIdentity (with its paths and `created_at`); the example shows the findings list's short form",
    ),
    (
        "vulnerabilities.md:94",
        "a vulnerability's project is a ProjectIdentity (with its paths and `created_at`); the example shows the findings list's short form",
    ),
    (
        "vulnerabilities.md:144",
        "a vulnerability's project is a ProjectIdentity (with its paths and `created_at`); the example shows the findings list's short form",
    ),
    (
        "vulnerabilities.md:194",
        "a vulnerability's project is a ProjectIdentity (with its paths and `created_at`); the example shows the findings list's short form",
    ),
    (
        "vulnerabilities.md:244",
        "a vulnerability's project is a ProjectIdentity (with its paths and `created_at`); the example shows the findings list's short form",
    ),
    (
        "users.md:1194",
        "adding a GPG key answers the new key (one object); the example shows a list of keys",
    ),
    (
        "users.md:1306",
        "adding a GPG key answers the new key (one object); the example shows a list of keys",
    ),
    (
        "users.md:1998",
        "memberships send `access_level` as an integer, as every access level; the example quotes it",
    ),
];

/// A line without its `// comment`, when the `//` is outside every string.
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i + 1..].starts_with('/') => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Parses a docs block; blocks shortened with `...` lines or annotated with `//` comments are
/// read without them.
fn parse_block(text: &str) -> Option<Value> {
    if let Ok(value) = serde_json::from_str(text) {
        return Some(value);
    }
    let kept: Vec<&str> = text
        .lines()
        .map(strip_comment)
        .filter(|line| !matches!(line.trim().trim_end_matches(','), "..." | "…"))
        .collect();
    let joined = kept.join("\n");
    // Dropping `...` can leave a comma before a closing bracket.
    let mut fixed = String::with_capacity(joined.len());
    for (i, c) in joined.char_indices() {
        let closes_next = joined[i + 1..].trim_start().starts_with([']', '}']);
        if !(c == ',' && closes_next) {
            fixed.push(c);
        }
    }
    serde_json::from_str(&fixed).ok()
}

/// The example responses of one docs page.
fn examples_of_page(page: &str, text: &str) -> Vec<DocExample> {
    let mut examples = Vec::new();
    let mut routes: Vec<(String, String)> = Vec::new();
    let mut pending = false;
    let mut lines = text.lines().enumerate();
    while let Some((number, line)) = lines.next() {
        if line.starts_with("# ") || line.starts_with("## ") {
            // A new endpoint section; sub-headings (`### Scope: issues`) stay in it.
            routes.clear();
            pending = false;
        } else if line.to_ascii_lowercase().starts_with("example response") {
            pending = true;
        } else if let Some(lang) = line.trim_start().strip_prefix("```") {
            let lang = lang.trim();
            let mut block = Vec::new();
            for (_, inner) in lines.by_ref() {
                if inner.trim_start().starts_with("```") {
                    break;
                }
                block.push(inner);
            }
            let found: Vec<(String, String)> = block
                .iter()
                .filter_map(|l| {
                    let (method, rest) = l.trim().split_once(' ')?;
                    (METHODS.contains(&method) && rest.starts_with('/'))
                        .then(|| (method.to_owned(), shape(rest.trim())))
                })
                .collect();
            if !found.is_empty() && lang != "json" {
                routes = found;
                pending = false;
            } else if pending && lang == "json" {
                examples.push(DocExample {
                    at: format!("{page}.md:{}", number + 1),
                    routes: routes.clone(),
                    text: block.join("\n"),
                });
                pending = false;
            } else if pending && !matches!(lang, "" | "shell" | "plaintext") {
                // Another kind of block (raw text, YAML) after the line: not a JSON answer.
                pending = false;
            }
        }
    }
    examples
}

/// The JSON success schema of every operation, by method and path shape; `None` for
/// operations that answer no JSON.
fn success_schemas(doc: &Value) -> BTreeMap<(String, String), (String, Option<Value>)> {
    let mut found = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            // `servers` sits beside the operations on the SCIM API's paths.
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            let schema = responses
                .iter()
                .filter(|(status, _)| status.starts_with('2'))
                .find_map(|(_, response)| {
                    response
                        .pointer("/content/application~1json/schema")
                        .cloned()
                });
            found.insert(
                (method.to_uppercase(), shape(path)),
                (format!("{} {path}", method.to_uppercase()), schema),
            );
        }
    }
    found
}

#[test]
fn every_docs_example_response_matches_its_operation() {
    let dir = docs_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is not beside the checkout", dir.display());
        return;
    };
    let doc = match gitlab_spec::openapi() {
        Ok(document) => document.json,
        Err(error) => panic!("{error}"),
    };
    let schemas = success_schemas(&doc);
    let mut validator = gitlab_spec::document::ExampleValidator::new(&doc);
    let mut pages: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    pages.sort();

    let (mut checked, mut unreadable) = (0, Vec::new());
    let mut problems = Vec::new();
    for page in &pages {
        let name = page.file_stem().unwrap_or_default().to_string_lossy();
        let text = std::fs::read_to_string(page).expect("docs page");
        for example in examples_of_page(&name, &text) {
            let described: Vec<_> = example
                .routes
                .iter()
                .filter_map(|route| schemas.get(route))
                .collect();
            if described.is_empty() {
                continue;
            }
            if DOCS_MISTAKES.iter().any(|(at, _)| *at == example.at) {
                continue;
            }
            let Some(value) = parse_block(&example.text) else {
                unreadable.push(example.at.clone());
                continue;
            };
            for (operation, schema) in described {
                match schema {
                    None => problems.push(format!(
                        "{}: {operation}: the docs show a JSON answer, the operation declares none",
                        example.at
                    )),
                    Some(schema) => {
                        for error in validator.validate(schema, &value) {
                            problems.push(format!("{}: {operation}: {error}", example.at));
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "{checked} docs examples checked; {} not JSON (left out): {}",
        unreadable.len(),
        unreadable.join(", ")
    );
    assert!(
        problems.is_empty(),
        "{} docs examples do not match their operations:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked >= 180, "only {checked} docs examples were checked");
}

#[test]
fn shortened_blocks_are_read_without_their_ellipsis() {
    let value = parse_block("[\n  {\"a\": 1},\n  ...\n]").expect("parses");
    assert_eq!(value, serde_json::json!([{"a": 1}]));
    assert!(parse_block("{\"a\": <id>}").is_none());
    let value = parse_block("{\"u\": \"http://x\", // a comment\n \"b\": [1, // more\n 2]}");
    assert_eq!(
        value,
        Some(serde_json::json!({"u": "http://x", "b": [1, 2]}))
    );
}

#[test]
fn examples_are_found_after_their_route() {
    let page = "## List\n\n```plaintext\nGET /projects/:id/labels\nGET /groups/:id/labels?x=1\n```\n\nExample response:\n\n```json\n[]\n```\n\n## Other\n\nExample response:\n\n```json\n{}\n```\n";
    let examples = examples_of_page("labels", page);
    assert_eq!(examples.len(), 2);
    assert_eq!(
        examples[0].routes,
        [
            ("GET".to_owned(), "/projects/{}/labels".to_owned()),
            ("GET".to_owned(), "/groups/{}/labels".to_owned())
        ]
    );
    assert_eq!(examples[0].text, "[]");
    assert_eq!(examples[0].at, "labels.md:10");
    // A heading ends a section: the second example belongs to no route.
    assert!(examples[1].routes.is_empty());
}
