//! Template rendering: tera renders text, syn checks that Rust output parses, prettyplease
//! formats it, so a template bug fails generation instead of producing a broken crate.

use std::path::Path;

use tera::{Context, Tera};

use crate::{Error, Result};

/// The templates of one generator, loaded from a directory.
pub struct Templates {
    tera: Tera,
}

impl Templates {
    /// Loads every `*.tera` file under `dir`, named by its path relative to `dir`.
    pub fn load(dir: &Path) -> Result<Self> {
        let mut tera = Tera::new();
        let mut files = Vec::new();
        collect(dir, dir, &mut files)?;
        files.sort();
        let mut sources = Vec::new();
        for (name, path) in files {
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.display().to_string(),
                source,
            })?;
            sources.push((name, text));
        }
        // All at once, so that templates may include each other in any order.
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&dir.display().to_string(), &e))?;
        Ok(Self { tera })
    }

    /// Renders `name` as text.
    pub fn text(&self, name: &str, context: &Context) -> Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| template_error(name, &e))
    }

    /// Renders `name`, parses the result as a Rust file and formats it.
    pub fn rust(&self, name: &str, context: &Context) -> Result<String> {
        let text = self.text(name, context)?;
        format_rust(name, &text)
    }
}

/// Parses and pretty-prints Rust source, reporting where it does not parse.
pub fn format_rust(name: &str, text: &str) -> Result<String> {
    match syn::parse_file(text) {
        Ok(file) => Ok(space_items(&prettyplease::unparse(&file))),
        Err(error) => {
            let start = error.span().start();
            let excerpt = text
                .lines()
                .enumerate()
                .skip(start.line.saturating_sub(3))
                .take(5)
                .map(|(i, line)| format!("{:>5} | {line}", i + 1))
                .collect::<Vec<_>>()
                .join("\n");
            Err(Error::InvalidRust {
                template: name.to_owned(),
                message: error.to_string(),
                line: start.line,
                column: start.column,
                excerpt,
            })
        }
    }
}

/// Puts a blank line between items, which prettyplease leaves out, so the output reads like
/// hand-written code: after the module docs and after each item or impl member that ends
/// with a lone `}` at the top two levels of nesting.
fn space_items(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        let ends_docs = line.starts_with("//!") && !next.starts_with("//!");
        let ends_item = ["}", "    }"].contains(line)
            && next.len() > line.len()
            && next.starts_with(&line[..line.len() - 1])
            && !next[line.len() - 1..].starts_with(['}', ')', ']', ' ', ','])
            && !next.trim_start().starts_with("else");
        // A doc or comment line ending in `;` is prose, not a statement.
        let ends_statement = (line.ends_with(';') && !line.starts_with([' ', '/']))
            && !next.is_empty()
            && !next.starts_with("use ");
        if ends_docs || ends_item || ends_statement {
            out.push('\n');
        }
    }
    out
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, std::path::PathBuf)>) -> Result<()> {
    let io = |source| Error::Io {
        path: dir.display().to_string(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "tera") {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, path));
        }
    }
    Ok(())
}

fn template_error(name: &str, error: &tera::Error) -> Error {
    // Tera keeps the useful part (file, line, what went wrong) in the error chain.
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        source = inner.source();
    }
    Error::Template {
        template: name.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn items_are_spaced_but_doc_prose_is_not() {
        let code = "use a::b;\nconst A: u8 = 1;\n/// One; two\n/// three.\nstruct S;\n";
        assert_eq!(
            space_items(code),
            "use a::b;\n\nconst A: u8 = 1;\n\n/// One; two\n/// three.\nstruct S;\n"
        );
        let doc = "/// First line;\n/// second line.\npub struct T {}\n";
        assert_eq!(space_items(doc), doc);
    }
}
