//! Credentials and how they are put on a request.

use std::fmt;

use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use secrecy::zeroize::Zeroizing;
use secrecy::{ExposeSecret, SecretString};

use crate::error::Error;
use crate::oauth::OAuth;
use crate::prepare::{Prepared, append_query_pair};

/// How requests are authenticated.
///
/// Secrets are held in [`SecretString`] and are never shown by `Debug`:
///
/// ```
/// let auth = postgen_runtime::Auth::bearer("s3cr3t");
/// assert_eq!(format!("{auth:?}"), r#"Token { scheme: "Bearer", token: [REDACTED] }"#);
/// ```
#[derive(Clone, Default)]
#[non_exhaustive]
pub enum Auth {
    /// No credentials are sent.
    #[default]
    None,
    /// `Authorization: <scheme> <token>`, e.g. `Bearer …` or `Zoho-oauthtoken …`.
    Token {
        /// The authorization scheme, e.g. `Bearer`.
        scheme: String,
        /// The token.
        token: SecretString,
    },
    /// HTTP basic authentication: `Authorization: Basic base64(username:password)`.
    Basic {
        /// The user name.
        username: String,
        /// The password; `None` sends `username:`.
        password: Option<SecretString>,
    },
    /// An API key sent in a header or in the query string.
    ApiKey {
        /// Where the key is sent.
        location: ApiKeyLocation,
        /// The header or query parameter name.
        name: String,
        /// The key.
        value: SecretString,
    },
    /// An OAuth 2 flow whose access token is fetched, cached and refreshed as needed, and
    /// sent as `Authorization: <scheme> <token>`.
    OAuth(OAuth),
}

/// Where an API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// In a request header named after the key.
    Header,
    /// In a query parameter named after the key.
    Query,
}

impl Auth {
    /// `Authorization: Bearer <token>`.
    pub fn bearer(token: impl Into<String>) -> Self {
        Self::token("Bearer", token)
    }

    /// `Authorization: <scheme> <token>`, e.g. `Auth::token("Zoho-oauthtoken", "1000.abc")`.
    pub fn token(scheme: impl Into<String>, token: impl Into<String>) -> Self {
        Auth::Token {
            scheme: scheme.into(),
            token: SecretString::from(token.into()),
        }
    }

    /// HTTP basic authentication.
    pub fn basic(username: impl Into<String>, password: Option<String>) -> Self {
        Auth::Basic {
            username: username.into(),
            password: password.map(SecretString::from),
        }
    }

    /// An API key in the request header `name`.
    pub fn api_key_header(name: impl Into<String>, value: impl Into<String>) -> Self {
        Auth::ApiKey {
            location: ApiKeyLocation::Header,
            name: name.into(),
            value: SecretString::from(value.into()),
        }
    }

    /// An API key in the query parameter `name`.
    pub fn api_key_query(name: impl Into<String>, value: impl Into<String>) -> Self {
        Auth::ApiKey {
            location: ApiKeyLocation::Query,
            name: name.into(),
            value: SecretString::from(value.into()),
        }
    }

    /// Credentials from an OAuth flow (see [`OAuth::refresh_token_flow`]).
    pub fn oauth(oauth: OAuth) -> Self {
        Auth::OAuth(oauth)
    }

    /// Puts the credentials on a prepared request. Header values carrying secrets are
    /// marked sensitive; they replace any header of the same name the request had.
    pub(crate) fn apply(&self, prepared: &mut Prepared) -> Result<(), Error> {
        match self {
            Auth::None => Ok(()),
            Auth::Token { scheme, token } => {
                let value = Zeroizing::new(format!("{scheme} {}", token.expose_secret()));
                prepared
                    .headers
                    .insert(AUTHORIZATION, sensitive_value(&value, "Authorization")?);
                Ok(())
            }
            Auth::Basic { username, password } => {
                let pass = password.as_ref().map(|p| p.expose_secret()).unwrap_or("");
                let plain = Zeroizing::new(format!("{username}:{pass}"));
                let encoded =
                    Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(&*plain));
                let value = Zeroizing::new(format!("Basic {}", &*encoded));
                prepared
                    .headers
                    .insert(AUTHORIZATION, sensitive_value(&value, "Authorization")?);
                Ok(())
            }
            Auth::ApiKey {
                location: ApiKeyLocation::Header,
                name,
                value,
            } => {
                let header = HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| Error::Config(format!("invalid API key header name `{name}`")))?;
                let value = sensitive_value(value.expose_secret(), name)?;
                prepared.headers.insert(header, value);
                Ok(())
            }
            Auth::ApiKey {
                location: ApiKeyLocation::Query,
                name,
                value,
            } => {
                append_query_pair(&mut prepared.url, name, value.expose_secret());
                Ok(())
            }
            // The token may need fetching first, which is async: the client puts it on.
            Auth::OAuth(_) => Ok(()),
        }
    }
}

/// A header value marked sensitive; the error names the header, never the value.
fn sensitive_value(value: &str, header: &str) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::Config(format!(
            "the credential for header `{header}` is not a valid header value"
        ))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// Prints `[REDACTED]` in place of a secret.
struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Token { scheme, token: _ } => f
                .debug_struct("Token")
                .field("scheme", scheme)
                .field("token", &Redacted)
                .finish(),
            Auth::Basic { username, password } => f
                .debug_struct("Basic")
                .field("username", username)
                .field("password", &password.as_ref().map(|_| Redacted))
                .finish(),
            Auth::ApiKey {
                location,
                name,
                value: _,
            } => f
                .debug_struct("ApiKey")
                .field("location", location)
                .field("name", name)
                .field("value", &Redacted)
                .finish(),
            Auth::OAuth(oauth) => f.debug_tuple("OAuth").field(oauth).finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Body;
    use reqwest::Method;
    use reqwest::header::HeaderMap;

    fn applied(auth: &Auth) -> Prepared {
        let mut prepared = Prepared {
            method: Method::GET,
            url: url::Url::parse("https://h/x?a=1").unwrap_or_else(|e| panic!("{e}")),
            headers: HeaderMap::new(),
            body: Body::Empty,
        };
        auth.apply(&mut prepared).unwrap_or_else(|e| panic!("{e}"));
        prepared
    }

    #[test]
    fn credential_headers_are_marked_sensitive() {
        for auth in [Auth::bearer("t"), Auth::basic("u", Some("p".to_owned()))] {
            let prepared = applied(&auth);
            let value = prepared.headers.get(AUTHORIZATION);
            assert_eq!(value.map(HeaderValue::is_sensitive), Some(true), "{auth:?}");
        }
        let prepared = applied(&Auth::api_key_header("X-Api-Key", "k"));
        assert_eq!(
            prepared
                .headers
                .get("x-api-key")
                .map(HeaderValue::is_sensitive),
            Some(true)
        );
        let prepared = applied(&Auth::api_key_query("key", "k"));
        assert_eq!(prepared.url.as_str(), "https://h/x?a=1&key=k");
    }
}
