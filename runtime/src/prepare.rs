//! Pipeline stage 1: resolve a [`Request`] against the client's base URL and default
//! headers into a concrete HTTP request. Authentication (stage 2) and later hooks act on
//! the [`Prepared`] value before it is transmitted.

use percent_encoding::utf8_percent_encode;
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue};
use url::Url;

use crate::error::Error;
use crate::request::{Body, COMPONENT, Deferred, Part, Request};

/// A request resolved against a client: method, final URL, merged headers and body.
pub(crate) struct Prepared {
    pub(crate) method: Method,
    pub(crate) url: Url,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Body,
}

impl Request {
    /// Resolves the request against a base URL and default headers. Header precedence, lowest
    /// first: `Accept: application/json` when the answer is decoded as JSON, client defaults,
    /// the body's content type, the request's own headers.
    pub(crate) fn prepare(
        &self,
        base: &Url,
        default_headers: &HeaderMap,
    ) -> Result<Prepared, Error> {
        match &self.deferred {
            Some(Deferred::Encode(message)) => return Err(Error::Encode(message.clone())),
            Some(Deferred::Config(message)) => return Err(Error::Config(message.clone())),
            None => {}
        }
        let mut url = base.clone();
        if !self.segments.is_empty() || self.trailing_slash {
            let mut path = base.path().trim_end_matches('/').to_owned();
            for segment in &self.segments {
                path.push('/');
                path.push_str(segment);
            }
            if self.trailing_slash {
                path.push('/');
            }
            url.set_path(&path);
        }
        for (name, value) in &self.query {
            append_query_pair(&mut url, name, value);
        }

        let mut headers = default_headers.clone();
        match &self.body {
            Body::Bytes { content_type, .. } => {
                headers.insert(CONTENT_TYPE, content_type.clone());
            }
            Body::Empty | Body::Multipart(_) => {}
        }
        headers.extend(self.headers.clone());
        if self.expects_json && !headers.contains_key(ACCEPT) {
            headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        }
        if let Body::Multipart(_) = self.body {
            // reqwest sets multipart/form-data with the boundary.
            headers.remove(CONTENT_TYPE);
        }
        Ok(Prepared {
            method: self.method.clone(),
            url,
            headers,
            body: self.body.clone(),
        })
    }
}

/// Appends `name=value` to the URL's query, percent-encoding both (a space becomes `%20`).
pub(crate) fn append_query_pair(url: &mut Url, name: &str, value: &str) {
    let pair = format!(
        "{}={}",
        utf8_percent_encode(name, COMPONENT),
        utf8_percent_encode(value, COMPONENT)
    );
    let query = match url.query() {
        Some(existing) if !existing.is_empty() => format!("{existing}&{pair}"),
        _ => pair,
    };
    url.set_query(Some(&query));
}

/// Builds the `reqwest` multipart form (each attempt gets a fresh one).
pub(crate) fn multipart_form(parts: &[(String, Part)]) -> Result<reqwest::multipart::Form, Error> {
    let mut form = reqwest::multipart::Form::new();
    for (name, part) in parts {
        form = match part {
            Part::Text(text) => form.text(name.clone(), text.clone()),
            Part::File { file_name, bytes } => {
                let part = reqwest::multipart::Part::bytes(bytes.clone())
                    .file_name(header_safe_file_name(file_name))
                    .mime_str("application/octet-stream")
                    .map_err(|e| Error::Encode(e.to_string()))?;
                form.part(name.clone(), part)
            }
        };
    }
    Ok(form)
}

/// A file name that cannot break out of its `filename="…"` parameter: as browsers do
/// (WHATWG HTML, multipart/form-data encoding; RFC 7578 §4.2 allows percent-encoding), `"`
/// becomes `%22` and CR, LF and every other control character `%XX`; `\` becomes `%5C`,
/// because servers disagree on whether a backslash in a quoted string escapes. Other text,
/// UTF-8 included, is kept as is.
pub(crate) fn header_safe_file_name(name: &str) -> String {
    let mut safe = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '"' | '\\' => safe.push_str(&format!("%{:02X}", u32::from(c))),
            c if c.is_control() => {
                let mut utf8 = [0u8; 4];
                for byte in c.encode_utf8(&mut utf8).bytes() {
                    safe.push_str(&format!("%{byte:02X}"));
                }
            }
            c => safe.push(c),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_break_their_header() {
        assert_eq!(header_safe_file_name("a\"b\\c\r\nd\u{7f}é.txt"), "a%22b%5Cc%0D%0Ad%7Fé.txt");
        assert_eq!(header_safe_file_name("plain name.pdf"), "plain name.pdf");
        assert_eq!(header_safe_file_name("\u{85}"), "%C2%85");
    }

    fn url_of(base: &str, request: &Request) -> String {
        let base = Url::parse(base).unwrap_or_else(|e| panic!("{e}"));
        match request.prepare(&base, &HeaderMap::new()) {
            Ok(prepared) => prepared.url.to_string(),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn segments_are_encoded_and_joined_to_the_base_path() {
        let request = Request::new(Method::GET, &["users", "a/b c", "é#%"]);
        assert_eq!(
            url_of("http://h/api/v1/", &request),
            "http://h/api/v1/users/a%2Fb%20c/%C3%A9%23%25"
        );
        assert_eq!(
            url_of("http://h/api/v1", &request),
            "http://h/api/v1/users/a%2Fb%20c/%C3%A9%23%25"
        );
        assert_eq!(
            url_of("http://h", &request),
            "http://h/users/a%2Fb%20c/%C3%A9%23%25"
        );
    }

    #[test]
    fn no_segments_keeps_the_base_and_trailing_slash_is_explicit() {
        assert_eq!(
            url_of("http://h/api/", &Request::new(Method::GET, &[])),
            "http://h/api/"
        );
        let request = Request::new(Method::GET, &["users"]).trailing_slash();
        assert_eq!(url_of("http://h/api", &request), "http://h/api/users/");
    }

    #[test]
    fn dot_and_empty_segments_are_refused() {
        let base = Url::parse("http://h/").unwrap_or_else(|e| panic!("{e}"));
        for bad in ["..", ".", ""] {
            let result =
                Request::new(Method::DELETE, &["users", bad]).prepare(&base, &HeaderMap::new());
            assert!(
                matches!(result, Err(Error::Encode(_))),
                "{bad:?} was accepted"
            );
        }
        assert_eq!(
            url_of("http://h/", &Request::new(Method::GET, &["...", ".a"])),
            "http://h/.../.a"
        );
    }

    #[test]
    fn invalid_header_is_reported_at_prepare_without_its_value() {
        let base = Url::parse("http://h/").unwrap_or_else(|e| panic!("{e}"));
        let request = Request::new(Method::GET, &[]).header("X-Key", "secret\nvalue");
        match request.prepare(&base, &HeaderMap::new()) {
            Err(Error::Config(message)) => {
                assert_eq!(message, "invalid value for header `X-Key`");
            }
            other => panic!("unexpected {:?}", other.map(|p| p.url)),
        }
    }
}
