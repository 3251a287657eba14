//! Which answers are bytes, which text, and what a saved redirect makes of a method: one
//! request per case, the expectations written by hand from the saved answer (its
//! `Content-Type`, its body, its status), checked on the generated `client.rs`.

use postgen::{generate, GenerateOptions};
use serde_json::{json, Value};

/// A `GET /v1/{path}` request whose examples are `(status, content type, body)`.
fn item(path: &str, examples: &[(u16, Option<&str>, &str)]) -> Value {
    let url = json!({"raw": format!("https://api.example.com/v1/{path}"), "host": ["api", "example", "com"], "path": ["v1", path]});
    let responses: Vec<Value> = examples
        .iter()
        .enumerate()
        .map(|(i, (status, content_type, body))| {
            let header: Vec<Value> = content_type.iter().map(|t| json!({"key": "Content-Type", "value": t})).collect();
            json!({"name": format!("example {i}"), "code": status, "_postman_previewlanguage": "text", "header": header, "body": body})
        })
        .collect();
    json!({"name": path, "request": {"method": "GET", "url": url}, "response": responses})
}

/// The generated `client.rs` of a collection of `items`, whitespace removed.
fn client(items: Vec<Value>) -> String {
    let collection = json!({
        "info": {"name": "Bodies", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": items
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bodies.postman_collection.json");
    std::fs::write(&path, collection.to_string()).expect("write collection");
    let generated = generate(&GenerateOptions {
        collection: path,
        out: dir.path().join("out"),
        name: Some("bodies".into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates");
    generated.files.get("src/client.rs").expect("client.rs").split_whitespace().collect()
}

/// The text of method `name` in `client` (up to the next method).
fn method<'a>(client: &'a str, name: &str) -> &'a str {
    let start = client.find(&format!("pubasyncfn{name}(")).unwrap_or_else(|| panic!("no method {name}"));
    let rest = &client[start..];
    let end = rest[1..].find("pubasyncfn").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

const PDF: &str = "%PDF-1.7\n%\u{FFFD}\u{FFFD}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF";
const BYTES: &str = "->Reply<::postgen_runtime::bytes::Bytes>";

#[test]
fn binary_types_and_signatures_are_bytes_text_types_are_text() {
    let client = client(vec![
        item("pdf", &[(200, Some("application/pdf"), PDF)]),
        item("sheet", &[(200, Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "PK\u{3}\u{4}")]),
        item("photo", &[(200, Some("image/jpeg"), "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}JFIF")]),
        item("svg", &[(200, Some("image/svg+xml"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]),
        item("csv", &[(200, Some("text/csv; charset=iso-8859-1"), "id,name\n1,Zoë")]),
        item("sniffed", &[(200, None, PDF)]),
        item("plain", &[(200, None, "pong")]),
        // A JSON answer and a binary one: only bytes hold both.
        item("mixed", &[(200, Some("application/json"), "{\"id\": 1}"), (200, Some("application/octet-stream"), "\u{0}\u{1}")]),
    ]);
    for binary in ["get_pdf", "get_sheet", "get_photo", "get_sniffed", "get_mixed"] {
        let method = method(&client, binary);
        assert!(method.contains(BYTES) && method.contains(".send_bytes_typed(request)"), "{binary} returns bytes: {method}");
    }
    for text in ["get_svg", "get_csv", "get_plain"] {
        let method = method(&client, text);
        assert!(method.contains("->Reply<::std::string::String>"), "{text} returns text: {method}");
        assert!(method.contains(".send_text_typed(request)"), "{text} is read as text: {method}");
    }
}

#[test]
fn a_saved_redirect_is_an_answer_not_an_error() {
    let client = client(vec![
        item("moved", &[(200, Some("application/json"), "{\"id\": 1}"), (301, None, "")]),
        item("download", &[(302, Some("text/html"), "<a href=\"https://cdn.example.com/f.zip\">moved</a>")]),
        item("cached", &[(200, Some("application/json"), "{\"id\": 1}"), (304, None, "")]),
    ]);
    let moved = method(&client, "get_moved");
    assert!(moved.contains("->Reply<::std::option::Option<types::GetMovedResponse>>"), "{moved}");
    assert!(moved.contains(".redirect_is_answer();"), "{moved}");
    // Only a redirect saved: what its target answers is unknown, bytes hold it.
    let download = method(&client, "get_download");
    assert!(download.contains(BYTES) && download.contains(".redirect_is_answer();"), "{download}");
    // 304 moves nothing.
    let cached = method(&client, "get_cached");
    assert!(!cached.contains("redirect_is_answer") && !cached.contains("Option<"), "{cached}");
}
