//! Static descriptions of API operations, emitted by the generator for every operation.
//!
//! Everything here is `'static` so the generated code can keep one description per operation in
//! a `static` and hand `&'static OperationSpec` to [`crate::extract`] without allocating.

/// One operation of the API: what [`crate::extract`] needs to parse and validate a request.
#[derive(Debug)]
pub struct OperationSpec {
    /// The OpenAPI `operationId`, used in 501 answers of unimplemented operations.
    pub id: &'static str,
    /// Upper-case HTTP method, e.g. `"GET"`.
    pub method: &'static str,
    /// OpenAPI path under the base path, e.g. `"/projects/{id}/issues"`.
    pub path: &'static str,
    /// Every parameter the operation accepts, from any location.
    pub params: &'static [ParamSpec],
    /// The request body, if the operation takes one.
    pub body: Option<BodySpec>,
    /// Status code of a successful answer.
    pub status: u16,
    /// Whether the operation answers with a paginated list.
    pub paginated: bool,
    /// The keyset pagination the list offers (`x-gitlab-pagination.keyset`), if any; asked of
    /// a list without it, or with other values, `pagination=keyset` answers 405.
    pub keyset: Option<KeysetSpec>,
    /// Whether anonymous callers are allowed.
    pub public: bool,
    /// Whether only administrators may call it (`x-gitlab-admin-only`); others get 403.
    pub admin_only: bool,
    /// The conventions it follows: credentials, media type and error bodies.
    pub conventions: Conventions,
    /// Where its path lives: under the configured base path, or under another API's beside it.
    pub base: Base,
}

/// The keyset pagination a list offers: the orderings it is offered with.
#[derive(Clone, Copy, Debug)]
pub struct KeysetSpec {
    /// The `order_by` values it takes; empty when it takes any (a list paged by its own
    /// cursor, such as a repository tree's `page_token`).
    pub order_by: &'static [&'static str],
    /// The `sort` values it takes; empty when it takes any.
    pub sort: &'static [&'static str],
}

impl KeysetSpec {
    /// Whether keyset pagination is offered with this `order_by` and `sort`; an absent one
    /// is the list's default, which GitLab's documentation lists first.
    #[must_use]
    pub fn offers(&self, order_by: Option<&str>, sort: Option<&str>) -> bool {
        let order_by_ok =
            self.order_by.is_empty() || order_by.is_none_or(|value| self.order_by.contains(&value));
        let sort_ok = self.sort.is_empty() || sort.is_none_or(|value| self.sort.contains(&value));
        order_by_ok && sort_ok
    }
}

/// The conventions an operation follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conventions {
    /// GitLab's REST API: its tokens and sudo, `application/json`, `{"message": ...}` errors.
    Rest,
    /// The group SCIM API (RFC 7644): a SCIM token as `Authorization: Bearer`,
    /// `application/scim+json`, and SCIM's error bodies.
    Scim,
}

impl Conventions {
    /// The media type of the operation's JSON answers.
    #[must_use]
    pub const fn json_media(self) -> &'static str {
        match self {
            Self::Rest => "application/json",
            Self::Scim => "application/scim+json",
        }
    }
}

/// Where an operation's path lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// Under the configured base path ([`crate::ServerConfig::base_path`]).
    Main,
    /// Under another API's base path on the same server: `own` takes the place of `main` at
    /// the end of the configured base path (`/gitlab/api/v4` gives `/gitlab/api/scim/v2`).
    Beside {
        /// The document's own base path, such as `/api/v4`.
        main: &'static str,
        /// The operation's base path, such as `/api/scim/v2`.
        own: &'static str,
    },
}

impl Base {
    /// The prefix of the operation's path, given the configured base path.
    #[must_use]
    pub fn prefix<'a>(&self, configured: &'a str) -> std::borrow::Cow<'a, str> {
        let configured = configured.trim_end_matches('/');
        match self {
            Self::Main => std::borrow::Cow::Borrowed(configured),
            Self::Beside { main, own } => {
                let root = configured
                    .strip_suffix(main.trim_end_matches('/'))
                    .unwrap_or(configured);
                std::borrow::Cow::Owned(format!("{root}{}", own.trim_end_matches('/')))
            }
        }
    }
}

/// One parameter of an operation.
#[derive(Debug)]
pub struct ParamSpec {
    /// Name on the wire, e.g. `"iids[]"`, `"title"` or `"Sudo"`.
    pub name: &'static str,
    /// Key under which the coerced value is stored in [`crate::Input::values`], e.g. `"iids"`.
    pub key: &'static str,
    /// Where the parameter is sent.
    pub location: Location,
    /// Whether a request without it is rejected with 400.
    pub required: bool,
    /// The type the value is coerced to.
    pub kind: Kind,
    /// How an array or object is spelled in a query string or form.
    pub style: Style,
}

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header (matched case-insensitively).
    Header,
    /// A field of the request body (JSON, form or multipart).
    Body,
}

/// The type of a parameter's value.
#[derive(Debug)]
pub enum Kind {
    /// Any text.
    String,
    /// A signed 64-bit integer.
    Integer,
    /// A floating-point number.
    Number,
    /// `true`/`false` (strings also accept `1`/`0`, case-insensitively).
    Boolean,
    /// An ISO 8601 date and time.
    DateTime,
    /// An ISO 8601 date (`YYYY-MM-DD`).
    Date,
    /// One of the listed strings.
    Enum(&'static [&'static str]),
    /// One of the listed integers.
    IntegerEnum(&'static [i64]),
    /// A list of values of the inner kind.
    Array(&'static Kind),
    /// A hash of arbitrary keys.
    Object,
    /// An uploaded file (multipart bodies only).
    File,
    /// Anything; stored as received.
    Any,
}

/// How an array or object parameter is spelled outside of JSON (`Form`, `Comma`, `DeepObject`):
/// the wire crate's, shared with the client.
pub use gitlab_wire::Style;

/// The request body an operation accepts.
#[derive(Debug)]
pub struct BodySpec {
    /// Accepted media types: any of `"application/json"`, `"multipart/form-data"` and
    /// `"application/x-www-form-urlencoded"`.
    pub media: &'static [&'static str],
    /// Whether the body is required; a missing required body is read as an empty object so the
    /// required fields are reported by name.
    pub required: bool,
}

#[cfg(test)]
mod tests {
    use super::Base;

    #[test]
    fn another_apis_base_replaces_the_main_one_and_keeps_the_prefix() {
        let scim = Base::Beside {
            main: "/api/v4",
            own: "/api/scim/v2",
        };
        assert_eq!(scim.prefix("/api/v4"), "/api/scim/v2");
        assert_eq!(scim.prefix("/gitlab/api/v4/"), "/gitlab/api/scim/v2");
        // A configured base that does not end with the main one is kept whole.
        assert_eq!(scim.prefix("/custom"), "/custom/api/scim/v2");
        assert_eq!(Base::Main.prefix("/api/v4/"), "/api/v4");
    }
}
