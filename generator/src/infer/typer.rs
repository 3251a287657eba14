//! Shapes → Rust types: scalars, `Vec`, structs, with naming and exact-shape dedupe.
//!
//! Struct names come from where the shape sits (operation + role at the root, the key
//! below it, singular for array items). A name already taken by a different shape is
//! prefixed with its parent's name. An identical shape anywhere in the API reuses the
//! existing struct; the new place keeps its own name as an alias when that name is free.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Pointer, Warning};
use crate::ir::names::{singular, type_name, variant_idents};
use crate::ir::{KeyDoc, StructRole, TypeDef, TypeDefKind, TypeRef, Variant};

use super::codes::{is_code_key, CodeCatalog};
use super::evidence::enum_values;
use super::shape::Shape;

/// Deeper JSON is typed as `serde_json::Value`: rustc's trait solver and drop check overflow
/// on types nested about 120 levels deep, and no real API nests anywhere near this.
pub const MAX_DEPTH: usize = 32;

/// Arrays directly inside arrays get no names of their own, so deeper than this the type
/// becomes unreadable (and clippy's `type_complexity` objects); GeoJSON needs four.
pub const MAX_ARRAY_NESTING: usize = 4;

/// Builds named types from shapes and remembers them for the whole API.
pub struct Typer {
    pub(super) file: PathBuf,
    /// Emission order: a slot is reserved before a struct's children are typed, so parents
    /// come before children in the output; a slot is emptied if its struct was a duplicate.
    pub(super) slots: Vec<Option<TypeDef>>,
    /// Names in use (reserved or defined).
    pub(super) names: BTreeMap<String, usize>,
    /// Structural key → name of the struct with that exact shape.
    pub(super) by_shape: BTreeMap<String, String>,
    /// Findings for the user.
    pub warnings: Vec<Warning>,
    /// The API's error codes, and the enum made of them once a field needed it.
    pub(super) codes: CodeCatalog,
    code_enum: Option<TypeRef>,
}

/// Where a shape sits, for naming and docs.
pub struct Site<'a> {
    /// Natural name for a struct here (already PascalCase).
    pub name: String,
    /// The enclosing struct's name, used to resolve a collision.
    pub parent: Option<&'a str>,
    /// Rustdoc for a struct defined here.
    pub docs: String,
    /// Request bodies: fields are optional setters and structs derive `Default`.
    pub role: StructRole,
    /// How many arrays and objects enclose this site.
    pub depth: usize,
    /// How many arrays directly enclose this site (reset by an object).
    pub array_nesting: usize,
    /// The JSON key the value sits under (array elements inherit their array's key).
    pub key: Option<String>,
    /// What the doc pages say about the value here, when they describe it.
    pub doc: Option<&'a KeyDoc>,
}

impl Site<'_> {
    /// The same place, with the docs' description set aside.
    pub fn without_doc(&self) -> Site<'_> {
        Site {
            name: self.name.clone(),
            parent: self.parent,
            docs: self.docs.clone(),
            role: self.role,
            depth: self.depth,
            array_nesting: self.array_nesting,
            key: self.key.clone(),
            doc: None,
        }
    }
}

impl Typer {
    /// A typer for the API read from `file`.
    pub fn new(file: &Path) -> Self {
        Typer {
            file: file.to_path_buf(),
            slots: Vec::new(),
            names: BTreeMap::new(),
            by_shape: BTreeMap::new(),
            warnings: Vec::new(),
            codes: CodeCatalog::default(),
            code_enum: None,
        }
    }

    /// Uses `codes` for fields under code-like keys.
    pub fn with_codes(mut self, codes: CodeCatalog) -> Self {
        self.codes = codes;
        self
    }

    /// The named types, in emission order.
    pub fn finish(self) -> Vec<TypeDef> {
        self.slots.into_iter().flatten().collect()
    }

    /// The type for everything observed in `shape` (nullability is the caller's business).
    pub fn type_of(&mut self, shape: &Shape, site: &Site<'_>) -> TypeRef {
        if site.depth > MAX_DEPTH {
            self.warn(shape, &format!("nested more than {MAX_DEPTH} levels deep: typed as serde_json::Value"));
            return TypeRef::Value;
        }
        if site.array_nesting > MAX_ARRAY_NESTING {
            self.warn(
                shape,
                &format!("arrays nested more than {MAX_ARRAY_NESTING} deep: typed as serde_json::Value"),
            );
            return TypeRef::Value;
        }
        if let Some(doc) = site.doc {
            if let Some(ty) = self.documented(shape, doc, site) {
                return ty;
            }
            if !super::documented::fits(shape, doc.ty) {
                // The samples contradict the docs: the docs say nothing about what is below.
                return self.type_of(shape, &site.without_doc());
            }
        }
        let numbers = shape.ints + shape.big_ints + shape.floats;
        match shape.kind_count() {
            0 => {
                self.warn(shape, "null or absent in every sample: typed as serde_json::Value");
                TypeRef::Value
            }
            1 if shape.bools > 0 => TypeRef::Bool,
            1 if numbers > 0 && shape.floats > 0 => TypeRef::F64,
            1 if numbers > 0 && shape.big_ints > 0 => TypeRef::U64,
            1 if numbers > 0 => TypeRef::I64,
            1 if shape.strings > 0 => self.string_type(shape, site),
            1 if shape.arrays > 0 => {
                let item = shape.items.as_deref().filter(|s| s.kind_count() > 0);
                match item {
                    None => {
                        self.warn(shape, "array empty in every sample: element type is serde_json::Value");
                        TypeRef::Vec(Box::new(TypeRef::Value))
                    }
                    Some(item) if site.role == StructRole::Response && is_mixed_outcome(shape, item) => {
                        self.outcome(shape, site)
                    }
                    Some(item) => {
                        let element = site.doc.and_then(KeyDoc::element);
                        let item_site = Site {
                            name: singular(&site.name),
                            parent: site.parent,
                            docs: element_docs(&site.docs),
                            role: site.role,
                            depth: site.depth + 1,
                            array_nesting: site.array_nesting + 1,
                            key: site.key.clone(),
                            doc: element.as_ref(),
                        };
                        let ty = self.type_of(item, &item_site);
                        TypeRef::Vec(Box::new(if item.nulls > 0 { TypeRef::Option(Box::new(ty)) } else { ty }))
                    }
                }
            }
            1 => self.object(shape, site),
            _ => {
                self.warn(shape, "values of different kinds across samples: typed as serde_json::Value");
                TypeRef::Value
            }
        }
    }

    /// `Vec<RecordOutcome<S, E>>`: the succeeded and failed entries typed apart.
    fn outcome(&mut self, shape: &Shape, site: &Site<'_>) -> TypeRef {
        let Some(split) = shape.outcomes.as_deref() else { return TypeRef::Value };
        let item = singular(&site.name);
        let element = site.doc.and_then(KeyDoc::element);
        let mut side = |part: &Shape, suffix: &str, what: &str| {
            let part_site = Site {
                name: format!("{item}{suffix}"),
                parent: site.parent,
                docs: format!("{} that {what}.", element_docs(&site.docs).trim_end_matches('.')),
                role: site.role,
                depth: site.depth + 1,
                array_nesting: site.array_nesting + 1,
                key: site.key.clone(),
                doc: element.as_ref(),
            };
            self.type_of(part, &part_site)
        };
        let success = side(&split.0, "Success", "succeeded");
        let failure = side(&split.1, "Failure", "failed");
        TypeRef::Vec(Box::new(TypeRef::Outcome(Box::new(success), Box::new(failure))))
    }

    /// Strings: date-times and dates when every sample is one, an open enum on strong
    /// evidence, else `String`.
    pub(super) fn string_type(&mut self, shape: &Shape, site: &Site<'_>) -> TypeRef {
        if site.key.as_deref().is_some_and(is_code_key) && self.codes.covers(shape) {
            return self.error_code_enum();
        }
        if shape.date_times == shape.strings {
            TypeRef::DateTime
        } else if shape.dates == shape.strings {
            TypeRef::Date
        } else if let Some(values) = site.key.as_deref().and_then(|key| enum_values(key, shape)) {
            self.enumeration(values, shape, site)
        } else {
            TypeRef::String
        }
    }

    /// The API-wide error-code enum, defined on first use with every known code.
    fn error_code_enum(&mut self) -> TypeRef {
        if let Some(ty) = &self.code_enum {
            return ty.clone();
        }
        let name = self.claim("ErrorCode", None);
        let from_docs = self.codes.codes.values().any(|i| i.documented.is_some() || i.resolution.is_some());
        let values: Vec<String> = self.codes.codes.keys().cloned().collect();
        let idents = variant_idents(&values);
        let variants = self
            .codes
            .codes
            .iter()
            .zip(idents)
            .map(|((wire, info), ident)| {
                let statuses: Vec<String> = info.statuses.iter().map(u16::to_string).collect();
                let mut docs = format!("`{wire}`: HTTP {}.", statuses.join(", "));
                if let Some(message) = &info.documented {
                    docs.push_str(&format!("\n\nDocumented message: \"{}\"", message.trim().replace('`', "'")));
                }
                if let Some(resolution) = &info.resolution {
                    docs.push_str(&format!(
                        "\n\nResolution: {} (each method's docs give its own resolution)",
                        resolution.trim()
                    ));
                }
                if let Some(message) = &info.message {
                    let gap = if info.documented.is_some() || info.resolution.is_some() { "\n\n" } else { " " };
                    docs.push_str(&format!("{gap}Example message: \"{}\"", message.replace('`', "'")));
                }
                Variant { ident, wire: wire.clone(), docs: Some(docs) }
            })
            .collect();
        let ty = self.define(TypeDef {
            name,
            docs: Some(
                if from_docs {
                    "Error codes of the API, from every error example and per-record outcome of the collection \
                     and the docs' error tables. Open: a code not listed here is kept in `Other` and sent back unchanged."
                } else {
                    "Error codes of the API, from every error example and per-record outcome of the collection. \
                     Open: a code not seen in the examples is kept in `Other` and sent back unchanged."
                }
                .to_owned(),
            ),
            kind: TypeDefKind::Enum { variants },
        });
        self.code_enum = Some(ty.clone());
        ty
    }

    /// A shape seen before: reuse its struct, under this site's own name when that is free.
    pub(super) fn alias_or_reuse(&mut self, existing: &str, site: &Site<'_>) -> TypeRef {
        let natural = type_name(&site.name);
        if natural == existing || self.names.contains_key(&natural) {
            return TypeRef::Named(existing.to_owned());
        }
        self.names.insert(natural.clone(), self.slots.len());
        self.slots.push(Some(TypeDef {
            name: natural.clone(),
            docs: Some(format!("{} Same shape as [`{existing}`].", site.docs)),
            kind: TypeDefKind::Alias(TypeRef::Named(existing.to_owned())),
        }));
        TypeRef::Named(natural)
    }

    /// Reserves a free name: the natural one, else prefixed by the parent's name.
    pub fn claim(&mut self, natural: &str, parent: Option<&str>) -> String {
        let natural = type_name(natural);
        let mut candidates = vec![natural.clone()];
        if let Some(parent) = parent {
            candidates.push(format!("{parent}{natural}"));
        }
        for suffix in ["Item", "Entry", "Data", "Object"] {
            candidates.push(format!("{}{natural}{suffix}", parent.unwrap_or_default()));
        }
        for candidate in candidates {
            if !self.names.contains_key(&candidate) {
                self.names.insert(candidate.clone(), usize::MAX);
                return candidate;
            }
        }
        // Unreachable in practice: parent names are unique, so `{parent}{natural}` is too
        // unless two different splits spell the same text.
        let mut n = 2;
        loop {
            let candidate = format!("{}{natural}{n}", parent.unwrap_or_default());
            if !self.names.contains_key(&candidate) {
                self.names.insert(candidate.clone(), usize::MAX);
                return candidate;
            }
            n += 1;
        }
    }

    /// Gives a root type a name: unnamed roots (`Vec<…>`, `String`, maps) get an alias named
    /// for the operation and role, so every body has a type a caller can name.
    pub fn name_root(&mut self, ty: TypeRef, name: &str, docs: &str) -> TypeRef {
        if matches!(ty, TypeRef::Named(_)) {
            return ty;
        }
        let name = self.claim(name, None);
        self.define(TypeDef { name, docs: Some(docs.to_owned()), kind: TypeDefKind::Alias(ty) })
    }

    /// Defines a struct directly (parameter and form structs); the name is already claimed.
    pub fn define(&mut self, def: TypeDef) -> TypeRef {
        let name = def.name.clone();
        self.names.insert(name.clone(), self.slots.len());
        self.slots.push(Some(def));
        TypeRef::Named(name)
    }

    /// Replaces the definition of an already defined type (same name).
    pub fn redefine(&mut self, def: TypeDef) {
        match self.names.get(&def.name).copied() {
            Some(slot) if slot < self.slots.len() => self.slots[slot] = Some(def),
            _ => {
                self.define(def);
            }
        }
    }

    /// The types defined so far.
    pub fn defined(&self) -> impl Iterator<Item = &TypeDef> {
        self.slots.iter().flatten()
    }

    /// The struct or enum an alias chain ends at (the name itself when it is no alias).
    pub fn resolve_alias(&self, name: &str) -> String {
        let mut current = name.to_owned();
        for _ in 0..16 {
            let def = self.names.get(&current).and_then(|&slot| self.slots.get(slot)).and_then(Option::as_ref);
            match def.map(|d| &d.kind) {
                Some(TypeDefKind::Alias(TypeRef::Named(target))) => current = target.clone(),
                _ => break,
            }
        }
        current
    }

    pub(super) fn warn(&mut self, shape: &Shape, message: &str) {
        let pointer = shape.first_seen.clone().unwrap_or_else(Pointer::root);
        self.warnings.push(Warning::at(&self.file, pointer, message));
    }
}

/// A bulk answer's array: only objects, every one reporting a per-record outcome, and both
/// successes and failures seen.
fn is_mixed_outcome(shape: &Shape, item: &Shape) -> bool {
    let Some(split) = shape.outcomes.as_deref() else { return false };
    item.kind_count() == 1
        && item.objects > 0
        && item.nulls == 0
        && split.0.objects > 0
        && split.1.objects > 0
        && split.0.objects + split.1.objects == item.objects
}

/// Docs for the element type of an array whose own docs are `docs`.
pub(super) fn element_docs(docs: &str) -> String {
    format!("An element of {}", lower_first(docs))
}

pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_ascii_uppercase() => c.to_ascii_lowercase().to_string() + chars.as_str(),
        Some(c) => c.to_string() + chars.as_str(),
        None => String::new(),
    }
}
