//! Credentials at request time: static ones are put on directly; OAuth tokens are fetched
//! (and refreshed) asynchronously, and a rejected one is replaced once.

use std::time::Duration;

use reqwest::header::AUTHORIZATION;

use crate::auth::Auth;
use crate::error::Error;
use crate::oauth::AccessToken;
use crate::prepare::Prepared;

/// The credential an attempt carried, so that a 401 invalidates exactly that one (and not a
/// token another task has refreshed meanwhile).
pub(crate) type Credential = AccessToken;

/// Puts the credentials on `prepared`. With OAuth, also sends the request to the token's
/// `api_domain` when the token response named one and `follow_api_domain` is set. `timeout`:
/// the request's, which bounds a token request too.
pub(crate) async fn authorize(
    auth: &Auth,
    prepared: &mut Prepared,
    follow_api_domain: bool,
    timeout: Option<Duration>,
) -> Result<Option<Credential>, Error> {
    let Auth::OAuth(oauth) = auth else {
        auth.apply(prepared)?;
        return Ok(None);
    };
    let token = oauth.access_token(timeout).await?;
    prepared.headers.insert(AUTHORIZATION, token.header.clone());
    if let (true, Some(domain)) = (follow_api_domain, &token.api_domain) {
        move_to_origin(&mut prepared.url, domain)?;
    }
    Ok(Some(token))
}

/// After a 401 to `rejected`: makes sure the next attempt carries a newer credential.
pub(crate) async fn after_rejection(
    auth: &Auth,
    rejected: &Credential,
    timeout: Option<Duration>,
) -> Result<(), Error> {
    if let Auth::OAuth(oauth) = auth {
        oauth.after_rejection(rejected, timeout).await?;
    }
    Ok(())
}

/// Keeps path and query, takes scheme, host and port from `origin`.
fn move_to_origin(url: &mut url::Url, origin: &url::Url) -> Result<(), Error> {
    let refused = || Error::Config("the token's api_domain cannot be used as a base URL".to_owned());
    // The token would follow the request: never from https down to plain http.
    if url.scheme() == "https" && origin.scheme() != "https" {
        return Err(Error::Config("the token's api_domain is not https while the base URL is".to_owned()));
    }
    url.set_scheme(origin.scheme()).map_err(|()| refused())?;
    url.set_host(origin.host_str()).map_err(|_| refused())?;
    url.set_port(origin.port()).map_err(|()| refused())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::move_to_origin;

    #[test]
    fn api_domain_replaces_the_origin_only() {
        let mut url = url::Url::parse("https://www.zohoapis.com/crm/v2/users?page=2").unwrap_or_else(|e| panic!("{e}"));
        let origin = url::Url::parse("http://127.0.0.1:8080").unwrap_or_else(|e| panic!("{e}"));
        assert!(move_to_origin(&mut url, &origin).is_err(), "https → http is refused");
        let mut plain = url::Url::parse("http://localhost/crm/v2/users?page=2").unwrap_or_else(|e| panic!("{e}"));
        move_to_origin(&mut plain, &origin).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plain.as_str(), "http://127.0.0.1:8080/crm/v2/users?page=2");
        let eu = url::Url::parse("https://www.zohoapis.eu").unwrap_or_else(|e| panic!("{e}"));
        move_to_origin(&mut url, &eu).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(url.as_str(), "https://www.zohoapis.eu/crm/v2/users?page=2");
    }
}
