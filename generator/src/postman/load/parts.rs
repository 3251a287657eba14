//! Headers: a header list or `Key: value` lines. A request's headers are checked (wrong JSON
//! types as Postman treats them, [`Checks`]); a saved response's are read leniently, since
//! they only describe what a server once answered.

use serde_json::Value;

use super::checks::Checks;
use super::{description, flag, text, tight};
use crate::error::{describe, Error, Pointer};
use crate::postman::model::Header;

const EXPECTED_NAME: &str = "a header name string";
const EXPECTED_VALUE: &str = "a header value string";

/// A request's `header` (at `pointer`). Postman makes no named header of a `header` that is
/// neither a list nor lines, nor of a list entry that is neither an object nor a line: those
/// are skipped with a warning.
pub(super) fn request_headers(value: Option<&Value>, pointer: &Pointer, checks: &mut Checks) -> Result<Vec<Header>, Error> {
    let headers = match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => header_lines(s),
        Some(Value::Array(entries)) => {
            let mut headers = Vec::with_capacity(entries.len());
            for (i, entry) in entries.iter().enumerate() {
                match entry {
                    Value::Object(obj) => headers.push(request_header(obj, &pointer.index(i), checks)?),
                    Value::String(s) => headers.extend(header_lines(s)),
                    Value::Null => {}
                    other => checks.warn(
                        pointer.index(i),
                        format!("expected a header object or a `Key: value` line, found {}; Postman sends no header for it, skipped", describe(other)),
                    ),
                }
            }
            headers
        }
        Some(other) => {
            checks.warn(
                pointer.clone(),
                format!("expected a list of headers, found {}; Postman sends no header for it, ignored", describe(other)),
            );
            Vec::new()
        }
    };
    Ok(named(headers))
}

/// One header object of a request. `name` is read where `key` is absent (some v2.0 exports).
fn request_header(obj: &serde_json::Map<String, Value>, pointer: &Pointer, checks: &mut Checks) -> Result<Header, Error> {
    let (key_field, key) = match obj.get("key") {
        None | Some(Value::Null) => ("name", obj.get("name")),
        key => ("key", key),
    };
    Ok(Header {
        key: header_text(key, &pointer.key(key_field), EXPECTED_NAME, checks)?.unwrap_or_default(),
        value: header_text(obj.get("value"), &pointer.key("value"), EXPECTED_VALUE, checks)?.unwrap_or_default(),
        disabled: flag(obj.get("disabled")),
        description: description(obj.get("description")),
    })
}

/// A header name or value as Postman sends it. Postman reads both as `value || ''`, so `0`
/// and `false` go out empty; other numbers and booleans as their text.
fn header_text(value: Option<&Value>, pointer: &Pointer, expected: &str, checks: &mut Checks) -> Result<Option<String>, Error> {
    let falsy = match value {
        Some(Value::Bool(false)) => true,
        Some(Value::Number(n)) => n.as_f64() == Some(0.0),
        _ => false,
    };
    if let (true, Some(v)) = (falsy, value) {
        checks.warn(pointer.clone(), format!("expected {expected}, found {}; read as empty, as Postman sends it", describe(v)));
        return Ok(Some(String::new()));
    }
    checks.sent_text(value, pointer, expected)
}

/// A saved response's headers: entries of other types are skipped, scalars read as text.
pub(super) fn response_headers(value: Option<&Value>) -> Vec<Header> {
    named(match value {
        Some(Value::Array(entries)) => entries
            .iter()
            .flat_map(|entry| match entry {
                Value::Object(obj) => {
                    let key = text(obj.get("key").or_else(|| obj.get("name"))).unwrap_or_default();
                    vec![Header {
                        key,
                        value: text(obj.get("value")).unwrap_or_default(),
                        disabled: flag(obj.get("disabled")),
                        description: description(obj.get("description")),
                    }]
                }
                Value::String(s) => header_lines(s),
                _ => Vec::new(),
            })
            .collect(),
        Some(Value::String(s)) => header_lines(s),
        _ => Vec::new(),
    })
}

/// Headers with a name (Postman sends none without one).
fn named(headers: Vec<Header>) -> Vec<Header> {
    tight(headers.into_iter().filter(|h| !h.key.trim().is_empty()).collect())
}

/// The v2.0 string form: `Key: value` lines; a leading `//` marks a disabled header.
fn header_lines(s: &str) -> Vec<Header> {
    s.lines()
        .filter_map(|line| {
            let line = line.trim();
            let (disabled, line) = match line.strip_prefix("//") {
                Some(rest) => (true, rest.trim_start()),
                None => (false, line),
            };
            let (key, value) = line.split_once(':').unwrap_or((line, ""));
            let key = key.trim();
            (!key.is_empty()).then(|| Header {
                key: key.to_string(),
                value: value.trim().to_string(),
                disabled,
                description: None,
            })
        })
        .collect()
}
