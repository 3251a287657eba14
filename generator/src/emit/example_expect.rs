//! What a replayed example must give, as data: the outcome variant its status calls for
//! (success, success by status, typed error by status, not modified) and for bulk answers
//! the per-record outcomes; and the operation's replay code that checks it (the decoded body
//! encoding back to the example's is checked by the runtime).

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, ExampleBody, Operation, Presence, ResponseExample, StatusBodyKind, SuccessBody, TypeRef, is_redirect};

use super::client::is_conditional;
use super::errors::struct_fields;
use super::json_text::string;
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

/// What the example's answer must give, as the data writes it (`{"json": {"records": []}}`,
/// `{"error": {"variant": "Status404"}}` ...), or why the example has no faithful check.
pub fn expectation(
    api: &Api,
    op: &Operation,
    example: &ResponseExample,
    status: u16,
    served_body: &str,
) -> Result<Result<String, String>, Error> {
    let kind = if served_body.is_empty() { BodyKind::Empty } else { BodyKind::of(&example.body) };
    if is_conditional(op) && status == 304 {
        return Ok(Ok(string("not_modified")));
    }
    if op.answers_redirects() && is_redirect(Some(status)) {
        return Ok(Ok(string("redirect")));
    }
    if !(200..300).contains(&status) {
        let variant = match op.errors.as_ref().and_then(|e| e.statuses.iter().find(|s| s.status == status)) {
            Some(entry) if kind.fits(&entry.body) => string(&entry.variant),
            _ => "null".to_owned(),
        };
        return Ok(Ok(format!("{{\"error\": {{\"variant\": {variant}}}}}")));
    }
    Ok(match (&op.success, kind) {
        (SuccessBody::Json(ty), BodyKind::Json) => Ok(json_expect(&records(api, ty, example))),
        (SuccessBody::Json(TypeRef::Option(_)), BodyKind::Empty) | (SuccessBody::Unknown, BodyKind::Json) => {
            Ok(json_expect(&[]))
        }
        (SuccessBody::Text, _) => Ok(string("text")),
        // Bytes hold any body, served as the saved text's bytes.
        (SuccessBody::Binary, _) => Ok(string("bytes")),
        (SuccessBody::Empty, BodyKind::Empty) => Ok(string("empty")),
        (SuccessBody::ByStatus(responses), _) => match responses.statuses.iter().find(|s| s.status == status) {
            Some(entry) if kind.fits(&entry.body) => {
                Ok(format!("{{\"by_status\": {{\"variant\": {}}}}}", string(&entry.variant)))
            }
            Some(_) => Err(format!("a {} body, unlike the other HTTP {status} examples the type follows", kind.name())),
            None => Err(format!("HTTP {status} is not among the statuses the success type knows")),
        },
        (success, kind) => Err(format!("a {} body, but the operation's success is {}", kind.name(), success_name(success))),
    })
}

/// `{"json": {"records": [["users", [true, false]]]}}`.
fn json_expect(records: &[(String, Vec<bool>)]) -> String {
    let records: Vec<String> = records
        .iter()
        .map(|(wire, outcomes)| {
            let outcomes: Vec<&str> = outcomes.iter().map(|&ok| if ok { "true" } else { "false" }).collect();
            format!("[{}, [{}]]", string(wire), outcomes.join(", "))
        })
        .collect();
    format!("{{\"json\": {{\"records\": [{}]}}}}", records.join(", "))
}

/// The statements of `op`'s replay that check `outcome` against the example (`ex`): by the
/// kind of the operation's success, a 304 first for a conditional operation, and the
/// per-record outcomes of a bulk answer's arrays.
pub fn outcome_check(api: &Api, op: &Operation) -> Result<TokenStream, Error> {
    let check = match &op.success {
        SuccessBody::Json(ty) => {
            let arrays = record_arrays(api, ty)?;
            if arrays.is_empty() {
                quote!(ex.json(outcome);)
            } else {
                quote! {
                    if let Some(body) = ex.json(outcome) {
                        ex.records(&[#(#arrays),*]);
                    }
                }
            }
        }
        SuccessBody::Unknown => quote!(ex.json(outcome);),
        SuccessBody::Text => quote!(ex.text(outcome);),
        SuccessBody::Binary => quote!(ex.bytes(outcome);),
        SuccessBody::Empty => quote!(ex.empty(outcome);),
        SuccessBody::ByStatus(_) => quote!(ex.by_status(outcome);),
    };
    Ok(if is_conditional(op) {
        quote! {
            if let Some(outcome) = ex.modified(outcome) {
                #check
            }
        }
    } else {
        check
    })
}

/// The top-level arrays of per-record outcomes in the success type `ty`: `(wire, successes)`
/// expressions over `body`.
fn record_arrays(api: &Api, ty: &TypeRef) -> Result<Vec<TokenStream>, Error> {
    let Some(fields) = struct_fields(api, ty) else { return Ok(Vec::new()) };
    let mut arrays = Vec::new();
    for field in fields {
        if !is_record_array(&field.ty) {
            continue;
        }
        let id = ident(&field.ident)?;
        let iter = match field.presence {
            Presence::Required => quote!(body.#id.iter()),
            Presence::Optional => quote!(body.#id.iter().flatten()),
            _ => continue,
        };
        let wire = &field.wire;
        arrays.push(quote!((#wire, #iter.map(|r| r.success().is_some()).collect())));
    }
    Ok(arrays)
}

fn is_record_array(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Vec(item) if matches!(**item, TypeRef::Outcome(..)))
}

/// The per-record outcomes the example shows, for each top-level array of per-record
/// outcomes in the success type it has: a success for every entry whose `status` is not a
/// failure word.
fn records(api: &Api, ty: &TypeRef, example: &ResponseExample) -> Vec<(String, Vec<bool>)> {
    let ExampleBody::Json(sample) = &example.body else { return Vec::new() };
    let Some(fields) = struct_fields(api, ty) else { return Vec::new() };
    let mut records = Vec::new();
    // Parsed only for a type that has such arrays: most have none.
    let mut value = None;
    for field in fields {
        if !is_record_array(&field.ty) || !matches!(field.presence, Presence::Required | Presence::Optional) {
            continue;
        }
        let entries = match value.get_or_insert_with(|| sample.value()).get(&field.wire) {
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
        records.push((field.wire.clone(), expected));
    }
    records
}

/// How an example body or a status's body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Empty,
    Json,
    Text,
    Binary,
}

impl BodyKind {
    fn of(body: &ExampleBody) -> Self {
        match body {
            ExampleBody::Empty => BodyKind::Empty,
            ExampleBody::Json(_) => BodyKind::Json,
            ExampleBody::Text(_) => BodyKind::Text,
            ExampleBody::Binary(_) => BodyKind::Binary,
        }
    }

    /// Whether a body of this kind decodes into a status's variant (an optional JSON body
    /// may also be missing).
    fn fits(self, body: &StatusBodyKind) -> bool {
        matches!(
            (self, body),
            (BodyKind::Empty, StatusBodyKind::Empty | StatusBodyKind::Json(TypeRef::Option(_)))
                | (BodyKind::Json, StatusBodyKind::Json(_))
                | (BodyKind::Text | BodyKind::Binary, StatusBodyKind::Text)
        )
    }

    fn name(self) -> &'static str {
        match self {
            BodyKind::Empty => "missing",
            BodyKind::Json => "JSON",
            BodyKind::Text => "text",
            BodyKind::Binary => "binary",
        }
    }
}

fn success_name(success: &SuccessBody) -> &'static str {
    match success {
        SuccessBody::Unknown => "untyped",
        SuccessBody::Empty => "empty",
        SuccessBody::Json(_) => "JSON",
        SuccessBody::Text => "text",
        SuccessBody::Binary => "bytes",
        SuccessBody::ByStatus(_) => "by status",
    }
}

