//! rustc-style excerpts for input errors: the file, line and column of the JSON pointer, and
//! the offending line with a caret under the value, so a user sees the problem without opening
//! the file.
//!
//! ```text
//! error: collection.json: at /item/0/request/method: expected an HTTP method name, found an object
//!   --> collection.json:7:17
//!    |
//!  7 |       "method": {"verb": "GET"},
//!    |                 ^
//! ```

use std::path::Path;

use crate::error::Error;

/// Files larger than this are not re-read for an excerpt.
const MAX_EXCERPT_FILE: u64 = 64 * 1024 * 1024;
/// Longest excerpt line shown, in characters.
const MAX_LINE: usize = 160;

/// The excerpt for `error`, when it points into a readable JSON file (or a line of a page).
pub fn excerpt(error: &Error) -> Option<String> {
    let (file, text, line, column) = match error {
        Error::Input { file, pointer, .. } => {
            let text = read_small(file)?;
            let (line, column) = line_column(&text, locate(&text, pointer.as_str())?);
            (file, text, line, column)
        }
        Error::Line { file, line, .. } => (file, read_small(file)?, *line, 1),
        _ => return None,
    };
    let source = text.lines().nth(line.checked_sub(1)?)?;
    Some(render(file, line, column, source))
}

fn read_small(file: &Path) -> Option<String> {
    let size = std::fs::metadata(file).ok()?.len();
    if size > MAX_EXCERPT_FILE {
        return None;
    }
    let bytes = std::fs::read(file).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Some(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}

fn render(file: &Path, line: usize, column: usize, source: &str) -> String {
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let (shown, caret_at) = window(source, column);
    format!(
        "{pad}--> {}:{line}:{column}\n{pad} |\n{number} | {shown}\n{pad} | {}^",
        file.display(),
        " ".repeat(caret_at)
    )
}

/// A part of `source` at most [`MAX_LINE`] characters long around 1-based `column`, and the
/// caret's 0-based position in it. Tabs become spaces so the caret lines up.
fn window(source: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = source.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(MAX_LINE / 2);
    let end = (start + MAX_LINE).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = at - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

/// 1-based line and column (in characters) of byte `offset`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    crate::input::line_column(&text.as_bytes()[..offset.min(text.len())])
}

/// The byte offset of the value at JSON `pointer` in `text`, if the text is JSON and has it.
pub fn locate(text: &str, pointer: &str) -> Option<usize> {
    let target: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer.strip_prefix('/')?.split('/').map(|s| s.replace("~1", "/").replace("~0", "~")).collect()
    };
    let mut scanner = Scanner { text: text.as_bytes(), pos: 0 };
    scanner.find(&target, 0, 0)
}

/// Walks JSON text without building values, following one pointer.
struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    /// Scans the value at `pos`; `matched` segments of `target` lead here. Returns the offset
    /// of the target once found. `depth` bounds recursion on hostile input.
    fn find(&mut self, target: &[String], matched: usize, depth: usize) -> Option<usize> {
        self.skip_ws();
        if matched == target.len() {
            return Some(self.pos);
        }
        if depth > 256 {
            return None;
        }
        match self.text.get(self.pos)? {
            b'{' => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.eat(b'}') {
                        return None;
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    if !self.eat(b':') {
                        return None;
                    }
                    if key == target[matched] {
                        return self.find(target, matched + 1, depth + 1);
                    }
                    self.skip_value(depth + 1)?;
                    self.skip_ws();
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let wanted: usize = target[matched].parse().ok()?;
                for index in 0.. {
                    self.skip_ws();
                    if self.eat(b']') {
                        return None;
                    }
                    if index == wanted {
                        return self.find(target, matched + 1, depth + 1);
                    }
                    self.skip_value(depth + 1)?;
                    self.skip_ws();
                    if !self.eat(b',') {
                        return None;
                    }
                }
                None
            }
            _ => None,
        }
    }

    fn skip_value(&mut self, depth: usize) -> Option<()> {
        self.skip_ws();
        if depth > 256 {
            return None;
        }
        match self.text.get(self.pos)? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if *open == b'{' { b'}' } else { b']' };
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.eat(close) {
                        return Some(());
                    }
                    if close == b'}' {
                        self.string()?;
                        self.skip_ws();
                        if !self.eat(b':') {
                            return None;
                        }
                    }
                    self.skip_value(depth + 1)?;
                    self.skip_ws();
                    if !self.eat(b',') && self.text.get(self.pos) != Some(&close) {
                        return None;
                    }
                }
            }
            _ => {
                // Numbers, true, false, null: up to the next delimiter.
                let start = self.pos;
                while self.text.get(self.pos).is_some_and(|b| !b",}] \t\r\n".contains(b)) {
                    self.pos += 1;
                }
                (self.pos > start).then_some(())
            }
        }
    }

    /// A string token, decoded (escapes included).
    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.pos - 1;
        while let Some(b) = self.text.get(self.pos) {
            match b {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return serde_json::from_slice(self.text.get(start..self.pos)?).ok();
                }
                _ => self.pos += 1,
            }
        }
        None
    }

    fn skip_ws(&mut self) {
        while self.text.get(self.pos).is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.text.get(self.pos) == Some(&byte);
        if hit {
            self.pos += 1;
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a/b\", \"request\": {\"method\": {\"verb\": 1}}},\n    [1, \"two\", {\"k~\": null}]\n  ]\n}\n";

    #[test]
    fn pointers_are_located_through_objects_arrays_and_escapes() {
        let at = |p: &str| locate(DOC, p).map(|o| line_column(DOC, o));
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("/info/name"), Some((2, 20)));
        assert_eq!(at("/item/0/request/method"), Some((4, 43)));
        assert_eq!(at("/item/1/1"), Some((5, 9)));
        assert_eq!(at("/item/1/2/k~0"), Some((5, 23)));
        assert_eq!(at("/item/2"), None);
        assert_eq!(at("/nope"), None);
        assert_eq!(locate("not json", "/a"), None);
    }

    #[test]
    fn the_excerpt_points_a_caret_at_the_value() {
        let source = "    {\"name\": \"a/b\", \"request\": {\"method\": {\"verb\": 1}}},";
        let shown = render(Path::new("c.json"), 4, 43, source);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[0], " --> c.json:4:43");
        assert_eq!(lines[1], "  |");
        assert_eq!(lines[2], format!("4 | {source}"));
        // The caret sits under the `{` that starts the method's value.
        assert_eq!(lines[3].find('^'), lines[2].find("{\"verb\""));
        let (long, caret) = window(&"x".repeat(1000), 500);
        assert!(long.starts_with('…') && long.ends_with('…') && caret == MAX_LINE / 2 + 1, "{caret}");
    }
}
