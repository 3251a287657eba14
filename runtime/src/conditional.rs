//! Conditional requests: `304 Not Modified` is an answer, not an error.

use reqwest::header::HeaderMap;

use crate::response::Response;

/// The answer to a conditional request (one sent with `If-Modified-Since` or
/// `If-None-Match`).
///
/// ```
/// # fn demo(answer: postgen_runtime::Conditional<Vec<String>>) {
/// use postgen_runtime::Conditional;
/// match answer {
///     Conditional::Modified(response) => println!("{} records", response.body.len()),
///     Conditional::NotModified(_) => println!("nothing changed since then"),
/// }
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Conditional<T> {
    /// The resource changed (or no condition was sent): the usual 2xx answer.
    Modified(Response<T>),
    /// HTTP 304: nothing changed since the given time or entity tag.
    NotModified(NotModified),
}

/// An HTTP 304 answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotModified {
    /// The response headers (`ETag`, `Last-Modified`, ...).
    pub headers: HeaderMap,
}

impl<T> Conditional<T> {
    /// The response when the resource changed, `None` for 304.
    pub fn modified(self) -> Option<Response<T>> {
        match self {
            Conditional::Modified(response) => Some(response),
            Conditional::NotModified(_) => None,
        }
    }

    /// True for a 304 answer.
    pub fn is_not_modified(&self) -> bool {
        matches!(self, Conditional::NotModified(_))
    }
}
