//! Objects → structs (with presence per field and an `extra` catch-all on responses) or
//! maps; strings with strong evidence → open enums.

use crate::ir::names::{dedupe_idents, snake_ident, type_name};
use crate::ir::{Field, Presence, StructRole, TypeDef, TypeDefKind, TypeRef};

use super::documented::enum_key;
use super::evidence::is_map;
use super::shape::{FieldShape, Shape};
use super::typer::{Site, Typer};

/// Names tried, in order, for the field that keeps unknown keys of a response object.
const EXTRA_IDENTS: &[&str] = &["extra", "extra_fields", "unknown_fields", "additional_fields"];

impl Typer {
    /// An object position: a map when keys are ids or vary wildly, else a struct.
    pub(super) fn object(&mut self, shape: &Shape, site: &Site<'_>) -> TypeRef {
        if shape.fields.is_empty() {
            // `{}` everywhere: keep whatever keys a real response brings.
            return TypeRef::Map(Box::new(TypeRef::Value));
        }
        if is_map(shape) {
            return self.map(shape, site);
        }
        let name = self.claim(&site.name, site.parent);
        let slot = self.slots.len();
        self.slots.push(None);
        self.names.insert(name.clone(), slot);

        // Keys the docs list and no sample shows are fields too, after the sampled ones.
        let unseen: Vec<(String, FieldShape)> = site
            .doc
            .map(|doc| {
                doc.keys
                    .iter()
                    .filter(|k| !shape.fields.contains_key(k.wire.as_str()))
                    .map(|k| (k.wire.clone(), FieldShape::default()))
                    .collect()
            })
            .unwrap_or_default();
        let all: Vec<(&String, &FieldShape)> = shape.fields.iter().chain(unseen.iter().map(|(k, f)| (k, f))).collect();
        let mut idents: Vec<String> = all.iter().map(|(k, _)| snake_ident(k)).collect();
        dedupe_idents(&mut idents);
        let mut fields = Vec::with_capacity(all.len());
        for ((wire, field), ident) in all.into_iter().zip(idents) {
            let key_doc = site.doc.and_then(|d| d.key(wire));
            let child = Site {
                name: type_name(wire),
                parent: Some(&name),
                docs: documented(format!("`{wire}` in [`{name}`]."), key_doc),
                role: site.role,
                depth: site.depth + 1,
                array_nesting: 0,
                key: Some(wire.clone()),
                doc: key_doc,
            };
            let ty = self.type_of(&field.shape, &child);
            let always = field.present == shape.objects;
            let nullable = field.shape.nulls > 0;
            let presence = match (always, nullable) {
                (true, false) => Presence::Required,
                (true, true) => Presence::RequiredNullable,
                (false, false) => Presence::Optional,
                (false, true) => Presence::OptionalNullable,
            };
            let notes = if field.shape.seen == 0 && key_doc.is_some() {
                format!("`{wire}`: documented, in no sample.")
            } else {
                field_docs(wire, field.present, field.shape.nulls, shape.objects, field.shape.example.as_deref())
            };
            let mut docs = match key_doc.and_then(|d| d.docs.as_deref()).map(str::trim).filter(|d| !d.is_empty()) {
                Some(text) => format!("{text}\n\n{notes}"),
                None => notes,
            };
            if site.role == StructRole::Request && key_doc.is_some_and(|d| d.required) {
                docs = format!("**Mandatory** (the docs).\n\n{docs}");
            }
            fields.push(Field { ident, wire: wire.clone(), ty, presence, docs: Some(docs) });
        }
        let extra = (site.role == StructRole::Response).then(|| {
            EXTRA_IDENTS
                .iter()
                .find(|candidate| !fields.iter().any(|f| f.ident == **candidate))
                .map_or_else(|| "postgen_extra".to_owned(), |s| (*s).to_owned())
        });
        let mut key = self.structural_key(&fields, site.role);
        // What the docs require of a request is part of its type: a body where `id` is
        // mandatory is not the same as one where it is not.
        if site.role == StructRole::Request
            && let Some(doc) = site.doc
        {
            let mandatory: Vec<&str> = doc.keys.iter().filter(|k| k.required).map(|k| k.wire.as_str()).collect();
            key.push_str(&format!("mandatory{mandatory:?}"));
        }
        if let Some(existing) = self.by_shape.get(&key).cloned() {
            self.names.remove(&name);
            return self.alias_or_reuse(&existing, site);
        }
        self.by_shape.insert(key, name.clone());
        self.slots[slot] = Some(TypeDef {
            name: name.clone(),
            docs: Some(site.docs.clone()),
            kind: TypeDefKind::Struct { fields, role: site.role, extra },
        });
        TypeRef::Named(name)
    }

    /// A parameter or form struct built from the operation's parameter list (its name already
    /// claimed), or an alias of an identical one defined earlier: same wire names, types and
    /// `facts` (where each parameter goes and whether it is mandatory).
    pub(super) fn define_or_share(&mut self, def: TypeDef, facts: &str) -> TypeRef {
        let TypeDefKind::Struct { fields, role, .. } = &def.kind else { return self.define(def) };
        let key = format!("{}{facts}", self.structural_key(fields, *role));
        if let Some(existing) = self.by_shape.get(&key).cloned() {
            let docs = def.docs.as_deref().map(|d| format!("{d} Same shape as [`{existing}`]."));
            return self.define(TypeDef { name: def.name, docs, kind: TypeDefKind::Alias(TypeRef::Named(existing)) });
        }
        self.by_shape.insert(key, def.name.clone());
        self.define(def)
    }

    /// Two structs are the same type exactly when wire names, types and presence all match;
    /// aliases count as the type they name (a field typed `ModifiedBy` and one typed `Role`,
    /// where `ModifiedBy = Role`, agree).
    fn structural_key(&self, fields: &[Field], role: StructRole) -> String {
        use std::fmt::Write;
        let mut key = String::with_capacity(32 * fields.len() + 16);
        let _ = write!(key, "{role:?}{{");
        for f in fields {
            // Writing to a `String` cannot fail.
            let _ = write!(key, "{:?}:{:?}:{:?};", f.wire, self.canonical(&f.ty), f.presence);
        }
        key.push('}');
        key
    }

    /// `ty` with every alias replaced by what it names.
    fn canonical(&self, ty: &TypeRef) -> TypeRef {
        match ty {
            TypeRef::Named(name) => TypeRef::Named(self.resolve_alias(name)),
            TypeRef::Vec(inner) => TypeRef::Vec(Box::new(self.canonical(inner))),
            TypeRef::Map(inner) => TypeRef::Map(Box::new(self.canonical(inner))),
            TypeRef::Option(inner) => TypeRef::Option(Box::new(self.canonical(inner))),
            TypeRef::Outcome(s, e) => TypeRef::Outcome(Box::new(self.canonical(s)), Box::new(self.canonical(e))),
            other => other.clone(),
        }
    }

    /// `BTreeMap<String, T>` where `T` unifies every value under every key.
    fn map(&mut self, shape: &Shape, site: &Site<'_>) -> TypeRef {
        let mut values = Shape::default();
        for field in shape.fields.values() {
            values.merge(&field.shape);
        }
        let value_site = Site {
            name: format!("{}Value", site.name),
            parent: site.parent,
            docs: format!("A value of {}", super::typer::lower_first(&site.docs)),
            role: site.role,
            depth: site.depth + 1,
            array_nesting: 0,
            key: None,
            doc: None,
        };
        let ty = self.type_of(&values, &value_site);
        TypeRef::Map(Box::new(if values.nulls > 0 { TypeRef::Option(Box::new(ty)) } else { ty }))
    }

    /// An open enum of `values` (first-seen order), shared with any enum of the same values.
    pub(super) fn enumeration(&mut self, values: Vec<String>, shape: &Shape, site: &Site<'_>) -> TypeRef {
        if let Some(existing) = self.by_shape.get(&enum_key(&values)).cloned() {
            return self.alias_or_reuse(&existing, site);
        }
        let values = values
            .into_iter()
            .map(|wire| {
                let seen = shape.distinct_strings.get(&wire).copied().unwrap_or_default();
                let docs = format!("`{wire}` (seen {seen} time{}).", if seen == 1 { "" } else { "s" });
                (wire, docs)
            })
            .collect();
        let docs =
            format!("{} Open: a value not seen in the examples is kept in `Other` and sent back unchanged.", site.docs);
        self.open_enum(&site.name, site.parent, &docs, values)
    }
}

/// Rustdoc for a type at a documented place: ours, then the docs' sentence.
fn documented(ours: String, doc: Option<&crate::ir::KeyDoc>) -> String {
    match doc.and_then(|d| d.docs.as_deref()).map(str::trim).filter(|d| !d.is_empty()) {
        Some(text) => format!("{ours}\n\n{text}"),
        None => ours,
    }
}

fn field_docs(wire: &str, present: u32, nulls: u32, objects: u32, example: Option<&str>) -> String {
    let mut docs = format!("`{wire}`");
    if let Some(example) = example {
        docs.push_str(&format!(", e.g. `{example}`"));
    }
    let mut notes = Vec::new();
    if present < objects {
        notes.push(format!("present in {present} of {objects} samples"));
    }
    if nulls > 0 {
        notes.push(format!("null in {nulls}"));
    }
    if !notes.is_empty() {
        docs.push_str(&format!(" ({})", notes.join(", ")));
    }
    docs.push('.');
    docs
}

