//! The API's error answers → one enum, `ApiError`, with a variant per HTTP status.
//!
//! A status's body type is inferred from every error example of that status, whichever
//! operation answered it: an API answers its 404s with one envelope, and a type inferred from
//! all of them fits better than one inferred from an operation's one or two examples. Every
//! operation returns the one enum, so a status that one operation's examples never show
//! still decodes typed when it happens. Which statuses an operation's examples show, and the
//! codes its docs list, stay on the operation (its rustdoc and example tests read them).

use std::collections::BTreeMap;

use indexmap::IndexMap;

use crate::ir::status::status_variant;
use crate::ir::{DocError, ExampleBody, Operation, StatusBodyKind, StatusEntry, StatusResponses, TypeDef, TypeDefKind, TypeRef};

use super::errors::status_body;
use super::typer::Typer;

/// Types the error answers of `ops` (any stated status outside 2xx, and the statuses of the
/// docs' error tables) as one API-wide enum, and points every operation at it. Nothing is
/// defined when neither an example nor a doc shows an error.
pub fn api_errors(ops: &mut [Operation], typer: &mut Typer) {
    let mut bodies: BTreeMap<u16, Vec<&ExampleBody>> = BTreeMap::new();
    for op in ops.iter() {
        // An operation's redirects are answers, not errors.
        let redirects_answer = op.answers_redirects();
        for example in &op.responses {
            if redirects_answer && crate::ir::is_redirect(example.status) {
                continue;
            }
            if let Some(status) = example.status.filter(|s| !(200..300).contains(s)) {
                bodies.entry(status).or_default().push(&example.body);
            }
        }
    }
    let documented = ops.iter().any(|op| !op.doc.errors.is_empty());
    if bodies.is_empty() && !documented {
        return;
    }
    let mut shared: BTreeMap<u16, StatusEntry> = BTreeMap::new();
    for (status, bodies) in &bodies {
        let variant = status_variant(*status);
        let docs = format!("Body of the API's `{status}` answers, inferred from every operation's examples of it.");
        let body = status_body(*status, bodies, format!("{variant}Body"), docs, typer);
        shared.insert(*status, StatusEntry { status: *status, variant, body, examples: bodies.len(), codes: Vec::new() });
    }
    // The statuses of the docs' error tables that no example shows read the API's usual
    // error body.
    let mut usual: Option<TypeRef> = None;
    let documented: Vec<BTreeMap<u16, Vec<DocError>>> = ops.iter().map(documented_codes).collect();
    for op_codes in &documented {
        for (&status, codes) in op_codes {
            let entry = match shared.get_mut(&status) {
                Some(entry) => entry,
                None => {
                    let body = usual.get_or_insert_with(|| usual_error_body(&shared, typer)).clone();
                    let entry = StatusEntry {
                        status,
                        variant: status_variant(status),
                        body: StatusBodyKind::Json(body),
                        examples: 0,
                        codes: Vec::new(),
                    };
                    shared.entry(status).or_insert(entry)
                }
            };
            for row in codes {
                if !entry.codes.iter().any(|c| c.code == row.code) {
                    entry.codes.push(row.clone());
                }
            }
        }
    }
    let type_name = typer.claim("ApiError", None);
    let statuses: Vec<StatusEntry> = shared.values().cloned().collect();
    typer.define(TypeDef {
        name: type_name.clone(),
        docs: Some(
            "Error answers of the API, by HTTP status: what every method returns in \
             `postgen_runtime::Error`. A status's body type is inferred from all the examples \
             that answer with it, whichever operation they belong to."
                .to_owned(),
        ),
        kind: TypeDefKind::ErrorEnum { errors: StatusResponses { type_name: type_name.clone(), statuses } },
    });
    // An operation's own entries: the shared status and body, its own counts and codes.
    let own_entry = |entry: &StatusEntry| StatusEntry { examples: 0, codes: Vec::new(), ..entry.clone() };
    for (op, op_codes) in ops.iter_mut().zip(documented) {
        let mut own: BTreeMap<u16, StatusEntry> = BTreeMap::new();
        for example in &op.responses {
            if let Some(entry) = example.status.and_then(|s| shared.get(&s)) {
                own.entry(entry.status).or_insert_with(|| own_entry(entry)).examples += 1;
            }
        }
        for (status, codes) in op_codes {
            if let Some(entry) = shared.get(&status) {
                own.entry(status).or_insert_with(|| own_entry(entry)).codes = codes;
            }
        }
        op.errors = Some(StatusResponses { type_name: type_name.clone(), statuses: own.into_values().collect() });
    }
}

/// The rows of `op`'s docs error table by status, each code once.
fn documented_codes(op: &Operation) -> BTreeMap<u16, Vec<DocError>> {
    let mut documented: BTreeMap<u16, Vec<DocError>> = BTreeMap::new();
    for error in &op.doc.errors {
        let codes = documented.entry(error.status).or_default();
        if !codes.iter().any(|c| c.code == error.code) {
            codes.push(error.clone());
        }
    }
    documented
}

/// The error body type most error examples decode into, under an API-wide alias
/// (`ApiErrorBody`); `serde_json::Value` when no error example was typed.
fn usual_error_body(shared: &BTreeMap<u16, StatusEntry>, typer: &mut Typer) -> TypeRef {
    // First-seen order (by status), so that a tie goes to the lower status.
    let mut counts: IndexMap<String, usize> = IndexMap::new();
    for entry in shared.values() {
        if let StatusBodyKind::Json(TypeRef::Named(name)) = &entry.body {
            *counts.entry(typer.resolve_alias(name)).or_default() += entry.examples;
        }
    }
    // `max_by_key` keeps the last of equal maxima: search from the back to keep the first.
    let Some(target) = counts.iter().rev().max_by_key(|(_, n)| **n).map(|(name, _)| name.clone()) else {
        return TypeRef::Value;
    };
    let name = typer.claim("ApiErrorBody", None);
    typer.define(TypeDef {
        name,
        docs: Some(format!(
            "The API's error body, as most error examples show it (same as [`{target}`]): the body of \
             documented error statuses that no example shows."
        )),
        kind: TypeDefKind::Alias(TypeRef::Named(target)),
    })
}
