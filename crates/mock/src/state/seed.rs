//! What the stateful mock starts with: items of its top-level collections (`users`, `groups`,
//! `projects`, ...), from a file or the sample set.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::TokenTable;

/// Seed data: for each top-level collection by name (`users` for `/users`), its items. Each
/// item gives the fields it sets; the rest come from the documented example, as for an item
/// created by `POST` (so `{"name": "Tools", "path": "tools"}` is a whole group). Items
/// without an `id` are numbered in order. Users come first, then groups, then projects (which
/// may name their group with `namespace_id`), then the others by name.
///
/// ```json
/// {"groups": [{"id": 5, "name": "Tools", "path": "tools"}],
///  "projects": [{"name": "CLI", "namespace_id": 5}]}
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Seed(pub BTreeMap<String, Vec<Map<String, Value>>>);

impl Seed {
    /// The sample set: the users of `tokens` (in the sample table `root`, the administrator,
    /// `alice` and `bob`), the group `group` (ID 1), and in it the projects `group/project`
    /// (ID 1) and `group/other` (ID 2).
    #[must_use]
    pub fn sample(tokens: &TokenTable) -> Self {
        let users = tokens
            .users
            .iter()
            .map(|user| {
                object(json!({
                    "id": user.id,
                    "username": user.username,
                    "name": display_name(&user.username),
                    "email": format!("{}@example.com", user.username),
                    "state": "active",
                    "is_admin": user.admin,
                }))
            })
            .collect();
        let mut collections = BTreeMap::new();
        collections.insert("users".to_owned(), users);
        collections.insert(
            "groups".to_owned(),
            vec![object(
                json!({"id": 1, "name": "Group", "path": "group", "visibility": "public"}),
            )],
        );
        collections.insert(
            "projects".to_owned(),
            vec![
                object(
                    json!({"id": 1, "name": "Project", "path": "project", "namespace_id": 1,
                              "visibility": "public", "default_branch": "main"}),
                ),
                object(
                    json!({"id": 2, "name": "Other", "path": "other", "namespace_id": 1,
                              "visibility": "private", "default_branch": "main"}),
                ),
            ],
        );
        Self(collections)
    }

    /// The collections in the order they are seeded: `users`, `groups`, `projects`, then the
    /// others by name.
    pub(crate) fn in_order(&self) -> Vec<(&str, &[Map<String, Value>])> {
        const FIRST: [&str; 3] = ["users", "groups", "projects"];
        let mut ordered: Vec<(&str, &[Map<String, Value>])> = FIRST
            .iter()
            .filter_map(|name| self.0.get_key_value(*name))
            .map(|(name, items)| (name.as_str(), items.as_slice()))
            .collect();
        ordered.extend(
            self.0
                .iter()
                .filter(|(name, _)| !FIRST.contains(&name.as_str()))
                .map(|(name, items)| (name.as_str(), items.as_slice())),
        );
        ordered
    }
}

/// `alice` becomes `Alice`.
fn display_name(username: &str) -> String {
    let mut chars = username.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The object of a `json!` literal (an empty one for any other value).
pub(crate) fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::Seed;
    use crate::TokenTable;

    #[test]
    fn the_sample_seeds_users_before_the_groups_and_projects_that_name_them() {
        let seed = Seed::sample(&TokenTable::sample());
        let order: Vec<&str> = seed.in_order().iter().map(|(name, _)| *name).collect();
        assert_eq!(order, ["users", "groups", "projects"]);
        let users = &seed.0["users"];
        assert_eq!(users[0]["username"], "root");
        assert_eq!(users[0]["is_admin"], true);
        assert_eq!(users[1]["name"], "Alice");
        // A seed file has the same shape.
        let text = r#"{"zeta": [], "projects": [{"name": "CLI"}], "users": []}"#;
        let parsed: Seed = serde_json::from_str(text).expect("a seed");
        let order: Vec<&str> = parsed.in_order().iter().map(|(name, _)| *name).collect();
        assert_eq!(order, ["users", "projects", "zeta"]);
    }
}
