//! Any input: no panic. Real corpus collections are mutated at random places (a node replaced
//! by another kind of value, a key removed, a string made odd) and generated in-process; every
//! run must end in `Ok` or an `Err`, never a panic. Deterministic (fixed seed), bounded.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use postgen::{generate, GenerateOptions};
use serde_json::{json, Value};

/// xorshift64*: small, deterministic, good enough to pick places and values.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus").join(file)
}

/// Every JSON pointer of `value`, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// A value of a random kind, including ones no collection should contain at that place.
fn odd_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(-1),
        2 => json!(1.5e300),
        3 => json!(true),
        4 => json!(""),
        5 => json!("{{a}}{{b}}:x/../%zz ファッション \u{0}"),
        6 => json!([]),
        7 => json!({}),
        8 => json!([null, 1, "x", {}, []]),
        9 => json!({"item": [{"request": 5}], "mode": "raw", "raw": "{ \"a\": {{x}} // c\n}"}),
        10 => json!("2021-02-30T25:61:61+99:99"),
        _ => json!({"type": "bearer", "bearer": [{"key": "token", "value": 7}], "url": {"path": [1, null, ":"]}}),
    }
}

/// Applies one mutation at a random pointer.
fn mutate(doc: &mut Value, rng: &mut Rng) -> String {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let at = all[rng.below(all.len())].clone();
    if rng.below(4) == 0 {
        // Remove the node from its parent, when it has one.
        if let Some((parent, key)) = at.rsplit_once('/')
            && let Some(container) = doc.pointer_mut(parent)
        {
            match container {
                Value::Object(map) => {
                    map.shift_remove(&key.replace("~1", "/").replace("~0", "~"));
                }
                Value::Array(items) => {
                    if let Ok(i) = key.parse::<usize>()
                        && i < items.len()
                    {
                        items.remove(i);
                    }
                }
                _ => {}
            }
            return format!("remove {at}");
        }
    }
    let replacement = odd_value(rng);
    let description = format!("replace {at} with {replacement}");
    if let Some(node) = doc.pointer_mut(&at) {
        *node = replacement;
    }
    description
}

#[test]
fn mutated_corpus_collections_never_panic_the_generator() {
    let files = [
        "p2o-fixtures/todo.postman.json",
        "p2o-fixtures/echo.postman.json",
        "p2o-fixtures/postman-api.postman.json",
        "edge/postman-collection__collection-v2.json",
        "edge/schemas__nestedEntities.json",
        "inference/sabre__Lodging_v2025.04.postman_collection.json",
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut ok, mut refused, mut panics) = (0, 0, Vec::new());
    for file in files {
        let text = std::fs::read_to_string(corpus(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let original: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("corpus file is JSON");
        for round in 0..60 {
            let mut doc = original.clone();
            let steps: Vec<String> = (0..1 + rng.below(3)).map(|_| mutate(&mut doc, &mut rng)).collect();
            let path = dir.path().join(format!("m{round}.json"));
            std::fs::write(&path, doc.to_string()).expect("write mutant");
            let options = GenerateOptions {
                collection: path,
                out: dir.path().join("out"),
                name: Some("mutant".into()),
                runtime_path: Some("../runtime".into()),
                ..Default::default()
            };
            match catch_unwind(AssertUnwindSafe(|| generate(&options))) {
                Ok(Ok(_)) => ok += 1,
                Ok(Err(_)) => refused += 1,
                Err(_) => panics.push(format!("{file} round {round}: {}", steps.join("; "))),
            }
        }
    }
    eprintln!("mutants: {ok} generated, {refused} refused with an error, {} panicked", panics.len());
    assert!(panics.is_empty(), "the generator panicked on:\n{}", panics.join("\n"));
    assert!(ok > 100, "most single mutations should still generate ({ok})");
}
