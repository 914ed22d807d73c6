//! The one formatting pass over generated Rust. syn parses each file, so a template bug fails
//! generation with the place it happened; prettyplease prints it, with a blank line between
//! items; and every file opens with `#![cfg_attr(rustfmt, rustfmt::skip)]`, so that `cargo fmt`
//! in a workspace that holds a generated crate leaves the generated files as they are (rustfmt
//! breaks lines differently from prettyplease, and a second formatter would triple the time).
//! The files of a crate are formatted on every core.

use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::{Span, TokenStream};
use syn::{Ident, ImplItem, Item, Macro, MacroDelimiter, Path, TraitItem};

use crate::{Error, GeneratedFile, Result};

/// Parses and prints one Rust file; `name` (its template) names it in errors.
pub fn format_rust(name: &str, text: &str) -> Result<String> {
    format_piece(name, text, true)
}

/// Parses and prints whole items: a file, or a piece of one (see [`pieces`]); the `first` piece
/// gets the file's `rustfmt::skip` attribute and a blank line after its inner attributes.
fn format_piece(name: &str, text: &str, first: bool) -> Result<String> {
    let mut file = syn::parse_file(text).map_err(|error| parse_error(name, text, &error))?;
    if first {
        file.attrs
            .insert(0, syn::parse_quote!(#![cfg_attr(rustfmt, rustfmt::skip)]));
    }
    let marker = unused_name(text);
    space(&mut file.items, &marker, first);
    let printed = prettyplease::unparse(&file);
    let call = format!("{marker}!();");
    let mut out = String::with_capacity(printed.len() + printed.len() / 16);
    for line in printed.lines() {
        // The marker is a name the text does not hold, so only the inserted items match.
        if line.trim_start() != call {
            out.push_str(line);
        }
        out.push('\n');
    }
    Ok(out)
}

/// A file of a generated crate before formatting.
pub(crate) struct Unformatted {
    /// The file's path in its crate.
    pub path: String,
    /// The template it came from, when it is Rust to format (named in errors).
    pub rust_from: Option<String>,
    /// What goes before the text (the "generated, do not edit" line).
    pub header: String,
    /// The rendered text.
    pub text: String,
}

/// About how many bytes of a large file one thread formats at a time.
const PIECE_BYTES: usize = 256 * 1024;

/// Formats the Rust files of `files` on every core and keeps their order. A large file is cut
/// into pieces of whole items that are formatted apart (a file of 12 MB would otherwise keep
/// one core busy, and its syntax tree in memory, while the others wait); should a piece not
/// parse, the whole file is formatted again, so an error names its line in the file.
pub(crate) fn format_files(files: Vec<Unformatted>) -> Result<Vec<GeneratedFile>> {
    let cut: Vec<Vec<&str>> = files
        .iter()
        .map(|file| match file.rust_from {
            Some(_) => pieces(&file.text, PIECE_BYTES),
            None => Vec::new(),
        })
        .collect();
    let mut work: Vec<(usize, usize)> = cut
        .iter()
        .enumerate()
        .flat_map(|(f, pieces)| (0..pieces.len()).map(move |p| (f, p)))
        .collect();
    // Largest first, so that no long piece starts last.
    work.sort_by_key(|&(f, p)| std::cmp::Reverse(cut[f][p].len()));
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .min(work.len())
        .max(1);
    let format = |(f, p): (usize, usize)| {
        let template = files[f].rust_from.as_deref().unwrap_or_default();
        format_piece(template, cut[f][p], p == 0).ok()
    };
    let mut done: Vec<((usize, usize), Option<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    while let Some(&piece) = work.get(next.fetch_add(1, Ordering::Relaxed)) {
                        out.push((piece, format(piece)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(piece, _)| *piece);
    let mut done = done.into_iter().peekable();
    let mut out = Vec::with_capacity(files.len());
    for (f, file) in files.into_iter().enumerate() {
        let mut printed: Vec<Option<String>> = Vec::new();
        while let Some((_, text)) = done.next_if(|((of, _), _)| *of == f) {
            printed.push(text);
        }
        let body = match (
            &file.rust_from,
            printed.into_iter().collect::<Option<Vec<_>>>(),
        ) {
            (None, _) => file.text,
            (Some(_), Some(pieces)) => pieces.join("\n"),
            (Some(template), None) => format_rust(template, &file.text)?,
        };
        out.push(GeneratedFile {
            path: file.path,
            contents: format!("{}{body}", file.header),
        });
    }
    Ok(out)
}

/// `text` cut after top-level items (a `}` that closes the outermost brace, at the end of a
/// line) into pieces of at least `size` bytes, the last one possibly shorter. The scan knows
/// Rust's comments and string, raw string and character literals, so a brace inside one does
/// not count; a cut it gets wrong makes a piece that does not parse, and the whole file is
/// formatted instead. Inner attributes stay in the first piece.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut depth, mut i) = (0, 0usize, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', bytes, i).unwrap_or(bytes.len());
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = block_comment_end(bytes, i);
                continue;
            }
            b'"' => {
                i = string_end(bytes, i + 1);
                continue;
            }
            b'r' if raw_prefix(bytes, i) => {
                if let Some(end) = raw_string_end(bytes, i + 1) {
                    i = end;
                    continue;
                }
            }
            b'\'' => {
                i = char_end(text, i);
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0
                    && bytes[i] == b'}'
                    && bytes.get(i + 1) == Some(&b'\n')
                    && i + 2 - start >= size
                    && bytes.len() - (i + 2) >= size / 4
                {
                    out.push(&text[start..i + 2]);
                    start = i + 2;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&text[start..]);
    out
}

/// The position of the next `byte` from `from`.
fn memchr(byte: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == byte)
        .map(|p| from + p)
}

/// Whether the `r` at `i` can start a raw string: it starts a token, or follows a `b` or `c`
/// that does (`br"…"`, `cr"…"`).
fn raw_prefix(bytes: &[u8], i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).map(|j| bytes[j]);
    !ident_byte(before(1)) || matches!(before(1), Some(b'b' | b'c')) && !ident_byte(before(2))
}

/// Whether `byte` can end an identifier (so an `r` after it is not a raw string's prefix).
fn ident_byte(byte: Option<u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
}

/// After the block comment that opens at `i` (they nest).
fn block_comment_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// After the string literal whose text starts at `i` (just after the `"`).
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// After the raw string whose `#`s or `"` start at `i` (just after the `r`), if one does.
fn raw_string_end(bytes: &[u8], i: usize) -> Option<usize> {
    let hashes = bytes[i..].iter().take_while(|&&b| b == b'#').count();
    if bytes.get(i + hashes) != Some(&b'"') {
        return None;
    }
    let mut j = i + hashes + 1;
    while let Some(quote) = memchr(b'"', bytes, j) {
        let closing = &bytes[quote + 1..];
        if closing.len() >= hashes && closing[..hashes].iter().all(|&b| b == b'#') {
            return Some(quote + 1 + hashes);
        }
        j = quote + 1;
    }
    Some(bytes.len())
}

/// After the character literal or lifetime that starts with the `'` at `i`.
fn char_end(text: &str, i: usize) -> usize {
    let rest = &text[i + 1..];
    let mut chars = rest.char_indices();
    match chars.next() {
        // An escape: the literal ends at the next `'`.
        Some((_, '\\')) => memchr(b'\'', text.as_bytes(), i + 3).map_or(text.len(), |q| q + 1),
        Some(_) => match chars.next() {
            Some((at, '\'')) => i + 1 + at + 1,
            // A lifetime or a label: only the `'` is consumed.
            _ => i + 1,
        },
        None => text.len(),
    }
}

/// Puts a marker item between items (but not between two undocumented `use`s) at this level, in inline
/// modules and in impl and trait blocks, and first when `first` (after a file's inner
/// attributes); each marker prints as a line of its own that becomes a blank line.
fn space(items: &mut Vec<Item>, marker: &str, first: bool) {
    let blank = || {
        Item::Macro(syn::ItemMacro {
            attrs: Vec::new(),
            ident: None,
            mac: marker_macro(marker),
            semi_token: Some(Default::default()),
        })
    };
    let mut spaced = Vec::with_capacity(items.len() * 2 + 1);
    if first {
        spaced.push(blank());
    }
    let mut previous_use = false;
    for (index, mut item) in std::mem::take(items).into_iter().enumerate() {
        let is_use =
            matches!(&item, Item::Use(u) if !u.attrs.iter().any(|a| a.path().is_ident("doc")));
        if index > 0 && !(is_use && previous_use) {
            spaced.push(blank());
        }
        previous_use = is_use;
        match &mut item {
            Item::Mod(module) => {
                if let Some((_, inner)) = &mut module.content {
                    space(inner, marker, false);
                }
            }
            Item::Impl(block) => {
                block.items = interleave(std::mem::take(&mut block.items), || {
                    ImplItem::Macro(syn::ImplItemMacro {
                        attrs: Vec::new(),
                        mac: marker_macro(marker),
                        semi_token: Some(Default::default()),
                    })
                });
            }
            Item::Trait(block) => {
                block.items = interleave(std::mem::take(&mut block.items), || {
                    TraitItem::Macro(syn::TraitItemMacro {
                        attrs: Vec::new(),
                        mac: marker_macro(marker),
                        semi_token: Some(Default::default()),
                    })
                });
            }
            _ => {}
        }
        spaced.push(item);
    }
    *items = spaced;
}

/// `items` with `marker()` between each two.
fn interleave<T>(items: Vec<T>, marker: impl Fn() -> T) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len() * 2);
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.push(marker());
        }
        out.push(item);
    }
    out
}

/// `marker!()`.
fn marker_macro(marker: &str) -> Macro {
    Macro {
        path: Path::from(Ident::new(marker, Span::call_site())),
        bang_token: Default::default(),
        delimiter: MacroDelimiter::Paren(Default::default()),
        tokens: TokenStream::new(),
    }
}

/// A macro name that `text` does not contain anywhere.
fn unused_name(text: &str) -> String {
    (0u32..)
        .map(|n| format!("__blank_line_{n}"))
        .find(|name| !text.contains(name.as_str()))
        .unwrap_or_default()
}

/// Where `text` does not parse, with the lines around the place.
fn parse_error(name: &str, text: &str, error: &syn::Error) -> Error {
    let start = error.span().start();
    let excerpt = text
        .lines()
        .enumerate()
        .skip(start.line.saturating_sub(3))
        .take(5)
        .map(|(i, line)| format!("{:>5} | {line}", i + 1))
        .collect::<Vec<_>>()
        .join("\n");
    Error::InvalidRust {
        template: name.to_owned(),
        message: error.to_string(),
        line: start.line,
        column: start.column,
        excerpt,
    }
}

#[cfg(test)]
mod tests {
    use super::{Unformatted, format_files, format_rust};

    #[test]
    fn items_and_members_are_spaced_and_uses_are_kept_together() {
        let code = "//! Docs.\nuse a::b;\nuse c::d;\nconst A: u8 = 1;\n/// One.\nstruct S;\n\
                    impl S { fn a() {} fn b() {} }\nmod m { use x::y; fn f() {} }\n";
        assert_eq!(
            format_rust("t", code).expect("formats"),
            "#![cfg_attr(rustfmt, rustfmt::skip)]\n//! Docs.\n\nuse a::b;\nuse c::d;\n\n\
             const A: u8 = 1;\n\n/// One.\nstruct S;\n\nimpl S {\n    fn a() {}\n\n    fn b() {}\n}\n\n\
             mod m {\n    use x::y;\n\n    fn f() {}\n}\n"
        );
    }

    #[test]
    fn a_line_like_the_marker_inside_a_string_is_kept() {
        let code = "const A: &str = r#\"\n__blank_line_0!();\n\"#;\nconst B: u8 = 1;\n";
        let formatted = format_rust("t", code).expect("formats");
        assert!(formatted.contains("\n__blank_line_0!();\n"), "{formatted}");
        assert!(formatted.contains(";\n\nconst B"), "{formatted}");
    }

    #[test]
    fn a_parse_error_names_the_template_and_the_line() {
        let error = format_rust("lib.rs.tera", "fn a() {}\nfn b( {}\n")
            .expect_err("does not parse")
            .to_string();
        assert!(error.contains("lib.rs.tera"), "{error}");
        assert!(error.contains("fn b( {}"), "{error}");
    }

    #[test]
    fn pieces_are_cut_after_items_and_not_inside_literals_or_comments() {
        let tricky = concat!(
            "/// `}` in docs\n#[doc = \"}\\n\\\"}\"]\nstruct A {}\n",
            "const B: &str = r#\"\n}\n\"#;\nconst C: &[u8] = br\"}\n\";\n",
            "/* } /* nested } */ } */\nfn d<'a>(x: &'a str) -> char { let _ = x; '}' }\n",
            "fn e() -> char { '\\'' }\nmod f { fn g() {}\n}\n",
        );
        let text = tricky.repeat(40);
        let cut = super::pieces(&text, 200);
        assert!(cut.len() > 5, "{}", cut.len());
        assert_eq!(cut.concat(), text);
        for piece in &cut {
            syn::parse_file(piece).unwrap_or_else(|e| panic!("{e}: {piece}"));
        }
        // Formatting in pieces gives what formatting the whole file gives.
        let whole = format_rust("t", &text).expect("formats");
        let files = vec![Unformatted {
            path: "x.rs".into(),
            rust_from: Some("t".into()),
            header: String::new(),
            text: text.clone(),
        }];
        let pieces_bytes = super::PIECE_BYTES;
        assert!(text.len() < pieces_bytes, "one piece at the real size");
        let together = format_files(files).expect("formats");
        assert_eq!(together[0].contents, whole);
        let formatted: Vec<String> = cut
            .iter()
            .enumerate()
            .map(|(i, piece)| super::format_piece("t", piece, i == 0).expect("formats"))
            .collect();
        assert_eq!(formatted.join("\n"), whole);
    }

    #[test]
    fn a_file_whose_pieces_do_not_parse_is_reported_whole() {
        let text = format!("{}fn broken( {{}}\n", "fn a() {}\n".repeat(40_000));
        let files = vec![Unformatted {
            path: "x.rs".into(),
            rust_from: Some("big.rs.tera".into()),
            header: String::new(),
            text,
        }];
        let error = format_files(files).expect_err("does not parse").to_string();
        assert!(error.contains("big.rs.tera"), "{error}");
        assert!(
            error.contains("40001"),
            "the line in the whole file: {error}"
        );
    }

    #[test]
    fn files_keep_their_order_and_only_rust_is_formatted() {
        let file = |path: &str, rust: bool, text: &str| Unformatted {
            path: path.into(),
            rust_from: rust.then(|| "t".to_owned()),
            header: "// h\n".into(),
            text: text.into(),
        };
        let files = vec![
            file("a.toml", false, "x =  1\n"),
            file(
                "big.rs",
                true,
                &"fn   f() {}\n".repeat(50).replace("f()", "f0()"),
            ),
            file("b.rs", true, "fn   g( ) {}"),
        ];
        let out = format_files(files).expect("formats");
        let paths: Vec<_> = out.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["a.toml", "big.rs", "b.rs"]);
        assert_eq!(out[0].contents, "// h\nx =  1\n");
        assert_eq!(
            out[2].contents,
            "// h\n#![cfg_attr(rustfmt, rustfmt::skip)]\n\nfn g() {}\n"
        );
        let broken = vec![file("c.rs", true, "fn (")];
        assert!(format_files(broken).is_err());
    }
}
