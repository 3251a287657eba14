//! OAuth 2 refresh-token flow: obtains access tokens, caches them, refreshes them ahead of
//! expiry and after a 401, and keeps them in a [`TokenStore`].
//!
//! Every path to a token goes through one `tokio::sync::Mutex` that stays locked during the
//! token request: concurrent callers that find the token missing or stale wait for the one
//! refresh in flight and then reuse its result (single flight), instead of each spending
//! the refresh token (which providers rate-limit, and may rotate).

mod builder;
mod failure;
mod file_store;
mod refresh;
mod store;
#[cfg(test)]
mod tests;
mod token;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::SecretString;
use url::Url;

pub use builder::OAuthBuilder;
pub use file_store::FileTokenStore;
pub use store::{MemoryTokenStore, StoredToken, TokenStore};
pub(crate) use token::AccessToken;

use crate::error::Error;
use failure::Failure;
use refresh::{Grant, Issued};
use token::{parse_api_domain, sensitive_header};

/// An OAuth 2 refresh-token flow, used through [`Auth::oauth`](crate::Auth::oauth).
///
/// Cloning is cheap and clones share the cached token. `Debug` shows the token URL
/// (without its query) and the scheme, never a secret.
///
/// ```no_run
/// # fn demo() -> Result<(), postgen_runtime::Error> {
/// use postgen_runtime::{Auth, Client, FileTokenStore, OAuth};
///
/// let oauth = OAuth::refresh_token_flow(
///     "https://accounts.zoho.com/oauth/v2/token",
///     "1000.CLIENTID",
///     "client-secret",
///     "1000.refresh-token",
/// )
/// .scheme("Zoho-oauthtoken")
/// .store(FileTokenStore::new("zoho-token.json"))
/// .build()?;
/// let client = Client::builder("https://www.zohoapis.com/crm/v8")
///     .auth(Auth::oauth(oauth))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct OAuth {
    inner: Arc<Inner>,
}

/// Validated configuration, handed over by [`OAuthBuilder::build`].
struct Settings {
    token_url: Url,
    client_id: String,
    client_secret: SecretString,
    /// The refresh token given to the builder; a rotated one replaces it in [`State`].
    refresh_token: SecretString,
    scheme: String,
    store: Box<dyn TokenStore>,
    refresh_ahead: Duration,
    http: reqwest::Client,
}

struct Inner {
    settings: Settings,
    state: tokio::sync::Mutex<State>,
}

/// What changes as tokens are issued; only touched with the lock held.
#[derive(Default)]
struct State {
    /// Whether the store has been read (once, on first use).
    loaded: bool,
    current: Option<Current>,
    /// The newest refresh token the endpoint (or the store) gave, if any.
    rotated_refresh_token: Option<SecretString>,
    /// Counts the tokens installed, to tell a rejected token from its successor.
    generation: u64,
    /// The last refresh failed: its error is answered until its back-off has passed.
    failure: Option<Failure>,
}

/// The cached token and when to stop using it.
struct Current {
    token: AccessToken,
    refresh_at: SystemTime,
}

impl OAuth {
    /// Starts configuring the refresh-token grant: each refresh POSTs the form
    /// `grant_type=refresh_token&client_id=…&client_secret=…&refresh_token=…` to
    /// `token_url`.
    pub fn refresh_token_flow(
        token_url: impl AsRef<str>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> OAuthBuilder {
        OAuthBuilder::new(
            token_url.as_ref(),
            client_id.into(),
            client_secret.into(),
            refresh_token.into(),
        )
    }

    fn from_settings(settings: Settings) -> Self {
        OAuth {
            inner: Arc::new(Inner {
                settings,
                state: tokio::sync::Mutex::new(State::default()),
            }),
        }
    }

    /// The `Authorization` header value the next request would carry, refreshing first if
    /// needed. For tests and diagnostics only: the result is the secret token itself.
    #[doc(hidden)]
    pub async fn current_authorization(&self) -> Result<String, Error> {
        let token = self.access_token(None).await?;
        token.header.to_str().map(str::to_owned).map_err(|_| {
            Error::Config("the access token is not a printable header value".to_owned())
        })
    }

    /// A valid token: the cached one, else the store's, refreshing when missing or within
    /// `refresh_ahead` of expiry. Single-flight: concurrent callers wait for one refresh.
    /// `timeout`: the calling request's own, which the token request obeys as well.
    pub(crate) async fn access_token(&self, timeout: Option<Duration>) -> Result<AccessToken, Error> {
        let mut state = self.inner.state.lock().await;
        self.load_once(&mut state)?;
        let now = SystemTime::now();
        match &state.current {
            Some(current) if now < current.refresh_at => Ok(current.token.clone()),
            _ => self.refresh(&mut state, timeout).await,
        }
    }

    /// After the API answered 401 to `rejected`: refresh unless another task already
    /// replaced that token (then return the newer one). Single-flight as well.
    pub(crate) async fn after_rejection(
        &self,
        rejected: &AccessToken,
        timeout: Option<Duration>,
    ) -> Result<AccessToken, Error> {
        let mut state = self.inner.state.lock().await;
        self.load_once(&mut state)?;
        let now = SystemTime::now();
        match &state.current {
            Some(current)
                if current.token.generation != rejected.generation && now < current.refresh_at =>
            {
                Ok(current.token.clone())
            }
            _ => self.refresh(&mut state, timeout).await,
        }
    }

    /// Reads the store on first use. A load error is returned and the store is read again
    /// next time; a stored access token that cannot be used is dropped (a refresh replaces
    /// it) while its rotated refresh token is kept.
    fn load_once(&self, state: &mut State) -> Result<(), Error> {
        if state.loaded {
            return Ok(());
        }
        let settings = &self.inner.settings;
        if let Some(stored) = settings.store.load()? {
            if let Some(rotated) = stored.refresh_token {
                state.rotated_refresh_token = Some(rotated);
            }
            let api_domain = match stored.api_domain.as_deref() {
                None => Some(None),
                Some(domain) => parse_api_domain(domain).map(Some),
            };
            let header = sensitive_header(&settings.scheme, &stored.access_token);
            if let (Some(api_domain), Some(header)) = (api_domain, header) {
                state.generation += 1;
                state.current = Some(Current {
                    token: AccessToken {
                        header,
                        api_domain,
                        generation: state.generation,
                    },
                    refresh_at: stored
                        .expires_at
                        .checked_sub(settings.refresh_ahead)
                        .unwrap_or(UNIX_EPOCH),
                });
            }
        }
        state.loaded = true;
        Ok(())
    }

    /// Refreshes, unless the last refresh failed and its back-off still runs: then its
    /// error, without a token request. A failure is remembered for the callers waiting on
    /// the lock and for the back-off; a success forgets it.
    async fn refresh(&self, state: &mut State, timeout: Option<Duration>) -> Result<AccessToken, Error> {
        if let Some(error) = state.failure.as_ref().and_then(Failure::still_backing_off) {
            return Err(error);
        }
        let fetched = match timeout {
            Some(limit) => tokio::time::timeout(limit, self.fetch(state)).await.unwrap_or(Err(Error::Timeout)),
            None => self.fetch(state).await,
        };
        match &fetched {
            Ok(_) => state.failure = None,
            Err(error) => state.failure = Some(Failure::after(state.failure.as_ref(), error)),
        }
        fetched
    }

    /// Fetches a new token, caches it and saves it. On failure the state is left as it was
    /// (apart from adopting a rotated refresh token).
    async fn fetch(&self, state: &mut State) -> Result<AccessToken, Error> {
        let settings = &self.inner.settings;
        let grant = Grant {
            http: &settings.http,
            token_url: &settings.token_url,
            client_id: &settings.client_id,
            client_secret: &settings.client_secret,
            refresh_token: state
                .rotated_refresh_token
                .as_ref()
                .unwrap_or(&settings.refresh_token),
        };
        let issued = refresh::request_token(&grant).await?;
        let issued_at = SystemTime::now();
        let Issued {
            status,
            access_token,
            lifetime,
            api_domain,
            refresh_token,
        } = issued;
        // Adopt a rotated refresh token even if the rest proves unusable: the endpoint may
        // already have revoked the previous one.
        if let Some(rotated) = refresh_token {
            state.rotated_refresh_token = Some(rotated);
        }
        let invalid = |why: &str| Error::OAuth {
            status,
            error: "invalid_token_response".to_owned(),
            description: Some(why.to_owned()),
        };
        let header = sensitive_header(&settings.scheme, &access_token)
            .ok_or_else(|| invalid("the access_token cannot be sent in a header"))?;
        let api_domain_url = match api_domain.as_deref() {
            None => None,
            Some(domain) => Some(
                parse_api_domain(domain)
                    .ok_or_else(|| invalid("api_domain is not an http(s) URL with a host"))?,
            ),
        };
        let expires_at = issued_at + lifetime;
        state.generation += 1;
        let token = AccessToken {
            header,
            api_domain: api_domain_url,
            generation: state.generation,
        };
        state.current = Some(Current {
            token: token.clone(),
            refresh_at: expires_at - settings.refresh_ahead.min(lifetime / 2),
        });
        // The new token is cached before saving: it is valid whether or not it could be
        // persisted, and refreshing again would not make the save succeed.
        settings.store.save(&StoredToken {
            access_token,
            expires_at,
            api_domain,
            refresh_token: state.rotated_refresh_token.clone(),
        })?;
        Ok(token)
    }
}

impl fmt::Debug for OAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.inner.settings;
        f.debug_struct("OAuth")
            .field("token_url", &shown_url(&settings.token_url))
            .field("scheme", &settings.scheme)
            .field("store", &settings.store)
            .field("refresh_ahead", &settings.refresh_ahead)
            .finish_non_exhaustive()
    }
}

/// A URL safe to show: without query and fragment, which might carry secrets.
fn shown_url(url: &Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    url.to_string()
}
