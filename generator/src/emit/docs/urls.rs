//! Bare URLs in description text: where one starts and ends, and what it becomes (an
//! autolink when it is a URL, code when it is a template such as `https://{{host}}/v1`).

use std::ops::Range;

/// Where the next `http://` or `https://` starts in `within` of `text` (rustdoc's `bare_urls`
/// lint looks for exactly these, lowercase).
pub fn next_start(text: &str, within: Range<usize>) -> Option<usize> {
    let haystack = text.get(within.clone())?;
    let http = haystack.find("http://");
    let https = haystack.find("https://");
    let first = match (http, https) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(within.start + first)
}

/// The bare URL that starts at `start` (see [`next_start`]): the bytes it covers and what
/// replaces them. `None` when there is nothing after the scheme.
pub fn bare_url(text: &str, start: usize) -> Option<(Range<usize>, String)> {
    let rest = text.get(start..)?;
    // A URL has no spaces, and these end it where it sits in markdown: an HTML tag or
    // autolink, code, a link's brackets, a table cell, quotes.
    let mut end = rest.find(|c: char| c.is_whitespace() || "<>`[]|\"".contains(c)).unwrap_or(rest.len());
    // Sentence punctuation after a URL is not part of it; a closing parenthesis is when the
    // URL opened one (`https://en.wikipedia.org/wiki/Rust_(language)`).
    while let Some(last) = rest[..end].chars().next_back() {
        let unbalanced_paren = last == ')' && rest[..end].matches('(').count() < rest[..end].matches(')').count();
        if ".,:;!?*_~'".contains(last) || unbalanced_paren {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    let written = &rest[..end];
    let scheme_end = written.find("://")? + 3;
    if end <= scheme_end {
        return None;
    }
    // Markdown escapes (`a\_b`) mean the character itself; neither an autolink nor code reads them.
    let url = unescape(written);
    let with = if is_url(&url) { format!("<{url}>") } else { format!("`{url}`") };
    Some((start..start + end, with))
}

/// An `http(s)` URL whose host is a name or an address, and not a Postman template
/// (`{{host}}`, `{{id}}`): a page a reader can open.
pub fn is_url(text: &str) -> bool {
    !text.contains("{{")
        && url::Url::parse(text).is_ok_and(|url| {
            matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|host| {
                    !host.is_empty()
                        && host.chars().all(|c| c.is_ascii_alphanumeric() || "-._[]:".contains(c))
                })
        })
}

/// `text` without the backslash of each markdown escape (a backslash before ASCII punctuation).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|next| next.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{bare_url, next_start};

    fn replaced(text: &str) -> Option<String> {
        let start = next_start(text, 0..text.len())?;
        let (range, with) = bare_url(text, start)?;
        Some(format!("{}{with}{}", &text[..range.start], &text[range.end..]))
    }

    #[test]
    fn trailing_punctuation_is_left_out_and_balanced_parentheses_kept() {
        assert_eq!(replaced("see https://example.com/a.").as_deref(), Some("see <https://example.com/a>."));
        assert_eq!(
            replaced("(https://en.wikipedia.org/wiki/Rust_(language))").as_deref(),
            Some("(<https://en.wikipedia.org/wiki/Rust_(language)>)")
        );
        assert_eq!(replaced("x http://a.io/b?c=1&d=2, then").as_deref(), Some("x <http://a.io/b?c=1&d=2>, then"));
    }

    #[test]
    fn escapes_are_read_and_templates_are_code() {
        assert_eq!(replaced("https://example.com/a\\_b").as_deref(), Some("<https://example.com/a_b>"));
        assert_eq!(replaced("https://{{host}}/v1/items").as_deref(), Some("`https://{{host}}/v1/items`"));
        assert_eq!(replaced("https://api.example.com/{{id}}").as_deref(), Some("`https://api.example.com/{{id}}`"));
        assert_eq!(replaced("https://{host}/v1").as_deref(), Some("`https://{host}/v1`"));
        // Braces in a real page's address (an API explorer's fragment) are part of it.
        assert_eq!(
            replaced("https://docs.example.com/explorer/#/post/payments/{id}/captures").as_deref(),
            Some("<https://docs.example.com/explorer/#/post/payments/{id}/captures>")
        );
        assert_eq!(replaced("https://").as_deref(), None);
        assert_eq!(replaced("https://.").as_deref(), None);
    }
}
