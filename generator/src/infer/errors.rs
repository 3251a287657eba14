//! Error examples → one enum per operation with a variant per HTTP status.
//!
//! Each status gets its own body type, inferred from that status's examples only: a type is
//! never shared across statuses because a name matches, only when the shapes are identical
//! (exact-shape dedupe, as everywhere).

use std::collections::BTreeMap;

use crate::ir::status::status_variant;
use crate::ir::{ErrorBodyKind, ErrorResponses, ErrorStatus, ExampleBody, Operation, StructRole, TypeDef, TypeDefKind};

use super::shape::Shape;
use super::typer::{Site, Typer};

/// The error enum of `op`, when it has error examples (any stated status outside 2xx).
pub fn error_responses(op: &Operation, pascal: &str, typer: &mut Typer) -> Option<ErrorResponses> {
    let mut by_status: BTreeMap<u16, Vec<&ExampleBody>> = BTreeMap::new();
    for example in &op.responses {
        if let Some(status) = example.status
            && !(200..300).contains(&status)
        {
            by_status.entry(status).or_default().push(&example.body);
        }
    }
    if by_status.is_empty() {
        return None;
    }
    let type_name = typer.claim(&format!("{pascal}Error"), None);
    let mut statuses = Vec::with_capacity(by_status.len());
    for (status, bodies) in by_status {
        let variant = status_variant(status);
        let mut shape = Shape::default();
        let mut json = 0;
        for body in &bodies {
            if let ExampleBody::Json(sample) = body {
                shape.add(&sample.value, &sample.pointer);
                json += 1;
            }
        }
        let body = if json > 0 {
            let site = Site {
                name: format!("{pascal}{variant}"),
                parent: None,
                docs: format!("Body of a `{status}` answer of [`Client::{0}`](crate::Client::{0}).", op.name),
                role: StructRole::Response,
                depth: 0,
                array_nesting: 0,
                key: None,
            };
            let ty = typer.type_of(&shape, &site);
            ErrorBodyKind::Json(typer.name_root(ty, &site.name, &site.docs))
        } else if bodies.iter().any(|b| matches!(b, ExampleBody::Text(_))) {
            ErrorBodyKind::Text
        } else {
            ErrorBodyKind::Empty
        };
        statuses.push(ErrorStatus { status, variant, body, examples: bodies.len() });
    }
    let errors = ErrorResponses { type_name: type_name.clone(), statuses };
    typer.define(TypeDef {
        name: type_name,
        docs: Some(format!(
            "Error answers of [`Client::{0}`](crate::Client::{0}), by HTTP status, as the collection's examples show them.",
            op.name
        )),
        kind: TypeDefKind::ErrorEnum { operation: op.name.clone(), errors: errors.clone() },
    });
    Some(errors)
}
