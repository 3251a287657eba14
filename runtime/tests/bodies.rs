//! Bodies as bytes against a real server on 127.0.0.1: a binary answer arrives byte for byte,
//! a text answer is decoded with its charset, an upload leaves byte for byte, and a redirect
//! taken as the answer is a response, not an error.

mod common;

use common::raw_server::{answer, serve_once};
use postgen_runtime::{Client, Error, Request, RetryPolicy};

/// The head of a PDF as a PDF writer emits it: the binary comment line after the header
/// (bytes above 0x7F, so no text decoder keeps it), a NUL and bytes that are never UTF-8
/// (rustc's `invalid_from_utf8` lint confirms the literal is not UTF-8 past byte 10).
const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\xFF\xFE\x80\x89PNG\n%%EOF\n";

fn client(url: &str) -> Client {
    Client::builder(url).retry(RetryPolicy::never()).build().expect("client builds")
}

#[tokio::test]
async fn a_binary_answer_is_returned_byte_for_byte() {
    let server = serve_once(answer("200 OK", &[("Content-Type", "application/pdf")], PDF)).await;

    let response = client(&server.url)
        .send_bytes(Request::get(&["v1", "invoices", "7", "pdf"]))
        .await
        .expect("a 2xx answer");

    assert_eq!(response.status, 200);
    assert_eq!(response.body.len(), PDF.len());
    assert_eq!(&response.body[..], PDF);
    let received = server.request.await.expect("server task");
    assert!(received.head.starts_with("GET /v1/invoices/7/pdf HTTP/1.1\r\n"), "{}", received.head);
    // Not a JSON call: nothing asks for JSON (reqwest's `*/*` is left alone).
    assert_eq!(received.header("accept"), Some("*/*"));
}

#[tokio::test]
async fn an_error_answer_of_a_binary_call_is_still_an_error_with_its_text() {
    let server = serve_once(answer("404 Not Found", &[("Content-Type", "application/json")], br#"{"code":"NOT_FOUND"}"#)).await;

    let outcome = client(&server.url).send_bytes(Request::get(&["v1", "invoices", "8", "pdf"])).await;

    match outcome {
        Err(Error::Api { status: 404, body, .. }) => assert_eq!(body, r#"{"code":"NOT_FOUND"}"#),
        other => panic!("expected an HTTP 404 error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_text_answer_is_decoded_with_the_charset_of_its_content_type() {
    // "Café crème £5" in ISO-8859-1: é = E9, è = E8, £ = A3 (one byte each, none valid UTF-8).
    let latin1 = b"Caf\xE9 cr\xE8me \xA35";
    let server = serve_once(answer("200 OK", &[("Content-Type", "text/plain; charset=iso-8859-1")], latin1)).await;

    let response = client(&server.url).send_text(Request::get(&["menu"])).await.expect("a 2xx answer");

    assert_eq!(response.body, "Café crème £5");
}

#[tokio::test]
async fn a_text_answer_without_charset_is_utf8() {
    let server = serve_once(answer("200 OK", &[("Content-Type", "text/plain")], "Café €".as_bytes())).await;

    let response = client(&server.url).send_text(Request::get(&["menu"])).await.expect("a 2xx answer");

    assert_eq!(response.body, "Café €");
}

#[tokio::test]
async fn a_binary_upload_arrives_byte_for_byte() {
    let server = serve_once(answer("204 No Content", &[], b"")).await;

    let request = Request::put(&["v1", "files", "f-1", "content"]).bytes("application/octet-stream", PDF.to_vec());
    let response = client(&server.url).send_bytes(request).await.expect("a 2xx answer");

    assert_eq!(response.status, 204);
    let received = server.request.await.expect("server task");
    assert!(received.head.starts_with("PUT /v1/files/f-1/content HTTP/1.1\r\n"), "{}", received.head);
    assert_eq!(received.header("content-type"), Some("application/octet-stream"));
    assert_eq!(received.header("content-length"), Some(PDF.len().to_string().as_str()));
    assert_eq!(received.body, PDF);
}

/// A download answered with a redirect to another origin (a storage host): the client does
/// not follow it (credentials stay home), and an operation that saved such an answer gets
/// it as a response with its `Location`.
#[tokio::test]
async fn a_redirect_taken_as_the_answer_is_a_response_with_its_location() {
    let location = "http://127.0.0.1:9/downloads/invoice-7.pdf?sig=abc";
    let server = serve_once(answer("302 Found", &[("Location", location), ("Content-Type", "text/html")], b"<a>moved</a>")).await;

    let request = Request::get(&["v1", "invoices", "7", "pdf"]).redirect_is_answer();
    let response = client(&server.url).send_bytes(request).await.expect("the redirect is the answer");

    assert_eq!(response.status, 302);
    assert_eq!(response.headers.get("location").and_then(|v| v.to_str().ok()), Some(location));
    assert!(response.body.is_empty(), "a redirect's body is not the resource: {:?}", response.body);
}

#[tokio::test]
async fn a_redirect_taken_as_the_answer_decodes_as_no_json_body() {
    let server = serve_once(answer("302 Found", &[("Location", "http://127.0.0.1:9/x")], b"moved")).await;

    let request = Request::get(&["exports", "1"]).redirect_is_answer();
    let response = client(&server.url).send::<Option<serde_json::Value>>(request).await.expect("the redirect is the answer");

    assert_eq!((response.status, response.body), (302, None));
}

#[tokio::test]
async fn a_redirect_is_an_error_unless_the_request_takes_it_as_the_answer() {
    let server = serve_once(answer("302 Found", &[("Location", "http://127.0.0.1:9/x")], b"moved")).await;

    let outcome = client(&server.url).send_bytes(Request::get(&["exports", "1"])).await;

    match outcome {
        Err(Error::Api { status: 302, body, .. }) => assert_eq!(body, "moved"),
        other => panic!("expected an HTTP 302 error, got {other:?}"),
    }
}
