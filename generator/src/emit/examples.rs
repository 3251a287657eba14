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
use crate::ir::names::{claim_unique, snake_ident, snake_word};
use crate::ir::placeholders::{fill_placeholders, has_placeholders};
use crate::ir::{Api, BodyKind, Operation, Sample};

use super::docs;
use super::example_call::example_test;
use super::tokens::{FileRenderer, ident, render, str_literal, type_tokens};

/// The tests of a run of operations, each rendered as soon as it is built (the file holds
/// every example body verbatim: the biggest of the crate), named uniquely in order.
struct Tests {
    file: FileRenderer,
    names: BTreeSet<String>,
    count: usize,
    /// One line per example that is not replayed, and why.
    not_replayed: Vec<String>,
    /// Whether a test names a type of the crate (`types::…`), or calls the `Client`: the
    /// file imports only what its tests use.
    uses_types: bool,
    uses_client: bool,
}

impl Tests {
    /// Appends the test `name` (made unique: a repeat gets `_` appended) with `doc` and `body`.
    fn push(&mut self, name: &str, doc: &str, body: TokenStream) -> Result<(), Error> {
        let name = claim_unique(&mut self.names, snake_ident(name).trim_start_matches("r#").to_owned());
        let test = ident(&name)?;
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
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    examples_file_in(api, threads)
}

/// [`examples_file`] rendered by `threads` threads, each taking a run of operations of about
/// the same number of examples; the runs' texts are joined in order. Test names are made
/// unique within a run; when runs' names are disjoint (operation names are unique, so they
/// practically always are) that is exactly what one pass would give, otherwise the file is
/// rendered again in one pass. Either way the text does not depend on the thread count.
fn examples_file_in(api: &Api, threads: usize) -> Result<Option<String>, Error> {
    let runs = split_by_examples(&api.operations, threads);
    let mut parts: Vec<Tests> = if runs.len() <= 1 {
        vec![tests_of(api, &api.operations)?]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = runs.iter().map(|ops| scope.spawn(|| tests_of(api, ops))).collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|_| Err(Error::Internal("rendering example tests panicked".into()))))
                .collect::<Result<Vec<_>, Error>>()
        })?
    };
    let mut all = BTreeSet::new();
    let disjoint = parts.iter().flat_map(|p| &p.names).all(|name| all.insert(name));
    if !disjoint {
        parts = vec![tests_of(api, &api.operations)?];
    }
    if parts.iter().all(|p| p.count == 0) {
        return Ok(None);
    }
    let not_replayed: Vec<&String> = parts.iter().flat_map(|p| &p.not_replayed).collect();
    let crate_ident = ident(&api.lib_name())?;
    let mut imports = Vec::new();
    if parts.iter().any(|p| p.uses_types) {
        imports.push(quote!(types));
    }
    if parts.iter().any(|p| p.uses_client) {
        imports.push(quote!(Client));
    }
    // The crate's names are imported, not spelled `::crate::…` in every test; nothing else
    // is in scope, so the prelude's `Some`, `String`, `Default` mean what they say.
    let imports = (!imports.is_empty()).then(|| quote!(use ::#crate_ident::{#(#imports),*};));
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
        let lines: Vec<&str> = not_replayed.iter().map(|l| l.as_str()).collect();
        header.push_str(&lines.join("\n"));
    }
    let header = docs::inner(&header);
    // The header names the examples not replayed, known only now: it goes in front.
    let header = render(quote! {
        #header
        use ::postgen_runtime::testing::*;
        #imports
    })?;
    let parts: Vec<String> = parts.into_iter().map(|part| part.file.finish()).collect();
    // Sized up front: the file can be hundreds of megabytes.
    let mut text = String::with_capacity(header.len() + parts.iter().map(String::len).sum::<usize>());
    text.push_str(&header);
    for part in parts {
        text.push_str(&part);
    }
    Ok(Some(text))
}

/// `ops` cut into at most `runs` consecutive runs of about the same number of examples.
fn split_by_examples(ops: &[Operation], runs: usize) -> Vec<&[Operation]> {
    let weight = |op: &Operation| {
        let samples = match op.body.as_ref().map(|b| &b.kind) {
            Some(BodyKind::Json { samples, .. }) => samples.len(),
            _ => 0,
        };
        1 + op.responses.len() + samples
    };
    let total: usize = ops.iter().map(weight).sum();
    let runs = runs.max(1);
    let mut out = Vec::with_capacity(runs);
    let (mut start, mut acc) = (0, 0);
    for (i, op) in ops.iter().enumerate() {
        acc += weight(op);
        // Close run k once it holds its share of the examples.
        if acc * runs >= total * (out.len() + 1) && out.len() + 1 < runs {
            out.push(&ops[start..=i]);
            start = i + 1;
        }
    }
    if start < ops.len() || out.is_empty() {
        out.push(&ops[start..]);
    }
    out
}

/// The tests of `ops`, in order.
fn tests_of(api: &Api, ops: &[Operation]) -> Result<Tests, Error> {
    let uses_types = std::cell::Cell::new(false);
    let named = |name: &str| -> Result<TokenStream, Error> {
        let id = ident(name)?;
        uses_types.set(true);
        Ok(quote!(types::#id))
    };
    let mut tests = Tests {
        file: FileRenderer::empty(),
        names: BTreeSet::new(),
        count: 0,
        not_replayed: Vec::new(),
        uses_types: false,
        uses_client: false,
    };
    for op in ops {
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
                    if let Err(e) = round_trip::<#ty>(#json) {
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
                    tests.uses_client = true;
                    let slug: String = snake_word(&example.name).chars().take(40).collect();
                    let doc = format!("{what}: replayed by a loopback server.");
                    tests.push(&format!("{}_example_{i}_{slug}", op.name), &doc, body)?;
                }
                Err(reason) => tests.not_replayed.push(format!("- {what}: {reason}.")),
            }
        }
    }
    tests.uses_types = uses_types.get();
    Ok(tests)
}

/// The sample as JSON text, placeholders filled (parsing the sample only when it may have
/// any: a placeholder is a string starting with `<`, so its text has `"<`).
pub(super) fn sample_json(sample: &Sample) -> Result<String, Error> {
    if !sample.json().contains("\"<") {
        return Ok(sample.json().to_owned());
    }
    let value = sample.value();
    if !has_placeholders(&value) {
        return Ok(sample.json().to_owned());
    }
    serde_json::to_string(&fill_placeholders(&value))
        .map_err(|e| Error::Internal(format!("sample does not re-serialize: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GenerateOptions;

    /// The example tests of the Zoho seeds, generated once.
    fn zoho() -> Api {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../collections/zoho-crm");
        let options = GenerateOptions::for_api_dir(&dir, &dir.join("unused"));
        crate::generate::api_for_tests(&options).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_text_does_not_depend_on_the_thread_count() {
        let api = zoho();
        let one = examples_file_in(&api, 1).unwrap_or_else(|e| panic!("{e}"));
        assert!(one.as_deref().is_some_and(|t| t.matches("#[test]").count() > 20));
        for threads in [2, 3, 7, 100] {
            assert_eq!(examples_file_in(&api, threads).unwrap_or_else(|e| panic!("{e}")), one, "{threads} threads");
        }
    }

    #[test]
    fn runs_cover_every_operation_in_order() {
        let api = zoho();
        for runs in [1, 2, 3, 5, 50] {
            let split = split_by_examples(&api.operations, runs);
            assert!(split.len() <= runs && !split.is_empty());
            let names: Vec<&str> = split.iter().flat_map(|r| r.iter()).map(|op| op.name.as_str()).collect();
            let all: Vec<&str> = api.operations.iter().map(|op| op.name.as_str()).collect();
            assert_eq!(names, all, "{runs} runs");
        }
    }
}
