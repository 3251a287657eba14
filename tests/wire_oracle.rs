//! The corpus gate's independent oracle: the request a saved example stands for, read from the
//! raw collection JSON the way Postman sends it, never through postgen's loader or model.
//!
//! For an example at `/item/…/response/N`: its `originalRequest`, else the item's `request`.
//! Variables are the collection's (`{{name}}`, nested, ten rounds at most); `:name` path
//! segments take the URL's own `variable` values; disabled query pairs and headers are
//! skipped; the URL is built from its parts (`host`, `path`, `query`) when they are there, as
//! Postman's SDK does, else from `raw`. A `{{name}}` left unresolved is what Postman would
//! send as it is, so any value may stand in its place; a header or query key whose saved
//! value is the caller's (empty, or such a placeholder) may also be left out.
//!
//! [`compare`] checks a request the generated method sent (logged by the runtime's
//! `POSTGEN_WIRE_LOG`) against it: method, path segment by segment (decoded, trailing `/`
//! included), query pairs (each key's values in order), the collection's fixed headers (an
//! `Accept` may list more media types than the saved one), and
//! the body (JSON by value, forms by pairs, other text byte for byte).

use std::collections::HashMap;

use percent_encoding::percent_decode_str;
use serde_json::Value;

/// What Postman would send for one saved example.
#[derive(Debug)]
pub struct Wire {
    /// Scheme, host and port as the request writes them (`{{host}}`, `https://api.x`):
    /// requests that write the same must go to the same server.
    pub server: String,
    pub method: String,
    /// Path segments after the host, decoded; a trailing `/` is a last empty segment.
    pub path: Vec<String>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Body,
}

#[derive(Debug)]
enum Body {
    /// Not compared: no body, multipart, a file, or text Postman itself would fill in.
    Unchecked,
    Json(Value),
    Text(String),
    Form(Vec<(String, String)>),
}

/// The parts of a request that can differ; the table counts differences by part.
pub const PARTS: [&str; 6] = ["method", "path", "query", "headers", "body", "server"];

/// Collection variables by name (enabled ones; the last definition wins, as in Postman).
pub fn variables(collection: &Value) -> HashMap<String, String> {
    let mut vars = HashMap::new();
    for var in collection["variable"].as_array().into_iter().flatten() {
        if var["disabled"] == true {
            continue;
        }
        if let Some(key) = var["key"].as_str() {
            vars.insert(key.to_owned(), scalar_text(&var["value"]).unwrap_or_default());
        }
    }
    vars
}

/// The request behind the example at `at` (`/item/0/response/2`), or the item's own request
/// (`at` is the item, `/item/0`), if the pointer names one.
pub fn expected(collection: &Value, vars: &HashMap<String, String>, at: &str) -> Option<Wire> {
    raw_request(collection, at).map(|request| resolve(request, vars))
}

/// The raw request behind `at`: an example's `originalRequest`, else its item's `request`.
pub fn raw_request<'c>(collection: &'c Value, at: &str) -> Option<&'c Value> {
    let Some((item_at, _)) = at.rsplit_once("/response/") else {
        let request = &collection.pointer(at)?["request"];
        return (!request.is_null()).then_some(request);
    };
    let item = collection.pointer(item_at)?;
    let saved = &collection.pointer(at)?["originalRequest"];
    Some(if saved.is_object() || saved.is_string() { saved } else { &item["request"] })
}

fn resolve(request: &Value, vars: &HashMap<String, String>) -> Wire {
    let fill = |text: &str| substitute(text, vars);
    let method = request["method"].as_str().unwrap_or("GET").to_ascii_uppercase();
    let url = if request.is_string() { request } else { &request["url"] };
    let (path, query) = url_parts(url, &fill);
    let server = server_of(url);
    let headers = match &request["header"] {
        Value::Array(list) => list
            .iter()
            .filter(|h| h["disabled"] != true)
            .filter_map(|h| Some((h["key"].as_str()?.to_owned(), fill(&scalar_text(&h["value"]).unwrap_or_default()))))
            .collect(),
        Value::String(text) => text
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), fill(v.trim())))
            .collect(),
        _ => Vec::new(),
    };
    Wire { server, method, path, query, headers, body: body(&request["body"], &fill) }
}

/// Path segments and query pairs of a URL in its string or object form.
fn url_parts(url: &Value, fill: &dyn Fn(&str) -> String) -> (Vec<String>, Vec<(String, String)>) {
    let raw = url.as_str().or_else(|| url["raw"].as_str()).unwrap_or_default();
    let (raw_path, raw_query) = split_raw(raw);
    let path_vars: HashMap<&str, String> = url["variable"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v["key"].as_str()?, fill(&scalar_text(&v["value"]).unwrap_or_default()))))
        .collect();
    let segments: Vec<String> = match &url["path"] {
        Value::Array(parts) => parts
            .iter()
            .map(|p| scalar_text(p).or_else(|| scalar_text(&p["value"])).unwrap_or_default())
            .collect(),
        Value::String(text) => text.trim_start_matches('/').split('/').map(str::to_owned).collect(),
        _ => raw_path.trim_start_matches('/').split('/').map(str::to_owned).collect(),
    };
    // A `?` inside a path element goes out as it is, and there it starts the query.
    let mut segments = segments;
    if let Some(at) = segments.iter().position(|s| s.contains('?')) {
        segments.truncate(at + 1);
        if let Some(last) = segments.last_mut() {
            last.truncate(last.find('?').unwrap_or(last.len()));
        }
    }
    let mut path: Vec<String> = segments
        .iter()
        .map(|segment| match segment.strip_prefix(':').filter(|name| !name.is_empty()) {
            // A path variable with no value is one the caller fills in.
            Some(name) => match path_vars.get(name) {
                Some(value) if !value.is_empty() => value.clone(),
                _ => format!("{{{{{name}}}}}"),
            },
            None => fill(segment),
        })
        .map(|segment| decode(&segment))
        .collect();
    path = without_dot_segments(path);
    // `https://h` and `https://h/` both have no segment; inner empty segments are Postman's
    // too, but the host part of a variable (`{{base}}/x`) has already been taken off.
    if path.len() == 1 && path[0].is_empty() {
        path.clear();
    }
    let query: Vec<(String, String)> = match &url["query"] {
        Value::Array(pairs) => pairs
            .iter()
            .filter(|q| q["disabled"] != true)
            .filter_map(|q| {
                let key = scalar_text(&q["key"])?;
                Some((fill(&key), fill(&scalar_text(&q["value"]).unwrap_or_default())))
            })
            .collect(),
        _ => raw_query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (fill(k), fill(v))
            })
            .collect(),
    };
    let query = query.into_iter().map(|(k, v)| (decode_query(&k), decode_query(&v))).collect();
    (path, query)
}

/// Scheme, host and port as written, from the URL's parts or its raw text.
fn server_of(url: &Value) -> String {
    let host = match &url["host"] {
        Value::Array(labels) => labels.iter().filter_map(scalar_text).collect::<Vec<_>>().join("."),
        Value::String(host) => host.clone(),
        _ => {
            let raw = url.as_str().or_else(|| url["raw"].as_str()).unwrap_or_default();
            let (path, _) = split_raw(raw);
            let before_path = raw.split(['?', '#']).next().unwrap_or_default();
            return before_path.strip_suffix(path).unwrap_or(before_path).to_owned();
        }
    };
    let mut server = String::new();
    if let Some(protocol) = url["protocol"].as_str() {
        server.push_str(protocol);
        server.push_str("://");
    }
    server.push_str(&host);
    if let Some(port) = scalar_text(&url["port"]) {
        server.push(':');
        server.push_str(&port);
    }
    server
}

/// Segments as a URL parser leaves them: `.` dropped, `..` dropping the one before (either
/// at the end leaves a trailing `/`).
fn without_dot_segments(segments: Vec<String>) -> Vec<String> {
    let count = segments.len();
    let mut out = Vec::with_capacity(count);
    for (i, segment) in segments.into_iter().enumerate() {
        match segment.as_str() {
            "." | ".." => {
                if segment == ".." {
                    out.pop();
                }
                if i + 1 == count {
                    out.push(String::new());
                }
            }
            _ => out.push(segment),
        }
    }
    out
}

/// The path (after scheme and host) and the query of a raw URL.
fn split_raw(raw: &str) -> (&str, &str) {
    let raw = raw.split('#').next().unwrap_or_default();
    let (before, query) = raw.split_once('?').unwrap_or((raw, ""));
    let rest = before.split_once("://").map_or(before, |(_, rest)| rest);
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    (path, query)
}

fn body(body: &Value, fill: &dyn Fn(&str) -> String) -> Body {
    if body["disabled"] == true {
        return Body::Unchecked;
    }
    let pairs = |list: &Value| -> Vec<(String, String)> {
        list.as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["disabled"] != true && f["type"] != "file")
            .filter_map(|f| Some((fill(f["key"].as_str()?), fill(&scalar_text(&f["value"]).unwrap_or_default()))))
            .collect()
    };
    match body["mode"].as_str() {
        Some("raw") => {
            let raw = body["raw"].as_str().unwrap_or_default();
            // A JSON body is the caller's data: its `{{var}}` strings stand for any value.
            if let Ok(json) = serde_json::from_str::<Value>(raw) {
                return Body::Json(json);
            }
            let text = fill(raw);
            if text.trim().is_empty() || text.contains("{{") {
                return Body::Unchecked;
            }
            Body::Text(text)
        }
        Some("urlencoded") => Body::Form(pairs(&body["urlencoded"])),
        _ => Body::Unchecked,
    }
}

/// `{{name}}` replaced by the variable's value, nested values too; unknown names and empty
/// values stay (a placeholder the caller fills in).
fn substitute(text: &str, vars: &HashMap<String, String>) -> String {
    let mut text = text.to_owned();
    for _ in 0..10 {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        let mut changed = false;
        while let Some(start) = rest.find("{{") {
            let Some(len) = rest[start..].find("}}") else { break };
            out.push_str(&rest[..start]);
            let name = &rest[start + 2..start + len];
            match vars.get(name.trim()).filter(|value| !value.is_empty()) {
                Some(value) => {
                    out.push_str(value);
                    changed = true;
                }
                None => out.push_str(&rest[start..start + len + 2]),
            }
            rest = &rest[start + len + 2..];
        }
        out.push_str(rest);
        text = out;
        if !changed {
            break;
        }
    }
    text
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Query text as servers read it: `+` is a space (form encoding), then percent escapes.
fn decode_query(text: &str) -> String {
    decode(&text.replace('+', " "))
}

fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// The parts of `sent` (one line of the wire log) that differ from `want`, each with what
/// differs.
pub fn compare(want: &Wire, sent: &Value) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let method = sent["method"].as_str().unwrap_or_default();
    if !method.eq_ignore_ascii_case(&want.method) {
        problems.push(("method", format!("{method} instead of {}", want.method)));
    }
    let sent_path = sent["path"].as_str().unwrap_or_default();
    let segments: Vec<String> = match sent_path.strip_prefix('/') {
        Some("") | None => Vec::new(),
        Some(rest) => rest.split('/').map(decode).collect(),
    };
    if segments.len() != want.path.len() || !segments.iter().zip(&want.path).all(|(s, w)| fits(s, w)) {
        problems.push(("path", format!("{sent_path} instead of /{}", want.path.join("/"))));
    }
    let sent_query: Vec<(String, String)> = sent["query"]
        .as_str()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_query(k), decode_query(v))
        })
        .collect();
    if !same_query(&sent_query, &want.query) {
        problems.push(("query", format!("{sent_query:?} instead of {:?}", want.query)));
    }
    let sent_headers: Vec<(String, String)> = sent["headers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| Some((h[0].as_str()?.to_owned(), h[1].as_str()?.to_owned())))
        .collect();
    for (name, value) in &want.headers {
        // A value the caller supplies (a placeholder, or nothing) may or may not be sent.
        let callers = value.trim().is_empty() || value.contains("{{");
        if callers || SET_BY_OTHERS.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            continue;
        }
        if !sent_headers.iter().any(|(n, v)| n.eq_ignore_ascii_case(name) && (fits(v.trim(), value.trim()) || same_meaning(name, v, value))) {
            problems.push(("headers", format!("`{name}: {value}` not sent")));
        }
    }
    if let Some(problem) = body_problem(&want.body, sent["body"].as_str().unwrap_or_default()) {
        problems.push(("body", problem));
    }
    problems
}

/// Header values that differ in text but not in what they ask of the server: an `Accept`
/// that lists the saved media types among others; a multipart `Content-Type` saved without
/// the boundary Postman (like any client) adds to it.
fn same_meaning(name: &str, sent: &str, saved: &str) -> bool {
    if name.eq_ignore_ascii_case("accept") {
        return saved.split(',').all(|range| sent.split(',').any(|s| s.trim().eq_ignore_ascii_case(range.trim())));
    }
    let essence = |value: &str| value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    name.eq_ignore_ascii_case("content-type")
        && essence(saved) == "multipart/form-data"
        && !saved.contains("boundary=")
        && essence(sent) == "multipart/form-data"
}

/// Headers the transport, the client's configuration or its credentials set, not the method.
const SET_BY_OTHERS: &[&str] =
    &["authorization", "content-length", "host", "user-agent", "connection", "accept-encoding", "cookie", "postman-token"];

fn body_problem(want: &Body, sent: &str) -> Option<String> {
    match want {
        Body::Unchecked => None,
        Body::Text(text) => (sent != text).then(|| format!("{sent:?} instead of {text:?}")),
        Body::Json(json) => match serde_json::from_str::<Value>(sent) {
            Ok(value) if same_json(&value, json) => None,
            _ => Some(format!("{sent} instead of {json}")),
        },
        Body::Form(pairs) => {
            let sent: Vec<(String, String)> = sent
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode_query(k), decode_query(v))
                })
                .collect();
            (!same_query(&sent, pairs)).then(|| format!("{sent:?} instead of {pairs:?}"))
        }
    }
}

/// `a` (sent) equals `b` (saved) by value: numbers as numbers (`1` = `1.0`), key order aside;
/// a saved string that is a placeholder (`{{id}}`, `"<integer>"`) stands for any value.
pub fn same_json(a: &Value, b: &Value) -> bool {
    if let Value::String(saved) = b
        && (saved.contains("{{") || is_type_placeholder(saved))
    {
        return a.as_str().is_none_or(|sent| fits(sent, saved)) || is_type_placeholder(saved);
    }
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// `"<integer>"`, `"<string>"`, `"<dateTime>"`: a type placeholder exports write for a value.
fn is_type_placeholder(text: &str) -> bool {
    text.len() > 2 && text.starts_with('<') && text.ends_with('>') && text[1..text.len() - 1].chars().all(char::is_alphanumeric)
}

/// The same pairs, each key's values in the same order (distinct keys may come in any order:
/// a method sets its parameters in its own order). A key whose saved values are all the
/// caller's (empty, or a placeholder) may be left out, as a caller's header may.
fn same_query(sent: &[(String, String)], want: &[(String, String)]) -> bool {
    let values = |pairs: &[(String, String)], key: &str| -> Vec<String> {
        pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    };
    let callers = |values: &[String]| values.iter().all(|v| v.is_empty() || v.contains("{{"));
    sent.iter().all(|(key, _)| want.iter().any(|(k, _)| k == key))
        && want.iter().all(|(key, _)| {
            let (s, w) = (values(sent, key), values(want, key));
            (s.is_empty() && callers(&w)) || (s.len() == w.len() && s.iter().zip(&w).all(|(s, w)| w.is_empty() || fits(s, w)))
        })
}

/// `sent` is `want`, where each unresolved `{{name}}` in `want` stands for any text, and
/// numbers compare by value (`2.50` = `2.5`).
fn fits(sent: &str, want: &str) -> bool {
    if sent == want || matches!((sent.parse::<f64>(), want.parse::<f64>()), (Ok(a), Ok(b)) if a == b) {
        return true;
    }
    if !want.contains("{{") {
        return false;
    }
    // Literal pieces between placeholders must appear in order.
    let mut pieces = Vec::new();
    let mut rest = want;
    while let Some(start) = rest.find("{{") {
        let end = rest[start..].find("}}").map_or(rest.len(), |e| start + e + 2);
        pieces.push(&rest[..start]);
        rest = &rest[end..];
    }
    let (first, last) = (pieces.first().copied().unwrap_or_default(), rest);
    let mut at = match sent.strip_prefix(first) {
        Some(_) => first.len(),
        None => return false,
    };
    for piece in pieces.iter().skip(1) {
        match sent[at..].find(piece) {
            Some(i) => at += i + piece.len(),
            None => return false,
        }
    }
    sent.len() >= at + last.len() && sent.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_stand_for_any_text_and_literals_must_match() {
        assert!(fits("abc", "abc"));
        assert!(fits("v2", "v{{version}}"));
        assert!(fits("123", "{{id}}"));
        assert!(!fits("x2", "v{{version}}"));
        assert!(fits("2.5", "2.50"));
        assert!(!fits("a%20b", "a b"));
    }

    #[test]
    fn a_query_key_the_caller_fills_in_may_be_left_out_and_no_other_key_may_be_added() {
        let pair = |k: &str, v: &str| (k.to_owned(), v.to_owned());
        let want = [pair("api-version", "2"), pair("key", "{{apiKey}}"), pair("page", "")];
        assert!(same_query(&[pair("api-version", "2")], &want));
        assert!(same_query(&[pair("api-version", "2"), pair("key", "k1"), pair("page", "3")], &want));
        // A fixed value left out, changed or repeated, and a key nobody saved, all differ.
        assert!(!same_query(&[pair("key", "k1")], &want));
        assert!(!same_query(&[pair("api-version", "3")], &want));
        assert!(!same_query(&[pair("api-version", "2"), pair("api-version", "2")], &want));
        assert!(!same_query(&[pair("api-version", "2"), pair("debug", "1")], &want));
    }

    #[test]
    fn what_the_caller_fills_in_stands_for_any_value() {
        let collection: Value = serde_json::from_str(
            r#"{"variable": [{"key": "empty", "value": ""}],
                "item": [{"name": "a", "request": {"method": "PUT", "url": {"raw": "{{host}}/a/:id/./{{empty}}",
                  "host": ["{{host}}"], "path": ["a", ":id", ".", "{{empty}}"], "variable": [{"key": "id"}]},
                  "header": [{"key": "X-Request-Id", "value": "{{$guid}}"}, {"key": "X-Blank", "value": ""}],
                  "body": {"mode": "raw", "raw": "{\"merchant\": \"{{merchant}}\", \"count\": \"<integer>\", \"fixed\": 1}"}}}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let wire = expected(&collection, &variables(&collection), "/item/0").unwrap_or_else(|| panic!("no request"));
        let sent = serde_json::json!({"method": "PUT", "path": "/a/42/x", "query": null, "headers": [],
            "body": r#"{"merchant": "M1", "count": 3, "fixed": 1}"#});
        assert_eq!(compare(&wire, &sent), []);
        let sent = serde_json::json!({"method": "PUT", "path": "/a/42/x", "query": null, "headers": [],
            "body": r#"{"merchant": "M1", "count": 3, "fixed": 2}"#});
        let parts: Vec<&str> = compare(&wire, &sent).iter().map(|(part, _)| *part).collect();
        assert_eq!(parts, ["body"]);
    }

    #[test]
    fn requests_resolve_as_postman_sends_them() {
        let collection: Value = serde_json::from_str(
            r#"{"variable": [{"key": "host", "value": "https://api.x"}, {"key": "v", "value": "{{n}}"}, {"key": "n", "value": 2}],
                "item": [{"name": "a", "request": {"method": "post", "url": {"raw": "{{host}}/v{{v}}/files/My%20File/:id/?a=1",
                  "host": ["{{host}}"], "path": ["v{{v}}", "files", "My%20File", ":id", ""],
                  "query": [{"key": "a", "value": "1"}, {"key": "b", "value": "x", "disabled": true}],
                  "variable": [{"key": "id", "value": "42"}]},
                  "header": [{"key": "X-Mode", "value": "{{v}}"}, {"key": "X-Off", "value": "1", "disabled": true}],
                  "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"}]}},
                  "response": [{"name": "ok", "code": 200}]}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let vars = variables(&collection);
        let wire = expected(&collection, &vars, "/item/0/response/0").unwrap_or_else(|| panic!("no request"));
        let own = expected(&collection, &vars, "/item/0").unwrap_or_else(|| panic!("no item request"));
        assert_eq!((own.method.as_str(), own.path.as_slice()), ("POST", wire.path.as_slice()));
        assert_eq!((wire.server.as_str(), wire.method.as_str()), ("{{host}}", "POST"));
        assert_eq!(wire.path, ["v2", "files", "My File", "42", ""]);
        assert_eq!(wire.query, [("a".to_owned(), "1".to_owned())]);
        assert_eq!(wire.headers, [("X-Mode".to_owned(), "2".to_owned())]);
        let sent = serde_json::json!({"method": "POST", "path": "/v2/files/My%20File/42/", "query": "a=1",
            "headers": [["x-mode", "2"]], "body": "grant_type=client_credentials"});
        assert_eq!(compare(&wire, &sent), []);
        // Each wrong part is named: the slash dropped, the escape doubled, a header missing.
        let sent = serde_json::json!({"method": "POST", "path": "/v2/files/My%2520File/42", "query": "a=1",
            "headers": [], "body": "grant_type=client_credentials"});
        let parts: Vec<&str> = compare(&wire, &sent).iter().map(|(part, _)| *part).collect();
        assert_eq!(parts, ["path", "headers"]);
        // An `Accept` that lists the saved media type among others asks for the same answer.
        let mut sent = serde_json::json!({"method": "POST", "path": "/v2/files/My%20File/42/", "query": "a=1",
            "headers": [["x-mode", "2"], ["accept", "application/json, application/problem+json"]], "body": "grant_type=client_credentials"});
        let mut wire = wire;
        wire.headers.push(("Accept".to_owned(), "application/problem+json".to_owned()));
        assert_eq!(compare(&wire, &sent), []);
        sent["headers"][1][1] = "application/json".into();
        assert_eq!(compare(&wire, &sent).len(), 1);
        // A multipart type saved without its boundary is the one sent with one.
        assert!(same_meaning("Content-Type", "multipart/form-data; boundary=x1", "multipart/form-data"));
        assert!(!same_meaning("Content-Type", "application/json", "multipart/form-data"));
        assert!(!same_meaning("Content-Type", "text/xml", "text/xml; charset=utf-8"));
    }
}
