//! Named servers: an API whose requests go to more than one base URL (its API host and an
//! OAuth host, say) has one URL per server. A [`Request`](crate::Request) names its server
//! with [`Request::server`](crate::Request::server); without one it goes to the client's base
//! URL (the primary server).
//!
//! Credentials: the client's auth is sent to every server the user configured (the base URL
//! and each [`ClientBuilder::server`](crate::ClientBuilder::server)): the user chose those
//! URLs for this API. [`ClientBuilder::server_auth`](crate::ClientBuilder::server_auth) gives
//! one server its own credentials instead (e.g. `Auth::None`, or the client credentials an
//! OAuth host asks for). Nothing else: a request to a server without a configured URL fails
//! before anything is sent, an OAuth token's `api_domain` moves only requests for the
//! primary server, and redirects are followed only within one origin.

use std::fmt;

use percent_encoding::utf8_percent_encode;
use url::Url;

use crate::auth::Auth;
use crate::error::Error;
use crate::request::COMPONENT;

/// One configured server.
#[derive(Clone)]
struct Server {
    name: String,
    url: Url,
    /// Replaces the client's auth for this server.
    auth: Option<Auth>,
}

/// The named servers of a client, besides its base URL.
#[derive(Clone, Default)]
pub(crate) struct Servers {
    servers: Vec<Server>,
    /// Test clients only: a server without a URL is `<base>/__server/<name>`, so one loopback
    /// server answers for every server and the path shows which one a request was sent to.
    under_base: bool,
    /// Credentials by scheme, for requests whose collection entry authenticates otherwise
    /// than the API (basic auth on a token request, an API key on one folder).
    schemes: Vec<(String, Auth)>,
}

/// Where one request goes and with which credentials.
pub(crate) struct Target<'a> {
    pub(crate) base: std::borrow::Cow<'a, Url>,
    pub(crate) auth: &'a Auth,
    /// The primary server: only its requests may follow an OAuth token's `api_domain`.
    pub(crate) primary: bool,
}

impl Servers {
    /// Sets (or replaces) the URL of server `name`; its own auth, if any, is kept.
    pub(crate) fn set_url(&mut self, name: &str, url: Url) {
        match self.servers.iter_mut().find(|s| s.name == name) {
            Some(server) => server.url = url,
            None => self.servers.push(Server { name: name.to_owned(), url, auth: None }),
        }
    }

    /// Gives server `name` (which must have a URL) its own credentials.
    pub(crate) fn set_auth(&mut self, name: &str, auth: Auth) -> Result<(), Error> {
        match self.servers.iter_mut().find(|s| s.name == name) {
            Some(server) => {
                server.auth = Some(auth);
                Ok(())
            }
            None => Err(Error::Config(format!("server_auth for `{name}`, which has no URL; call ClientBuilder::server first"))),
        }
    }

    /// The credentials for requests that name `scheme` ([`Request::auth_scheme`](crate::Request::auth_scheme)).
    pub(crate) fn set_scheme_auth(&mut self, scheme: &str, auth: Auth) {
        self.schemes.retain(|(existing, _)| existing != scheme);
        self.schemes.push((scheme.to_owned(), auth));
    }

    /// The credentials a request for `scheme` carries: the ones set for it, else none (never
    /// the client's, which belong to another scheme).
    pub(crate) fn scheme_auth(&self, scheme: &str) -> &Auth {
        const NONE: &Auth = &Auth::None;
        self.schemes.iter().find(|(name, _)| name == scheme).map_or(NONE, |(_, auth)| auth)
    }

    pub(crate) fn route_under_base(&mut self) {
        self.under_base = true;
    }

    /// The URL of server `name`, if configured.
    pub(crate) fn url(&self, name: &str) -> Option<&Url> {
        self.servers.iter().find(|s| s.name == name).map(|s| &s.url)
    }

    /// Where a request for `server` goes (`None`: the primary server at `base`), and the
    /// credentials it carries.
    pub(crate) fn target<'a>(&'a self, server: Option<&str>, base: &'a Url, auth: &'a Auth) -> Result<Target<'a>, Error> {
        let Some(name) = server else {
            return Ok(Target { base: std::borrow::Cow::Borrowed(base), auth, primary: true });
        };
        if let Some(found) = self.servers.iter().find(|s| s.name == name) {
            let auth = found.auth.as_ref().unwrap_or(auth);
            return Ok(Target { base: std::borrow::Cow::Borrowed(&found.url), auth, primary: false });
        }
        if self.under_base {
            let mut url = base.clone();
            let path = format!("{}/__server/{}", base.path().trim_end_matches('/'), utf8_percent_encode(name, COMPONENT));
            url.set_path(&path);
            return Ok(Target { base: std::borrow::Cow::Owned(url), auth, primary: false });
        }
        Err(Error::Config(format!(
            "no URL is configured for server `{name}`; set it with ClientBuilder::server (or the generated client's setter)"
        )))
    }
}

impl fmt::Debug for Servers {
    /// Names and URLs; credentials only as whether a server has its own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for server in &self.servers {
            let own_auth = if server.auth.is_some() { " (own auth)" } else { "" };
            map.entry(&server.name, &format_args!("{}{own_auth}", server.url.as_str()));
        }
        for (scheme, _) in &self.schemes {
            map.entry(&format_args!("auth scheme {scheme}"), &"(credentials set)");
        }
        map.finish()
    }
}
