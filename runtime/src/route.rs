//! A request path written as the API documents it: `/v1/users/{}/` with the path
//! parameters in the holes.
//!
//! Literal text goes out as the collection saved it: what is already percent-encoded stays
//! as it is (a saved `%20` is not sent as `%2520`), a trailing `/` stays, and only the
//! characters a URL path cannot carry are encoded (the WHATWG path set, as Postman sends
//! them). Parameters are encoded whole (see [`COMPONENT`]): a value never leaves its hole.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use reqwest::Method;

use crate::request::{COMPONENT, Deferred, Request};

/// What a URL path cannot hold as it is: the WHATWG path percent-encode set (controls,
/// space, `"`, `#`, `<`, `>`, `?`, `` ` ``, `{`, `}`) and non-ASCII bytes. `%` is kept, so
/// text the collection already encoded is sent as saved.
const PATH_TEXT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// The hole a path parameter fills in a route.
const HOLE: &str = "{}";

impl Request {
    /// A request for `route`, a path after the base URL as the API writes it
    /// (`/v1/users/{}/avatar`), whose `{}` holes take `args` in order.
    ///
    /// Literal text is sent as written but for what a path cannot carry (space, `"`, `#`,
    /// `<`, `>`, `?`, `` ` ``, `{`, `}`, non-ASCII), which is percent-encoded; `%` escapes
    /// already in the text are kept, and so is a trailing `/`. Each argument is
    /// percent-encoded whole, like [`Request::new`]'s segments; an argument that would make a
    /// whole segment empty, `.` or `..`, a count of arguments that does not match the holes,
    /// or an invalid method name make `send` fail before anything is sent.
    pub fn route(method: &str, route: &str, args: &[&str]) -> Self {
        let (method, bad_method) = match Method::from_bytes(method.as_bytes()) {
            Ok(method) => (method, None),
            Err(_) => (Method::GET, Some(Deferred::Config(format!("invalid HTTP method name {method:?}")))),
        };
        let mut request = Request::new(method, &[]);
        if let Some(problem) = bad_method {
            request.defer(problem);
        }
        let holes = route.matches(HOLE).count();
        if holes != args.len() {
            request.defer(Deferred::Config(format!(
                "route {route:?} has {holes} parameter(s), {} given",
                args.len()
            )));
            return request;
        }
        let mut args = args.iter();
        let text = route.strip_prefix('/').unwrap_or(route);
        let (text, trailing_slash) = match text.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (text, false),
        };
        if !text.is_empty() {
            for (index, segment) in text.split('/').enumerate() {
                let encoded = fill_segment(segment, &mut args);
                if segment.contains(HOLE) && matches!(encoded.as_str(), "" | "." | "..") {
                    request.defer(Deferred::Encode(format!(
                        "path segment {index} of {route:?} is {encoded:?}; empty, \".\" and \"..\" segments are refused"
                    )));
                }
                request.segments.push(encoded);
            }
        }
        request.trailing_slash = trailing_slash;
        request
    }
}

/// One segment of a route with its holes filled: literal text encoded as path text, each
/// argument encoded whole.
fn fill_segment<'a>(segment: &str, args: &mut impl Iterator<Item = &'a &'a str>) -> String {
    let mut out = String::with_capacity(segment.len());
    let mut pieces = segment.split(HOLE);
    if let Some(first) = pieces.next() {
        out.extend(utf8_percent_encode(first, PATH_TEXT));
    }
    for piece in pieces {
        if let Some(arg) = args.next() {
            out.extend(utf8_percent_encode(arg, COMPONENT));
        }
        out.extend(utf8_percent_encode(piece, PATH_TEXT));
    }
    out
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderMap;
    use url::Url;

    use super::*;
    use crate::Error;

    fn sent(base: &str, request: &Request) -> Result<String, Error> {
        let base = Url::parse(base).unwrap_or_else(|e| panic!("{e}"));
        request.prepare(&base, &HeaderMap::new()).map(|prepared| prepared.url.to_string())
    }

    #[test]
    fn literal_text_goes_out_as_saved_and_arguments_are_encoded_whole() {
        let cases = [
            ("/v1/intention/", vec![], "http://h/v1/intention/"),
            ("/v1/intention", vec![], "http://h/v1/intention"),
            ("/files/My%20Report.pdf", vec![], "http://h/files/My%20Report.pdf"),
            ("/v1/users:batchGet", vec![], "http://h/v1/users:batchGet"),
            ("/a b/é", vec![], "http://h/a%20b/%C3%A9"),
            ("/users/{}/", vec!["a/b c%20"], "http://h/users/a%2Fb%20c%2520/"),
            ("/v{}/items/{}.json", vec!["2", "x?y"], "http://h/v2/items/x%3Fy.json"),
            ("/", vec![], "http://h/"),
            ("", vec![], "http://h/"),
        ];
        for (route, args, want) in cases {
            let got = sent("http://h/", &Request::route("GET", route, &args));
            assert_eq!(got.ok().as_deref(), Some(want), "{route:?} {args:?}");
        }
        let got = sent("http://h/api/", &Request::route("POST", "/v1/intention/", &[]));
        assert_eq!(got.ok().as_deref(), Some("http://h/api/v1/intention/"));
    }

    #[test]
    fn bad_arguments_methods_and_counts_are_refused_before_sending() {
        for arg in ["", ".", ".."] {
            let result = sent("http://h/", &Request::route("DELETE", "/users/{}", &[arg]));
            assert!(matches!(result, Err(Error::Encode(_))), "{arg:?} was accepted");
        }
        // Inside a segment with other text, an empty argument is harmless.
        assert_eq!(sent("http://h/", &Request::route("GET", "/v{}x", &[""])).ok().as_deref(), Some("http://h/vx"));
        assert!(matches!(sent("http://h/", &Request::route("GET", "/users/{}", &[])), Err(Error::Config(_))));
        assert!(matches!(sent("http://h/", &Request::route("GET", "/users", &["x"])), Err(Error::Config(_))));
        assert!(matches!(sent("http://h/", &Request::route("GE T", "/users", &[])), Err(Error::Config(_))));
        let purge = Request::route("PURGE", "/cache", &[]);
        assert_eq!(purge.method().as_str(), "PURGE");
    }
}
