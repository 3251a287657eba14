//! Where an issued token is kept between refreshes and across restarts.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use secrecy::SecretString;

use crate::error::Error;

/// Keeps the most recent token of an [`OAuth`](crate::OAuth) flow.
///
/// [`OAuth`](crate::OAuth) loads the store once, on first use (a stored token that is
/// still valid is used without refreshing; a stored rotated refresh token replaces the one
/// given to the builder), and saves to it after every refresh.
///
/// The methods are synchronous: they run while the refresh lock is held, so a store does
/// not need its own locking against concurrent refreshes of the same flow. They should be
/// quick (a small file, a keychain entry); they run on the async executor's thread.
///
/// Implementations must not reveal secrets through `Debug` or through their errors.
pub trait TokenStore: Send + Sync + fmt::Debug {
    /// The stored token, `Ok(None)` when nothing has been saved yet.
    fn load(&self) -> Result<Option<StoredToken>, Error>;

    /// Replaces the stored token with `token`.
    fn save(&self, token: &StoredToken) -> Result<(), Error>;
}

/// A shared store: lets the caller keep a handle on a store it gave to
/// [`OAuthBuilder::store`](crate::OAuthBuilder::store), e.g. to inspect it.
impl<T: TokenStore + ?Sized> TokenStore for Arc<T> {
    fn load(&self) -> Result<Option<StoredToken>, Error> {
        (**self).load()
    }

    fn save(&self, token: &StoredToken) -> Result<(), Error> {
        (**self).save(token)
    }
}

/// An access token as issued by the token endpoint, with what is needed to reuse it.
///
/// `Debug` shows the expiry and the API domain; the tokens are redacted.
#[derive(Clone)]
pub struct StoredToken {
    /// The access token.
    pub access_token: SecretString,
    /// When the access token expires.
    pub expires_at: SystemTime,
    /// The API domain the token endpoint named (Zoho's `api_domain`, e.g.
    /// `https://www.zohoapis.eu`); the client sends requests there.
    pub api_domain: Option<String>,
    /// A refresh token the endpoint issued in place of the previous one (rotation). It
    /// wins over the refresh token given to the builder when the store is loaded.
    pub refresh_token: Option<SecretString>,
}

impl fmt::Debug for StoredToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredToken")
            .field("access_token", &Redacted)
            .field("expires_at", &self.expires_at)
            .field("api_domain", &self.api_domain)
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| Redacted),
            )
            .finish()
    }
}

/// Keeps the token in memory only: the default store. A restarted process refreshes again.
#[derive(Default)]
pub struct MemoryTokenStore {
    slot: Mutex<Option<StoredToken>>,
}

impl MemoryTokenStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<StoredToken>> {
        // The slot is only ever replaced whole, so a panic elsewhere cannot leave it half
        // written: a poisoned lock is safe to keep using.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl TokenStore for MemoryTokenStore {
    fn load(&self) -> Result<Option<StoredToken>, Error> {
        Ok(self.slot().clone())
    }

    fn save(&self, token: &StoredToken) -> Result<(), Error> {
        *self.slot() = Some(token.clone());
        Ok(())
    }
}

impl fmt::Debug for MemoryTokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryTokenStore")
            .field("has_token", &self.slot().is_some())
            .finish()
    }
}

/// Prints `[REDACTED]` in place of a secret.
pub(super) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

/// Deserializes a JSON string straight into a [`SecretString`], so no plain `String` copy
/// outlives parsing.
pub(super) fn de_secret<'de, D: serde::Deserializer<'de>>(d: D) -> Result<SecretString, D::Error> {
    <String as serde::Deserialize>::deserialize(d).map(SecretString::from)
}

/// Like [`de_secret`], for an optional (possibly `null`) value.
pub(super) fn de_opt_secret<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<SecretString>, D::Error> {
    <Option<String> as serde::Deserialize>::deserialize(d).map(|s| s.map(SecretString::from))
}
