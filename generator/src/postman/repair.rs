//! Lenient JSON for raw request bodies and example bodies.
//!
//! Authors write bodies for humans and for Postman's variable substitution, not for a JSON
//! parser: `"id": {{userId}}`, `// optional` comments, trailing commas. Such a body still
//! tells us the shape of the payload, so for inference we repair it instead of discarding it.

use serde_json::Value;

/// A body parsed as JSON, possibly after repair.
#[derive(Debug, Clone, PartialEq)]
pub struct RepairedJson {
    /// The parsed value (repaired placeholders appear as `null`).
    pub value: Value,
    /// Whether the text needed repair to parse.
    pub repaired: bool,
}

/// Parses `text` as JSON, repairing comments, bare `{{var}}` placeholders and trailing commas
/// when the strict parse fails. `None` for empty text or text that is not JSON even after
/// repair (XML, form text, `<placeholder>` templates ...).
pub fn parse_json_lenient(text: &str) -> Option<RepairedJson> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(value) = serde_json::from_str(text) {
        return Some(RepairedJson {
            value,
            repaired: false,
        });
    }
    let cleaned = remove_trailing_commas(&strip_comments_and_placeholders(text));
    serde_json::from_str(&cleaned)
        .ok()
        .map(|value| RepairedJson {
            value,
            repaired: true,
        })
}

/// A body as compact JSON text, possibly after repair.
#[derive(Debug, Clone, PartialEq)]
pub struct CompactJson {
    /// The text `serde_json::Value::to_string` gives for the parsed value.
    pub text: String,
    /// Whether the text needed repair to parse.
    pub repaired: bool,
}

/// [`parse_json_lenient`] as compact text: for JSON that needs no repair (nearly all), written
/// without building the value.
pub fn compact_json_lenient(text: &str) -> Option<CompactJson> {
    let trimmed = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    if let Some(compact) = super::compact::compact_json(trimmed) {
        return Some(CompactJson { text: compact, repaired: false });
    }
    // Text that needs repair, or repeats a key: as the value reads it.
    parse_json_lenient(text).map(|parsed| CompactJson { text: parsed.value.to_string(), repaired: parsed.repaired })
}

/// Copies `text` minus `//` and `/* */` comments, with bare `{{name}}` turned into `null`.
/// Only bytes outside string literals are touched.
fn strip_comments_and_placeholders(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Start of the pending verbatim run; copying runs (not single bytes) keeps UTF-8 intact.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                out.push_str(&text[run..i]);
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                run = i;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                out.push_str(&text[run..i]);
                // An unterminated block comment swallows the rest; the parse then fails.
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                // Keeps `1/**/2` from gluing into `12`.
                out.push(' ');
                run = i;
            }
            b'{' if bytes.get(i + 1) == Some(&b'{') => match placeholder_end(bytes, i) {
                Some(end) => {
                    out.push_str(&text[run..i]);
                    out.push_str("null");
                    i = end;
                    run = i;
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    out.push_str(&text[run..]);
    out
}

/// Drops every `,` (outside strings) whose next non-whitespace byte is `}` or `]`.
fn remove_trailing_commas(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b',' => {
                let next = bytes[i + 1..].iter().find(|b| !b.is_ascii_whitespace());
                if matches!(next, Some(b'}' | b']')) {
                    out.push_str(&text[run..i]);
                    run = i + 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[run..]);
    out
}

/// Index just past the string literal opening at `start` (or the end of input when it is
/// unterminated).
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// If a `{{name}}` placeholder starts at `start`, the index just past its `}}`. Names hold no
/// braces, quotes or line breaks, so `{{"a":1}}`-like text is never mistaken for one.
fn placeholder_end(bytes: &[u8], start: usize) -> Option<usize> {
    let name_start = start + 2;
    let mut i = name_start;
    while i < bytes.len() {
        match bytes[i] {
            b'}' if i > name_start && bytes.get(i + 1) == Some(&b'}') => return Some(i + 2),
            b'{' | b'}' | b'"' | b'\n' | b'\r' => return None,
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn repaired(text: &str) -> Value {
        let r = parse_json_lenient(text).expect("repairable");
        assert!(r.repaired, "{text} should need repair");
        r.value
    }

    #[test]
    fn strict_json_is_not_repaired() {
        let r = parse_json_lenient("\u{feff}  {\"a\": [1, 2]}\n").unwrap();
        assert_eq!(
            r,
            RepairedJson {
                value: json!({"a": [1, 2]}),
                repaired: false
            }
        );
        assert_eq!(parse_json_lenient("42").unwrap().value, json!(42));
    }

    #[test]
    fn empty_is_none() {
        assert!(parse_json_lenient("").is_none());
        assert!(parse_json_lenient(" \n\t").is_none());
        assert!(parse_json_lenient("\u{feff}").is_none());
    }

    #[test]
    fn line_comments() {
        let v = repaired("{\n  \"a\": 1, // the a\n  // whole line\n  \"b\": 2\n}");
        assert_eq!(v, json!({"a": 1, "b": 2}));
        assert_eq!(repaired("{\"a\": 1} // end"), json!({"a": 1}));
    }

    #[test]
    fn block_comments() {
        assert_eq!(repaired("{/* x */\"a\": /* y\n z */ 1}"), json!({"a": 1}));
        assert!(parse_json_lenient("[1, 2 /* open").is_none());
    }

    #[test]
    fn bare_placeholders_become_null() {
        let v =
            repaired("{\"id\": {{userId}}, \"ids\": [{{a}}, {{b}}], \"name\": \"{{user_name}}\"}");
        assert_eq!(
            v,
            json!({"id": null, "ids": [null, null], "name": "{{user_name}}"})
        );
        assert_eq!(repaired("{{body}}"), Value::Null);
        assert_eq!(repaired("{\"a\":{{$randomInt}}}"), json!({"a": null}));
    }

    #[test]
    fn nested_objects_are_not_placeholders() {
        // `{{"a":1}}` is invalid JSON but must not be rewritten into `null`.
        assert!(parse_json_lenient("[{{\"a\":1}}]").is_none());
        assert_eq!(repaired("[{\"a\": {}},]"), json!([{"a": {}}]));
    }

    #[test]
    fn trailing_commas() {
        assert_eq!(
            repaired("{\"a\": [1, 2, ], \"b\": 3,\n}"),
            json!({"a": [1, 2], "b": 3})
        );
        assert_eq!(repaired("{\"a\": 1, // last\n}"), json!({"a": 1}));
        assert_eq!(repaired("[1,/* c */]"), json!([1]));
    }

    #[test]
    fn strings_are_left_alone() {
        let v = repaired(
            "{\"url\": \"http://x/y\", \"c\": \"/* no */\", \"t\": \", }\", \"k\": {{k}}}",
        );
        assert_eq!(
            v,
            json!({"url": "http://x/y", "c": "/* no */", "t": ", }", "k": null})
        );
        let v = repaired("{\"q\": \"say \\\"//hi\\\" {{x}}\", \"n\": 1,}");
        assert_eq!(v, json!({"q": "say \"//hi\" {{x}}", "n": 1}));
        let v = repaired("{\"p\": \"C:\\\\\", // backslash-ended string\n\"u\": \"ü\"}");
        assert_eq!(v, json!({"p": "C:\\", "u": "ü"}));
    }

    #[test]
    fn not_json_stays_none() {
        assert!(parse_json_lenient("<soap:Envelope/>").is_none());
        assert!(parse_json_lenient("{\"a\": \"<string>\", \"b\": <integer>}").is_none());
        assert!(parse_json_lenient("a=1&b=2").is_none());
        assert!(parse_json_lenient("{\"a\": \"unterminated}").is_none());
    }
}
