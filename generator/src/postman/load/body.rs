//! Request bodies, with the wrong JSON types decided as Postman treats them ([`Checks`]):
//! what Postman would not send is no body (with a warning), what it would send garbled or
//! not at all where the author meant something is an error.

use serde_json::{Map, Value};

use super::checks::Checks;
use super::{description, flag, text, tight};
use crate::error::{describe, Error, Pointer};
use crate::postman::model::{Body, FormField, FormFieldKind};

const EXPECTED_MODE: &str = "a body mode string (raw, urlencoded, formdata, file or graphql)";
const EXPECTED_FIELDS: &str = "an array of form fields";
const EXPECTED_FIELD: &str = "a form field object ({\"key\": ..., \"value\": ...})";
const EXPECTED_PATH: &str = "a file path string";

/// A request's `body` (at `pointer`).
pub(super) fn body(value: Option<&Value>, pointer: &Pointer, checks: &mut Checks) -> Result<Option<Body>, Error> {
    let obj = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(obj)) => obj,
        // The collection SDK reads a string as a raw body.
        Some(Value::String(raw)) if !raw.is_empty() => return Ok(Some(Body::Raw { text: raw.clone(), language: None })),
        Some(other) => {
            checks.warn(pointer.clone(), format!("expected a body object, found {}; Postman sends no body for it", describe(other)));
            return Ok(None);
        }
    };
    // Postman does not send a disabled body, so neither do we.
    if flag(obj.get("disabled")) {
        return Ok(None);
    }
    let mode = match obj.get("mode") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(mode)) => mode.as_str(),
        Some(other) => return Err(checks.wrong_type(&pointer.key("mode"), EXPECTED_MODE, other)),
    };
    Ok(match mode {
        "raw" => raw(obj, pointer, checks),
        "urlencoded" => Some(Body::UrlEncoded(form(obj.get("urlencoded"), &pointer.key("urlencoded"), false, checks)?)),
        "formdata" => Some(Body::FormData(form(obj.get("formdata"), &pointer.key("formdata"), true, checks)?)),
        "file" => file(obj.get("file"), &pointer.key("file"), checks)?,
        "graphql" => Some(graphql(obj.get("graphql"), &pointer.key("graphql"), checks)?),
        _ => None,
    })
}

/// A raw body. Postman sends an object or array as its JSON text; a number or boolean it
/// counts as empty (lodash `isEmpty`) and sends nothing.
fn raw(obj: &Map<String, Value>, pointer: &Pointer, checks: &mut Checks) -> Option<Body> {
    let pointer = pointer.key("raw");
    let body = match obj.get("raw")? {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        compound @ (Value::Object(_) | Value::Array(_)) if !is_empty(compound) => {
            let json = compound.to_string();
            checks.warn(pointer, format!("expected the body as a string, found {}; read as its JSON text, as Postman sends it", describe(compound)));
            json
        }
        other => {
            checks.warn(pointer, format!("expected the body as a string, found {}; Postman sends no body for it", describe(other)));
            return None;
        }
    };
    let language = obj
        .get("options")
        .and_then(|o| o.get("raw"))
        .and_then(|r| text(r.get("language")))
        .filter(|l| !l.is_empty());
    Some(Body::Raw { text: body, language })
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.is_empty(),
        Value::Array(list) => list.is_empty(),
        _ => false,
    }
}

/// `urlencoded` / `formdata` fields. The SDK also reads `urlencoded` as a query string.
fn form(value: Option<&Value>, pointer: &Pointer, multipart: bool, checks: &mut Checks) -> Result<Vec<FormField>, Error> {
    let entries = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) => entries,
        Some(Value::String(query)) if !multipart => return Ok(query_string_fields(query)),
        Some(other) => return Err(checks.wrong_type(pointer, EXPECTED_FIELDS, other)),
    };
    let mut fields = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let obj = match entry {
            Value::Null => continue,
            Value::Object(obj) => obj,
            other => return Err(checks.wrong_type(&pointer.index(i), EXPECTED_FIELD, other)),
        };
        if let Some(field) = form_field(obj, &pointer.index(i), multipart, checks)? {
            fields.push(field);
        }
    }
    Ok(tight(fields))
}

fn form_field(obj: &Map<String, Value>, pointer: &Pointer, multipart: bool, checks: &mut Checks) -> Result<Option<FormField>, Error> {
    let Some(key) = checks.sent_text(obj.get("key"), &pointer.key("key"), "a form field name string")?.filter(|k| !k.is_empty()) else {
        return Ok(None);
    };
    let kind = match obj.get("type").and_then(Value::as_str) {
        Some("file") => FormFieldKind::File,
        _ => FormFieldKind::Text,
    };
    let value = match kind {
        FormFieldKind::Text => form_value(obj.get("value"), &pointer.key("value"), multipart, checks)?,
        // `src` is a path, or a list of paths for multi-file fields.
        FormFieldKind::File => match obj.get("src") {
            None | Some(Value::Null) => text_or_error(obj.get("value"), &pointer.key("value"), EXPECTED_PATH, checks)?,
            Some(Value::Array(srcs)) => {
                let mut paths = Vec::with_capacity(srcs.len());
                for (i, src) in srcs.iter().enumerate() {
                    paths.extend(text_or_error(Some(src), &pointer.key("src").index(i), EXPECTED_PATH, checks)?);
                }
                (!paths.is_empty()).then(|| paths.join(", "))
            }
            src => text_or_error(src, &pointer.key("src"), EXPECTED_PATH, checks)?,
        },
    };
    Ok(Some(FormField { key, value, kind, disabled: flag(obj.get("disabled")), description: description(obj.get("description")) }))
}

/// A text field's value. Postman sends a multipart value that is not a string as its JSON
/// text (`JSON.stringify`); an urlencoded one it would garble, so that one must be text.
fn form_value(value: Option<&Value>, pointer: &Pointer, multipart: bool, checks: &mut Checks) -> Result<Option<String>, Error> {
    match value {
        Some(compound @ (Value::Object(_) | Value::Array(_))) if multipart => {
            checks.warn(pointer.clone(), format!("expected a form value string, found {}; read as its JSON text, as Postman sends it", describe(compound)));
            Ok(Some(compound.to_string()))
        }
        value => checks.sent_text(value, pointer, "a form value string"),
    }
}

/// A string, or `None` for absent/`null`; anything else is an error (a path or a query must
/// be what the author wrote, not a stringified guess).
fn text_or_error(value: Option<&Value>, pointer: &Pointer, expected: &str, checks: &Checks) -> Result<Option<String>, Error> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(checks.wrong_type(pointer, expected, other)),
    }
}

/// `a=1&b` as form fields, as the SDK's `QueryParam.parse` splits it (no decoding).
fn query_string_fields(query: &str) -> Vec<FormField> {
    let fields = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = match pair.split_once('=') {
                Some((k, v)) => (k, Some(v.to_owned())),
                None => (pair, None),
            };
            FormField { key: key.to_owned(), value, kind: FormFieldKind::Text, disabled: false, description: None }
        })
        .filter(|f| !f.key.is_empty())
        .collect();
    tight(fields)
}

/// A `file` body: `{"src": path}`, or the path alone (the SDK's short form). Postman counts
/// a `file` of another type as empty and sends no body.
fn file(value: Option<&Value>, pointer: &Pointer, checks: &mut Checks) -> Result<Option<Body>, Error> {
    let src = match value {
        None | Some(Value::Null) => None,
        Some(Value::String(path)) => Some(path.clone()),
        Some(Value::Object(obj)) => text_or_error(obj.get("src"), &pointer.key("src"), EXPECTED_PATH, checks)?,
        Some(other) => {
            checks.warn(pointer.clone(), format!("expected a file object ({{\"src\": path}}), found {}; Postman sends no body for it", describe(other)));
            return Ok(None);
        }
    };
    Ok(Some(Body::File { src }))
}

/// A GraphQL body: `query` must be text, `variables` text or JSON (Postman sends an object
/// as it is).
fn graphql(value: Option<&Value>, pointer: &Pointer, checks: &mut Checks) -> Result<Body, Error> {
    let gql = match value {
        None | Some(Value::Null) => None,
        Some(Value::Object(gql)) => Some(gql),
        Some(other) => return Err(checks.wrong_type(pointer, "a graphql object ({\"query\": ..., \"variables\": ...})", other)),
    };
    let query = text_or_error(gql.and_then(|g| g.get("query")), &pointer.key("query"), "a GraphQL query string", checks)?;
    let variables = match gql.and_then(|g| g.get("variables")) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(v @ Value::Object(_)) => Some(v.to_string()),
        Some(other) => {
            return Err(checks.wrong_type(&pointer.key("variables"), "GraphQL variables (an object, or its JSON text)", other));
        }
    };
    Ok(Body::GraphQl { query: query.unwrap_or_default(), variables: variables.filter(|v| !v.trim().is_empty()) })
}
