//! Error examples → one enum per operation with a variant per HTTP status.
//!
//! Each status gets its own body type, inferred from that status's examples only: a type is
//! never shared across statuses because a name matches, only when the shapes are identical
//! (exact-shape dedupe, as everywhere).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use indexmap::IndexMap;

use crate::ir::names::type_name;
use crate::ir::status::status_variant;
use crate::ir::{DocError, ExampleBody, Operation, StatusBodyKind, StatusEntry, StatusResponses, StructRole, TypeDef, TypeDefKind, TypeRef};

use super::shape::Shape;
use super::typer::{Site, Typer};

/// The error enum of `op`, when it has error examples (any stated status outside 2xx).
pub fn error_responses(op: &Operation, pascal: &str, typer: &mut Typer) -> Option<StatusResponses> {
    let by_status = group(op, |status| !(200..300).contains(&status));
    if by_status.is_empty() {
        return None;
    }
    let responses = by_status_types(op, pascal, &format!("{pascal}Error"), by_status, typer);
    typer.define(TypeDef {
        name: responses.type_name.clone(),
        docs: Some(format!(
            "Error answers of [`Client::{0}`](super::Client::{0}), by HTTP status, as the collection's examples show them.",
            op.name
        )),
        kind: TypeDefKind::ErrorEnum { operation: op.name.clone(), errors: responses.clone() },
    });
    Some(responses)
}

/// The success enum of `op`, when its 2xx examples differ in shape from one status to another
/// (`201` a record, `202` a message): one struct merged from unrelated shapes would be wrong.
pub fn success_by_status(op: &Operation, pascal: &str, typer: &mut Typer) -> Option<StatusResponses> {
    let by_status = group(op, |status| (200..300).contains(&status));
    let signatures: Vec<BTreeSet<String>> = by_status
        .values()
        .map(|bodies| bodies.iter().filter_map(|b| signature(b)).collect::<BTreeSet<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    let differ = signatures.len() >= 2 && signatures.iter().any(|s| s != &signatures[0]);
    if !differ {
        return None;
    }
    let responses = by_status_types(op, pascal, &format!("{pascal}Response"), by_status, typer);
    typer.define(TypeDef {
        name: responses.type_name.clone(),
        docs: Some(format!(
            "Success answers of [`Client::{0}`](super::Client::{0}), by HTTP status: the examples show a different body for each.",
            op.name
        )),
        kind: TypeDefKind::SuccessEnum { operation: op.name.clone(), responses: responses.clone() },
    });
    Some(responses)
}

fn group(op: &Operation, keep: impl Fn(u16) -> bool) -> BTreeMap<u16, Vec<&ExampleBody>> {
    let mut by_status: BTreeMap<u16, Vec<&ExampleBody>> = BTreeMap::new();
    for example in &op.responses {
        if let Some(status) = example.status
            && keep(status)
        {
            by_status.entry(status).or_default().push(&example.body);
        }
    }
    by_status
}

/// What a JSON body looks like at the top: its keys, or its kind.
fn signature(body: &ExampleBody) -> Option<String> {
    let ExampleBody::Json(sample) = body else { return None };
    Some(match &sample.value() {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
            keys.sort_unstable();
            format!("{{{}}}", keys.join(","))
        }
        serde_json::Value::Array(_) => "[]".to_owned(),
        other => kind_name(other).to_owned(),
    })
}

fn kind_name(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "bool",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

/// A body type per status, each inferred from that status's examples only.
fn by_status_types(
    op: &Operation,
    pascal: &str,
    enum_name: &str,
    by_status: BTreeMap<u16, Vec<&ExampleBody>>,
    typer: &mut Typer,
) -> StatusResponses {
    let type_name = typer.claim(enum_name, None);
    let mut statuses = Vec::with_capacity(by_status.len());
    for (status, bodies) in by_status {
        let variant = status_variant(status);
        let mut shape = Shape::default();
        let mut json = 0;
        for body in &bodies {
            if let ExampleBody::Json(sample) = body {
                shape.add(&sample.value(), &sample.pointer);
                json += 1;
            }
        }
        // 204 and 205 carry no body on the wire, whatever an example saved beside them.
        let bodiless = matches!(status, 204 | 205);
        let has_empty = bodies.iter().any(|b| matches!(b, ExampleBody::Empty));
        let body = if bodiless {
            StatusBodyKind::Empty
        } else if json > 0 {
            let site = Site {
                name: format!("{pascal}{variant}"),
                parent: None,
                docs: format!("Body of a `{status}` answer of [`Client::{0}`](super::Client::{0}).", op.name),
                role: StructRole::Response,
                depth: 0,
                array_nesting: 0,
                key: None,
                doc: None,
            };
            let ty = typer.type_of(&shape, &site);
            let ty = typer.name_root(ty, &site.name, &site.docs);
            // Answered with and without a body: the variant holds an `Option`.
            StatusBodyKind::Json(if has_empty { TypeRef::Option(Box::new(ty)) } else { ty })
        } else if bodies.iter().any(|b| matches!(b, ExampleBody::Text(_))) {
            StatusBodyKind::Text
        } else {
            StatusBodyKind::Empty
        };
        statuses.push(StatusEntry { status, variant, body, examples: bodies.len(), codes: Vec::new() });
    }
    StatusResponses { type_name, statuses }
}

/// Statuses of the docs' error tables join each operation's error enum: a status no example
/// shows gets a variant whose body is the API's usual error body (the type most error
/// examples decode into), and every variant lists the codes documented for its status.
pub fn add_documented_statuses(ops: &mut [Operation], typer: &mut Typer) {
    if ops.iter().all(|op| op.doc.errors.is_empty()) {
        return;
    }
    let mut envelope: Option<TypeRef> = None;
    for op in ops.iter_mut().filter(|op| !op.doc.errors.is_empty()) {
        let mut documented: BTreeMap<u16, Vec<DocError>> = BTreeMap::new();
        for error in &op.doc.errors {
            let codes = documented.entry(error.status).or_default();
            if !codes.iter().any(|c| c.code == error.code) {
                codes.push(error.clone());
            }
        }
        let created = op.errors.is_none();
        let mut responses = op.errors.take().unwrap_or_else(|| StatusResponses {
            type_name: typer.claim(&format!("{}Error", type_name(&op.name)), None),
            statuses: Vec::new(),
        });
        for (status, codes) in documented {
            if let Some(entry) = responses.statuses.iter_mut().find(|e| e.status == status) {
                entry.codes = codes;
                continue;
            }
            let body = envelope.get_or_insert_with(|| usual_error_body(typer)).clone();
            let variant = status_variant(status);
            responses.statuses.push(StatusEntry { status, variant, body: StatusBodyKind::Json(body), examples: 0, codes });
        }
        responses.statuses.sort_by_key(|e| e.status);
        let def = TypeDef {
            name: responses.type_name.clone(),
            docs: Some(format!(
                "Error answers of [`Client::{0}`](super::Client::{0}), by HTTP status, as the collection's examples \
                 and the docs' error table show them.",
                op.name
            )),
            kind: TypeDefKind::ErrorEnum { operation: op.name.clone(), errors: responses.clone() },
        };
        if created {
            typer.define(def);
        } else {
            typer.redefine(def);
        }
        op.errors = Some(responses);
    }
}

/// The error body type most error examples of the API decode into, under an API-wide alias
/// (`ApiError`); `serde_json::Value` when no error example was typed.
fn usual_error_body(typer: &mut Typer) -> TypeRef {
    // First-seen order, so that a tie goes to the type seen first.
    let mut counts: IndexMap<String, usize> = IndexMap::new();
    for def in typer.defined() {
        if let TypeDefKind::ErrorEnum { errors, .. } = &def.kind {
            for entry in &errors.statuses {
                if let StatusBodyKind::Json(TypeRef::Named(name)) = &entry.body {
                    *counts.entry(typer.resolve_alias(name)).or_default() += entry.examples;
                }
            }
        }
    }
    // `max_by_key` keeps the last of equal maxima: search from the back to keep the first.
    let Some(target) = counts.iter().rev().max_by_key(|(_, n)| **n).map(|(name, _)| name.clone()) else {
        return TypeRef::Value;
    };
    let name = typer.claim("ApiError", None);
    typer.define(TypeDef {
        name,
        docs: Some(format!(
            "The API's error body, as most error examples show it (same as [`{target}`]): the body of \
             documented error statuses that no example shows."
        )),
        kind: TypeDefKind::Alias(TypeRef::Named(target)),
    })
}

/// Operations whose error enums would be identical (same statuses, body types through
/// aliases, example counts and documented codes: typically one doc page's list and
/// single-record endpoints, or every operation of a resource answering 400 and 404 with the
/// API's one error body) share one enum; the later ones become aliases of the first, so the
/// crate carries one decoder per distinct set of answers, not one per operation.
pub fn share_identical_error_enums(ops: &[Operation], typer: &mut Typer) {
    // (statuses with body types resolved through aliases, the first enum's name); looked up
    // by a hash of the statuses so that thousands of operations do not compare pairwise.
    // The key is the entries' `Debug` text: they hold no `Hash` type, and it is unambiguous.
    let mut seen: HashMap<String, String> = HashMap::new();
    for op in ops {
        let Some(errors) = &op.errors else { continue };
        let entries: Vec<StatusEntry> = errors.statuses.iter().map(|entry| resolved(entry, typer)).collect();
        let key = format!("{entries:?}");
        match seen.get(&key) {
            Some(first) => {
                let first = first.clone();
                typer.redefine(TypeDef {
                    name: errors.type_name.clone(),
                    docs: Some(format!(
                        "Error answers of [`Client::{}`](super::Client::{}): the same as [`{first}`].",
                        op.name, op.name
                    )),
                    kind: TypeDefKind::Alias(TypeRef::Named(first)),
                });
            }
            None => {
                seen.insert(key, errors.type_name.clone());
            }
        }
    }
}

/// `entry` with its body type named by what its aliases resolve to.
fn resolved(entry: &StatusEntry, typer: &Typer) -> StatusEntry {
    let resolve = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => TypeRef::Named(typer.resolve_alias(name)),
        other => other.clone(),
    };
    let body = match &entry.body {
        StatusBodyKind::Json(TypeRef::Option(inner)) => StatusBodyKind::Json(TypeRef::Option(Box::new(resolve(inner)))),
        StatusBodyKind::Json(ty) => StatusBodyKind::Json(resolve(ty)),
        other => other.clone(),
    };
    StatusEntry { body, ..entry.clone() }
}
