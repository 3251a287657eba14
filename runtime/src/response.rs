//! Responses: the raw bytes the pipeline reads, and the decoders that turn a 2xx body
//! into the caller's type.

use reqwest::header::{CONTENT_TYPE, HeaderMap};

use crate::error::{Error, excerpt};

/// A successful (2xx) response with its decoded body.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    /// The HTTP status code.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> Response<T> {
    /// The body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

/// A response as read off the wire, body fully buffered.
#[derive(Debug, Clone)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: bytes::Bytes,
}

impl RawResponse {
    /// The `Content-Type` header as text, if present and visible ASCII.
    pub(crate) fn content_type(&self) -> Option<String> {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    /// 2xx passes; anything else becomes [`Error::Api`] carrying the whole body as text.
    pub(crate) fn classify(self) -> Result<RawResponse, Error> {
        if (200..300).contains(&self.status) {
            return Ok(self);
        }
        // The typed body is decoded later, by the caller that knows the operation's type.
        let content_type = self.content_type();
        let body = text_of(self.body, content_type.as_deref());
        Err(match self.status {
            401 => Error::Auth { body, error: None },
            429 => Error::RateLimited { retry_after: retry_after(&self.headers), body, error: None },
            status => Error::Api { status, content_type, body, error: None },
        })
    }

    /// Like [`RawResponse::classify`], except that a redirect is the answer when `request`
    /// says so ([`crate::Request::redirect_is_answer`]): its status and headers kept, its body
    /// dropped (a redirect's body is never the resource).
    pub(crate) fn classify_for(self, request: &crate::Request) -> Result<RawResponse, Error> {
        if request.redirect_is_answer && is_redirect(self.status) {
            return Ok(RawResponse { body: bytes::Bytes::new(), ..self });
        }
        self.classify()
    }

    /// Decodes the body as JSON into `T`. An empty (or all-whitespace) body is read as
    /// `null`, so `()`, `Option<_>` and `serde_json::Value` accept it. A UTF-8 byte order
    /// mark is skipped.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(self) -> Result<Response<T>, Error> {
        let body = decode_json(&self.body)?;
        Ok(Response {
            status: self.status,
            headers: self.headers,
            body,
        })
    }

    /// The body as received, byte for byte (never decoded as text).
    pub(crate) fn bytes(self) -> Response<bytes::Bytes> {
        Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }

    /// Decodes the body as text, honouring the `charset` of the content type (UTF-8 when
    /// absent or unknown); invalid sequences become U+FFFD.
    pub(crate) fn text(self) -> Response<String> {
        let content_type = self.content_type();
        let body = text_of(self.body, content_type.as_deref());
        Response {
            status: self.status,
            headers: self.headers,
            body,
        }
    }
}

/// A redirect status: 3xx but 304 (Not Modified is an answer about the cache, not a move).
fn is_redirect(status: u16) -> bool {
    (300..400).contains(&status) && status != 304
}

/// JSON decoding that reports the path where it failed.
pub(crate) fn decode_json<T: serde::de::DeserializeOwned>(raw: &[u8]) -> Result<T, Error> {
    let bytes = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        bytes
    };
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let decoded =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|err| Error::Decode {
            path: err.path().to_string(),
            message: err.inner().to_string(),
            body_excerpt: excerpt(&String::from_utf8_lossy(raw)),
        })?;
    deserializer.end().map_err(|err| Error::Decode {
        path: ".".to_owned(),
        message: err.to_string(),
        body_excerpt: excerpt(&String::from_utf8_lossy(raw)),
    })?;
    Ok(decoded)
}

/// Text decoding by the content type's charset.
pub(crate) fn decode_text(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = content_type
        .and_then(charset_of)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// Like [`decode_text`], consuming the bytes: UTF-8 text (the usual case) becomes the
/// `String` in place, without a second copy of the body.
pub(crate) fn text_of(bytes: bytes::Bytes, content_type: Option<&str>) -> String {
    let utf8 = content_type
        .and_then(charset_of)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .is_none_or(|encoding| encoding == encoding_rs::UTF_8);
    if !utf8 {
        return decode_text(&bytes, content_type);
    }
    match String::from_utf8(Vec::from(bytes)) {
        Ok(text) => text,
        Err(invalid) => String::from_utf8_lossy(invalid.as_bytes()).into_owned(),
    }
}

/// The `charset` parameter of a content type, e.g. `text/xml; charset="ISO-8859-1"`.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// `Retry-After` as a wait: delay-seconds, or an HTTP-date (a date in the past means now).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<std::time::Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(std::time::Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameter_is_honoured() {
        assert_eq!(
            decode_text(b"caf\xE9", Some("text/plain; charset=\"ISO-8859-1\"")),
            "café"
        );
        assert_eq!(decode_text("café".as_bytes(), Some("text/plain")), "café");
        assert_eq!(decode_text("café".as_bytes(), None), "café");
    }

    #[test]
    fn whitespace_and_bom_bodies_decode() {
        let unit: () = decode_json(b"  \n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(unit, ());
        let value: Option<i64> = decode_json(b"").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(value, None);
        let n: i64 = decode_json(b"\xEF\xBB\xBF42").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(n, 42);
    }

    #[test]
    fn trailing_garbage_is_a_decode_error() {
        match decode_json::<i64>(b"1 2") {
            Err(Error::Decode { path, .. }) => assert_eq!(path, "."),
            other => panic!("unexpected {other:?}"),
        }
    }
}
