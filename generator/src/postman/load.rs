//! The lenient loader: JSON text → [`Collection`].
//!
//! Real exports disagree with the published schema in many small ways (see the model docs),
//! so we walk a `serde_json::Value` by hand instead of deriving `Deserialize`: structural
//! problems (not an object, `item` not an array) are errors with a JSON pointer, while
//! cosmetic fields of an unexpected type are ignored or stringified.

use std::path::Path;

use serde_json::{Map, Value};

use super::model::*;
use crate::error::{Error, Pointer, describe};
use url::{url, url_from_raw};

const EXPECTED_COLLECTION: &str =
    "a Postman Collection v2.0 or v2.1 (a JSON object with `info` and `item`)";

/// Reads and loads the collection file at `path`.
pub fn load_file(path: &Path) -> Result<Collection, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Error::input(
            path,
            &Pointer::root(),
            "UTF-8 text",
            format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )
    })?;
    load_str(path, text)
}

/// Loads a collection from `text`; `file` is used only in diagnostics.
pub fn load_str(file: &Path, text: &str) -> Result<Collection, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|e| syntax_error(file, &e))?;
    Loader { file }.collection(&root)
}

fn syntax_error(file: &Path, e: &serde_json::Error) -> Error {
    // serde_json's Display appends " at line L column C"; we state the position ourselves.
    let text = e.to_string();
    let message = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(m, _)| m);
    let found = if message.contains("recursion limit") {
        // serde_json stops at 128 levels of nesting; that is a limit, not a typo.
        format!(
            "JSON nested more than 128 levels deep (at line {}, column {})",
            e.line(),
            e.column()
        )
    } else {
        format!(
            "a JSON syntax error at line {}, column {}: {message}",
            e.line(),
            e.column()
        )
    };
    Error::input(file, &Pointer::root(), "a JSON document", found)
}

struct Loader<'a> {
    file: &'a Path,
}

impl Loader<'_> {
    fn collection(&self, root: &Value) -> Result<Collection, Error> {
        let mut ptr = Pointer::root();
        let Some(mut obj) = root.as_object() else {
            return Err(Error::input(
                self.file,
                &ptr,
                EXPECTED_COLLECTION,
                describe(root),
            ));
        };
        // Postman API exports wrap the collection: {"collection": {"info": ..., "item": ...}}.
        if !obj.contains_key("item") {
            if let Some(inner) = obj.get("collection").and_then(Value::as_object) {
                obj = inner;
                ptr = ptr.key("collection");
            }
        }
        let items = match obj.get("item") {
            Some(Value::Array(items)) => self.items(items, &ptr.key("item"))?,
            Some(Value::Null) | None => {
                self.check_not_collection(obj, &ptr)?;
                Vec::new()
            }
            Some(other) => {
                return Err(Error::input(
                    self.file,
                    &ptr.key("item"),
                    "an array of items",
                    describe(other),
                ));
            }
        };
        let info = obj.get("info").and_then(Value::as_object);
        let version = match info.and_then(|i| i.get("schema")).and_then(Value::as_str) {
            Some(s) if s.contains("v2.1") => SchemaVersion::V2_1,
            Some(s) if s.contains("v2.0") => SchemaVersion::V2_0,
            _ => SchemaVersion::V2Unknown,
        };
        Ok(Collection {
            file: self.file.to_path_buf(),
            version,
            name: info
                .map(|i| string_or_empty(i.get("name")))
                .unwrap_or_default(),
            description: info.and_then(|i| description(i.get("description"))),
            variables: variables(obj.get("variable")),
            auth: auth(obj.get("auth")),
            items,
        })
    }

    /// Called when there is no `item`: fine for an empty v2 collection, an error otherwise.
    fn check_not_collection(&self, obj: &Map<String, Value>, ptr: &Pointer) -> Result<(), Error> {
        let found = if ["requests", "order", "folders"]
            .iter()
            .any(|k| obj.contains_key(*k))
        {
            "a v1 collection (top-level `requests`/`order`/`folders`, no `item`); \
             re-export it from Postman as v2.1"
        } else if obj.contains_key("openapi") || obj.contains_key("swagger") {
            "an OpenAPI document"
        } else if obj.contains_key("info") {
            return Ok(());
        } else {
            "an object without `info` or `item`"
        };
        Err(Error::input(self.file, ptr, EXPECTED_COLLECTION, found))
    }

    fn items(&self, items: &[Value], ptr: &Pointer) -> Result<Vec<Item>, Error> {
        let mut out = Vec::with_capacity(items.len());
        for (i, value) in items.iter().enumerate() {
            let ptr = ptr.index(i);
            let Some(obj) = value.as_object() else {
                return Err(Error::input(
                    self.file,
                    &ptr,
                    "an item object (a request or a folder)",
                    describe(value),
                ));
            };
            match obj.get("item") {
                Some(Value::Array(children)) => out.push(Item::Folder(Folder {
                    name: string_or_empty(obj.get("name")),
                    description: description(obj.get("description")),
                    auth: auth(obj.get("auth")),
                    variables: variables(obj.get("variable")),
                    items: self.items(children, &ptr.key("item"))?,
                    pointer: ptr,
                })),
                _ if obj.contains_key("request") => {
                    out.push(Item::Request(Box::new(self.request_item(obj, ptr)?)));
                }
                Some(Value::Null) | None => {} // neither folder nor request: Postman skips it too
                Some(other) => {
                    return Err(Error::input(
                        self.file,
                        &ptr.key("item"),
                        "an array of items",
                        describe(other),
                    ));
                }
            }
        }
        Ok(out)
    }

    fn request_item(&self, obj: &Map<String, Value>, ptr: Pointer) -> Result<RequestItem, Error> {
        let request_ptr = ptr.key("request");
        let request = match obj.get("request") {
            Some(v @ (Value::String(_) | Value::Object(_) | Value::Null)) => {
                request(v, request_ptr)
            }
            Some(other) => {
                return Err(Error::input(
                    self.file,
                    &request_ptr,
                    "a request object or a URL string",
                    describe(other),
                ));
            }
            None => request(&Value::Null, request_ptr),
        };
        let responses = match obj.get("response") {
            Some(Value::Array(list)) => {
                let base = ptr.key("response");
                list.iter()
                    .enumerate()
                    .filter_map(|(i, r)| r.as_object().map(|r| saved_response(r, base.index(i))))
                    .collect()
            }
            _ => Vec::new(),
        };
        Ok(RequestItem {
            name: string_or_empty(obj.get("name")),
            description: description(obj.get("description"))
                .or_else(|| request.description.clone()),
            request,
            responses,
            pointer: ptr,
        })
    }
}

/// A request in any of its shapes; a string is the URL of a GET, `null` an empty GET.
fn request(value: &Value, pointer: Pointer) -> Request {
    let empty = Map::new();
    let obj = match value {
        Value::Object(obj) => obj,
        Value::String(url) => {
            return Request {
                method: "GET".into(),
                url: url_from_raw(url),
                headers: Vec::new(),
                body: None,
                auth: None,
                description: None,
                pointer,
            };
        }
        _ => &empty,
    };
    let method = text(obj.get("method"))
        .map(|m| m.trim().to_uppercase())
        .unwrap_or_default();
    Request {
        method: if method.is_empty() {
            "GET".into()
        } else {
            method
        },
        url: url(obj.get("url")),
        headers: headers(obj.get("header")),
        body: body(obj.get("body")),
        auth: auth(obj.get("auth")),
        description: description(obj.get("description")),
        pointer,
    }
}

fn saved_response(obj: &Map<String, Value>, pointer: Pointer) -> SavedResponse {
    let original_request = match obj.get("originalRequest") {
        Some(v @ (Value::String(_) | Value::Object(_))) => {
            Some(request(v, pointer.key("originalRequest")))
        }
        _ => None,
    };
    let code = obj.get("code").filter(|c| !c.is_null()).or_else(|| {
        // v1-style `responseCode: {code, name}` survives in some converted files.
        obj.get("responseCode").and_then(|rc| rc.get("code"))
    });
    let status = match code {
        Some(Value::Number(n)) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    };
    // `text` and `headers` are the pre-v2 names; harmless to accept.
    let body = if obj.contains_key("body") {
        obj.get("body")
    } else {
        obj.get("text")
    };
    SavedResponse {
        name: string_or_empty(obj.get("name")),
        original_request,
        status,
        status_text: text(obj.get("status")).filter(|s| !s.trim().is_empty()),
        headers: headers(
            obj.get("header")
                .filter(|h| !h.is_null())
                .or_else(|| obj.get("headers")),
        ),
        body: body
            .and_then(Value::as_str)
            .filter(|b| !b.trim().is_empty())
            .map(str::to_string),
        preview_language: text(obj.get("_postman_previewlanguage")).filter(|s| !s.is_empty()),
        pointer,
    }
}

fn headers(value: Option<&Value>) -> Vec<Header> {
    match value {
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
    }
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

fn body(value: Option<&Value>) -> Option<Body> {
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
    entries
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
        .collect()
}

fn auth(value: Option<&Value>) -> Option<Auth> {
    let obj = value?.as_object()?;
    let type_name = obj.get("type")?.as_str()?.trim();
    let kind = match type_name.to_ascii_lowercase().as_str() {
        "" => return None,
        "noauth" => AuthKind::NoAuth,
        "inherit" => AuthKind::Inherit,
        "bearer" => AuthKind::Bearer,
        "basic" => AuthKind::Basic,
        "apikey" => AuthKind::ApiKey,
        "oauth2" => AuthKind::OAuth2,
        _ => AuthKind::Other(type_name.to_string()),
    };
    let params = match obj.get(type_name) {
        // v2.1: [{"key": "token", "value": "...", "type": "string"}, ...]
        Some(Value::Array(entries)) => entries
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|e| {
                Some((
                    text(e.get("key"))?,
                    text(e.get("value")).unwrap_or_default(),
                ))
            })
            .collect(),
        // v2.0: {"token": "...", ...}
        Some(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| (k.clone(), text(Some(v)).unwrap_or_default()))
            .collect(),
        _ => Vec::new(),
    };
    Some(Auth { kind, params })
}

fn variables(value: Option<&Value>) -> Vec<Variable> {
    let Some(Value::Array(entries)) = value else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(Value::as_object)
        .filter_map(|obj| {
            let key = text(obj.get("key"))
                .filter(|k| !k.is_empty())
                .or_else(|| text(obj.get("id")))?;
            Some(Variable {
                key,
                value: text(obj.get("value")),
                description: description(obj.get("description")),
                disabled: flag(obj.get("disabled")),
            })
        })
        .collect()
}

/// A description as text: a string, or the `content` of `{content, type}`; empty → `None`.
fn description(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(s) => s.as_str(),
        Value::Object(obj) => obj.get("content")?.as_str()?,
        _ => return None,
    };
    (!text.trim().is_empty()).then(|| text.to_string())
}

/// A scalar as text (numbers and booleans stringified, compound values as JSON); null → None.
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        compound => Some(compound.to_string()),
    }
}

fn string_or_empty(value: Option<&Value>) -> String {
    text(value).unwrap_or_default()
}

/// `disabled: true`; anything else (absent, `false`, `"true"`...) counts as enabled.
fn flag(value: Option<&Value>) -> bool {
    matches!(value, Some(Value::Bool(true)))
}

mod url;

#[cfg(test)]
mod tests;
