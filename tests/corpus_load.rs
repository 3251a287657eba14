//! Loads every Postman collection of the shared corpus and checks the loader's request and
//! example counts against the independently measured `MANIFEST.tsv` (written by
//! `corpus/stats.py`). Also reports how many JSON-looking bodies parse strictly, parse only
//! after repair, or not at all (run with `--nocapture` to see the figures).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use postgen::postman::{self, Body, Collection, Item, RequestItem, SavedBody};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus")
}

/// Manifest rows as column name → value maps.
fn manifest() -> Vec<HashMap<String, String>> {
    let path = corpus_dir().join("MANIFEST.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("manifest header")
        .split('\t')
        .map(str::to_string)
        .collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split('\t').map(str::to_string))
                .collect()
        })
        .collect()
}

fn request_items<'a>(items: &'a [Item], out: &mut Vec<&'a RequestItem>) {
    for item in items {
        match item {
            Item::Folder(folder) => request_items(&folder.items, out),
            Item::Request(request) => out.push(request),
        }
    }
}

/// strict / repaired / failed counts of JSON-looking texts.
#[derive(Default, Debug, Clone, Copy, PartialEq)]
struct JsonFigures {
    strict: usize,
    repaired: usize,
    failed: usize,
}

impl JsonFigures {
    fn add(&mut self, text: &str) {
        match postman::parse_json_lenient(text) {
            Some(r) if !r.repaired => self.strict += 1,
            Some(_) => self.repaired += 1,
            None => self.failed += 1,
        }
    }

    fn total(&self) -> usize {
        self.strict + self.repaired + self.failed
    }
}

/// Same rule as stats.py: a non-empty raw body declared `json` or starting with `{`/`[`.
fn looks_json(text: &str, language: Option<&str>) -> bool {
    let t = text.trim();
    !t.is_empty() && (language == Some("json") || t.starts_with('{') || t.starts_with('['))
}

fn body_figures(requests: &[&RequestItem]) -> (JsonFigures, JsonFigures) {
    let (mut bodies, mut examples) = (JsonFigures::default(), JsonFigures::default());
    for item in requests {
        match &item.request.body {
            Some(Body::Raw { text, language }) if looks_json(text, language.as_deref()) => {
                bodies.add(text)
            }
            _ => {}
        }
        for response in &item.responses {
            match &response.body {
                // An object or array that read as JSON while loading.
                Some(SavedBody::Json(json)) if json.repaired => examples.repaired += 1,
                Some(SavedBody::Json(_)) => examples.strict += 1,
                Some(SavedBody::Text { text, .. }) if looks_json(text, response.preview_language.as_deref()) => {
                    examples.add(text)
                }
                _ => {}
            }
        }
    }
    (bodies, examples)
}

/// The manifest's count of JSON-looking raw bodies that Python's `json.loads` rejected.
fn manifest_invalid_bodies(row: &HashMap<String, String>) -> usize {
    let features = row
        .get("notable_features")
        .map(String::as_str)
        .unwrap_or_default();
    let features = features
        .rsplit_once("|| ")
        .map_or(features, |(_, measured)| measured);
    features
        .split("; ")
        .filter_map(|f| f.split_once('='))
        .filter(|(k, _)| *k == "var_invalid_json_bodies" || *k == "other_invalid_json_bodies")
        .filter_map(|(_, v)| v.parse::<usize>().ok())
        .sum()
}

#[test]
fn corpus_loads_with_manifest_counts() {
    let dir = corpus_dir();
    let (mut loaded, mut v1_checked) = (0usize, 0usize);
    let (mut total_requests, mut total_examples, mut total_responses) = (0usize, 0usize, 0usize);
    let (mut all_bodies, mut all_examples) = (JsonFigures::default(), JsonFigures::default());
    let mut mismatches = Vec::new();

    for row in manifest() {
        let Some(expected_requests) = row
            .get("requests_count")
            .and_then(|c| c.parse::<usize>().ok())
        else {
            continue;
        };
        let local = &row["local_file"];
        let path = dir.join(local);
        let file_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();

        if row.get("schema_version").map(String::as_str) == Some("v1") {
            let err = match postman::load_file(&path) {
                Ok(_) => panic!("{local}: a v1 collection must be refused"),
                Err(e) => e.to_string(),
            };
            assert!(
                err.contains("v1"),
                "{local}: message should mention v1: {err}"
            );
            assert!(
                err.contains(&file_name),
                "{local}: message should name the file: {err}"
            );
            v1_checked += 1;
            continue;
        }

        let collection: Collection =
            postman::load_file(&path).unwrap_or_else(|e| panic!("{local}: {e}"));
        let mut requests = Vec::new();
        request_items(&collection.items, &mut requests);
        let examples = requests
            .iter()
            .flat_map(|r| &r.responses)
            .filter(|r| r.body.is_some())
            .count();
        let expected_examples: usize = row["examples_count"]
            .parse()
            .unwrap_or_else(|e| panic!("{local}: {e}"));
        if requests.len() != expected_requests || examples != expected_examples {
            mismatches.push(format!(
                "{local}: requests {} (manifest {expected_requests}), examples {examples} (manifest {expected_examples})",
                requests.len()
            ));
        }

        let (bodies, example_bodies) = body_figures(&requests);
        // stats.py judged the same bodies with Python's strict parser: agreeing on how many are
        // invalid shows the loader hands over every raw body, byte for byte.
        if bodies.repaired + bodies.failed != manifest_invalid_bodies(&row) {
            mismatches.push(format!(
                "{local}: {} invalid raw JSON bodies (manifest {})",
                bodies.repaired + bodies.failed,
                manifest_invalid_bodies(&row)
            ));
        }
        println!(
            "{local}: {} requests, {examples} examples; raw JSON bodies {bodies:?}; example JSON bodies {example_bodies:?}",
            requests.len(),
        );
        loaded += 1;
        total_requests += requests.len();
        total_examples += examples;
        total_responses += requests.iter().map(|r| r.responses.len()).sum::<usize>();
        for (sum, part) in [
            (&mut all_bodies, bodies),
            (&mut all_examples, example_bodies),
        ] {
            sum.strict += part.strict;
            sum.repaired += part.repaired;
            sum.failed += part.failed;
        }
    }

    println!(
        "corpus: {loaded} v2 files loaded, {v1_checked} v1 refused; {total_requests} requests, \
         {total_responses} saved responses, {total_examples} with a non-empty body"
    );
    println!(
        "raw JSON-looking request bodies: {} total, {} strict, {} repaired, {} still invalid",
        all_bodies.total(),
        all_bodies.strict,
        all_bodies.repaired,
        all_bodies.failed
    );
    println!(
        "JSON-looking example bodies: {} total, {} strict, {} repaired, {} still invalid",
        all_examples.total(),
        all_examples.strict,
        all_examples.repaired,
        all_examples.failed
    );
    assert!(
        mismatches.is_empty(),
        "count mismatches:\n{}",
        mismatches.join("\n")
    );
    assert!(
        loaded >= 34,
        "only {loaded} collections checked; is the manifest complete?"
    );
    assert_eq!(
        v1_checked, 1,
        "the manifest's v1 collection was not checked"
    );
}
