//! Reading JSON input files (collections, schema files) into `serde_json::Value`.
//!
//! Two things serde_json does not do for us: it reports invalid UTF-8 without a position, and
//! it silently keeps the last of two equal keys in an object (so half of a hand-merged file
//! could vanish without a word). Here invalid UTF-8 names the line and column, and a repeated
//! key is an error with the JSON pointer of its second occurrence. Text that is not JSON at all
//! has no pointer yet, so those errors state line and column instead.

use std::cell::RefCell;
use std::fmt;
use std::path::Path;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::error::{Error, Pointer};

/// `bytes` as UTF-8 text without a leading byte-order mark; invalid UTF-8 is an error naming
/// the byte offset, line and column of the first bad byte.
pub fn utf8_text<'a>(file: &Path, bytes: &'a [u8]) -> Result<&'a str, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let (line, column) = line_column(&bytes[..offset]);
        Error::input(
            file,
            &Pointer::root(),
            "UTF-8 text",
            format!("invalid UTF-8 at byte offset {offset} (line {line}, column {column})"),
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// 1-based line and column (in characters) just after `before` (input text, diagnostics).
pub(crate) fn line_column(before: &[u8]) -> (usize, usize) {
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    // `before` is valid UTF-8 (it ends where the invalid bytes start).
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

/// Parses `text` as one JSON document; repeated object keys are refused.
pub fn parse_json(file: &Path, text: &str) -> Result<Value, Error> {
    let state = State::default();
    parse_seeded(file, text, &state, Node::new(&state))
}

/// Parses `text` with `seed`, which builds what it wants from the document (the collection
/// loader converts items as they stream past instead of keeping the whole tree). The seed
/// reports repeated keys and unwinding paths through `state`, as [`Node`] does.
pub(crate) fn parse_seeded<'t, S: DeserializeSeed<'t>>(
    file: &Path,
    text: &'t str,
    state: &State,
    seed: S,
) -> Result<S::Value, Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = seed.deserialize(&mut deserializer).and_then(|value| {
        deserializer.end()?;
        Ok(value)
    });
    parsed.map_err(|e| match state.duplicate.take() {
        Some(duplicate) => {
            // Segments were collected while the error unwound, innermost first.
            let pointer = duplicate.path.iter().rev().fold(Pointer::root(), |p, segment| match segment {
                Segment::Key(key) => p.key(key),
                Segment::Index(i) => p.index(*i),
            });
            Error::input(
                file,
                &pointer,
                "each key once per object",
                format!("the key a second time (line {}, column {})", e.line(), e.column()),
            )
        }
        None => syntax_error(file, &e),
    })
}

/// serde_json's message with the position stated once, in our words.
fn syntax_error(file: &Path, e: &serde_json::Error) -> Error {
    // serde_json's Display appends " at line L column C"; we state the position ourselves.
    let text = e.to_string();
    let message = text.rsplit_once(" at line ").map_or(text.as_str(), |(m, _)| m);
    let found = if message.contains("recursion limit") {
        // serde_json stops at 128 levels of nesting; that is a limit, not a typo.
        format!("JSON nested more than 128 levels deep (at line {}, column {})", e.line(), e.column())
    } else {
        format!("a JSON syntax error at line {}, column {}: {message}", e.line(), e.column())
    };
    Error::input(file, &Pointer::root(), "a JSON document", found)
}

/// What a failed parse needs to name a repeated key's pointer.
#[derive(Default)]
pub(crate) struct State {
    duplicate: RefCell<Option<Duplicate>>,
}

/// Where a repeated key was found: path segments, innermost first.
struct Duplicate {
    path: Vec<Segment>,
}

pub(crate) enum Segment {
    Key(String),
    Index(usize),
}

impl State {
    /// Adds the segment of the value an error came out of, if it is our duplicate-key error.
    pub(crate) fn unwinding(&self, segment: Segment) {
        if let Some(duplicate) = self.duplicate.borrow_mut().as_mut() {
            duplicate.path.push(segment);
        }
    }

    /// The error for `key` seen a second time in one object; its pointer is built as the
    /// error unwinds.
    pub(crate) fn repeated<E: de::Error>(&self, key: String) -> E {
        *self.duplicate.borrow_mut() = Some(Duplicate { path: vec![Segment::Key(key)] });
        E::custom("repeated key")
    }
}

/// A JSON value; the path is only built when a repeated key unwinds through it, so a good file
/// costs what `serde_json::Value` costs.
pub(crate) struct Node<'s> {
    state: &'s State,
}

impl<'s> Node<'s> {
    pub(crate) fn new(state: &'s State) -> Self {
        Node { state }
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            match seq.next_element_seed(Node { state: self.state }) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    self.state.unwinding(Segment::Index(items.len()));
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                return Err(self.state.repeated(key));
            }
            match access.next_value_seed(Node { state: self.state }) {
                Ok(value) => {
                    map.insert(key, value);
                }
                Err(e) => {
                    self.state.unwinding(Segment::Key(key));
                    return Err(e);
                }
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Value, String> {
        parse_json(Path::new("c.json"), text).map_err(|e| e.to_string())
    }

    #[test]
    fn values_parse_like_serde_json() {
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": 18446744073709551615}"#;
        let ours = parse(text).expect("parses");
        let theirs: Value = serde_json::from_str(text).expect("parses");
        assert_eq!(ours, theirs);
    }

    #[test]
    fn a_repeated_key_names_its_pointer() {
        let err = parse("{\"item\": [{\"request\": {\"method\": \"GET\",\n \"method\": \"POST\"}}]}").expect_err("repeated key");
        assert!(err.starts_with("c.json: at /item/0/request/method: expected each key once per object"), "{err}");
        assert!(err.contains("line 2, column"), "{err}");
        let err = parse(r#"{"a~b/c": 1, "a~b/c": 2}"#).expect_err("repeated key");
        assert!(err.contains("at /a~0b~1c:"), "{err}");
        // The same key in two objects is fine.
        parse(r#"[{"a": 1}, {"a": 2}]"#).expect("distinct objects");
    }

    #[test]
    fn syntax_errors_and_utf8_state_line_and_column() {
        let err = parse("{\n  \"a\": [,]\n}").expect_err("syntax");
        assert!(err.contains("at (document root): expected a JSON document, found a JSON syntax error at line 2, column 9"), "{err}");
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).expect_err("deep").contains("nested more than 128 levels deep (at line 1"));
        let err = utf8_text(Path::new("c.json"), b"{\n \"a\": \"caf\xe9\"}").expect_err("latin-1").to_string();
        assert!(err.contains("invalid UTF-8 at byte offset 12 (line 2, column 11)"), "{err}");
        assert_eq!(utf8_text(Path::new("c.json"), "\u{feff}{}".as_bytes()).ok(), Some("{}"));
    }
}
