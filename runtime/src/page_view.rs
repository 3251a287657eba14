//! A listing page read in place: JSON pointers are followed through the body's own text
//! (`RawValue`), so a page is held once, as received, and its items are decoded one at a
//! time from their slice of it, never as a whole `serde_json::Value` tree (which takes
//! several times the text).

use std::collections::HashMap;
use std::ops::Range;

use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::error::Error;
use crate::response::decode_json;

/// A page's body as text, with the byte ranges of its items.
pub(crate) struct PageView<'a> {
    root: &'a RawValue,
    /// Where the body's text starts (after a byte order mark), to turn slices into ranges.
    text: &'a str,
    offset: usize,
}

impl<'a> PageView<'a> {
    /// Reads `body` as JSON without building a tree; an invalid body is the same
    /// [`Error::Decode`] a whole-body decode reports.
    pub(crate) fn new(body: &'a [u8]) -> Result<Self, Error> {
        let invalid = || decode_json::<IgnoredAny>(body).err().unwrap_or_else(|| not_json(body));
        let offset = if body.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        let text = std::str::from_utf8(&body[offset..]).map_err(|_| invalid())?;
        let text = if text.trim().is_empty() { "null" } else { text };
        let root = serde_json::from_str::<&RawValue>(text).map_err(|_| invalid())?;
        Ok(PageView { root, text, offset })
    }

    /// The value at `pointer` (RFC 6901), parsed into a `Value`: for the small values
    /// (flags, tokens) that steer the listing.
    pub(crate) fn value(&self, pointer: &str) -> Option<Value> {
        serde_json::from_str(self.raw(pointer)?.get()).ok()
    }

    /// The text of the value at `pointer`.
    pub(crate) fn raw(&self, pointer: &str) -> Option<&'a RawValue> {
        let mut current = self.root;
        let Some(tokens) = pointer.strip_prefix('/') else {
            return pointer.is_empty().then_some(current);
        };
        for token in tokens.split('/') {
            let token = token.replace("~1", "/").replace("~0", "~");
            current = if current.get().starts_with('[') {
                let items: Vec<&'a RawValue> = serde_json::from_str(current.get()).ok()?;
                *items.get(token.parse::<usize>().ok()?)?
            } else {
                let fields: HashMap<String, &'a RawValue> = serde_json::from_str(current.get()).ok()?;
                *fields.get(&token)?
            };
        }
        Some(current)
    }

    /// The byte ranges (in the body) of the elements of the array at `pointer`; empty when
    /// there is no array there.
    pub(crate) fn item_ranges(&self, pointer: &str) -> Vec<Range<usize>> {
        let Some(items) = self.raw(pointer) else { return Vec::new() };
        let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(items.get()) else { return Vec::new() };
        let base = self.text.as_ptr() as usize;
        items
            .iter()
            .map(|item| {
                let start = item.get().as_ptr() as usize - base + self.offset;
                start..start + item.get().len()
            })
            .collect()
    }
}

fn not_json(body: &[u8]) -> Error {
    Error::Decode {
        path: ".".to_owned(),
        message: "the page is not JSON".to_owned(),
        body_excerpt: crate::error::excerpt(&String::from_utf8_lossy(body)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_and_item_ranges_follow_the_text() {
        let body = "\u{feff}{\"a/b\":{\"x\":[1,{\"y\":true}]},\"data\":[ {\"id\":1} , \"two\" ],\"n\":null}".as_bytes();
        let view = PageView::new(body).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(view.value("/a~1b/x/1/y"), Some(Value::Bool(true)));
        assert_eq!(view.value("/n"), Some(Value::Null));
        assert_eq!(view.value("/missing"), None);
        let ranges = view.item_ranges("/data");
        let items: Vec<&[u8]> = ranges.into_iter().map(|r| &body[r]).collect();
        assert_eq!(items, [&b"{\"id\":1}"[..], &b"\"two\""[..]]);
        assert!(view.item_ranges("/n").is_empty());
        assert!(matches!(PageView::new(b"{\"a\":"), Err(Error::Decode { .. })));
    }
}
