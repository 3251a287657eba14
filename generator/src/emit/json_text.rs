//! JSON text written directly, for `tests/examples.json`: saved bodies go in verbatim (they
//! are already compact JSON), so the file is never parsed or built as a tree, and one key per
//! line keeps it readable and its diffs small.

/// `text` as a JSON string.
pub fn string(text: &str) -> String {
    // Serializing a `str` cannot fail; the fallback only keeps this total.
    serde_json::to_string(text).unwrap_or_else(|_| String::from("\"\""))
}

/// `[["key", "value"], ...]`.
pub fn pairs(list: &[(String, String)]) -> String {
    let items: Vec<String> = list.iter().map(|(k, v)| format!("[{}, {}]", string(k), string(v))).collect();
    format!("[{}]", items.join(", "))
}

/// An object written key by key, one per line, at an indent.
pub struct JsonObject {
    text: String,
    indent: String,
    empty: bool,
}

impl JsonObject {
    /// An object whose braces sit at `indent` (its keys one level deeper).
    pub fn new(indent: &str) -> Self {
        JsonObject { text: format!("{indent}{{"), indent: indent.to_owned(), empty: true }
    }

    /// Appends `"key": value`, `value` being JSON text.
    pub fn field(&mut self, key: &str, value: &str) {
        if !self.empty {
            self.text.push(',');
        }
        self.empty = false;
        self.text.push('\n');
        self.text.push_str(&self.indent);
        self.text.push_str("  ");
        self.text.push_str(&string(key));
        self.text.push_str(": ");
        self.text.push_str(value);
    }

    /// The object's text, closing brace included (no newline after it).
    pub fn finish(mut self) -> String {
        if self.empty {
            self.text.push('}');
        } else {
            self.text.push('\n');
            self.text.push_str(&self.indent);
            self.text.push('}');
        }
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_and_pairs_are_valid_json() {
        let mut inner = JsonObject::new("    ");
        inner.field("a\"b", &string("x\ny"));
        inner.field("list", &pairs(&[("k".into(), "v\\".into())]));
        let mut outer = JsonObject::new("");
        outer.field("inner", inner.finish().trim_start());
        outer.field("empty", &JsonObject::new("").finish());
        let text = outer.finish();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(value["inner"]["a\"b"], "x\ny");
        assert_eq!(value["inner"]["list"][0][1], "v\\");
        assert_eq!(value["empty"], serde_json::json!({}));
        assert_eq!(text.lines().nth(1), Some("  \"inner\": {"));
    }
}
