//! The API's error codes: every string under a code-like key in an error example's body, or
//! in a per-record outcome (`{"code": "DUPLICATE_DATA", "status": "error", ...}` inside a 2xx
//! body). One open enum for the whole API: the same code means the same thing on every
//! operation, and callers match on one type.

use indexmap::IndexMap;
use crate::ir::Json;

use crate::ir::{Api, ExampleBody};

/// Keys whose string value is an error code.
const CODE_KEYS: &[&str] = &["code", "error_code", "errorCode", "errcode", "error_type", "errorType", "issue"];

/// A key that is a code only at the root of an error body, and only for SCREAMING_SNAKE
/// values (PayPal's `{"name": "INVALID_REQUEST", "message": ...}` envelope).
const ROOT_NAME_KEY: &str = "name";

/// `status` values that mark a per-record outcome entry.
const OUTCOME_STATUSES: &[&str] = &["error", "success", "failure", "failed", "ok"];

/// What one code was seen with (for its rustdoc).
#[derive(Debug, Clone, Default)]
pub struct CodeInfo {
    /// HTTP statuses it was answered with, ascending.
    pub statuses: Vec<u16>,
    /// The first message seen beside it.
    pub message: Option<String>,
    /// The message the docs' error table gives.
    pub documented: Option<String>,
    /// What the docs say to do about it.
    pub resolution: Option<String>,
}

impl CodeInfo {
    /// Records that the code came with `status` (kept ascending, each once).
    fn add_status(&mut self, status: u16) {
        if let Err(at) = self.statuses.binary_search(&status) {
            self.statuses.insert(at, status);
        }
    }
}

/// Every error code of the API, first-seen order.
#[derive(Debug, Clone, Default)]
pub struct CodeCatalog {
    /// Code → what was seen with it.
    pub codes: IndexMap<String, CodeInfo>,
    /// Where a code's message is looked for: the API's error envelope, so that a
    /// `[errors] message` override in postgen.toml applies here too.
    message_keys: Vec<String>,
}

/// Whether a field under `key` may be typed as the code enum (when all its values are codes).
pub fn is_code_key(key: &str) -> bool {
    CODE_KEYS.contains(&key) || key == ROOT_NAME_KEY
}

impl CodeCatalog {
    /// Collects codes from every example of `api`.
    pub fn collect(api: &Api) -> Self {
        let mut catalog = CodeCatalog::with_message_keys(api.envelope.message_keys.clone());
        for op in &api.operations {
            for example in &op.responses {
                let (Some(status), ExampleBody::Json(sample)) = (example.status, &example.body) else { continue };
                let error = !(200..300).contains(&status);
                // A success body has codes only in outcome entries: most have none, and are
                // not parsed for them.
                if error || has_outcome_status(sample.json()) {
                    catalog.walk(&sample.tree(), status, error, 0);
                }
            }
        }
        for op in &api.operations {
            for error in &op.doc.errors {
                let info = catalog.codes.entry(error.code.clone()).or_default();
                info.add_status(error.status);
                if info.documented.is_none() {
                    info.documented = error.message.clone();
                }
                if info.resolution.is_none() {
                    info.resolution = error.resolution.clone();
                }
            }
        }
        catalog
    }

    /// An empty catalog reading messages under `message_keys`.
    fn with_message_keys(message_keys: Vec<String>) -> Self {
        CodeCatalog { codes: IndexMap::new(), message_keys }
    }

    /// Codes at any depth of an error body; in success bodies only in outcome entries.
    fn walk(&mut self, value: &Json, status: u16, error: bool, depth: usize) {
        if depth > 6 {
            return;
        }
        match value {
            Json::Object(pairs) => {
                let outcome = value
                    .get("status")
                    .and_then(Json::as_str)
                    .is_some_and(|s| OUTCOME_STATUSES.contains(&s.to_ascii_lowercase().as_str()));
                if error || outcome {
                    let root_name = (error && depth == 0)
                        .then(|| value.get(ROOT_NAME_KEY))
                        .flatten()
                        .filter(|v| v.as_str().is_some_and(is_screaming_snake));
                    let codes = pairs.iter().filter(|(k, _)| CODE_KEYS.contains(&k.as_str())).map(|(_, v)| v);
                    for code in codes.chain(root_name) {
                        let Some(code) = code.as_str().filter(|c| is_code_value(c)) else { continue };
                        let message = self
                            .message_keys
                            .iter()
                            .find_map(|k| value.get(k).and_then(Json::as_str))
                            .map(str::to_owned);
                        let info = self.codes.entry(code.to_owned()).or_default();
                        info.add_status(status);
                        if info.message.is_none() {
                            info.message = message;
                        }
                    }
                }
                for (_, child) in pairs {
                    self.walk(child, status, error, depth + 1);
                }
            }
            Json::Array(items) => {
                for item in items {
                    self.walk(item, status, error, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Whether every string seen at `shape` is a known code (so the field is typed as the
    /// code enum).
    pub fn covers(&self, shape: &super::shape::Shape) -> bool {
        !self.codes.is_empty()
            && !shape.distinct_overflow
            && shape.placeholder_strings == 0
            && !shape.distinct_strings.is_empty()
            && shape.distinct_strings.keys().all(|v| self.codes.contains_key(v))
    }
}

/// Whether the compact JSON `text` may hold an outcome entry: a `"status"` key whose string
/// value is an outcome word in any case (compact text has nothing between `:` and the value,
/// and serde_json writes the key `status` as it is).
fn has_outcome_status(text: &str) -> bool {
    text.match_indices("\"status\":\"").any(|(at, pattern)| {
        let rest = &text[at + pattern.len()..];
        let value = rest.split('"').next().unwrap_or_default();
        rest.len() > value.len() && OUTCOME_STATUSES.iter().any(|word| word.eq_ignore_ascii_case(value))
    })
}

/// `INVALID_REQUEST`: upper case words joined by `_`.
fn is_screaming_snake(text: &str) -> bool {
    text.contains('_') && text.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// `INVALID_DATA`, `invalid_grant`, `NotFound`: identifier-like, not free text.
fn is_code_value(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && text.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Envelope;
    use serde_json::json;

    #[test]
    fn only_success_bodies_with_an_outcome_status_are_walked() {
        assert!(has_outcome_status(r#"{"users":[{"code":"X","status":"SUCCESS"}]}"#));
        assert!(has_outcome_status(r#"{"a":{"status":"active"},"b":[{"status":"Error"}]}"#));
        assert!(!has_outcome_status(r#"{"a":{"status":"active"},"status":"errors"}"#));
        assert!(!has_outcome_status(r#"{"status":1,"x":"status:"ok"}"#));
        assert!(!has_outcome_status(r#"{"status":"ok"#));
    }

    #[test]
    fn codes_come_from_error_bodies_and_outcome_entries_only() {
        let mut catalog = CodeCatalog::with_message_keys(Envelope::new(None, None).message_keys);
        catalog.walk(&Json::from(&json!({"code": "AUTHENTICATION_FAILURE", "message": "Authentication failed"})), 401, true, 0);
        catalog.walk(&Json::from(&json!({"users": [{"code": "DUPLICATE_DATA", "status": "error", "message": "Email already exists"}]})), 200, false, 0);
        catalog.walk(&Json::from(&json!({"users": [{"code": "SUCCESS", "status": "success"}]})), 200, false, 0);
        // A success body's `code` outside an outcome entry is data, not an error code.
        catalog.walk(&Json::from(&json!({"country": {"code": "US"}})), 200, false, 0);
        catalog.walk(&Json::from(&json!({"errors": [{"errorCode": "INVALID_ID", "message": "bad id"}]})), 400, true, 0);
        catalog.walk(&Json::from(&json!({"code": "Not a code, free text"})), 500, true, 0);
        catalog.walk(&Json::from(&json!({"name": "INVALID_REQUEST", "details": [{"issue": "MISSING_FIELD", "name": "NOT_ROOT"}]})), 400, true, 0);
        catalog.walk(&Json::from(&json!({"name": "Patricia"})), 404, true, 0);
        let codes: Vec<&str> = catalog.codes.keys().map(String::as_str).collect();
        assert_eq!(codes, ["AUTHENTICATION_FAILURE", "DUPLICATE_DATA", "SUCCESS", "INVALID_ID", "INVALID_REQUEST", "MISSING_FIELD"]);
        assert_eq!(catalog.codes["AUTHENTICATION_FAILURE"].statuses, [401]);
        assert_eq!(catalog.codes["DUPLICATE_DATA"].message.as_deref(), Some("Email already exists"));
    }
}
