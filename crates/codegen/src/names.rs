//! Rust identifiers from OpenAPI names: case conversion, keyword escaping and de-duplication.

use std::collections::BTreeSet;

/// Words that cannot be identifiers as they are; `r#` works for all but a few.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Keywords that raw identifiers cannot spell; these get a trailing underscore instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Splits a name into lowercase words at `_`, `-`, spaces, punctuation and case changes.
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        // A new word starts at `aB`, and at the last capital of a run like `HTTPServer`.
        let boundary = c.is_ascii_uppercase()
            && previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `snake_case`, escaped so that it is a valid identifier.
#[must_use]
pub fn snake(name: &str) -> String {
    let joined = words(name).join("_");
    escape(
        if joined.is_empty() {
            "value".into()
        } else {
            joined
        },
        "v",
    )
}

/// `PascalCase`, escaped so that it is a valid identifier.
#[must_use]
pub fn pascal(name: &str) -> String {
    let joined: String = words(name)
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    escape(
        if joined.is_empty() {
            "Value".into()
        } else {
            joined
        },
        "V",
    )
}

/// Makes `ident` usable: a leading digit gets `prefix`, keywords become raw identifiers.
fn escape(ident: String, prefix: &str) -> String {
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("{prefix}{ident}");
    }
    if NOT_RAW.contains(&ident.as_str()) {
        return format!("{ident}_");
    }
    if KEYWORDS.contains(&ident.as_str()) {
        return format!("r#{ident}");
    }
    ident
}

/// Hands out names that are unique within one scope by appending a number on a clash.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope in which `reserved` names are already taken.
    #[must_use]
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// `wanted` if it is free, else `wanted2`, `wanted3`, ...
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut candidate = wanted.to_owned();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{}{n}", wanted.trim_start_matches("r#"));
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("listProjectIssues"), "list_project_issues");
        assert_eq!(snake("_links"), "links");
        assert_eq!(snake("externalUrl"), "external_url");
        assert_eq!(snake("assignee_username[]"), "assignee_username");
        assert_eq!(snake("PRIVATE-TOKEN"), "private_token");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(pascal("HTTPServer"), "HttpServer");
        assert_eq!(pascal("created_by_me"), "CreatedByMe");
        assert_eq!(pascal("0"), "V0");
        assert_eq!(pascal("x-tar"), "XTar");
        assert_eq!(snake("2fa"), "v2fa");
        assert_eq!(pascal("Self"), "Self_");
    }

    #[test]
    fn scopes_number_clashes() {
        let mut scope = Scope::with_reserved(&["send"]);
        assert_eq!(scope.claim("send"), "send2");
        assert_eq!(scope.claim("state"), "state");
        assert_eq!(scope.claim("state"), "state2");
    }
}
