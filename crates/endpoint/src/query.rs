//! Flattening parameter values into GitLab's query-string and body forms.
//!
//! GitLab (Grape on Rails) reads nested parameters from bracketed names:
//!
//! | value | query pairs |
//! |---|---|
//! | `labels: ["a", "b"]` | `labels[]=a`, `labels[]=b` |
//! | `labels: ["a", "b"]`, comma style | `labels=a,b` |
//! | `override_params: {"visibility": "private"}` | `override_params[visibility]=private` |
//! | `variables: [{"key": "K", "value": "V"}]` | `variables[0][key]=K`, `variables[0][value]=V` |
//!
//! Values go through serde first, so any `Serialize` type works; `None` sends nothing.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::{Error, Result};

/// Accumulates query pairs (unencoded; the HTTP layer percent-encodes them).
#[derive(Debug, Default)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
}

impl QueryWriter {
    /// An empty writer.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds parameter `name` with `value` in GitLab's bracketed forms.
    ///
    /// # Errors
    /// Fails when the value cannot be serialized or is an array nested directly in an array.
    pub fn push<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<()> {
        let value = to_value(name, value)?;
        self.flatten(name.to_owned(), &value)
    }

    /// Adds parameter `name` with an array value joined by commas (`labels=a,b`).
    ///
    /// # Errors
    /// Fails when the value cannot be serialized or holds something other than scalars.
    pub fn push_comma<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        match to_value(name, value)? {
            Value::Null => Ok(()),
            Value::Array(items) => {
                let mut parts = Vec::with_capacity(items.len());
                for item in &items {
                    parts.push(scalar(item).ok_or_else(|| Error::UnsupportedQueryShape {
                        name: name.to_owned(),
                        reason: "a comma-separated list holds only scalars",
                    })?);
                }
                self.pairs.push((name.to_owned(), parts.join(",")));
                Ok(())
            }
            other => self.flatten(name.to_owned(), &other),
        }
    }

    /// The pairs collected so far, in insertion order.
    #[must_use]
    pub fn finish(self) -> Vec<(String, String)> {
        self.pairs
    }

    fn flatten(&mut self, key: String, value: &Value) -> Result<()> {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    match item {
                        Value::Object(_) => self.flatten(format!("{key}[{index}]"), item)?,
                        Value::Array(_) => {
                            return Err(Error::UnsupportedQueryShape {
                                name: key,
                                reason: "arrays nested directly in arrays have no query form",
                            });
                        }
                        _ => self.flatten(format!("{key}[]"), item)?,
                    }
                }
            }
            Value::Object(map) => {
                for (field, item) in map {
                    self.flatten(format!("{key}[{field}]"), item)?;
                }
            }
            scalar_value => {
                if let Some(text) = scalar(scalar_value) {
                    self.pairs.push((key, text));
                }
            }
        }
        Ok(())
    }
}

fn to_value<T: Serialize + ?Sized>(name: &'static str, value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|source| Error::Serialize { name, source })
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        Value::String(text) => Some(text.clone()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

/// Inserts body parameter `name` into a JSON object body; `None` values are left out.
///
/// # Errors
/// Fails when the value cannot be serialized.
pub fn body_insert<T: Serialize + ?Sized>(
    body: &mut Map<String, Value>,
    name: &'static str,
    value: &T,
) -> Result<()> {
    match to_value(name, value)? {
        Value::Null => {}
        other => {
            body.insert(name.to_owned(), other);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::QueryWriter;

    fn pairs(f: impl FnOnce(&mut QueryWriter)) -> Vec<(String, String)> {
        let mut writer = QueryWriter::new();
        f(&mut writer);
        writer.finish()
    }

    fn p(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn scalars_and_none() {
        let got = pairs(|w| {
            w.push("state", &Some("opened")).unwrap();
            w.push("confidential", &true).unwrap();
            w.push("iid", &Option::<u64>::None).unwrap();
            w.push("per_page", &50).unwrap();
        });
        assert_eq!(
            got,
            vec![
                p("state", "opened"),
                p("confidential", "true"),
                p("per_page", "50")
            ]
        );
    }

    #[test]
    fn arrays_use_brackets_and_comma_style_joins() {
        let got = pairs(|w| {
            w.push("iids", &[1, 2]).unwrap();
            w.push_comma("labels", &vec!["bug", "ui"]).unwrap();
        });
        assert_eq!(
            got,
            vec![p("iids[]", "1"), p("iids[]", "2"), p("labels", "bug,ui")]
        );
    }

    #[test]
    fn hashes_and_arrays_of_hashes() {
        #[derive(Serialize)]
        struct Var {
            key: &'static str,
            value: &'static str,
        }
        let mut hash = BTreeMap::new();
        hash.insert("visibility", "private");
        let got = pairs(|w| {
            w.push("override_params", &hash).unwrap();
            w.push(
                "variables",
                &[
                    Var {
                        key: "A",
                        value: "1",
                    },
                    Var {
                        key: "B",
                        value: "2",
                    },
                ],
            )
            .unwrap();
        });
        assert_eq!(
            got,
            vec![
                p("override_params[visibility]", "private"),
                p("variables[0][key]", "A"),
                p("variables[0][value]", "1"),
                p("variables[1][key]", "B"),
                p("variables[1][value]", "2"),
            ]
        );
    }

    #[test]
    fn nested_arrays_are_rejected_with_the_parameter_name() {
        let mut writer = QueryWriter::new();
        let err = writer.push("matrix", &[[1, 2]]).unwrap_err();
        assert!(err.to_string().contains("`matrix`"), "{err}");
    }
}
