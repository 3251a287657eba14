//! Unit tests for request fields of the wrong JSON type (`checks.rs`, `parts.rs`, `body.rs`,
//! `url.rs`): each expectation is what Postman does with the value (its collection SDK and
//! runtime), not what the loader happens to do.

use super::tests::{load_err, one_request, with_items};
use super::*;

/// The loaded request and the loader's warnings as `pointer: message`.
fn with_warnings(request: &str) -> (Request, Vec<String>) {
    let c = with_items(&format!(r#"[{{"name": "r", "request": {request}}}]"#));
    let warnings = c.warnings.iter().map(|w| format!("{}: {}", w.pointer, w.message)).collect();
    let Some(Item::Request(item)) = c.items.first() else { panic!("no request item") };
    assert!(item.warnings.is_empty(), "warnings moved to the collection");
    (item.request.clone(), warnings)
}

/// The error of a collection whose one item has this `request`.
fn request_err(request: &str) -> String {
    load_err(&format!(r#"{{"info": {{"name": "T"}}, "item": [{{"name": "r", "request": {request}}}]}}"#))
}

#[test]
fn a_url_that_is_not_a_string_or_object_is_an_error_naming_its_pointer() {
    for (url, found) in [("42", "number 42"), ("true", "boolean true"), (r#"["https://x.test"]"#, "an array of 1")] {
        let msg = request_err(&format!(r#"{{"method": "GET", "url": {url}}}"#));
        assert!(msg.contains("bad.json"), "{msg}");
        assert!(msg.contains("at /item/0/request/url: expected a URL string or object, found "), "{msg}");
        assert!(msg.contains(found), "{msg}");
    }
    // In an example's original request too.
    let msg = load_err(
        r#"{"info": {}, "item": [{"request": "https://x.test/a", "response": [{"originalRequest": {"url": 5}}]}]}"#,
    );
    assert!(msg.contains("at /item/0/response/0/originalRequest/url: expected a URL string or object"), "{msg}");
    // Absent or null: an empty URL (the IR skips such requests with a warning).
    assert!(one_request(r#"{"url": null}"#).url.raw.is_empty());
}

#[test]
fn header_names_and_values_postman_sends_as_text_load_with_a_warning() {
    let (r, warnings) = with_warnings(
        r#"{"url": "https://x.test", "header": [{"key": "X-Num", "value": 5}, {"key": 7, "value": "a"},
            {"key": "X-Zero", "value": 0}, {"key": "X-False", "value": false}, {"key": "X-True", "value": true}]}"#,
    );
    let headers: Vec<(&str, &str)> = r.headers.iter().map(|h| (h.key.as_str(), h.value.as_str())).collect();
    // Postman reads `value || ''`: 0 and false go out empty.
    assert_eq!(headers, [("X-Num", "5"), ("7", "a"), ("X-Zero", ""), ("X-False", ""), ("X-True", "true")]);
    let pointers: Vec<&str> = warnings.iter().map(|w| w.split(": ").next().unwrap_or_default()).collect();
    assert_eq!(
        pointers,
        [
            "/item/0/request/header/0/value",
            "/item/0/request/header/1/key",
            "/item/0/request/header/2/value",
            "/item/0/request/header/3/value",
            "/item/0/request/header/4/value"
        ]
    );
    assert!(warnings[0].contains("found number 5; read as the text `5`, as Postman sends it"), "{warnings:?}");
    assert!(warnings[2].contains("read as empty"), "{warnings:?}");
}

#[test]
fn header_lists_and_entries_postman_ignores_are_skipped_with_a_warning() {
    for (header, pointer) in [("3", "/item/0/request/header"), (r#"{"a": "b"}"#, "/item/0/request/header"), ("[5]", "/item/0/request/header/0")] {
        let (r, warnings) = with_warnings(&format!(r#"{{"url": "https://x.test", "header": {header}}}"#));
        assert!(r.headers.is_empty(), "{header}");
        assert_eq!(warnings.len(), 1, "{header}: {warnings:?}");
        assert!(warnings[0].starts_with(&format!("{pointer}: ")) && warnings[0].contains("Postman sends no header"), "{warnings:?}");
    }
    let (r, warnings) = with_warnings(r#"{"url": "https://x.test", "header": [null, "A: b"]}"#);
    assert_eq!((r.headers.len(), warnings.len()), (1, 0));
}

#[test]
fn header_names_or_values_postman_would_garble_are_errors() {
    for (entry, pointer, expected) in [
        (r#"{"key": "X-A", "value": {"v": 1}}"#, "/item/0/request/header/0/value", "a header value string"),
        (r#"{"key": "X-A", "value": ["a", "b"]}"#, "/item/0/request/header/0/value", "a header value string"),
        (r#"{"key": {"k": 1}, "value": "a"}"#, "/item/0/request/header/0/key", "a header name string"),
        (r#"{"name": [1], "value": "a"}"#, "/item/0/request/header/0/name", "a header name string"),
    ] {
        let msg = request_err(&format!(r#"{{"url": "https://x.test", "header": [{entry}]}}"#));
        assert!(msg.contains(&format!("at {pointer}: expected {expected}, found ")), "{msg}");
    }
}

#[test]
fn raw_bodies_follow_what_postman_sends() {
    // An object or array: sent as its JSON text.
    let (r, warnings) = with_warnings(r#"{"url": "https://x.test", "method": "POST", "body": {"mode": "raw", "raw": {"a": [1, true]}}}"#);
    assert!(matches!(r.body, Some(Body::Raw { ref text, .. }) if text == r#"{"a":[1,true]}"#), "{:?}", r.body);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].starts_with("/item/0/request/body/raw: ") && warnings[0].contains("JSON text"), "{warnings:?}");
    // A number, a boolean, an empty object: empty to Postman (lodash `isEmpty`), no body.
    for raw in ["5", "true", "{}", "[]"] {
        let (r, warnings) = with_warnings(&format!(r#"{{"url": "https://x.test", "body": {{"mode": "raw", "raw": {raw}}}}}"#));
        assert!(r.body.is_none(), "{raw}");
        assert!(warnings.len() == 1 && warnings[0].contains("Postman sends no body"), "{raw}: {warnings:?}");
    }
    // A body that is a string is a raw body (the SDK's short form); a number is no body.
    let (r, warnings) = with_warnings(r#"{"url": "https://x.test", "body": "plain"}"#);
    assert!(matches!(r.body, Some(Body::Raw { ref text, language: None }) if text == "plain") && warnings.is_empty());
    let (r, warnings) = with_warnings(r#"{"url": "https://x.test", "body": 5}"#);
    assert!(r.body.is_none() && warnings.len() == 1 && warnings[0].starts_with("/item/0/request/body: "), "{warnings:?}");
}

#[test]
fn a_body_mode_that_is_not_a_string_is_an_error() {
    for mode in ["5", "true", r#"{"raw": 1}"#, r#"["raw"]"#] {
        let msg = request_err(&format!(r#"{{"url": "https://x.test", "body": {{"mode": {mode}, "raw": "x"}}}}"#));
        assert!(msg.contains("at /item/0/request/body/mode: expected a body mode string"), "{msg}");
    }
}

#[test]
fn form_fields_of_the_wrong_type() {
    // The field lists must be lists (urlencoded may be the SDK's query-string form).
    for (mode, value) in [("urlencoded", "5"), ("formdata", "\"a=1\""), ("formdata", r#"{"key": "a"}"#)] {
        let msg = request_err(&format!(r#"{{"url": "https://x.test", "body": {{"mode": "{mode}", "{mode}": {value}}}}}"#));
        assert!(msg.contains(&format!("at /item/0/request/body/{mode}: expected an array of form fields")), "{msg}");
    }
    let r = one_request(r#"{"url": "https://x.test", "body": {"mode": "urlencoded", "urlencoded": "a=1&b&=c"}}"#);
    let Some(Body::UrlEncoded(fields)) = r.body else { panic!("{:?}", r.body) };
    let fields: Vec<(&str, Option<&str>)> = fields.iter().map(|f| (f.key.as_str(), f.value.as_deref())).collect();
    assert_eq!(fields, [("a", Some("1")), ("b", None)]);
    // Entries must be objects; names and values text (numbers load as text, with a warning).
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "urlencoded", "urlencoded": [{"key": "a"}, 5]}}"#);
    assert!(msg.contains("at /item/0/request/body/urlencoded/1: expected a form field object"), "{msg}");
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": {"b": 1}}]}}"#);
    assert!(msg.contains("at /item/0/request/body/urlencoded/0/value: expected a form value string"), "{msg}");
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "formdata", "formdata": [{"key": ["a"], "value": "1"}]}}"#);
    assert!(msg.contains("at /item/0/request/body/formdata/0/key: expected a form field name string"), "{msg}");
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "formdata", "formdata": [{"key": "f", "type": "file", "src": 5}]}}"#);
    assert!(msg.contains("at /item/0/request/body/formdata/0/src: expected a file path string"), "{msg}");
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "formdata", "formdata": [{"key": "f", "type": "file", "src": ["a", 5]}]}}"#);
    assert!(msg.contains("at /item/0/request/body/formdata/0/src/1: expected a file path string"), "{msg}");
    // A multipart text value that is an object: Postman sends `JSON.stringify(value)`.
    let (r, warnings) = with_warnings(
        r#"{"url": "https://x.test", "body": {"mode": "formdata", "formdata": [{"key": "meta", "value": {"a": 1}}, {"key": "n", "value": 2}]}}"#,
    );
    let Some(Body::FormData(fields)) = r.body else { panic!("{:?}", r.body) };
    let values: Vec<Option<&str>> = fields.iter().map(|f| f.value.as_deref()).collect();
    assert_eq!(values, [Some(r#"{"a":1}"#), Some("2")]);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with("/item/0/request/body/formdata/0/value: "), "{warnings:?}");
}

#[test]
fn file_and_graphql_bodies_of_the_wrong_type() {
    let r = one_request(r#"{"url": "https://x.test", "body": {"mode": "file", "file": "/tmp/a.pdf"}}"#);
    assert!(matches!(r.body, Some(Body::File { src: Some(ref s) }) if s == "/tmp/a.pdf"), "{:?}", r.body);
    let (r, warnings) = with_warnings(r#"{"url": "https://x.test", "body": {"mode": "file", "file": 5}}"#);
    assert!(r.body.is_none() && warnings.len() == 1 && warnings[0].starts_with("/item/0/request/body/file: "), "{warnings:?}");
    let msg = request_err(r#"{"url": "https://x.test", "body": {"mode": "file", "file": {"src": 5}}}"#);
    assert!(msg.contains("at /item/0/request/body/file/src: expected a file path string"), "{msg}");
    for (graphql, pointer) in [
        ("\"{ me }\"", "/item/0/request/body/graphql"),
        (r#"{"query": 5}"#, "/item/0/request/body/graphql/query"),
        (r#"{"query": "q", "variables": 5}"#, "/item/0/request/body/graphql/variables"),
    ] {
        let msg = request_err(&format!(r#"{{"url": "https://x.test", "body": {{"mode": "graphql", "graphql": {graphql}}}}}"#));
        assert!(msg.contains(&format!("at {pointer}: expected ")), "{msg}");
    }
}

#[test]
fn warnings_of_items_converted_on_either_side_keep_document_order() {
    // More items than the converter may be behind: some converted by the worker, some by
    // the parser, in folders too.
    let mut items = Vec::new();
    for i in 0..40 {
        let request = format!(r#"{{"name": "r{i}", "request": {{"url": "https://x.test/{i}", "header": [{{"key": "X", "value": {i}}}]}}}}"#);
        items.push(if i % 7 == 3 { format!(r#"{{"name": "f", "item": [{request}]}}"#) } else { request });
    }
    let c = with_items(&format!("[{}]", items.join(",")));
    let pointers: Vec<String> = c.warnings.iter().map(|w| w.pointer.to_string()).collect();
    let expected: Vec<String> = (0..40)
        .map(|i| if i % 7 == 3 { format!("/item/{i}/item/0/request/header/0/value") } else { format!("/item/{i}/request/header/0/value") })
        .collect();
    assert_eq!(pointers, expected);
}
