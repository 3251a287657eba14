//! [`DateTime`] and [`Date`]: typed date values that keep their exact wire text.
//!
//! Both keep the original string next to the parsed value, so decoding an API's JSON and
//! encoding it again gives back the same bytes: the UTC offset, the number of
//! fractional-second digits and `Z` versus `+00:00` are all preserved.
//!
//! Built on `chrono` rather than `jiff`: `chrono::DateTime<FixedOffset>` is exactly "an
//! instant plus the fixed offset it was written with", which is what an RFC 3339 value is,
//! and chrono builds without a time-zone database or clock (`default-features = false`).
//! jiff's fixed-offset equivalent is a `Zoned` carrying a `TimeZone`, a heavier type whose
//! zone handling these values never need.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{FixedOffset, NaiveDate, SecondsFormat};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// How many characters of a rejected input an error message shows.
const ECHO_CHARS: usize = 80;

/// What a [`DateTime`] accepts, for error messages.
const DATE_TIME_EXPECTED: &str = "an RFC 3339 date-time with a UTC offset, such as 2021-05-04T13:06:34+05:30 or 2021-05-04T13:06:34.123Z";
/// What a [`Date`] accepts, for error messages.
const DATE_EXPECTED: &str = "a date in YYYY-MM-DD form, such as 2021-05-04";

/// A string could not be parsed as a [`DateTime`] or a [`Date`].
///
/// The message names the expected format and echoes the rejected text (its first 80
/// characters), e.g. ``invalid date-time `2021-05-04 13:06:34`: premature end of input;
/// expected an RFC 3339 date-time with a UTC offset, such as ...``.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeParseError {
    what: &'static str,
    input: String,
    reason: String,
    expected: &'static str,
}

impl DateTimeParseError {
    fn new(what: &'static str, input: &str, reason: String, expected: &'static str) -> Self {
        Self {
            what,
            input: input.to_owned(),
            reason,
            expected,
        }
    }

    /// The rejected text, in full.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for DateTimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} `", self.what)?;
        match self.input.char_indices().nth(ECHO_CHARS) {
            Some((cut, _)) => write!(f, "{}...", &self.input[..cut])?,
            None => f.write_str(&self.input)?,
        }
        write!(f, "`: {}; expected {}", self.reason, self.expected)
    }
}

impl std::error::Error for DateTimeParseError {}

/// A date-time with a UTC offset (RFC 3339), keeping its exact original text.
///
/// Accepts what [`chrono::DateTime::parse_from_rfc3339`] accepts: `2021-05-04T13:06:34+05:30`,
/// `2021-05-04T13:06:34Z`, any number of fractional-second digits (`.120`,
/// `.123456789`), lowercase `t`/`z`, and a space instead of `T`. The offset is required:
/// `2021-05-04T13:06:34` is rejected, since without it the instant is unknown.
///
/// [`DateTime::as_str`], `Display` and `Serialize` give back the original text unchanged;
/// [`DateTime::get`] gives the typed value with the offset it was written with.
///
/// Equality and hashing compare the text: `2021-05-04T13:06:34Z` and
/// `2021-05-04T13:06:34+00:00` are the same instant but different wire values, and a
/// round-trip must not turn one into the other. Ordering compares the instant first, then
/// the text, so it is consistent with equality. To compare instants, compare
/// [`DateTime::get`] values.
///
/// ```
/// use postgen_runtime::DateTime;
///
/// let t: DateTime = "2021-05-04T13:06:34.120+05:30".parse()?;
/// assert_eq!(t.as_str(), "2021-05-04T13:06:34.120+05:30");
/// assert_eq!(t.get().offset().local_minus_utc(), 5 * 3600 + 30 * 60);
/// # Ok::<(), postgen_runtime::DateTimeParseError>(())
/// ```
#[derive(Clone)]
pub struct DateTime {
    raw: String,
    value: chrono::DateTime<FixedOffset>,
}

impl DateTime {
    /// Parses an RFC 3339 date-time with an offset, keeping `text` as it is.
    pub fn parse(text: &str) -> Result<Self, DateTimeParseError> {
        Self::parse_owned(text.to_owned())
    }

    fn parse_owned(raw: String) -> Result<Self, DateTimeParseError> {
        match chrono::DateTime::parse_from_rfc3339(&raw) {
            Ok(value) => Ok(Self { raw, value }),
            Err(err) => Err(DateTimeParseError::new(
                "date-time",
                &raw,
                err.to_string(),
                DATE_TIME_EXPECTED,
            )),
        }
    }

    /// The original text, exactly as parsed (or as formatted by `From`).
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The parsed value, with the offset the text was written with.
    pub fn get(&self) -> &chrono::DateTime<FixedOffset> {
        &self.value
    }

    /// The original text, consuming `self`.
    pub fn into_string(self) -> String {
        self.raw
    }
}

impl From<chrono::DateTime<FixedOffset>> for DateTime {
    /// Formats `value` as RFC 3339 with as many fractional digits as needed (none, 3, 6
    /// or 9) and `Z` for a zero offset, e.g. `2021-05-04T13:06:34.120Z`.
    fn from(value: chrono::DateTime<FixedOffset>) -> Self {
        Self {
            raw: value.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            value,
        }
    }
}

impl FromStr for DateTime {
    type Err = DateTimeParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl fmt::Display for DateTime {
    /// The original text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DateTime").field(&self.raw).finish()
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl Eq for DateTime {}

impl Hash for DateTime {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    /// The instant first, then the text (so two spellings of one instant are ordered too).
    fn cmp(&self, other: &Self) -> Ordering {
        self.value
            .cmp(&other.value)
            .then_with(|| self.raw.cmp(&other.raw))
    }
}

impl Serialize for DateTime {
    /// The original text, as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    /// From a string, parsed as by [`DateTime::parse`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(TextVisitor::new(DATE_TIME_EXPECTED, DateTime::parse_owned))
    }
}

/// A calendar date in `YYYY-MM-DD` form, keeping its exact original text.
///
/// Exactly four year digits, two month digits and two day digits, and a real calendar date
/// (`2021-02-29` and `2021-13-01` are rejected). Equality, hashing and ordering behave as
/// for [`DateTime`]: equality on the text, ordering by date then text (for this strict
/// form the text determines the date, so the two agree).
///
/// ```
/// use postgen_runtime::Date;
///
/// let d: Date = "2021-05-04".parse()?;
/// assert_eq!(d.get().to_string(), "2021-05-04");
/// assert!("2021-13-01".parse::<Date>().is_err());
/// # Ok::<(), postgen_runtime::DateTimeParseError>(())
/// ```
#[derive(Clone)]
pub struct Date {
    raw: String,
    value: NaiveDate,
}

impl Date {
    /// Parses a `YYYY-MM-DD` date, keeping `text` as it is.
    pub fn parse(text: &str) -> Result<Self, DateTimeParseError> {
        Self::parse_owned(text.to_owned())
    }

    fn parse_owned(raw: String) -> Result<Self, DateTimeParseError> {
        match parse_ymd(&raw) {
            Ok(value) => Ok(Self { raw, value }),
            Err(reason) => Err(DateTimeParseError::new(
                "date",
                &raw,
                reason.to_owned(),
                DATE_EXPECTED,
            )),
        }
    }

    /// The original text, exactly as parsed (or as formatted by `From`).
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The parsed date.
    pub fn get(&self) -> &NaiveDate {
        &self.value
    }

    /// The original text, consuming `self`.
    pub fn into_string(self) -> String {
        self.raw
    }
}

/// Parses exactly `YYYY-MM-DD` (ASCII digits) into a real calendar date.
fn parse_ymd(text: &str) -> Result<NaiveDate, &'static str> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err("not in YYYY-MM-DD form");
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'))
    };
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let year = i32::try_from(year).map_err(|_| "year out of range")?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or("no such calendar date")
}

impl From<NaiveDate> for Date {
    /// Formats `value` as `YYYY-MM-DD` (years outside 0000–9999 keep chrono's form, which
    /// [`Date::parse`] does not accept back).
    fn from(value: NaiveDate) -> Self {
        Self {
            raw: value.format("%Y-%m-%d").to_string(),
            value,
        }
    }
}

impl FromStr for Date {
    type Err = DateTimeParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl fmt::Display for Date {
    /// The original text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Date").field(&self.raw).finish()
    }
}

impl PartialEq for Date {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl Eq for Date {}

impl Hash for Date {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    /// The date first, then the text.
    fn cmp(&self, other: &Self) -> Ordering {
        self.value
            .cmp(&other.value)
            .then_with(|| self.raw.cmp(&other.raw))
    }
}

impl Serialize for Date {
    /// The original text, as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// From a string, parsed as by [`Date::parse`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(TextVisitor::new(DATE_EXPECTED, Date::parse_owned))
    }
}

/// Deserializes a string through a parse function, taking ownership when the format
/// already hands over a `String`.
struct TextVisitor<T> {
    expecting: &'static str,
    parse: fn(String) -> Result<T, DateTimeParseError>,
}

impl<T> TextVisitor<T> {
    fn new(expecting: &'static str, parse: fn(String) -> Result<T, DateTimeParseError>) -> Self {
        Self { expecting, parse }
    }
}

impl<T> Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string holding {}", self.expecting)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        self.visit_string(text.to_owned())
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<T, E> {
        (self.parse)(text).map_err(E::custom)
    }
}
