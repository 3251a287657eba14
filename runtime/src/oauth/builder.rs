//! Configuration of an [`OAuth`] flow, validated once by [`OAuthBuilder::build`].

use std::fmt;
use std::time::Duration;

use secrecy::SecretString;
use url::Url;

use super::store::{MemoryTokenStore, TokenStore};
use super::{OAuth, Settings, shown_url};
use crate::error::Error;

/// Refresh this long before the access token expires, unless configured otherwise.
const DEFAULT_REFRESH_AHEAD: Duration = Duration::from_secs(60);

/// Time allowed for one token request with the built-in HTTP client. Bounded because
/// every caller waits on the refresh in progress.
const TOKEN_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Configures an [`OAuth`] flow; created by [`OAuth::refresh_token_flow`].
///
/// `Debug` shows neither the client secret nor the refresh token.
pub struct OAuthBuilder {
    token_url: String,
    client_id: String,
    client_secret: SecretString,
    refresh_token: SecretString,
    scheme: String,
    store: Option<Box<dyn TokenStore>>,
    refresh_ahead: Duration,
    http: Option<reqwest::Client>,
}

impl OAuthBuilder {
    pub(super) fn new(
        token_url: &str,
        client_id: String,
        client_secret: String,
        refresh_token: String,
    ) -> Self {
        OAuthBuilder {
            token_url: token_url.to_owned(),
            client_id,
            client_secret: SecretString::from(client_secret),
            refresh_token: SecretString::from(refresh_token),
            scheme: "Bearer".to_owned(),
            store: None,
            refresh_ahead: DEFAULT_REFRESH_AHEAD,
            http: None,
        }
    }

    /// The `Authorization` scheme put before the access token (default `Bearer`; Zoho wants
    /// `Zoho-oauthtoken`).
    pub fn scheme(mut self, scheme: impl Into<String>) -> Self {
        self.scheme = scheme.into();
        self
    }

    /// Where the token is kept (default: a [`MemoryTokenStore`]). Loaded on first use,
    /// saved after every refresh.
    pub fn store(mut self, store: impl TokenStore + 'static) -> Self {
        self.store = Some(Box::new(store));
        self
    }

    /// How long before expiry the token is refreshed (default 60 s), so that a request
    /// never leaves with a token about to expire. For short-lived tokens the refresh waits
    /// at least until half of the token's lifetime has passed, so that a lifetime shorter
    /// than this margin does not cause a refresh on every call.
    pub fn refresh_ahead(mut self, d: Duration) -> Self {
        self.refresh_ahead = d;
        self
    }

    /// The HTTP client used for the token endpoint (default: rustls with certificate
    /// verification, no redirects, a 30 s timeout). Whichever client, a token request is also
    /// bounded by the timeout of the call that needed it. An injected client's redirect policy
    /// applies: the token request carries the client secret, so it should not follow
    /// redirects to other hosts.
    pub fn http_client(mut self, c: reqwest::Client) -> Self {
        self.http = Some(c);
        self
    }

    /// Validates the configuration and builds the flow.
    ///
    /// Fails with [`Error::Config`] for a token URL that does not parse, is not http(s),
    /// has no host, carries credentials or a fragment, and for a scheme that cannot be put
    /// in a header. No request is made: the first token is fetched on first use.
    pub fn build(self) -> Result<OAuth, Error> {
        let token_url = parse_token_url(&self.token_url)?;
        if self.scheme.is_empty() || !self.scheme.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Error::Config(format!(
                "invalid OAuth authorization scheme `{}`",
                self.scheme.escape_debug()
            )));
        }
        let http = match self.http {
            Some(http) => http,
            None => default_http_client()?,
        };
        Ok(OAuth::from_settings(Settings {
            token_url,
            client_id: self.client_id,
            client_secret: self.client_secret,
            refresh_token: self.refresh_token,
            scheme: self.scheme,
            store: self
                .store
                .unwrap_or_else(|| Box::new(MemoryTokenStore::new())),
            refresh_ahead: self.refresh_ahead,
            http,
        }))
    }
}

impl fmt::Debug for OAuthBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let token_url = Url::parse(self.token_url.trim()).map(|u| shown_url(&u));
        f.debug_struct("OAuthBuilder")
            .field("token_url", &token_url.as_deref().unwrap_or("<invalid>"))
            .field("scheme", &self.scheme)
            .field("store", &self.store)
            .field("refresh_ahead", &self.refresh_ahead)
            .finish_non_exhaustive()
    }
}

/// Parses and checks the token URL. Messages never echo the URL: it might hold secrets.
fn parse_token_url(raw: &str) -> Result<Url, Error> {
    crate::builder::parse_http_url(raw, "OAuth token URL", "")
}

/// The token endpoint's client: rustls with verification always on, and no redirects at
/// all, because the request body carries the client secret and the refresh token and a
/// 307/308 redirect would resend it wherever the response points.
fn default_http_client() -> Result<reqwest::Client, Error> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(TOKEN_REQUEST_TIMEOUT)
        .user_agent(crate::DEFAULT_USER_AGENT)
        .build()
        .map_err(|e| Error::Config(format!("could not build the OAuth HTTP client: {e}")))
}
