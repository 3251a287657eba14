//! Reading schema files, with the file and JSON pointer of any problem.

use std::path::Path;

use crate::error::{Error, Pointer};

use super::model::SchemaFile;

/// The format marker this version reads.
pub const FORMAT: &str = "postgen-schema/1";

/// Loads and checks the schema file at `path`.
pub fn load_schema_file(path: &Path) -> Result<SchemaFile, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    load_schema_str(path, &text)
}

/// Loads a schema file from `text`; `path` is used only in diagnostics.
pub fn load_schema_str(path: &Path, text: &str) -> Result<SchemaFile, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let file: SchemaFile = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let pointer = to_pointer(&e.path().to_string());
        let inner = e.into_inner();
        let found = if inner.is_syntax() || inner.is_eof() {
            format!("a JSON syntax error at line {}, column {}", inner.line(), inner.column())
        } else {
            strip_position(&inner.to_string())
        };
        Error::input(path, &pointer, "a postgen schema file (see generator/src/schema/README.md)", found)
    })?;
    if file.format != FORMAT {
        return Err(Error::input(path, &Pointer::root().key("format"), format!("\"{FORMAT}\""), format!("\"{}\"", file.format)));
    }
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
    }
}
