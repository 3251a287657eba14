//! Configuration of a [`Client`]: validated once, when [`ClientBuilder::build`] runs.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use url::Url;

use crate::auth::Auth;
use crate::client::{Client, Inner};
use crate::error::Error;
use crate::hooks::{Exchange, Hooks};
use crate::retry::RetryPolicy;
use crate::servers::Servers;
use crate::variables::Variables;

/// The `User-Agent` sent when none is configured: `postgen-runtime/<version>`.
pub const DEFAULT_USER_AGENT: &str = concat!("postgen-runtime/", env!("CARGO_PKG_VERSION"));

/// At most this many redirects are followed, and only within the base URL's origin.
const MAX_REDIRECTS: usize = 10;

/// The time allowed per attempt, from connecting until the whole body is read, unless the
/// client or the call sets another ([`ClientBuilder::timeout`], [`ClientBuilder::no_timeout`]).
/// A silent or trickling server otherwise holds a call, and its concurrency slot, forever.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The time allowed to establish a connection (TCP and TLS), unless set otherwise
/// ([`ClientBuilder::connect_timeout`], [`ClientBuilder::no_connect_timeout`]).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The connect timeout as configured: the default is not an explicit choice, so it does
/// not conflict with an injected `reqwest::Client` (which keeps its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ConnectTimeout {
    Default,
    Set(Option<Duration>),
}

/// Configures a [`Client`]; created by [`Client::builder`].
pub struct ClientBuilder {
    base_url: String,
    auth: Auth,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    max_body_size: u64,
    max_pages: u64,
    connect_timeout: ConnectTimeout,
    http_client: Option<reqwest::Client>,
    /// The caller vouches that the injected client follows no redirect to another origin.
    http_client_redirects_checked: bool,
    proxy: Option<reqwest::Proxy>,
    default_headers: Vec<(String, String)>,
    retry: RetryPolicy,
    max_concurrent_requests: Option<usize>,
    hooks: Hooks,
    variables: Variables,
    follow_api_domain: bool,
    /// Named servers: (name, URL template) in the order given.
    servers: Vec<(String, String)>,
    /// Credentials of one server that replace the client's.
    server_auth: Vec<(String, Auth)>,
    /// Test clients: servers without a URL answer under the base URL.
    servers_under_base: bool,
}

impl ClientBuilder {
    pub(crate) fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: base_url.to_owned(),
            auth: Auth::None,
            user_agent: None,
            timeout: Some(DEFAULT_TIMEOUT),
            max_body_size: crate::DEFAULT_MAX_BODY_SIZE,
            max_pages: crate::DEFAULT_MAX_PAGES,
            connect_timeout: ConnectTimeout::Default,
            http_client: None,
            http_client_redirects_checked: false,
            proxy: None,
            default_headers: Vec::new(),
            retry: RetryPolicy::default(),
            max_concurrent_requests: None,
            hooks: Hooks::default(),
            variables: Variables::default(),
            follow_api_domain: true,
            servers: Vec::new(),
            server_auth: Vec::new(),
            servers_under_base: false,
        }
    }

    /// How failed attempts are retried (default: [`RetryPolicy::default`]; idempotent
    /// methods only). [`RetryPolicy::never`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// At most `n` requests of this client (and its clones) in flight at once; further
    /// calls wait for a free slot. Waiting between retries does not hold a slot.
    pub fn max_concurrent_requests(mut self, n: usize) -> Self {
        self.max_concurrent_requests = Some(n.max(1));
        self
    }

    /// Called with every attempt just before it is sent, credentials already on it (add a
    /// header, sign, record). Also called for retries and replays.
    pub fn before_send(mut self, hook: impl Fn(&mut reqwest::Request) + Send + Sync + 'static) -> Self {
        self.hooks.before_send = Some(Arc::new(hook));
        self
    }

    /// Called after every attempt with its status, headers and timing (metrics, logs).
    pub fn after_receive(mut self, hook: impl Fn(&Exchange<'_>) + Send + Sync + 'static) -> Self {
        self.hooks.after_receive = Some(Arc::new(hook));
        self
    }

    /// The value of the base URL placeholder `{{name}}` (a Postman environment variable,
    /// e.g. `api-domain`). Wins over the environment and defaults.
    pub fn variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.set(name.into(), value.into());
        self
    }

    /// Placeholders without a [`variable`](Self::variable) are read from the environment
    /// variable `prefix` + the name in upper snake case: with prefix `ZOHO_CRM_`,
    /// `{{api-domain}}` is read from `ZOHO_CRM_API_DOMAIN`.
    pub fn variables_from_env(mut self, prefix: impl Into<String>) -> Self {
        self.variables.env_prefix = Some(prefix.into());
        self
    }

    /// The value of `{{name}}` when neither [`variable`](Self::variable) nor the
    /// environment gives one.
    pub fn variable_default(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.set_default(name.into(), value.into());
        self
    }

    /// Whether requests go to the `api_domain` an OAuth token response names (default
    /// true: Zoho issues tokens per data centre and says there where the account lives).
    pub fn follow_token_api_domain(mut self, yes: bool) -> Self {
        self.follow_api_domain = yes;
        self
    }

    /// The URL of the named server `name` (an API whose requests go to more than one host,
    /// e.g. `auth_url` for its OAuth host): requests built with
    /// [`Request::server`](crate::Request::server)`(name)` go there, the others to the base
    /// URL. `{{name}}` placeholders are filled like the base URL's; setting a name twice
    /// keeps the last URL. The client's [`auth`](Self::auth) is sent to this server too,
    /// unless [`server_auth`](Self::server_auth) gives it its own.
    pub fn server(mut self, name: impl Into<String>, url: impl AsRef<str>) -> Self {
        let name = name.into();
        self.servers.retain(|(existing, _)| *existing != name);
        self.servers.push((name, url.as_ref().to_owned()));
        self
    }

    /// The credentials sent to server `name` instead of the client's (e.g. `Auth::None`, or
    /// basic client credentials for an OAuth host). [`build`](Self::build) fails when the
    /// server has no URL.
    pub fn server_auth(mut self, name: impl Into<String>, auth: Auth) -> Self {
        self.server_auth.push((name.into(), auth));
        self
    }

    /// Test clients: a server without a URL is the base URL's `/__server/<name>` (so one
    /// loopback server sees every request, and its path shows the server it was meant for).
    #[cfg(feature = "testing")]
    pub(crate) fn servers_under_base(mut self) -> Self {
        self.servers_under_base = true;
        self
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

    /// The total time allowed per attempt, from connecting until the whole body is read,
    /// an OAuth token request it waits for included (default [`DEFAULT_TIMEOUT`], 60 s). Exceeding it gives [`Error::Timeout`], which is
    /// retried like other transient failures. Also applies to an injected client.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// The largest response body read, in bytes, success or error (default
    /// [`DEFAULT_MAX_BODY_SIZE`](crate::DEFAULT_MAX_BODY_SIZE), 32 MiB). The limit is
    /// enforced while the body streams in; beyond it the call fails with
    /// [`Error::TooLarge`] and the connection is dropped. Per call:
    /// [`CallOptions::max_body_size`](crate::CallOptions::max_body_size).
    pub fn max_body_size(mut self, bytes: u64) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// The most pages one listing fetches (default
    /// [`DEFAULT_MAX_PAGES`](crate::DEFAULT_MAX_PAGES), 10,000): a server that always says
    /// more pages follow ends the listing there, with [`Error::Listing`]. Per call:
    /// [`CallOptions::max_pages`](crate::CallOptions::max_pages).
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// No per-attempt timeout: a server that never answers holds the call (and its
    /// concurrency slot) forever. Only for callers that bound the call themselves.
    pub fn no_timeout(mut self) -> Self {
        self.timeout = None;
        self
    }

    /// The time allowed to establish a connection (default [`DEFAULT_CONNECT_TIMEOUT`],
    /// 10 s). Cannot be combined with [`ClientBuilder::http_client`] (set it on that client
    /// instead; an injected client keeps its own).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = ConnectTimeout::Set(Some(d));
        self
    }

    /// No connect timeout (the operating system's applies, often minutes).
    pub fn no_connect_timeout(mut self) -> Self {
        self.connect_timeout = ConnectTimeout::Set(None);
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
    ///
    /// Its redirect policy cannot be changed per request, and reqwest strips only
    /// `Authorization` and cookies when it follows a redirect to another host: an API key in
    /// another header or in the query would go along. So a request carrying
    /// [`Auth::ApiKey`] through an injected client is refused ([`Error::Config`]) unless
    /// [`http_client_redirects_checked`](Self::http_client_redirects_checked) says the
    /// client follows no redirect to another origin. Whatever the credentials, an answer
    /// that arrives from another origin than the request's is [`Error::Config`] too.
    pub fn http_client(mut self, c: reqwest::Client) -> Self {
        self.http_client = Some(c);
        self
    }

    /// Vouches that the injected client ([`http_client`](Self::http_client)) follows no
    /// redirect to another origin (built with `reqwest::redirect::Policy::none()`, or a
    /// custom policy that stops at the origin), so API keys may be sent through it.
    pub fn http_client_redirects_checked(mut self) -> Self {
        self.http_client_redirects_checked = true;
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
    /// Fails with [`Error::Config`] for a base URL placeholder without a value; a base URL
    /// that does not parse, is not http(s), carries credentials or a fragment; for an
    /// invalid default header or user agent; and for `connect_timeout`/`proxy` combined
    /// with an injected client.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = parse_base_url(&self.variables.fill(&self.base_url)?)?;
        let servers = self.named_servers()?;

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

        let unchecked_redirects = self.http_client.is_some() && !self.http_client_redirects_checked;
        let http = match self.http_client {
            Some(client) => {
                if self.connect_timeout != ConnectTimeout::Default || self.proxy.is_some() {
                    return Err(Error::Config(
                        "connect_timeout and proxy cannot be applied to an injected reqwest::Client; \
                         configure them on that client"
                            .to_owned(),
                    ));
                }
                client
            }
            None => {
                let connect_timeout = match self.connect_timeout {
                    ConnectTimeout::Default => Some(DEFAULT_CONNECT_TIMEOUT),
                    ConnectTimeout::Set(chosen) => chosen,
                };
                build_http_client(connect_timeout, self.proxy)?
            }
        };

        Ok(Client::from_inner(
            Inner {
            http,
            base_url,
            auth: self.auth,
            default_headers,
            timeout: self.timeout,
            max_body_size: self.max_body_size,
            max_pages: self.max_pages,
            unchecked_redirects,
            retry: self.retry,
            limit: self.max_concurrent_requests.map(tokio::sync::Semaphore::new),
            hooks: self.hooks,
            follow_api_domain: self.follow_api_domain,
            },
            servers,
        ))
    }

    /// The named servers, their URLs filled and checked like the base URL.
    fn named_servers(&self) -> Result<Servers, Error> {
        let mut servers = Servers::default();
        for (name, template) in &self.servers {
            let url = parse_server_url(name, &self.variables.fill(template)?)?;
            servers.set_url(name, url);
        }
        for (name, auth) in &self.server_auth {
            servers.set_auth(name, auth.clone())?;
        }
        if self.servers_under_base {
            servers.route_under_base();
        }
        Ok(servers)
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("auth", &self.auth)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("injected_http_client", &self.http_client.is_some())
            .field("retry", &self.retry)
            .field("max_concurrent_requests", &self.max_concurrent_requests)
            .field("hooks", &self.hooks)
            .field("server_names", &self.servers.iter().map(|(name, _)| name).collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// Parses and checks the base URL. Error messages never echo the URL: it might hold
/// credentials.
fn parse_base_url(raw: &str) -> Result<Url, Error> {
    parse_http_url(raw, "base URL", "; use Auth::basic")
}

/// Parses and checks the URL of the named server `name` (never echoed: it might hold
/// credentials).
pub(crate) fn parse_server_url(name: &str, raw: &str) -> Result<Url, Error> {
    parse_http_url(raw, &format!("URL of server `{name}`"), "; use ClientBuilder::server_auth")
}

/// Parses and checks an http(s) URL with a host and without credentials or fragment;
/// `what` names it in errors (never the URL itself), `credentials_hint` follows the
/// credentials message.
pub(crate) fn parse_http_url(raw: &str, what: &str, credentials_hint: &str) -> Result<Url, Error> {
    let url = Url::parse(raw.trim()).map_err(|e| Error::Config(format!("invalid {what}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::Config(format!("{what} must use http or https, not `{}`", url.scheme())));
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(Error::Config(format!("{what} must have a host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(format!("{what} must not contain credentials{credentials_hint}")));
    }
    if url.fragment().is_some() {
        return Err(Error::Config(format!("{what} must not contain a fragment")));
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
