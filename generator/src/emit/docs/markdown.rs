//! Description markdown made to build under `rustdoc -D warnings`: what rustdoc would reject
//! is rewritten to what a reader would see anyway, everything else is kept byte for byte.
//!
//! - a link whose target is not an `http(s)`/`mailto` URL (`[x](ctp:…)`, `[x](Foo)`, `#anchor`)
//!   becomes its text; an image with such a target becomes its alt text;
//! - `[text]`, `[text][ref]` with no `[ref]: …` definition (rustdoc reads them as links to
//!   items) keep their brackets, escaped: `\[text\]`;
//! - a bare `https://…` becomes an autolink `<https://…>` when it is a URL, else code;
//! - an HTML tag rustdoc calls unclosed, unopened or invalid is escaped (`&lt;b>`).
//!
//! The text is read with pulldown-cmark, rustdoc's own parser, with rustdoc's options, so
//! links, code, HTML and plain text are exactly where rustdoc sees them. A rewrite can change
//! how the rest parses (an escaped tag that opened an HTML block makes the block a paragraph,
//! whose text is markdown again), so the pass repeats until nothing changes.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{html, urls};

/// Passes before giving up; each pass only escapes, so text settles in one or two.
const MAX_PASSES: usize = 8;

/// `text` with every construct rustdoc would warn about rewritten (see the module docs).
pub fn rustdoc_safe(text: &str) -> String {
    // Links need `[` or `<`, HTML `<`, bare URLs `://`: most doc text has none of them.
    if !text.contains(['[', '<']) && !text.contains("://") {
        return text.to_owned();
    }
    let mut text = text.to_owned();
    for _ in 0..MAX_PASSES {
        let edits = Walk::edits(&text);
        if edits.is_empty() {
            break;
        }
        text = apply(&text, edits);
    }
    text
}

/// The markdown rustdoc parses doc comments with (`main_body_opts` in rustdoc).
fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Replace the bytes at `range` with `with` (an empty range inserts).
#[derive(Debug, PartialEq, Eq)]
struct Edit {
    range: Range<usize>,
    with: String,
}

impl Edit {
    fn new(range: Range<usize>, with: impl Into<String>) -> Self {
        Edit { range, with: with.into() }
    }
}

/// A link or image being walked: its range, whether it stays a link, and where its text is.
struct OpenLink {
    range: Range<usize>,
    kept: bool,
    /// The link's text as brackets to escape rather than a link to take apart.
    escaped: bool,
    text: Option<Range<usize>>,
}

/// One pass over the events of a text, collecting the edits it needs.
struct Walk<'t> {
    text: &'t str,
    edits: Vec<Edit>,
    links: Vec<OpenLink>,
    in_code_block: bool,
    /// Raw HTML outside code blocks, in order.
    html: Vec<Range<usize>>,
    /// Where the last bare URL ended (its rest may come as more text events).
    url_end: usize,
}

impl<'t> Walk<'t> {
    fn edits(text: &'t str) -> Vec<Edit> {
        // rustdoc takes every `[reference]` with no definition for a link to an item; so do we,
        // to see them (their target is empty, which `keeps_link` refuses).
        let callback = |broken: BrokenLink<'t>| Some((CowStr::Borrowed(""), broken.reference));
        let parser = Parser::new_with_broken_link_callback(text, rustdoc_options(), Some(callback));
        let mut walk = Walk { text, edits: Vec::new(), links: Vec::new(), in_code_block: false, html: Vec::new(), url_end: 0 };
        for (event, range) in parser.into_offset_iter() {
            walk.event(event, range);
        }
        for at in html::stray_tags(text, &walk.html) {
            walk.edits.push(Edit::new(at..at + 1, "&lt;"));
        }
        walk.edits
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        // Everything inside a link but a nested link's own start and end is its text (a
        // nested link counts when it opens).
        if !matches!(event, Event::Start(Tag::Link { .. } | Tag::Image { .. }) | Event::End(TagEnd::Link | TagEnd::Image))
            && let Some(link) = self.links.last_mut()
        {
            let text = link.text.get_or_insert(range.clone());
            text.end = range.end;
        }
        match event {
            Event::Start(Tag::CodeBlock(_)) => self.in_code_block = true,
            Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
            Event::Start(Tag::Link { link_type, dest_url, id, .. }) => {
                let (kept, escaped) = link_fate(link_type, &dest_url, &id);
                self.open_link(range, kept, escaped);
            }
            Event::Start(Tag::Image { link_type, dest_url, id, .. }) => {
                let (kept, escaped) = link_fate(link_type, &dest_url, &id);
                self.open_link(range, kept, escaped);
            }
            Event::End(TagEnd::Link | TagEnd::Image) => self.close_link(),
            Event::Html(_) | Event::InlineHtml(_) if !self.in_code_block => self.html.push(range),
            Event::Text(_) if !self.in_code_block && self.links.iter().all(|l| !l.kept) => self.bare_urls(range),
            _ => {}
        }
    }

    fn open_link(&mut self, range: Range<usize>, kept: bool, escaped: bool) {
        // Text inside an outer link's brackets counts towards that link's text too.
        if let Some(outer) = self.links.last_mut() {
            let text = outer.text.get_or_insert(range.clone());
            text.end = range.end;
        }
        self.links.push(OpenLink { range, kept, escaped, text: None });
    }

    fn close_link(&mut self) {
        let Some(link) = self.links.pop() else { return };
        if link.kept {
            return;
        }
        if link.escaped {
            self.escape_brackets(link.range);
            return;
        }
        // The link's text stays, its brackets and target go.
        match link.text {
            Some(text) if text.start >= link.range.start && text.end <= link.range.end => {
                self.edits.push(Edit::new(link.range.start..text.start, ""));
                self.edits.push(Edit::new(text.end..link.range.end, ""));
            }
            _ => self.edits.push(Edit::new(link.range, "")),
        }
    }

    /// A backslash before each `[` and `]` of `range` outside code spans.
    fn escape_brackets(&mut self, range: Range<usize>) {
        let Some(source) = self.text.get(range.clone()) else { return };
        let mut in_code = false;
        let mut escaped = false;
        for (offset, byte) in source.bytes().enumerate() {
            match byte {
                b'`' if !escaped => in_code = !in_code,
                b'[' | b']' if !escaped && !in_code => {
                    let at = range.start + offset;
                    self.edits.push(Edit::new(at..at, "\\"));
                }
                _ => {}
            }
            escaped = byte == b'\\' && !escaped;
        }
    }

    /// Every bare URL that starts in this text (it may run on past it: `https://a.b/_c_`).
    fn bare_urls(&mut self, range: Range<usize>) {
        let mut from = range.start.max(self.url_end);
        while from < range.end {
            let Some(found) = urls::next_start(self.text, from..range.end) else { return };
            match urls::bare_url(self.text, found) {
                Some((url, with)) => {
                    from = url.end;
                    self.url_end = url.end;
                    self.edits.push(Edit::new(url, with));
                }
                None => from = found + 1,
            }
        }
    }
}

/// What becomes of a link: (kept as a link, or its brackets escaped rather than taken apart).
fn link_fate(link_type: LinkType, dest: &str, reference: &str) -> (bool, bool) {
    match link_type {
        // No definition: rustdoc would look for an item of that name.
        LinkType::ShortcutUnknown | LinkType::CollapsedUnknown | LinkType::ReferenceUnknown => {
            (is_generated_item_link(reference), true)
        }
        LinkType::Email => (true, false),
        _ => (is_good_target(dest), false),
    }
}

/// Targets a reader can follow: `http(s)` URLs with a host (not a Postman template such as
/// `https://{{host}}/v1`), `mailto:`, and the paths the
/// generator itself links to (`super::Client::get_user`, `Self::name`).
fn is_good_target(dest: &str) -> bool {
    if dest.starts_with("super::") || dest.starts_with("Self::") {
        return is_rust_path(dest);
    }
    urls::is_url(dest) || dest.starts_with("mailto:")
}

/// `` `Listing` ``, `` `Region::api_url` ``: the generator's own links to items of the crate
/// (code naming a type, which the generator writes UpperCamelCase).
fn is_generated_item_link(reference: &str) -> bool {
    let Some(path) = reference.strip_prefix('`').and_then(|r| r.strip_suffix('`')) else { return false };
    path.starts_with(|c: char| c.is_ascii_uppercase()) && is_rust_path(path)
}

/// Identifiers joined by `::`. Not raw identifiers: rustdoc reads the `#` of
/// `super::Client::r#type` as an anchor, and the link never resolves.
fn is_rust_path(path: &str) -> bool {
    path.split("::").all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && segment.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// `text` with `edits` applied; an edit overlapping an earlier one is dropped.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    edits.dedup();
    let mut out = String::with_capacity(text.len() + 8 * edits.len());
    let mut at = 0;
    for edit in edits {
        let Some(kept) = text.get(at..edit.range.start) else { continue };
        out.push_str(kept);
        out.push_str(&edit.with);
        at = edit.range.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::rustdoc_safe;

    #[test]
    fn links_to_nowhere_become_their_text() {
        // Postman descriptions link to their own app (`ctp:`), to anchors and to relative paths.
        assert_eq!(
            rustdoc_safe("See [Create a payment](ctp:payments/create) and [errors](#errors)."),
            "See Create a payment and errors."
        );
        assert_eq!(rustdoc_safe("Read [the *guide*](/docs/guide)."), "Read the *guide*.");
        assert_eq!(rustdoc_safe("[x](Foo) and ![logo](img/logo.png)"), "x and logo");
        assert_eq!(rustdoc_safe("[](ctp:empty) done"), " done");
        // rustdoc takes `#type` for an anchor: a method named by a raw identifier is named, not linked.
        assert_eq!(
            rustdoc_safe("Response body of [`Client::r#type`](super::Client::r#type)."),
            "Response body of `Client::r#type`."
        );
        // A template URL is not a URL yet.
        assert_eq!(rustdoc_safe("[host]({{baseUrl}}/v1)"), "host");
        assert_eq!(rustdoc_safe("[host](https://{{host}}/v1)"), "host");
    }

    #[test]
    fn links_to_urls_and_the_generators_items_stay() {
        for text in [
            "See [the docs](https://developer.example.com/docs?a=1#b).",
            "Write to [support](mailto:support@example.com) or <help@example.com>.",
            "Same as [`UserResponse`]; the envelope [`DataMeta`] of [`Region::api_url`].",
            "Body of [`Client::get_user`](super::Client::get_user), [`name`](Self::name).",
            "[ref link][docs]\n\n[docs]: https://example.com/docs",
            "<https://example.com/a_b>",
        ] {
            assert_eq!(rustdoc_safe(text), text);
        }
    }

    #[test]
    fn brackets_that_are_not_links_are_escaped() {
        // rustdoc would look for items named `id`, `Required` and `note`.
        assert_eq!(rustdoc_safe("The [id] of the record [Required]."), "The \\[id\\] of the record \\[Required\\].");
        assert_eq!(rustdoc_safe("See [the note][note]."), "See \\[the note\\]\\[note\\].");
        assert_eq!(rustdoc_safe("A list [`id`] of ids"), "A list \\[`id`\\] of ids");
        // Already escaped, or a task list: left alone.
        assert_eq!(rustdoc_safe("\\[id\\]"), "\\[id\\]");
        assert_eq!(rustdoc_safe("- [x] done"), "- [x] done");
    }

    #[test]
    fn bare_urls_become_autolinks_or_code() {
        assert_eq!(
            rustdoc_safe("Docs: https://api.example.com/v2/users?page=1. Then (https://example.com/a)."),
            "Docs: <https://api.example.com/v2/users?page=1>. Then (<https://example.com/a>)."
        );
        assert_eq!(rustdoc_safe("Base http://localhost:8080/api"), "Base <http://localhost:8080/api>");
        // Emphasis markers inside a URL are part of it.
        assert_eq!(rustdoc_safe("at https://example.com/my_file_name.txt"), "at <https://example.com/my_file_name.txt>");
        assert_eq!(rustdoc_safe("**https://example.com/x**"), "**<https://example.com/x>**");
        // A template is shown as code: it is not a URL anyone can open.
        assert_eq!(rustdoc_safe("POST https://{{host}}/v1/items"), "POST `https://{{host}}/v1/items`");
        // Inside code, a fence or a kept link: untouched.
        for text in ["`https://example.com`", "```text\nhttps://example.com\n```", "[https://a.com](https://a.com)"] {
            assert_eq!(rustdoc_safe(text), text);
        }
        // A URL in the text of a link that goes: the link text is text now.
        assert_eq!(rustdoc_safe("[https://example.com/x](ctp:x)"), "<https://example.com/x>");
    }

    #[test]
    fn stray_html_is_escaped_and_balanced_html_kept() {
        assert_eq!(rustdoc_safe("Returns a List<String> of ids"), "Returns a List&lt;String> of ids");
        assert_eq!(rustdoc_safe("Line one<br>line <b>two</b>"), "Line one<br>line <b>two</b>");
        assert_eq!(rustdoc_safe("an <integer> value"), "an &lt;integer> value");
        assert_eq!(rustdoc_safe("close </div> only"), "close &lt;/div> only");
        assert_eq!(rustdoc_safe("self <span/> closing"), "self &lt;span/> closing");
        // An unclosed comment starting a line opens an HTML block that runs to the end.
        assert_eq!(rustdoc_safe("<!-- never closed\nmore"), "&lt;!-- never closed\nmore");
        assert_eq!(rustdoc_safe("inline <!-- is text"), "inline <!-- is text");
        assert_eq!(rustdoc_safe("a <!-- note --> b"), "a <!-- note --> b");
    }

    #[test]
    fn odd_text_passes_through_once_and_for_all() {
        // Unbalanced, nested and non-ASCII text: no panic, and the result needs no second pass.
        for text in [
            "[[a](ctp:x)](y) ![[b]](c) [`c`](d \"t\") <a href='x'>[é](ctp:é)</a>",
            "<div>\n**bold** https://é.example/ünï <span>\n\n</div> trailing <",
            "`unclosed https://a.com [x] <b>",
            "| a | https://a.com/x |\n|---|---|\n| [b] | <i>c |",
            "> quote [ref]\n>\n> [ref]: ctp:ref\n\n[ref]",
            "- [ ] task <T>\n  - [x] https://a.com)\u{1F600}(",
            "<!-- a\n\n--> <br/> <hr /> </br> https://",
        ] {
            let once = rustdoc_safe(text);
            assert_eq!(rustdoc_safe(&once), once, "from {text:?}");
        }
    }

    #[test]
    fn an_html_block_opened_by_a_stray_tag_is_read_again_as_markdown() {
        // `<p>` opens an HTML block (no markdown inside) and is never closed; once escaped, the
        // block is a paragraph and its URL is a bare URL.
        assert_eq!(
            rustdoc_safe("<p>\nSee https://example.com/docs\n\nNext"),
            "&lt;p>\nSee <https://example.com/docs>\n\nNext"
        );
    }
}
