//! One API call as generated code describes it (the public builder).

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};


/// Everything but RFC 3986 "unreserved" characters is percent-encoded in path segments and
/// query components, so a value can never leave its segment or its query pair.
pub(crate) const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One API call: method, path segments, query, headers and body.
///
/// Built by generated code, consumed by [`Client::send`](crate::Client::send). Mistakes
/// that the builder methods cannot report (an invalid header name, a `..` path segment)
/// are remembered and returned as an error by `send`, before anything goes on the wire.
#[derive(Clone)]
pub struct Request {
    pub(crate) method: Method,
    /// Path segments, already percent-encoded.
    pub(crate) segments: Vec<String>,
    pub(crate) trailing_slash: bool,
    /// Query pairs, not yet encoded.
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Body,
    /// The first problem found while building; reported by `send`.
    pub(crate) deferred: Option<Deferred>,
    /// Send without the client's credentials.
    pub(crate) without_auth: bool,
    /// The named server the request goes to; `None`: the client's base URL.
    pub(crate) server: Option<String>,
    /// Send the credentials the client holds for this scheme instead of its own.
    pub(crate) auth_scheme: Option<String>,
    /// The answer is decoded as JSON: ask for it (`Accept: application/json`) unless the
    /// request or the client's defaults name another type.
    pub(crate) expects_json: bool,
    /// A 3xx answer the client did not follow is the answer, not an error (see
    /// [`Request::redirect_is_answer`]).
    pub(crate) redirect_is_answer: bool,
}

/// One part of a `multipart/form-data` body.
#[derive(Clone, PartialEq, Eq)]
pub enum Part {
    /// A text field.
    Text(String),
    /// A file field, sent as `application/octet-stream`.
    File {
        /// The file name announced to the server; `"`, `\` and control characters (CR, LF)
        /// are percent-encoded, so they never reach the part header raw.
        file_name: String,
        /// The file content.
        bytes: Vec<u8>,
    },
}

impl fmt::Debug for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Text(text) => f.debug_tuple("Text").field(text).finish(),
            Part::File { file_name, bytes } => f
                .debug_struct("File")
                .field("file_name", file_name)
                .field("len", &bytes.len())
                .finish(),
        }
    }
}

/// A request body, kept in a form that can be sent again (for retries).
#[derive(Clone)]
pub(crate) enum Body {
    Empty,
    Bytes {
        content_type: HeaderValue,
        bytes: bytes::Bytes,
    },
    Multipart(Vec<(String, Part)>),
}

/// An error found while building, kept until `send` (the builder methods return `Self`).
#[derive(Clone)]
pub(crate) enum Deferred {
    Encode(String),
    Config(String),
}

impl Request {
    /// A request for `path`: the segments after the base URL, one element per segment.
    ///
    /// Each element is percent-encoded as a single segment: `/`, `?`, `#` and `%` inside a
    /// value stay inside it. Segments that are empty, `.` or `..` cannot be sent safely
    /// (URL parsers treat `%2E%2E` like `..`), so `send` refuses them with
    /// [`Error::Encode`](crate::Error::Encode); use [`Request::trailing_slash`] for a path ending in `/`.
    pub fn new(method: Method, path: &[&str]) -> Self {
        let mut deferred = None;
        let mut segments = Vec::with_capacity(path.len());
        for (index, segment) in path.iter().enumerate() {
            if matches!(*segment, "" | "." | "..") && deferred.is_none() {
                deferred = Some(Deferred::Encode(format!(
                    "path segment {index} is {segment:?}; empty, \".\" and \"..\" segments are refused"
                )));
            }
            segments.push(utf8_percent_encode(segment, COMPONENT).to_string());
        }
        Request {
            method,
            segments,
            trailing_slash: false,
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: Body::Empty,
            deferred,
            without_auth: false,
            server: None,
            auth_scheme: None,
            expects_json: false,
            redirect_is_answer: false,
        }
    }

    /// A `GET` request for `path` (see [`Request::new`]).
    pub fn get(path: &[&str]) -> Self {
        Request::new(Method::GET, path)
    }

    /// A `POST` request for `path` (see [`Request::new`]).
    pub fn post(path: &[&str]) -> Self {
        Request::new(Method::POST, path)
    }

    /// A `PUT` request for `path` (see [`Request::new`]).
    pub fn put(path: &[&str]) -> Self {
        Request::new(Method::PUT, path)
    }

    /// A `PATCH` request for `path` (see [`Request::new`]).
    pub fn patch(path: &[&str]) -> Self {
        Request::new(Method::PATCH, path)
    }

    /// A `DELETE` request for `path` (see [`Request::new`]).
    pub fn delete(path: &[&str]) -> Self {
        Request::new(Method::DELETE, path)
    }

    /// A request with a method given by name (`PURGE`, `LINK`, ...); an invalid name makes
    /// `send` fail with [`Error::Config`](crate::Error::Config) before anything is sent.
    pub fn with_method_name(method: &str, path: &[&str]) -> Self {
        match Method::from_bytes(method.as_bytes()) {
            Ok(method) => Request::new(method, path),
            Err(_) => {
                let mut request = Request::new(Method::GET, path);
                request.defer(Deferred::Config(format!("invalid HTTP method name {method:?}")));
                request
            }
        }
    }

    /// Ends the path with `/` (for APIs where `/users/` differs from `/users`).
    pub fn trailing_slash(mut self) -> Self {
        self.trailing_slash = true;
        self
    }

    /// Sends this request without the client's credentials (a Postman `noauth` request in
    /// an API that otherwise authenticates, e.g. a public status endpoint).
    pub fn without_auth(mut self) -> Self {
        self.without_auth = true;
        self
    }

    /// A redirect the client does not follow (a 3xx other than 304: to another origin, or
    /// with an HTTP client that follows none) is a successful [`Response`](crate::Response)
    /// carrying its status and headers (`Location`), not an error. Its body is read as
    /// absent (JSON `null`, empty text or bytes): a redirect's body is a note for people,
    /// never the resource. For operations whose saved examples answer with a redirect
    /// (a 302 to a download).
    pub fn redirect_is_answer(mut self) -> Self {
        self.redirect_is_answer = true;
        self
    }

    /// Sends this request with the credentials the client holds for `scheme`
    /// ([`Client::with_scheme_auth`](crate::Client::with_scheme_auth)), or none when it holds
    /// none: for an operation that authenticates otherwise than the API (basic auth on a
    /// token request). The client's own credentials are never sent instead.
    pub fn auth_scheme(mut self, scheme: &str) -> Self {
        self.auth_scheme = Some(scheme.to_owned());
        self
    }

    /// Sends this request to the client's named server `name` (see
    /// [`ClientBuilder::server`](crate::ClientBuilder::server)) instead of its base URL;
    /// `send` fails with [`Error::Config`](crate::Error::Config) when the client has no URL
    /// for it.
    pub fn server(mut self, name: &str) -> Self {
        self.server = Some(name.to_owned());
        self
    }

    /// The request's method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Adds the query parameter `name=value`; both are percent-encoded. Repeating a name
    /// sends it repeatedly.
    pub fn query(mut self, name: &str, value: impl ToString) -> Self {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Adds the query parameter when `value` is `Some`.
    pub fn query_opt<V: ToString>(self, name: &str, value: Option<V>) -> Self {
        match value {
            Some(value) => self.query(name, value),
            None => self,
        }
    }

    /// Adds `name=value` once for every value, in order (`?id=1&id=2`).
    pub fn query_all<V: ToString>(self, name: &str, values: impl IntoIterator<Item = V>) -> Self {
        values.into_iter().fold(self, |request, value| request.query(name, value))
    }

    /// Adds a header. It replaces a client default header of the same name; an invalid name
    /// or value makes `send` fail with [`Error::Config`](crate::Error::Config) (the message never shows the value).
    pub fn header(mut self, name: &str, value: impl ToString) -> Self {
        let Ok(header) = HeaderName::from_bytes(name.as_bytes()) else {
            self.defer(Deferred::Config(format!("invalid header name `{name}`")));
            return self;
        };
        match HeaderValue::from_str(&value.to_string()) {
            Ok(value) => {
                self.headers.append(header, value);
            }
            Err(_) => self.defer(Deferred::Config(format!(
                "invalid value for header `{name}`"
            ))),
        }
        self
    }

    /// Marks the answer as JSON to decode (see `expects_json`).
    pub(crate) fn expecting_json(mut self) -> Self {
        self.expects_json = true;
        self
    }

    /// Adds the header when `value` is `Some`.
    pub fn header_opt<V: ToString>(self, name: &str, value: Option<V>) -> Self {
        match value {
            Some(value) => self.header(name, value),
            None => self,
        }
    }

    /// Sets a JSON body (`Content-Type: application/json`). A body that cannot be encoded
    /// makes `send` fail with [`Error::Encode`](crate::Error::Encode) before anything is sent (deferred like header
    /// problems, so that building a request never needs `?`).
    pub fn json<B: serde::Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.raw_body(HeaderValue::from_static("application/json"), bytes),
            Err(e) => {
                self.defer(Deferred::Encode(e.to_string()));
                self
            }
        }
    }

    /// Sets a JSON body sent with the API's own JSON media type (`application/vnd.api+json`,
    /// `application/json; charset=utf-8`): servers that route or validate on the exact type
    /// answer 415 to plain `application/json`.
    pub fn json_as<B: serde::Serialize + ?Sized>(mut self, content_type: &str, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.bytes(content_type, bytes),
            Err(e) => {
                self.defer(Deferred::Encode(e.to_string()));
                self
            }
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body; encoding problems are deferred to
    /// `send` as for [`Request::json`].
    pub fn form<B: serde::Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_html_form::to_string(body) {
            Ok(text) => {
                let content_type = HeaderValue::from_static("application/x-www-form-urlencoded");
                self.raw_body(content_type, text.into_bytes())
            }
            Err(e) => {
                self.defer(Deferred::Encode(e.to_string()));
                self
            }
        }
    }

    /// Sets a `multipart/form-data` body, one `(field name, part)` per element.
    pub fn multipart(mut self, parts: Vec<(String, Part)>) -> Self {
        self.body = Body::Multipart(parts);
        self
    }

    /// Sets a text body with the given content type (e.g. `application/xml`).
    pub fn text(self, content_type: &str, body: impl Into<String>) -> Self {
        self.bytes(content_type, body.into().into_bytes())
    }

    /// Sets a binary body with the given content type.
    pub fn bytes(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        match HeaderValue::from_str(content_type) {
            Ok(content_type) => self.raw_body(content_type, body.into()),
            Err(_) => {
                self.defer(Deferred::Config(format!(
                    "invalid content type `{content_type}`"
                )));
                self
            }
        }
    }

    /// Replaces every query pair named `name` with one `name=value` (page cursors).
    pub(crate) fn set_query(&mut self, name: &str, value: String) {
        self.query.retain(|(existing, _)| existing != name);
        self.query.push((name.to_owned(), value));
    }

    /// The value of the query parameter `name`, if set once or more (the first).
    pub(crate) fn query_value(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(existing, _)| existing == name).map(|(_, value)| value.as_str())
    }

    /// The path as sent, for logs and spans: never the query, which may carry secrets.
    pub(crate) fn path_for_logs(&self) -> String {
        let mut path = String::new();
        for segment in &self.segments {
            path.push('/');
            path.push_str(segment);
        }
        if self.trailing_slash || path.is_empty() {
            path.push('/');
        }
        path
    }

    fn raw_body(mut self, content_type: HeaderValue, bytes: Vec<u8>) -> Self {
        self.body = Body::Bytes {
            content_type,
            bytes: bytes.into(),
        };
        self
    }

    pub(crate) fn defer(&mut self, problem: Deferred) {
        self.deferred.get_or_insert(problem);
    }
}

impl fmt::Debug for Request {
    /// Shows header names only: header values may carry secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header_names: Vec<&str> = self.headers.keys().map(HeaderName::as_str).collect();
        let body = match &self.body {
            Body::Empty => "empty".to_owned(),
            Body::Bytes { bytes, .. } => format!("{} bytes", bytes.len()),
            Body::Multipart(parts) => format!("multipart, {} parts", parts.len()),
        };
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("server", &self.server)
            .field("path", &self.segments.join("/"))
            .field(
                "query_names",
                &self.query.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .field("header_names", &header_names)
            .field("body", &body)
            .finish()
    }
}
