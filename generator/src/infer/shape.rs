//! Accumulates JSON samples into one shape per position, with counts.
//!
//! A [`Shape`] records, for one JSON position across every sample, how often each kind of
//! value was seen there; for objects, each key's own shape and how often it was present.
//! Typing decisions are made later from these counts, never from a single sample.

use indexmap::IndexMap;

/// Keys in first-seen order, hashed fast: sample keys are hashed once per value seen, and
/// SipHash was a twentieth of inference.
pub type KeyMap<V> = IndexMap<String, V, foldhash::fast::RandomState>;
use serde_json::Value;

use crate::ir::Json;

use crate::error::Pointer;

use super::evidence::DISTINCT_CAP;
use super::formats::{is_date, is_date_time};
use crate::ir::placeholders::{placeholder, Placeholder};

/// `Some(failed)` for an object that reports a per-record outcome in its `status`.
fn outcome_of(value: &Json) -> Option<bool> {
    let Some(Json::String(status)) = value.get("status") else { return None };
    let status = status.to_ascii_lowercase();
    match status.as_str() {
        "success" | "succeeded" | "ok" => Some(false),
        "error" | "failure" | "failed" | "fail" => Some(true),
        _ => None,
    }
}

/// Where a value sits, as a chain on the stack: the JSON pointer text is built only for a
/// position seen for the first time (building it for every value dominated inference time).
enum Path<'a> {
    Root(&'a Pointer),
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> Pointer {
        match self {
            Path::Root(pointer) => (*pointer).clone(),
            Path::Key(parent, key) => parent.pointer().key(key),
            Path::Index(parent, index) => parent.pointer().index(*index),
        }
    }
}

/// Everything observed at one JSON position.
#[derive(Debug, Clone, Default)]
pub struct Shape {
    /// Values observed here (including nulls).
    pub seen: u32,
    /// `null`s.
    pub nulls: u32,
    /// Booleans.
    pub bools: u32,
    /// Integers that fit `i64`.
    pub ints: u32,
    /// Integers beyond `i64` (fit `u64`).
    pub big_ints: u32,
    /// Non-integral numbers.
    pub floats: u32,
    /// Strings (placeholder strings included).
    pub strings: u32,
    /// Strings that are RFC 3339 date-times with an offset (or `<dateTime>` placeholders).
    pub date_times: u32,
    /// Strings that are `YYYY-MM-DD` dates (or `<date>` placeholders).
    pub dates: u32,
    /// Strings that were `<string>`-style placeholders: type hints, not values.
    pub placeholder_strings: u32,
    /// Distinct real string values with their counts, first-seen order, at most
    /// [`DISTINCT_CAP`] of them.
    pub distinct_strings: KeyMap<u32>,
    /// More distinct strings were seen than are kept.
    pub distinct_overflow: bool,
    /// Arrays.
    pub arrays: u32,
    /// Objects.
    pub objects: u32,
    /// Elements of all arrays seen here.
    pub items: Option<Box<Shape>>,
    /// The object elements split by a per-record outcome `status` (`success` / `error`), for
    /// bulk answers that mix both: (succeeded, failed).
    pub outcomes: Option<Box<(Shape, Shape)>>,
    /// Keys of all objects seen here, in first-seen order, with how often each was present.
    pub fields: KeyMap<FieldShape>,
    /// The first place this position was seen (for warnings).
    pub first_seen: Option<Pointer>,
    /// The first non-null scalar seen here, as JSON text (for docs).
    pub example: Option<String>,
}

/// One object key across samples.
#[derive(Debug, Clone, Default)]
pub struct FieldShape {
    /// Objects that had the key (null or not).
    pub present: u32,
    /// The values under the key.
    pub shape: Shape,
}

impl Shape {
    /// Adds one sample value found at `pointer`.
    pub fn add(&mut self, value: &Value, pointer: &Pointer) {
        self.add_json(&Json::from(value), pointer);
    }

    /// Adds one sample, or nothing if its text is not JSON (a sample's text always is).
    pub fn add_sample(&mut self, sample: &crate::ir::Sample) {
        self.add_json(&sample.tree(), &sample.pointer);
    }

    /// [`Shape::add`] for a value already read as inference reads it.
    pub fn add_json(&mut self, value: &Json, pointer: &Pointer) {
        self.add_at(value, &Path::Root(pointer));
    }

    fn add_at(&mut self, value: &Json, path: &Path<'_>) {
        self.seen += 1;
        if self.first_seen.is_none() {
            self.first_seen = Some(path.pointer());
        }
        if let Json::String(text) = value
            && let Some(hint) = placeholder(text)
        {
            self.add_placeholder(hint);
            return;
        }
        if self.example.is_none()
            && matches!(value, Json::Bool(_) | Json::Number(_) | Json::String(_))
            && let Some(text) = value.scalar_text()
        {
            // Placeholders like "{{user_id}}" say nothing about real values.
            if text.chars().count() <= 60 && !text.contains(['\n', '`']) && !text.contains("{{") {
                self.example = Some(text);
            }
        }
        match value {
            Json::Null => self.nulls += 1,
            Json::Bool(_) => self.bools += 1,
            Json::Number(n) if n.is_i64() => self.ints += 1,
            Json::Number(n) if n.is_u64() => self.big_ints += 1,
            Json::Number(_) => self.floats += 1,
            Json::String(text) => {
                self.strings += 1;
                if is_date_time(text) {
                    self.date_times += 1;
                } else if is_date(text) {
                    self.dates += 1;
                }
                self.note_distinct(text, 1);
            }
            Json::Array(items) => {
                self.arrays += 1;
                let shape = self.items.get_or_insert_with(Box::default);
                for (i, item) in items.iter().enumerate() {
                    shape.add_at(item, &Path::Index(path, i));
                }
                for (i, item) in items.iter().enumerate() {
                    if let Some(failed) = outcome_of(item) {
                        let split = self.outcomes.get_or_insert_with(Box::default);
                        let side = if failed { &mut split.1 } else { &mut split.0 };
                        side.add_at(item, &Path::Index(path, i));
                    }
                }
            }
            Json::Object(pairs) => {
                self.objects += 1;
                for (key, item) in pairs {
                    // Most keys repeat across samples: look up before allocating a copy.
                    if !self.fields.contains_key(key.as_str()) {
                        self.fields.insert(key.clone(), FieldShape::default());
                    }
                    let Some(field) = self.fields.get_mut(key.as_str()) else { continue };
                    field.present += 1;
                    field.shape.add_at(item, &Path::Key(path, key));
                }
            }
        }
    }

    /// Counts a placeholder as an observation of the kind it names.
    fn add_placeholder(&mut self, hint: Placeholder) {
        match hint {
            Placeholder::Integer => self.ints += 1,
            Placeholder::Number => self.floats += 1,
            Placeholder::Boolean => self.bools += 1,
            Placeholder::DateTime => {
                self.strings += 1;
                self.date_times += 1;
                self.placeholder_strings += 1;
            }
            Placeholder::Date => {
                self.strings += 1;
                self.dates += 1;
                self.placeholder_strings += 1;
            }
            Placeholder::String => {
                self.strings += 1;
                self.placeholder_strings += 1;
            }
            // An object of unknown shape: a map of anything.
            Placeholder::Object => self.objects += 1,
        }
    }

    fn note_distinct(&mut self, text: &str, count: u32) {
        if let Some(n) = self.distinct_strings.get_mut(text) {
            *n += count;
        } else if self.distinct_strings.len() < DISTINCT_CAP {
            self.distinct_strings.insert(text.to_owned(), count);
        } else {
            self.distinct_overflow = true;
        }
    }

    /// Adds everything `other` observed (used to type the values of a map).
    pub fn merge(&mut self, other: &Shape) {
        self.seen += other.seen;
        self.nulls += other.nulls;
        self.bools += other.bools;
        self.ints += other.ints;
        self.big_ints += other.big_ints;
        self.floats += other.floats;
        self.strings += other.strings;
        self.date_times += other.date_times;
        self.dates += other.dates;
        self.placeholder_strings += other.placeholder_strings;
        self.arrays += other.arrays;
        self.objects += other.objects;
        self.distinct_overflow |= other.distinct_overflow;
        for (text, count) in &other.distinct_strings {
            self.note_distinct(text, *count);
        }
        if let Some(items) = &other.items {
            self.items.get_or_insert_with(Box::default).merge(items);
        }
        if let Some(split) = &other.outcomes {
            let mine = self.outcomes.get_or_insert_with(Box::default);
            mine.0.merge(&split.0);
            mine.1.merge(&split.1);
        }
        for (key, field) in &other.fields {
            let mine = self.fields.entry(key.clone()).or_default();
            mine.present += field.present;
            mine.shape.merge(&field.shape);
        }
        if self.first_seen.is_none() {
            self.first_seen.clone_from(&other.first_seen);
        }
        if self.example.is_none() {
            self.example.clone_from(&other.example);
        }
    }

    /// How many distinct kinds of non-null value were seen (numbers count as one kind).
    pub fn kind_count(&self) -> usize {
        [
            self.bools > 0,
            self.ints + self.big_ints + self.floats > 0,
            self.strings > 0,
            self.arrays > 0,
            self.objects > 0,
        ]
        .into_iter()
        .filter(|k| *k)
        .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts_presence_and_nulls_per_key() {
        let mut shape = Shape::default();
        shape.add(&json!({"a": 1, "b": null}), &Pointer::root());
        shape.add(&json!({"a": 2.5}), &Pointer::root());
        assert_eq!(shape.objects, 2);
        let a = &shape.fields["a"];
        assert_eq!((a.present, a.shape.ints, a.shape.floats), (2, 1, 1));
        let b = &shape.fields["b"];
        assert_eq!((b.present, b.shape.nulls), (1, 1));
        assert_eq!(shape.fields.keys().collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn array_items_merge_across_arrays() {
        let mut shape = Shape::default();
        shape.add(&json!([{"x": "a"}, {"x": "b", "y": true}]), &Pointer::root());
        shape.add(&json!([]), &Pointer::root());
        let items = shape.items.as_deref().map(|i| (i.objects, i.fields["y"].present));
        assert_eq!(shape.arrays, 2);
        assert_eq!(items, Some((2, 1)));
    }

    #[test]
    fn placeholders_count_as_the_kind_they_name() {
        let mut shape = Shape::default();
        shape.add(&json!({"n": "<integer>", "t": "<dateTime>", "s": "<string>", "o": "<object>"}), &Pointer::root());
        assert_eq!(shape.fields["n"].shape.ints, 1);
        let t = &shape.fields["t"].shape;
        assert_eq!((t.strings, t.date_times, t.placeholder_strings), (1, 1, 1));
        assert!(shape.fields["s"].shape.distinct_strings.is_empty());
        assert_eq!(shape.fields["o"].shape.objects, 1);
        assert_eq!(shape.fields["s"].shape.example, None);
    }

    #[test]
    fn distinct_strings_are_counted_and_capped() {
        let mut shape = Shape::default();
        for i in 0..40 {
            shape.add(&json!(format!("v{}", i % 35)), &Pointer::root());
        }
        assert_eq!(shape.distinct_strings.len(), DISTINCT_CAP);
        assert_eq!(shape.distinct_strings["v0"], 2);
        assert!(shape.distinct_overflow);
    }

    #[test]
    fn merge_adds_counts_recursively() {
        let mut a = Shape::default();
        a.add(&json!({"x": 1}), &Pointer::root());
        let mut b = Shape::default();
        b.add(&json!({"x": 2.5, "y": "2021-05-04"}), &Pointer::root());
        a.merge(&b);
        assert_eq!(a.objects, 2);
        assert_eq!((a.fields["x"].present, a.fields["x"].shape.ints, a.fields["x"].shape.floats), (2, 1, 1));
        assert_eq!(a.fields["y"].shape.dates, 1);
    }
}
