//! Why a replayed request may rightly differ from what Postman sends. The gate puts each
//! disagreement under one of these reasons when every part that differs has one; the rest
//! are counted as unexplained (the figure to bring to zero).
//!
//! Each reason is read off the raw collection, like the oracle itself: a generated method
//! sends one method to one path with one body type, so an example saved with another method
//! or URL than its item's cannot be replayed by it; and some saved headers are not the API's.

use std::collections::HashMap;

use serde_json::Value;

use crate::wire_oracle::{expected, raw_request};

/// Headers a browser sends for itself, which collections captured from one often hold: they
/// say nothing about the API, so generated methods leave them out.
const BROWSER_HEADERS: &[&str] =
    &["origin", "referer", "accept-language", "cache-control", "pragma", "dnt", "upgrade-insecure-requests", "te"];

/// The reasons, in the order the table lists them.
pub const REASONS: [&str; 5] = [
    "example saved with another method than its item's request",
    "example saved for another URL than its item's request",
    "example saved with another Content-Type than its item's request",
    "saved Content-Type contradicts the body's form (the body's own type is sent)",
    "browser header the collection captured (Origin, Referer, ...): not sent",
];

/// The reason (an index into [`REASONS`]) for the difference in `part` of the request at `at`
/// (`detail` as [`crate::wire_oracle::compare`] wrote it), if it has one.
pub fn reason(collection: &Value, vars: &HashMap<String, String>, at: &str, part: &str, detail: &str) -> Option<usize> {
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
            (content_type(item_request) != content_type(request)).then_some(2)
        }
        _ => None,
    }
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
        let why = |at: &str, part: &str, detail: &str| reason(&collection, &vars, at, part, detail);
        assert_eq!(why("/item/0/response/0", "method", "POST instead of GET"), Some(0));
        assert_eq!(why("/item/0/response/0", "path", ""), None, "the same route with a value filled in");
        assert_eq!(why("/item/0/response/1", "path", ""), Some(1));
        assert_eq!(why("/item/0/response/1", "headers", "`Content-Type: application/xml` not sent"), Some(2));
        assert_eq!(why("/item/0/response/2", "headers", "`Content-Type: application/json` not sent"), Some(3));
        assert_eq!(why("/item/0/response/0", "headers", "`Origin: http://localhost` not sent"), Some(4));
        // The item's own request: nothing to differ from.
        assert_eq!(why("/item/0", "method", "POST instead of GET"), None);
        assert_eq!(why("/item/0", "headers", "`X-Key: 1` not sent"), None);
    }
}
