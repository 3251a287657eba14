//! What a replayed example must give: the outcome variant its status calls for (success,
//! success by status, typed error by status, not modified), the decoded body encoding back
//! to the example's, and for bulk answers the per-record outcomes.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, ExampleBody, Operation, Presence, ResponseExample, StatusBodyKind, StatusEntry, SuccessBody, TypeRef};

use super::client::is_conditional;
use super::errors::struct_fields;
use super::tokens::ident;

/// Record `status` values that mark a failed entry (as `postgen_runtime::RecordOutcome`
/// decodes them); the expected per-record outcomes are read from the example with it.
const FAILED_RECORD: &[&str] = &["error", "failure", "failed", "fail"];

/// The status the loopback server answers with, or why the example cannot be replayed.
pub fn served_status(op: &Operation, example: &ResponseExample) -> Result<u16, String> {
    match example.status {
        Some(status) if (200..=599).contains(&status) => Ok(status),
        Some(status) => Err(format!("HTTP {status} cannot be replayed as a final answer")),
        None if op.success_examples().iter().any(|e| std::ptr::eq(*e, example)) => Ok(200),
        None => Err("no HTTP status, and the operation's other examples state theirs".into()),
    }
}

/// The statements checking `outcome`, or why the example has no faithful check.
pub fn expectation(
    api: &Api,
    op: &Operation,
    example: &ResponseExample,
    status: u16,
    served_body: &str,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
) -> Result<Result<TokenStream, String>, Error> {
    // The test binds the served body to `served` once; every check refers to it.
    let served = quote!(served);
    let kind = if served_body.is_empty() { BodyKind::Empty } else { BodyKind::of(&example.body) };
    let body = match kind {
        BodyKind::Empty => quote!(Body::Empty),
        BodyKind::Json => quote!(Body::Json(#served)),
        BodyKind::Text => quote!(Body::Text(#served)),
    };
    let conditional = is_conditional(op);
    if conditional && status == 304 {
        return Ok(Ok(quote!(expect_not_modified(outcome);)));
    }
    if !(200..300).contains(&status) {
        let variant = match op.errors.as_ref().and_then(|e| e.statuses.iter().find(|s| s.status == status).map(|s| (e, s))) {
            Some((errors, entry)) if kind.fits(&entry.body) => {
                let check = variant_check(&errors.type_name, entry, named)?;
                quote!(Some(#check))
            }
            _ => quote!(None),
        };
        let status = Literal::u16_unsuffixed(status);
        return Ok(Ok(quote!(expect_error(outcome, #status, #body, #variant);)));
    }
    let outcome = if conditional { quote!(expect_modified(outcome)) } else { quote!(outcome) };
    Ok(match (&op.success, kind) {
        (SuccessBody::Json(ty), BodyKind::Json) => match records_checks(api, ty, example)? {
            checks if checks.is_empty() => Ok(quote!(expect_json(#outcome, #served);)),
            checks => Ok(quote! {
                let body = expect_json(#outcome, #served);
                #(#checks)*
            }),
        },
        (SuccessBody::Json(TypeRef::Option(_)), BodyKind::Empty) => Ok(quote!(expect_json(#outcome, "null");)),
        (SuccessBody::Unknown, BodyKind::Json) => Ok(quote!(expect_json(#outcome, #served);)),
        (SuccessBody::Text, _) => Ok(quote!(expect_text(#outcome, #served);)),
        (SuccessBody::Empty, BodyKind::Empty) => Ok(quote!(expect_empty(#outcome);)),
        (SuccessBody::ByStatus(responses), _) => match responses.statuses.iter().find(|s| s.status == status) {
            Some(entry) if kind.fits(&entry.body) => {
                let check = variant_check(&responses.type_name, entry, named)?;
                Ok(quote!(expect_by_status(#outcome, #body, #check);))
            }
            Some(_) => Err(format!("a {} body, unlike the other HTTP {status} examples the type follows", kind.name())),
            None => Err(format!("HTTP {status} is not among the statuses the success type knows")),
        },
        (success, kind) => Err(format!("a {} body, but the operation's success is {}", kind.name(), success_name(success))),
    })
}

/// `|b: &Enum| matches!(b, Enum::Variant(..))`; a body-less status is a unit variant.
fn variant_check(
    type_name: &str,
    entry: &StatusEntry,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
) -> Result<TokenStream, Error> {
    let ty = named(type_name)?;
    let variant = ident(&entry.variant)?;
    let pattern = match entry.body {
        StatusBodyKind::Empty => quote!(#ty::#variant),
        StatusBodyKind::Json(_) | StatusBodyKind::Text => quote!(#ty::#variant(..)),
    };
    Ok(quote!(|b: &#ty| matches!(b, #pattern)))
}

/// One `expect_records` per top-level array of per-record outcomes in the success type,
/// expecting a success for every entry whose `status` is not a failure word.
fn records_checks(api: &Api, ty: &TypeRef, example: &ResponseExample) -> Result<Vec<TokenStream>, Error> {
    let ExampleBody::Json(sample) = &example.body else { return Ok(Vec::new()) };
    let Some(fields) = struct_fields(api, ty) else { return Ok(Vec::new()) };
    let mut checks = Vec::new();
    for field in fields {
        let TypeRef::Vec(item) = &field.ty else { continue };
        if !matches!(**item, TypeRef::Outcome(..)) {
            continue;
        }
        let value = sample.value();
        let entries = match value.get(&field.wire) {
            Some(serde_json::Value::Array(entries)) => entries,
            _ => continue,
        };
        let expected: Vec<bool> = entries
            .iter()
            .map(|entry| {
                let status = entry.get("status").and_then(serde_json::Value::as_str).unwrap_or_default();
                !FAILED_RECORD.iter().any(|f| f.eq_ignore_ascii_case(status))
            })
            .collect();
        let id = ident(&field.ident)?;
        let iter = match field.presence {
            Presence::Required => quote!(body.#id.iter()),
            Presence::Optional => quote!(body.#id.iter().flatten()),
            _ => continue,
        };
        checks.push(quote!(expect_records(#iter.map(|r| r.success().is_some()), &[#(#expected),*]);));
    }
    Ok(checks)
}

/// How an example body or a status's body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Empty,
    Json,
    Text,
}

impl BodyKind {
    fn of(body: &ExampleBody) -> Self {
        match body {
            ExampleBody::Empty => BodyKind::Empty,
            ExampleBody::Json(_) => BodyKind::Json,
            ExampleBody::Text(_) => BodyKind::Text,
        }
    }

    /// Whether a body of this kind decodes into a status's variant (an optional JSON body
    /// may also be missing).
    fn fits(self, body: &StatusBodyKind) -> bool {
        matches!(
            (self, body),
            (BodyKind::Empty, StatusBodyKind::Empty | StatusBodyKind::Json(TypeRef::Option(_)))
                | (BodyKind::Json, StatusBodyKind::Json(_))
                | (BodyKind::Text, StatusBodyKind::Text)
        )
    }

    fn name(self) -> &'static str {
        match self {
            BodyKind::Empty => "missing",
            BodyKind::Json => "JSON",
            BodyKind::Text => "text",
        }
    }
}

fn success_name(success: &SuccessBody) -> &'static str {
    match success {
        SuccessBody::Unknown => "untyped",
        SuccessBody::Empty => "empty",
        SuccessBody::Json(_) => "JSON",
        SuccessBody::Text => "text",
        SuccessBody::ByStatus(_) => "by status",
    }
}

