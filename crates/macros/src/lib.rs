//! `#[derive(Endpoint)]`: a struct whose fields are one GitLab endpoint's parameters becomes a
//! route type implementing `gitlab_endpoint::Endpoint`.
//!
//! The work is split the way serde's derive splits it: `attr` parses attributes into an
//! internal representation (`ast`) that keeps the original tokens for spans, `check`
//! validates it and reports every mistake at once, and `expand` emits the implementation.
//! The entry point below only converts between `proc_macro` and `proc_macro2`.
//!
//! ```ignore
//! /// List the issues of a project.
//! #[derive(Endpoint)]
//! #[endpoint(get, "/projects/{id}/issues", tag = "Issues", response = Vec<Issue>, paginate = offset)]
//! pub struct ListProjectIssues {
//!     /// The project: numeric ID or URL-encoded path.
//!     #[param(path)]
//!     pub id: IdOrPath,
//!     /// Only issues in this state.
//!     pub state: Option<IssueState>,
//!     /// Only issues with all of these labels.
//!     #[param(comma)]
//!     pub labels: Option<Vec<String>>,
//! }
//! ```

mod ast;
mod attr;
mod check;
mod expand;
mod symbol;

use proc_macro::TokenStream;

/// Derives `gitlab_endpoint::Endpoint` for a route type. See the crate documentation.
#[proc_macro_derive(Endpoint, attributes(endpoint, param))]
pub fn derive_endpoint(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}

/// Derives `gitlab_endpoint::Params` for a struct of parameters shared by several route types,
/// which include it with a `#[param(flatten)]` field.
#[proc_macro_derive(Params, attributes(param))]
pub fn derive_params(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive_params(&input).into()
}
