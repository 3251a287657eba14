//! The refresh-token grant: one POST to the token endpoint and the reading of its answer.

use std::time::Duration;

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use secrecy::zeroize::Zeroizing;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

use super::store::de_opt_secret;
use crate::error::{Error, excerpt};

/// Lifetime assumed when the endpoint does not say (`expires_in` missing): Zoho's, and the
/// most common one.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// Longest lifetime believed, so that adding it to the current time cannot overflow.
const MAX_LIFETIME: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

/// The largest token response read: a token response is a few hundred bytes.
const MAX_TOKEN_RESPONSE: u64 = 1024 * 1024;

/// What the token request needs.
pub(super) struct Grant<'a> {
    pub(super) http: &'a reqwest::Client,
    pub(super) token_url: &'a Url,
    pub(super) client_id: &'a str,
    pub(super) client_secret: &'a SecretString,
    pub(super) refresh_token: &'a SecretString,
}

/// A successful token response.
pub(super) struct Issued {
    /// The HTTP status it came with, for errors found later.
    pub(super) status: u16,
    pub(super) access_token: SecretString,
    pub(super) lifetime: Duration,
    pub(super) api_domain: Option<String>,
    /// A new refresh token, when the endpoint rotates them.
    pub(super) refresh_token: Option<SecretString>,
}

/// Performs the refresh-token grant.
pub(super) async fn request_token(grant: &Grant<'_>) -> Result<Issued, Error> {
    let form = Zeroizing::new(
        serde_urlencoded::to_string([
            ("grant_type", "refresh_token"),
            ("client_id", grant.client_id),
            ("client_secret", grant.client_secret.expose_secret()),
            ("refresh_token", grant.refresh_token.expose_secret()),
        ])
        // Never show the encoder's message: it could quote a value.
        .map_err(|_| Error::Encode("could not encode the token request".to_owned()))?,
    );
    let response = grant
        .http
        .post(grant.token_url.clone())
        .header(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        )
        .header(ACCEPT, HeaderValue::from_static("application/json"))
        // reqwest keeps its own copy of the body, which cannot be zeroized; ours is.
        .body(form.as_bytes().to_vec())
        .send()
        .await
        .map_err(Error::from_reqwest)?;
    let status = response.status().as_u16();
    let body = crate::body_limit::read_body(response, MAX_TOKEN_RESPONSE).await?;
    let secrets = [grant.client_secret, grant.refresh_token];
    parse_token_response(status, &body, &secrets)
}

/// The error fields of a token response, read separately so that an error is recognised
/// whatever the rest of the body looks like.
#[derive(Deserialize)]
struct ErrorFields {
    #[serde(default)]
    error: Option<serde_json::Value>,
    #[serde(default)]
    error_description: Option<serde_json::Value>,
}

/// The fields of a successful token response that are used. `token_type` is ignored: the
/// scheme is configured, since some providers (Zoho) want another one than they report.
#[derive(Deserialize)]
struct TokenFields {
    #[serde(default, deserialize_with = "de_opt_secret")]
    access_token: Option<SecretString>,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
    #[serde(default)]
    api_domain: Option<String>,
    #[serde(default, deserialize_with = "de_opt_secret")]
    refresh_token: Option<SecretString>,
}

/// Reads a token endpoint's answer. `secrets` are removed from anything the endpoint says
/// that ends up in an error (some endpoints echo the request).
pub(super) fn parse_token_response(
    status: u16,
    body: &[u8],
    secrets: &[&SecretString],
) -> Result<Issued, Error> {
    let oauth_error = |error: String, description: Option<String>| Error::OAuth {
        status,
        error,
        description,
    };
    // An `error` key means failure whatever the status: Zoho answers errors with 200.
    if let Ok(ErrorFields {
        error: Some(error),
        error_description,
    }) = serde_json::from_slice::<ErrorFields>(body)
    {
        // `Option<Value>` reads `"error": null` as `None`, so `error` is a real value here.
        let description = error_description.map(|d| scrub(&json_text(d), secrets));
        return Err(oauth_error(scrub(&json_text(error), secrets), description));
    }
    // The body of another failure is not shown: it might echo the request.
    if !(200..300).contains(&status) {
        return Err(oauth_error(format!("http_{status}"), None));
    }
    let invalid =
        |why: &str| oauth_error("invalid_token_response".to_owned(), Some(why.to_owned()));
    let fields: TokenFields = serde_json::from_slice(body)
        .map_err(|_| invalid("the token response is not a JSON object of the expected shape"))?;
    let access_token = fields
        .access_token
        .filter(|t| !t.expose_secret().is_empty())
        .ok_or_else(|| invalid("the token response has no access_token"))?;
    let lifetime = match fields.expires_in {
        None | Some(serde_json::Value::Null) => DEFAULT_LIFETIME,
        Some(value) => parse_lifetime(&value)
            .ok_or_else(|| invalid("expires_in is not a number of seconds"))?,
    };
    Ok(Issued {
        status,
        access_token,
        lifetime: lifetime.min(MAX_LIFETIME),
        api_domain: fields.api_domain.filter(|d| !d.is_empty()),
        refresh_token: fields
            .refresh_token
            .filter(|t| !t.expose_secret().is_empty()),
    })
}

/// `expires_in` as a number (`3600`) or a numeric string (`"3600"`, as some providers send).
fn parse_lifetime(value: &serde_json::Value) -> Option<Duration> {
    let seconds = match value {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    seconds.map(Duration::from_secs)
}

/// A JSON value as text: strings without their quotes, anything else as JSON.
fn json_text(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Shortens `text` and replaces every occurrence of a secret with `[REDACTED]`.
fn scrub(text: &str, secrets: &[&SecretString]) -> String {
    let mut text = text.to_owned();
    for secret in secrets {
        let secret = secret.expose_secret();
        if !secret.is_empty() && text.contains(secret) {
            text = text.replace(secret, "[REDACTED]");
        }
    }
    excerpt(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(status: u16, body: &str) -> Result<Issued, Error> {
        parse_token_response(status, body.as_bytes(), &[&SecretString::from("s3cr3t")])
    }

    #[test]
    fn expires_in_may_be_a_number_a_numeric_string_or_missing() {
        for (body, seconds) in [
            (r#"{"access_token":"a","expires_in":120}"#, 120),
            (r#"{"access_token":"a","expires_in":" 90 "}"#, 90),
            (r#"{"access_token":"a"}"#, 3600),
        ] {
            let issued = parse(200, body).unwrap_or_else(|e| panic!("{body}: {e}"));
            assert_eq!(issued.lifetime, Duration::from_secs(seconds), "{body}");
        }
        assert!(parse(200, r#"{"access_token":"a","expires_in":"soon"}"#).is_err());
    }

    #[test]
    fn error_text_is_scrubbed_of_secrets() {
        let body = r#"{"error":"invalid_client","error_description":"bad secret s3cr3t"}"#;
        match parse(400, body) {
            Err(Error::OAuth {
                status: 400,
                error,
                description,
            }) => {
                assert_eq!(error, "invalid_client");
                assert_eq!(description.as_deref(), Some("bad secret [REDACTED]"));
            }
            other => panic!("unexpected {:?}", other.map(|i| i.lifetime)),
        }
    }

    #[test]
    fn non_json_failure_is_named_after_its_status() {
        match parse(503, "<html>down s3cr3t</html>") {
            Err(Error::OAuth {
                status: 503,
                error,
                description: None,
            }) => {
                assert_eq!(error, "http_503");
            }
            other => panic!("unexpected {:?}", other.map(|i| i.lifetime)),
        }
    }
}
