//! Typing where the doc pages describe a value: the doc wins on the type, the samples refine
//! it (a documented `string` whose samples are all date-times stays a `DateTime`), and a doc
//! that the samples contradict is reported and set aside, because the generated types must
//! still decode every example.

use crate::ir::names::variant_idents;
use crate::ir::{DocType, DocValue, KeyDoc, TypeDef, TypeDefKind, TypeRef, Variant};

use super::evidence::enum_like_value;
use super::shape::{FieldShape, Shape};
use super::typer::{Site, Typer};

/// Whether the values seen in `shape` are of the documented type (nothing seen fits anything).
pub fn fits(shape: &Shape, ty: DocType) -> bool {
    let kinds = shape.kind_count();
    if kinds == 0 {
        return true;
    }
    let numbers = shape.ints + shape.big_ints + shape.floats;
    kinds == 1
        && match ty {
            DocType::String => shape.strings > 0,
            DocType::Integer => numbers > 0 && shape.floats == 0,
            DocType::Number => numbers > 0,
            DocType::Boolean => shape.bools > 0,
            DocType::DateTime => shape.strings > 0 && shape.date_times == shape.strings,
            DocType::Date => shape.strings > 0 && shape.dates == shape.strings,
            DocType::Object => shape.objects > 0,
            DocType::Array => shape.arrays > 0,
            DocType::Any => true,
        }
        || ty == DocType::Any
}

/// The kinds of value seen, for messages.
fn seen_kinds(shape: &Shape) -> String {
    let numbers = shape.ints + shape.big_ints + shape.floats;
    let kinds: Vec<&str> = [
        (shape.bools > 0, "booleans"),
        (numbers > 0 && shape.floats > 0, "numbers"),
        (numbers > 0 && shape.floats == 0, "integers"),
        (shape.strings > 0, "strings"),
        (shape.arrays > 0, "arrays"),
        (shape.objects > 0, "objects"),
    ]
    .into_iter()
    .filter_map(|(seen, name)| seen.then_some(name))
    .collect();
    kinds.join(" and ")
}

/// (wire value, rustdoc) of documented enum values: the value, then the docs' sentence.
pub fn documented_variants(values: &[DocValue]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| {
            let text = v.docs.as_deref().map(str::trim).filter(|d| !d.is_empty());
            let docs = text.map_or_else(|| format!("`{}`.", v.wire), |d| format!("`{}`: {d}", v.wire));
            (v.wire.clone(), docs)
        })
        .collect()
}

/// The key under which open enums of the same values are one type (order aside).
pub fn enum_key<S: AsRef<str>>(values: &[S]) -> String {
    let mut sorted: Vec<&str> = values.iter().map(AsRef::as_ref).collect();
    sorted.sort_unstable();
    format!("enum{sorted:?}")
}

impl Shape {
    /// The shape of an object the docs describe and no sample shows: one object with the
    /// documented keys, present when mandatory, values unseen (their docs type them).
    pub fn documented(keys: &[KeyDoc]) -> Shape {
        let mut shape = Shape { objects: 1, seen: 1, ..Shape::default() };
        for key in keys {
            let field = FieldShape { present: u32::from(key.required), shape: Shape::default() };
            shape.fields.insert(key.wire.clone(), field);
        }
        shape
    }
}

impl Typer {
    /// The type at a documented place, or `None` when the samples decide (objects and arrays
    /// the samples show are typed field by field with the docs alongside; samples that
    /// contradict the docs win, with a warning).
    pub(super) fn documented(&mut self, shape: &Shape, doc: &KeyDoc, site: &Site<'_>) -> Option<TypeRef> {
        if !fits(shape, doc.ty) {
            self.warn(
                shape,
                &format!(
                    "the docs say `{}` is {}, the samples show {}: typed from the samples",
                    doc.wire,
                    doc.ty.describe(),
                    seen_kinds(shape)
                ),
            );
            return None;
        }
        Some(match doc.ty {
            DocType::String if !doc.values.is_empty() => self.documented_enum(shape, doc, site),
            DocType::String if shape.strings == 0 => TypeRef::String,
            DocType::String => self.string_type(shape, site),
            DocType::Integer if shape.big_ints > 0 => TypeRef::U64,
            DocType::Integer => TypeRef::I64,
            DocType::Number => TypeRef::F64,
            DocType::Boolean => TypeRef::Bool,
            DocType::DateTime => TypeRef::DateTime,
            DocType::Date => TypeRef::Date,
            DocType::Any => TypeRef::Value,
            DocType::Object | DocType::Array if shape.kind_count() > 0 => return None,
            DocType::Object if doc.keys.is_empty() => TypeRef::Map(Box::new(TypeRef::Value)),
            DocType::Object => self.object(&Shape::documented(&doc.keys), site),
            DocType::Array => {
                let Some(element) = doc.element() else {
                    return Some(TypeRef::Vec(Box::new(TypeRef::Value)));
                };
                let item_site = Site {
                    name: crate::ir::names::singular(&site.name),
                    parent: site.parent,
                    docs: super::typer::element_docs(&site.docs),
                    role: site.role,
                    depth: site.depth + 1,
                    array_nesting: site.array_nesting + 1,
                    key: site.key.clone(),
                    doc: Some(&element),
                };
                let item = if element.ty == DocType::Object && !element.keys.is_empty() {
                    Shape::documented(&element.keys)
                } else {
                    Shape::default()
                };
                TypeRef::Vec(Box::new(self.type_of(&item, &item_site)))
            }
        })
    }

    /// An open enum of the documented values, then any other value the samples show.
    fn documented_enum(&mut self, shape: &Shape, doc: &KeyDoc, site: &Site<'_>) -> TypeRef {
        let mut values = documented_variants(&doc.values);
        for seen in shape.distinct_strings.keys() {
            if !values.iter().any(|(wire, _)| wire == seen) && enum_like_value(seen) {
                values.push((seen.clone(), format!("`{seen}` (seen in the examples, not in the docs).")));
            }
        }
        let docs = format!(
            "{} Open: a value the docs do not list is kept in `Other` and sent back unchanged.",
            site.docs
        );
        self.open_enum(&site.name, site.parent, &docs, values)
    }

    /// An open enum named after `natural` (shared with an enum of exactly the same values).
    pub(super) fn open_enum(
        &mut self,
        natural: &str,
        parent: Option<&str>,
        docs: &str,
        values: Vec<(String, String)>,
    ) -> TypeRef {
        let wires: Vec<String> = values.iter().map(|(w, _)| w.clone()).collect();
        let key = enum_key(&wires);
        if let Some(existing) = self.by_shape.get(&key).cloned() {
            return TypeRef::Named(existing);
        }
        let name = self.claim(natural, parent);
        let variants = values
            .into_iter()
            .zip(variant_idents(&wires))
            .map(|((wire, docs), ident)| Variant { ident, wire, docs: Some(docs) })
            .collect();
        self.by_shape.insert(key, name.clone());
        self.define(TypeDef { name, docs: Some(docs.to_owned()), kind: TypeDefKind::Enum { variants } })
    }
}
