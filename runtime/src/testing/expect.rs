//! Checks of a generated method's outcome against the saved example it was answered with:
//! the right variant (success, typed error by status, not modified, per-record outcomes),
//! and the decoded body encoding back to the example's body.
//!
//! Each check panics with the reason on a mismatch (these run inside `#[test]` functions).

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::same_json;
use crate::{Conditional, Error, ErrorBody, Response, StatusBody};

/// The body an example answered with, as the check compares it.
#[derive(Debug, Clone, Copy)]
pub enum Body<'a> {
    /// No body.
    Empty,
    /// JSON: the decoded value must encode back to this (key order aside).
    Json(&'a str),
    /// Text, compared exactly.
    Text(&'a str),
}

/// Decodes a JSON request argument (the example's request body) into its generated type.
pub fn json_arg<T: DeserializeOwned>(json: &str) -> T {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(deserializer)
        .unwrap_or_else(|e| panic!("the example's request body does not decode at {}: {}", e.path(), e.inner()))
}

/// A 2xx answer decoded into `T`, which encodes back to `expected`. Returns the body.
pub fn expect_json<T: Serialize, E: ErrorBody + Debug>(outcome: Result<Response<T>, Error<E>>, expected: &str) -> T {
    let response = success(outcome);
    let encoded = serde_json::to_value(&response.body).unwrap_or_else(|e| panic!("the decoded body does not encode: {e}"));
    compare(&encoded, expected);
    response.body
}

/// A 2xx answer read as text equal to `expected`.
pub fn expect_text<E: ErrorBody + Debug>(outcome: Result<Response<String>, Error<E>>, expected: &str) {
    let response = success(outcome);
    assert_eq!(response.body, without_bom(expected), "the text body differs from the example's");
}

/// A 2xx answer read as bytes equal to `expected`, byte for byte.
pub fn expect_bytes<E: ErrorBody + Debug>(outcome: Result<Response<bytes::Bytes>, Error<E>>, expected: &[u8]) {
    let response = success(outcome);
    assert!(
        response.body == expected,
        "the body differs from the example's: {} bytes received, {} served
 received: {:?}
 served:   {:?}",
        response.body.len(),
        expected.len(),
        excerpt_bytes(&response.body),
        excerpt_bytes(expected)
    );
}

fn excerpt_bytes(bytes: &[u8]) -> bytes::Bytes {
    bytes::Bytes::copy_from_slice(&bytes[..bytes.len().min(120)])
}

/// A redirect (3xx) the operation takes as its answer: a response with `status`, the
/// `Location` the example saved (when it saved one), and a body `is_absent` accepts (a
/// redirect's body is never the resource).
pub fn expect_redirect<T: Debug, E: ErrorBody + Debug>(
    outcome: Result<Response<T>, Error<E>>,
    status: u16,
    location: Option<&str>,
    is_absent: impl FnOnce(&T) -> bool,
) {
    let response = match outcome {
        Ok(response) => response,
        Err(e) => panic!("expected the HTTP {status} redirect as the answer, got an error: {e}\n{e:?}"),
    };
    assert_eq!(response.status, status, "expected the HTTP {status} redirect as the answer");
    if let Some(location) = location {
        let received = response.headers.get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok());
        assert_eq!(received, Some(location), "the redirect's Location differs from the example's");
    }
    assert!(is_absent(&response.body), "a redirect's body must read as absent, got {:?}", response.body);
}

/// The client drops a leading byte-order mark when it reads a body as text; so does the check.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A 2xx answer without a body.
pub fn expect_empty<E: ErrorBody + Debug>(outcome: Result<Response<()>, Error<E>>) {
    success(outcome);
}

/// A 2xx answer decoded by status into `T`, in the variant `is_variant` accepts, whose body
/// encodes back to `expected`.
pub fn expect_by_status<T: StatusBody + Debug, E: ErrorBody + Debug>(
    outcome: Result<Response<T>, Error<E>>,
    expected: Body<'_>,
    is_variant: impl FnOnce(&T) -> bool,
) {
    let response = success(outcome);
    assert!(is_variant(&response.body), "decoded into the wrong variant: {:?}", response.body);
    if let Body::Json(json) = expected {
        compare(&response.body.encode(), json);
    }
}

/// A conditional call answered 2xx: the usual response.
pub fn expect_modified<T: Debug, E: ErrorBody + Debug>(
    outcome: Result<Conditional<T>, Error<E>>,
) -> Result<Response<T>, Error<E>> {
    outcome.map(|answer| match answer {
        Conditional::Modified(response) => response,
        Conditional::NotModified(not) => panic!("expected a 2xx answer, got 304 Not Modified: {not:?}"),
    })
}

/// A conditional call answered 304.
pub fn expect_not_modified<T: Debug, E: ErrorBody + Debug>(outcome: Result<Conditional<T>, Error<E>>) {
    match outcome {
        Ok(Conditional::NotModified(_)) => {}
        Ok(Conditional::Modified(response)) => panic!("expected 304 Not Modified, got {}: {:?}", response.status, response.body),
        Err(e) => panic!("expected 304 Not Modified, got an error: {e:?}"),
    }
}

/// A non-2xx answer with `status`, whose raw body equals `expected`. When `is_variant` is
/// given, the body must have decoded into the operation's error type, in that variant, and
/// encode back to `expected`.
pub fn expect_error<T: Debug, E: ErrorBody + Debug>(
    outcome: Result<T, Error<E>>,
    status: u16,
    expected: Body<'_>,
    is_variant: Option<&dyn Fn(&E) -> bool>,
) {
    let error = match outcome {
        Ok(value) => panic!("expected an HTTP {status} error, got a success: {value:?}"),
        Err(e) => e,
    };
    assert_eq!(error.status(), Some(status), "expected an HTTP {status} error, got {error:?}");
    let (body, typed) = match &error {
        Error::Api { body, error, .. } | Error::Auth { body, error } | Error::RateLimited { body, error, .. } => {
            (body.as_str(), error.as_deref())
        }
        other => panic!("expected an HTTP {status} error, got {other:?}"),
    };
    match expected {
        Body::Empty => assert!(body.is_empty(), "expected no body, got {body:?}"),
        Body::Text(text) => assert_eq!(without_bom(body), without_bom(text), "the error body differs from the example's"),
        Body::Json(json) => match serde_json::from_str::<Value>(without_bom(body)) {
            Ok(value) => compare(&value, json),
            Err(e) => panic!("the error body is not JSON ({e}): {body:?}"),
        },
    }
    if let Some(is_variant) = is_variant {
        let Some(typed) = typed else {
            panic!("the HTTP {status} body did not decode into the operation's error type: {body}")
        };
        assert!(is_variant(typed), "decoded into the wrong error variant: {typed:?}");
        if let Body::Json(json) = expected {
            compare(&typed.encode(), json);
        }
    }
}

/// The per-record outcomes of a bulk answer, in order: `true` for a record that succeeded.
pub fn expect_records(outcomes: impl IntoIterator<Item = bool>, expected: &[bool]) {
    let outcomes: Vec<bool> = outcomes.into_iter().collect();
    assert_eq!(outcomes, expected, "per-record outcomes (true = success) differ from the example's record statuses");
}

fn success<T, E: ErrorBody + Debug>(outcome: Result<Response<T>, Error<E>>) -> Response<T> {
    match outcome {
        Ok(response) => response,
        Err(e) => panic!("expected a 2xx answer, got an error: {e}\n{e:?}"),
    }
}

/// Panics with the path of the first difference unless `encoded` equals the JSON `json`.
fn compare(encoded: &Value, json: &str) {
    let original: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("the example body is not JSON: {e}"));
    if let Err(difference) = same_json(&original, encoded) {
        panic!("{difference}");
    }
}
