//! What a string sample says about its type: date-times, dates, placeholders.
//!
//! Placeholders (`"<integer>"`) are recognised in [`crate::ir::placeholders`].
//! Checks are strict on purpose: a string is a date-time only if the runtime's parser will
//! accept it, since a wrong guess turns into a decode error at run time.

/// RFC 3339 date-time with an offset: `2021-05-04T13:06:34+05:30`, `…34.120Z`.
pub fn is_date_time(text: &str) -> bool {
    // Byte-wise throughout: samples are arbitrary UTF-8, and slicing a `str` mid-character panics.
    let b = text.as_bytes();
    if b.len() < 20 || !is_date_bytes(&b[..10]) || b[10] != b'T' || !is_time(&b[11..19]) {
        return false;
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return false;
        }
        rest = &fraction[digits..];
    }
    match rest {
        [b'Z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            two_digits(*h1, *h2).is_some_and(|h| h < 24) && two_digits(*m1, *m2).is_some_and(|m| m < 60)
        }
        _ => false,
    }
}

/// A calendar date `YYYY-MM-DD` (month and day in range).
pub fn is_date(text: &str) -> bool {
    is_date_bytes(text.as_bytes())
}

fn is_date_bytes(b: &[u8]) -> bool {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !b[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (Some(month), Some(day)) = (two_digits(b[5], b[6]), two_digits(b[8], b[9])) else { return false };
    let year: u32 = b[..4].iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0'));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `HH:MM:SS` in range (no leap second: not every parser takes `:60`).
fn is_time(b: &[u8]) -> bool {
    b.len() == 8
        && b[2] == b':'
        && b[5] == b':'
        && two_digits(b[0], b[1]).is_some_and(|h| h < 24)
        && two_digits(b[3], b[4]).is_some_and(|m| m < 60)
        && two_digits(b[6], b[7]).is_some_and(|s| s < 60)
}

fn two_digits(a: u8, b: u8) -> Option<u32> {
    (a.is_ascii_digit() && b.is_ascii_digit()).then(|| u32::from(a - b'0') * 10 + u32::from(b - b'0'))
}

/// A map key that is an identifier value rather than a field name: digits, a UUID, or a long
/// hex string (`{"738964000002112147": {...}}`).
pub fn is_id_like_key(key: &str) -> bool {
    let digits = !key.is_empty() && key.bytes().all(|c| c.is_ascii_digit());
    let hex = key.len() >= 16 && key.bytes().all(|c| c.is_ascii_hexdigit() || c == b'-');
    digits || hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_need_an_offset_and_valid_fields() {
        for ok in ["2021-05-04T13:06:34+05:30", "2021-05-04T13:06:34Z", "2021-05-04T13:06:34.120-07:00", "2020-02-29T00:00:00Z"] {
            assert!(is_date_time(ok), "{ok}");
        }
        for bad in [
            "2021-05-04T13:06:34", "2021-05-04 13:06:34Z", "2021-13-04T13:06:34Z", "2021-02-30T13:06:34Z",
            "2021-05-04T24:00:00Z", "2021-05-04T13:06:34.Z", "2021-05-04T13:06:34+0530", "738964000002112147",
            "2019-02-29T00:00:00Z",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }

    #[test]
    fn multibyte_text_is_never_a_date_and_never_panics() {
        for text in ["Twitter ファッション", "2021-05-0ファT13:06:34Z", "ファッションファッション", "1990-12-3ф", "é", ""] {
            assert!(!is_date_time(text), "{text}");
            assert!(!is_date(text), "{text}");
            assert!(!is_id_like_key(text), "{text}");
        }
    }

    #[test]
    fn dates() {
        assert!(is_date("1990-12-31"));
        assert!(!is_date("1990-12-32"));
        assert!(!is_date("19901231"));
        assert!(!is_date("1990-1-31"));
    }

    #[test]
    fn id_like_keys() {
        assert!(is_id_like_key("738964000002112147"));
        assert!(is_id_like_key("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assert!(!is_id_like_key("email"));
        assert!(!is_id_like_key("deadbeef"));
    }
}
