//! Accumulates JSON samples into one shape per position, with counts.
//!
//! A [`Shape`] records, for one JSON position across every sample, how often each kind of
//! value was seen there; for objects, each key's own shape and how often it was present.
//! Typing decisions are made later from these counts, never from a single sample.

use indexmap::IndexMap;
use serde_json::Value;

use crate::error::Pointer;

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
    /// Strings.
    pub strings: u32,
    /// Arrays.
    pub arrays: u32,
    /// Objects.
    pub objects: u32,
    /// Elements of all arrays seen here.
    pub items: Option<Box<Shape>>,
    /// Keys of all objects seen here, in first-seen order, with how often each was present.
    pub fields: IndexMap<String, FieldShape>,
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
        self.seen += 1;
        if self.first_seen.is_none() {
            self.first_seen = Some(pointer.clone());
        }
        if self.example.is_none() && matches!(value, Value::Bool(_) | Value::Number(_) | Value::String(_)) {
            let text = value.to_string();
            // Placeholders like "{{user_id}}" say nothing about real values.
            if text.chars().count() <= 60 && !text.contains(['\n', '`']) && !text.contains("{{") {
                self.example = Some(text);
            }
        }
        match value {
            Value::Null => self.nulls += 1,
            Value::Bool(_) => self.bools += 1,
            Value::Number(n) if n.is_i64() => self.ints += 1,
            Value::Number(n) if n.is_u64() => self.big_ints += 1,
            Value::Number(_) => self.floats += 1,
            Value::String(_) => self.strings += 1,
            Value::Array(items) => {
                self.arrays += 1;
                let shape = self.items.get_or_insert_with(Box::default);
                for (i, item) in items.iter().enumerate() {
                    shape.add(item, &pointer.index(i));
                }
            }
            Value::Object(map) => {
                self.objects += 1;
                for (key, item) in map {
                    let field = self.fields.entry(key.clone()).or_default();
                    field.present += 1;
                    field.shape.add(item, &pointer.key(key));
                }
            }
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
}
