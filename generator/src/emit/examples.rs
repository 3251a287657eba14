//! `tests/examples.rs` of the generated crate: every saved JSON example (success responses
//! and request bodies) decoded into its generated type and encoded back to the same JSON.
//!
//! This is the proof that inferred types fit the API's own examples; it runs with the
//! generated crate's tests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::{dedupe_idents, snake_ident, snake_word};
use crate::ir::placeholders::fill_placeholders;
use crate::ir::{Api, BodyKind, ExampleBody, Sample, SuccessBody, TypeRef};

use super::docs;
use super::tokens::{ident, render, type_tokens};

/// Renders `tests/examples.rs`, or nothing when the API has no JSON example to check.
pub fn examples_file(api: &Api) -> Result<Option<String>, Error> {
    let crate_ident = ident(&api.crate_name.replace('-', "_"))?;
    let named = |name: &str| -> Result<TokenStream, Error> {
        let id = ident(name)?;
        Ok(quote!(::#crate_ident::types::#id))
    };
    let mut cases: Vec<(String, String, &TypeRef, &Sample)> = Vec::new();
    for op in &api.operations {
        if let Some(body) = &op.body
            && let BodyKind::Json { samples, ty: Some(ty) } = &body.kind
        {
            for (i, sample) in samples.iter().enumerate() {
                cases.push((format!("{}_request_{i}", op.name), format!("Request body sample of `{}`", op.name), ty, sample));
            }
        }
        if let SuccessBody::Json(ty) = &op.success {
            for (i, example) in op.success_examples().into_iter().enumerate() {
                if let ExampleBody::Json(sample) = &example.body {
                    let slug: String = snake_word(&example.name).chars().take(40).collect();
                    let status = example.status.map_or_else(|| "saved".to_owned(), |s| s.to_string());
                    cases.push((
                        format!("{}_response_{i}_{slug}", op.name),
                        format!("Example \"{}\" ({status}) of `{}`", example.name.trim(), op.name),
                        ty,
                        sample,
                    ));
                }
            }
        }
    }
    if cases.is_empty() {
        return Ok(None);
    }
    let mut names: Vec<String> = cases.iter().map(|(name, ..)| snake_ident(name).trim_start_matches("r#").to_owned()).collect();
    dedupe_idents(&mut names);
    let mut tests = Vec::with_capacity(cases.len());
    for ((_, what, ty, sample), name) in cases.into_iter().zip(names) {
        let test = ident(&name)?;
        let ty = type_tokens(ty, &named)?;
        let json = serde_json::to_string(&fill_placeholders(&sample.value))
            .map_err(|e| Error::Internal(format!("sample does not re-serialize: {e}")))?;
        let doc = docs::outer(&format!(
            "{what}, at `{}`{}.",
            sample.pointer.as_str(),
            if sample.repaired { " (repaired: `{{var}}` placeholders read as null)" } else { "" }
        ));
        tests.push(quote! {
            #doc
            #[test]
            fn #test() {
                if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<#ty>(#json) {
                    panic!("{e}");
                }
            }
        });
    }
    render(quote! {
        //! Every saved JSON example of the collection, decoded into its generated type and
        //! encoded back: the re-encoded JSON must equal the example (key order aside).
        //! `"<integer>"`-style type placeholders are replaced by a value of the kind they name.
        #(#tests)*
    })
    .map(Some)
}
