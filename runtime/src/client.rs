//! The client and the single request pipeline: prepare → authenticate → hooks → transmit,
//! wrapped in retries and the 401 replay; then classify and decode.
//!
//! Every request of every generated operation goes through [`Client::execute_raw`]; the
//! `send*` methods, pages and items differ only in how they read the answer.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use reqwest::header::{HeaderMap, HeaderName};
use tracing::Instrument as _;
use url::Url;

use crate::auth::Auth;
use crate::builder::ClientBuilder;
use crate::conditional::{Conditional, NotModified};
use crate::error::Error;
use crate::error_body::{ErrorBody, StatusBody};
use crate::hooks::{CallOptions, Exchange, Hooks};
use crate::prepare::{Prepared, multipart_form};
use crate::request::{Body, Request};
use crate::response::{RawResponse, Response};
use crate::retry::RetryPolicy;
use crate::servers::Servers;

/// An API client: base URL, credentials, default headers, retry policy, hooks and an HTTP
/// connection pool.
///
/// Cloning is cheap (the state is shared behind an `Arc`).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    options: CallOptions,
    /// Named servers beside the base URL: per handle, so [`Client::with_server`] shares the
    /// rest.
    servers: Arc<Servers>,
}

/// Everything a [`ClientBuilder`] decides.
pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: Url,
    pub(crate) auth: Auth,
    /// Client-wide headers, including `User-Agent`.
    pub(crate) default_headers: HeaderMap,
    /// Time allowed per attempt, body included.
    pub(crate) timeout: Option<Duration>,
    /// The largest response body read, in bytes.
    pub(crate) max_body_size: u64,
    /// The most pages one listing fetches.
    pub(crate) max_pages: u64,
    /// An injected HTTP client whose redirect policy nobody vouched for: API keys are not
    /// sent through it.
    pub(crate) unchecked_redirects: bool,
    pub(crate) retry: RetryPolicy,
    /// At most this many requests in flight at once, when set.
    pub(crate) limit: Option<tokio::sync::Semaphore>,
    pub(crate) hooks: Hooks,
    /// Send requests to the `api_domain` an OAuth token response names.
    pub(crate) follow_api_domain: bool,
}

impl Client {
    /// Starts configuring a client for the API at `base_url` (e.g. `https://host/api/v1`;
    /// the path prefix is kept, a trailing slash is optional; `{{name}}` placeholders are
    /// filled from [`ClientBuilder::variable`] or the environment).
    pub fn builder(base_url: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder::new(base_url.as_ref())
    }

    pub(crate) fn from_inner(inner: Inner, servers: Servers) -> Self {
        Client { inner: Arc::new(inner), options: CallOptions::default(), servers: Arc::new(servers) }
    }

    /// A handle on the same client (same connection pool, credentials and concurrency cap)
    /// whose calls use `options`, e.g. to retry one POST that is safe to repeat.
    pub fn with_options(&self, options: CallOptions) -> Client {
        Client { inner: Arc::clone(&self.inner), options, servers: Arc::clone(&self.servers) }
    }

    /// A handle on the same client whose named server `name` is at `url` (see
    /// [`ClientBuilder::server`]; the server keeps its own auth if it has one, else it gets
    /// the client's). Fails with [`Error::Config`] for a URL the base URL would be refused
    /// for (not http(s), no host, credentials or a fragment in it).
    pub fn with_server(&self, name: &str, url: &str) -> Result<Client, Error> {
        let url = crate::builder::parse_server_url(name, url)?;
        let mut servers = Servers::clone(&self.servers);
        servers.set_url(name, url);
        Ok(Client { inner: Arc::clone(&self.inner), options: self.options.clone(), servers: Arc::new(servers) })
    }

    /// A handle on the same client that sends `auth` on the requests naming `scheme`
    /// ([`Request::auth_scheme`]): the operations whose collection entry authenticates
    /// otherwise than the API, e.g. `"basic"` for a token request under basic auth. Without
    /// it such requests carry no credentials.
    pub fn with_scheme_auth(&self, scheme: &str, auth: Auth) -> Client {
        let mut servers = Servers::clone(&self.servers);
        servers.set_scheme_auth(scheme, auth);
        Client { inner: Arc::clone(&self.inner), options: self.options.clone(), servers: Arc::new(servers) }
    }

    /// The URL of the named server `name`, when one is configured.
    pub fn server_url(&self, name: &str) -> Option<&Url> {
        self.servers.url(name)
    }

    /// Sends the request. A 2xx body is decoded as JSON into `T` (an empty body is read as
    /// JSON `null`, so `()`, `Option<_>` and `serde_json::Value` accept it); a non-2xx
    /// response is returned as [`Error::Api`], its body read as JSON when it is JSON. It asks
    /// for JSON (`Accept: application/json`) unless the request or the client's default
    /// headers set `Accept`; so do the other JSON-decoding sends and listings.
    pub async fn send<T: serde::de::DeserializeOwned>(&self, request: Request) -> Result<Response<T>, Error> {
        self.send_typed(request).await
    }

    /// Like [`Client::send`], with a non-2xx body decoded by status into the operation's
    /// error type `E` (what generated operations call).
    pub async fn send_typed<T: serde::de::DeserializeOwned, E: ErrorBody>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error<E>> {
        let request = request.expecting_json();
        self.execute(&request).await.and_then(RawResponse::json).map_err(Error::typed)
    }

    /// Like [`Client::send_typed`] for a conditional request (`If-Modified-Since`,
    /// `If-None-Match`): HTTP 304 is [`Conditional::NotModified`], not an error.
    pub async fn send_conditional<T: serde::de::DeserializeOwned, E: ErrorBody>(
        &self,
        request: Request,
    ) -> Result<Conditional<T>, Error<E>> {
        let request = request.expecting_json();
        let raw = self.execute_raw(&request).await.map_err(Error::typed)?;
        if raw.status == 304 {
            return Ok(Conditional::NotModified(NotModified { headers: raw.headers }));
        }
        let response = raw.classify_for(&request).and_then(RawResponse::json).map_err(Error::typed)?;
        Ok(Conditional::Modified(response))
    }

    /// Like [`Client::send_typed`], for operations whose success body depends on the status:
    /// the 2xx body is decoded by status into `T`; a body that fits no variant is
    /// [`Error::Decode`].
    pub async fn send_by_status<T: StatusBody, E: ErrorBody>(&self, request: Request) -> Result<Response<T>, Error<E>> {
        let request = request.expecting_json();
        let response = self.execute(&request).await.map_err(Error::typed)?.text();
        match T::decode(response.status, &response.body) {
            Some(body) => Ok(Response { status: response.status, headers: response.headers, body }),
            None => Err(Error::Decode {
                path: ".".to_owned(),
                message: format!("the {} answer fits none of the bodies the examples show for it", response.status),
                body_excerpt: crate::error::excerpt(&response.body),
            }),
        }
    }

    /// Sends the request and returns a 2xx body as text (XML, HTML, plain text), decoded
    /// by the content type's charset; a non-2xx response is returned as [`Error::Api`].
    pub async fn send_text(&self, request: Request) -> Result<Response<String>, Error> {
        self.send_text_typed(request).await
    }

    /// Like [`Client::send_text`], with a non-2xx body decoded by status into `E`.
    pub async fn send_text_typed<E: ErrorBody>(&self, request: Request) -> Result<Response<String>, Error<E>> {
        self.execute(&request).await.map(RawResponse::text).map_err(Error::typed)
    }

    /// Sends the request and returns a 2xx body as bytes, exactly as received (PDFs,
    /// images, archives: never decoded as text); a non-2xx response is returned as
    /// [`Error::Api`], its body read as text as usual.
    pub async fn send_bytes(&self, request: Request) -> Result<Response<bytes::Bytes>, Error> {
        self.send_bytes_typed(request).await
    }

    /// Like [`Client::send_bytes`], with a non-2xx body decoded by status into `E`.
    pub async fn send_bytes_typed<E: ErrorBody>(&self, request: Request) -> Result<Response<bytes::Bytes>, Error<E>> {
        self.execute(&request).await.map(RawResponse::bytes).map_err(Error::typed)
    }

    /// The per-attempt timeout of this handle's calls (connecting until the whole body is
    /// read): the call options', else the client's; `None` only when turned off with
    /// [`ClientBuilder::no_timeout`].
    pub fn timeout(&self) -> Option<Duration> {
        self.options.timeout.or(self.inner.timeout)
    }

    /// The largest response body this handle's calls read (the call options', else the
    /// client's; default [`DEFAULT_MAX_BODY_SIZE`](crate::DEFAULT_MAX_BODY_SIZE)).
    pub fn max_body_size(&self) -> u64 {
        self.options.max_body_size.unwrap_or(self.inner.max_body_size)
    }

    /// The most pages one listing of this handle fetches (the call options', else the
    /// client's; default [`DEFAULT_MAX_PAGES`](crate::DEFAULT_MAX_PAGES)).
    pub fn max_pages(&self) -> u64 {
        self.options.max_pages.unwrap_or(self.inner.max_pages)
    }

    /// The base URL every request path is appended to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// Performs the request and classifies the answer (non-2xx → error, but a redirect the
    /// request takes as its answer).
    pub(crate) async fn execute(&self, request: &Request) -> Result<RawResponse, Error> {
        self.execute_raw(request).await.and_then(|raw| raw.classify_for(request))
    }

    /// The one code path that performs a request: attempts with retries and one replay
    /// after a 401 with refreshed credentials. Returns the last answer, whatever its status.
    pub(crate) async fn execute_raw(&self, request: &Request) -> Result<RawResponse, Error> {
        // The path only: the query may carry an API key.
        let span = tracing::debug_span!(
            "postgen.request",
            method = %request.method,
            path = %request.path_for_logs(),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        self.attempts(request).instrument(span).await
    }

    async fn attempts(&self, request: &Request) -> Result<RawResponse, Error> {
        let policy = self.options.retry.as_ref().unwrap_or(&self.inner.retry);
        let started = Instant::now();
        let mut attempt = 0;
        let mut replayed = false;
        loop {
            attempt += 1;
            // A retry also ends by the policy's total budget, so retrying never runs a call past
            // it (the first attempt keeps its whole timeout, which may be longer on purpose).
            let timeout = match self.timeout() {
                Some(timeout) if attempt > 1 => Some(timeout.min(policy.remaining(started))),
                timeout => timeout,
            };
            // A request that could not be prepared or authorized is not retried: a token
            // request has already had its one chance (and its back-off), and a bad request
            // stays bad.
            let (outcome, credential) = self.attempt(request, attempt, timeout).await?;
            if let (Ok(raw), Some(credential), false) = (&outcome, &credential, replayed) {
                if raw.status == 401 {
                    // Once only: a second 401 with fresh credentials is the answer.
                    replayed = true;
                    tracing::debug!("HTTP 401: refreshing the credentials and replaying once");
                    crate::auth_flow::after_rejection(&self.inner.auth, credential, self.timeout()).await?;
                    continue;
                }
            }
            let wait = policy.next_wait(&request.method, attempt, started, &outcome, self.options.retry_non_idempotent);
            let Some(wait) = wait else {
                let span = tracing::Span::current();
                span.record("attempts", attempt);
                if let Ok(raw) = &outcome {
                    span.record("status", raw.status);
                }
                return outcome;
            };
            tracing::debug!(attempt, wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX), "retrying");
            tokio::time::sleep(wait).await;
        }
    }

    /// One attempt: prepare, authenticate, transmit, all within `timeout`. Also returns the
    /// credential used, so a 401 can invalidate exactly that one. `Err`: nothing was sent (the
    /// request could not be prepared, or no credential obtained).
    async fn attempt(
        &self,
        request: &Request,
        attempt: u32,
        timeout: Option<Duration>,
    ) -> Result<(Result<RawResponse, Error>, Option<crate::auth_flow::Credential>), Error> {
        let inner = &self.inner;
        let target = self.servers.target(request.server.as_deref(), &inner.base_url, &inner.auth)?;
        let mut prepared = request.prepare(&target.base, &inner.default_headers)?;
        let auth = match (&request.auth_scheme, request.without_auth) {
            (_, true) => &Auth::None,
            (Some(scheme), false) => self.servers.scheme_auth(scheme),
            (None, false) => target.auth,
        };
        if inner.unchecked_redirects && matches!(auth, Auth::ApiKey { .. }) {
            return Err(Error::Config(
                "an API key is not sent through an injected reqwest::Client that may follow redirects to another \
                 origin (reqwest would keep the key on them); build it with redirect::Policy::none() and call \
                 ClientBuilder::http_client_redirects_checked"
                    .to_owned(),
            ));
        }
        // A token's `api_domain` says where the API (the primary server) lives, not the others.
        let follow_api_domain = inner.follow_api_domain && target.primary;
        // One deadline for the attempt: time spent obtaining a token counts against it.
        let deadline = timeout.map(|timeout| (Instant::now(), timeout));
        let credential = crate::auth_flow::authorize(auth, &mut prepared, follow_api_domain, timeout).await?;
        let remaining = deadline.map(|(started, timeout)| timeout.saturating_sub(started.elapsed()));
        if remaining.is_some_and(|left| left.is_zero()) {
            return Ok((Err(Error::Timeout), credential));
        }
        Ok((self.transmit(prepared, attempt, remaining).await, credential))
    }

    /// Sends a prepared request (under the concurrency cap) and reads the whole response.
    /// `timeout`: what is left of the attempt's.
    async fn transmit(&self, prepared: Prepared, attempt: u32, timeout: Option<Duration>) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        let Prepared { method, url, headers, body } = prepared;
        let mut builder = inner.http.request(method.clone(), url.clone()).headers(headers);
        builder = match body {
            Body::Empty => builder,
            Body::Bytes { bytes, .. } => builder.body(bytes),
            Body::Multipart(parts) => builder.multipart(multipart_form(&parts)?),
        };
        if let Some(timeout) = timeout {
            builder = builder.timeout(timeout);
        }
        let mut http_request = builder.build().map_err(Error::from_reqwest)?;
        // The slot is taken before the hook runs, so hooks see only requests really in flight.
        let _permit = match &inner.limit {
            Some(limit) => Some(limit.acquire().await.map_err(|_| Error::Config("the client is shutting down".to_owned()))?),
            None => None,
        };
        if let Some(hook) = &inner.hooks.before_send {
            hook(&mut http_request);
        }
        let sent = Instant::now();
        let outcome = read_response(&inner.http, http_request, self.max_body_size()).await;
        if let Some(hook) = &inner.hooks.after_receive {
            let mut shown = url;
            shown.set_query(None);
            let answer = outcome.as_ref().ok();
            hook(&Exchange {
                method: &method,
                url: &shown,
                attempt,
                status: answer.map(|raw| raw.status),
                headers: answer.map(|raw| &raw.headers),
                elapsed: sent.elapsed(),
            });
        }
        outcome
    }
}

/// Sends `request` and reads the answer, its body cut off at `max_body` bytes.
async fn read_response(http: &reqwest::Client, request: reqwest::Request, max_body: u64) -> Result<RawResponse, Error> {
    let origin = request.url().origin();
    let response = http.execute(request).await.map_err(Error::from_reqwest)?;
    // Only an injected client's own redirect policy can get here: say so, loudly.
    if response.url().origin() != origin {
        return Err(Error::Config(
            "the injected reqwest::Client followed a redirect to another origin; build it with \
             redirect::Policy::none()"
                .to_owned(),
        ));
    }
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = crate::body_limit::read_body(response, max_body).await?;
    Ok(RawResponse { status, headers, body })
}

impl fmt::Debug for Client {
    /// Shows the configuration without secrets: credentials are redacted and default
    /// headers are listed by name only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let header_names: Vec<&str> = inner.default_headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("Client")
            .field("base_url", &inner.base_url.as_str())
            .field("servers", &self.servers)
            .field("auth", &inner.auth)
            .field("default_header_names", &header_names)
            .field("timeout", &inner.timeout)
            .field("retry", &inner.retry)
            .field("max_concurrent_requests", &inner.limit.as_ref().map(|_| "capped"))
            .field("hooks", &inner.hooks)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}
