//! Headers and bodies: cosmetic variations of real exports are smoothed over here (a header
//! list or `Key: value` lines, bodies with or without a usable mode).

use serde_json::Value;

use super::{description, flag, text, tight};
use crate::postman::model::{Body, FormField, FormFieldKind, Header};

pub(super) fn headers(value: Option<&Value>) -> Vec<Header> {
    tight(match value {
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
            .filter(|h| !h.key.trim().is_empty())
            .collect(),
        Some(Value::String(s)) => header_lines(s),
        _ => Vec::new(),
    })
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

pub(super) fn body(value: Option<&Value>) -> Option<Body> {
    let obj = value?.as_object()?;
    // Postman does not send a disabled body, so neither do we.
    if flag(obj.get("disabled")) {
        return None;
    }
    match obj.get("mode")?.as_str()? {
        "raw" => Some(Body::Raw {
            text: text(obj.get("raw"))?,
            language: obj
                .get("options")
                .and_then(|o| o.get("raw"))
                .and_then(|r| text(r.get("language")))
                .filter(|l| !l.is_empty()),
        }),
        "urlencoded" => Some(Body::UrlEncoded(form_fields(obj.get("urlencoded")))),
        "formdata" => Some(Body::FormData(form_fields(obj.get("formdata")))),
        "file" => Some(Body::File {
            src: obj.get("file").and_then(|f| text(f.get("src"))),
        }),
        "graphql" => {
            let gql = obj.get("graphql");
            Some(Body::GraphQl {
                query: gql.and_then(|g| text(g.get("query"))).unwrap_or_default(),
                variables: gql
                    .and_then(|g| text(g.get("variables")))
                    .filter(|v| !v.trim().is_empty()),
            })
        }
        _ => None,
    }
}

fn form_fields(value: Option<&Value>) -> Vec<FormField> {
    let Some(Value::Array(entries)) = value else {
        return Vec::new();
    };
    let fields = entries
        .iter()
        .filter_map(Value::as_object)
        .filter_map(|obj| {
            let key = text(obj.get("key")).filter(|k| !k.is_empty())?;
            let kind = match obj.get("type").and_then(Value::as_str) {
                Some("file") => FormFieldKind::File,
                _ => FormFieldKind::Text,
            };
            let value = match kind {
                FormFieldKind::Text => text(obj.get("value")),
                // `src` is a path, or a list of paths for multi-file fields.
                FormFieldKind::File => match obj.get("src") {
                    Some(Value::Array(srcs)) => {
                        let srcs: Vec<String> = srcs.iter().filter_map(|s| text(Some(s))).collect();
                        (!srcs.is_empty()).then(|| srcs.join(", "))
                    }
                    src => text(src).or_else(|| text(obj.get("value"))),
                },
            };
            Some(FormField {
                key,
                value,
                kind,
                disabled: flag(obj.get("disabled")),
                description: description(obj.get("description")),
            })
        })
        .collect();
    tight(fields)
}

