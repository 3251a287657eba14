//! One saved example replayed over real HTTP: a loopback server (wiremock on 127.0.0.1)
//! answers with the example's status, headers and body; the generated method is called
//! against it; the request it sent is checked against the example's request.
//!
//! Everything here panics on a mismatch: it runs inside `#[test]` functions, where a panic
//! with a precise message is the failure report.

use std::future::Future;
use std::pin::Pin;

use percent_encoding::percent_decode_str;
use reqwest::header::{HeaderName, HeaderValue};
use serde_json::Value;
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::first_difference;
use crate::{Client, RetryPolicy};

/// What the loopback server answers: the saved example.
#[derive(Debug, Clone, Copy)]
pub struct Answer<'a> {
    /// HTTP status.
    pub status: u16,
    /// Response headers as saved. Headers that describe the saved transfer rather than the
    /// body (`Content-Length`, `Transfer-Encoding`, `Content-Encoding`, `Connection`,
    /// `Keep-Alive`) and values that are not valid HTTP are not replayed.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body, exactly as served.
    pub body: &'a str,
}

/// The request the generated method must send for the example.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// HTTP method, upper case.
    pub method: &'a str,
    /// The named server the request must go to; `None`: the base URL (the primary server).
    /// The test client puts every named server at `/__server/<name>` of the loopback server,
    /// so the path it arrives at shows which server the method sent it to.
    pub server: Option<&'a str>,
    /// Path segments after the server's URL, decoded (the server sees them percent-encoded); a
    /// trailing `/` is a last empty segment.
    pub path: &'a [&'a str],
    /// Every query pair, in any order; numbers compare by value (`2.50` = `2.5`).
    pub query: &'a [(&'a str, &'a str)],
    /// Headers that must be present with these values (others may be too).
    pub headers: &'a [(&'a str, &'a str)],
    /// The body.
    pub body: SentBody<'a>,
}

/// The request body the method must send.
#[derive(Debug, Clone, Copy)]
pub enum SentBody<'a> {
    /// Not checked (no body, multipart).
    Unchecked,
    /// JSON equal to this (key order aside, numbers by value).
    Json(&'a str),
    /// Exactly this text.
    Text(&'a str),
    /// Exactly these bytes.
    Bytes(&'a [u8]),
    /// A urlencoded form holding at least these pairs.
    Form(&'a [(&'a str, &'a str)]),
}

/// Starts a loopback server answering every request with `answer`, hands `call` a client for
/// it (no retries, no redirects, no credentials; every named server under
/// `/__server/<name>`), checks the one request `call` made against
/// `expected`, and returns what `call` returned.
///
/// Panics when the server cannot start, when `call` made no request or more than one, or
/// when the request differs from `expected`.
pub fn call_example<F, Fut>(answer: &Answer<'_>, expected: &Expected<'_>, call: F) -> Fut::Output
where
    F: FnOnce(Client) -> Fut,
    Fut: Future,
{
    // Only this shim is generic: the runtime, server and checks are compiled once, not once
    // per generated test (a crate can have thousands).
    let mut output = None;
    let slot = &mut output;
    replay(
        answer,
        expected,
        Box::new(move |client| {
            Box::pin(async move {
                *slot = Some(call(client).await);
            })
        }),
    );
    output.unwrap_or_else(|| panic!("the call did not finish"))
}

/// The call under test, type-erased.
type ErasedCall<'a> = Box<dyn FnOnce(Client) -> Pin<Box<dyn Future<Output = ()> + 'a>> + 'a>;

fn replay(answer: &Answer<'_>, expected: &Expected<'_>, call: ErasedCall<'_>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("cannot start a tokio runtime: {e}"));
    runtime.block_on(async {
        let server = start(answer).await;
        call(client_for(&server.uri())).await;
        check_received(&server, expected).await;
    });
}

/// A loopback server that answers every request with the example.
async fn start(answer: &Answer<'_>) -> MockServer {
    let server = MockServer::start().await;
    let mut template = ResponseTemplate::new(answer.status).set_body_bytes(answer.body.as_bytes());
    for (name, value) in answer.headers {
        const NOT_REPLAYED: &[&str] = &["content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"];
        if NOT_REPLAYED.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            continue;
        }
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(*name), HeaderValue::try_from(*value)) {
            template = template.append_header(name, value);
        }
    }
    Mock::given(wiremock::matchers::any()).respond_with(template).mount(&server).await;
    server
}

/// A client that does exactly one attempt and reports redirects instead of following them,
/// so the example's own answer is what the method sees; a named server is
/// `<base_url>/__server/<name>`.
fn client_for(base_url: &str) -> Client {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("cannot build an HTTP client: {e}"));
    Client::builder(base_url)
        .http_client(http)
        // Built above with `Policy::none()`: API keys of the examples may go through it.
        .http_client_redirects_checked()
        .retry(RetryPolicy::never())
        .servers_under_base()
        .build()
        .unwrap_or_else(|e| panic!("cannot build a client for {base_url}: {e}"))
}

async fn check_received(server: &MockServer, expected: &Expected<'_>) {
    let received = server.received_requests().await.unwrap_or_default();
    let [request] = received.as_slice() else {
        panic!("expected exactly one request, the server saw {}: {received:?}", received.len());
    };
    super::wire_log::record(request);
    let problems = request_problems(request, expected);
    assert!(
        problems.is_empty(),
        "the request sent differs from the example's:\n  {}\nsent: {} {}",
        problems.join("\n  "),
        request.method,
        request.url
    );
}

/// Every way `request` differs from `expected`.
fn request_problems(request: &wiremock::Request, expected: &Expected<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    if !request.method.as_str().eq_ignore_ascii_case(expected.method) {
        problems.push(format!("method {} instead of {}", request.method, expected.method));
    }
    // Segment by segment, a trailing `/` as a last empty one: `/users/` is not `/users`.
    let path: Vec<String> = match request.url.path().strip_prefix('/') {
        None | Some("") => Vec::new(),
        Some(rest) => rest.split('/').map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned()).collect(),
    };
    let server = expected.server.map(|name| ["__server", name]);
    let want: Vec<&str> = server.iter().flatten().chain(expected.path).copied().collect();
    if path != want {
        problems.push(format!("path segments {path:?} instead of {want:?}"));
    }
    let mut query: Vec<(String, String)> = request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    for (key, value) in expected.query {
        match query.iter().position(|(k, v)| k == key && same_text(v, value)) {
            Some(i) => {
                query.remove(i);
            }
            None => problems.push(format!("query `{key}={value}` missing")),
        }
    }
    for (key, value) in &query {
        problems.push(format!("unexpected query `{key}={value}`"));
    }
    for (name, value) in expected.headers {
        let sent: Vec<&str> = request.headers.get_all(*name).iter().filter_map(|v| v.to_str().ok()).collect();
        if !sent.iter().any(|s| same_text(s, value)) {
            problems.push(format!("header `{name}: {value}` missing (sent: {sent:?})"));
        }
    }
    problems.extend(body_problem(&request.body, expected.body));
    problems
}

fn body_problem(body: &[u8], expected: SentBody<'_>) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    match expected {
        SentBody::Unchecked => None,
        SentBody::Text(want) => (text != want).then(|| format!("body {text:?} instead of {want:?}")),
        SentBody::Bytes(want) => (body != want).then(|| format!("body bytes {body:?} instead of {want:?}")),
        SentBody::Json(want) => {
            let want: Value = match serde_json::from_str(want) {
                Ok(v) => v,
                Err(e) => return Some(format!("the expected body is not JSON: {e}")),
            };
            match serde_json::from_slice::<Value>(body) {
                Err(e) => Some(format!("body is not JSON ({e}): {text:?}")),
                Ok(sent) => first_difference(&want, &sent, "$").map(|at| format!("JSON body differs at {at}: sent {sent}")),
            }
        }
        SentBody::Form(pairs) => {
            let sent: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
            let missing: Vec<String> = pairs
                .iter()
                .filter(|(k, v)| !sent.iter().any(|(sk, sv)| sk == k && same_text(sv, v)))
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            (!missing.is_empty()).then(|| format!("form fields {missing:?} missing from {sent:?}"))
        }
    }
}

/// Equal text, or equal numbers (`2.50` and `2.5`, `007` and `7`): typed parameters are sent
/// in their canonical form.
fn same_text(sent: &str, want: &str) -> bool {
    sent == want
        || matches!((sent.trim().parse::<f64>(), want.trim().parse::<f64>()), (Ok(a), Ok(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_by_value_and_text_exactly() {
        assert!(same_text("2.5", "2.50"));
        assert!(same_text("7", "007"));
        assert!(!same_text("a", "A"));
        assert!(!same_text("1", "2"));
    }

    #[test]
    fn json_bodies_compare_by_value_and_forms_by_pairs() {
        assert_eq!(body_problem(br#"{"b":1,"a":[true]}"#, SentBody::Json(r#"{"a":[true],"b":1.0}"#)), None);
        let diff = body_problem(br#"{"a":1}"#, SentBody::Json(r#"{"a":2}"#)).unwrap_or_default();
        assert!(diff.contains("$.a"), "{diff}");
        assert_eq!(body_problem(b"a=1&b=x+y", SentBody::Form(&[("b", "x y")])), None);
        assert!(body_problem(b"a=1", SentBody::Form(&[("b", "2")])).is_some());
        assert!(body_problem(b"abc", SentBody::Text("abd")).is_some());
        assert_eq!(body_problem(b"\xFF\x00", SentBody::Bytes(b"\xFF\x00")), None);
        // Text comparison would call these equal (both decode to U+FFFD); bytes never do.
        assert!(body_problem(b"\xFF", SentBody::Bytes(b"\xFE")).is_some());
    }
}
