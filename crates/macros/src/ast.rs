//! The internal representation of a route type; every node keeps its tokens for spans.

use proc_macro2::Span;

/// Where a field travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// `#[param(path)]`
    Path,
    /// `#[param(query)]`, or the default for methods without a body.
    Query,
    /// `#[param(body)]`, or the default for POST, PUT and PATCH.
    Body,
}

/// Pagination declared with `paginate = ...`.
pub enum Paginate {
    None,
    Offset,
    Keyset {
        order_by: Vec<syn::LitStr>,
        sort: Vec<syn::LitStr>,
    },
}

/// The parsed `#[endpoint(...)]` attribute.
pub struct EndpointAttr {
    pub method: syn::Ident,
    pub path: syn::LitStr,
    pub tag: Option<syn::LitStr>,
    pub response: Option<syn::Type>,
    pub paginate: Paginate,
    pub status: Option<syn::LitInt>,
    pub operation_id: Option<syn::LitStr>,
    pub example: Option<syn::LitStr>,
    pub raw: Option<syn::LitStr>,
    pub public: bool,
    pub job_token: bool,
    pub admin: bool,
    /// `scim`: the endpoint belongs to the group SCIM API, not REST v4.
    pub scim: bool,
    pub multipart: bool,
    pub deprecated: bool,
    /// `not_modified`: the endpoint answers 304 when nothing had to change.
    pub not_modified: bool,
    /// `variant(...)`: the same operation under other path prefixes.
    pub variants: Vec<Variant>,
}

/// One `variant("/other/{id}/path", id = "...", ...)`: the same operation under another path
/// prefix (a group instead of a project, a merge request instead of an issue), with its own
/// operation id and, optionally, its own summary, tag and example.
pub struct Variant {
    /// The `variant` keyword, for errors about the variant as a whole.
    pub keyword: syn::Ident,
    pub path: syn::LitStr,
    pub operation_id: Option<syn::LitStr>,
    pub summary: Option<syn::LitStr>,
    pub tag: Option<syn::LitStr>,
    pub example: Option<syn::LitStr>,
}

/// One field of the route type.
pub struct Field {
    pub ident: syn::Ident,
    pub ty: syn::Type,
    /// Explicit location from `#[param(path | query | body)]`, with the attribute's span.
    pub location: Option<(Location, Span)>,
    /// `#[param(rename = "...")]`.
    pub rename: Option<syn::LitStr>,
    pub comma: bool,
    pub deprecated: bool,
    /// `#[param(flatten)]`: the field is a `Params` struct whose fields are parameters.
    pub flatten: bool,
    pub doc: String,
}

impl Field {
    /// Name on the wire: the rename, or the identifier without `r#`.
    pub fn wire_name(&self) -> String {
        self.rename.as_ref().map_or_else(
            || {
                let name = self.ident.to_string();
                name.strip_prefix("r#").map_or(name.clone(), str::to_owned)
            },
            syn::LitStr::value,
        )
    }
}

/// A struct of shared parameters (`#[derive(Params)]`), flattened into route types.
pub struct Params {
    pub ident: syn::Ident,
    pub fields: Vec<Field>,
}

/// A whole route type.
pub struct Endpoint {
    pub ident: syn::Ident,
    pub attr: EndpointAttr,
    pub fields: Vec<Field>,
    pub doc: String,
}
