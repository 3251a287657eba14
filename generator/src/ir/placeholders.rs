//! `"<integer>"`-style placeholders written by OpenAPI-to-Postman converters.
//!
//! They are type hints, not sample values: inference counts them as the kind they name, and
//! the generated example tests replace them with a value of that kind.

use serde_json::Value;

/// `"<integer>"`-style placeholders written by OpenAPI-to-Postman converters: type hints,
/// not sample values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholder {
    /// `<integer>`, `<long>`, `<int32>`, `<int64>`.
    Integer,
    /// `<number>`, `<double>`, `<float>`.
    Number,
    /// `<boolean>`.
    Boolean,
    /// `<dateTime>`, `<date-time>`.
    DateTime,
    /// `<date>`.
    Date,
    /// `<string>`, `<uri>`, `<uuid>`, `<email>`, `<byte>`, `<binary>`, `<password>`.
    String,
    /// `<object>`: says nothing about the shape.
    Object,
}

/// The placeholder `text` stands for, if it is one.
pub fn placeholder(text: &str) -> Option<Placeholder> {
    let inner = text.strip_prefix('<')?.strip_suffix('>')?;
    Some(match inner {
        "integer" | "long" | "int32" | "int64" => Placeholder::Integer,
        "number" | "double" | "float" => Placeholder::Number,
        "boolean" => Placeholder::Boolean,
        "dateTime" | "date-time" => Placeholder::DateTime,
        "date" => Placeholder::Date,
        "string" | "uri" | "uuid" | "email" | "byte" | "binary" | "password" | "url" => Placeholder::String,
        "object" => Placeholder::Object,
        _ => return None,
    })
}

/// Whether `value` holds any placeholder string.
pub fn has_placeholders(value: &Value) -> bool {
    match value {
        Value::String(text) => placeholder(text).is_some(),
        Value::Array(items) => items.iter().any(has_placeholders),
        Value::Object(map) => map.values().any(has_placeholders),
        _ => false,
    }
}

/// `value` with every placeholder string replaced by a value of the kind it names (`0`,
/// `0.5`, `true`, a fixed date-time or date, `{}`); `<string>`-like ones stay as they are.
pub fn fill_placeholders(value: &Value) -> Value {
    match value {
        Value::String(text) => match placeholder(text) {
            Some(Placeholder::Integer) => Value::from(0),
            Some(Placeholder::Number) => Value::from(0.5),
            Some(Placeholder::Boolean) => Value::Bool(true),
            Some(Placeholder::DateTime) => Value::from("2000-01-01T00:00:00Z"),
            Some(Placeholder::Date) => Value::from("2000-01-01"),
            Some(Placeholder::Object) => Value::Object(Default::default()),
            Some(Placeholder::String) | None => value.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(fill_placeholders).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), fill_placeholders(v))).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn placeholders_are_type_hints() {
        assert_eq!(placeholder("<integer>"), Some(Placeholder::Integer));
        assert_eq!(placeholder("<dateTime>"), Some(Placeholder::DateTime));
        assert_eq!(placeholder("<string>"), Some(Placeholder::String));
        assert_eq!(placeholder("<html>"), None);
        assert_eq!(placeholder("integer"), None);
    }

    #[test]
    fn filling_replaces_hints_with_values_of_their_kind() {
        let filled = fill_placeholders(&json!({"n": "<integer>", "a": ["<boolean>", "<dateTime>"], "s": "<string>", "x": "<x>"}));
        assert_eq!(filled, json!({"n": 0, "a": [true, "2000-01-01T00:00:00Z"], "s": "<string>", "x": "<x>"}));
        assert!(has_placeholders(&json!({"a": [1, {"b": "<long>"}]})));
        assert!(!has_placeholders(&json!({"a": [1, {"b": "<html>"}]})));
    }
}
