//! Response envelopes: success bodies that agree on every key but one, which holds each
//! operation's own type (`{"data": <user>, "meta": …}`, `{"data": <order>, "meta": …}`),
//! become one generic struct (`DataMeta<T>`), and each body's name an alias of it
//! (`pub type GetUserResponse = DataMeta<GetUserResponseData>;`).
//!
//! Exact-shape dedupe cannot share these: the one differing key makes every body its own
//! shape, and an API that wraps every answer in the same envelope repeats it per operation.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ir::names::type_name;
use crate::ir::{Api, StructRole, SuccessBody, TypeDef, TypeDefKind, TypeRef};

/// Bodies with more keys than this are records, not envelopes.
const MAX_ENVELOPE_KEYS: usize = 4;

/// The envelope is named by its keys (`DataMeta`); keys that make a longer name describe a
/// record (`additionalData`, `pspReference`, `resultCode`, `merchantReference`), whose bodies
/// stay apart.
const MAX_ENVELOPE_NAME: usize = 32;

/// A success body that can be one instance of a generic envelope.
struct Member {
    root: String,
    /// What `T` is for this body.
    arg: TypeRef,
}

/// Bodies that agree on everything but one field.
struct Group {
    /// Which field holds `T`, and its type with `T` in it.
    field: usize,
    generic_ty: TypeRef,
    /// A body of the group (the first): the envelope copies its fields and docs.
    model: String,
    members: Vec<Member>,
}

/// Turns every group of two or more such bodies into a generic struct plus aliases.
pub fn share_envelopes(api: &mut Api) {
    // A type the API itself names `T` would be shadowed by the type parameter.
    if api.types.iter().any(|d| d.name == "T") {
        return;
    }
    let position: HashMap<&str, usize> = api.types.iter().enumerate().map(|(i, d)| (d.name.as_str(), i)).collect();
    let mut seen = HashSet::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for op in &api.operations {
        let SuccessBody::Json(ty) = &op.success else { continue };
        let TypeRef::Named(root) = (match ty {
            TypeRef::Option(inner) => inner.as_ref(),
            other => other,
        }) else {
            continue;
        };
        if !seen.insert(root.clone()) {
            continue;
        }
        let Some(def) = position.get(root.as_str()).map(|&i| &api.types[i]) else { continue };
        let TypeDefKind::Struct { fields, role: StructRole::Response, extra } = &def.kind else { continue };
        if fields.len() > MAX_ENVELOPE_KEYS {
            continue;
        }
        for (i, field) in fields.iter().enumerate() {
            let Some((generic_ty, arg)) = parameterize(&field.ty) else { continue };
            let mut key = format!("{i}|{extra:?}|");
            for (j, f) in fields.iter().enumerate() {
                let ty = if i == j { &generic_ty } else { &f.ty };
                key.push_str(&format!("{:?}:{:?}:{ty:?}:{:?};", f.wire, f.ident, f.presence));
            }
            let member = Member { root: root.clone(), arg };
            match by_key.get(&key) {
                Some(&g) => groups[g].members.push(member),
                None => {
                    by_key.insert(key, groups.len());
                    groups.push(Group { field: i, generic_ty, model: root.clone(), members: vec![member] });
                }
            }
        }
    }
    // The biggest groups first, so a body that fits two takes the one shared more widely;
    // ties keep API order (a stable sort).
    groups.sort_by_key(|g| std::cmp::Reverse(g.members.len()));
    let mut names: HashSet<String> = api.types.iter().map(|d| d.name.clone()).collect();
    let mut taken: HashSet<String> = HashSet::new();
    // Generic structs to place before their first member, and the members' new definitions.
    let mut envelopes: HashMap<String, TypeDef> = HashMap::new();
    let mut aliases: HashMap<String, TypeRef> = HashMap::new();
    for group in groups {
        let members: Vec<Member> = group.members.into_iter().filter(|m| !taken.contains(&m.root)).collect();
        if members.len() < 2 {
            continue;
        }
        let Some(model) = position.get(group.model.as_str()).map(|&i| &api.types[i]) else { continue };
        let TypeDefKind::Struct { fields, role, extra } = &model.kind else { continue };
        let keys: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).collect();
        let natural = type_name(&keys.join("_"));
        if natural.len() > MAX_ENVELOPE_NAME {
            continue;
        }
        let Some(name) = [natural.clone(), format!("{natural}Envelope")].into_iter().find(|n| !names.contains(n))
        else {
            continue;
        };
        names.insert(name.clone());
        let mut fields = fields.clone();
        fields[group.field].ty = group.generic_ty.clone();
        let wire = &fields[group.field].wire;
        let docs = format!(
            "A response envelope that {} operations' bodies share: the same keys, with `{wire}` of each \
             operation's own type `T`.",
            members.len()
        );
        let first = members.iter().filter_map(|m| position.get(m.root.as_str())).min().copied().unwrap_or_default();
        envelopes.insert(
            api.types[first].name.clone(),
            TypeDef { name: name.clone(), docs: Some(docs), kind: TypeDefKind::Struct { fields, role: *role, extra: extra.clone() } },
        );
        for member in members {
            taken.insert(member.root.clone());
            aliases.insert(member.root, TypeRef::Applied(name.clone(), Box::new(member.arg)));
        }
    }
    if aliases.is_empty() {
        return;
    }
    let types = std::mem::take(&mut api.types);
    for mut def in types {
        if let Some(envelope) = envelopes.remove(&def.name) {
            api.types.push(envelope);
        }
        if let Some(target) = aliases.remove(&def.name) {
            if let TypeRef::Applied(envelope, arg) = &target {
                let arg = match arg.as_ref() {
                    TypeRef::Named(n) => format!("[`{n}`]"),
                    _ => "its own type".to_owned(),
                };
                def.docs = Some(format!("{} The envelope [`{envelope}`] of {arg}.", def.docs.unwrap_or_default()));
            }
            def.kind = TypeDefKind::Alias(target);
        }
        api.types.push(def);
    }
    api.type_index = Default::default();
}

/// The field's type with its one named type replaced by `T`, and that named type:
/// `Vec<User>` → (`Vec<T>`, `User`). Scalars and maps are the envelope's own.
fn parameterize(ty: &TypeRef) -> Option<(TypeRef, TypeRef)> {
    match ty {
        TypeRef::Named(_) => Some((TypeRef::Param, ty.clone())),
        TypeRef::Vec(inner) => parameterize(inner).map(|(g, a)| (TypeRef::Vec(Box::new(g)), a)),
        TypeRef::Option(inner) => parameterize(inner).map(|(g, a)| (TypeRef::Option(Box::new(g)), a)),
        _ => None,
    }
}
