//! The Postman Collection model (v2.0 / v2.1), normalised.
//!
//! The loader (`load.rs`) fills these from a `serde_json::Value`, smoothing over the many
//! shapes real exports take (string-or-object URLs, string-or-object descriptions, numeric
//! header values, missing `type`s ...). Later stages read only this model, never raw JSON.
//! Every node keeps the JSON pointer it came from so later warnings can point back to it.

use std::path::PathBuf;

use crate::error::{Pointer, Warning};

/// Which collection format version the file declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaVersion {
    /// `.../collection/v2.0.0/collection.json`
    V2_0,
    /// `.../collection/v2.1.0/collection.json`
    V2_1,
    /// No or unrecognised `info.schema`, or another v2 minor version, but a v2 shape
    /// (`info` + `item`).
    V2Unknown,
}

/// A whole collection file.
#[derive(Debug, Clone)]
pub struct Collection {
    /// The file it was read from (for diagnostics).
    pub file: PathBuf,
    /// Declared format version.
    pub version: SchemaVersion,
    /// `info.name`.
    pub name: String,
    /// `info.description`, flattened to text.
    pub description: Option<String>,
    /// Collection-level `variable`s, in file order.
    pub variables: Vec<Variable>,
    /// Collection-level auth (`None` = not set).
    pub auth: Option<Auth>,
    /// Top-level items in file order.
    pub items: Vec<Item>,
    /// What the loader found odd but could read (an unrecognised `info.schema`, variables
    /// that refer to each other in a circle but are used by no URL).
    pub warnings: Vec<Warning>,
}

/// A node of the item tree.
#[derive(Debug, Clone)]
pub enum Item {
    /// An item group (has an `item` array).
    Folder(Folder),
    /// A request with its saved example responses.
    Request(Box<RequestItem>),
}

/// An item group.
#[derive(Debug, Clone)]
pub struct Folder {
    /// Folder name.
    pub name: String,
    /// Folder description, flattened to text.
    pub description: Option<String>,
    /// Folder-level auth (`None` = inherit from parent).
    pub auth: Option<Auth>,
    /// Folder-level variables.
    pub variables: Vec<Variable>,
    /// Children in file order.
    pub items: Vec<Item>,
    /// Where the folder is in the file.
    pub pointer: Pointer,
}

/// A request item.
#[derive(Debug, Clone)]
pub struct RequestItem {
    /// Item name (may be empty, may repeat across the collection).
    pub name: String,
    /// Item description (falls back to `request.description` when the item has none).
    pub description: Option<String>,
    /// The request.
    pub request: Request,
    /// Saved example responses, in file order.
    pub responses: Vec<SavedResponse>,
    /// Where the item is in the file.
    pub pointer: Pointer,
    /// What the loader found odd in the item but could read (values of the wrong JSON type
    /// Postman sends anyway). Moved to [`Collection::warnings`] when loading ends, so empty
    /// in a loaded collection.
    pub warnings: Vec<Warning>,
}

/// An HTTP request as described by the collection.
#[derive(Debug, Clone)]
pub struct Request {
    /// Upper-cased method (`GET` when absent); non-standard names are kept.
    pub method: String,
    /// The URL.
    pub url: Url,
    /// Headers in file order, disabled ones included (flagged).
    pub headers: Vec<Header>,
    /// Body, if any (`None` for absent or `null` bodies and bodies without a usable mode).
    pub body: Option<Body>,
    /// Request-level auth (`None` = inherit).
    pub auth: Option<Auth>,
    /// `request.description`, flattened to text.
    pub description: Option<String>,
    /// Where the request is in the file.
    pub pointer: Pointer,
    /// Written as its URL alone (`"request": "https://…"`), so the URL is at `pointer`.
    pub url_only: bool,
}

impl Request {
    /// Where the request's URL is in the file.
    pub fn url_pointer(&self) -> Pointer {
        if self.url_only { self.pointer.clone() } else { self.pointer.key("url") }
    }
}

/// A request URL.
#[derive(Debug, Clone, Default)]
pub struct Url {
    /// The raw URL text (`url.raw`, or the string form), unresolved.
    pub raw: String,
    /// Protocol (`https`), if stated.
    pub protocol: Option<String>,
    /// Host labels joined with `.` (e.g. `{{api-domain}}` or `api.github.com`), if stated.
    pub host: Option<String>,
    /// Port, if stated.
    pub port: Option<String>,
    /// Path segments, unresolved (`:id`, `{{id}}` kept as written). Empty segments dropped,
    /// but a trailing `/` is a last empty segment.
    pub path: Vec<String>,
    /// Query parameters in file order, disabled ones included (flagged).
    pub query: Vec<QueryParam>,
    /// Declared path variables (`url.variable`), for `:id`-style segments.
    pub variables: Vec<Variable>,
}

/// One query parameter.
#[derive(Debug, Clone)]
pub struct QueryParam {
    /// Parameter name.
    pub key: String,
    /// Example value (`None` for `?flag` or `null`).
    pub value: Option<String>,
    /// Disabled in Postman (an optional parameter the author switched off).
    pub disabled: bool,
    /// Description text.
    pub description: Option<String>,
}

/// One header (request or response).
#[derive(Debug, Clone)]
pub struct Header {
    /// Header name as written.
    pub key: String,
    /// Value; numbers and booleans are turned into their text.
    pub value: String,
    /// Disabled in Postman.
    pub disabled: bool,
    /// Description text.
    pub description: Option<String>,
}

/// A variable: collection, folder or URL path variable.
#[derive(Debug, Clone)]
pub struct Variable {
    /// Variable name (`key`, or `id` when `key` is missing).
    pub key: String,
    /// Value as text (numbers / booleans stringified); `None` if absent or null.
    pub value: Option<String>,
    /// Description text.
    pub description: Option<String>,
    /// Disabled in Postman.
    pub disabled: bool,
    /// Where the variable is defined (e.g. `/variable/2`).
    pub pointer: Pointer,
}

/// A request body.
#[derive(Debug, Clone)]
pub enum Body {
    /// `mode: raw`.
    Raw {
        /// The body text exactly as written (may be invalid JSON; see `repair`).
        text: String,
        /// `options.raw.language` (`json`, `xml`, `text`, ...), if stated.
        language: Option<String>,
    },
    /// `mode: urlencoded`.
    UrlEncoded(Vec<FormField>),
    /// `mode: formdata`.
    FormData(Vec<FormField>),
    /// `mode: file`.
    File {
        /// `file.src`, if any.
        src: Option<String>,
    },
    /// `mode: graphql`.
    GraphQl {
        /// The query text.
        query: String,
        /// The variables text (JSON, possibly invalid), if any.
        variables: Option<String>,
    },
}

/// A urlencoded or formdata field.
#[derive(Debug, Clone)]
pub struct FormField {
    /// Field name.
    pub key: String,
    /// Example value for text fields.
    pub value: Option<String>,
    /// Text or file (`type` missing means text).
    pub kind: FormFieldKind,
    /// Disabled in Postman.
    pub disabled: bool,
    /// Description text.
    pub description: Option<String>,
}

/// Kind of a form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormFieldKind {
    /// A text field.
    Text,
    /// A file upload field.
    File,
}

/// Authentication settings at some level of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Auth {
    /// The auth type as written (`bearer`, `basic`, `apikey`, `oauth2`, `noauth`, `inherit`, ...).
    pub kind: AuthKind,
    /// The type's key/value attributes (v2.1 array form and v2.0 object form both land here),
    /// values stringified, in file order.
    pub params: Vec<(String, String)>,
}

/// Postman auth types we distinguish; everything else is kept by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthKind {
    /// Explicitly no auth.
    NoAuth,
    /// Explicitly inherit from the parent.
    Inherit,
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// HTTP basic.
    Basic,
    /// API key in a header or query parameter.
    ApiKey,
    /// OAuth 2.
    OAuth2,
    /// Any other Postman auth type (`oauth1`, `digest`, `hawk`, `awsv4`, `ntlm`, ...).
    Other(String),
}

impl Auth {
    /// The value of one parameter (e.g. `token` for bearer, `key`/`value`/`in` for apikey).
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The body of a saved example response, read as JSON while loading (which runs beside the
/// parser) when it reads so.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedBody {
    /// An object or array that reads as JSON (leniently: `compact_json_lenient`), as compact
    /// JSON text. The saved text itself is not kept: a big collection's bodies are most of
    /// its size.
    Json(super::CompactJson),
    /// Any other body, as saved, with what it reads as when it is JSON all the same (a bare
    /// string or number).
    Text {
        /// The text as saved.
        text: String,
        /// The text read as JSON, leniently, when it reads so.
        json: Option<super::CompactJson>,
    },
}

/// A saved example response.
#[derive(Debug, Clone)]
pub struct SavedResponse {
    /// Example name.
    pub name: String,
    /// The request that produced it, when saved.
    pub original_request: Option<Request>,
    /// HTTP status code (`code`), when stated.
    pub status: Option<u16>,
    /// Status text (`status`, e.g. `OK`).
    pub status_text: Option<String>,
    /// Response headers in file order.
    pub headers: Vec<Header>,
    /// The body, `None` when absent, null or blank.
    pub body: Option<SavedBody>,
    /// `_postman_previewlanguage` (`json`, `xml`, `html`, `text`), if stated.
    pub preview_language: Option<String>,
    /// Where the response is in the file.
    pub pointer: Pointer,
}
