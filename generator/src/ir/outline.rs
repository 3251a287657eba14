//! What a JSON sample is at the top, read without building its value: a scan that skips
//! everything below the first level (inference asks this of every 2xx example to decide
//! whether an operation's successes differ by status, and a parsed tree costs several times
//! the text).

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The top level of a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outline {
    /// An object, with its keys in order.
    Object(Vec<String>),
    /// An array.
    Array,
    /// Anything else: `null`, `bool`, `number` or `string`.
    Scalar(&'static str),
}

/// The outline of the JSON `text` (`Scalar("null")` for text that is not JSON).
pub fn outline(text: &str) -> Outline {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserializer.deserialize_any(OutlineVisitor).unwrap_or(Outline::Scalar("null"))
}

struct OutlineVisitor;

impl<'de> Visitor<'de> for OutlineVisitor {
    type Value = Outline;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Outline, A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = access.next_key::<String>()? {
            access.next_value::<IgnoredAny>()?;
            keys.push(key);
        }
        Ok(Outline::Object(keys))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Outline, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Outline::Array)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Outline, E> {
        Ok(Outline::Scalar("null"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Outline, E> {
        Ok(Outline::Scalar("bool"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Outline, E> {
        Ok(Outline::Scalar("number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Outline, E> {
        Ok(Outline::Scalar("number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Outline, E> {
        Ok(Outline::Scalar("number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Outline, E> {
        Ok(Outline::Scalar("string"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_level_is_read_and_the_rest_skipped() {
        assert_eq!(outline(r#"{"b":{"x":[1,{"y":2}]},"a":null}"#), Outline::Object(vec!["b".into(), "a".into()]));
        assert_eq!(outline(r#"[{"a":1},[2]]"#), Outline::Array);
        assert_eq!(outline("1.5e3"), Outline::Scalar("number"));
        assert_eq!(outline("-7"), Outline::Scalar("number"));
        assert_eq!(outline(r#""s""#), Outline::Scalar("string"));
        assert_eq!(outline("true"), Outline::Scalar("bool"));
        assert_eq!(outline("null"), Outline::Scalar("null"));
        assert_eq!(outline(r#"{"a":"\u00e9\"","b":[]}"#), Outline::Object(vec!["a".into(), "b".into()]));
    }
}
