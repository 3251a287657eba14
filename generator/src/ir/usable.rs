//! Requests that are not operations: those whose URL Postman could not send anywhere.
//!
//! Script-only helpers (`about:blank`, an empty URL) and URLs with no host and no path would
//! become methods that `GET /`; they are skipped, with a warning naming the URL's pointer.
//! A URL that is only a variable with no value in the collection is skipped too when the
//! request has nothing of its own (no body, no saved example): a request that does carry a
//! body or examples is a real endpoint whose address lives in an environment (Adyen's
//! Terminal API posts every message to `{{baseUrl}}`), and keeps its operation.

use std::borrow::Cow;

use crate::postman::{RequestItem, Resolver, Url, Variable};

/// Why `item` is not an operation, or `None` when its URL is usable. `scope` holds the
/// collection's and the item's folders' variables.
pub(super) fn unusable_url(item: &RequestItem, scope: &Resolver) -> Option<String> {
    let url = &item.request.url;
    let raw = url.raw.trim();
    let host = url.host.as_deref().map(str::trim).unwrap_or_default();
    if is_about(raw) || is_about(host) {
        return Some(if raw.is_empty() { host } else { raw }.to_owned());
    }
    if raw.is_empty() && host.is_empty() && url.path.is_empty() {
        return Some("empty".into());
    }
    if host.is_empty() && url.path.is_empty() {
        return Some("no host and no path".into());
    }
    let name = lone_variable(url)?;
    let has_value = |value: Option<&str>| value.is_some_and(|v| !v.trim().is_empty());
    let defined = has_value(scope.get(name))
        || url.variables.iter().any(|v| v.key == name && !v.disabled && has_value(v.value.as_deref()));
    let sends_nothing = item.request.body.is_none() && item.responses.is_empty();
    (!defined && sends_nothing).then(|| format!("only `{{{{{name}}}}}`, which has no value in the collection"))
}

/// `about:blank` and other `about:` URLs (case-insensitive, as browsers read the scheme).
fn is_about(text: &str) -> bool {
    text.get(..6).is_some_and(|scheme| scheme.eq_ignore_ascii_case("about:"))
}

/// The variable's name when the URL is a host that is one `{{name}}` and nothing else: no
/// port, no path.
fn lone_variable(url: &Url) -> Option<&str> {
    if !url.path.is_empty() || url.port.is_some() {
        return None;
    }
    let name = url.host.as_deref()?.trim().strip_prefix("{{")?.strip_suffix("}}")?;
    (!name.is_empty() && !name.contains(['{', '}'])).then_some(name)
}

/// The variables a folder's requests see: `scope` with the folder's own on top (a copy only
/// when it has some).
pub(super) fn folder_scope<'s>(scope: &'s Resolver, variables: &[Variable]) -> Cow<'s, Resolver> {
    if variables.is_empty() { Cow::Borrowed(scope) } else { Cow::Owned(scope.with_overrides(variables)) }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::config::ApiConfig;
    use crate::postman::load_str;

    fn config() -> ApiConfig {
        ApiConfig {
            crate_name: "helpers".into(),
            crate_version: "0.1.0".into(),
            auth_scheme: None,
            error_code_key: None,
            error_message_key: None,
            servers: None,
        }
    }

    /// Operation paths, the base URL's default and the warnings (`pointer: message`) of a
    /// collection with these items and collection variables.
    fn built(items: &str, variables: &str) -> (Vec<String>, Option<String>, Vec<String>) {
        let text = format!(r#"{{"info": {{"name": "h"}}, "variable": {variables}, "item": {items}}}"#);
        let collection = load_str(Path::new("h.json"), &text).unwrap_or_else(|e| panic!("{e}"));
        let (api, warnings) = super::super::from_collection(&collection, &config()).unwrap_or_else(|e| panic!("{e}"));
        let paths = api.operations.iter().map(|op| format!("{} {}", op.method, op.path_template)).collect();
        let warnings = warnings.iter().map(|w| format!("{}: {}", w.pointer, w.message)).collect();
        (paths, api.base_url().default.clone(), warnings)
    }

    #[test]
    fn requests_without_a_usable_url_are_skipped_and_named() {
        let (paths, base, warnings) = built(
            r#"[
                {"name": "helper", "request": {"method": "GET", "url": {"raw": "about:blank", "host": ["about:blank"]}}},
                {"name": "string helper", "request": "ABOUT:BLANK"},
                {"name": "empty", "request": {"method": "GET", "url": ""}},
                {"name": "nothing", "request": {"method": "GET"}},
                {"name": "scheme only", "request": {"method": "GET", "url": "https://"}},
                {"name": "unset var", "request": {"method": "GET", "url": "{{authServer}}"}},
                {"name": "F", "item": [{"name": "in folder", "request": {"method": "POST", "url": "about:blank"}}]},
                {"name": "real", "request": {"method": "GET", "url": "https://api.example.com/v1/things"}}
            ]"#,
            "[]",
        );
        assert_eq!(paths, ["GET /v1/things"]);
        // The base comes from the first request that is an operation.
        assert_eq!(base.as_deref(), Some("https://api.example.com"));
        assert_eq!(
            warnings,
            [
                "/item/0/request/url: no usable URL (about:blank): not an operation",
                "/item/1/request: no usable URL (ABOUT:BLANK): not an operation",
                "/item/2/request/url: no usable URL (empty): not an operation",
                "/item/3/request/url: no usable URL (empty): not an operation",
                "/item/4/request/url: no usable URL (no host and no path): not an operation",
                "/item/5/request/url: no usable URL (only `{{authServer}}`, which has no value in the collection): not an operation",
                "/item/6/item/0/request/url: no usable URL (about:blank): not an operation",
            ]
        );
    }

    #[test]
    fn a_url_that_is_only_a_variable_is_kept_when_it_has_a_value_or_the_request_carries_something() {
        let (paths, base, warnings) = built(
            r#"[
                {"name": "collection var", "request": {"method": "GET", "url": "{{api}}"}},
                {"name": "F", "variable": [{"key": "folderVar", "value": "https://f.example.com"}],
                 "item": [{"name": "folder var", "request": {"method": "GET", "url": "{{folderVar}}"}}]},
                {"name": "with body", "request": {"method": "POST", "url": "{{terminal}}", "body": {"mode": "raw", "raw": "{}"}}},
                {"name": "with example", "request": {"method": "GET", "url": "{{terminal}}"}, "response": [{"code": 200, "body": "{}"}]},
                {"name": "empty value", "request": {"method": "GET", "url": "{{blank}}"}},
                {"name": "path", "request": {"method": "GET", "url": "{{unset}}/users"}}
            ]"#,
            r#"[{"key": "api", "value": "https://api.example.com"}, {"key": "blank", "value": " "}]"#,
        );
        assert_eq!(paths.len(), 5, "{paths:?}");
        // The primary server is the most used one: `{{terminal}}` (twice), which has no value.
        assert_eq!(base, None);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("/item/4/request/url: no usable URL (only `{{blank}}`"), "{warnings:?}");
    }

    #[test]
    fn a_collection_of_helpers_only_has_no_operations_and_no_base() {
        let (paths, base, warnings) = built(r#"[{"name": "h", "request": "about:blank"}]"#, "[]");
        assert!(paths.is_empty() && base.is_none());
        assert_eq!(warnings.len(), 1);
    }
}
