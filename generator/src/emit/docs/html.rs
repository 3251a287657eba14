//! The raw HTML in description text that rustdoc's `invalid_html_tags` lint rejects: tags
//! never closed (`List<String>` reads as an open `<String>` tag), closing tags never opened,
//! `<div/>`, unclosed comments and quoted attributes. Tags are matched as rustdoc matches
//! them: a closing tag closes the nearest open tag of its name, and whatever opened after it
//! is unclosed.

use std::ops::Range;

/// Elements that never close (rustdoc's `ALLOWED_UNCLOSED`).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];

/// One tag as written.
struct Tag {
    name: String,
    /// Where its `<` is.
    at: usize,
    closing: bool,
    self_closing: bool,
    /// An attribute's quote is never closed.
    open_quote: bool,
    /// Just past the tag.
    end: usize,
}

/// The position of the `<` of every tag rustdoc would reject, among the raw HTML `spans` of
/// `text` (the HTML events outside code blocks, in order), sorted.
pub fn stray_tags(text: &str, spans: &[Range<usize>]) -> Vec<usize> {
    let mut open: Vec<Tag> = Vec::new();
    let mut stray = Vec::new();
    // A comment may run over several HTML events (lines of an HTML block).
    let mut comment_end = 0;
    for span in spans {
        let mut at = span.start.max(comment_end);
        while let Some(found) = text.get(at..span.end).and_then(|s| s.find('<')) {
            let start = at + found;
            if text[start..].starts_with("<!--") {
                match text[start + 4..].find("-->") {
                    Some(close) => comment_end = start + 4 + close + 3,
                    None => {
                        stray.push(start);
                        comment_end = start + 4;
                    }
                }
                at = comment_end;
                continue;
            }
            let Some(tag) = read_tag(text, start, span.end) else {
                at = start + 1;
                continue;
            };
            at = tag.end;
            if tag.open_quote {
                stray.push(tag.at);
            } else if tag.closing {
                close(&mut open, &tag, &mut stray);
            } else if tag.self_closing {
                let in_foreign = open.iter().any(|t| t.name.eq_ignore_ascii_case("svg") || t.name.eq_ignore_ascii_case("math"));
                if !is_void(&tag.name) && !in_foreign {
                    stray.push(tag.at);
                }
            } else {
                open.push(tag);
            }
        }
    }
    stray.extend(open.iter().filter(|t| !is_void(&t.name)).map(|t| t.at));
    stray.sort_unstable();
    stray.dedup();
    stray
}

/// `tag` closes the nearest open tag of its name; the tags opened after that one were never
/// closed (unless inside `<script>` or `<style>`). With no such open tag, `tag` is stray.
fn close(open: &mut Vec<Tag>, tag: &Tag, stray: &mut Vec<usize>) {
    let Some(opened) = open.iter().rposition(|t| t.name.eq_ignore_ascii_case(&tag.name)) else {
        stray.push(tag.at);
        return;
    };
    let raw_text = open[..=opened]
        .iter()
        .any(|t| t.name.eq_ignore_ascii_case("script") || t.name.eq_ignore_ascii_case("style"));
    for inner in open.drain(opened + 1..) {
        if !raw_text && !is_void(&inner.name) {
            stray.push(inner.at);
        }
    }
    open.pop();
}

fn is_void(name: &str) -> bool {
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// The tag whose `<` is at `start`, read up to `limit` (the end of its HTML event): `None` when
/// no tag name follows (`a < b`, `<3`) or a closing tag has more than spaces before its `>`.
fn read_tag(text: &str, start: usize, limit: usize) -> Option<Tag> {
    let bytes = text.as_bytes().get(..limit)?;
    let mut i = start + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        i += 1;
    }
    let name = text[name_start..i].to_owned();
    let mut tag = Tag { name, at: start, closing, self_closing: false, open_quote: false, end: i };
    if closing {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'>') {
            return None;
        }
        tag.end = i + 1;
        return Some(tag);
    }
    // Attributes: a quote opens only after `=`; `/` right before `>` makes it self-closing.
    let mut quote: Option<u8> = None;
    let mut after_eq = false;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match quote {
            Some(q) if b == q => {
                quote = None;
                after_eq = false;
            }
            Some(_) => {}
            None if b == b'>' => {
                tag.end = i;
                return Some(tag);
            }
            None if b.is_ascii_whitespace() => after_eq = false,
            None => {
                tag.self_closing = b == b'/' && !after_eq;
                if (b == b'"' || b == b'\'') && after_eq {
                    quote = Some(b);
                } else if b == b'=' {
                    after_eq = true;
                }
            }
        }
    }
    // The event ended inside the tag.
    tag.open_quote = quote.is_some();
    tag.end = i;
    Some(tag)
}

#[cfg(test)]
mod tests {
    use super::stray_tags;

    /// The stray tags of `text` read as one HTML span.
    fn stray(text: &str) -> Vec<usize> {
        let whole = 0..text.len();
        stray_tags(text, std::slice::from_ref(&whole))
    }

    #[test]
    fn balanced_and_void_tags_pass() {
        assert!(stray("<b>bold</b><br><img src=\"a.png\"><hr/>").is_empty());
        assert!(stray("<div class=\"x\"><p>one</p></div>").is_empty());
        assert!(stray("<svg><path d=\"M0\"/></svg>").is_empty());
        assert!(stray("<!-- a comment --> and <B>upper</b>").is_empty());
    }

    #[test]
    fn unclosed_unopened_and_self_closing_tags_are_stray() {
        assert_eq!(stray("List<String>"), [4]);
        assert_eq!(stray("<h2><h3></h2>"), [4]);
        assert_eq!(stray("x </div>"), [2]);
        assert_eq!(stray("<span/>"), [0]);
        assert_eq!(stray("<a href=\"x>"), [0]);
        assert_eq!(stray("<!-- never closed"), [0]);
        // Not tags at all.
        assert!(stray("a < b, <3, </ x>").is_empty());
    }
}
