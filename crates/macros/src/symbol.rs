//! Attribute keywords, named once so parsing and messages agree.

/// The struct attribute.
pub const ENDPOINT: &str = "endpoint";
/// The field attribute. (`#[path]` alone would collide with Rust's built-in `path` attribute.)
pub const PARAM: &str = "param";
/// `#[param(path)]`: a path parameter.
pub const PATH: &str = "path";
/// `#[param(query)]`: force the query string.
pub const QUERY: &str = "query";
/// `#[param(body)]`: force the request body.
pub const BODY: &str = "body";

/// `#[endpoint]` keys.
pub const TAG: &str = "tag";
pub const RESPONSE: &str = "response";
pub const PAGINATE: &str = "paginate";
pub const STATUS: &str = "status";
pub const ID: &str = "id";
pub const EXAMPLE: &str = "example";
pub const RAW: &str = "raw";
pub const PUBLIC: &str = "public";
pub const JOB_TOKEN: &str = "job_token";
pub const ADMIN: &str = "admin";
pub const SCIM: &str = "scim";
pub const MULTIPART: &str = "multipart";
pub const DEPRECATED: &str = "deprecated";
pub const NOT_MODIFIED: &str = "not_modified";
pub const VARIANT: &str = "variant";
/// `variant(...)` keys (besides `id`, `tag` and `example`).
pub const SUMMARY: &str = "summary";
/// Every `variant(...)` key.
pub const VARIANT_KEYS: &[&str] = &[ID, SUMMARY, TAG, EXAMPLE];

/// Every `#[endpoint]` key, for the help line of an unknown one.
pub const ENDPOINT_KEYS: &[&str] = &[
    TAG,
    RESPONSE,
    PAGINATE,
    STATUS,
    ID,
    EXAMPLE,
    RAW,
    PUBLIC,
    JOB_TOKEN,
    ADMIN,
    SCIM,
    MULTIPART,
    DEPRECATED,
    NOT_MODIFIED,
    VARIANT,
];

/// `paginate = ...` values and their options.
pub const OFFSET: &str = "offset";
pub const KEYSET: &str = "keyset";
pub const ORDER_BY: &str = "order_by";
pub const SORT: &str = "sort";

/// `#[param(...)]` keys.
pub const RENAME: &str = "rename";
pub const COMMA: &str = "comma";
pub const FLATTEN: &str = "flatten";

/// Every `#[param]` key.
pub const PARAM_KEYS: &[&str] = &[PATH, QUERY, BODY, RENAME, COMMA, FLATTEN, DEPRECATED];

/// HTTP methods accepted as the first argument.
pub const METHODS: &[&str] = &["get", "post", "put", "patch", "delete", "head"];
