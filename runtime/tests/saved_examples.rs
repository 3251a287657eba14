//! `SavedExamples`: a generated crate's `tests/examples.json` driving the replay. A faithful
//! call passes; a wrong expectation in the data, a call that differs from the saved request,
//! or a request body sample that does not round-trip fails, naming the example.

use postgen_runtime::testing::*;
use postgen_runtime::{Client, Error, Method, Request, Response};
use serde_json::Value;

static DATA: SavedExamples = SavedExamples::new(
    r#"{
  "put_users": {
    "requests": [
      {"at": "/item/0/request/body/raw", "json": {"users":[{"id":"1"}]}},
      {"at": "/item/0/response/0/originalRequest/body/raw", "json": {"users":[{"id":1.5}]}}
    ],
    "examples": [
      {
        "index": 0,
        "name": "Bulk update",
        "at": "/item/0/response/0",
        "status": 200,
        "headers": [["Content-Type", "application/json"], ["Content-Length", "999"]],
        "served": {"json": {"users":[{"id":"1","status":"success"},{"code":"INVALID_DATA","status":"error"}]}},
        "method": "PUT",
        "path": ["crm", "v2", "users", "a b/c"],
        "query": [["page", "2.50"], ["type", "AllUsers"]],
        "sent_headers": [["If-Modified-Since", "2019-07-25T15:26:49+05:30"]],
        "sent": {"json": {"users":[{"id":"1"}]}},
        "path_args": ["a b/c"],
        "params": {"page": 2.5, "type": "AllUsers"},
        "expect": {"json": {"records": [["users", [true, false]]]}}
      },
      {
        "index": 1,
        "name": "Records the other way round",
        "at": "/item/0/response/1",
        "status": 200,
        "headers": [],
        "served": {"json": {"users":[{"id":"1","status":"success"},{"code":"INVALID_DATA","status":"error"}]}},
        "method": "PUT",
        "path": ["crm", "v2", "users", "a b/c"],
        "query": [["page", "2.5"], ["type", "AllUsers"]],
        "sent_headers": [],
        "sent": {"json": {"users":[{"id":"1"}]}},
        "path_args": ["a b/c"],
        "params": {"page": 2.5, "type": "AllUsers"},
        "expect": {"json": {"records": [["users", [false, true]]]}}
      },
      {
        "index": 2,
        "name": "Not found",
        "at": "/item/0/response/2",
        "status": 404,
        "headers": [],
        "served": {"json": {"code":"NOT_FOUND"}},
        "method": "PUT",
        "path": ["crm", "v2", "users", "gone"],
        "query": [["page", "1"], ["type", "AllUsers"]],
        "sent_headers": [],
        "sent": {"json": {"users":[]}},
        "path_args": ["gone"],
        "params": {"page": 1, "type": "AllUsers"},
        "expect": {"error": {"variant": "Object"}}
      },
      {
        "index": 3,
        "name": "Not found, decoded as an array",
        "at": "/item/0/response/3",
        "status": 404,
        "headers": [],
        "served": {"json": {"code":"NOT_FOUND"}},
        "method": "PUT",
        "path": ["crm", "v2", "users", "gone"],
        "query": [["page", "1"], ["type", "AllUsers"]],
        "sent_headers": [],
        "sent": {"json": {"users":[]}},
        "path_args": ["gone"],
        "params": {"page": 1, "type": "AllUsers"},
        "expect": {"error": {"variant": "Array"}}
      }
    ]
  }
}"#,
);

/// What a generated replay function does for `put_users`: arguments from the data, the
/// method called, the outcome checked by the success's kind.
fn put_users(index: usize) {
    DATA.replay("put_users", index, |ex| {
        let page: Option<f64> = ex.arg("page");
        let kind: Option<String> = ex.arg("type");
        let missing: Option<String> = ex.arg("per_page");
        assert_eq!(missing, None);
        let body: Value = ex.json_body();
        let outcome = ex.call(|client| async move { method(client, ex.path(0), page, kind, body).await });
        if let Some(body) = ex.json(outcome) {
            let statuses = body["users"].as_array().map(|users| users.iter().map(|u| u["status"] == "success").collect());
            ex.records(&[("users", statuses.unwrap_or_default())]);
        }
    });
}

/// The generated method: a PUT with the path argument, query parameters, a fixed header and
/// the JSON body.
async fn method(client: Client, id: &str, page: Option<f64>, kind: Option<String>, body: Value) -> Result<Response<Value>, Error> {
    let mut request =
        Request::new(Method::PUT, &["crm", "v2", "users", id]).header("If-Modified-Since", "2019-07-25T15:26:49+05:30");
    if let Some(page) = page {
        request = request.query("page", page);
    }
    if let Some(kind) = kind {
        request = request.query("type", kind);
    }
    client.send(request.json(&body)).await
}

#[test]
fn a_faithful_call_passes_its_saved_example_and_records() {
    put_users(0);
}

#[test]
#[should_panic(expected = "example \"Records the other way round\" (200) of `put_users`, at `/item/0/response/1`: assertion `left == right` failed: per-record outcomes")]
fn other_record_outcomes_in_the_data_fail_naming_the_example() {
    put_users(1);
}

#[test]
fn an_error_example_passes_with_its_variant() {
    put_users(2);
}

#[test]
#[should_panic(expected = "decoded into the wrong error variant")]
fn another_error_variant_in_the_data_fails() {
    put_users(3);
}

#[test]
#[should_panic(expected = "the request sent differs from the example's")]
fn a_call_that_differs_from_the_saved_request_fails() {
    DATA.replay("put_users", 0, |ex| {
        let body = ex.json_body();
        let outcome = ex.call(|client| async move { method(client, "other", Some(2.5), Some("AllUsers".into()), body).await });
        ex.json(outcome);
    });
}

#[test]
fn a_request_body_sample_round_trips() {
    DATA.request_body::<Value>("put_users", 0);
}

#[test]
#[should_panic(expected = "request body sample of `put_users` at `/item/0/response/0/originalRequest/body/raw`: decode failed at users[0].id")]
fn a_request_body_sample_that_does_not_decode_fails() {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Users {
        users: Vec<User>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    struct User {
        id: String,
    }
    DATA.request_body::<Users>("put_users", 1);
}

#[test]
#[should_panic(expected = "examples.json has no example 9 of `put_users`")]
fn an_unknown_example_fails() {
    put_users(9);
}
