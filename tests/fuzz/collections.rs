//! proptest strategies for random Postman v2.1 collections (as `serde_json::Value`), used by
//! the fuzz harness in `tests/fuzz.rs`.
//!
//! Names, path segments, keys and values are drawn mostly from small pools of nasty values on
//! purpose: a small pool makes collisions frequent (duplicate item names, names that differ
//! only by case or punctuation, one JSON key with different kinds across the examples of one
//! request, paths that differ only by a parameter), and collisions are where naming and
//! inference go wrong. Uniformly random strings would almost never collide. A few free-form
//! strings are mixed in so the pools are not the whole story.
//!
//! Every collection produced is a structurally valid v2.1 collection, so the generator should
//! accept it; the one exception is on purpose: some variables are defined through themselves
//! (`baseUrl = {{baseUrl}}/v2`), which the generator must refuse cleanly rather than loop.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Map, Value};

/// The v2.1 schema URL every collection declares.
pub const SCHEMA_V21: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// Item, folder, example and collection names.
const NAMES: &[&str] = &[
    "", " ", "🚀", "🚀 launch", "123", "0", "!!!", "-", "_", "__", "()", "type", "self", "Self", "fn",
    "crate", "async", "await", "super", "mod", "match", "r#type", "Get users", "get users", "get_users",
    "GetUsers", "get-users", "Get Users!", "users", "Users", "user", "ユーザー一覧", "a b\tc\nd",
    "/users/:id", "{{name}}", "Ok", "Err", "Result", "Option", "String", "Client", "Error", "Response",
];

/// Path segments: resources (singular/plural/case pairs), keywords, versions, parameters in
/// every spelling, and segments that must be encoded or refused.
const SEGMENTS: &[&str] = &[
    "users", "user", "Users", "items", "type", "self", "Self", "fn", "123", "v2.1", "v1", ":id", ":id",
    ":user_id", ":type", ":self", ":123", ":", "{{id}}", "{{version}}", "", "a b", "ü", "crm", "search",
    "me", "users.json", "%20", "-", "_", "🚀", "{id}",
];

/// Hosts as (protocol, host); an empty protocol means none was written.
const HOSTS: &[(&str, &str)] = &[
    ("", "{{baseUrl}}"),
    ("", "{{base_url}}"),
    ("https", "api.example.test"),
    ("http", "localhost"),
    ("https", "{{host}}.example.test"),
    ("", ""),
];

const METHODS: &[&str] = &["GET", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "get", "PURGE"];

const QUERY_KEYS: &[&str] =
    &["", "page", "page", "per_page", "Page", "type", "fields[]", "q", "sort-by", "123", "{{k}}", "self", "🚀"];

const QUERY_VALUES: &[&str] = &["", "1", "{{page}}", "a b", "true", "2021-01-01", "x&y=z", "<integer>", "ü"];

const HEADER_KEYS: &[&str] = &[
    "Content-Type", "content-type", "Accept", "X-Api-Key", "Authorization", "", "X-Dup", "x-dup",
    "If-None-Match", "If-Modified-Since", "type", "123", "X-🚀",
];

const HEADER_VALUES: &[&str] =
    &["application/json", "text/plain", "{{token}}", "", "Bearer {{token}}", "*/*", "multipart/form-data"];

/// JSON object keys: keywords, digits, empty, and spellings that collide after snake_case.
const KEYS: &[&str] = &[
    "id", "ID", "Id", "type", "self", "Self", "fn", "crate", "async", "r#type", "123", "0", "", "userName",
    "user_name", "UserName", "user-name", "user name", "data", "items", "status", "code", "message",
    "next", "page", "more_records", "ü", "🚀", "extra", "_", "__", "$ref", "@type", "a.b", "Ok", "None",
];

/// String values: date-times (valid and not), placeholders, enum-like words, odd characters.
const STRINGS: &[&str] = &[
    "", "abc", "2021-01-01T10:00:00Z", "2021-01-01T10:00:00+05:30", "2021-01-01", "2021-02-30T25:61:61+99:99",
    "<integer>", "<string>", "<boolean>", "{{var}}", "active", "inactive", "ユーザー", "🚀", "null", "123",
    "a\"b\\c", "\u{0}", "*/", "error", "success",
];

/// Raw JSON texts a `serde_json::Value` cannot produce: numbers beyond `f64`/`u64`, duplicate
/// keys, a byte-order mark, placeholders in value position.
const RAW_JSON: &[&str] = &[
    r#"{"n": 123456789012345678901234567890}"#,
    r#"{"n": 1e400}"#,
    r#"[1, 2.5, -0, 1E3]"#,
    r#"{"a": 1, "a": "two"}"#,
    r#"{"id": 9007199254740993}"#,
    "\u{feff}{\"bom\": 1}",
    r#"{"id": {{id}}, "name": "{{name}}"}"#,
    r#"{"a": 1, // comment
        "b": [2,],}"#,
    "  {\"padded\": true}  \n",
];

/// Non-JSON bodies.
const TEXTS: &[&str] = &["", "OK", "<html><body>hi</body></html>", "not json {", "null", "123", "a,b\n1,2"];

/// Markdown descriptions that have tripped doc emitters: fences, indentation, comment closers.
const DESCRIPTIONS: &[&str] = &[
    "",
    "Returns `users`.\n\n```js\nfoo()\n```",
    "    indented code\n    more",
    "<b>html</b> & [link](http://x.test)",
    "*/ /* ends a comment",
    "```rust\npanic!()\n```",
    "#![deny(warnings)]\n# Heading\n- item",
    "trailing backslash \\",
];

const CONTENT_TYPES: &[Option<&str>] = &[
    Some("application/json"),
    Some("application/json; charset=utf-8"),
    Some("text/plain"),
    Some("text/html"),
    Some("application/vnd.api+json"),
    None,
];

const STATUSES: &[Option<u16>] =
    &[Some(200), Some(200), Some(201), Some(202), Some(204), Some(400), Some(401), Some(404), Some(429), Some(500), None];

/// A name from the pool, a very long one, or a free-form one.
fn name() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(NAMES).prop_map(str::to_owned),
        1 => Just("very long name ".repeat(20)),
        2 => "[a-zA-Z0-9 _.-]{0,12}",
    ]
    .boxed()
}

fn key() -> BoxedStrategy<String> {
    prop_oneof![
        8 => select(KEYS).prop_map(str::to_owned),
        1 => Just("k".repeat(120)),
        1 => "[a-z_]{1,6}",
    ]
    .boxed()
}

fn description() -> BoxedStrategy<Option<String>> {
    option::weighted(0.3, select(DESCRIPTIONS).prop_map(str::to_owned)).boxed()
}

/// A JSON scalar: nulls, booleans, small/extreme integers, floats (incl. integral and huge).
fn json_leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        2 => Just(Value::Null),
        2 => any::<bool>().prop_map(Value::from),
        4 => (-3i64..1000).prop_map(Value::from),
        1 => select(vec![i64::MIN, i64::MAX, -1]).prop_map(Value::from),
        1 => Just(Value::from(u64::MAX)),
        2 => select(vec![0.5, -1.25, 3.0, 1e300, 2.2250738585072014e-308]).prop_map(Value::from),
        5 => select(STRINGS).prop_map(Value::from),
    ]
    .boxed()
}

/// Any JSON value, nested up to `depth` objects/arrays, empty containers included.
pub fn json_value(depth: u32) -> BoxedStrategy<Value> {
    json_leaf()
        .prop_recursive(depth, 40, 5, |inner| {
            prop_oneof![
                1 => vec(inner.clone(), 0..4).prop_map(Value::Array),
                2 => vec((key(), inner), 0..6).prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
        .boxed()
}

/// A body root: mostly an object (as APIs return), sometimes an array or a scalar.
fn json_root() -> BoxedStrategy<Value> {
    prop_oneof![
        4 => vec((key(), json_value(3)), 0..7).prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        1 => vec(json_value(3), 0..4).prop_map(Value::Array),
        1 => json_value(1),
    ]
    .boxed()
}

/// JSON as an author would paste it: compact or pretty.
fn json_text() -> BoxedStrategy<String> {
    (json_root(), any::<bool>())
        .prop_map(|(v, pretty)| if pretty { format!("{v:#}") } else { v.to_string() })
        .boxed()
}

fn query_param() -> BoxedStrategy<Value> {
    (select(QUERY_KEYS), option::weighted(0.9, select(QUERY_VALUES)), prop::bool::weighted(0.15), description())
        .prop_map(|(key, value, disabled, description)| {
            let mut q = json!({"key": key, "value": value});
            if disabled {
                q["disabled"] = json!(true);
            }
            if let Some(d) = description {
                q["description"] = json!(d);
            }
            q
        })
        .boxed()
}

/// A URL, as a raw string or as the object form (host labels, path, query, path variables).
fn url() -> BoxedStrategy<Value> {
    (
        select(HOSTS),
        vec(select(SEGMENTS), 0..5),
        vec(query_param(), 0..4),
        vec((select(vec!["id", "user_id", "type", "", "missing"]), select(QUERY_VALUES)), 0..2),
        prop::bool::weighted(0.7),
    )
        .prop_map(|((protocol, host), segments, query, variables, as_object)| {
            let enabled: Vec<String> = query
                .iter()
                .filter(|q| q.get("disabled").is_none())
                .map(|q| format!("{}={}", q["key"].as_str().unwrap_or(""), q["value"].as_str().unwrap_or("")))
                .collect();
            let scheme = if protocol.is_empty() { String::new() } else { format!("{protocol}://") };
            let mut raw = format!("{scheme}{host}/{}", segments.join("/"));
            if !enabled.is_empty() {
                raw = format!("{raw}?{}", enabled.join("&"));
            }
            if !as_object {
                return Value::String(raw);
            }
            let labels: Vec<&str> = if host.contains("{{") { vec![host] } else { host.split('.').collect() };
            let mut url = json!({"raw": raw, "host": labels, "path": segments});
            if !protocol.is_empty() {
                url["protocol"] = json!(protocol);
            }
            if !query.is_empty() {
                url["query"] = Value::Array(query);
            }
            if !variables.is_empty() {
                url["variable"] = variables.into_iter().map(|(k, v)| json!({"key": k, "value": v})).collect();
            }
            url
        })
        .boxed()
}

fn header() -> BoxedStrategy<Value> {
    (select(HEADER_KEYS), select(HEADER_VALUES), prop::bool::weighted(0.15)).prop_map(|(key, value, disabled)| {
        let mut h = json!({"key": key, "value": value, "type": "text"});
        if disabled {
            h["disabled"] = json!(true);
        }
        h
    })
    .boxed()
}

/// A urlencoded or multipart field; `files` allows `type: file` parts.
fn form_field(files: bool) -> BoxedStrategy<Value> {
    (select(QUERY_KEYS), select(QUERY_VALUES), prop::bool::weighted(if files { 0.3 } else { 0.0 }), prop::bool::weighted(0.1))
        .prop_map(|(key, value, file, disabled)| {
            let mut f = if file {
                json!({"key": key, "type": "file", "src": "/tmp/upload.bin"})
            } else {
                json!({"key": key, "value": value, "type": "text"})
            };
            if disabled {
                f["disabled"] = json!(true);
            }
            f
        })
        .boxed()
}

/// A request body of every mode, or none.
fn body() -> BoxedStrategy<Option<Value>> {
    let raw = |text: String, language: &str| json!({"mode": "raw", "raw": text, "options": {"raw": {"language": language}}});
    prop_oneof![
        3 => Just(None),
        4 => json_text().prop_map(move |t| Some(raw(t, "json"))),
        1 => select(RAW_JSON).prop_map(move |t| Some(raw(t.to_owned(), "json"))),
        1 => select(TEXTS).prop_map(move |t| Some(raw(t.to_owned(), "text"))),
        1 => vec(form_field(false), 0..4).prop_map(|f| Some(json!({"mode": "urlencoded", "urlencoded": f}))),
        1 => vec(form_field(true), 0..4).prop_map(|f| Some(json!({"mode": "formdata", "formdata": f}))),
        1 => Just(Some(json!({"mode": "graphql", "graphql": {"query": "{ me { id } }", "variables": "{\"a\": 1}"}}))),
        1 => Just(Some(json!({"mode": "file", "file": {"src": "/tmp/upload.bin"}}))),
    ]
    .boxed()
}

/// A saved example's body text: JSON (random shape), raw JSON oddities, text, or nothing.
fn example_body() -> BoxedStrategy<Option<String>> {
    prop_oneof![
        6 => json_text().prop_map(Some),
        1 => select(RAW_JSON).prop_map(|t| Some(t.to_owned())),
        1 => select(TEXTS).prop_map(|t| Some(t.to_owned())),
        1 => Just(None),
    ]
    .boxed()
}

fn status_text(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        _ => "Internal Server Error",
    }
}

/// A saved example response, sometimes with the `originalRequest` that produced it.
fn example() -> BoxedStrategy<Value> {
    (name(), select(STATUSES), example_body(), select(CONTENT_TYPES), option::weighted(0.3, (select(METHODS), url(), body())))
        .prop_map(|(name, code, body, content_type, original)| {
            let mut e = json!({"name": name});
            if let Some(code) = code {
                e["code"] = json!(code);
                e["status"] = json!(status_text(code));
            }
            if let Some(body) = body {
                e["body"] = json!(body);
            }
            if let Some(ct) = content_type {
                e["header"] = json!([{"key": "Content-Type", "value": ct}]);
                let language = if ct.contains("json") { "json" } else { "text" };
                e["_postman_previewlanguage"] = json!(language);
            }
            if let Some((method, url, body)) = original {
                e["originalRequest"] = json!({"method": method, "url": url});
                if let Some(body) = body {
                    e["originalRequest"]["body"] = body;
                }
            }
            e
        })
        .boxed()
}

/// Collection, folder or request auth, v2.1 style (`[{key, value}]` lists).
fn auth() -> BoxedStrategy<Value> {
    let kv = |pairs: &[(&str, &str)]| -> Value { pairs.iter().map(|(k, v)| json!({"key": k, "value": v, "type": "string"})).collect() };
    select(vec![
        json!({"type": "noauth"}),
        json!({"type": "inherit"}),
        json!({"type": "bearer", "bearer": kv(&[("token", "{{token}}")])}),
        json!({"type": "basic", "basic": kv(&[("username", "{{user}}"), ("password", "{{pass}}")])}),
        json!({"type": "apikey", "apikey": kv(&[("key", "X-Api-Key"), ("value", "{{key}}"), ("in", "header")])}),
        json!({"type": "apikey", "apikey": kv(&[("key", "api_key"), ("value", "{{key}}"), ("in", "query")])}),
        json!({"type": "oauth2", "oauth2": kv(&[("accessToken", "{{token}}"), ("addTokenTo", "header")])}),
        json!({"type": "hawk", "hawk": kv(&[("authId", "x")])}),
    ])
    .boxed()
}

fn variables() -> BoxedStrategy<Vec<Value>> {
    vec(
        (
            select(vec!["baseUrl", "base_url", "token", "id", "", "page", "version", "baseUrl", "self"]),
            select(vec!["https://api.example.test", "", "42", "{{baseUrl}}/v2", "{{self}}", "v2.1", "{{missing}}"]),
        ),
        0..4,
    )
    .prop_map(|vars| vars.into_iter().map(|(k, v)| json!({"key": k, "value": v})).collect())
    .boxed()
}

/// A request item with its examples.
fn request_item() -> BoxedStrategy<Value> {
    (
        name(),
        select(METHODS),
        url(),
        vec(header(), 0..4),
        body(),
        vec(example(), 0..5),
        option::weighted(0.15, auth()),
        description(),
    )
        .prop_map(|(name, method, url, headers, body, examples, auth, description)| {
            let mut request = json!({"method": method, "header": headers, "url": url});
            if let Some(body) = body {
                request["body"] = body;
            }
            if let Some(auth) = auth {
                request["auth"] = auth;
            }
            let mut item = json!({"name": name, "request": request, "response": examples});
            if let Some(d) = description {
                item["description"] = json!(d);
            }
            item
        })
        .boxed()
}

/// A request item or a folder; folders nest up to four levels.
fn item() -> BoxedStrategy<Value> {
    request_item()
        .prop_recursive(4, 24, 4, |inner| {
            (name(), vec(inner, 0..4), option::weighted(0.15, auth()), variables(), description()).prop_map(
                |(name, items, auth, variables, description)| {
                    let mut folder = json!({"name": name, "item": items});
                    if let Some(auth) = auth {
                        folder["auth"] = auth;
                    }
                    if !variables.is_empty() {
                        folder["variable"] = Value::Array(variables);
                    }
                    if let Some(d) = description {
                        folder["description"] = json!(d);
                    }
                    folder
                },
            )
        })
        .boxed()
}

/// A whole v2.1 collection: items (possibly none), variables, auth.
pub fn collection() -> BoxedStrategy<Value> {
    (name(), vec(item(), 0..6), variables(), option::weighted(0.5, auth()), description())
        .prop_map(|(name, items, variables, auth, description)| {
            let mut info = json!({"name": name, "_postman_id": "00000000-0000-0000-0000-000000000000", "schema": SCHEMA_V21});
            if let Some(d) = description {
                info["description"] = json!(d);
            }
            let mut c = json!({"info": info, "item": items});
            if !variables.is_empty() {
                c["variable"] = Value::Array(variables);
            }
            if let Some(auth) = auth {
                c["auth"] = auth;
            }
            c
        })
        .boxed()
}
