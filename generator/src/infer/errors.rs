//! Answers by HTTP status: the success enum of an operation whose 2xx bodies differ by
//! status, and the body type of one status (shared with the API's error enum, `api_errors`).
//!
//! Each status gets its own body type, inferred from that status's examples only: a type is
//! never shared across statuses because a name matches, only when the shapes are identical
//! (exact-shape dedupe, as everywhere).

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::outline::Outline;
use crate::ir::status::status_variant;
use crate::ir::{ExampleBody, Operation, StatusBodyKind, StatusEntry, StatusResponses, StructRole, TypeDef, TypeDefKind, TypeRef};

use super::shape::Shape;
use super::typer::{Site, Typer};

/// The success enum of `op`, whose 2xx examples differ in shape from one status to another
/// ([`differs_by_status`]: `201` a record, `202` a message): one struct merged from unrelated
/// shapes would be wrong.
pub fn success_by_status(op: &Operation, pascal: &str, typer: &mut Typer) -> StatusResponses {
    let by_status = group(op, |status| (200..300).contains(&status));
    let responses = by_status_types(op, pascal, &format!("{pascal}Response"), by_status, typer);
    typer.define(TypeDef {
        name: responses.type_name.clone(),
        docs: Some(format!(
            "Success answers of [`Client::{0}`](super::Client::{0}), by HTTP status: the examples show a different body for each.",
            op.name
        )),
        kind: TypeDefKind::SuccessEnum { operation: op.name.clone(), responses: responses.clone() },
    });
    responses
}

/// Whether `op`'s 2xx JSON bodies look different for different statuses (their top-level
/// keys, or their kinds): then its success is typed per status ([`success_by_status`]).
/// Needs nothing the typer decides, so it is read beside it.
pub fn differs_by_status(op: &Operation) -> bool {
    let by_status = group(op, |status| (200..300).contains(&status));
    let signatures: Vec<BTreeSet<String>> = by_status
        .values()
        .map(|bodies| bodies.iter().filter_map(|b| signature(b)).collect::<BTreeSet<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    signatures.len() >= 2 && signatures.iter().any(|s| s != &signatures[0])
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
    Some(match sample.outline() {
        Outline::Object(mut keys) => {
            keys.sort_unstable();
            format!("{{{}}}", keys.join(","))
        }
        Outline::Array => "[]".to_owned(),
        Outline::Scalar(kind) => kind.to_owned(),
    })
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
        let name = format!("{pascal}{variant}");
        let docs = format!("Body of a `{status}` answer of [`Client::{0}`](super::Client::{0}).", op.name);
        let body = status_body(status, &bodies, name, docs, typer);
        statuses.push(StatusEntry { status, variant, body, examples: bodies.len(), codes: Vec::new() });
    }
    StatusResponses { type_name, statuses }
}

/// How the answers of one status read, inferred from `bodies` (all answered with `status`);
/// a JSON body's type is named `name` unless it has the exact shape of a type already named.
pub(super) fn status_body(status: u16, bodies: &[&ExampleBody], name: String, docs: String, typer: &mut Typer) -> StatusBodyKind {
    let mut shape = Shape::default();
    let mut json = 0;
    for body in bodies {
        if let ExampleBody::Json(sample) = body {
            shape.add_sample(sample);
            json += 1;
        }
    }
    // 204 and 205 carry no body on the wire, whatever an example saved beside them.
    let bodiless = matches!(status, 204 | 205);
    let has_empty = bodies.iter().any(|b| matches!(b, ExampleBody::Empty));
    if bodiless {
        StatusBodyKind::Empty
    } else if json > 0 {
        let site = Site {
            name,
            parent: None,
            docs,
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
    } else if bodies.iter().any(|b| matches!(b, ExampleBody::Text(_) | ExampleBody::Binary(_))) {
        // An error's body is read as text whatever its type (the runtime keeps it whole).
        StatusBodyKind::Text
    } else {
        StatusBodyKind::Empty
    }
}
