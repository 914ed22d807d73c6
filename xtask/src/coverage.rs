//! `cargo xtask coverage`: how much of GitLab's documented API the spec describes, page by
//! page, against the endpoint list of the docs (`ENDPOINTS.tsv`), and against the routes of the
//! pages of other APIs that the list leaves out (SCIM).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use gitlab_spec::document::path_shape;

/// One documented endpoint: method, path shape, docs page.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Row {
    /// HTTP method, upper case.
    pub method: String,
    /// Path with placeholder names blanked (`/users/{}/keys`).
    pub shape: String,
    /// Docs page (file name without `.md`).
    pub page: String,
}

/// Routes the docs write differently from the ones GitLab serves, as shape prefixes: (the docs'
/// form, GitLab's).
const DOCS_ROUTE_FIXES: &[(&str, &str)] = &[
    // The discussions page puts commit threads under `/commits/`, while GitLab (and the commits
    // page) serve them under `/repository/commits/`.
    (
        "/projects/{}/commits/{}/discussions",
        "/projects/{}/repository/commits/{}/discussions",
    ),
    // The runners page writes "pausing" as `PUT --form "paused=true" /runners/:id`: the list
    // read the option as the path. It is the runner update.
    ("/--form", "/runners/{}"),
    // Example lines of the runners page add `/all` to the project and group runner lists;
    // GitLab serves no such routes, only the lists themselves.
    ("/projects/{}/runners/all", "/projects/{}/runners"),
    ("/groups/{}/runners/all", "/groups/{}/runners"),
    // An example request line of the features page, read as a route: it is `POST /features/:name`.
    (
        "/https://gitlab.example.com/api/v4/features/my_user_feature",
        "/features/{}",
    ),
];

/// Rows of the endpoint list that are not part of the REST API under `/api/v4`, with the
/// reason: the document does not describe them, and coverage reports them apart.
pub const OUTSIDE_REST_API: &[(&str, &str, &str)] = &[(
    "GET",
    "/v2/_catalog",
    "the container registry's own API, served by the registry on its own host with registry tokens",
)];

/// Docs pages of GitLab's other HTTP APIs, which `ENDPOINTS.tsv` does not list: (page, the
/// API's base path). Their routes are read from the page's request lines.
pub const OTHER_API_PAGES: &[(&str, &str)] = &[("scim", "/api/scim/v2")];

/// The routes of a docs page of another API: every `METHOD /base/path` line of its
/// `plaintext` blocks, as rows relative to `base` (`:name` segments blanked like `{name}`).
///
/// # Errors
/// Fails when the page cannot be read.
pub fn page_routes(docs: &Path, page: &str, base: &str) -> Result<Vec<Row>> {
    let path = docs.join(format!("{page}.md"));
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if let Some(fence) = line.strip_prefix("```") {
            in_block = !in_block && fence.trim() == "plaintext";
            continue;
        }
        let Some((method, route)) = line.trim().split_once(' ') else {
            continue;
        };
        let Some(relative) = route.trim().strip_prefix(base) else {
            continue;
        };
        if !in_block || !method.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let template: Vec<String> = relative
            .split('/')
            .map(|segment| match segment.strip_prefix(':') {
                Some(name) => format!("{{{name}}}"),
                None => segment.to_owned(),
            })
            .collect();
        rows.push(Row {
            method: method.to_owned(),
            shape: path_shape(&template.join("/")),
            page: page.to_owned(),
        });
    }
    Ok(rows)
}

/// The shape GitLab serves for a documented shape.
fn served_shape(documented: String) -> String {
    for (docs, served) in DOCS_ROUTE_FIXES {
        if let Some(rest) = documented.strip_prefix(docs) {
            return format!("{served}{rest}");
        }
    }
    documented
}

/// Where the shared docs are: beside the checkout.
#[must_use]
pub fn default_docs_dir() -> PathBuf {
    crate::generate::workspace_root().join("../shared/gitlab-api-docs")
}

/// Reads `ENDPOINTS.tsv` from `docs`.
///
/// # Errors
/// Fails when the file cannot be read.
pub fn documented(docs: &Path) -> Result<Vec<Row>> {
    let path = docs.join("ENDPOINTS.tsv");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols.len() >= 4).then(|| Row {
                method: cols[0].to_owned(),
                shape: served_shape(path_shape(cols[1])),
                page: cols[3].to_owned(),
            })
        })
        .collect())
}

/// Coverage of one docs page.
#[derive(Debug, Default)]
pub struct PageCoverage {
    /// Rows of the page.
    pub documented: usize,
    /// Rows the spec describes.
    pub described: usize,
    /// Rows the spec lacks (`METHOD /shape`).
    pub missing: Vec<String>,
    /// Rows outside the REST API (see [`OUTSIDE_REST_API`]), which the spec leaves out.
    pub outside: Vec<String>,
}

/// Compares the documented rows with the spec's endpoints, by page.
#[must_use]
pub fn compare(
    rows: &[Row],
    endpoints: &[gitlab_spec::EndpointInfo],
) -> BTreeMap<String, PageCoverage> {
    let present: BTreeSet<(String, String)> = endpoints
        .iter()
        .map(|info| (info.method.as_str().to_owned(), path_shape(info.path)))
        .collect();
    let mut pages: BTreeMap<String, PageCoverage> = BTreeMap::new();
    for row in rows {
        let page = pages.entry(row.page.clone()).or_default();
        page.documented += 1;
        if present.contains(&(row.method.clone(), row.shape.clone())) {
            page.described += 1;
        } else if OUTSIDE_REST_API
            .iter()
            .any(|(method, shape, _)| *method == row.method && *shape == row.shape)
        {
            page.outside.push(format!("{} {}", row.method, row.shape));
        } else {
            page.missing.push(format!("{} {}", row.method, row.shape));
        }
    }
    pages
}

/// Prints the coverage table; with `verbose`, the missing endpoints of partly described pages.
///
/// # Errors
/// Fails when the docs cannot be read.
pub fn run(docs: &Path, verbose: bool) -> Result<()> {
    let rows = documented(docs)?;
    let endpoints = gitlab_spec::endpoints();
    let pages = compare(&rows, &endpoints);
    let (mut documented, mut described) = (0, 0);
    println!("{:<44} {:>6} {:>10}", "page", "rows", "described");
    for (name, page) in &pages {
        documented += page.documented;
        described += page.described;
        if page.described > 0 {
            println!("{name:<44} {:>6} {:>10}", page.documented, page.described);
            if verbose {
                for missing in &page.missing {
                    println!("    missing: {missing}");
                }
            }
        }
    }
    let untouched = pages.values().filter(|p| p.described == 0).count();
    println!("({untouched} pages not described yet)");
    println!("total: {described} of {documented} documented endpoints described");
    for (method, shape, reason) in OUTSIDE_REST_API {
        println!("not part of the REST API, left out: {method} {shape} ({reason})");
    }
    for (page, base) in OTHER_API_PAGES {
        let rows = page_routes(docs, page, base)?;
        let coverage = &compare(&rows, &endpoints)[*page];
        println!(
            "{page}.md, another API under {base} (not in ENDPOINTS.tsv): {} of {} described",
            coverage.described, coverage.documented
        );
        if verbose {
            for missing in &coverage.missing {
                println!("    missing: {missing}");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{compare, default_docs_dir, documented, page_routes, path_shape};

    #[test]
    fn documented_commit_threads_map_to_the_served_route() {
        assert_eq!(
            super::served_shape(path_shape(
                "/projects/{id}/commits/{commit_id}/discussions/{d}/notes"
            )),
            "/projects/{}/repository/commits/{}/discussions/{}/notes"
        );
        assert_eq!(
            super::served_shape("/projects/{}".to_owned()),
            "/projects/{}"
        );
    }

    #[test]
    fn shapes_blank_placeholder_names() {
        assert_eq!(path_shape("/users/{id_or_username}/keys"), "/users/{}/keys");
        assert_eq!(
            path_shape("/projects/{id}/issues/{issue_iid}"),
            "/projects/{}/issues/{}"
        );
        assert_eq!(path_shape("/user"), "/user");
    }

    #[test]
    fn every_endpoint_of_the_described_pages_is_present() {
        let docs = default_docs_dir();
        let Ok(rows) = documented(&docs) else {
            eprintln!("skipped: {} is not beside the checkout", docs.display());
            return;
        };
        assert_eq!(rows.len(), 956, "ENDPOINTS.tsv lists 956 endpoints");
        let pages = compare(&rows, &gitlab_spec::endpoints());
        let outside: usize = pages.values().map(|p| p.outside.len()).sum();
        assert_eq!(
            outside,
            super::OUTSIDE_REST_API.len(),
            "every row left out as outside the REST API is a documented row"
        );
        for page in gitlab_spec::pages::PAGES {
            if super::OTHER_API_PAGES
                .iter()
                .any(|(other, _)| *other == page.name)
            {
                continue;
            }
            let coverage = &pages[page.name];
            assert!(
                coverage.missing.is_empty(),
                "{}.md: {} of {} described; missing:\n{}",
                page.name,
                coverage.described,
                coverage.documented,
                coverage.missing.join("\n")
            );
        }
        let described: usize = gitlab_spec::pages::PAGES
            .iter()
            .filter_map(|p| pages.get(p.name))
            .map(|p| p.documented)
            .sum();
        assert!(
            described >= 122,
            "the projects, issues and users pages hold 122 rows, found {described}"
        );
    }

    #[test]
    fn every_route_of_the_other_api_pages_is_present() {
        let docs = default_docs_dir();
        for (page, base) in super::OTHER_API_PAGES {
            let Ok(rows) = page_routes(&docs, page, base) else {
                eprintln!("skipped: {} is not beside the checkout", docs.display());
                return;
            };
            assert!(!rows.is_empty(), "{page}.md has request lines under {base}");
            let coverage = &compare(&rows, &gitlab_spec::endpoints())[*page];
            assert!(
                coverage.missing.is_empty(),
                "{page}.md: missing {:?}",
                coverage.missing
            );
        }
    }

    #[test]
    fn request_lines_are_read_relative_to_the_base() {
        let dir = std::env::temp_dir().join(format!("coverage-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("other.md"),
            "GET /api/x/v1/a/:id (prose)\n```plaintext\nGET /api/x/v1/a/:id/b\nPOST /api/v4/elsewhere\n```\n```shell\nDELETE /api/x/v1/a\n```\n",
        )
        .unwrap();
        let rows = page_routes(&dir, "other", "/api/x/v1").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let routes: Vec<String> = rows
            .iter()
            .map(|r| format!("{} {}", r.method, r.shape))
            .collect();
        assert_eq!(routes, ["GET /a/{}/b"]);
    }
}
