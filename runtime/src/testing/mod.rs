//! Helpers for the tests postgen writes into every generated crate.
//!
//! Always available: a saved JSON sample decoded into its generated type and encoded back must
//! give the same JSON ([`round_trip`]). With the `testing` feature: a saved example answered by
//! a loopback HTTP server, the generated method called against it (`call_example`), the
//! request it sent checked, and its outcome checked (`expect_json`, `expect_error` ...);
//! `SavedExamples` drives all of it from a generated crate's `tests/examples.json`.

#[cfg(feature = "testing")]
mod example;
#[cfg(feature = "testing")]
mod expect;
#[cfg(feature = "testing")]
mod saved;
#[cfg(feature = "testing")]
mod wire_log;

#[cfg(feature = "testing")]
pub use example::{call_example, Answer, Expected, SentBody};
#[cfg(feature = "testing")]
pub use expect::{
    expect_by_status, expect_bytes, expect_empty, expect_error, expect_json, expect_modified, expect_not_modified,
    expect_records, expect_redirect, expect_text, json_arg, Body,
};
#[cfg(feature = "testing")]
pub use saved::{Example, SavedExamples};
#[cfg(feature = "testing")]
pub use wire_log::WIRE_LOG;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Decodes `json` into `T`, encodes it again, and compares the two JSON values.
///
/// Key order does not matter; numbers compare by value (`5` equals `5.0`, since an integer
/// sample may widen to `f64`). The error names the JSON path of the first difference, or
/// where decoding failed.
pub fn round_trip<T: DeserializeOwned + Serialize>(json: &str) -> Result<T, String> {
    let original: Value = serde_json::from_str(json).map_err(|e| format!("example is not JSON: {e}"))?;
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    let decoded: T = serde_path_to_error::deserialize(deserializer)
        .map_err(|e| format!("decode failed at {}: {}", e.path(), e.inner()))?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("encode failed: {e}"))?;
    same_json(&original, &encoded).map(|()| decoded)
}

/// Decodes an error example answered with `status` into `E` (by status, as the client
/// does), encodes it again and compares with the example.
pub fn round_trip_error<E: crate::ErrorBody>(status: u16, json: &str) -> Result<E, String> {
    let original: Value = serde_json::from_str(json).map_err(|e| format!("example is not JSON: {e}"))?;
    let decoded = E::decode(status, json).ok_or_else(|| format!("the {status} body did not decode"))?;
    same_json(&original, &decoded.encode()).map(|()| decoded)
}

/// The same for a success body decoded by status ([`crate::StatusBody`]).
pub fn round_trip_status<T: crate::StatusBody>(status: u16, json: &str) -> Result<T, String> {
    let original: Value = serde_json::from_str(json).map_err(|e| format!("example is not JSON: {e}"))?;
    let decoded = T::decode(status, json).ok_or_else(|| format!("the {status} body did not decode"))?;
    same_json(&original, &decoded.encode()).map(|()| decoded)
}

/// `Ok` when the re-encoding equals the original; else the path of the first difference
/// with both values there.
pub(crate) fn same_json(original: &Value, encoded: &Value) -> Result<(), String> {
    match first_difference(original, encoded, "$") {
        None => Ok(()),
        Some(path) => Err(format!(
            "re-encoded JSON differs at {path}\n original: {}\n re-encoded: {}",
            excerpt(lookup(original, &path)),
            excerpt(lookup(encoded, &path))
        )),
    }
}

/// The path of the first place where `a` and `b` differ, if any.
pub fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                let child = format!("{path}.{key}");
                match y.get(key) {
                    Some(other) => {
                        if let Some(diff) = first_difference(value, other, &child) {
                            return Some(diff);
                        }
                    }
                    None => return Some(child),
                }
            }
            y.keys().find(|k| !x.contains_key(*k)).map(|k| format!("{path}.{k}"))
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path} (length {} vs {})", x.len(), y.len()));
            }
            x.iter().zip(y).enumerate().find_map(|(i, (u, v))| first_difference(u, v, &format!("{path}[{i}]")))
        }
        (Value::Number(x), Value::Number(y)) => {
            let same = x == y || matches!((x.as_f64(), y.as_f64()), (Some(u), Some(v)) if u == v);
            (!same).then(|| path.to_owned())
        }
        (x, y) => (x != y).then(|| path.to_owned()),
    }
}

fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    let mut current = value;
    let path = path.split(' ').next().unwrap_or(path);
    for part in path.trim_start_matches('$').split('.').filter(|p| !p.is_empty()) {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            current = current.get(key)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            current = current.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(current)
}

fn excerpt(value: Option<&Value>) -> String {
    let text = value.map_or_else(|| "(absent)".to_owned(), Value::to_string);
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value_and_key_order_is_ignored() {
        assert_eq!(first_difference(&json!({"a": 5, "b": [1]}), &json!({"b": [1], "a": 5.0}), "$"), None);
        assert_eq!(first_difference(&json!({"a": {"b": 1}}), &json!({"a": {"b": 2}}), "$"), Some("$.a.b".into()));
        assert_eq!(first_difference(&json!({"a": null}), &json!({}), "$"), Some("$.a".into()));
        assert_eq!(first_difference(&json!([1, 2]), &json!([1]), "$"), Some("$ (length 2 vs 1)".into()));
    }

    #[test]
    fn round_trip_reports_the_path_of_a_lost_key() {
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Lossy {
            a: i64,
        }
        let err = round_trip::<Lossy>(r#"{"a": 1, "b": {"c": true}}"#).err().unwrap_or_default();
        assert!(err.contains("$.b"), "{err}");
        let err = round_trip::<Lossy>(r#"{"a": "x"}"#).err().unwrap_or_default();
        assert!(err.starts_with("decode failed at a:"), "{err}");
    }
}
