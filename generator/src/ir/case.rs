//! snake_case and UpperCamelCase exactly as `heck` writes them, without `fmt` for ASCII text.
//!
//! Every key, parameter, operation and example name goes through a case conversion, and at
//! 10k requests heck's per-character `fmt::Write` was a twentieth of the whole generation. For
//! ASCII text the words are found here by heck's own rules (a unit test compares the two on
//! many thousands of strings); anything else goes to heck.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `text` in snake_case, as `heck::ToSnakeCase` writes it.
pub fn snake_case(text: &str) -> String {
    if !text.is_ascii() {
        return text.to_snake_case();
    }
    let mut out = String::with_capacity(text.len() + 4);
    ascii_words(text, |word| {
        if !out.is_empty() {
            out.push('_');
        }
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    });
    out
}

/// `text` in UpperCamelCase, as `heck::ToUpperCamelCase` writes it.
pub fn upper_camel_case(text: &str) -> String {
    if !text.is_ascii() {
        return text.to_upper_camel_case();
    }
    let mut out = String::with_capacity(text.len());
    ascii_words(text, |word| {
        let mut bytes = word.bytes();
        if let Some(first) = bytes.next() {
            out.push(char::from(first.to_ascii_uppercase()));
            out.extend(bytes.map(|b| char::from(b.to_ascii_lowercase())));
        }
    });
    out
}

/// The case of the last cased character of the word being read (heck's `WordMode`).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// No cased character since the word began.
    Boundary,
    Lower,
    Upper,
}

/// Calls `word` with each word of ASCII `text`, split where heck splits: at every character
/// that is not alphanumeric (dropped), after a lowercase letter (or an uncased one following
/// it) followed by an uppercase one (`fooBar`), and before the last of a run of uppercase
/// letters followed by a lowercase one (`HTTPServer` → `HTTP`, `Server`). Words are never
/// empty.
fn ascii_words(text: &str, mut word: impl FnMut(&str)) {
    for part in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = part.as_bytes();
        let mut start = 0;
        let mut mode = Mode::Boundary;
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                word(&part[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                word(&part[start..=i]);
                start = i + 1;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                word(&part[start..i]);
                start = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_converts_exactly_as_heck_converts_it() {
        let fixed = [
            "", "_", "__a__b__", "userName", "user_name", "UserName", "HTTPServer", "getHTTPResponseCode", "ABC", "aB",
            "Ab", "a1B", "A1b", "1aB", "v2Users", "V2", "X-API-Key", "  spaced  words ", "snake_case_1", "ID", "IDs",
            "userID", "a.b/c", "ÀB", "Σ", "mixedÜmlaut",
        ];
        for text in fixed {
            assert_eq!(snake_case(text), text.to_snake_case(), "{text:?}");
            assert_eq!(upper_camel_case(text), text.to_upper_camel_case(), "{text:?}");
        }
        // Random strings over an alphabet with every class heck tells apart.
        let alphabet = b"aAbBzZ09_- ./{}";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50_000 {
            let len = (next() % 12) as usize;
            let text: String = (0..len).map(|_| char::from(alphabet[(next() % alphabet.len() as u64) as usize])).collect();
            assert_eq!(snake_case(&text), text.to_snake_case(), "{text:?}");
            assert_eq!(upper_camel_case(&text), text.to_upper_camel_case(), "{text:?}");
        }
    }
}
