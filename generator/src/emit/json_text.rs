//! JSON text written directly, for `tests/examples.json`: saved bodies go in verbatim (they
//! are already compact JSON), so the file is never parsed or built as a tree, and one key per
//! line keeps it readable and its diffs small. Everything is appended to one buffer: the file
//! has a few lines per saved example, hundreds of thousands at scale.

/// `text` as a JSON string.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_string(&mut out, text);
    out
}

/// Appends `text` as a JSON string, escaped as serde_json escapes (quote, backslash and
/// control characters; everything else as it is).
pub fn push_string(out: &mut String, text: &str) {
    out.push('"');
    let mut run = 0;
    // Only ASCII bytes are escaped, and no byte of a multi-byte character is ASCII: each
    // escaped byte is a whole character.
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(&text[run..i]);
        if escape.is_empty() {
            out.push_str(&format!("\\u{b:04x}"));
        } else {
            out.push_str(escape);
        }
        run = i + 1;
    }
    out.push_str(&text[run..]);
    out.push('"');
}

/// Appends `["a", "b", ...]`.
pub fn push_strings(out: &mut String, list: &[String]) {
    out.push('[');
    for (i, item) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_string(out, item);
    }
    out.push(']');
}

/// `[["key", "value"], ...]`.
pub fn pairs(list: &[(String, String)]) -> String {
    let mut out = String::new();
    push_pairs(&mut out, list);
    out
}

/// Appends `[["key", "value"], ...]`.
pub fn push_pairs(out: &mut String, list: &[(String, String)]) {
    out.push('[');
    for (i, (key, value)) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('[');
        push_string(out, key);
        out.push_str(", ");
        push_string(out, value);
        out.push(']');
    }
    out.push(']');
}

/// An object written key by key, one per line, at an indent, onto the end of a buffer.
pub struct JsonObject<'a> {
    text: &'a mut String,
    indent: &'a str,
    empty: bool,
}

impl<'a> JsonObject<'a> {
    /// An object appended to `text`, whose braces sit at `indent` (its keys one level deeper).
    pub fn new(text: &'a mut String, indent: &'a str) -> Self {
        text.push_str(indent);
        text.push('{');
        JsonObject { text, indent, empty: true }
    }

    /// Appends `"key": value`, `value` being JSON text.
    pub fn field(&mut self, key: &str, value: &str) {
        self.key(key).push_str(value);
    }

    /// Starts `"key": ` and returns the buffer its value is to be appended to.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.text.push(',');
        }
        self.empty = false;
        self.text.push('\n');
        self.text.push_str(self.indent);
        self.text.push_str("  ");
        push_string(self.text, key);
        self.text.push_str(": ");
        self.text
    }

    /// Closes the object (no newline after its brace).
    pub fn finish(self) {
        if !self.empty {
            self.text.push('\n');
            self.text.push_str(self.indent);
        }
        self.text.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_and_pairs_are_valid_json() {
        let mut inner_text = String::new();
        let mut inner = JsonObject::new(&mut inner_text, "    ");
        inner.field("a\"b", &string("x\ny"));
        inner.field("list", &pairs(&[("k".into(), "v\\".into())]));
        push_strings(inner.key("strings"), &["p".into(), "q\"".into()]);
        inner.finish();
        let mut empty = String::from("ahead ");
        JsonObject::new(&mut empty, "").finish();
        assert_eq!(empty, "ahead {}", "appended to what the buffer holds");
        let mut text = String::new();
        let mut outer = JsonObject::new(&mut text, "");
        outer.field("inner", inner_text.trim_start());
        outer.field("empty", "{}");
        outer.finish();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(value["inner"]["a\"b"], "x\ny");
        assert_eq!(value["inner"]["list"][0][1], "v\\");
        assert_eq!(value["inner"]["strings"][1], "q\"");
        assert_eq!(value["empty"], serde_json::json!({}));
        assert_eq!(text.lines().nth(1), Some("  \"inner\": {"));
        assert_eq!(inner_text.lines().last(), Some("    }"));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for text in ["", "plain", "q\"b\\s/", "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}", "é ✓ 😀 \u{2066}", "a\u{1}b\"c"] {
            let expected = serde_json::to_string(text).unwrap_or_default();
            assert_eq!(string(text), expected, "{text:?}");
        }
    }
}
