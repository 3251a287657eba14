//! A sample's JSON as pagination detection and inference read it: objects are lists of pairs
//! in document order.
//!
//! Samples are parsed again where they are read (shapes are merged once per sample). A
//! `serde_json::Value` object is an ordered hash map whose every key is hashed on insert, and
//! building and dropping those maps was most of merging; a shape walks an object's pairs in
//! order and never looks a key up, so a list does. Samples are compact JSON written from a
//! value, so no key repeats.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

/// One JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// `text` parsed, or `None` when it is not JSON.
    pub fn parse(text: &str) -> Option<Json> {
        serde_json::from_str(text).ok()
    }

    /// The value under `key`, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, when this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The text `serde_json::Value::to_string` gives for a scalar (`None` for arrays and
    /// objects, which are never needed as text).
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Json::Null => Some("null".to_owned()),
            Json::Bool(b) => Some(b.to_string()),
            Json::Number(n) => serde_json::to_string(n).ok(),
            Json::String(s) => serde_json::to_string(s).ok(),
            Json::Array(_) | Json::Object(_) => None,
        }
    }
}

impl From<&Value> for Json {
    fn from(value: &Value) -> Self {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.clone()),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(items) => Json::Array(items.iter().map(Json::from).collect()),
            Value::Object(map) => Json::Object(map.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect()),
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// Reads values as `serde_json::Value` reads them (numbers the same way, a float that is not
/// finite as null).
struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Number::from_f64(n).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Json::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(pair) = map.next_entry()? {
            pairs.push(pair);
        }
        Ok(Json::Object(pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_as_a_value_would_in_the_same_order() {
        let texts = [
            r#"{"b":1,"a":[true,null,-2,18446744073709551615,2.5,1e20,-0.0,"x\n\u00e9"],"c":{"z":{},"y":[]}}"#,
            "[]",
            "\"s\"",
            "12",
            "1.0",
            "null",
        ];
        for text in texts {
            let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(Json::parse(text), Some(Json::from(&value)), "{text}");
        }
        assert_eq!(Json::parse("{"), None);
    }

    #[test]
    fn scalars_print_as_a_value_prints_them() {
        for text in ["1e20", "2.5", "-0.0", "18446744073709551615", "-3", "true", "null", "\"a\\\"b\\u0001é\""] {
            let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
            let json = Json::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(json.scalar_text(), Some(value.to_string()), "{text}");
        }
    }
}
