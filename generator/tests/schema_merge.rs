//! Schema files merged with collections (GUIDE §2.2): matching by method + path template in
//! any parameter spelling, the doc winning on types, requiredness, enums, names and
//! descriptions, the collection keeping its examples, doc-only endpoints generated, and doc
//! error tables feeding the error types.

use postgen::{generate, GenerateOptions, Generated};
use serde_json::{json, Value};

const SCHEMA_V21: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

fn url(path: &[&str]) -> Value {
    json!({"raw": format!("https://api.example.com/{}", path.join("/")), "protocol": "https",
           "host": ["api", "example", "com"], "path": path})
}

fn example(status: u16, body: Value) -> Value {
    json!({"name": format!("HTTP {status}"), "code": status, "status": "x", "_postman_previewlanguage": "json",
           "header": [{"key": "Content-Type", "value": "application/json"}], "body": body.to_string()})
}

/// Generates from `items` (collection items) and one schema file; returns the crate and the
/// schema file's path (for asserting on diagnostics).
fn generate_with(items: Value, schema: Value) -> Result<(Generated, std::path::PathBuf), postgen::Error> {
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = json!({"info": {"name": "Things", "schema": SCHEMA_V21}, "item": items});
    let collection_path = dir.path().join("things.json");
    std::fs::write(&collection_path, collection.to_string()).expect("write collection");
    let schema_path = dir.path().join("things.schema.json");
    std::fs::write(&schema_path, schema.to_string()).expect("write schema");
    let generated = generate(&GenerateOptions {
        collection: collection_path,
        schemas: vec![schema_path.clone()],
        out: dir.path().join("out"),
        name: Some("things".into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })?;
    Ok((generated, schema_path))
}

fn file<'a>(generated: &'a Generated, name: &str) -> &'a str {
    generated.files.get(name).map(String::as_str).unwrap_or_else(|| panic!("{name} generated"))
}

fn schema(endpoints: Value) -> Value {
    json!({"format": "postgen-schema/1", "endpoints": endpoints})
}

#[test]
fn endpoints_match_requests_whatever_the_parameter_spelling() {
    let items = json!([
        {"name": "Fetch one", "request": {"method": "GET", "url": url(&["v1", "things", ":id"])},
         "response": [example(200, json!({"id": "1"}))]},
        {"name": "Replace one", "request": {"method": "PUT", "url": url(&["v1", "things", "{{thing_id}}"]),
         "header": [{"key": "X-Trace", "value": "abc"}],
         "body": {"mode": "raw", "raw": "{\"name\": \"a\"}", "options": {"raw": {"language": "json"}}}}}
    ]);
    let doc = schema(json!([
        {"name": "Get a thing", "method": "GET", "path": "/{version}/things/{thing_id}", "summary": "Reads one thing.",
         "params": [{"name": "thing_id", "in": "path", "type": "string", "required": true, "description": "The thing's id."}]},
        {"name": "Update a thing", "method": "PUT", "path": "/v1/things/:thing_id", "scopes": ["things.WRITE"],
         "params": [{"name": "X-Trace", "in": "header", "type": "string", "description": "Trace id."}]}
    ]));
    let (generated, _) = generate_with(items, doc).expect("generates");
    let client = file(&generated, "src/client.rs");
    // Two operations, not four: both endpoints merged into the collection's requests.
    assert_eq!(client.matches("pub async fn").count(), 2, "{client}");
    // `{version}` took the collection's `v1`; the doc's names and descriptions win.
    assert!(client.contains("/// Get a thing\n    ///\n    /// Reads one thing."), "{client}");
    assert!(client.contains("thing_id: &str"), "{client}");
    assert!(client.contains("path parameter `thing_id`: The thing's id."), "{client}");
    assert!(client.contains("OAuth scope (any one of): `things.WRITE`."), "{client}");
    // A header the collection sends with a fixed value is the caller's to set once documented.
    assert!(client.contains(".header_opt(\"X-Trace\", params.x_trace.as_deref())"), "{client}");
    assert!(!client.contains(".header(\"X-Trace\""), "{client}");
    let types = file(&generated, "src/types.rs");
    assert!(types.contains("Trace id.\n    ///\n    /// Example: `abc`"), "{types}");
}

#[test]
fn the_doc_wins_on_types_and_descriptions_and_samples_refine_them() {
    let items = json!([{"name": "List", "request": {"method": "GET", "url": url(&["v1", "things"])},
        "response": [
            example(200, json!({"things": [{"count": null, "created": "2020-01-01T10:00:00Z", "kind": "a", "meta": {"x": 1}}]})),
            example(200, json!({"things": [{"count": null, "created": "2021-01-01T10:00:00Z", "kind": "c", "meta": {"x": 2}}]}))
        ]}]);
    let doc = schema(json!([{"name": "List things", "method": "GET", "path": "/v1/things",
        "response": {"keys": [{"name": "things", "type": "array", "required": true, "keys": [
            {"name": "count", "type": "integer", "description": "How many there are."},
            {"name": "created", "type": "string", "description": "When it was made."},
            {"name": "kind", "type": "string", "description": "What it is.",
             "enum": [{"value": "a", "description": "An a."}, {"value": "b"}]},
            {"name": "meta", "type": "integer", "description": "Wrongly documented."},
            {"name": "archived", "type": "boolean", "description": "Only in the docs."},
            {"name": "owner", "type": "object", "keys": [{"name": "id", "type": "string", "required": true}]}
        ]}]}}]));
    let (generated, schema_path) = generate_with(items, doc).expect("generates");
    let types = file(&generated, "src/types.rs");
    // Null in every sample: typed from the doc, not `serde_json::Value`.
    assert!(types.contains("How many there are.\n    ///\n    /// `count` (null in 2).\n    pub count: ::std::option::Option<i64>,"), "{types}");
    // A documented string whose samples are all date-times stays a DateTime.
    assert!(types.contains("pub created: ::postgen_runtime::DateTime,"), "{types}");
    // Documented values make an open enum, with the docs' descriptions; a value only the
    // samples show is kept as a variant too.
    assert!(types.contains("pub kind: Kind,"), "{types}");
    assert!(types.contains("/// `a`: An a.\n    A,\n    /// `b`.\n    B,\n    /// `c` (seen in the examples, not in the docs).\n    C,"), "{types}");
    // The samples contradict the doc: samples win, with a warning naming the sample.
    assert!(types.contains("pub meta: Meta,"), "{types}");
    let warning = generated
        .warnings
        .iter()
        .find(|w| w.message.contains("the docs say `meta` is an integer, the samples show objects"))
        .expect("contradiction warned");
    assert_ne!(warning.file, schema_path, "the samples are in the collection");
    // Keys only the doc lists are optional fields, typed from the doc (nested ones too).
    assert!(types.contains("Only in the docs.\n    ///\n    /// `archived`: documented, in no sample."), "{types}");
    assert!(types.contains("pub archived: ::std::option::Option<bool>,"), "{types}");
    assert!(types.contains("pub owner: ::std::option::Option<Owner>,"), "{types}");
    assert!(types.contains("pub struct Owner {\n    /// `id`: documented, in no sample.\n    pub id: ::std::string::String,"), "{types}");
    // No "typed as serde_json::Value" warning for the documented null-only key.
    assert!(!generated.warnings.iter().any(|w| w.pointer.as_str().ends_with("/count")), "{:?}", generated.warnings);
}

#[test]
fn doc_only_endpoints_are_generated_with_typed_parameters() {
    let items = json!([{"name": "List", "request": {"method": "GET", "url": url(&["v1", "things"])}}]);
    let doc = schema(json!([{"name": "Search things", "method": "GET", "path": "/v1/things/search",
        "params": [
            {"name": "type", "in": "query", "type": "string", "required": true,
             "enum": [{"value": "AllThings", "description": "Every thing."}, {"value": "OldThings"}]},
            {"name": "per_page", "in": "query", "type": "integer", "default": 200, "max": 200},
            {"name": "If-Modified-Since", "in": "header", "type": "date_time", "example": "2019-07-25T15:26:49+05:30"}
        ],
        "response": {"sample": {"things": [{"id": "1"}]}}}]));
    let (generated, _) = generate_with(items, doc).expect("generates");
    let client = file(&generated, "src/client.rs");
    assert!(client.contains("pub async fn get_thing_search("), "{client}");
    assert!(client.contains(".query_opt(\"type\", params.r#type.as_ref())"), "{client}");
    assert!(client.contains(".header_opt(\"If-Modified-Since\", params.if_modified_since.as_ref())"), "{client}");
    assert!(client.contains("types::GetThingSearchResponse"), "{client}");
    let types = file(&generated, "src/types.rs");
    assert!(types.contains("pub enum GetThingSearchType {\n    /// `AllThings`: Every thing.\n    AllThings,"), "{types}");
    assert!(types.contains("pub r#type: ::std::option::Option<GetThingSearchType>,"), "{types}");
    assert!(types.contains("Documented: mandatory."), "{types}");
    assert!(types.contains("Documented: default `200`, at most `200`."), "{types}");
    assert!(types.contains("pub per_page: ::std::option::Option<i64>,"), "{types}");
    assert!(types.contains("pub if_modified_since: ::std::option::Option<::postgen_runtime::DateTime>,"), "{types}");
    // The page's sample response is an example like any other: it gets a round-trip test.
    let examples = file(&generated, "tests/examples.rs");
    assert!(examples.contains("get_thing_search"), "{examples}");
}

#[test]
fn error_tables_feed_the_code_enum_and_the_error_enums() {
    let items = json!([{"name": "Delete", "request": {"method": "DELETE", "url": url(&["v1", "things", ":id"])},
        "response": [example(204, Value::Null), example(400, json!({"code": "INVALID_DATA", "message": "bad id"}))]}]);
    let doc = schema(json!([{"name": "Delete a thing", "method": "DELETE", "path": "/v1/things/{id}",
        "errors": [
            {"code": "INVALID_DATA", "status": 400, "message": "invalid data", "resolution": "Send a valid id."},
            {"code": "NO_PERMISSION", "status": 403, "message": "Permission denied", "resolution": "Ask an administrator."}
        ]}]));
    let (generated, _) = generate_with(items, doc).expect("generates");
    let types = file(&generated, "src/types.rs");
    assert!(
        types.contains("/// `INVALID_DATA`: HTTP 400.\n    ///\n    /// Documented message: \"invalid data\"\n    ///\n    /// Resolution: Send a valid id. (each method's docs give its own resolution)\n    ///\n    /// Example message: \"bad id\"\n    InvalidData,"),
        "{types}"
    );
    assert!(types.contains("/// Resolution: Ask an administrator. (each method's docs give its own resolution)\n    NoPermission,"), "{types}");
    // 403 has no example: its variant takes the API's usual error body.
    assert!(types.contains("pub type ApiErrorBody = BadRequestBody;"), "{types}");
    assert!(types.contains("/// Documented codes: `NO_PERMISSION`.\n    Forbidden(::std::boxed::Box<ApiErrorBody>),"), "{types}");
    assert!(
        types.contains("/// HTTP 400 (1 example).\n    ///\n    /// Documented codes: `INVALID_DATA`.\n    BadRequest("),
        "{types}"
    );
    // The operation's own messages and resolutions are in its method's docs.
    let client = file(&generated, "src/client.rs");
    assert!(
        client.contains(
            "/// Documented errors:\n    /// - HTTP 400 `INVALID_DATA`: invalid data. Resolution: Send a valid id.\n    \
             /// - HTTP 403 `NO_PERMISSION`: Permission denied. Resolution: Ask an administrator.\n"
        ),
        "{client}"
    );
}

#[test]
fn a_bad_schema_file_is_reported_with_its_file_and_pointer() {
    let items = json!([{"name": "List", "request": {"method": "GET", "url": url(&["v1", "things"])}}]);
    let doc = schema(json!([{"name": "List", "method": "GET", "path": "/v1/things",
        "params": [{"name": "page", "in": "body", "type": "integer"}]}]));
    let error = generate_with(items, doc).map(|_| ()).expect_err("refused").to_string();
    assert!(error.contains("things.schema.json: at /endpoints/0/params/0/in: expected"), "{error}");
}
