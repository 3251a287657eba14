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

/// A file endpoint: a binary answer (a PDF Postman saved as lossy text), a file upload and a
/// redirect to a download.
static FILES: SavedExamples = SavedExamples::new(
    r#"{
  "put_file": {
    "examples": [
      {
        "index": 0,
        "name": "Stored, the PDF echoed",
        "at": "/item/0/response/0",
        "status": 200,
        "headers": [["Content-Type", "application/pdf"]],
        "served": {"text": "%PDF-1.4\n%\ufffd\ufffd\n%%EOF"},
        "method": "PUT",
        "path": ["files", "f1"],
        "query": [],
        "sent_headers": [["Content-Type", "application/octet-stream"]],
        "sent": {"bytes": [137, 80, 78, 71, 0, 255, 254, 128]},
        "path_args": ["f1"],
        "expect": "bytes"
      },
      {
        "index": 1,
        "name": "Redirect to the download",
        "at": "/item/0/response/1",
        "status": 302,
        "headers": [["Location", "https://cdn.example.com/f1.pdf?sig=1"]],
        "method": "PUT",
        "path": ["files", "f1"],
        "query": [],
        "sent_headers": [],
        "sent": {"bytes": [137, 80, 78, 71, 0, 255, 254, 128]},
        "path_args": ["f1"],
        "expect": "redirect"
      }
    ]
  }
}"#,
);

/// What a generated replay function does for `put_file`, calling `method`.
fn put_file<Fut>(index: usize, method: fn(Client, String, Vec<u8>) -> Fut)
where
    Fut: std::future::Future<Output = Result<Response<postgen_runtime::bytes::Bytes>, Error>>,
{
    FILES.replay("put_file", index, |ex| {
        let id = ex.path(0).to_owned();
        let body = ex.bytes_body();
        let outcome = ex.call(|client| method(client, id, body));
        ex.bytes(outcome);
    });
}

/// The generated method: the bytes sent as they are, the answer returned as bytes, a redirect
/// taken as the answer.
async fn put_file_method(client: Client, id: String, body: Vec<u8>) -> Result<Response<postgen_runtime::bytes::Bytes>, Error> {
    let request = Request::new(Method::PUT, &["files", &id]).bytes("application/octet-stream", body).redirect_is_answer();
    client.send_bytes(request).await
}

#[test]
fn a_binary_answer_and_an_exact_upload_pass() {
    put_file(0, put_file_method);
}

#[test]
fn a_redirect_example_passes_as_an_answer_with_its_location() {
    put_file(1, put_file_method);
}

#[test]
#[should_panic(expected = "body bytes")]
fn an_upload_sent_as_lossy_text_fails() {
    put_file(0, |client, id, body| async move {
        let text = String::from_utf8_lossy(&body).into_owned();
        client.send_bytes(Request::new(Method::PUT, &["files", &id]).text("application/octet-stream", text)).await
    });
}

#[test]
#[should_panic(expected = "the body differs from the example's")]
fn a_binary_answer_that_lost_bytes_fails() {
    put_file(0, |client, id, body| async move {
        let response = put_file_method(client, id, body).await?;
        Ok(response.map(|bytes| bytes.slice(..bytes.len() - 1)))
    });
}

#[test]
#[should_panic(expected = "expected the HTTP 302 redirect as the answer, got an error")]
fn a_redirect_taken_as_an_error_fails() {
    put_file(1, |client, id, body| async move {
        client.send_bytes(Request::new(Method::PUT, &["files", &id]).bytes("application/octet-stream", body)).await
    });
}
