//! Why a replayed request may rightly differ from what Postman sends. The gate puts each
//! disagreement under one of these reasons when every part that differs has one; the rest
//! are counted as unexplained (the figure to bring to zero).
//!
//! Each reason is read off the raw collection, like the oracle itself: a generated method
//! sends one method to one path with one body type, so an example saved with another method
//! or URL than its item's cannot be replayed by it; and some saved headers are not the API's.

use std::collections::HashMap;

use serde_json::Value;

use crate::wire_oracle::{expected, raw_request, same_json};

/// Headers a browser sends for itself, which collections captured from one often hold: they
/// say nothing about the API, so generated methods leave them out.
const BROWSER_HEADERS: &[&str] =
    &["origin", "referer", "accept-language", "cache-control", "pragma", "dnt", "upgrade-insecure-requests", "te"];

/// The reasons, in the order the table lists them.
pub const REASONS: [&str; 6] = [
    "example saved with another method than its item's request",
    "example saved for another URL than its item's request",
    "example saved with another Content-Type or body form than its item's request",
    "saved Content-Type contradicts the body's form (the body's own type is sent)",
    "browser header the collection captured (Origin, Referer, ...): not sent",
    "saved JSON body is not JSON (comments, trailing commas, bare {{var}}): sent repaired, same values",
];

/// The reason (an index into [`REASONS`]) for the difference in `part` of the request at `at`
/// (`detail` as [`crate::wire_oracle::compare`] wrote it), if it has one.
pub fn reason(
    collection: &Value,
    vars: &HashMap<String, String>,
    at: &str,
    (part, detail): (&str, &str),
    sent: &Value,
) -> Option<usize> {
    let item_at = at.rsplit_once("/response/").map(|(item, _)| item);
    let item = item_at.and_then(|item_at| expected(collection, vars, item_at));
    let saved = expected(collection, vars, at)?;
    match part {
        "method" => item.filter(|item| item.method != saved.method).map(|_| 0),
        "path" => item.filter(|item| !same_shape(&item.path, &saved.path)).map(|_| 1),
        "headers" => {
            let name = detail.strip_prefix('`')?.split(':').next()?.trim().to_ascii_lowercase();
            if BROWSER_HEADERS.contains(&name.as_str()) {
                return Some(4);
            }
            if name != "content-type" {
                return None;
            }
            let request = raw_request(collection, at)?;
            if contradicts_body(request, detail) {
                return Some(3);
            }
            let item_request = item_at.and_then(|item_at| raw_request(collection, item_at))?;
            (body_form(item_request) != body_form(request)).then_some(2)
        }
        "body" => {
            let request = raw_request(collection, at)?;
            let item_request = item_at.and_then(|item_at| raw_request(collection, item_at));
            if item_request.is_some_and(|item| body_form(item) != body_form(request)) {
                return Some(2);
            }
            let saved = repaired_json(request["body"]["raw"].as_str()?)?;
            let sent = serde_json::from_str::<Value>(sent["body"].as_str()?).ok()?;
            same_json(&sent, &saved).then_some(5)
        }
        _ => None,
    }
}

/// The saved `Content-Type` and body mode: what decides the body a method sends.
fn body_form(request: &Value) -> (Option<String>, Option<&str>) {
    (content_type(request), request["body"]["mode"].as_str())
}

/// A raw JSON body read the way Postman's editor tolerates it, written here apart from
/// postgen's own repair: `//` and `/* */` comments and trailing commas dropped, a bare
/// `{{var}}` read as the placeholder string (any value). None when it still is not JSON.
fn repaired_json(raw: &str) -> Option<Value> {
    let (mut out, mut chars) = (String::with_capacity(raw.len()), raw.chars().peekable());
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => out.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                while chars.next_if(|c| *c != '\n').is_some() {}
            }
            ('/', Some('*')) => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            ('{', Some('{')) => {
                out.push_str("\"{{");
                chars.next();
                while let Some(c) = chars.next() {
                    out.push(c);
                    if c == '}' && chars.peek() == Some(&'}') {
                        chars.next();
                        out.push_str("}\"");
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    // Trailing commas: a `,` whose next non-space character closes an object or array.
    let bytes: Vec<char> = out.chars().collect();
    let mut text = String::with_capacity(out.len());
    let mut in_string = false;
    for (i, c) in bytes.iter().enumerate() {
        if *c == '"' && (i == 0 || bytes[i - 1] != '\\') {
            in_string = !in_string;
        }
        let closes = || bytes[i + 1..].iter().find(|c| !c.is_whitespace()).is_some_and(|c| matches!(c, '}' | ']'));
        if !in_string && *c == ',' && closes() {
            continue;
        }
        text.push(*c);
    }
    serde_json::from_str(&text).ok()
}

/// Whether two paths are one route: as long, and equal wherever both are literal text.
fn same_shape(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a == b || a.contains("{{") || b.contains("{{"))
}

/// Whether `request` sends a form (`formdata`, `urlencoded`) or a file while the saved
/// `Content-Type` in `detail` names another type: Postman sends the body as its mode says.
fn contradicts_body(request: &Value, detail: &str) -> bool {
    let own_type = match request["body"]["mode"].as_str() {
        Some("formdata") => "multipart/form-data",
        Some("urlencoded") => "application/x-www-form-urlencoded",
        Some("file") => return true,
        // A JSON text saved under a form type: the method sends JSON, as JSON.
        Some("raw") if request["body"]["raw"].as_str().and_then(repaired_json).is_some_and(|v| v.is_object() || v.is_array()) => "json",
        _ => return false,
    };
    !detail.to_ascii_lowercase().contains(own_type)
}

fn content_type(request: &Value) -> Option<String> {
    request["header"].as_array()?.iter().find_map(|h| {
        let enabled = h["disabled"] != true && h["key"].as_str()?.eq_ignore_ascii_case("content-type");
        enabled.then(|| h["value"].as_str().unwrap_or_default().trim().to_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_of_another_route_method_or_type_are_explained_and_nothing_else_is() {
        let collection: Value = serde_json::from_str(
            r#"{"item": [{"name": "a", "request": {"method": "GET", "url": "https://x/delay/{{n}}/a",
                  "header": [{"key": "Content-Type", "value": "text/xml"}]},
                "response": [
                  {"originalRequest": {"method": "POST", "url": "https://x/delay/3/a", "header": [{"key": "Content-Type", "value": "text/xml"}]}},
                  {"originalRequest": {"method": "GET", "url": "https://x/other/3/a", "header": [{"key": "Content-Type", "value": "application/xml"}]}},
                  {"originalRequest": {"method": "GET", "url": "https://x/delay/3/a", "header": [{"key": "Content-Type", "value": "application/json"}],
                                       "body": {"mode": "formdata", "formdata": []}}}]}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let vars = HashMap::new();
        let why = |at: &str, part: &str, detail: &str| reason(&collection, &vars, at, (part, detail), &Value::Null);
        assert_eq!(why("/item/0/response/0", "method", "POST instead of GET"), Some(0));
        assert_eq!(why("/item/0/response/0", "path", ""), None, "the same route with a value filled in");
        assert_eq!(why("/item/0/response/1", "path", ""), Some(1));
        assert_eq!(why("/item/0/response/1", "headers", "`Content-Type: application/xml` not sent"), Some(2));
        assert_eq!(why("/item/0/response/2", "headers", "`Content-Type: application/json` not sent"), Some(3));
        assert_eq!(why("/item/0/response/0", "headers", "`Origin: http://localhost` not sent"), Some(4));
        // Sent JSON for a JSON text saved under a form type.
        let form_typed: Value = serde_json::from_str(
            r#"{"item": [{"request": {"method": "POST", "url": "https://x/a",
                "header": [{"key": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                "body": {"mode": "raw", "raw": "[{\"a\": 1,},]"}}}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let detail = "`Content-Type: application/x-www-form-urlencoded` not sent";
        assert_eq!(reason(&form_typed, &vars, "/item/0", ("headers", detail), &Value::Null), Some(3));
        // The item's own request: nothing to differ from.
        assert_eq!(why("/item/0", "method", "POST instead of GET"), None);
        assert_eq!(why("/item/0", "headers", "`X-Key: 1` not sent"), None);
    }

    #[test]
    fn a_json_body_postman_tolerates_is_read_with_its_values_and_compared_by_them() {
        let raw = "{\n  \"a\": 1, // one\n  /* two */ \"b\": [\"x // not a comment\", {{n}},],\n}";
        let repaired = repaired_json(raw).unwrap_or_else(|| panic!("not repaired: {raw}"));
        assert_eq!(repaired, serde_json::json!({"a": 1, "b": ["x // not a comment", "{{n}}"]}));
        assert_eq!(repaired_json("{\"a\": }"), None);
        let collection = serde_json::json!({"item": [{"request": {"method": "POST", "url": "https://x/a",
            "body": {"mode": "raw", "raw": raw}}}]});
        let vars = HashMap::new();
        let sent = serde_json::json!({"body": r#"{"a":1,"b":["x // not a comment",7]}"#});
        assert_eq!(reason(&collection, &vars, "/item/0", ("body", ""), &sent), Some(5));
        let sent = serde_json::json!({"body": r#"{"a":2,"b":["x // not a comment",7]}"#});
        assert_eq!(reason(&collection, &vars, "/item/0", ("body", ""), &sent), None, "another value is unexplained");
    }
}
