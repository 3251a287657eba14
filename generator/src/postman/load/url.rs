//! URLs in their three shapes: a string, an object with parts, an object with only `raw`.

use serde_json::Value;

use super::checks::Checks;
use super::{description, flag, text, tight, variables};
use crate::error::{Error, Pointer};
use crate::postman::model::{QueryParam, Url};

/// A request URL (at `pointer`) from its string or object form; absent or `null` is an empty
/// URL. Any other type is an error: Postman reads it as an empty URL, which it cannot send,
/// and a generated `GET /` would be a guess.
pub(super) fn url(value: Option<&Value>, pointer: &Pointer, checks: &Checks) -> Result<Url, Error> {
    let obj = match value {
        Some(Value::String(raw)) => return Ok(url_from_raw(raw)),
        Some(Value::Object(obj)) => obj,
        None | Some(Value::Null) => return Ok(Url::default()),
        Some(other) => return Err(checks.wrong_type(pointer, "a URL string or object", other)),
    };
    let raw = text(obj.get("raw")).unwrap_or_default();
    // Exports often omit `path`/`host`/`query` and keep only `raw`; fill the gaps from it.
    let parsed = url_from_raw(&raw);
    let host = match obj.get("host") {
        Some(Value::Array(labels)) if !labels.is_empty() => {
            let labels: Vec<String> = labels.iter().filter_map(|l| text(Some(l))).collect();
            Some(labels.join("."))
        }
        Some(Value::String(s)) => Some(s.clone()),
        _ => parsed.host,
    };
    let path = match obj.get("path") {
        Some(Value::Array(segments)) => {
            let texts: Vec<String> = segments
                .iter()
                .filter_map(|s| match s {
                    Value::Object(o) => text(o.get("value")),
                    other => text(Some(other)),
                })
                .collect();
            // Postman writes a trailing `/` as a last empty element.
            let trailing_slash = texts.last().is_some_and(String::is_empty);
            without_query_text(with_trailing_slash(texts.into_iter().filter(|s| !s.is_empty()).collect(), trailing_slash))
        }
        Some(Value::String(s)) => split_path(s),
        _ => parsed.path,
    };
    let query = match obj.get("query") {
        Some(Value::Array(entries)) => entries.iter().filter_map(query_param).collect(),
        _ => parsed.query,
    };
    let protocol = text(obj.get("protocol"))
        .filter(|p| !p.is_empty())
        .or(parsed.protocol);
    let port = text(obj.get("port"))
        .filter(|p| !p.is_empty())
        .or(parsed.port);
    let raw = if raw.is_empty() {
        rebuild_raw(&protocol, &host, &port, &path, &query)
    } else {
        raw
    };
    Ok(Url {
        raw,
        protocol,
        host,
        port,
        path: tight(path),
        query: tight(query),
        variables: variables(obj.get("variable"), &pointer.key("variable")),
    })
}

/// Splits a URL as Postman writes it: scheme optional, `{{vars}}` anywhere, no escaping.
pub(super) fn url_from_raw(raw: &str) -> Url {
    let trimmed = raw.trim();
    let without_fragment = trimmed.split_once('#').map_or(trimmed, |(u, _)| u);
    let (before_query, query_text) = match without_fragment.split_once('?') {
        Some((u, q)) => (u, Some(q)),
        None => (without_fragment, None),
    };
    let (protocol, rest) = match before_query.split_once("://") {
        Some((scheme, rest)) if is_scheme(scheme) || is_var(scheme) => {
            (Some(scheme.to_string()), rest)
        }
        _ => (None, before_query),
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let (host, port) = split_port(authority);
    let query = query_text
        .map(|q| {
            q.split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (key, value) = match pair.split_once('=') {
                        Some((k, v)) => (k, Some(v.to_string())),
                        None => (pair, None),
                    };
                    QueryParam {
                        key: key.to_string(),
                        value,
                        disabled: false,
                        description: None,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Url {
        raw: raw.to_string(),
        protocol,
        host: (!host.is_empty()).then(|| host.to_string()),
        port: port.map(str::to_string),
        path: tight(split_path(path)),
        query: tight(query),
        variables: Vec::new(),
    }
}

fn is_scheme(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A whole-segment `{{name}}` reference.
fn is_var(s: &str) -> bool {
    s.starts_with("{{") && s.ends_with("}}")
}

/// `host:8080`, `[::1]:8080`, `{{host}}:{{port}}` → (host, port).
fn split_port(authority: &str) -> (&str, Option<&str>) {
    let colon = if authority.starts_with('[') {
        authority
            .find(']')
            .and_then(|end| authority[end..].find(':').map(|c| end + c))
    } else {
        authority.rfind(':')
    };
    if let Some(c) = colon {
        let port = &authority[c + 1..];
        if !port.is_empty() && (port.bytes().all(|b| b.is_ascii_digit()) || is_var(port)) {
            return (&authority[..c], Some(port));
        }
    }
    (authority, None)
}

/// Path elements up to a `?` some exports leave inside one (`bandwidth?from=2+days+ago`):
/// on the wire that `?` starts the query (read from `raw`), so the path ends there. An
/// element that starts with `?` leaves an empty last element: the `/` before it stays.
fn without_query_text(mut segments: Vec<String>) -> Vec<String> {
    if let Some(at) = segments.iter().position(|s| s.contains('?')) {
        segments.truncate(at + 1);
        if let Some(last) = segments.last_mut() {
            last.truncate(last.find('?').unwrap_or(last.len()));
        }
    }
    segments
}

/// The segments of a path; a trailing `/` is kept as a last empty segment (`/v1/intention/`
/// differs from `/v1/intention` for many servers), other empty segments are dropped.
fn split_path(path: &str) -> Vec<String> {
    let segments = path.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect();
    with_trailing_slash(segments, path.ends_with('/'))
}

/// `segments`, ending with an empty one when the path ends with `/` after a segment.
fn with_trailing_slash(mut segments: Vec<String>, trailing_slash: bool) -> Vec<String> {
    if trailing_slash && !segments.is_empty() {
        segments.push(String::new());
    }
    segments
}

fn rebuild_raw(
    protocol: &Option<String>,
    host: &Option<String>,
    port: &Option<String>,
    path: &[String],
    query: &[QueryParam],
) -> String {
    let mut raw = String::new();
    if let Some(p) = protocol {
        raw.push_str(p);
        raw.push_str("://");
    }
    raw.push_str(host.as_deref().unwrap_or_default());
    if let Some(p) = port {
        raw.push(':');
        raw.push_str(p);
    }
    for segment in path {
        raw.push('/');
        raw.push_str(segment);
    }
    let enabled: Vec<String> = query
        .iter()
        .filter(|q| !q.disabled)
        .map(|q| match &q.value {
            Some(v) => format!("{}={v}", q.key),
            None => q.key.clone(),
        })
        .collect();
    if !enabled.is_empty() {
        raw.push('?');
        raw.push_str(&enabled.join("&"));
    }
    raw
}

fn query_param(value: &Value) -> Option<QueryParam> {
    let obj = value.as_object()?;
    let key = text(obj.get("key"));
    let value = text(obj.get("value"));
    if key.is_none() && value.is_none() {
        return None;
    }
    Some(QueryParam {
        key: key.unwrap_or_default(),
        value,
        disabled: flag(obj.get("disabled")),
        description: description(obj.get("description")),
    })
}
