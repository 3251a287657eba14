//! The helpers every generated `tests/examples.rs` stands on: a saved example replayed by a
//! loopback server (`call_example`) and the outcome checks. Each check must pass on a
//! faithful call and fail, naming the difference, on every kind of unfaithful one; otherwise
//! the generated example tests could not fail.

use postgen_runtime::testing::*;
use postgen_runtime::{Client, Error, Method, Request, Response};
use serde_json::Value;

const BODY: &str = r#"{"users":[{"id":"1","status":"success"},{"code":"INVALID_DATA","status":"error"}]}"#;

fn answer(status: u16, body: &'static str) -> Answer<'static> {
    Answer { status, headers: &[("Content-Type", "application/json"), ("Content-Length", "999")], body }
}

const EXPECTED: Expected<'static> = Expected {
    method: "PUT",
    server: None,
    path: &["crm", "v2", "users", "a b/c"],
    query: &[("page", "2.50"), ("type", "AllUsers")],
    headers: &[("If-Modified-Since", "2019-07-25T15:26:49+05:30")],
    body: SentBody::Json(r#"{"users":[{"id":"1"}]}"#),
};

/// The call a faithful generated method makes for [`EXPECTED`].
async fn faithful(client: Client) -> Result<Response<Value>, Error> {
    client.send(faithful_request()).await
}

/// The request [`EXPECTED`] describes.
fn faithful_request() -> Request {
    Request::new(Method::PUT, &["crm", "v2", "users", "a b/c"])
        .query("type", "AllUsers")
        .query("page", 2.5)
        .header("If-Modified-Since", "2019-07-25T15:26:49+05:30")
        .json(&serde_json::json!({"users": [{"id": "1"}]}))
}

#[test]
fn a_faithful_call_passes_every_check() {
    let outcome = call_example(&answer(200, BODY), &EXPECTED, faithful);
    let body = expect_json(outcome, BODY);
    let statuses = body["users"].as_array().map(|users| users.iter().map(|u| u["status"] == "success").collect::<Vec<_>>());
    expect_records(statuses.unwrap_or_default(), &[true, false]);
}

#[test]
#[should_panic(expected = "path segments")]
fn another_path_fails() {
    let expected = Expected { path: &["crm", "v2", "users", "a b", "c"], ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

/// [`faithful`]'s request sent to the named server `auth_url`.
async fn to_auth_server(client: Client) -> Result<Response<Value>, Error> {
    client.send(faithful_request().server("auth_url")).await
}

#[test]
fn a_call_to_the_named_server_it_is_expected_at_passes() {
    let expected = Expected { server: Some("auth_url"), ..EXPECTED };
    let outcome = call_example(&answer(200, BODY), &expected, to_auth_server);
    expect_json(outcome, BODY);
}

#[test]
#[should_panic(expected = r#"path segments ["__server", "auth_url", "crm""#)]
fn a_call_to_a_named_server_where_the_primary_is_expected_fails() {
    let _ = call_example(&answer(200, BODY), &EXPECTED, to_auth_server);
}

#[test]
#[should_panic(expected = r#"instead of ["__server", "auth_url", "crm""#)]
fn a_call_to_the_primary_server_where_a_named_one_is_expected_fails() {
    let expected = Expected { server: Some("auth_url"), ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "path segments")]
fn a_dropped_trailing_slash_fails() {
    let expected = Expected { path: &["crm", "v2", "users", "a b/c", ""], ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
fn a_trailing_slash_sent_as_expected_passes() {
    let expected = Expected { path: &["crm", "v2", "users", "a b/c", ""], ..EXPECTED };
    let outcome = call_example(&answer(200, BODY), &expected, |client: Client| async move {
        let request = Request::route("PUT", "/crm/v2/users/{}/", &["a b/c"])
            .query("type", "AllUsers")
            .query("page", 2.5)
            .header("If-Modified-Since", "2019-07-25T15:26:49+05:30")
            .json(&serde_json::json!({"users": [{"id": "1"}]}));
        client.send::<Value>(request).await
    });
    expect_json(outcome, BODY);
}

#[test]
#[should_panic(expected = "query `per_page=200` missing")]
fn a_missing_query_pair_fails() {
    let expected = Expected { query: &[("page", "2.5"), ("type", "AllUsers"), ("per_page", "200")], ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "unexpected query `type=AllUsers`")]
fn an_unexpected_query_pair_fails() {
    let expected = Expected { query: &[("page", "2.5")], ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "header `If-Modified-Since: 2020-01-01T00:00:00Z` missing")]
fn another_header_value_fails() {
    let expected = Expected { headers: &[("If-Modified-Since", "2020-01-01T00:00:00Z")], ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "JSON body differs at $.users[0].id")]
fn another_json_body_fails() {
    let expected = Expected { body: SentBody::Json(r#"{"users":[{"id":"2"}]}"#), ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "method PUT instead of POST")]
fn another_method_fails() {
    let expected = Expected { method: "POST", ..EXPECTED };
    let _ = call_example(&answer(200, BODY), &expected, faithful);
}

#[test]
#[should_panic(expected = "expected exactly one request, the server saw 2")]
fn two_requests_fail() {
    let _ = call_example(&answer(200, BODY), &EXPECTED, |client| async move {
        let _ = faithful(client.clone()).await;
        faithful(client).await
    });
}

#[test]
#[should_panic(expected = "re-encoded JSON differs at $.users[1].code")]
fn a_body_that_loses_a_key_fails() {
    #[derive(serde::Serialize, serde::Deserialize, Debug)]
    struct Lossy {
        users: Vec<LossyUser>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Debug)]
    struct LossyUser {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        status: String,
    }
    let outcome = call_example(&answer(200, BODY), &EXPECTED, |client| async move {
        let request = Request::new(Method::PUT, &["crm", "v2", "users", "a b/c"])
            .query("type", "AllUsers")
            .query("page", "2.5")
            .header("If-Modified-Since", "2019-07-25T15:26:49+05:30")
            .json(&serde_json::json!({"users": [{"id": "1"}]}));
        client.send::<Lossy>(request).await
    });
    expect_json(outcome, BODY);
}

#[test]
#[should_panic(expected = "expected a 2xx answer, got an error")]
fn an_error_where_a_success_is_expected_fails() {
    let outcome = call_example(&answer(404, BODY), &EXPECTED, faithful);
    expect_json(outcome, BODY);
}

#[test]
#[should_panic(expected = "expected an HTTP 404 error, got a success")]
fn a_success_where_an_error_is_expected_fails() {
    let outcome = call_example(&answer(200, BODY), &EXPECTED, faithful);
    expect_error(outcome, 404, Body::Json(BODY), None);
}

#[test]
fn an_error_answer_passes_with_its_status_body_and_variant() {
    let outcome = call_example(&answer(404, BODY), &EXPECTED, faithful);
    expect_error(outcome, 404, Body::Json(BODY), Some(&|v: &Value| v.get("users").is_some()));
}

#[test]
#[should_panic(expected = "decoded into the wrong error variant")]
fn the_wrong_error_variant_fails() {
    let outcome = call_example(&answer(404, BODY), &EXPECTED, faithful);
    expect_error(outcome, 404, Body::Json(BODY), Some(&|v: &Value| v.get("code").is_some()));
}

#[test]
#[should_panic(expected = "per-record outcomes")]
fn other_record_outcomes_fail() {
    expect_records([true, true], &[true, false]);
}

#[test]
fn redirects_are_not_followed_and_transfer_headers_are_not_replayed() {
    let answer = Answer {
        status: 302,
        headers: &[("Location", "/elsewhere"), ("Transfer-Encoding", "chunked"), ("Bad Header", "x")],
        body: "",
    };
    let outcome = call_example(&answer, &EXPECTED, faithful);
    expect_error(outcome, 302, Body::Empty, None);
}
