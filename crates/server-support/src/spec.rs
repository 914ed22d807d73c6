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
    /// Whether anonymous callers are allowed.
    pub public: bool,
    /// Whether only administrators may call it (`x-gitlab-admin-only`); others get 403.
    pub admin_only: bool,
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

/// How an array or object parameter is spelled outside of JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Repeated names: `a[]=1&a[]=2` (or `a=1&a=2`).
    Form,
    /// One comma-separated value: `a=1,2`.
    Comma,
    /// Bracketed keys: `h[k]=v`.
    DeepObject,
}

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
