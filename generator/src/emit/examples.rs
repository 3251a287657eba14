//! `tests/examples.rs` of the generated crate.
//!
//! Every saved example response is replayed: a loopback server answers with the example's
//! status, headers and body, the generated method is called with the example's request, the
//! request it sent is checked, and the outcome must be the variant the status calls for with
//! a body that encodes back to the example's. Every JSON request body sample is also decoded
//! into its type and encoded back. This is the proof that the inferred types fit the API's
//! own examples; it runs with the generated crate's tests.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::{snake_ident, snake_word};
use crate::ir::placeholders::{fill_placeholders, has_placeholders};
use crate::ir::{Api, BodyKind, Sample};

use super::docs;
use super::example_call::example_test;
use super::tokens::{FileRenderer, ident, render, str_literal, type_tokens};

/// The tests, each rendered as soon as it is built (the file holds every example body
/// verbatim: the biggest of the crate), named uniquely in order.
struct Tests {
    file: FileRenderer,
    names: BTreeSet<String>,
    count: usize,
}

impl Tests {
    /// Appends the test `name` (made unique: a repeat gets `_` appended) with `doc` and `body`.
    fn push(&mut self, name: &str, doc: &str, body: TokenStream) -> Result<(), Error> {
        let mut name = snake_ident(name).trim_start_matches("r#").to_owned();
        while self.names.contains(&name) {
            name.push('_');
        }
        let test = ident(&name)?;
        self.names.insert(name);
        let doc = docs::outer(doc);
        self.count += 1;
        self.file.push(quote! {
            #doc
            #[test]
            fn #test() {
                #body
            }
        })
    }
}

/// Renders `tests/examples.rs`, or nothing when the API has no example to check.
pub fn examples_file(api: &Api) -> Result<Option<String>, Error> {
    let crate_ident = ident(&api.lib_name())?;
    let named = |name: &str| -> Result<TokenStream, Error> {
        let id = ident(name)?;
        Ok(quote!(::#crate_ident::types::#id))
    };
    let mut tests = Tests { file: FileRenderer::empty(), names: BTreeSet::new(), count: 0 };
    let mut not_replayed: Vec<String> = Vec::new();
    for op in &api.operations {
        if let Some(body) = &op.body
            && let BodyKind::Json { samples, ty: Some(ty) } = &body.kind
        {
            let ty = type_tokens(ty, &named)?;
            for (i, sample) in samples.iter().enumerate() {
                let json = str_literal(&sample_json(sample)?);
                let doc = format!(
                    "Request body sample of `{}`, at `{}`{}: decoded and encoded back.",
                    op.name,
                    sample.pointer.as_str(),
                    if sample.repaired { " (repaired: `{{var}}` placeholders read as null)" } else { "" }
                );
                let body = quote! {
                    if let ::std::result::Result::Err(e) = round_trip::<#ty>(#json) {
                        panic!("{e}");
                    }
                };
                tests.push(&format!("{}_request_{i}", op.name), &doc, body)?;
            }
        }
        for (i, example) in op.responses.iter().enumerate() {
            let status = example.status.map_or_else(|| "no status".to_owned(), |s| s.to_string());
            let what = format!("Example \"{}\" ({status}) of `{}`, at `{}`", example.name.trim(), op.name, example.pointer.as_str());
            match example_test(api, op, example, &named)? {
                Ok(body) => {
                    let slug: String = snake_word(&example.name).chars().take(40).collect();
                    let doc = format!("{what}: replayed by a loopback server.");
                    tests.push(&format!("{}_example_{i}_{slug}", op.name), &doc, body)?;
                }
                Err(reason) => not_replayed.push(format!("- {what}: {reason}.")),
            }
        }
    }
    if tests.count == 0 {
        return Ok(None);
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
    // The header names the examples not replayed, known only now: it goes in front.
    let mut text = render(quote! {
        #header
        use ::postgen_runtime::testing::*;
    })?;
    text.push_str(&tests.file.finish());
    Ok(Some(text))
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
