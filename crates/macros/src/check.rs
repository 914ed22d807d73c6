//! Validation of a parsed route type: everything that can be wrong with a declaration and is
//! not a syntax error. Every problem is reported, each at its own token.

use std::collections::BTreeMap;

use crate::ast::{Endpoint, Field, Location, Params};
use crate::attr::Errors;

/// A `{name}` placeholder in a path template.
pub struct Placeholder {
    pub name: String,
}

/// Splits a path template into literal text and placeholders, reporting malformed braces.
/// Returns `None` when the template is malformed (the placeholders are then unknown).
pub fn template(
    endpoint: &Endpoint,
    errors: &mut Errors,
) -> Option<Vec<Result<String, Placeholder>>> {
    template_of(&endpoint.attr.path, errors)
}

/// Splits one path template (the endpoint's or a variant's) as [`template`] does.
fn template_of(lit: &syn::LitStr, errors: &mut Errors) -> Option<Vec<Result<String, Placeholder>>> {
    let text = lit.value();
    let mut parts = Vec::new();
    if !text.starts_with('/') {
        errors.push(
            lit.span(),
            "the path must start with `/` (it is relative to `/api/v4`)",
        );
    }
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['{', '}']) {
        if rest.as_bytes()[open] == b'}' {
            errors.push(lit.span(), "unmatched `}` in the path template");
            return None;
        }
        parts.push(Ok(rest[..open].to_owned()));
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            errors.push(lit.span(), "unclosed `{` in the path template");
            return None;
        };
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            errors.push(
                lit.span(),
                format!("invalid placeholder `{{{name}}}`: use letters, digits and `_`"),
            );
        }
        parts.push(Err(Placeholder {
            name: name.to_owned(),
        }));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(Ok(rest.to_owned()));
    }
    Some(parts)
}

/// Checks the declaration as a whole; `parts` is `None` when the template was malformed, and
/// path fields are then not compared with it (that would only repeat the template's error).
pub fn check(
    endpoint: &Endpoint,
    parts: Option<&[Result<String, Placeholder>]>,
    errors: &mut Errors,
) {
    let attr = &endpoint.attr;
    if attr.tag.is_none() {
        errors.push(
            attr.method.span(),
            "missing `tag = \"...\"` in `#[endpoint]`\nhelp: the tag is the title of the docs page",
        );
    }
    if attr.response.is_none() {
        errors.push(
            attr.method.span(),
            "missing `response = Type` in `#[endpoint]`\nhelp: use `response = ()` when the endpoint answers with no body",
        );
    }

    let placeholders = check_placeholders(&attr.path, parts, &endpoint.fields, errors);
    let template_ok = parts.is_some();

    check_fields(&endpoint.fields, errors);
    for field in endpoint.fields.iter().filter(|f| !f.flatten) {
        let wire = field.wire_name();
        if let Some((Location::Path, span)) = field.location {
            if template_ok && !placeholders.contains(&wire) {
                errors.push(
                    field.ident.span(),
                    format!(
                        "`#[param(path)]` field `{wire}` is not in the path template `{}`",
                        attr.path.value()
                    ),
                );
            }
            if crate::expand::option_inner(&field.ty).is_some() {
                errors.push(
                    span,
                    "a path parameter is always required: it cannot be an `Option`",
                );
            }
            if field.comma {
                errors.push(
                    span,
                    "`comma` applies to query parameters, not path parameters",
                );
            }
        }
        if field.comma && crate::expand::location_of(endpoint, field) == Location::Body {
            // Body arrays are JSON arrays; a comma list only makes sense in a query string.
            errors.push(
                field.ident.span(),
                "`comma` needs a query parameter: add `#[param(query)]` or drop `comma`",
            );
        }
    }

    check_variants(endpoint, errors);

    if let (Some(_), Some(example)) = (&attr.raw, &attr.example) {
        errors.push(
            example.span(),
            "`example` is a JSON example and cannot be used with `raw` responses",
        );
    }
    if let Some(syn::Type::Tuple(unit)) = &attr.response
        && unit.elems.is_empty()
        && let Some(example) = &attr.example
    {
        errors.push(
            example.span(),
            "an endpoint with `response = ()` has no body to give an example of",
        );
    }
}

/// Checks that every placeholder of a template has a path field; returns the placeholders.
fn check_placeholders(
    lit: &syn::LitStr,
    parts: Option<&[Result<String, Placeholder>]>,
    fields: &[Field],
    errors: &mut Errors,
) -> Vec<String> {
    let placeholders: Vec<String> = parts
        .unwrap_or_default()
        .iter()
        .filter_map(|p| p.as_ref().err())
        .map(|p| p.name.clone())
        .collect();
    let mut seen_placeholders: Vec<&str> = Vec::new();
    for name in &placeholders {
        if seen_placeholders.contains(&name.as_str()) {
            errors.push(
                lit.span(),
                format!("placeholder `{{{name}}}` appears twice in the path"),
            );
        }
        seen_placeholders.push(name);
        let has_field = fields
            .iter()
            .any(|f| f.wire_name() == *name && matches!(f.location, Some((Location::Path, _))));
        if !has_field {
            errors.push(
                lit.span(),
                format!("path placeholder `{{{name}}}` has no `#[param(path)]` field\nhelp: add `#[param(path)] pub {name}: ...` to the struct"),
            );
        }
    }
    placeholders
}

/// Checks the `variant(...)`s: each has its own operation id, names every path field in its
/// template and nothing else, and gives an example only where the endpoint answers JSON.
fn check_variants(endpoint: &Endpoint, errors: &mut Errors) {
    let attr = &endpoint.attr;
    let mut ids: Vec<String> = vec![attr.operation_id.as_ref().map_or_else(
        || crate::expand::lower_camel(&endpoint.ident),
        syn::LitStr::value,
    )];
    let json_response = attr.raw.is_none()
        && !matches!(&attr.response, Some(syn::Type::Tuple(unit)) if unit.elems.is_empty());
    for variant in &attr.variants {
        match &variant.operation_id {
            None => errors.push(
                variant.keyword.span(),
                "missing `id = \"...\"` in `variant(...)`\nhelp: every variant is an operation of its own and needs its own operation id",
            ),
            Some(id) if ids.contains(&id.value()) => errors.push(
                id.span(),
                format!("operation id `{}` is used twice by this route type", id.value()),
            ),
            Some(id) => ids.push(id.value()),
        }
        if variant.path.value() == attr.path.value() {
            errors.push(
                variant.path.span(),
                "the variant's path is the endpoint's own path",
            );
        }
        let parts = template_of(&variant.path, errors);
        let placeholders =
            check_placeholders(&variant.path, parts.as_deref(), &endpoint.fields, errors);
        if parts.is_some() {
            for field in endpoint.fields.iter().filter(|f| !f.flatten) {
                let wire = field.wire_name();
                if matches!(field.location, Some((Location::Path, _)))
                    && !placeholders.contains(&wire)
                {
                    errors.push(
                        variant.path.span(),
                        format!("the variant's path has no `{{{wire}}}` placeholder\nhelp: every variant takes the same path parameters as the endpoint"),
                    );
                }
            }
        }
        if let Some(example) = &variant.example
            && !json_response
        {
            errors.push(
                example.span(),
                "`example` is a JSON example: this endpoint answers no JSON body",
            );
        }
    }
}

/// Checks that hold for the fields of route types and of `Params` structs alike: each wire
/// name once, and `flatten` fields well formed.
fn check_fields(fields: &[Field], errors: &mut Errors) {
    let mut wire_names: BTreeMap<String, &syn::Ident> = BTreeMap::new();
    for field in fields.iter().filter(|f| !f.flatten) {
        let wire = field.wire_name();
        if let Some(first) = wire_names.get(&wire) {
            errors.push(
                field.ident.span(),
                format!("parameter `{wire}` is declared twice (first as field `{first}`)"),
            );
        } else {
            wire_names.insert(wire, &field.ident);
        }
    }
    for field in fields.iter().filter(|f| f.flatten) {
        if crate::expand::option_inner(&field.ty).is_some() {
            errors.push(
                field.ident.span(),
                "a `flatten` field cannot be an `Option`\nhelp: make every field of the flattened struct optional instead",
            );
        }
        if field.location.is_some() || field.rename.is_some() || field.comma {
            errors.push(
                field.ident.span(),
                "`flatten` takes no other option: the flattened struct's fields say where they go",
            );
        }
    }
}

/// Checks a `#[derive(Params)]` struct.
pub fn check_params(params: &Params, errors: &mut Errors) {
    check_fields(&params.fields, errors);
    for field in params.fields.iter().filter(|f| !f.flatten) {
        if let Some((Location::Path, span)) = field.location {
            errors.push(
                span,
                "shared parameters cannot be path parameters: declare `#[param(path)]` fields on the route type",
            );
        }
        if field.comma && matches!(field.location, Some((Location::Body, _))) {
            errors.push(field.ident.span(), "`comma` needs a query parameter");
        }
    }
}
