//! Reading schema files, with the file and JSON pointer of any problem.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Pointer};

use super::model::SchemaFile;

/// The format marker this version reads.
pub const FORMAT: &str = "postgen-schema/1";

/// Loads and checks the schema file at `path`.
pub fn load_schema_file(path: &Path) -> Result<SchemaFile, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    load_schema_str(path, crate::input::utf8_text(path, &bytes)?)
}

/// Loads a schema file from `text`; `path` is used only in diagnostics.
pub fn load_schema_str(path: &Path, text: &str) -> Result<SchemaFile, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Parsed once as JSON first (syntax errors with line and column, repeated keys refused),
    // so the format marker is checked before the rest: a file of another format version
    // should say so, not trip over whatever that version changed.
    let value = crate::input::parse_json(path, text)?;
    match value.get("format") {
        Some(serde_json::Value::String(format)) if format == FORMAT => {}
        Some(other) => {
            return Err(Error::input(path, &Pointer::root().key("format"), format!("\"{FORMAT}\""), other.to_string()));
        }
        None => {}
    }
    let file: SchemaFile = serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = to_pointer(&e.path().to_string());
        let found = strip_position(&e.into_inner().to_string());
        Error::input(path, &pointer, "a postgen schema file (see generator/src/schema/README.md)", found)
    })?;
    for (i, endpoint) in file.endpoints.iter().enumerate() {
        let at = Pointer::root().key("endpoints").index(i);
        if !endpoint.path.starts_with('/') {
            return Err(Error::input(path, &at.key("path"), "a path starting with `/`", format!("{:?}", endpoint.path)));
        }
        let method = &endpoint.method;
        if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::input(path, &at.key("method"), "an upper-case HTTP method", format!("{method:?}")));
        }
    }
    Ok(file)
}

/// Each endpoint (method + path template, parameter spelling and ASCII case aside) described
/// once over all `files`: two descriptions of one endpoint contradict each other on what the
/// doc says (the merge would apply both, the later silently winning). The error names the
/// second description and where the first is.
pub fn check_distinct_endpoints(files: &[(PathBuf, SchemaFile)]) -> Result<(), Error> {
    let mut seen: BTreeMap<(String, String), (&Path, usize)> = BTreeMap::new();
    for (path, file) in files {
        for (i, endpoint) in file.endpoints.iter().enumerate() {
            let key = (endpoint.method.clone(), path_shape(&endpoint.path));
            if let Some((first_file, first)) = seen.get(&key) {
                let place = if *first_file == path.as_path() {
                    format!("/endpoints/{first}")
                } else {
                    format!("{} at /endpoints/{first}", first_file.display())
                };
                return Err(Error::input(
                    path,
                    &Pointer::root().key("endpoints").index(i),
                    "each endpoint described once over all schema files",
                    format!("`{} {}` a second time (first at {place})", endpoint.method, endpoint.path),
                ));
            }
            seen.insert(key, (path, i));
        }
    }
    Ok(())
}

/// `/crm/{version}/Users/:id` → `/crm/{}/users/{}`: the path as matching sees it.
fn path_shape(path: &str) -> String {
    let mut shape = String::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        shape.push('/');
        if segment.starts_with(':') {
            shape.push_str("{}");
            continue;
        }
        let mut in_param = false;
        for c in segment.chars() {
            match c {
                '{' if !in_param => {
                    in_param = true;
                    shape.push_str("{}");
                }
                '{' => {}
                '}' => in_param = false,
                _ if in_param => {}
                c => shape.push(c.to_ascii_lowercase()),
            }
        }
    }
    shape
}

/// serde_path_to_error's `endpoints[0].params[2].type` as a JSON pointer.
fn to_pointer(path: &str) -> Pointer {
    let mut pointer = Pointer::root();
    if path == "." {
        return pointer;
    }
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            pointer = pointer.key(key);
        }
        for index in rest.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse::<usize>() {
                pointer = pointer.index(i);
            }
        }
    }
    pointer
}

/// serde_json appends " at line L column C", which names the parsed text, not the file's.
fn strip_position(message: &str) -> String {
    message.rsplit_once(" at line ").map_or(message, |(m, _)| m).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<SchemaFile, String> {
        load_schema_str(Path::new("users.schema.json"), text).map_err(|e| e.to_string())
    }

    /// The README's example must load, and the JSON Schema must describe the same keys the
    /// loader accepts (both are documentation of one format; they cannot drift apart).
    #[test]
    fn the_documented_example_loads_and_the_json_schema_names_every_endpoint_key() {
        let readme = include_str!("README.md");
        let start = readme.find("```json\n").expect("README has a JSON example") + 8;
        let end = start + readme[start..].find("```").expect("example ends");
        let file = load(&readme[start..end]).expect("the README example loads");
        assert_eq!(file.endpoints[0].errors[0].code, "INVALID_URL_PATTERN");

        let schema: serde_json::Value =
            serde_json::from_str(include_str!("schema-file.schema.json")).expect("the JSON Schema is JSON");
        let endpoint_keys: Vec<&str> = schema["$defs"]["endpoint"]["properties"]
            .as_object()
            .expect("endpoint properties")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            endpoint_keys,
            ["name", "method", "path", "summary", "description", "auth", "scopes", "params", "request", "response", "errors", "pagination"]
        );
        // Every key the JSON Schema allows on an endpoint is accepted by the loader.
        let all = r#"{"format": "postgen-schema/1", "endpoints": [{"name": "n", "method": "GET", "path": "/a",
            "summary": "s", "description": "d", "auth": "Bearer", "scopes": [], "params": [], "request": {}, "response": {},
            "errors": [], "pagination": "page_token"}]}"#;
        load(all).expect("every documented endpoint key loads");
    }

    #[test]
    fn a_full_endpoint_loads() {
        let file = load(
            r#"{"format": "postgen-schema/1", "sources": ["Get Users"], "endpoints": [{
                "name": "Get Users", "method": "GET", "path": "/crm/{version}/users",
                "scopes": ["ZohoCRM.users.READ"],
                "params": [{"name": "type", "in": "query", "type": "string", "enum": [{"value": "AllUsers"}]},
                           {"name": "If-Modified-Since", "in": "header", "type": "date_time"}],
                "response": {"keys": [{"name": "users", "type": "array", "required": true,
                              "keys": [{"name": "id", "type": "string", "required": true}]}]},
                "errors": [{"code": "INVALID_DATA", "status": 400, "resolution": "Check the id."}],
                "pagination": "page"}]}"#,
        )
        .expect("loads");
        let endpoint = &file.endpoints[0];
        assert_eq!(endpoint.params[0].values[0].value, "AllUsers");
        assert_eq!(endpoint.errors[0].status, 400);
        assert_eq!(endpoint.response.as_ref().map(|b| b.keys[0].keys[0].name.as_str()), Some("id"));
    }

    #[test]
    fn problems_name_the_file_and_json_pointer() {
        let err = load(r#"{"format": "postgen-schema/1", "endpoints": [{"name": "x", "method": "GET", "path": "/a", "params": [{"name": "p", "in": "body", "type": "string"}]}]}"#)
            .expect_err("`in: body` is not a location");
        assert!(err.starts_with("users.schema.json: at /endpoints/0/params/0/in: expected a postgen schema file"), "{err}");
        assert!(err.contains("unknown variant `body`"), "{err}");

        let err = load(r#"{"format": "postgen-schema/1", "endpoints": [{"name": "x", "method": "GET", "path": "/a", "colour": 1}]}"#)
            .expect_err("unknown keys are refused");
        assert!(err.contains("at /endpoints/0/colour") || err.contains("unknown field `colour`"), "{err}");

        let err = load(r#"{"format": "postgen-schema/2", "endpoints": []}"#).expect_err("wrong format");
        assert!(err.contains("at /format: expected \"postgen-schema/1\""), "{err}");

        let err = load(r#"{"format": "postgen-schema/1", "endpoints": [{"name": "x", "method": "get", "path": "/a"}]}"#)
            .expect_err("lower-case method");
        assert!(err.contains("at /endpoints/0/method"), "{err}");

        let err = load("{\"format\": ").expect_err("syntax");
        assert!(err.contains("JSON syntax error at line 1"), "{err}");

        // The format marker is checked before the shape.
        let err = load(r#"{"format": "postgen-schema/9", "endpoints": {"GET /a": {}}}"#).expect_err("unknown version");
        assert!(err.contains("at /format: expected \"postgen-schema/1\", found \"postgen-schema/9\""), "{err}");
        let err = load(r#"{"format": "postgen-schema/1", "format": "postgen-schema/1", "endpoints": []}"#).expect_err("repeated key");
        assert!(err.contains("at /format: expected each key once"), "{err}");
    }

    #[test]
    fn an_endpoint_described_twice_is_refused() {
        let file = |endpoints: &str| {
            load(&format!(r#"{{"format": "postgen-schema/1", "endpoints": [{endpoints}]}}"#)).expect("loads")
        };
        let a = file(r#"{"name": "a", "method": "GET", "path": "/crm/{version}/users/{id}"}"#);
        let b = file(r#"{"name": "b", "method": "POST", "path": "/crm/{version}/users/{id}"},
                        {"name": "c", "method": "GET", "path": "/CRM/{{v}}/users/:user_id"}"#);
        let files = [(PathBuf::from("a.json"), a), (PathBuf::from("b.json"), b)];
        let err = check_distinct_endpoints(&files).expect_err("GET twice").to_string();
        assert!(err.starts_with("b.json: at /endpoints/1: expected each endpoint described once"), "{err}");
        assert!(err.contains("(first at a.json at /endpoints/0)"), "{err}");
        check_distinct_endpoints(&files[1..]).expect("distinct methods");
        assert_eq!(path_shape("/v{version}.json/x"), "/v{}.json/x");
    }
}
