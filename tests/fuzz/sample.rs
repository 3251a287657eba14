//! The compile sample of the fuzz harness: which random collections to compile (a varied,
//! deterministic pick), and reading the failures out of `cargo test`.
//!
//! The scratch workspace is the corpus gate's (`postgen_e2e::write_workspace`,
//! `scratch_cargo`): one member crate per collection, the repository's `Cargo.lock`, the
//! runtime by absolute path, and `target/corpus-check/` shared with the gate.

use serde_json::Value;

/// Whether a collection has a feature.
pub type Has = fn(&Value) -> bool;

/// Features a sample should cover, each with the predicate that recognises it in a
/// collection. One crate is picked per feature, so the sample stays varied even though any
/// random collection has several of them.
pub const FEATURES: &[(&str, Has)] = &[
    ("conflicting examples", has_conflicting_examples),
    ("nested folders", |c| folder_depth(c) >= 2),
    ("keyword or odd item names", has_odd_names),
    ("error examples", |c| has_example(c, |code, json| code >= 400 && json)),
    ("successes by status", has_successes_by_status),
    ("form bodies", |c| requests(c).iter().any(|r| matches!(r["request"]["body"]["mode"].as_str(), Some("urlencoded" | "formdata")))),
    ("json request body", |c| requests(c).iter().any(|r| r["request"]["body"]["options"]["raw"]["language"] == "json")),
    ("many operations", |c| requests(c).len() >= 8),
];

/// Every request item, depth first.
pub fn requests(collection: &Value) -> Vec<&Value> {
    fn walk<'a>(items: &'a Value, out: &mut Vec<&'a Value>) {
        for item in items.as_array().into_iter().flatten() {
            if item.get("request").is_some() {
                out.push(item);
            } else {
                walk(&item["item"], out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&collection["item"], &mut out);
    out
}

/// How deeply folders nest (0: no folders).
pub fn folder_depth(node: &Value) -> usize {
    node["item"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i.get("item").is_some())
        .map(|folder| 1 + folder_depth(folder))
        .max()
        .unwrap_or(0)
}

fn has_odd_names(collection: &Value) -> bool {
    let odd = ["", "type", "self", "Self", "fn", "crate", "async", "🚀", "123", "!!!", "r#type"];
    requests(collection).iter().filter(|r| odd.contains(&r["name"].as_str().unwrap_or(""))).count() >= 2
}

/// The JSON kind of a value, for spotting one key with different kinds across examples.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// (status, parsed JSON body) of each example of `request` whose body is JSON.
fn json_examples(request: &Value) -> Vec<(u64, Value)> {
    request["response"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let body = serde_json::from_str(e["body"].as_str()?).ok()?;
            Some((e["code"].as_u64().unwrap_or(200), body))
        })
        .collect()
}

/// Two JSON success examples of one request where the same top-level key has different kinds.
fn has_conflicting_examples(collection: &Value) -> bool {
    requests(collection).iter().any(|r| {
        let bodies: Vec<Value> =
            json_examples(r).into_iter().filter(|(code, _)| (200..300).contains(code)).map(|(_, b)| b).collect();
        bodies.iter().enumerate().any(|(i, a)| {
            bodies[i + 1..].iter().any(|b| match (a, b) {
                (Value::Object(a), Value::Object(b)) => a.iter().any(|(k, v)| b.get(k).is_some_and(|w| kind(v) != kind(w))),
                _ => false,
            })
        })
    })
}

fn has_example(collection: &Value, pick: impl Fn(u64, bool) -> bool) -> bool {
    requests(collection).iter().any(|r| {
        r["response"].as_array().into_iter().flatten().any(|e| {
            let json = e["body"].as_str().is_some_and(|b| serde_json::from_str::<Value>(b).is_ok());
            e["code"].as_u64().is_some_and(|code| pick(code, json))
        })
    })
}

/// A request with JSON success examples under two different 2xx statuses.
fn has_successes_by_status(collection: &Value) -> bool {
    requests(collection).iter().any(|r| {
        let mut codes: Vec<u64> =
            json_examples(r).into_iter().map(|(code, _)| code).filter(|c| (200..300).contains(c)).collect();
        codes.sort_unstable();
        codes.dedup();
        codes.len() >= 2
    })
}

/// The failing tests of cargo test's output with their panic messages (the `---- name ----`
/// headers and the lines after each `panicked at`, backtraces left out): the passing crates'
/// summaries would bury them.
pub fn failures(stdout: &str) -> String {
    let mut kept = Vec::new();
    let mut message_lines = 0;
    for line in stdout.lines() {
        if line.starts_with("---- ") {
            kept.push(line);
        } else if line.contains("panicked at") {
            kept.push(line);
            message_lines = 4;
        } else if message_lines > 0 {
            if line.starts_with("stack backtrace") || line.starts_with("note:") || line.is_empty() {
                message_lines = 0;
            } else {
                kept.push(line);
                message_lines -= 1;
            }
        }
    }
    kept.join("\n")
}

