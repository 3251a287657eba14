//! `tests/examples.rs` and `tests/examples.json` of the generated crate.
//!
//! Every saved example response is replayed: a loopback server answers with the example's
//! status, headers and body, the generated method is called with the example's request, the
//! request it sent is checked, and the outcome must be the variant the status calls for with
//! a body that encodes back to the example's. Every JSON request body sample is also decoded
//! into its type and encoded back. This is the proof that the inferred types fit the API's
//! own examples; it runs with the generated crate's tests.
//!
//! The examples are data (`examples.json`: answers, expected requests, argument values,
//! expected outcomes), written as text without a syntax tree; the Rust is a replay function
//! per operation and a one-line `#[test]` per example calling it, so a crate's test code
//! grows with its operations, not with its examples' bodies.

use std::borrow::Cow;
use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::{claim_unique, snake_ident, snake_word};
use crate::ir::placeholders::{fill_placeholders, has_placeholders};
use crate::ir::{Api, BodyKind, ExampleBody, Operation, ResponseExample, Sample};

use super::docs;
use super::example_call::{example_data, replay_call};
use super::example_expect::outcome_check;
use super::json_text::push_string;
use super::tokens::{FileRenderer, ident, render, type_tokens};

/// The tests of a run of operations, each rendered as soon as it is built, named uniquely in
/// order, and their data.
struct Tests {
    file: FileRenderer,
    /// The run's entries of `examples.json` (`"op": {…}`), joined by `,\n`, after whatever
    /// the buffer held (the first run's starts with the file's `{`).
    data: String,
    /// How many entries `data` has.
    entries: usize,
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
    /// Claims a unique function name for `name` (a repeat gets `_` appended).
    fn claim(&mut self, name: &str) -> String {
        // Names are made of snake-case words already (one per saved example: skipping the
        // case conversion for those is measurable at 100k examples).
        let name = if is_plain_snake(name) { name.to_owned() } else { snake_ident(name).trim_start_matches("r#").to_owned() };
        claim_unique(&mut self.names, name)
    }

    /// Appends the test `name` (made unique) calling `helper(index)`.
    fn push(&mut self, name: &str, helper: &proc_macro2::Ident, index: usize) -> Result<(), Error> {
        let test = self.claim(name);
        self.count += 1;
        // Only a plain snake-case name goes into the template as it is (one made unique with a
        // trailing `_`, or converted, goes through `ident`).
        let template = is_plain_snake(&test).then(|| one_line_test(&test, &format!("{helper}({index});"))).flatten();
        match template {
            Some(rendered) => {
                self.file.push_text(&rendered);
                Ok(())
            }
            None => {
                let test = ident(&test)?;
                let index = proc_macro2::Literal::usize_unsuffixed(index);
                self.file.push(quote! {
                    #[test]
                    fn #test() {
                        #helper(#index);
                    }
                })
            }
        }
    }
}

/// The longest line [`one_line_test`] writes itself: prettyplease's margin, within which it
/// never breaks a line (a unit test checks the text against prettyplease up to it).
const ONE_LINE: usize = 89;

/// `#[test] fn name() { statement }` exactly as prettyplease prints it, written from the
/// template when the lines are short enough that prettyplease keeps them whole; else `None`
/// (the caller renders it). There is one such test per saved example, and at 100k examples
/// parsing and printing them took a fifth of the generation.
fn one_line_test(name: &str, statement: &str) -> Option<String> {
    (name.len() <= ONE_LINE && statement.len() + 4 <= ONE_LINE && !statement.contains('\n'))
        .then(|| format!("#[test]\nfn {name}() {{\n    {statement}\n}}\n"))
}

/// The example tests of a crate: `tests/examples.rs` and the data it reads.
#[derive(Debug, PartialEq, Eq)]
pub struct ExampleTests {
    /// `tests/examples.rs`.
    pub code: String,
    /// `tests/examples.json`.
    pub data: String,
}

/// Renders the example tests, or nothing when the API has no example to check.
pub fn examples_file(api: &Api) -> Result<Option<ExampleTests>, Error> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    examples_file_in(api, threads)
}

/// [`examples_file`] rendered by `threads` threads, each taking a run of operations of about
/// the same number of examples; the runs' texts are joined in order. Names are made unique
/// within a run; when runs' names are disjoint (operation names are unique, so they
/// practically always are) that is exactly what one pass would give, otherwise the file is
/// rendered again in one pass. Either way the text does not depend on the thread count.
fn examples_file_in(api: &Api, threads: usize) -> Result<Option<ExampleTests>, Error> {
    let runs = split_by_examples(&api.operations, threads);
    let mut parts: Vec<Tests> = if runs.len() <= 1 {
        vec![tests_of(api, &api.operations, data_start(&api.operations))?]
    } else {
        std::thread::scope(|scope| {
            // The first run's buffer is sized for the whole file: the others are appended to it.
            let handles: Vec<_> = runs
                .iter()
                .enumerate()
                .map(|(i, ops)| {
                    let data = if i == 0 { data_start(&api.operations) } else { String::with_capacity(data_estimate(ops)) };
                    scope.spawn(|| tests_of(api, ops, data))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|_| Err(Error::Internal("rendering example tests panicked".into()))))
                .collect::<Result<Vec<_>, Error>>()
        })?
    };
    let disjoint = parts.iter().enumerate().all(|(i, part)| {
        part.names.iter().all(|name| parts[..i].iter().all(|earlier| !earlier.names.contains(name)))
    });
    if !disjoint {
        parts = vec![tests_of(api, &api.operations, data_start(&api.operations))?];
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
         request body sample is also decoded and encoded back. Each request item's own \
         request is sent too (`…_item_request`, answered with HTTP 418 and no body, which the \
         method must report as an error). `\"<integer>\"`-style type placeholders are replaced \
         by a value of the kind they name.\n\n\
         The examples are data, in `examples.json` beside this file: each test replays one by \
         the index it has among its operation's saved responses, through its operation's replay \
         function, which builds the method's arguments from the example's request, calls the \
         method against the loopback server and checks the outcome by the kind of the \
         operation's success.",
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
        /// The saved examples, parsed on first use.
        static EXAMPLES: SavedExamples = SavedExamples::new(include_str!("examples.json"));
    })?;
    // Each buffer is allocated once, at its final size: at 100k examples the data is over
    // 100 MB, and growing it by doubling touched twice that in fresh pages.
    let mut code = String::with_capacity(header.len() + parts.iter().map(|p| p.file.as_str().len()).sum::<usize>());
    code.push_str(&header);
    let mut parts = parts.into_iter();
    let (mut data, mut entries) = match parts.next() {
        Some(first) => {
            code.push_str(first.file.as_str());
            (first.data, first.entries)
        }
        None => (data_start(&[]), 0),
    };
    data.reserve(parts.as_slice().iter().map(|p| p.data.len() + 2).sum::<usize>() + 4);
    for part in parts {
        code.push_str(part.file.as_str());
        if part.entries > 0 {
            if entries > 0 {
                data.push_str(",\n");
            }
            entries += part.entries;
            data.push_str(&part.data);
        }
    }
    data.push_str("\n}\n");
    Ok(Some(ExampleTests { code, data }))
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

/// The tests of `ops`, in order, and their data.
fn tests_of(api: &Api, ops: &[Operation], data: String) -> Result<Tests, Error> {
    let uses_types = std::cell::Cell::new(false);
    let named = |name: &str| -> Result<TokenStream, Error> {
        let id = ident(name)?;
        uses_types.set(true);
        Ok(quote!(types::#id))
    };
    let mut tests = Tests {
        file: FileRenderer::empty(),
        data,
        entries: 0,
        names: BTreeSet::new(),
        count: 0,
        not_replayed: Vec::new(),
        uses_types: false,
        uses_client: false,
    };
    for op in ops {
        let op_name = &op.name;
        // The entry is written in place (the bodies are most of the text: each is copied
        // once); one with neither requests nor examples is taken back.
        let entry_start = tests.data.len();
        if tests.entries > 0 {
            tests.data.push_str(",\n");
        }
        tests.data.push_str("  ");
        push_string(&mut tests.data, op_name);
        tests.data.push_str(": {\n    \"requests\": [");
        let mut any_request = false;
        if let Some(body) = &op.body
            && let BodyKind::Json { samples, ty: Some(ty) } = &body.kind
        {
            let ty = type_tokens(ty, &named)?;
            let helper = ident(&tests.claim(&format!("{op_name}_request")))?;
            let doc = docs::outer(&format!("Round-trips request body sample `index` of `{op_name}`."));
            tests.file.push(quote! {
                #doc
                fn #helper(index: usize) {
                    EXAMPLES.request_body::<#ty>(#op_name, index);
                }
            })?;
            for (i, sample) in samples.iter().enumerate() {
                let mut at = sample.pointer.as_str().to_owned();
                if sample.repaired {
                    at.push_str(" (repaired: `{{var}}` placeholders read as null)");
                }
                tests.data.push_str(if any_request { ",\n" } else { "\n" });
                any_request = true;
                tests.data.push_str("      {\"at\": ");
                push_string(&mut tests.data, &at);
                tests.data.push_str(", \"json\": ");
                tests.data.push_str(&sample_json(sample)?);
                tests.data.push('}');
                tests.push(&format!("{op_name}_request_{i}"), &helper, i)?;
            }
        }
        close_list(&mut tests.data, any_request);
        tests.data.push_str(",\n    \"examples\": [");
        let mut replayed = Vec::new();
        for (i, example) in op.responses.iter().enumerate() {
            let before = tests.data.len();
            tests.data.push_str(if replayed.is_empty() { "\n" } else { ",\n" });
            match example_data(&mut tests.data, api, op, example, i, "      ")? {
                Ok(()) => replayed.push((i, example)),
                Err(reason) => {
                    tests.data.truncate(before);
                    let status = example.status.map_or_else(|| "no status".to_owned(), |s| s.to_string());
                    let what = format!("Example \"{}\" ({status}) of `{op_name}`, at `{}`", example.name.trim(), example.pointer.as_str());
                    tests.not_replayed.push(format!("- {what}: {reason}."));
                }
            }
        }
        // The item's own request too, answered with an error status nobody documents: the
        // request is what is checked (every item is checked on the wire, not only the ones
        // with saved examples).
        let own = own_request_example(op);
        let own_index = op.responses.len();
        if let Some(own) = &own {
            let before = tests.data.len();
            tests.data.push_str(if replayed.is_empty() { "\n" } else { ",\n" });
            match example_data(&mut tests.data, api, op, own, own_index, "      ")? {
                Ok(()) => replayed.push((own_index, own)),
                Err(_) => tests.data.truncate(before),
            }
        }
        close_list(&mut tests.data, !replayed.is_empty());
        tests.data.push_str("\n  }");
        if !any_request && replayed.is_empty() {
            tests.data.truncate(entry_start);
        } else {
            tests.entries += 1;
        }
        if !replayed.is_empty() {
            tests.uses_client = true;
            let replay = ident(&tests.claim(op_name))?;
            let call = replay_call(op, &named)?;
            let check = outcome_check(api, op)?;
            // What a replay does is said once, in the file's docs.
            let doc = docs::outer(&format!("Replays saved example `index` of `{op_name}`."));
            tests.file.push(quote! {
                #doc
                fn #replay(index: usize) {
                    EXAMPLES.replay(#op_name, index, |ex| {
                        #call
                        #check
                    });
                }
            })?;
            for (i, example) in replayed {
                if i == own_index {
                    tests.push(&format!("{op_name}_item_request"), &replay, i)?;
                    continue;
                }
                let slug: String = snake_word(&example.name).chars().take(40).collect();
                tests.push(&format!("{op_name}_example_{i}_{slug}"), &replay, i)?;
            }
        }
    }
    tests.uses_types = uses_types.get();
    Ok(tests)
}

/// The status the loopback server answers an item's own request with: an error no API
/// documents, so every method reads it as an error whatever its success type.
const OWN_REQUEST_STATUS: u16 = 418;

/// The item's own request as an example answered by [`OWN_REQUEST_STATUS`] without a body.
fn own_request_example(op: &Operation) -> Option<ResponseExample> {
    Some(ResponseExample {
        name: "the item's own request".to_owned(),
        status: Some(OWN_REQUEST_STATUS),
        content_type: None,
        body: ExampleBody::Empty,
        headers: Vec::new(),
        request: Some(op.own_request.clone()?),
        pointer: op.source.clone(),
    })
}

/// Lower-case ASCII words and digits joined by single `_`, starting with a letter: already a
/// snake-case identifier (no keyword has a `_`, and a single word goes through `snake_ident`).
fn is_plain_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.contains('_')
        && !name.ends_with('_')
        && !name.contains("__")
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The buffer of the first run: the file's opening brace, room for the whole file.
fn data_start(all: &[Operation]) -> String {
    let mut data = String::with_capacity(8 + data_estimate(all));
    data.push_str("{\n");
    data
}

/// About the length of the data of `ops` (their bodies, and a few hundred bytes more per
/// example), so that the buffer is allocated once: growing a buffer of a hundred megabytes by
/// doubling copies it and faults in twice its pages, and pages reserved but never written
/// cost nothing.
fn data_estimate(ops: &[Operation]) -> usize {
    let body = |body: &ExampleBody| match body {
        ExampleBody::Json(sample) => sample.json().len(),
        // Escaped as a JSON string: most text needs a few escapes.
        ExampleBody::Text(text) | ExampleBody::Binary(text) => text.len() + text.len() / 8,
        ExampleBody::Empty => 0,
    };
    let samples = |op: &Operation| match op.body.as_ref().map(|b| &b.kind) {
        Some(BodyKind::Json { samples, .. }) => samples.iter().map(|s| s.json().len() + 128).sum(),
        _ => 0,
    };
    ops.iter().map(|op| 128 + samples(op) + op.responses.iter().map(|r| 1024 + body(&r.body)).sum::<usize>()).sum()
}

/// Ends a list of items written one per line (already indented) after its `[`.
fn close_list(out: &mut String, any: bool) {
    if any {
        out.push_str("\n    ");
    }
    out.push(']');
}

/// The sample as JSON text, placeholders filled (parsing the sample only when it may have
/// any: a placeholder is a string starting with `<`, so its text has `"<`).
pub(super) fn sample_json(sample: &Sample) -> Result<Cow<'_, str>, Error> {
    if !sample.json().contains("\"<") {
        return Ok(Cow::Borrowed(sample.json()));
    }
    let value = sample.value();
    if !has_placeholders(&value) {
        return Ok(Cow::Borrowed(sample.json()));
    }
    serde_json::to_string(&fill_placeholders(&value))
        .map(Cow::Owned)
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
        assert!(one.as_ref().is_some_and(|t| t.code.matches("#[test]").count() > 20 && t.data.matches("\"index\"").count() > 10));
        for threads in [2, 3, 7, 100] {
            assert_eq!(examples_file_in(&api, threads).unwrap_or_else(|e| panic!("{e}")), one, "{threads} threads");
        }
    }

    #[test]
    fn one_line_tests_are_written_as_prettyplease_prints_them() {
        let mut written = 0;
        for len in 1..=130 {
            let name: String = "a_b".chars().cycle().take(len).collect();
            let name = name.trim_end_matches('_').to_owned() + "1";
            let helper = ident(&name[..name.len().min(100)]).unwrap_or_else(|e| panic!("{e}"));
            let test = ident(&name).unwrap_or_else(|e| panic!("{e}"));
            let rendered = render(quote!(#[test] fn #test() { #helper(12345); })).unwrap_or_else(|e| panic!("{e}"));
            if let Some(template) = one_line_test(&name, &format!("{helper}(12345);")) {
                assert_eq!(template, rendered, "{name}");
                written += 1;
            }
        }
        assert!(written >= 70, "the template covers the usual lengths ({written})");
    }

    #[test]
    fn plain_snake_names_skip_the_case_conversion_without_changing_it() {
        for name in ["get_users_example_3_with_optional_fields_3", "a_request_0", "v2_users_example_10_x1y"] {
            assert!(is_plain_snake(name), "{name}");
            assert_eq!(snake_ident(name), name);
        }
        for name in ["type", "Get_users", "a__b", "a_", "_a", "1_a", "a-b_c"] {
            assert!(!is_plain_snake(name), "{name}");
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
