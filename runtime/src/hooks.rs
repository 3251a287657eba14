//! Caller hooks around each attempt, and per-call options.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use reqwest::header::HeaderMap;
use url::Url;

use crate::retry::RetryPolicy;

/// Called with every outgoing attempt, after authentication, just before it is sent: add a
/// header, sign the request, record it. Retries and replays call it again.
pub(crate) type BeforeSend = Arc<dyn Fn(&mut reqwest::Request) + Send + Sync>;

/// Called after every attempt with what came back (or that nothing did).
pub(crate) type AfterReceive = Arc<dyn Fn(&Exchange<'_>) + Send + Sync>;

/// One finished attempt, as an after-receive hook sees it
/// ([`ClientBuilder::after_receive`](crate::ClientBuilder::after_receive)).
#[derive(Debug)]
#[non_exhaustive]
pub struct Exchange<'a> {
    /// The request method.
    pub method: &'a Method,
    /// The URL without its query string (which may carry an API key).
    pub url: &'a Url,
    /// 1 for the first attempt, 2 for the first retry ...
    pub attempt: u32,
    /// The status, when an answer arrived.
    pub status: Option<u16>,
    /// The response headers, when an answer arrived.
    pub headers: Option<&'a HeaderMap>,
    /// From sending the request until the body was read (or the attempt failed).
    pub elapsed: Duration,
}

/// The hooks of a client.
#[derive(Clone, Default)]
pub(crate) struct Hooks {
    pub(crate) before_send: Option<BeforeSend>,
    pub(crate) after_receive: Option<AfterReceive>,
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hooks")
            .field("before_send", &self.before_send.is_some())
            .field("after_receive", &self.after_receive.is_some())
            .finish()
    }
}

/// Settings for the calls made through one client handle
/// ([`Client::with_options`](crate::Client::with_options)): the handle shares the
/// client's connection pool, credentials and concurrency cap.
///
/// ```
/// # fn demo(client: &postgen_runtime::Client) {
/// use postgen_runtime::CallOptions;
/// // This POST creates nothing twice on the server's side, so retrying it is safe.
/// let retrying = client.with_options(CallOptions::new().retry_non_idempotent());
/// # let _ = retrying; }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallOptions {
    pub(crate) retry_non_idempotent: bool,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_body_size: Option<u64>,
    pub(crate) max_pages: Option<u64>,
}

impl CallOptions {
    /// The client's own settings.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Retry POST and PATCH too (by default only idempotent methods are retried).
    pub fn retry_non_idempotent(mut self) -> Self {
        self.retry_non_idempotent = true;
        self
    }

    /// A retry policy for these calls instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// A per-attempt timeout for these calls instead of the client's.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The largest response body these calls read, in bytes, instead of the client's
    /// (a larger export, say); beyond it a call fails with
    /// [`Error::TooLarge`](crate::Error::TooLarge).
    pub fn max_body_size(mut self, bytes: u64) -> Self {
        self.max_body_size = Some(bytes);
        self
    }

    /// The most pages one listing of these calls fetches, instead of the client's; one more
    /// page would end the listing with [`Error::Listing`](crate::Error::Listing).
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.max_pages = Some(pages);
        self
    }
}
