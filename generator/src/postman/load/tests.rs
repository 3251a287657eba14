//! Unit tests for `load.rs`, one small inline collection per leniency case.

use super::*;

pub(super) fn load(json: &str) -> Collection {
    match load_str(Path::new("t.json"), json) {
        Ok(c) => c,
        Err(e) => panic!("load failed: {e}"),
    }
}

pub(super) fn load_err(json: &str) -> String {
    match load_str(Path::new("bad.json"), json) {
        Ok(_) => panic!("expected an error for {json}"),
        Err(e) => e.to_string(),
    }
}

/// A collection with the given items JSON.
pub(super) fn with_items(items: &str) -> Collection {
    load(&format!(
        r#"{{"info": {{"name": "T", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}}, "item": {items}}}"#
    ))
}

pub(super) fn request_items(items: &[Item]) -> Vec<&RequestItem> {
    let mut out = Vec::new();
    for item in items {
        match item {
            Item::Folder(f) => out.extend(request_items(&f.items)),
            Item::Request(r) => out.push(r),
        }
    }
    out
}

/// The single request of a collection built from one item with this `request` JSON.
pub(super) fn one_request(request: &str) -> Request {
    let c = with_items(&format!(r#"[{{"name": "r", "request": {request}}}]"#));
    request_items(&c.items)[0].request.clone()
}

#[test]
fn minimal_and_versions() {
    let c = with_items("[]");
    assert_eq!(c.version, SchemaVersion::V2_1);
    assert_eq!(c.name, "T");
    assert!(c.items.is_empty());
    let c = load(
        r#"{"info": {"schema": "https://schema.getpostman.com/json/collection/v2.0.0/"}, "item": []}"#,
    );
    assert_eq!(c.version, SchemaVersion::V2_0);
    let c = load(r#"{"info": {"name": "x"}, "item": []}"#);
    assert_eq!(c.version, SchemaVersion::V2Unknown);
    assert_eq!(load(r#"{"info": {"name": "no items"}}"#).items.len(), 0);
}

#[test]
fn bom_is_stripped() {
    let c = load("\u{feff}{\"info\": {\"name\": \"B\"}, \"item\": []}");
    assert_eq!(c.name, "B");
}

#[test]
fn v1_is_refused() {
    let msg = load_err(r#"{"id": "x", "name": "old", "order": [], "folders": [], "requests": []}"#);
    assert!(msg.contains("bad.json"), "{msg}");
    assert!(msg.contains("found a v1 collection"), "{msg}");
    assert!(msg.contains("re-export it from Postman as v2.1"), "{msg}");
    assert!(
        msg.contains("expected a Postman Collection v2.0 or v2.1"),
        "{msg}"
    );
}

#[test]
fn structural_errors_name_file_and_pointer() {
    let msg = load_err("[1, 2]");
    assert!(
        msg.starts_with("bad.json: at (document root): expected a Postman Collection"),
        "{msg}"
    );
    let msg = load_err(r#"{"info": {}, "item": {"a": 1}}"#);
    assert!(
        msg.contains("at /item: expected an array of items, found an object"),
        "{msg}"
    );
    let msg = load_err(r#"{"info": {}, "item": [{"request": "x"}, {"item": [{}, 3]}]}"#);
    assert!(
        msg.contains("bad.json: at /item/1/item/1: expected an item object"),
        "{msg}"
    );
    assert!(msg.contains("found number 3"), "{msg}");
    let msg = load_err(r#"{"info": {}, "item": [{"request": 5}]}"#);
    assert!(
        msg.contains("at /item/0/request: expected a request object or a URL string"),
        "{msg}"
    );
    let msg = load_err(r#"{"openapi": "3.0.0", "paths": {}}"#);
    assert!(msg.contains("found an OpenAPI document"), "{msg}");
    let msg = load_err(r#"{"info": {}, "item": [{"name": "f", "item": "oops"}]}"#);
    assert!(
        msg.contains("at /item/0/item: expected an array of items"),
        "{msg}"
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    let msg = load_err("{\n  \"info\": {},\n  \"item\": [,]\n}");
    assert!(
        msg.starts_with("bad.json: at (document root): expected a JSON document"),
        "{msg}"
    );
    assert!(msg.contains("line 3, column 12"), "{msg}");
    assert_eq!(
        msg.matches("line 3").count(),
        1,
        "position stated twice: {msg}"
    );
}

#[test]
fn invalid_utf8_and_missing_file() {
    let dir = std::env::temp_dir().join(format!("postgen-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("latin1.json");
    std::fs::write(&file, b"{\"info\": {\"name\": \"caf\xe9\"}, \"item\": []}").unwrap();
    let msg = load_file(&file).unwrap_err().to_string();
    assert!(
        msg.contains("latin1.json") && msg.contains("invalid UTF-8 at byte offset 22"),
        "{msg}"
    );
    assert!(matches!(
        load_file(&dir.join("missing.json")),
        Err(Error::Io { .. })
    ));
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        "\u{feff}{\"info\": {\"name\": \"ok\"}, \"item\": []}",
    )
    .unwrap();
    assert_eq!(load_file(&good).unwrap().name, "ok");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn collection_wrapper_is_unwrapped_with_pointers() {
    let c = load(r#"{"collection": {"info": {"name": "W"}, "item": [{"request": "http://x"}]}}"#);
    assert_eq!(c.name, "W");
    let r = request_items(&c.items)[0];
    assert_eq!(r.pointer.as_str(), "/collection/item/0");
    assert_eq!(r.request.pointer.as_str(), "/collection/item/0/request");
}

#[test]
fn items_folders_and_pointers() {
    let c = with_items(
        r#"[
        {"name": "skip me"},
        {"name": "F", "description": {"content": "folder doc", "type": "text/markdown"},
         "auth": {"type": "noauth"}, "variable": [{"key": "fv", "value": 1}],
         "item": [
            {"request": {"url": "http://a"}, "response": [5, {"name": "ok", "code": 200, "body": "{}"}]},
            {"name": "G", "item": []}
         ]},
        {"name": "top", "request": null}
    ]"#,
    );
    assert_eq!(c.items.len(), 2);
    let Item::Folder(f) = &c.items[0] else {
        panic!("folder expected")
    };
    assert_eq!(f.name, "F");
    assert_eq!(f.pointer.as_str(), "/item/1");
    assert_eq!(f.description.as_deref(), Some("folder doc"));
    assert_eq!(f.auth.as_ref().map(|a| &a.kind), Some(&AuthKind::NoAuth));
    assert_eq!(f.variables[0].value.as_deref(), Some("1"));
    let Item::Request(r) = &f.items[0] else {
        panic!("request expected")
    };
    assert_eq!(r.name, "");
    assert_eq!(r.pointer.as_str(), "/item/1/item/0");
    assert_eq!(r.request.pointer.as_str(), "/item/1/item/0/request");
    assert_eq!(r.responses.len(), 1);
    assert_eq!(r.responses[0].pointer.as_str(), "/item/1/item/0/response/1");
    assert!(matches!(&f.items[1], Item::Folder(g) if g.pointer.as_str() == "/item/1/item/1"));
    let top = request_items(&c.items)[1];
    assert_eq!(
        (top.name.as_str(), top.request.method.as_str()),
        ("top", "GET")
    );
}

#[test]
fn request_as_string_and_description_fallback() {
    let c = with_items(
        r#"[{"name": "s", "request": "https://api.example.com:8443/v1/users/:id?active=true&flag#frag"},
            {"name": "d", "request": {"method": "post", "url": "x", "description": "from request"}},
            {"name": "e", "description": "own", "request": {"url": "x", "description": "req"}}]"#,
    );
    let items = request_items(&c.items);
    let r = &items[0].request;
    assert_eq!(r.method, "GET");
    assert_eq!(r.url.protocol.as_deref(), Some("https"));
    assert_eq!(r.url.host.as_deref(), Some("api.example.com"));
    assert_eq!(r.url.port.as_deref(), Some("8443"));
    assert_eq!(r.url.path, ["v1", "users", ":id"]);
    assert_eq!(r.url.query.len(), 2);
    assert_eq!(
        (r.url.query[1].key.as_str(), r.url.query[1].value.as_deref()),
        ("flag", None)
    );
    assert_eq!(items[1].request.method, "POST");
    assert_eq!(items[1].description.as_deref(), Some("from request"));
    assert_eq!(items[2].description.as_deref(), Some("own"));
}

#[test]
fn url_object_forms() {
    let r = one_request(
        r#"{"url": {"raw": "{{baseUrl}}/pets/:petId?limit=10", "host": ["{{baseUrl}}"],
            "path": ["pets", {"type": "string", "value": ":petId"}, ""],
            "query": [{"key": "limit", "value": null}, {"key": "sort", "value": "asc", "disabled": true},
                      {"key": null, "value": null}, 7],
            "variable": [{"key": "petId", "value": 42, "description": "the pet"}]}}"#,
    );
    let u = &r.url;
    assert_eq!(u.raw, "{{baseUrl}}/pets/:petId?limit=10");
    assert_eq!(u.host.as_deref(), Some("{{baseUrl}}"));
    // The parts win over `raw`, as Postman sends them: the last empty element is a trailing `/`.
    assert_eq!(u.path, ["pets", ":petId", ""]);
    assert_eq!(u.query.len(), 2);
    assert_eq!(u.query[0].value, None);
    assert!(u.query[1].disabled);
    assert_eq!(u.variables[0].value.as_deref(), Some("42"));
    assert_eq!(u.variables[0].description.as_deref(), Some("the pet"));

    let r = one_request(
        r#"{"url": {"host": "sub.example.com", "path": "/a//b/", "protocol": "https", "port": 8443}}"#,
    );
    assert_eq!(r.url.host.as_deref(), Some("sub.example.com"));
    assert_eq!(r.url.path, ["a", "b", ""]);
    assert_eq!(r.url.port.as_deref(), Some("8443"));
    assert_eq!(r.url.raw, "https://sub.example.com:8443/a/b/");
}

#[test]
fn url_parts_from_raw_when_missing() {
    let r =
        one_request(r#"{"url": {"raw": "http://user:pw@{{host}}:{{port}}/a/{{id}}/b?x=1&y="}}"#);
    assert_eq!(r.url.protocol.as_deref(), Some("http"));
    assert_eq!(r.url.host.as_deref(), Some("{{host}}"));
    assert_eq!(r.url.port.as_deref(), Some("{{port}}"));
    assert_eq!(r.url.path, ["a", "{{id}}", "b"]);
    assert_eq!(r.url.query[1].value.as_deref(), Some(""));
    let r = one_request(r#"{"url": "{{scheme}}://{{host}}/x"}"#);
    assert_eq!(r.url.protocol.as_deref(), Some("{{scheme}}"));
    assert_eq!(
        (r.url.host.as_deref(), r.url.path.as_slice()),
        (Some("{{host}}"), ["x".to_string()].as_slice())
    );
    let r = one_request(r#"{"url": {"raw": "http://h/p", "host": []}}"#);
    assert_eq!((r.url.host.as_deref(), r.url.path.len()), (Some("h"), 1));
    let r = one_request(r#"{"url": {"raw": "{{baseUrl}}", "host": ["{{baseUrl}}"]}}"#);
    assert!(r.url.path.is_empty());
    let r = one_request(r#"{"url": "[::1]:8080/v6"}"#);
    assert_eq!(
        (r.url.host.as_deref(), r.url.port.as_deref()),
        (Some("[::1]"), Some("8080"))
    );
    let r = one_request(r#"{"url": "/relative/path"}"#);
    assert_eq!((r.url.host.as_deref(), r.url.path.len()), (None, 2));
    assert!(one_request(r#"{}"#).url.path.is_empty());
}

#[test]
fn a_trailing_slash_is_a_last_empty_segment_in_every_url_form() {
    for url in [
        r#""https://h/v1/intention/""#,
        r#"{"raw": "https://h/v1/intention/"}"#,
        r#"{"raw": "https://h/v1/intention/", "host": ["h"], "path": ["v1", "intention", ""]}"#,
        r#"{"host": ["h"], "path": "/v1/intention/"}"#,
    ] {
        let r = one_request(&format!(r#"{{"url": {url}}}"#));
        assert_eq!(r.url.path, ["v1", "intention", ""], "{url}");
    }
    for url in [r#""https://h/v1/intention""#, r#"{"raw": "https://h/x/", "path": ["v1", "intention"]}"#] {
        assert_eq!(one_request(&format!(r#"{{"url": {url}}}"#)).url.path, ["v1", "intention"], "{url}");
    }
    // The root alone has no segment to follow.
    assert!(one_request(r#"{"url": "https://h/"}"#).url.path.is_empty());
    assert!(one_request(r#"{"url": {"raw": "https://h/", "path": [""]}}"#).url.path.is_empty());
}

#[test]
fn a_question_mark_inside_a_path_element_starts_the_query_as_on_the_wire() {
    let r = one_request(
        r#"{"url": {"raw": "https://h/stats/field/bandwidth?from=2+days+ago", "host": ["h"],
            "path": ["stats", "field", "bandwidth?from=2+days+ago"]}}"#,
    );
    assert_eq!(r.url.path, ["stats", "field", "bandwidth"]);
    let query: Vec<(&str, Option<&str>)> = r.url.query.iter().map(|q| (q.key.as_str(), q.value.as_deref())).collect();
    assert_eq!(query, [("from", Some("2+days+ago"))]);
    let r = one_request(r#"{"url": {"raw": "https://h/search/?name=a", "host": ["h"], "path": ["search", "?name=a"]}}"#);
    assert_eq!(r.url.path, ["search", ""]);
}

#[test]
fn headers_all_forms() {
    let r = one_request(
        r#"{"url": "x", "header": [{}, {"key": "X-Num", "value": 5}, {"key": "X-Bool", "value": true},
            {"key": "X-Null", "value": null, "disabled": true, "description": "d"}, {"value": "no key"}, "A: b"]}"#,
    );
    let h: Vec<(&str, &str, bool)> = r
        .headers
        .iter()
        .map(|h| (h.key.as_str(), h.value.as_str(), h.disabled))
        .collect();
    assert_eq!(
        h,
        [
            ("X-Num", "5", false),
            ("X-Bool", "true", false),
            ("X-Null", "", true),
            ("A", "b", false)
        ]
    );
    assert_eq!(r.headers[2].description.as_deref(), Some("d"));

    let r = one_request(
        r#"{"url": "x", "header": "Content-Type: application/json\r\n// X-Off: 1\nAuthorization: Hawk id=\"a:b\"\n\n"}"#,
    );
    let h: Vec<(&str, &str, bool)> = r
        .headers
        .iter()
        .map(|h| (h.key.as_str(), h.value.as_str(), h.disabled))
        .collect();
    assert_eq!(
        h,
        [
            ("Content-Type", "application/json", false),
            ("X-Off", "1", true),
            ("Authorization", "Hawk id=\"a:b\"", false)
        ]
    );
    assert!(
        one_request(r#"{"url": "x", "header": null}"#)
            .headers
            .is_empty()
    );
}

#[test]
fn bodies() {
    let raw = one_request(
        r#"{"body": {"mode": "raw", "raw": "{\"a\": {{x}}}", "options": {"raw": {"language": "json"}}}}"#,
    );
    assert!(
        matches!(raw.body, Some(Body::Raw { ref text, language: Some(ref l) }) if text == "{\"a\": {{x}}}" && l == "json")
    );
    for none in [
        r#"null"#,
        r#"{}"#,
        r#"{"mode": "params"}"#,
        r#"{"mode": "raw"}"#,
        r#"{"disabled": true, "mode": "raw", "raw": "x"}"#,
    ] {
        assert!(
            one_request(&format!(r#"{{"body": {none}}}"#))
                .body
                .is_none(),
            "{none}"
        );
    }
    let form = one_request(
        r#"{"body": {"mode": "formdata", "formdata": [{"key": "a", "value": "1"}, {"key": "f", "type": "file", "src": "/tmp/x.csv"},
            {"key": "m", "type": "file", "src": ["a", "b"]}, {"key": "d", "value": "z", "type": "text", "disabled": true}, {"value": "nokey"}]}}"#,
    );
    let Some(Body::FormData(fields)) = form.body else {
        panic!("formdata")
    };
    assert_eq!(fields.len(), 4);
    assert_eq!(
        (fields[0].kind, fields[0].value.as_deref()),
        (FormFieldKind::Text, Some("1"))
    );
    assert_eq!(
        (fields[1].kind, fields[1].value.as_deref()),
        (FormFieldKind::File, Some("/tmp/x.csv"))
    );
    assert_eq!(fields[2].value.as_deref(), Some("a, b"));
    assert!(fields[3].disabled);
    let enc = one_request(
        r#"{"body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "x"}, {"key": "n", "value": 3}]}}"#,
    );
    let Some(Body::UrlEncoded(fields)) = enc.body else {
        panic!("urlencoded")
    };
    assert_eq!(fields[1].value.as_deref(), Some("3"));
    let gql = one_request(
        r#"{"body": {"mode": "graphql", "graphql": {"query": "{ me { id } }", "variables": {"a": 1}}}}"#,
    );
    assert!(
        matches!(gql.body, Some(Body::GraphQl { ref query, variables: Some(ref v) }) if query == "{ me { id } }" && v == r#"{"a":1}"#)
    );
    let gql =
        one_request(r#"{"body": {"mode": "graphql", "graphql": {"query": "q", "variables": ""}}}"#);
    assert!(matches!(
        gql.body,
        Some(Body::GraphQl {
            variables: None,
            ..
        })
    ));
    let file = one_request(r#"{"body": {"mode": "file", "file": {"src": null}}}"#);
    assert!(matches!(file.body, Some(Body::File { src: None })));
}

#[test]
fn auth_levels_and_forms() {
    let c = load(
        r#"{"info": {"name": "A"}, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{t}}", "type": "string"}]},
            "item": [{"name": "F", "auth": {"type": "apikey", "apikey": {"key": "X-Key", "value": "k", "in": "header"}},
                      "item": [{"request": {"url": "x", "auth": {"type": "inherit"}}},
                               {"request": {"url": "x", "auth": {"type": "noauth", "noauth": null}}},
                               {"request": {"url": "x", "auth": {"type": "hawk", "hawk": [{"key": "authId", "value": 1}]}}},
                               {"request": {"url": "x", "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}}},
                               {"request": {"url": "x", "auth": {"type": "oauth2", "oauth2": [{"key": "scopes", "value": ["a"]}]}}},
                               {"request": {"url": "x", "auth": {"notype": 1}}}]}]}"#,
    );
    let col = c.auth.as_ref().unwrap();
    assert_eq!(
        (&col.kind, col.param("token")),
        (&AuthKind::Bearer, Some("{{t}}"))
    );
    let Item::Folder(f) = &c.items[0] else {
        panic!()
    };
    let fa = f.auth.as_ref().unwrap();
    assert_eq!(
        (&fa.kind, fa.param("key"), fa.param("in")),
        (&AuthKind::ApiKey, Some("X-Key"), Some("header"))
    );
    let reqs = request_items(&c.items);
    let kinds: Vec<Option<AuthKind>> = reqs
        .iter()
        .map(|r| r.request.auth.as_ref().map(|a| a.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            Some(AuthKind::Inherit),
            Some(AuthKind::NoAuth),
            Some(AuthKind::Other("hawk".into())),
            Some(AuthKind::Basic),
            Some(AuthKind::OAuth2),
            None
        ]
    );
    assert_eq!(
        reqs[2].request.auth.as_ref().unwrap().param("authId"),
        Some("1")
    );
    assert_eq!(
        reqs[3].request.auth.as_ref().unwrap().param("password"),
        Some("p")
    );
    assert_eq!(
        reqs[4].request.auth.as_ref().unwrap().param("scopes"),
        Some(r#"["a"]"#)
    );
}

#[test]
fn collection_variables_and_descriptions() {
    let c = load(
        r#"{"info": {"name": "V", "description": {"content": "doc", "type": "text/markdown"}},
            "variable": [{"key": "a", "value": 1}, {"id": "b", "value": true}, {"key": "c", "value": null, "disabled": true},
                         {"value": "no name"}, "junk", {"key": "d", "value": "x", "description": {"content": "dd"}}],
            "item": []}"#,
    );
    assert_eq!(c.description.as_deref(), Some("doc"));
    let v: Vec<(&str, Option<&str>, bool)> = c
        .variables
        .iter()
        .map(|v| (v.key.as_str(), v.value.as_deref(), v.disabled))
        .collect();
    assert_eq!(
        v,
        [
            ("a", Some("1"), false),
            ("b", Some("true"), false),
            ("c", None, true),
            ("d", Some("x"), false)
        ]
    );
    assert_eq!(c.variables[3].description.as_deref(), Some("dd"));
    let c = load(r#"{"info": {"name": 7, "description": null}, "item": []}"#);
    assert_eq!((c.name.as_str(), c.description), ("7", None));
}

#[test]
fn saved_responses() {
    let c = with_items(
        r#"[{"name": "r", "request": "http://x", "response": [
            {"name": "ok", "code": 200, "status": "OK", "header": [{"key": "Content-Type", "value": "application/json"}],
             "body": "{\"a\":1}", "_postman_previewlanguage": "json",
             "originalRequest": {"method": "POST", "url": {"raw": "http://x/y"}, "body": {"mode": "raw", "raw": "{}"}}},
            {"name": "str code", "code": "404", "header": "Content-Type: text/plain\r\nX: 1\r\n", "body": "  \n ", "originalRequest": "http://x/z"},
            {"code": null, "header": null, "body": null, "_postman_previewlanguage": null},
            {"code": 70000, "text": "legacy", "responseCode": {"code": 201}},
            {"responseCode": {"code": 201}, "headers": [{"name": "A", "value": "b"}]}
        ]}]"#,
    );
    let r = &request_items(&c.items)[0].responses;
    assert_eq!(r.len(), 5);
    assert_eq!(
        (
            r[0].status,
            r[0].status_text.as_deref(),
            r[0].body.clone()
        ),
        (Some(200), Some("OK"), Some(SavedBody::Json(crate::postman::CompactJson { text: "{\"a\":1}".into(), repaired: false })))
    );
    assert_eq!(r[0].preview_language.as_deref(), Some("json"));
    let orig = r[0].original_request.as_ref().unwrap();
    assert_eq!(
        (orig.method.as_str(), orig.url.path.as_slice()),
        ("POST", ["y".to_string()].as_slice())
    );
    assert_eq!(orig.pointer.as_str(), "/item/0/response/0/originalRequest");
    assert!(orig.body.is_some());
    assert_eq!(
        (r[1].status, r[1].headers.len(), r[1].body.clone()),
        (Some(404), 2, None)
    );
    assert_eq!(r[1].original_request.as_ref().unwrap().url.path, ["z"]);
    assert_eq!(
        (r[2].status, r[2].name.as_str(), r[2].body.clone()),
        (None, "", None)
    );
    assert!(r[2].headers.is_empty() && r[2].original_request.is_none());
    assert_eq!((r[3].status, r[3].body.clone()), (None, Some(SavedBody::Text { text: "legacy".into(), json: None })));
    assert_eq!(
        (r[4].status, r[4].headers[0].key.as_str()),
        (Some(201), "A")
    );
}

#[test]
fn custom_methods_and_cosmetic_junk() {
    let r = one_request(
        r#"{"method": " purge ", "url": "x", "description": 5, "header": 3, "body": 7}"#,
    );
    assert_eq!(r.method, "PURGE");
    assert!(r.description.is_none() && r.headers.is_empty() && r.body.is_none());
    assert_eq!(one_request(r#"{"method": null, "url": "x"}"#).method, "GET");
}

#[test]
fn request_items_converted_beside_the_parser_keep_document_order_and_the_first_error() {
    // More requests than the converter may be behind, around folders at two depths.
    let mut items = Vec::new();
    let mut expected = Vec::new();
    for i in 0..700 {
        if i % 100 == 50 {
            items.push(format!(
                r#"{{"name": "f{i}", "item": [{{"name": "a{i}", "request": "https://x/a{i}"}}, {{"name": "g{i}", "item": [{{"name": "b{i}", "request": "https://x/b{i}"}}]}}]}}"#
            ));
            expected.extend([format!("a{i}"), format!("b{i}")]);
        }
        items.push(format!(r#"{{"name": "r{i}", "request": "https://x/r{i}"}}"#));
        expected.push(format!("r{i}"));
    }
    let c = with_items(&format!("[{}]", items.join(",")));
    let names: Vec<&str> = request_items(&c.items).iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, expected.iter().map(String::as_str).collect::<Vec<_>>());
    // The first error in document order wins, whichever side converted it.
    let msg = load_err(r#"{"info": {}, "item": [{"request": "x"}, {"request": 5}, 7]}"#);
    assert!(msg.contains("at /item/1/request: expected a request object"), "{msg}");
    let msg = load_err(r#"{"info": {}, "item": [{"request": "x"}, 7, {"request": 5}]}"#);
    assert!(msg.contains("at /item/1: expected an item object"), "{msg}");
    let msg = load_err(r#"{"info": {}, "item": [{"item": [{"request": 5}]}, {"request": 6}]}"#);
    assert!(msg.contains("at /item/0/item/0/request"), "{msg}");
    // A syntax error after a bad item is still the one reported.
    let msg = load_err(r#"{"info": {}, "item": [{"request": 5}, {"request": "x"} x]}"#);
    assert!(msg.contains("expected a JSON document"), "{msg}");
}

#[test]
fn saved_bodies_that_are_json_objects_or_arrays_are_kept_only_as_compact_json() {
    let c = with_items(
        r#"[{"name": "r", "request": "http://x", "response": [
            {"body": " [1, {\"b\": 2.50}] \n"},
            {"body": "{\"id\": {{id}}}"},
            {"body": "\"just a string\""},
            {"body": "{not json"},
            {"body": "<p>hi</p>"}
        ]}]"#,
    );
    let bodies: Vec<Option<SavedBody>> = request_items(&c.items)[0].responses.iter().map(|r| r.body.clone()).collect();
    let json = |text: &str, repaired| SavedBody::Json(crate::postman::CompactJson { text: text.into(), repaired });
    let text = |text: &str, json: Option<&str>| SavedBody::Text {
        text: text.into(),
        json: json.map(|j| crate::postman::CompactJson { text: j.into(), repaired: false }),
    };
    assert_eq!(
        bodies,
        [
            Some(json("[1,{\"b\":2.5}]", false)),
            Some(json("{\"id\":null}", true)),
            Some(text("\"just a string\"", Some("\"just a string\""))),
            Some(text("{not json", None)),
            Some(text("<p>hi</p>", None)),
        ]
    );
}
