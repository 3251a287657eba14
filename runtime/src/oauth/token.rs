//! The access token in the form the client sends it.

use std::fmt;

use reqwest::header::HeaderValue;
use secrecy::zeroize::Zeroizing;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

use super::store::Redacted;

/// A usable access token, as the client puts it on requests.
#[derive(Clone)]
pub(crate) struct AccessToken {
    /// `<scheme> <token>`, marked sensitive.
    pub(crate) header: HeaderValue,
    /// Where the token endpoint said the API lives (Zoho's `api_domain`), if it said.
    pub(crate) api_domain: Option<Url>,
    /// Which token of its flow this is: a 401 to an older token than the cached one
    /// needs no new refresh (see `OAuth::after_rejection`).
    pub(super) generation: u64,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("header", &Redacted)
            .field("api_domain", &self.api_domain.as_ref().map(Url::as_str))
            .field("generation", &self.generation)
            .finish()
    }
}

/// `<scheme> <token>` as a sensitive header value (so that `http`'s `Debug` and HTTP/2
/// header compression leave it out); `None` when the token has characters a header
/// cannot carry.
pub(super) fn sensitive_header(scheme: &str, token: &SecretString) -> Option<HeaderValue> {
    let text = Zeroizing::new(format!("{scheme} {}", token.expose_secret()));
    let mut value = HeaderValue::from_str(&text).ok()?;
    value.set_sensitive(true);
    Some(value)
}

/// The API domain as a URL, when it is an http(s) URL with a host and no credentials:
/// the client sends the token there, so anything else is refused. Zoho sends
/// `https://www.zohoapis.eu`.
pub(super) fn parse_api_domain(domain: &str) -> Option<Url> {
    let url = Url::parse(domain.trim()).ok()?;
    let usable = matches!(url.scheme(), "http" | "https")
        && url.host().is_some()
        && url.username().is_empty()
        && url.password().is_none();
    usable.then_some(url)
}
