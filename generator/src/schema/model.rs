//! The doc-derived schema file: what a vendor's doc pages say about endpoints, as data.
//!
//! Documented in `README.md` beside this file, with a JSON Schema (`schema-file.schema.json`).
//! Unknown keys are refused so that a typo cannot silently drop a fact from the docs.

use serde::{Deserialize, Serialize};

/// A whole schema file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SchemaFile {
    /// Format marker and version: always `postgen-schema/1`.
    pub format: String,
    /// Where the facts come from (page titles or URLs), for provenance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The documented endpoints.
    pub endpoints: Vec<Endpoint>,
}

/// One documented endpoint.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// Title of the doc page or section (`Get Users`).
    pub name: String,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template after the host: `{version}`, `:id` and `{{var}}` parameters all allowed.
    pub path: String,
    /// One-line purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Longer description (markdown); unknown doc sections are kept here, never dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `Authorization` scheme the page shows (`Zoho-oauthtoken`, `Bearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<String>,
    /// OAuth scopes the endpoint needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    /// Path, query and header parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Param>,
    /// Request body keys and sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Body>,
    /// Response body keys and sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Body>,
    /// The error table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorEntry>,
    /// How listing pages: `page` (page/per_page + more_records) or `page_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
}

/// Value types the docs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueType {
    /// Text.
    String,
    /// Whole number.
    Integer,
    /// Any number.
    Number,
    /// `true`/`false`.
    Boolean,
    /// RFC 3339 date-time with offset.
    DateTime,
    /// `YYYY-MM-DD`.
    Date,
    /// A JSON object (`keys` describe it).
    Object,
    /// A JSON array (`items`, or `keys` for arrays of objects).
    Array,
    /// Anything.
    Any,
}

/// A path, query or header parameter.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Where it goes.
    #[serde(rename = "in")]
    pub location: Location,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ValueType,
    /// Mandatory?
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Documented values (an open enum in the generated code).
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValue>,
    /// Default value, as written in the docs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    /// Maximum (numbers) or maximum count (lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<serde_json::Number>,
    /// An example value, as written in the docs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// A documented enum value.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The exact wire value.
    pub value: String,
    /// What it means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A request or response body.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The documented keys, in the docs' order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<Key>,
    /// The sample body shown on the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<serde_json::Value>,
}

/// A documented body key.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Key {
    /// Name on the wire.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ValueType,
    /// Mandatory (requests) / always present (responses)?
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Description (becomes rustdoc).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Documented values.
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValue>,
    /// Element type of an array of scalars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<ValueType>,
    /// Keys of an object, or of the objects in an array.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<Key>,
}

/// A row of the doc's error table.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorEntry {
    /// The code as sent (`INVALID_DATA`).
    pub code: String,
    /// The HTTP status it comes with.
    pub status: u16,
    /// The documented message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
}

/// Pagination styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pagination {
    /// `page` / `per_page` with `info.more_records`.
    Page,
    /// `page_token` / `next_page_token`.
    PageToken,
}

fn is_false(value: &bool) -> bool {
    !*value
}
