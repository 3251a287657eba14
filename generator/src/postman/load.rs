//! The lenient loader: JSON text → [`Collection`].
//!
//! Real exports disagree with the published schema in many small ways (see the model docs),
//! so we walk a `serde_json::Value` by hand instead of deriving `Deserialize`: structural
//! problems (not an object, `item` not an array, no `info`, a schema version we cannot read,
//! a method that is not an HTTP method, auth that is not an object, variables that refer to
//! each other in a circle where a URL needs them) are errors with a JSON pointer, while
//! cosmetic fields of an unexpected type are ignored or stringified. The fields that decide
//! what a request sends (URL, headers, body) of the wrong type are decided as Postman treats
//! them (`load/checks.rs`): an error, or a warning where Postman sends the value anyway.

use std::path::Path;

use serde_json::{Map, Value};

use super::model::*;
use crate::error::{Error, Pointer, Warning, describe};
use body::body;
use checks::Checks;
use parts::{request_headers, response_headers};
use stream::{Items, Parsed};
use url::{url, url_from_raw};

const EXPECTED_COLLECTION: &str =
    "a Postman Collection v2.0 or v2.1 (a JSON object with `info` and `item`)";
const EXPECTED_INFO: &str = "an `info` object (the collection's `name` and `schema` URL)";

/// Reads and loads the collection file at `path`.
pub fn load_file(path: &Path) -> Result<Collection, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = crate::input::utf8_text(path, &bytes)?;
    load_str(path, text)
}

/// Loads a collection from `text`; `file` is used only in diagnostics.
pub fn load_str(file: &Path, text: &str) -> Result<Collection, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let loader = Loader { file };
    let state = crate::input::State::default();
    let root = convert::Pipeline::run(&loader, |pipeline| {
        crate::input::parse_seeded(file, text, &state, stream::root(&loader, &state, pipeline))
    })?;
    let mut warnings = Vec::new();
    let mut collection = loader.collection(root, &mut warnings)?;
    cycles::check(&collection, &mut warnings)?;
    collection.warnings = warnings;
    Ok(collection)
}

struct Loader<'a> {
    file: &'a Path,
}

impl Loader<'_> {
    fn collection(&self, root: Parsed, warnings: &mut Vec<Warning>) -> Result<Collection, Error> {
        let mut ptr = Pointer::root();
        let mut root = match root {
            Parsed::Object(root) => root,
            other => {
                return Err(Error::input(self.file, &ptr, EXPECTED_COLLECTION, other.describe()));
            }
        };
        // Postman API exports wrap the collection: {"collection": {"info": ..., "item": ...}}.
        if !root.map.contains_key("item") {
            if let Some(inner) = root.wrapped.take() {
                root = *inner;
                ptr = ptr.key("collection");
            }
        }
        let obj = &root.map;
        let items = match obj.get("item") {
            // The stream converted it (an empty list only if it never got there).
            Some(Value::Array(_)) => Some(root.items.take().unwrap_or_else(|| Ok(Vec::new()))),
            Some(Value::Null) | None => {
                self.check_not_collection(obj, &ptr)?;
                None
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
        // `info` first: a file in another format or version should say so before anything
        // about its items.
        let info_ptr = ptr.key("info");
        let info = match obj.get("info") {
            Some(Value::Object(info)) => info,
            // Postman's own importer needs `info` to recognise a v2 collection.
            None => return Err(Error::input(self.file, &info_ptr, EXPECTED_INFO, "nothing")),
            Some(other) => return Err(Error::input(self.file, &info_ptr, EXPECTED_INFO, describe(other))),
        };
        let version = info::schema_version(self.file, info.get("schema"), &info_ptr.key("schema"), warnings)?;
        let mut items = match items {
            Some(items) => items?,
            None => Vec::new(),
        };
        item_warnings(&mut items, warnings);
        Ok(Collection {
            file: self.file.to_path_buf(),
            version,
            name: string_or_empty(info.get("name")),
            description: description(info.get("description")),
            variables: variables(obj.get("variable"), &ptr.key("variable")),
            auth: self.auth(obj.get("auth"), &ptr.key("auth"))?,
            items,
            warnings: Vec::new(),
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

    /// One element of an `item` array (its own `item` array, if any, already converted into
    /// `children`): a folder, a request, or nothing (neither, which Postman skips too).
    fn item(&self, obj: &Map<String, Value>, ptr: Pointer, children: Option<Items>) -> Result<Option<Item>, Error> {
        Ok(match obj.get("item") {
            Some(Value::Array(_)) => Some(Item::Folder(Folder {
                name: string_or_empty(obj.get("name")),
                description: description(obj.get("description")),
                auth: self.auth(obj.get("auth"), &ptr.key("auth"))?,
                variables: variables(obj.get("variable"), &ptr.key("variable")),
                items: children.unwrap_or_else(|| Ok(Vec::new()))?,
                pointer: ptr,
            })),
            _ if obj.contains_key("request") => Some(Item::Request(Box::new(self.request_item(obj, ptr)?))),
            Some(Value::Null) | None => None,
            Some(other) => {
                return Err(Error::input(
                    self.file,
                    &ptr.key("item"),
                    "an array of items",
                    describe(other),
                ));
            }
        })
    }

    fn request_item(&self, obj: &Map<String, Value>, ptr: Pointer) -> Result<RequestItem, Error> {
        let mut checks = Checks::new(self.file);
        let request_ptr = ptr.key("request");
        let request = match obj.get("request") {
            Some(v @ (Value::String(_) | Value::Object(_) | Value::Null)) => {
                self.request(v, request_ptr, &mut checks)?
            }
            Some(other) => {
                return Err(Error::input(
                    self.file,
                    &request_ptr,
                    "a request object or a URL string",
                    describe(other),
                ));
            }
            None => self.request(&Value::Null, request_ptr, &mut checks)?,
        };
        let mut responses = Vec::new();
        if let Some(Value::Array(list)) = obj.get("response") {
            let base = ptr.key("response");
            for (i, entry) in list.iter().enumerate() {
                if let Some(entry) = entry.as_object() {
                    responses.push(self.saved_response(entry, base.index(i), &mut checks)?);
                }
            }
        }
        Ok(RequestItem {
            name: string_or_empty(obj.get("name")),
            description: description(obj.get("description"))
                .or_else(|| request.description.clone()),
            request,
            responses: tight(responses),
            pointer: ptr,
            warnings: tight(checks.warnings),
        })
    }
}

impl Loader<'_> {
    /// A request in any of its shapes; a string is the URL of a GET, `null` an empty GET.
    fn request(&self, value: &Value, pointer: Pointer, checks: &mut Checks) -> Result<Request, Error> {
        let empty = Map::new();
        let obj = match value {
            Value::Object(obj) => obj,
            Value::String(url) => {
                return Ok(Request {
                    method: "GET".into(),
                    url: url_from_raw(url),
                    headers: Vec::new(),
                    body: None,
                    auth: None,
                    description: None,
                    pointer,
                    url_only: true,
                });
            }
            _ => &empty,
        };
        Ok(Request {
            method: info::method(self.file, obj.get("method"), &pointer.key("method"))?,
            url: url(obj.get("url"), &pointer.key("url"), checks)?,
            headers: request_headers(obj.get("header"), &pointer.key("header"), checks)?,
            body: body(obj.get("body"), &pointer.key("body"), checks)?,
            auth: self.auth(obj.get("auth"), &pointer.key("auth"))?,
            description: description(obj.get("description")),
            pointer,
            url_only: false,
        })
    }

    fn saved_response(&self, obj: &Map<String, Value>, pointer: Pointer, checks: &mut Checks) -> Result<SavedResponse, Error> {
        let original_request = match obj.get("originalRequest") {
            Some(v @ (Value::String(_) | Value::Object(_))) => {
                Some(self.request(v, pointer.key("originalRequest"), checks)?)
            }
            _ => None,
        };
        Ok(saved_response(obj, original_request, pointer))
    }

    /// Auth at some level. Not an object (nor `null`) is an error rather than "inherit": which
    /// credentials the client sends is not cosmetic. An object without a usable `type` is
    /// Postman's "not set".
    fn auth(&self, value: Option<&Value>, pointer: &Pointer) -> Result<Option<Auth>, Error> {
        match value {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(obj)) => Ok(auth(obj)),
            Some(other) => Err(Error::input(
                self.file,
                pointer,
                "an auth object ({\"type\": \"bearer\", ...}) or null",
                describe(other),
            )),
        }
    }
}

/// A body that is not blank: an object or array that reads as JSON is kept only as compact
/// JSON, anything else as saved.
fn saved_body(text: &str) -> SavedBody {
    let trimmed = text.trim();
    let json = super::compact_json_lenient(trimmed);
    match json {
        Some(json) if trimmed.starts_with(['{', '[']) => SavedBody::Json(json),
        json => SavedBody::Text { text: text.to_owned(), json },
    }
}

fn saved_response(obj: &Map<String, Value>, original_request: Option<Request>, pointer: Pointer) -> SavedResponse {
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
    let body = body.and_then(Value::as_str).filter(|b| !b.trim().is_empty()).map(saved_body);
    SavedResponse {
        name: string_or_empty(obj.get("name")),
        original_request,
        status,
        status_text: text(obj.get("status")).filter(|s| !s.trim().is_empty()),
        headers: response_headers(
            obj.get("header")
                .filter(|h| !h.is_null())
                .or_else(|| obj.get("headers")),
        ),
        body,
        preview_language: text(obj.get("_postman_previewlanguage")).filter(|s| !s.is_empty()),
        pointer,
    }
}

fn auth(obj: &Map<String, Value>) -> Option<Auth> {
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
    let params = tight(match obj.get(type_name) {
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
    });
    Some(Auth { kind, params })
}

/// Variables from a `variable` array at `pointer`; entries that are not objects or have no
/// name are skipped.
fn variables(value: Option<&Value>, pointer: &Pointer) -> Vec<Variable> {
    let Some(Value::Array(entries)) = value else {
        return Vec::new();
    };
    let variables = entries
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| Some((i, entry.as_object()?)))
        .filter_map(|(i, obj)| {
            let key = text(obj.get("key"))
                .filter(|k| !k.is_empty())
                .or_else(|| text(obj.get("id")))?;
            Some(Variable {
                key,
                value: text(obj.get("value")),
                description: description(obj.get("description")),
                disabled: flag(obj.get("disabled")),
                pointer: pointer.index(i),
            })
        })
        .collect();
    tight(variables)
}

/// Moves each request item's warnings, in document order, to the collection's.
fn item_warnings(items: &mut [Item], warnings: &mut Vec<Warning>) {
    for item in items {
        match item {
            Item::Folder(folder) => item_warnings(&mut folder.items, warnings),
            Item::Request(request) => warnings.append(&mut request.warnings),
        }
    }
}

/// `list` without spare capacity. Lists collected through filters (or pushed to) grow by
/// doubling, and the model keeps all of them, several per saved example, until the IR is
/// built: on a big collection that slack was about a third of the model.
fn tight<T>(mut list: Vec<T>) -> Vec<T> {
    list.shrink_to_fit();
    list
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

mod body;
mod checks;
mod convert;
mod cycles;
mod info;
mod parts;
mod stream;
mod url;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod wrong_type_tests;
