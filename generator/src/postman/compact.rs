//! JSON text → the same JSON as compact text, without building a `serde_json::Value`: the
//! text `serde_json::Value::to_string` gives for it, written as the parser goes. Every saved
//! body becomes a sample this way, and the value tree it replaces cost an allocation per key
//! and value.
//!
//! A repeated key, which a `Value` collapses, makes this give up (`None`): the caller then
//! parses into a `Value` as before, so the text is always what the value would print.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::io::Write;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// `text` (one JSON document) as compact JSON, or `None` when it is not JSON or repeats a
/// key in an object.
pub fn compact_json(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    Compact { out: &mut out }.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    // Only whole UTF-8 strings and ASCII were written.
    String::from_utf8(out).ok()
}

/// Writes the value it visits to `out`.
struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

impl Compact<'_> {
    fn string(&mut self, text: &str) {
        // serde_json's own escaping; writing to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *self.out, text);
    }
}

impl<'de> DeserializeSeed<'de> for Compact<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Compact<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        // As a `Value` prints a float: serde_json's own number formatting.
        let _ = serde_json::to_writer(&mut *self.out, &v);
        Ok(())
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<(), E> {
        self.string(v);
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.out.push(b'[');
        let mut first = true;
        loop {
            let start = self.out.len();
            if !first {
                self.out.push(b',');
            }
            if seq.next_element_seed(Compact { out: &mut *self.out })?.is_none() {
                self.out.truncate(start);
                break;
            }
            first = false;
        }
        self.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.out.push(b'{');
        // Keys seen, to notice a repeat: a list for the usual few, a set past that (an object
        // used as a map can have thousands).
        let mut keys: Vec<Cow<'de, str>> = Vec::new();
        let mut many: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let repeated = if many.is_empty() && keys.len() < 32 {
                keys.contains(&key)
            } else {
                many.extend(keys.drain(..));
                many.contains(&key)
            };
            if repeated {
                return Err(de::Error::custom("repeated key"));
            }
            if !keys.is_empty() || !many.is_empty() {
                self.out.push(b',');
            }
            self.string(&key);
            self.out.push(b':');
            if many.is_empty() {
                keys.push(key);
            } else {
                many.insert(key);
            }
            map.next_value_seed(Compact { out: &mut *self.out })?;
        }
        self.out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text a `Value` prints, which `compact_json` must give without one.
    fn via_value(text: &str) -> String {
        serde_json::from_str::<serde_json::Value>(text).map(|v| v.to_string()).unwrap_or_default()
    }

    #[test]
    fn compact_text_is_what_the_value_would_print() {
        let cases = [
            r#" { "b" : [ 1 , -2, 3.50, 1e3, 1E-7, -0.0, 18446744073709551615, 18446744073709551616 ] , "a" : { } } "#,
            r#"{"s":"é \" \\ \n \t \u0001 \u00e9 \ud83d\ude00 / <>","e":[],"n":null,"t":true,"f":false}"#,
            r#"[[[]],[{}],"x",0,12345678901234567890123]"#,
            "\"just a string\"",
            "42",
            "  null ",
        ];
        for text in cases {
            assert_eq!(compact_json(text).as_deref(), Some(via_value(text).as_str()), "{text}");
        }
    }

    #[test]
    fn repeated_keys_and_non_json_give_up() {
        assert_eq!(compact_json(r#"{"a":1,"b":{"c":1,"c":2}}"#), None);
        assert_eq!(compact_json(r#"{"a":1,}"#), None);
        assert_eq!(compact_json("{} x"), None);
        assert_eq!(compact_json(""), None);
        assert_eq!(compact_json(r#"{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}"#).as_deref(), Some(r#"{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}"#));
        // Past 32 keys the repeat is still noticed, however far apart.
        let many: Vec<String> = (0..100).map(|i| format!("\"k{i}\":{i}")).collect();
        let text = format!("{{{}}}", many.join(","));
        assert_eq!(compact_json(&text), Some(via_value(&text)));
        assert_eq!(compact_json(&format!("{{{},\"k3\":0}}", many.join(","))), None);
        assert_eq!(compact_json(&format!("{{{},\"k99\":0}}", many.join(","))), None);
    }
}
