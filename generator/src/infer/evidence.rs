//! When samples are strong enough evidence for an enum or a map.
//!
//! Both are easy to get wrong in the bad direction: an enum built from three samples breaks
//! on the fourth value, a map built from a struct loses its field types. So both need a
//! key that looks the part *and* enough samples.

use super::formats::is_id_like_key;
use super::shape::Shape;

/// Most distinct strings remembered per position; more means an open vocabulary.
pub const DISTINCT_CAP: usize = 32;

/// Keys whose values are usually drawn from a small fixed set.
const ENUM_KEY_ENDINGS: &[&str] = &["status", "state", "type", "kind", "category", "level", "mode", "severity", "priority"];

/// Keys whose values look enum-like but are open vocabularies (GUIDE §3: never enums).
const OPEN_VOCABULARY: &[&str] = &[
    "name", "time_zone", "timezone", "currency", "locale", "language", "country", "email", "url", "id",
    "description", "message", "title", "content_type", "mime_type", "media_type", "file_type",
];

/// The enum values at `shape` under `key`, in first-seen order, when evidence is strong:
/// an enum-like key, only short identifier-like strings, at least two distinct values, and
/// at least 8 observations and three per distinct value.
pub fn enum_values(key: &str, shape: &Shape) -> Option<Vec<String>> {
    let key = crate::ir::names::snake_word(key);
    if OPEN_VOCABULARY.iter().any(|w| key == *w || key.ends_with(&format!("_{w}"))) {
        return None;
    }
    if !ENUM_KEY_ENDINGS.iter().any(|w| key == *w || key.ends_with(&format!("_{w}"))) {
        return None;
    }
    let only_strings = shape.kind_count() == 1 && shape.strings > 0 && shape.placeholder_strings == 0;
    let distinct = shape.distinct_strings.len();
    let observed = shape.strings;
    let strong = only_strings
        && !shape.distinct_overflow
        && (2..=24).contains(&distinct)
        && observed >= 8
        && observed >= 3 * distinct as u32;
    if !strong || !shape.distinct_strings.keys().all(|v| enum_like_value(v)) {
        return None;
    }
    Some(shape.distinct_strings.keys().cloned().collect())
}

/// `success`, `IN_PROGRESS`, `Sales Lead`: short, starting with a letter, no punctuation soup.
pub fn enum_like_value(value: &str) -> bool {
    let mut chars = value.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && value.len() <= 40
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
}

/// Whether the objects at `shape` are a map (`BTreeMap<String, T>`) rather than a struct:
/// every key is an id (digits, UUID, long hex), or the key sets vary so much between samples
/// that no key is shared by more than half of them (and there are at least 6 keys).
pub fn is_map(shape: &Shape) -> bool {
    if shape.fields.is_empty() {
        return false;
    }
    if shape.fields.keys().all(|k| is_id_like_key(k)) {
        return true;
    }
    shape.objects >= 2
        && shape.fields.len() >= 6
        && shape.fields.values().all(|f| f.present * 2 <= shape.objects)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Pointer;
    use serde_json::json;

    fn shape_of(values: &[serde_json::Value]) -> Shape {
        let mut shape = Shape::default();
        for v in values {
            shape.add(v, &Pointer::root());
        }
        shape
    }

    #[test]
    fn few_samples_are_no_enum() {
        // Seed 002: three users, `status` active/inactive: not evidence of a closed set.
        let shape = shape_of(&[json!("active"), json!("active"), json!("inactive")]);
        assert_eq!(enum_values("status", &shape), None);
    }

    #[test]
    fn many_samples_of_few_values_on_a_status_key_are_an_enum() {
        let values: Vec<_> = (0..9).map(|i| json!(if i % 3 == 0 { "success" } else { "error" })).collect();
        let shape = shape_of(&values);
        assert_eq!(enum_values("status", &shape), Some(vec!["success".into(), "error".into()]));
        assert_eq!(enum_values("record_status", &shape), Some(vec!["success".into(), "error".into()]));
        // Same values under a key that is not enum-like, or an open vocabulary: no enum.
        assert_eq!(enum_values("message", &shape), None);
        assert_eq!(enum_values("time_zone", &shape), None);
    }

    #[test]
    fn many_distinct_values_are_no_enum() {
        let values: Vec<_> = (0..40).map(|i| json!(format!("v{i}"))).collect();
        assert_eq!(enum_values("type", &shape_of(&values)), None);
    }

    #[test]
    fn id_keyed_objects_are_maps_and_structs_are_not() {
        assert!(is_map(&shape_of(&[json!({"738964000002112147": 1, "738964000002112148": 2})])));
        assert!(!is_map(&shape_of(&[json!({"id": "1", "name": "a"}), json!({"id": "2"})])));
        // Zoho's per-record `details`: keys vary but there are few of them: a struct.
        assert!(!is_map(&shape_of(&[json!({}), json!({"id": "1"}), json!({"api_name": "a", "json_path": "$"})])));
        let rates = [json!({"USD": 1, "EUR": 2, "GBP": 3}), json!({"JPY": 1, "CHF": 2, "CAD": 3})];
        assert!(is_map(&shape_of(&rates)));
    }
}
