//! The one error type every generated operation returns.

use crate::error_body::ErrorBody;

/// How many characters of a body an error message shows.
pub(crate) const EXCERPT_CHARS: usize = 300;

/// Everything that can go wrong while performing a request.
///
/// Secrets (tokens, passwords, API keys) never appear in an `Error`, neither in its
/// `Display` nor in its `Debug` output: URLs inside transport errors are stripped of their
/// query string and credentials before they are stored.
///
/// The enum is `#[non_exhaustive]`: later versions add variants (authentication, rate
/// limiting) without breaking callers.
///
/// `E` is the operation's typed error body (see [`ErrorBody`]): generated operations with
/// error examples name their own error enum; everything else reads error bodies as
/// `serde_json::Value`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E: ErrorBody = serde_json::Value> {
    /// The server answered with a non-2xx status (other than 401 and 429).
    #[error("{}", api_display("API error", *status, body, error.as_deref()))]
    Api {
        /// The HTTP status code.
        status: u16,
        /// The whole response body, decoded as text (lossy UTF-8).
        body: String,
        /// The response's `Content-Type` header, if it had one.
        content_type: Option<String>,
        /// The body decoded by status into the operation's error type, when it fits (boxed so
        /// that `Result<_, Error>` stays small).
        error: Option<Box<E>>,
    },
    /// The server refused the credentials (HTTP 401): a missing, expired or revoked token.
    #[error("{}", api_display("authentication failed", 401, body, error.as_deref()))]
    Auth {
        /// The whole response body, decoded as text (lossy UTF-8).
        body: String,
        /// The body decoded into the operation's error type, when it fits.
        error: Option<Box<E>>,
    },
    /// The server asked to slow down (HTTP 429).
    #[error("{}{}", api_display("rate limited", 429, body, error.as_deref()), retry_hint(*retry_after))]
    RateLimited {
        /// How long the server asked to wait (`Retry-After`, seconds or HTTP-date), if it said.
        retry_after: Option<std::time::Duration>,
        /// The whole response body, decoded as text (lossy UTF-8).
        body: String,
        /// The body decoded into the operation's error type, when it fits.
        error: Option<Box<E>>,
    },
    /// The request could not be sent or the response could not be read (connection refused,
    /// DNS failure, TLS failure, connection reset ...).
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request did not complete within the configured timeout.
    #[error("the request timed out")]
    Timeout,
    /// A 2xx response body could not be decoded into the expected type.
    #[error("could not decode the response body at `{path}`: {message}; body: {body_excerpt}")]
    Decode {
        /// The JSON path where decoding failed, e.g. `a.b` or `items[3].id` (`.` is the root).
        path: String,
        /// What the decoder expected and found.
        message: String,
        /// The first ~300 characters of the body.
        body_excerpt: String,
    },
    /// The request body could not be encoded, or the request cannot be expressed safely
    /// (for example a path segment that is `..`).
    #[error("could not encode the request: {0}")]
    Encode(String),
    /// The client or a request was configured wrongly (invalid base URL, invalid header name
    /// or value ...).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The OAuth token endpoint refused to issue an access token. Some providers (Zoho)
    /// answer such errors with HTTP 200 and an `error` key; those land here too.
    #[error("{}", oauth_display(*status, error, description.as_deref()))]
    OAuth {
        /// The token endpoint's HTTP status (200 when the error came in a 200 body).
        status: u16,
        /// The OAuth error code, e.g. `invalid_grant` or `invalid_code`.
        error: String,
        /// The `error_description`, when the endpoint gave one.
        description: Option<String>,
    },
    /// A [`TokenStore`](crate::TokenStore) could not load or save a token (the message names
    /// the store's location, never the token).
    #[error("token store: {0}")]
    TokenStore(String),
    /// A response body (success or error) was longer than the limit
    /// ([`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size)); reading
    /// stopped there. Not retried.
    #[error("the response body is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// A listing stopped because the server would have kept it going forever: the page cap
    /// was reached, a page repeated the previous one, or a page token came back.
    #[error("the listing stopped: {0}")]
    Listing(String),
}

impl<E: ErrorBody> Error<E> {
    /// The HTTP status of an answered request ([`Error::Api`], [`Error::Auth`],
    /// [`Error::RateLimited`]), `None` for every other variant.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            Error::Auth { .. } => Some(401),
            Error::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// The typed error body of an answered request, when it decoded.
    pub fn error_body(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } | Error::Auth { error, .. } | Error::RateLimited { error, .. } => {
                error.as_deref()
            }
            _ => None,
        }
    }

    /// Whether this error is [`Error::Timeout`].
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout)
    }

    /// The API's error code from a decoded error body (`AUTHENTICATION_FAILURE`).
    pub fn code(&self) -> Option<&str> {
        self.error_body().and_then(ErrorBody::code)
    }

    /// The message from a decoded error body.
    pub fn message(&self) -> Option<&str> {
        self.error_body().and_then(ErrorBody::message)
    }
}

impl Error {
    /// The same error with its body read as `F` (decoded by status from the raw body).
    pub(crate) fn typed<F: ErrorBody>(self) -> Error<F> {
        match self {
            Error::Api { status, body, content_type, .. } => {
                let error = F::decode(status, &body).map(Box::new);
                Error::Api { status, body, content_type, error }
            }
            Error::Auth { body, .. } => {
                let error = F::decode(401, &body).map(Box::new);
                Error::Auth { body, error }
            }
            Error::RateLimited { retry_after, body, .. } => {
                let error = F::decode(429, &body).map(Box::new);
                Error::RateLimited { retry_after, body, error }
            }
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout => Error::Timeout,
            Error::Decode { path, message, body_excerpt } => Error::Decode { path, message, body_excerpt },
            Error::Encode(message) => Error::Encode(message),
            Error::Config(message) => Error::Config(message),
            Error::OAuth { status, error, description } => Error::OAuth { status, error, description },
            Error::TokenStore(message) => Error::TokenStore(message),
            Error::TooLarge { limit } => Error::TooLarge { limit },
            Error::Listing(message) => Error::Listing(message),
        }
    }

    /// Classifies a `reqwest` error: timeouts become [`Error::Timeout`], everything else
    /// [`Error::Transport`] with any URL in it made safe to show.
    pub(crate) fn from_reqwest(err: reqwest::Error) -> Self {
        if err.is_timeout() {
            return Error::Timeout;
        }
        if err.is_builder() {
            return Error::Config(redacted_reqwest_message(err));
        }
        Error::Transport(redact_reqwest_url(err))
    }
}

/// Removes the query string, fragment and user info from the URL inside a `reqwest` error:
/// the query may hold an API key.
fn redact_reqwest_url(mut err: reqwest::Error) -> reqwest::Error {
    if let Some(url) = err.url_mut() {
        url.set_query(None);
        url.set_fragment(None);
        // Both calls fail only for URLs that cannot have credentials, which then have none.
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    err
}

fn redacted_reqwest_message(err: reqwest::Error) -> String {
    redact_reqwest_url(err).to_string()
}

/// The first [`EXCERPT_CHARS`] characters of `body`, with `…` appended when it was cut.
/// `"{what}: HTTP {status} {code}: {message}"` when the typed body names them, else the
/// status and an excerpt of the raw body.
fn api_display<E: ErrorBody>(what: &str, status: u16, body: &str, error: Option<&E>) -> String {
    let code = error.and_then(ErrorBody::code);
    let message = error.and_then(ErrorBody::message);
    match (code, message) {
        (Some(code), Some(message)) => format!("{what}: HTTP {status} {code}: {message}"),
        (Some(code), None) => format!("{what}: HTTP {status} {code}"),
        (None, Some(message)) => format!("{what}: HTTP {status}: {message}"),
        (None, None) => format!("{what}: HTTP {status}: {}", excerpt(body)),
    }
}

fn oauth_display(status: u16, error: &str, description: Option<&str>) -> String {
    match description {
        Some(description) => format!("OAuth token refresh failed: HTTP {status} {error}: {description}"),
        None => format!("OAuth token refresh failed: HTTP {status} {error}"),
    }
}

fn retry_hint(retry_after: Option<std::time::Duration>) -> String {
    retry_after.map(|d| format!(" (retry after {} s)", d.as_secs())).unwrap_or_default()
}

pub(crate) fn excerpt(body: &str) -> String {
    match body.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &body[..cut]),
        None => body.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_cuts_long_bodies_on_a_char_boundary() {
        let body = "é".repeat(EXCERPT_CHARS + 5);
        let cut = excerpt(&body);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(excerpt("short"), "short");
    }

    #[test]
    fn api_error_display_shows_status_and_excerpt_but_keeps_whole_body() {
        let body = "x".repeat(1000);
        let err: Error = Error::Api {
            status: 500,
            body: body.clone(),
            content_type: None,
            error: None,
        };
        let shown = err.to_string();
        assert!(shown.starts_with("API error: HTTP 500: xxx"));
        assert!(shown.len() < 400);
        match err {
            Error::Api { body: kept, .. } => assert_eq!(kept, body),
            other => panic!("unexpected {other:?}"),
        }
    }
}
