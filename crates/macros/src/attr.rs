//! Parsing of `#[endpoint(...)]`, `#[param(...)]` and doc
//! comments into the [`ast`](crate::ast) representation. Every problem is recorded in
//! [`Errors`] and parsing goes on, so one compile shows all of them.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Token, bracketed, parenthesized};

use crate::ast::{Endpoint, EndpointAttr, Field, Location, Paginate, Params, Variant};
use crate::symbol;

/// Collected errors; combined into one `compile_error!` set at the end.
#[derive(Default)]
pub struct Errors(Vec<syn::Error>);

impl Errors {
    /// Records an error at `span`.
    pub fn push(&mut self, span: Span, message: impl std::fmt::Display) {
        self.0.push(syn::Error::new(span, message));
    }

    /// Records an already built error.
    pub fn push_error(&mut self, error: syn::Error) {
        self.0.push(error);
    }

    /// All errors as one, or `Ok` when there were none.
    pub fn finish(self) -> syn::Result<()> {
        let mut errors = self.0.into_iter();
        let Some(mut first) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            first.combine(error);
        }
        Err(first)
    }
}

/// The fields of a struct with named fields (none for a unit struct), or an error.
fn struct_fields(
    input: &syn::DeriveInput,
    derive: &str,
    errors: &mut Errors,
) -> Option<Vec<Field>> {
    let syn::Data::Struct(data) = &input.data else {
        errors.push(
            input.ident.span(),
            format!("`{derive}` can only be derived for a struct with named fields"),
        );
        return None;
    };
    match &data.fields {
        syn::Fields::Named(named) => Some(
            named
                .named
                .iter()
                .map(|field| parse_field(field, errors))
                .collect(),
        ),
        syn::Fields::Unit => Some(Vec::new()),
        syn::Fields::Unnamed(fields) => {
            errors.push(
                fields.span(),
                "fields must be named: they are the endpoint's parameters",
            );
            None
        }
    }
}

/// Parses a `#[derive(Params)]` input.
pub fn parse_params(input: &syn::DeriveInput, errors: &mut Errors) -> Option<Params> {
    let fields = struct_fields(input, "Params", errors)?;
    Some(Params {
        ident: input.ident.clone(),
        fields,
    })
}

/// Parses the whole derive input.
pub fn parse(input: &syn::DeriveInput, errors: &mut Errors) -> Option<Endpoint> {
    let fields = struct_fields(input, "Endpoint", errors)?;

    let mut attr = None;
    for attribute in &input.attrs {
        if attribute.path().is_ident(symbol::ENDPOINT) {
            if attr.is_some() {
                errors.push(attribute.span(), "duplicate `#[endpoint]` attribute");
                continue;
            }
            match attribute
                .parse_args_with(|stream: ParseStream<'_>| parse_endpoint_attr(stream, errors))
            {
                Ok(parsed) => attr = Some(parsed),
                Err(error) => errors.push_error(error),
            }
        }
    }
    let Some(attr) = attr else {
        if !input
            .attrs
            .iter()
            .any(|a| a.path().is_ident(symbol::ENDPOINT))
        {
            errors.push(
                input.ident.span(),
                "missing `#[endpoint(method, \"/path\", tag = \"...\", response = Type)]` attribute",
            );
        }
        return None;
    };

    Some(Endpoint {
        ident: input.ident.clone(),
        attr,
        fields,
        doc: doc_of(&input.attrs),
    })
}

/// The doc comment of an item, lines joined with `\n`, common indentation removed.
fn doc_of(attrs: &[syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) => Some(text.value()),
            _ => None,
        })
        .collect();
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    // Lines of one paragraph are unwrapped into one line; blank lines, list items and table
    // rows keep their line breaks, so Markdown renders the same and descriptions stay tidy.
    let mut text = String::new();
    for line in lines
        .iter()
        .map(|line| line.get(indent..).unwrap_or("").trim_end())
    {
        let starts_block =
            line.is_empty() || line.starts_with(['-', '*', '|', '#']) || line.starts_with("```");
        let after_block = text.ends_with('\n')
            || text.is_empty()
            || text
                .lines()
                .last()
                .is_some_and(|l| l.starts_with(['|', '#']) || l.starts_with("```"));
        if !text.is_empty() {
            text.push(if starts_block || after_block {
                '\n'
            } else {
                ' '
            });
        }
        text.push_str(line);
    }
    text.trim().to_owned()
}

fn parse_endpoint_attr(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<EndpointAttr> {
    let method: syn::Ident = input.parse()?;
    if !symbol::METHODS.contains(&method.to_string().as_str()) {
        errors.push(
            method.span(),
            format!(
                "unknown HTTP method `{method}`\nhelp: use one of {}",
                symbol::METHODS.join(", ")
            ),
        );
    }
    input.parse::<Token![,]>()?;
    let path: syn::LitStr = input.parse()?;

    let mut attr = EndpointAttr {
        method,
        path,
        tag: None,
        response: None,
        paginate: Paginate::None,
        status: None,
        operation_id: None,
        example: None,
        raw: None,
        public: false,
        job_token: false,
        admin: false,
        scim: false,
        multipart: false,
        deprecated: false,
        not_modified: false,
        variants: Vec::new(),
    };
    let mut seen: Vec<String> = Vec::new();
    let mut scim_key: Option<syn::Ident> = None;

    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let key: syn::Ident = input.call(syn::ext::IdentExt::parse_any)?;
        let name = key.to_string();
        if seen.contains(&name) && name != symbol::VARIANT {
            errors.push(key.span(), format!("duplicate `{name}` in `#[endpoint]`"));
        }
        seen.push(name.clone());
        match name.as_str() {
            symbol::TAG => attr.tag = Some(value(input)?),
            symbol::RESPONSE => {
                input.parse::<Token![=]>()?;
                attr.response = Some(input.parse()?);
            }
            symbol::STATUS => {
                let status: syn::LitInt = value(input)?;
                match status.base10_parse::<u16>() {
                    Ok(code) if (200..300).contains(&code) => {}
                    _ => errors.push(
                        status.span(),
                        "`status` is the success status: a number from 200 to 299",
                    ),
                }
                attr.status = Some(status);
            }
            symbol::ID => attr.operation_id = Some(value(input)?),
            symbol::EXAMPLE => attr.example = Some(value(input)?),
            symbol::RAW => attr.raw = Some(value(input)?),
            symbol::PAGINATE => attr.paginate = parse_paginate(input, errors)?,
            symbol::PUBLIC => attr.public = true,
            symbol::JOB_TOKEN => attr.job_token = true,
            symbol::ADMIN => attr.admin = true,
            symbol::SCIM => {
                attr.scim = true;
                scim_key = Some(key.clone());
            }
            symbol::MULTIPART => attr.multipart = true,
            symbol::DEPRECATED => attr.deprecated = true,
            symbol::NOT_MODIFIED => attr.not_modified = true,
            symbol::VARIANT => attr.variants.push(parse_variant(key, input, errors)?),
            _ => {
                errors.push(
                    key.span(),
                    format!(
                        "unknown `#[endpoint]` key `{name}`\nhelp: expected one of {}",
                        symbol::ENDPOINT_KEYS
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                skip_value(input)?;
            }
        }
    }
    if let Some(key) = scim_key
        && (attr.public || attr.job_token || attr.admin || !matches!(attr.paginate, Paginate::None))
    {
        errors.push(
            key.span(),
            "a `scim` endpoint takes only the group's SCIM token and pages with SCIM's \
             `startIndex`/`count`: `public`, `job_token`, `admin` and `paginate` do not apply",
        );
    }
    Ok(attr)
}

/// Parses `variant("/path", id = "...", summary = "...", tag = "...", example = "...")`.
fn parse_variant(
    keyword: syn::Ident,
    input: ParseStream<'_>,
    errors: &mut Errors,
) -> syn::Result<Variant> {
    let content;
    parenthesized!(content in input);
    let path: syn::LitStr = content.parse()?;
    let mut variant = Variant {
        keyword,
        path,
        operation_id: None,
        summary: None,
        tag: None,
        example: None,
    };
    let mut seen: Vec<String> = Vec::new();
    while !content.is_empty() {
        content.parse::<Token![,]>()?;
        if content.is_empty() {
            break;
        }
        let key: syn::Ident = content.call(syn::ext::IdentExt::parse_any)?;
        let name = key.to_string();
        if seen.contains(&name) {
            errors.push(key.span(), format!("duplicate `{name}` in `variant(...)`"));
        }
        seen.push(name.clone());
        match name.as_str() {
            symbol::ID => variant.operation_id = Some(value(&content)?),
            symbol::SUMMARY => variant.summary = Some(value(&content)?),
            symbol::TAG => variant.tag = Some(value(&content)?),
            symbol::EXAMPLE => variant.example = Some(value(&content)?),
            _ => {
                errors.push(
                    key.span(),
                    format!(
                        "unknown `variant` key `{name}`\nhelp: expected one of {}",
                        symbol::VARIANT_KEYS
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                skip_value(&content)?;
            }
        }
    }
    Ok(variant)
}

/// Parses `= <value>`.
fn value<T: Parse>(input: ParseStream<'_>) -> syn::Result<T> {
    input.parse::<Token![=]>()?;
    input.parse()
}

/// Skips the value of an unknown key so parsing can go on to the next one.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        while !input.is_empty() && !input.peek(Token![,]) {
            input.parse::<proc_macro2::TokenTree>()?;
        }
    } else if input.peek(syn::token::Paren) {
        let _content;
        parenthesized!(_content in input);
    }
    Ok(())
}

fn parse_paginate(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<Paginate> {
    input.parse::<Token![=]>()?;
    let kind: syn::Ident = input.parse()?;
    match kind.to_string().as_str() {
        symbol::OFFSET => Ok(Paginate::Offset),
        symbol::KEYSET => {
            let mut order_by = Vec::new();
            let mut sort = Vec::new();
            if input.peek(syn::token::Paren) {
                let content;
                parenthesized!(content in input);
                while !content.is_empty() {
                    let key: syn::Ident = content.parse()?;
                    content.parse::<Token![=]>()?;
                    let list;
                    bracketed!(list in content);
                    let values: Punctuated<syn::LitStr, Token![,]> =
                        list.parse_terminated(|s| s.parse(), Token![,])?;
                    match key.to_string().as_str() {
                        symbol::ORDER_BY => order_by.extend(values),
                        symbol::SORT => sort.extend(values),
                        other => errors.push(
                            key.span(),
                            format!("unknown keyset option `{other}`\nhelp: expected `order_by` or `sort`"),
                        ),
                    }
                    if !content.is_empty() {
                        content.parse::<Token![,]>()?;
                    }
                }
            }
            if order_by.is_empty() {
                errors.push(
                    kind.span(),
                    "keyset pagination needs the `order_by` values it supports\nhelp: `paginate = keyset(order_by = [\"id\"])`",
                );
            }
            Ok(Paginate::Keyset { order_by, sort })
        }
        other => {
            errors.push(
                kind.span(),
                format!(
                    "unknown pagination `{other}`\nhelp: use `offset` or `keyset(order_by = [..])`"
                ),
            );
            Ok(Paginate::None)
        }
    }
}

fn parse_field(field: &syn::Field, errors: &mut Errors) -> Field {
    let ident = field.ident.clone().expect("named fields have identifiers");
    let mut parsed = Field {
        ident,
        ty: field.ty.clone(),
        location: None,
        rename: None,
        comma: false,
        deprecated: false,
        flatten: false,
        doc: doc_of(&field.attrs),
    };
    for attribute in &field.attrs {
        if !attribute.path().is_ident(symbol::PARAM) {
            continue;
        }
        let result = attribute.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            let location = match key.as_str() {
                symbol::PATH => Some(Location::Path),
                symbol::QUERY => Some(Location::Query),
                symbol::BODY => Some(Location::Body),
                _ => None,
            };
            if let Some(location) = location {
                if parsed.location.is_some() {
                    errors.push(
                        meta.path.span(),
                        "a parameter has one location: use only one of `path`, `query`, `body`",
                    );
                }
                parsed.location = Some((location, meta.path.span()));
                return Ok(());
            }
            match key.as_str() {
                symbol::RENAME => parsed.rename = Some(meta.value()?.parse()?),
                symbol::COMMA => parsed.comma = true,
                symbol::FLATTEN => parsed.flatten = true,
                symbol::DEPRECATED => parsed.deprecated = true,
                _ => {
                    errors.push(
                        meta.path.span(),
                        format!(
                            "unknown `#[param]` key `{key}`\nhelp: expected one of {}",
                            symbol::PARAM_KEYS
                                .iter()
                                .map(|k| format!("`{k}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    if meta.input.peek(Token![=]) {
                        let _skipped: syn::Expr = meta.value()?.parse()?;
                    }
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push_error(error);
        }
    }
    parsed
}
