//! `tests/examples.rs` of the generated crate.
//!
//! Every saved example response is replayed: a loopback server answers with the example's
//! status, headers and body, the generated method is called with the example's request, the
//! request it sent is checked, and the outcome must be the variant the status calls for with
//! a body that encodes back to the example's. Every JSON request body sample is also decoded
//! into its type and encoded back. This is the proof that the inferred types fit the API's
//! own examples; it runs with the generated crate's tests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::{dedupe_idents, snake_ident, snake_word};
use crate::ir::placeholders::{fill_placeholders, has_placeholders};
use crate::ir::{Api, BodyKind, Sample};

use super::docs;
use super::example_call::example_test;
use super::tokens::{ident, render, type_tokens};

/// One test function: its name (before deduplication), rustdoc and statements.
struct Case {
    name: String,
    doc: String,
    body: TokenStream,
}

/// Renders `tests/examples.rs`, or nothing when the API has no example to check.
pub fn examples_file(api: &Api) -> Result<Option<String>, Error> {
    let crate_ident = ident(&api.lib_name())?;
    let named = |name: &str| -> Result<TokenStream, Error> {
        let id = ident(name)?;
        Ok(quote!(::#crate_ident::types::#id))
    };
    let mut cases: Vec<Case> = Vec::new();
    let mut not_replayed: Vec<String> = Vec::new();
    for op in &api.operations {
        if let Some(body) = &op.body
            && let BodyKind::Json { samples, ty: Some(ty) } = &body.kind
        {
            let ty = type_tokens(ty, &named)?;
            for (i, sample) in samples.iter().enumerate() {
                let json = sample_json(sample)?;
                cases.push(Case {
                    name: format!("{}_request_{i}", op.name),
                    doc: format!(
                        "Request body sample of `{}`, at `{}`{}: decoded and encoded back.",
                        op.name,
                        sample.pointer.as_str(),
                        if sample.repaired { " (repaired: `{{var}}` placeholders read as null)" } else { "" }
                    ),
                    body: quote! {
                        if let ::std::result::Result::Err(e) = round_trip::<#ty>(#json) {
                            panic!("{e}");
                        }
                    },
                });
            }
        }
        for (i, example) in op.responses.iter().enumerate() {
            let status = example.status.map_or_else(|| "no status".to_owned(), |s| s.to_string());
            let what = format!("Example \"{}\" ({status}) of `{}`, at `{}`", example.name.trim(), op.name, example.pointer.as_str());
            match example_test(api, op, example, &named)? {
                Ok(body) => {
                    let slug: String = snake_word(&example.name).chars().take(40).collect();
                    cases.push(Case {
                        name: format!("{}_example_{i}_{slug}", op.name),
                        doc: format!("{what}: replayed by a loopback server."),
                        body,
                    });
                }
                Err(reason) => not_replayed.push(format!("- {what}: {reason}.")),
            }
        }
    }
    if cases.is_empty() {
        return Ok(None);
    }
    let mut names: Vec<String> =
        cases.iter().map(|c| snake_ident(&c.name).trim_start_matches("r#").to_owned()).collect();
    dedupe_idents(&mut names);
    let mut tests = Vec::with_capacity(cases.len());
    for (case, name) in cases.into_iter().zip(names) {
        let test = ident(&name)?;
        let doc = docs::outer(&case.doc);
        let body = case.body;
        tests.push(quote! {
            #doc
            #[test]
            fn #test() {
                #body
            }
        });
    }
    let mut header = String::from(
        "Every saved example of the collection, replayed: a loopback server answers with the \
         example's status, headers and body; the generated method is called with the example's \
         request, which must arrive as saved; the outcome must be the variant the status calls \
         for, and its body must encode back to the example's (key order aside). Every JSON \
         request body sample is also decoded and encoded back. `\"<integer>\"`-style type \
         placeholders are replaced by a value of the kind they name.",
    );
    if !not_replayed.is_empty() {
        header.push_str(&format!("\n\nNot replayed ({}):\n", not_replayed.len()));
        header.push_str(&not_replayed.join("\n"));
    }
    let header = docs::inner(&header);
    render(quote! {
        #header
        use ::postgen_runtime::testing::*;
        #(#tests)*
    })
    .map(Some)
}

/// The sample as JSON text, placeholders filled (copying the sample only when it has any:
/// samples can be megabytes).
pub(super) fn sample_json(sample: &Sample) -> Result<String, Error> {
    let text = if has_placeholders(&sample.value) {
        serde_json::to_string(&fill_placeholders(&sample.value))
    } else {
        serde_json::to_string(&sample.value)
    };
    text.map_err(|e| Error::Internal(format!("sample does not re-serialize: {e}")))
}
