//! Template rendering: tera renders text, and [`crate::format`] parses and prints the Rust
//! files, so a template bug fails generation instead of producing a broken crate.

use std::path::Path;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::format::Unformatted;
use crate::{Error, GeneratedFile, Result};

/// The template context of a model; `what` names it in errors.
pub(crate) fn context_of(model: &impl Serialize, what: &str) -> Result<Context> {
    Context::from_serialize(model).map_err(|e| Error::Template {
        template: format!("({what})"),
        message: e.to_string(),
    })
}

/// The files of one generated crate, rendered from templates, each opening with the
/// "generated, do not edit" header in its own comment syntax.
pub(crate) struct Output<'t> {
    templates: &'t Templates,
    header: &'t str,
    /// The files rendered so far.
    files: Vec<Unformatted>,
}

impl<'t> Output<'t> {
    /// No files yet; each will carry `header`.
    pub fn new(templates: &'t Templates, header: &'t str) -> Self {
        Self {
            templates,
            header,
            files: Vec::new(),
        }
    }

    /// A TOML file (`# header`).
    pub fn toml(&mut self, path: &str, template: &str, context: &Context) -> Result<()> {
        let text = self.templates.text(template, context)?;
        self.push(path, None, format!("# {}\n", self.header), text);
        Ok(())
    }

    /// A Markdown file (`<!-- header -->`).
    pub fn markdown(&mut self, path: &str, template: &str, context: &Context) -> Result<()> {
        let text = self.templates.text(template, context)?;
        self.push(path, None, format!("<!-- {} -->\n", self.header), text);
        Ok(())
    }

    /// A Rust file (`// header`), parsed and formatted by [`Output::finish`].
    pub fn rust(&mut self, path: &str, template: &str, context: &Context) -> Result<()> {
        let text = self.templates.text(template, context)?;
        let header = format!("// {}\n\n", self.header);
        self.push(path, Some(template.to_owned()), header, text);
        Ok(())
    }

    fn push(&mut self, path: &str, rust_from: Option<String>, header: String, text: String) {
        self.files.push(Unformatted {
            path: path.to_owned(),
            rust_from,
            header,
            text,
        });
    }

    /// The files, the Rust ones formatted (on every core).
    pub fn finish(self) -> Result<Vec<GeneratedFile>> {
        let [files] = Self::finish_all([self])?;
        Ok(files)
    }

    /// The files of several crates, formatted in one pass so that every core stays busy.
    pub fn finish_all<const N: usize>(outputs: [Self; N]) -> Result<[Vec<GeneratedFile>; N]> {
        let counts = outputs.each_ref().map(|out| out.files.len());
        let mut formatted =
            crate::format::format_files(outputs.into_iter().flat_map(|out| out.files).collect())?
                .into_iter();
        Ok(counts.map(|count| formatted.by_ref().take(count).collect()))
    }
}

/// One file of `templates/client` as a `(name, contents)` pair.
macro_rules! embed {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../templates/client/",
                $name
            )),
        )
    };
}

/// `templates/client` (the client and its models crate, `models/`), file by file; a unit test
/// keeps this list equal to the directory.
const EMBEDDED_CLIENT: &[(&str, &str)] = &[
    embed!("Cargo.toml.tera"),
    embed!("README.md.tera"),
    embed!("every_operation.rs.tera"),
    embed!("lib.rs.tera"),
    embed!("models/Cargo.toml.tera"),
    embed!("models/README.md.tera"),
    embed!("models/lib.rs.tera"),
    embed!("models/tag.rs.tera"),
    embed!("response_examples.rs.tera"),
    embed!("tag.rs.tera"),
    embed!("types.rs.tera"),
];

/// The templates of one generator, loaded from a directory or embedded.
pub struct Templates {
    tera: Tera,
}

impl Templates {
    /// Loads every `*.tera` file under `dir`, named by its path relative to `dir`.
    pub fn load(dir: &Path) -> Result<Self> {
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
        Self::from_sources(&dir.display().to_string(), sources)
    }

    /// The client templates of this repository (`templates/client`), compiled into the
    /// generator so that it runs from any directory.
    pub fn embedded_client() -> Result<Self> {
        Self::from_sources("the embedded client templates", EMBEDDED_CLIENT.to_vec())
    }

    /// Templates from `(name, text)` pairs; `origin` names them in errors.
    fn from_sources<N: AsRef<str>, T: AsRef<str>>(
        origin: &str,
        sources: Vec<(N, T)>,
    ) -> Result<Self> {
        let mut tera = Tera::new();
        register_escapes(&mut tera);
        // All at once, so that templates may include each other in any order.
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(origin, &e))?;
        Ok(Self { tera })
    }

    /// Renders `name` as text.
    pub fn text(&self, name: &str, context: &Context) -> Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| template_error(name, &e))
    }
}

/// Filters that carry text from the document into generated files, whatever it holds: a
/// document is untrusted input, so no template splices such text raw.
///
/// - `rust_str`: a Rust string literal (`format!("{:?}")`), for wire names, paths and ids;
/// - `doc_text`: one line of rustdoc prose, with rustdoc's markup and line breaks escaped;
/// - `doc_code`: text inside a code span of a doc line, with line breaks escaped (and rustdoc's
///   markup, should a backtick in the text end the span);
/// - `toml_str`: a TOML basic string, for `Cargo.toml`.
fn register_escapes(tera: &mut Tera) {
    tera.register_filter("rust_str", |text: &str, _: Kwargs, _: &State| {
        format!("{text:?}")
    });
    tera.register_filter("doc_text", |text: &str, _: Kwargs, _: &State| {
        crate::types::escape_doc(&one_line(text))
    });
    tera.register_filter("doc_code", |text: &str, _: Kwargs, _: &State| {
        crate::types::escape_doc_from(&one_line(text), true)
    });
    tera.register_filter("toml_str", |text: &str, _: Kwargs, _: &State| {
        toml_string(text)
    });
}

/// `text` on one line: every control character (a newline, `\r`, a tab) and every invisible
/// character rustc refuses in comments is written as its escape, so the text cannot end a
/// comment, start a line of its own or reorder what a reader sees.
pub(crate) fn one_line(text: &str) -> String {
    visible(text, |_| false)
}

/// `text` with the characters [`one_line`] escapes written as escapes, except those `keep`
/// accepts.
pub(crate) fn visible(text: &str, keep: impl Fn(char) -> bool) -> String {
    text.chars()
        .map(|c| {
            if hidden(c) && !keep(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Characters that must not appear raw in a generated comment: control characters (a lone
/// `\r` is an error in a doc comment), line and paragraph separators, and the bidirectional
/// overrides that rustc's `text_direction_codepoint_in_comment` lint rejects.
pub(crate) fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}'
                | '\u{2029}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// A TOML basic string holding `text`.
pub(crate) fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if hidden(c) => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
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
    use std::path::Path;

    use super::{EMBEDDED_CLIENT, collect, one_line, toml_string};

    #[test]
    fn embedded_client_templates_are_the_files_of_templates_client() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/client");
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files).expect("templates/client is readable");
        let mut on_disk: Vec<(String, String)> = files
            .into_iter()
            .map(|(name, path)| (name, std::fs::read_to_string(path).expect("readable")))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<(String, String)> = EMBEDDED_CLIENT
            .iter()
            .map(|&(name, text)| (name.to_owned(), text.to_owned()))
            .collect();
        embedded.sort();
        let names =
            |set: &[(String, String)]| set.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&embedded),
            names(&on_disk),
            "add or remove the file in `EMBEDDED_CLIENT` (crates/codegen/src/render.rs)"
        );
        for ((name, embedded), (_, on_disk)) in embedded.iter().zip(&on_disk) {
            assert!(
                embedded == on_disk,
                "{name}: the embedded copy differs from the file"
            );
        }
        super::Templates::embedded_client().expect("the embedded templates parse");
    }

    #[test]
    fn text_for_one_line_and_toml_strings_keeps_every_character() {
        assert_eq!(one_line("a\nb\r\tc \"d\" */"), r#"a\nb\r\tc "d" */"#);
        assert_eq!(toml_string("say \"hi\" \\ \n"), r#""say \"hi\" \\ \u000A""#);
    }

    #[test]
    fn templates_render_document_text_as_rust_literals() {
        let templates = super::Templates::from_sources(
            "test",
            vec![(
                "t",
                "{{ s | rust_str }} {{ s | doc_code }} {{ s | toml_str }}",
            )],
        )
        .expect("templates");
        let mut context = tera::Context::new();
        context.insert("s", "a\"\\\n");
        assert_eq!(
            templates.text("t", &context).expect("renders"),
            r#""a\"\\\n" a"\\n "a\"\\\u000A""#
        );
        // A backtick ends the template's code span: markup after it is prose and escaped.
        context.insert("s", "x`<b>`[y]");
        let code = templates.text("t", &context).expect("renders");
        assert!(code.contains(r" x`\<b\>`[y] "), "{code}");
    }
}
