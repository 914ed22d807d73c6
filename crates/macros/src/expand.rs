//! Emission of the `Endpoint` implementation from a checked route type.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Endpoint, Field, Location, Paginate, Params};
use crate::attr::{self, Errors};
use crate::check;

/// Parses, checks and expands; errors become `compile_error!` invocations at their tokens.
pub fn derive(input: &syn::DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let endpoint = attr::parse(input, &mut errors);
    let expanded = endpoint.inspect(|endpoint| {
        let parts = check::template(endpoint, &mut errors);
        check::check(endpoint, parts.as_deref(), &mut errors);
    });
    match errors.finish() {
        Err(error) => {
            let errors = error.to_compile_error();
            let stub = fallback(input);
            quote!(#errors #stub)
        }
        Ok(()) => match expanded {
            Some(endpoint) => emit(&endpoint),
            None => TokenStream::new(),
        },
    }
}

/// A placeholder implementation emitted beside the errors of a broken declaration, so that the
/// places using the route type do not add "trait not implemented" errors to the real ones.
/// It is never run: the crate does not compile while the errors stand.
fn fallback(input: &syn::DeriveInput) -> TokenStream {
    if !matches!(input.data, syn::Data::Struct(_)) || !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let root = quote!(::gitlab_endpoint);
    let ident = &input.ident;
    let unreachable = quote!(::core::unreachable!("this route type failed to compile"));
    quote! {
        #[automatically_derived]
        impl #root::Endpoint for #ident {
            type Response = ();
            const METHOD: #root::Method = #root::Method::Get;
            const PATH_TEMPLATE: &'static str = "";
            const OPERATION_ID: &'static str = "";
            fn describe() -> #root::EndpointInfo { #unreachable }
        }
    }
}

/// Parses, checks and expands a `#[derive(Params)]` struct.
pub fn derive_params(input: &syn::DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let params = attr::parse_params(input, &mut errors);
    if let Some(params) = &params {
        check::check_params(params, &mut errors);
    }
    match (errors.finish(), params) {
        (Err(error), _) => error.to_compile_error(),
        (Ok(()), Some(params)) => emit_params(&params),
        (Ok(()), None) => TokenStream::new(),
    }
}

/// Generated code describing a set of parameter fields, one statement per field
/// (`params: Vec<ParamInfo>` and `collector` in scope). `has_body` is the expression saying
/// whether unplaced fields go to the body.
fn describe_fields(
    fields: &[Field],
    fixed: impl Fn(&Field) -> Option<Location>,
    has_body: &TokenStream,
) -> Vec<TokenStream> {
    let root = quote!(::gitlab_endpoint);
    let mut describe = Vec::new();
    for field in fields {
        let ty = &field.ty;
        if field.flatten {
            describe.push(quote_spanned!(ty.span()=> params.extend(<#ty as #root::Params>::describe_params(#has_body, &mut *collector));));
            continue;
        }
        let name = field.wire_name();
        let location = match fixed(field) {
            Some(Location::Path) => quote!(#root::Location::Path),
            Some(Location::Query) => quote!(#root::Location::Query),
            Some(Location::Body) => quote!(#root::Location::Body),
            None => {
                quote!(if #has_body { #root::Location::Body } else { #root::Location::Query })
            }
        };
        let required = option_inner(&field.ty).is_none();
        let schema = schema_tokens(&field.ty);
        let description = &field.doc;
        let comma = field.comma;
        let deprecated = field.deprecated;
        describe.push(quote! {
            params.push(#root::ParamInfo {
                name: #name,
                location: #location,
                required: #required,
                description: #description,
                schema: #schema,
                comma: #comma,
                deprecated: #deprecated,
            });
        });
    }
    describe
}

fn emit_params(params: &Params) -> TokenStream {
    let private = quote!(::gitlab_endpoint::__private);
    let root = quote!(::gitlab_endpoint);
    let ident = &params.ident;
    let has_body = quote!(has_body);
    let describe = describe_fields(
        &params.fields,
        |field| field.location.map(|(location, _)| location),
        &has_body,
    );
    quote! {
        #[automatically_derived]
        impl #root::Params for #ident {
            #[allow(unused_variables)]
            fn describe_params(
                has_body: bool,
                collector: &mut #private::SchemaCollector,
            ) -> ::std::vec::Vec<#root::ParamInfo> {
                #[allow(unused_mut)]
                let mut params = ::std::vec::Vec::new();
                #(#describe)*
                params
            }
        }
    }
}

/// `Some(T)` when `ty` is `Option<T>`.
pub fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    generic_arg(ty, "Option")
}

/// The single generic argument of `ty` when its last path segment is `name`.
fn generic_arg<'a>(ty: &'a syn::Type, name: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last()?;
    if segment.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    args.args.iter().rev().find_map(|arg| match arg {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    })
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    path.path.segments.last().map(|s| s.ident.to_string())
}

/// Where a field travels: its explicit attribute, else the body for POST/PUT/PATCH, else the query.
pub fn location_of(endpoint: &Endpoint, field: &Field) -> Location {
    match field.location {
        Some((location, _)) => location,
        None if matches!(
            endpoint.attr.method.to_string().as_str(),
            "post" | "put" | "patch"
        ) =>
        {
            Location::Body
        }
        None => Location::Query,
    }
}

/// Tokens building the schema of `ty` inside an operation (`collector` is in scope).
fn schema_tokens(ty: &syn::Type) -> TokenStream {
    let private = quote!(::gitlab_endpoint::__private);
    if let Some(inner) = option_inner(ty) {
        return schema_tokens(inner);
    }
    if let Some(inner) = generic_arg(ty, "Vec") {
        let items = schema_tokens(inner);
        return quote!(#private::array_of(#items));
    }
    if let Some(values) = generic_arg(ty, "BTreeMap").or_else(|| generic_arg(ty, "HashMap")) {
        let values = schema_tokens(values);
        return quote!(#private::map_of(#values));
    }
    match last_ident(ty).as_deref() {
        Some("DateTime") => quote!(#private::inline_schema("date-time")),
        Some("NaiveDate") => quote!(#private::inline_schema("date")),
        _ => quote_spanned!(ty.span()=> #private::schema_of::<#ty>(&mut *collector)),
    }
}

pub fn lower_camel(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

fn emit(endpoint: &Endpoint) -> TokenStream {
    let private = quote!(::gitlab_endpoint::__private);
    let root = quote!(::gitlab_endpoint);
    let ident = &endpoint.ident;
    let attr = &endpoint.attr;
    let response_ty = attr
        .response
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let method = format_ident!("{}", {
        let m = attr.method.to_string();
        let mut c = m.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    });
    let path_template = &attr.path;
    let operation_id = attr
        .operation_id
        .as_ref()
        .map_or_else(|| lower_camel(ident), syn::LitStr::value);
    let tag = attr
        .tag
        .as_ref()
        .map(syn::LitStr::value)
        .unwrap_or_default();
    let (summary, description) = match endpoint.doc.split_once("\n\n") {
        Some((summary, rest)) => (summary.replace('\n', " "), rest.trim().to_owned()),
        None => (endpoint.doc.replace('\n', " "), String::new()),
    };

    let has_body = {
        let method = attr.method.to_string();
        let value = matches!(method.as_str(), "post" | "put" | "patch");
        quote!(#value)
    };
    let describe_params = describe_fields(
        &endpoint.fields,
        |field| Some(location_of(endpoint, field)),
        &has_body,
    );

    let is_unit = matches!(&response_ty, syn::Type::Tuple(t) if t.elems.is_empty());
    let response = if let Some(raw) = &attr.raw {
        quote!(#root::ResponseBody::Raw(#raw))
    } else if is_unit {
        quote!(#root::ResponseBody::Empty)
    } else {
        let schema = schema_tokens(&response_ty);
        quote!(#root::ResponseBody::Json(#schema))
    };
    let status = match &attr.status {
        Some(code) => quote!(::core::option::Option::Some(#code)),
        None => quote!(::core::option::Option::None),
    };
    let example = match &attr.example {
        Some(file) => {
            let span = file.span();
            quote_spanned!(span=> ::core::option::Option::Some(::core::include_str!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), "/examples/", #file))))
        }
        None => quote!(::core::option::Option::None),
    };
    let pagination = match &attr.paginate {
        Paginate::None => quote!(#root::Pagination::None),
        Paginate::Offset => quote!(#root::Pagination::Offset),
        Paginate::Keyset { order_by, sort } => {
            quote!(#root::Pagination::Keyset { order_by: &[#(#order_by),*], sort: &[#(#sort),*] })
        }
    };
    let (public, job_token, admin) = (attr.public, attr.job_token, attr.admin);
    let (multipart, deprecated, not_modified) =
        (attr.multipart, attr.deprecated, attr.not_modified);
    let api = if attr.scim {
        quote!(#root::Api::Scim)
    } else {
        quote!(#root::Api::Rest)
    };
    let describe_all = emit_variants(endpoint);
    let span = Span::call_site();

    quote_spanned! {span=>
        #[automatically_derived]
        impl #root::Endpoint for #ident {
            type Response = #response_ty;
            const METHOD: #root::Method = #root::Method::#method;
            const PATH_TEMPLATE: &'static str = #path_template;
            const OPERATION_ID: &'static str = #operation_id;

            fn describe() -> #root::EndpointInfo {
                #[allow(unused_mut)]
                let mut schemas = #private::SchemaCollector::new();
                #[allow(unused_variables)]
                let collector = &mut schemas;
                #[allow(unused_mut)]
                let mut params = ::std::vec::Vec::new();
                #(#describe_params)*
                let response = #response;
                #root::EndpointInfo {
                    method: #root::Method::#method,
                    api: #api,
                    path: #path_template,
                    operation_id: #operation_id,
                    tag: #tag,
                    summary: #summary,
                    description: #description,
                    params,
                    status: #status,
                    response,
                    example: #example,
                    pagination: #pagination,
                    access: #root::Access { public: #public, job_token: #job_token, admin: #admin },
                    multipart: #multipart,
                    deprecated: #deprecated,
                    not_modified: #not_modified,
                    components: schemas.finish(),
                }
            }

            #describe_all
        }
    }
}

/// `describe_all()` for a route type with `variant(...)`s: the endpoint's description, then one
/// copy per variant with the variant's path, operation id and the keys it overrides.
fn emit_variants(endpoint: &Endpoint) -> TokenStream {
    let root = quote!(::gitlab_endpoint);
    let variants = &endpoint.attr.variants;
    if variants.is_empty() {
        return TokenStream::new();
    }
    let count = variants.len() + 1;
    let copies = variants.iter().map(|variant| {
        let path = &variant.path;
        let id = variant
            .operation_id
            .as_ref()
            .map(syn::LitStr::value)
            .unwrap_or_default();
        let summary = variant
            .summary
            .as_ref()
            .map(|summary| quote!(info.summary = #summary;));
        let tag = variant.tag.as_ref().map(|tag| quote!(info.tag = #tag;));
        let example = variant.example.as_ref().map(|file| {
            let span = file.span();
            quote_spanned!(span=> info.example = ::core::option::Option::Some(::core::include_str!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), "/examples/", #file)));)
        });
        quote! {
            let mut info = ::core::clone::Clone::clone(&primary);
            info.path = #path;
            info.operation_id = #id;
            #summary
            #tag
            #example
            all.push(info);
        }
    });
    quote! {
        fn describe_all() -> ::std::vec::Vec<#root::EndpointInfo> {
            let primary = <Self as #root::Endpoint>::describe();
            let mut all = ::std::vec::Vec::with_capacity(#count);
            #(#copies)*
            all.insert(0, primary);
            all
        }
    }
}
