//! The two short tokens a collection must get right: the format version in `info.schema` and
//! each request's method. Both end up deciding what we generate, so a value we cannot read is
//! an error, not a guess; both are checked on their length first, so a huge string fails fast.

use std::path::Path;

use serde_json::Value;

use crate::error::{describe, Error, Pointer, Warning};
use crate::postman::model::SchemaVersion;

/// Longer than any schema URL Postman writes (`https://schema.getpostman.com/json/collection/
/// v2.1.0/collection.json` is 69 bytes).
const MAX_SCHEMA_URL: usize = 2048;

/// Longer than any registered HTTP method (`UPDATEREDIRECTREF` is 17 bytes).
const MAX_METHOD: usize = 64;

const EXPECTED_SCHEMA: &str =
    "the collection format's schema URL (https://schema.getpostman.com/json/collection/v2.1.0/collection.json)";

/// The declared format version. Absent or empty: a v2 shape is all we need. A URL naming v2.x
/// loads (another minor version as [`SchemaVersion::V2Unknown`]); v1 and unknown major
/// versions are refused, since their shape is not the one we read. Text naming no version at
/// all loads as v2 with a warning.
pub(super) fn schema_version(
    file: &Path,
    value: Option<&Value>,
    pointer: &Pointer,
    warnings: &mut Vec<Warning>,
) -> Result<SchemaVersion, Error> {
    let text = match value {
        None | Some(Value::Null) => return Ok(SchemaVersion::V2Unknown),
        Some(Value::String(text)) => text.trim(),
        Some(other) => return Err(Error::input(file, pointer, EXPECTED_SCHEMA, describe(other))),
    };
    if text.is_empty() {
        return Ok(SchemaVersion::V2Unknown);
    }
    if text.len() > MAX_SCHEMA_URL {
        return Err(Error::input(file, pointer, EXPECTED_SCHEMA, too_long(text)));
    }
    match version_segment(text) {
        Some((2, 0, _)) => Ok(SchemaVersion::V2_0),
        Some((2, 1, _)) => Ok(SchemaVersion::V2_1),
        Some((2, _, _)) => Ok(SchemaVersion::V2Unknown),
        Some((1, _, _)) => Err(Error::input(
            file,
            pointer,
            "a Postman Collection v2.0 or v2.1 schema URL",
            format!("`{text}`, a v1 collection; re-export it from Postman as v2.1"),
        )),
        Some((_, _, version)) => Err(Error::input(
            file,
            pointer,
            "a Postman Collection v2.0 or v2.1 schema URL",
            format!("`{text}`: collection format {version}, which postgen cannot read"),
        )),
        None => {
            warnings.push(Warning::at(
                file,
                pointer.clone(),
                format!("`{text}` is not a Postman collection schema URL; read as v2, the shape the file has"),
            ));
            Ok(SchemaVersion::V2Unknown)
        }
    }
}

/// The first path segment like `v2.1.0`: (major, minor, the segment).
fn version_segment(url: &str) -> Option<(u64, u64, &str)> {
    url.split(['/', '#', '?']).find_map(|segment| {
        let mut numbers = segment.strip_prefix('v')?.split('.');
        let major = numbers.next()?.parse().ok()?;
        let minor = match numbers.next() {
            Some(n) => n.parse().ok()?,
            None => 0,
        };
        numbers.all(|n| n.parse::<u64>().is_ok()).then_some((major, minor, segment))
    })
}

/// The request method, upper-cased; absent, `null` or blank is `GET` (Postman's default).
/// Anything else must be an HTTP method name (RFC 9110 token characters): the generated client
/// sends it as written, and a name the runtime cannot send would only fail at run time.
pub(super) fn method(file: &Path, value: Option<&Value>, pointer: &Pointer) -> Result<String, Error> {
    const EXPECTED: &str = "an HTTP method name (GET, POST, ... or a custom name such as PURGE)";
    let text = match value {
        None | Some(Value::Null) => return Ok("GET".into()),
        Some(Value::String(text)) => text.trim(),
        Some(other) => return Err(Error::input(file, pointer, EXPECTED, describe(other))),
    };
    if text.is_empty() {
        return Ok("GET".into());
    }
    if text.len() > MAX_METHOD {
        return Err(Error::input(file, pointer, EXPECTED, too_long(text)));
    }
    if !text.bytes().all(is_token_byte) {
        return Err(Error::input(file, pointer, EXPECTED, format!("{text:?}")));
    }
    Ok(text.to_ascii_uppercase())
}

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A long string as its length and first characters (never the whole text).
fn too_long(text: &str) -> String {
    let start: String = text.chars().take(24).collect();
    format!("a string of {} bytes (\"{start}…\")", text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(url: &str) -> Result<SchemaVersion, String> {
        let mut warnings = Vec::new();
        let value = Value::String(url.to_owned());
        schema_version(Path::new("c.json"), Some(&value), &Pointer::root().key("schema"), &mut warnings)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn schema_versions() {
        let url = |v: &str| format!("https://schema.getpostman.com/json/collection/{v}/collection.json");
        assert_eq!(version(&url("v2.1.0")), Ok(SchemaVersion::V2_1));
        assert_eq!(version(&url("v2.0.0")), Ok(SchemaVersion::V2_0));
        assert_eq!(version("https://schema.getpostman.com/json/collection/v2.0.0/"), Ok(SchemaVersion::V2_0));
        assert_eq!(version(&url("v2.2.0")), Ok(SchemaVersion::V2Unknown));
        assert_eq!(version("https://schema.postman.com/json/draft-07/collection/v2.1.0/"), Ok(SchemaVersion::V2_1));
        assert_eq!(version(""), Ok(SchemaVersion::V2Unknown));
        assert_eq!(version("my export"), Ok(SchemaVersion::V2Unknown));
        let err = version(&url("v3.0.0")).expect_err("v3");
        assert!(err.contains("at /schema:") && err.contains("collection format v3.0.0"), "{err}");
        assert!(version(&url("v1.0.0")).expect_err("v1").contains("re-export"));
        let err = version(&"x".repeat(3000)).expect_err("long");
        assert!(err.contains("a string of 3000 bytes"), "{err}");
    }

    #[test]
    fn methods() {
        let method = |v: Value| method(Path::new("c.json"), Some(&v), &Pointer::root().key("method")).map_err(|e| e.to_string());
        assert_eq!(method(Value::from(" purge ")), Ok("PURGE".to_owned()));
        assert_eq!(method(Value::from("")), Ok("GET".to_owned()));
        assert_eq!(method(Value::from("M-SEARCH")), Ok("M-SEARCH".to_owned()));
        assert!(method(Value::from("GET /users")).is_err());
        assert!(method(Value::from("{{method}}")).is_err());
        assert!(method(serde_json::json!({"a": 1})).expect_err("object").contains("found an object"));
        assert!(method(Value::from("A".repeat(100))).expect_err("long").contains("100 bytes"));
    }
}
