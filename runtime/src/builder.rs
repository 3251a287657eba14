//! Configuration of a [`Client`]: validated once, when [`ClientBuilder::build`] runs.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use url::Url;

use crate::auth::Auth;
use crate::client::Client;
use crate::error::Error;

/// The `User-Agent` sent when none is configured: `postgen-runtime/<version>`.
pub const DEFAULT_USER_AGENT: &str = concat!("postgen-runtime/", env!("CARGO_PKG_VERSION"));

/// At most this many redirects are followed, and only within the base URL's origin.
const MAX_REDIRECTS: usize = 10;

/// Configures a [`Client`]; created by [`Client::builder`].
pub struct ClientBuilder {
    base_url: String,
    auth: Auth,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    http_client: Option<reqwest::Client>,
    proxy: Option<reqwest::Proxy>,
    default_headers: Vec<(String, String)>,
}

impl ClientBuilder {
    pub(crate) fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: base_url.to_owned(),
            auth: Auth::None,
            user_agent: None,
            timeout: None,
            connect_timeout: None,
            http_client: None,
            proxy: None,
            default_headers: Vec::new(),
        }
    }

    /// The credentials sent with every request (default: none).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// The `User-Agent` header (default: [`DEFAULT_USER_AGENT`]; with an injected client,
    /// that client's own setting unless this is called).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// The total time allowed per request, from connecting until the body is read. Exceeding
    /// it gives [`Error::Timeout`]. Also applies to an injected client.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// The time allowed to establish a connection. Cannot be combined with
    /// [`ClientBuilder::http_client`] (set it on that client instead).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = Some(d);
        self
    }

    /// Routes requests through a proxy. Cannot be combined with
    /// [`ClientBuilder::http_client`] (set it on that client instead).
    pub fn proxy(mut self, proxy: reqwest::Proxy) -> Self {
        self.proxy = Some(proxy);
        self
    }

    /// Uses the caller's `reqwest::Client` (its connection pool, TLS roots, proxy and
    /// redirect policy) instead of building one.
    pub fn http_client(mut self, c: reqwest::Client) -> Self {
        self.http_client = Some(c);
        self
    }

    /// A header sent with every request; a request's own header of the same name wins.
    /// An invalid name or value makes [`ClientBuilder::build`] fail.
    pub fn default_header(mut self, name: &str, value: &str) -> Self {
        self.default_headers
            .push((name.to_owned(), value.to_owned()));
        self
    }

    /// Validates the configuration and builds the client.
    ///
    /// Fails with [`Error::Config`] for a base URL that does not parse, is not http(s),
    /// carries credentials or a fragment; for an invalid default header or user agent; and
    /// for `connect_timeout`/`proxy` combined with an injected client.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = parse_base_url(&self.base_url)?;

        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let header = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::Config(format!("invalid default header name `{name}`")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| Error::Config(format!("invalid value for default header `{name}`")))?;
            default_headers.append(header, value);
        }
        let user_agent = match (&self.user_agent, &self.http_client) {
            (Some(ua), _) => Some(ua.as_str()),
            (None, None) => Some(DEFAULT_USER_AGENT),
            (None, Some(_)) => None,
        };
        if let Some(ua) = user_agent {
            let value = HeaderValue::from_str(ua)
                .map_err(|_| Error::Config("invalid user agent".to_owned()))?;
            default_headers.insert(USER_AGENT, value);
        }

        let http = match self.http_client {
            Some(client) => {
                if self.connect_timeout.is_some() || self.proxy.is_some() {
                    return Err(Error::Config(
                        "connect_timeout and proxy cannot be applied to an injected reqwest::Client; \
                         configure them on that client"
                            .to_owned(),
                    ));
                }
                client
            }
            None => build_http_client(self.connect_timeout, self.proxy)?,
        };

        Ok(Client::from_parts(
            http,
            base_url,
            self.auth,
            default_headers,
            self.timeout,
        ))
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("auth", &self.auth)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("injected_http_client", &self.http_client.is_some())
            .finish_non_exhaustive()
    }
}

/// Parses and checks the base URL. Error messages never echo the URL: it might hold
/// credentials.
fn parse_base_url(raw: &str) -> Result<Url, Error> {
    let url =
        Url::parse(raw.trim()).map_err(|e| Error::Config(format!("invalid base URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::Config(format!(
            "base URL must use http or https, not `{}`",
            url.scheme()
        )));
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(Error::Config("base URL must have a host".to_owned()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(
            "base URL must not contain credentials; use Auth::basic".to_owned(),
        ));
    }
    if url.fragment().is_some() {
        return Err(Error::Config(
            "base URL must not contain a fragment".to_owned(),
        ));
    }
    Ok(url)
}

/// The `reqwest::Client` used when none is injected: rustls with certificate verification
/// (there is deliberately no switch to turn it off), and redirects followed only within
/// the same origin, so credentials in custom headers or the query never reach another host.
fn build_http_client(
    connect_timeout: Option<Duration>,
    proxy: Option<reqwest::Proxy>,
) -> Result<reqwest::Client, Error> {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    });
    let mut builder = reqwest::Client::builder().redirect(policy);
    if let Some(d) = connect_timeout {
        builder = builder.connect_timeout(d);
    }
    if let Some(proxy) = proxy {
        builder = builder.proxy(proxy);
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("could not build the HTTP client: {e}")))
}
