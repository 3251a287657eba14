//! `tests/examples.rs` of the generated crate: every saved JSON example (success responses,
//! error responses and request bodies) decoded into its generated type and encoded back to
//! the same JSON; error examples must also land in their status's variant.
//!
//! This is the proof that inferred types fit the API's own examples; it runs with the
//! generated crate's tests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::{dedupe_idents, snake_ident, snake_word};
use crate::ir::placeholders::{fill_placeholders, has_placeholders};
use crate::ir::{Api, BodyKind, StatusBodyKind, ExampleBody, Sample, SuccessBody, TypeRef};

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
    // Examples decoded by status (errors, and successes that differ by status), with the
    // runtime check to call for each.
    let mut error_cases: Vec<(String, String, u16, &str, &str, &Sample, &str)> = Vec::new();
    for op in &api.operations {
        let by_status = [
            (op.errors.as_ref(), "error", "Error example", "round_trip_error"),
            (
                match &op.success {
                    SuccessBody::ByStatus(responses) => Some(responses),
                    _ => None,
                },
                "response",
                "Example",
                "round_trip_status",
            ),
        ];
        for (responses, role, label, check) in by_status {
            let Some(responses) = responses else { continue };
            for (i, example) in op.responses.iter().enumerate() {
                let (Some(status), ExampleBody::Json(sample)) = (example.status, &example.body) else { continue };
                let Some(entry) = responses.statuses.iter().find(|e| e.status == status) else { continue };
                if !matches!(entry.body, StatusBodyKind::Json(_)) {
                    continue;
                }
                let slug: String = snake_word(&example.name).chars().take(40).collect();
                error_cases.push((
                    format!("{}_{role}_{i}_{slug}", op.name),
                    format!("{label} \"{}\" ({status}) of `{}`", example.name.trim(), op.name),
                    status,
                    &responses.type_name,
                    &entry.variant,
                    sample,
                    check,
                ));
            }
        }
    }
    if cases.is_empty() && error_cases.is_empty() {
        return Ok(None);
    }
    let mut names: Vec<String> = cases
        .iter()
        .map(|(name, ..)| name)
        .chain(error_cases.iter().map(|(name, ..)| name))
        .map(|name| snake_ident(name).trim_start_matches("r#").to_owned())
        .collect();
    dedupe_idents(&mut names);
    let error_names = names.split_off(cases.len());
    let mut tests = Vec::with_capacity(cases.len());
    for ((_, what, ty, sample), name) in cases.into_iter().zip(names) {
        let test = ident(&name)?;
        let ty = type_tokens(ty, &named)?;
        let json = sample_json(sample)?;
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
    for ((_, what, status, type_name, variant, sample, check), name) in error_cases.into_iter().zip(error_names) {
        let test = ident(&name)?;
        let check = ident(check)?;
        let ty = named(type_name)?;
        let variant = ident(variant)?;
        let status = proc_macro2::Literal::u16_unsuffixed(status);
        let json = sample_json(sample)?;
        let doc = docs::outer(&format!("{what}, at `{}`.", sample.pointer.as_str()));
        tests.push(quote! {
            #doc
            #[test]
            fn #test() {
                match ::postgen_runtime::testing::#check::<#ty>(#status, #json) {
                    ::std::result::Result::Ok(#ty::#variant(..)) => {}
                    ::std::result::Result::Ok(other) => panic!("decoded as the wrong variant: {other:?}"),
                    ::std::result::Result::Err(e) => panic!("{e}"),
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

/// The sample as JSON text, placeholders filled (copying the sample only when it has any:
/// samples can be megabytes).
fn sample_json(sample: &Sample) -> Result<String, Error> {
    let text = if has_placeholders(&sample.value) {
        serde_json::to_string(&fill_placeholders(&sample.value))
    } else {
        serde_json::to_string(&sample.value)
    };
    text.map_err(|e| Error::Internal(format!("sample does not re-serialize: {e}")))
}
