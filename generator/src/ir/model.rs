//! Operations, parameters, bodies and responses.

use std::path::PathBuf;

use crate::error::Pointer;

use super::types::{TypeDef, TypeRef};

/// A whole API: what one generated crate exposes.
#[derive(Debug, Clone)]
pub struct Api {
    /// Cargo package name of the generated crate (`zoho-crm`).
    pub crate_name: String,
    /// Crate version.
    pub crate_version: String,
    /// Human title (the collection's name).
    pub title: String,
    /// Description text (markdown).
    pub description: Option<String>,
    /// The input file the API came from (for docs and diagnostics).
    pub source: PathBuf,
    /// The servers requests go to (see `ir::bases`): the primary one (most operations use
    /// it) first, the others in order of first use; never empty.
    pub base_urls: Vec<BaseUrl>,
    /// How the API authenticates by default.
    pub auth: AuthScheme,
    /// Operations in collection order.
    pub operations: Vec<Operation>,
    /// Named types (structs, aliases), filled by inference, in emission order.
    pub types: Vec<TypeDef>,
    /// Where error bodies keep their code and message.
    pub envelope: Envelope,
    /// Regions and environments the API is served from (`postgen.toml` `[servers]`).
    pub servers: Option<super::servers::Servers>,
    /// `types` by name, built on the first [`Api::type_named`] call (the emitter looks types
    /// up once per field and example: a scan each time is quadratic in the API's size).
    pub type_index: TypeIndex,
}

/// Positions in [`Api::types`] by name; see [`Api::type_named`].
#[derive(Debug, Clone, Default)]
pub struct TypeIndex(std::sync::OnceLock<std::collections::HashMap<String, usize>>);

impl Api {
    /// The named type `name`. The index is built on first use, so types added or moved
    /// later are still found: a position is trusted only if it holds a type of that name,
    /// and a name it misses falls back to a scan.
    pub fn type_named(&self, name: &str) -> Option<&TypeDef> {
        let index = self.type_index.0.get_or_init(|| {
            let mut index = std::collections::HashMap::with_capacity(self.types.len());
            for (i, def) in self.types.iter().enumerate() {
                index.entry(def.name.clone()).or_insert(i);
            }
            index
        });
        match index.get(name).and_then(|&i| self.types.get(i)) {
            Some(def) if def.name == name => Some(def),
            _ => self.types.iter().find(|d| d.name == name),
        }
    }

    /// The primary server: where operations go unless they name another.
    pub fn base_url(&self) -> &BaseUrl {
        static NONE: BaseUrl = BaseUrl { name: String::new(), template: String::new(), default: None, variables: Vec::new() };
        self.base_urls.first().unwrap_or(&NONE)
    }

    /// The servers besides the primary one, with their indices in [`Api::base_urls`].
    pub fn other_servers(&self) -> impl Iterator<Item = (usize, &BaseUrl)> {
        self.base_urls.iter().enumerate().skip(1)
    }

    /// The crate's library name as Rust code spells it (`zoho_crm`); also the module name of
    /// build.rs mode unless the user picks one.
    pub fn lib_name(&self) -> String {
        self.crate_name.replace('-', "_")
    }
}

/// The error envelope: keys of the code and the message in error bodies, most preferred
/// first (generic detection, or one key each from `postgen.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// Keys that may hold the error code.
    pub code_keys: Vec<String>,
    /// Keys that may hold the message.
    pub message_keys: Vec<String>,
}

impl Envelope {
    /// Generic detection, or the configured keys.
    pub fn new(code: Option<&str>, message: Option<&str>) -> Self {
        let keys = |configured: Option<&str>, defaults: &[&str]| match configured {
            Some(key) => vec![key.to_owned()],
            None => defaults.iter().map(|k| (*k).to_owned()).collect(),
        };
        Envelope {
            code_keys: keys(code, &["code", "error_code", "errorCode", "errcode", "name", "error"]),
            message_keys: keys(message, &["message", "error_description", "detail", "msg", "description", "error_message"]),
        }
    }
}

/// Where requests go: one server of the API.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseUrl {
    /// Unique snake_case name (`host`, `auth_url`, `api_example_com`): the runtime's server
    /// name and the stem of the generated constant and setter.
    pub name: String,
    /// As written in the collection, e.g. `{{api-domain}}` or `https://api.github.com`.
    pub template: String,
    /// Resolved through the collection variables, when that yields an absolute URL.
    pub default: Option<String>,
    /// Collection variables the template refers to, e.g. `api-domain`.
    pub variables: Vec<String>,
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum AuthScheme {
    /// No authentication.
    #[default]
    None,
    /// `Authorization: <scheme> <token>`.
    Token {
        /// `Bearer`, `Zoho-oauthtoken`, ...
        scheme: String,
    },
    /// HTTP basic.
    Basic,
    /// API key in a header or query parameter.
    ApiKey {
        /// Header or query parameter name.
        name: String,
        /// True when sent in the query string.
        in_query: bool,
    },
    /// OAuth 2 (a bearer access token at request time).
    OAuth2,
    /// A Postman auth type the runtime does not implement (kept by name for docs).
    Unsupported(String),
}

/// One API operation (one request item, or one documented endpoint).
#[derive(Debug, Clone)]
pub struct Operation {
    /// Rust method name (`update_users`).
    pub name: String,
    /// Human title (the item name, `Update User`).
    pub title: String,
    /// Description (markdown).
    pub docs: Option<String>,
    /// Folder names from the collection root down to the item.
    pub folders: Vec<String>,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template as written (`/crm/v2.1/users/:id`), for docs.
    pub path_template: String,
    /// Path after the base URL.
    pub path: Vec<PathSegment>,
    /// Path parameters, in path order.
    pub path_params: Vec<Param>,
    /// Query and header parameters the caller may set.
    pub params: Vec<Param>,
    /// The struct that carries `params` (set by inference when there are any).
    pub params_type: Option<TypeRef>,
    /// Headers sent on every call with a fixed value.
    pub fixed_headers: Vec<(String, String)>,
    /// Request body.
    pub body: Option<RequestBody>,
    /// Saved example responses, in file order.
    pub responses: Vec<ResponseExample>,
    /// The collection item's own request, mapped like an example's (`None` for an operation
    /// only the docs describe): the example tests send it too.
    pub own_request: Option<ExampleRequest>,
    /// Success body, decided by inference.
    pub success: SuccessBody,
    /// The API's error enum (`type_name`) with the statuses this operation's examples and docs
    /// show (for its docs and example tests), decided by inference (`None`: the API shows no
    /// error anywhere, errors carry an untyped JSON value).
    pub errors: Option<StatusResponses>,
    /// Auth effective for this operation.
    pub auth: AuthScheme,
    /// The collection says `noauth` for this request (or its folder) in an API that
    /// otherwise authenticates: the call sends no credentials.
    pub no_auth: bool,
    /// The server its request goes to: an index in [`Api::base_urls`] (0: the primary).
    pub server: usize,
    /// What the doc pages say (schema files); empty for collection-only operations.
    pub doc: super::docs::OperationDoc,
    /// How the operation lists across pages, when it does (set after merging the docs).
    pub pagination: Option<super::pagination::Pagination>,
    /// Where the operation came from.
    pub source: Pointer,
}

/// One path segment after the base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Fixed text.
    Literal(String),
    /// Text with parameters inside it (`v{{version}}`, or a whole `:id`).
    Template(Vec<SegmentPart>),
}

/// A piece of a templated path segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SegmentPart {
    /// Fixed text.
    Literal(String),
    /// Index into [`Operation::path_params`].
    Param(usize),
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
}

/// A path, query or header parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Rust identifier.
    pub ident: String,
    /// Name on the wire.
    pub wire: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Its type (scalar).
    pub ty: TypeRef,
    /// Must the caller give it?
    pub required: bool,
    /// Sent repeatedly (`?id=1&id=2`).
    pub repeated: bool,
    /// Description.
    pub docs: Option<String>,
    /// An example value from the collection.
    pub example: Option<String>,
    /// What the doc pages say beyond type and description.
    pub doc: super::docs::ParamDoc,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// Content type sent.
    pub content_type: String,
    /// How it is encoded and typed.
    pub kind: BodyKind,
}

/// Request body encodings.
#[derive(Debug, Clone)]
pub enum BodyKind {
    /// JSON: typed from samples.
    Json {
        /// Parsed samples (the request body and the examples' original requests).
        samples: Vec<Sample>,
        /// The inferred type (set by inference).
        ty: Option<TypeRef>,
    },
    /// `application/x-www-form-urlencoded` with these fields.
    Form {
        /// Fields in collection order.
        fields: Vec<Param>,
        /// Name of the generated struct (set by inference).
        ty: Option<TypeRef>,
    },
    /// `multipart/form-data`; the caller passes parts. Field names listed for docs.
    Multipart {
        /// Documented field names and whether they are files.
        fields: Vec<(String, bool)>,
    },
    /// Plain text, XML, HTML ...: the caller passes a string.
    Text {
        /// An example body, for docs.
        example: Option<String>,
    },
    /// Raw bytes (Postman `file` mode).
    Binary,
}

/// A JSON sample and where it came from.
///
/// Kept as compact JSON text, not a parsed tree: a `serde_json::Value` costs about six times
/// its text, and a collection of 10,000 requests holds hundreds of megabytes of samples.
/// Inference parses each sample when it reads it; the example tests use the text as it is.
#[derive(Debug, Clone)]
pub struct Sample {
    /// The value as compact JSON (object keys in their order).
    json: Box<str>,
    /// Where it is in the input file.
    pub pointer: Pointer,
    /// True if the text was repaired (`{{var}}` placeholders, comments) before parsing.
    pub repaired: bool,
}

impl Sample {
    /// A sample of `value`, found at `pointer`.
    pub fn new(value: &serde_json::Value, pointer: Pointer, repaired: bool) -> Self {
        Sample { json: value.to_string().into_boxed_str(), pointer, repaired }
    }

    /// A sample of a body read as compact JSON text, found at `pointer`.
    pub fn from_compact(json: crate::postman::CompactJson, pointer: Pointer) -> Self {
        Sample { json: json.text.into_boxed_str(), pointer, repaired: json.repaired }
    }

    /// The value, parsed from the text.
    pub fn value(&self) -> serde_json::Value {
        // The text was written from a `Value` by serde_json, so it always parses back.
        serde_json::from_str(&self.json).unwrap_or(serde_json::Value::Null)
    }

    /// The value as pagination detection and inference read it (objects as lists of pairs).
    pub fn tree(&self) -> super::Json {
        super::Json::parse(&self.json).unwrap_or(super::Json::Null)
    }

    /// The value as compact JSON text.
    pub fn json(&self) -> &str {
        &self.json
    }

    /// The value's top level (an object's keys, or its kind), without parsing the rest.
    pub fn outline(&self) -> super::outline::Outline {
        super::outline::outline(&self.json)
    }
}

/// A saved example response.
#[derive(Debug, Clone)]
pub struct ResponseExample {
    /// Example name.
    pub name: String,
    /// HTTP status, when stated.
    pub status: Option<u16>,
    /// Content type from the example's headers, when stated.
    pub content_type: Option<String>,
    /// The body.
    pub body: ExampleBody,
    /// Response headers as saved (enabled ones), in file order.
    pub headers: Vec<(String, String)>,
    /// The request the example answers: its `originalRequest`, else the item's own request;
    /// `None` for doc samples.
    pub request: Option<ExampleRequest>,
    /// Where the example is.
    pub pointer: Pointer,
}

/// The request behind a saved example, as saved (values unresolved, `{{var}}` kept).
#[derive(Debug, Clone, Default)]
pub struct ExampleRequest {
    /// A value per path parameter ([`Operation::path_params`] order), when the saved URL
    /// shows one for it.
    pub path_args: Vec<Option<String>>,
    /// Enabled query pairs, in file order (`?flag` has an empty value).
    pub query: Vec<(String, String)>,
    /// Enabled headers, in file order.
    pub headers: Vec<(String, String)>,
    /// The body, when it has one the example tests can send.
    pub body: Option<ExampleRequestBody>,
    /// The server the saved request went to (an index in [`Api::base_urls`]), read from its
    /// own URL, not from the operation's.
    pub server: usize,
}

/// A saved request body.
#[derive(Debug, Clone)]
pub enum ExampleRequestBody {
    /// JSON (possibly repaired).
    Json(Sample),
    /// Raw text that is not JSON.
    Text(String),
    /// Enabled urlencoded fields.
    Form(Vec<(String, String)>),
}

/// An example response body.
#[derive(Debug, Clone)]
pub enum ExampleBody {
    /// No body.
    Empty,
    /// A JSON body.
    Json(Sample),
    /// A non-JSON body.
    Text(String),
    /// A binary body ([`super::media`]: its content type, else its signature), as the
    /// collection saved it: text, lossy where the bytes were not UTF-8; served as its bytes.
    Binary(String),
}

/// Bodies by HTTP status (the API's error answers, or an operation's success answers when
/// they differ by status): an enum with a variant per status seen, plus `Other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusResponses {
    /// Name of the generated enum (`ApiError`, `CreateUserResponse`).
    pub type_name: String,
    /// One entry per status, ascending.
    pub statuses: Vec<StatusEntry>,
}

/// The body answered with one HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    /// The status code.
    pub status: u16,
    /// Variant identifier (`Unauthorized`, `Status418`).
    pub variant: String,
    /// The body.
    pub body: StatusBodyKind,
    /// How many examples showed this status.
    pub examples: usize,
    /// The rows of the docs' error table for this status.
    pub codes: Vec<super::docs::DocError>,
}

/// How an error status's body is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusBodyKind {
    /// JSON of this type.
    Json(TypeRef),
    /// Text (plain, HTML, XML).
    Text,
    /// No body.
    Empty,
}

/// What a successful call returns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SuccessBody {
    /// Nothing known about the body (no 2xx examples): raw JSON value.
    #[default]
    Unknown,
    /// No body.
    Empty,
    /// Decoded JSON.
    Json(TypeRef),
    /// Text (XML, HTML, plain).
    Text,
    /// Bytes, never decoded (PDF, images, archives: [`super::media`]).
    Binary,
    /// Bodies that differ by 2xx status: an enum with a variant per status.
    ByStatus(StatusResponses),
}

impl Operation {
    /// The examples that show a successful call: every 2xx one, or, when no example states a
    /// 2xx status, those without a status at all.
    pub fn success_examples(&self) -> Vec<&ResponseExample> {
        let any_2xx = self.responses.iter().any(|r| is_success(r.status));
        self.responses.iter().filter(|r| is_success(r.status) || (!any_2xx && r.status.is_none())).collect()
    }
}

/// `path` without its trailing `/` (a last empty literal segment), for comparing routes
/// that differ only in it.
pub fn without_trailing_slash(path: &[PathSegment]) -> &[PathSegment] {
    match path.split_last() {
        Some((PathSegment::Literal(last), rest)) if last.is_empty() => rest,
        _ => path,
    }
}

impl Operation {
    /// Whether a redirect is one of the operation's answers, not an error: an example saved a
    /// 3xx other than 304 (a 302 to a download). Its method returns such an answer as a
    /// response (status, `Location`, no body) when the client does not follow it. Not for a
    /// success typed by status, whose variants hold 2xx bodies only.
    pub fn answers_redirects(&self) -> bool {
        !matches!(self.success, SuccessBody::ByStatus(_)) && self.responses.iter().any(|r| is_redirect(r.status))
    }
}

/// The status class of an example.
pub fn is_success(status: Option<u16>) -> bool {
    matches!(status, Some(200..=299))
}

/// A redirect status: 3xx but 304 (Not Modified answers a conditional request; it moves nothing).
pub fn is_redirect(status: Option<u16>) -> bool {
    matches!(status, Some(300..=399)) && status != Some(304)
}
