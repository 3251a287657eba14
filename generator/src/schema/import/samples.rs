//! Samples: the JSON after `Copied` in `Sample Input` / `Sample Response`, the method of the
//! curl in `Sample Request`, and where documented keys sit inside a sample.

use serde_json::Value;

use crate::schema::model::{Key, ValueType};

use super::lines::Line;
use super::Diag;

/// The first JSON value of a sample section (after an optional `Copied` marker), and the
/// section's other text. A sample that does not parse is warned about with its line and omitted.
pub(super) fn json_sample(lines: &[Line], diag: &mut Diag) -> (Option<Value>, Vec<String>) {
    let mut free = Vec::new();
    let Some(start) = lines.iter().position(|l| {
        let t = l.text.strip_prefix("Copied").unwrap_or(&l.text).trim_start();
        t.starts_with('{') || t.starts_with('[')
    }) else {
        free.extend(lines.iter().filter(|l| !l.is_blank()).map(|l| l.text.clone()));
        return (None, free);
    };
    free.extend(lines[..start].iter().filter(|l| !l.is_blank()).map(|l| l.text.clone()));
    let first = &lines[start];
    let first_text = first.text.strip_prefix("Copied").unwrap_or(&first.text);
    let mut text = first_text.to_owned();
    for line in &lines[start + 1..] {
        text.push('\n');
        text.push_str(&line.raw);
    }
    let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
    match stream.next() {
        Some(Ok(value)) => {
            let end = stream.byte_offset();
            let rest = text.get(end..).unwrap_or("");
            // The value ended on line `start + ended`; that line may carry text after it.
            let ended = text.get(..end).map_or(0, |t| t.matches('\n').count());
            if let Some(tail) = rest.lines().next().map(str::trim).filter(|t| !t.is_empty()) {
                free.push(tail.to_owned());
            }
            let extra = lines.get(start + ended + 1..).unwrap_or(&[]).iter().filter(|l| !l.is_blank());
            for line in extra {
                if line.text.starts_with("Copied") {
                    diag.warn(line.no, "a second sample in the section; only the first is read");
                    break;
                }
                free.push(line.text.clone());
            }
            (Some(value), free)
        }
        Some(Err(e)) => {
            let line = first.no + e.line().saturating_sub(1);
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m);
            diag.warn(line, format!("expected a JSON sample, found a JSON error ({message}); sample omitted"));
            (None, free)
        }
        None => (None, free),
    }
}

/// The method of the first curl command (`-X PUT`, `--request PUT`); curl's own default
/// otherwise (POST when it sends data, else GET). `None` without a curl sample.
pub(super) fn curl_method(lines: &[Line]) -> Option<String> {
    let start = lines.iter().position(|l| {
        let t = l.text.strip_prefix("Copied").unwrap_or(&l.text).trim_start();
        t.starts_with("curl ") || t == "curl"
    })?;
    let mut words: Vec<&str> = Vec::new();
    for (i, line) in lines[start..].iter().enumerate() {
        if i > 0 && line.text.starts_with("Copied") {
            break;
        }
        words.extend(line.text.split_whitespace());
    }
    let mut sends_data = false;
    for (i, word) in words.iter().enumerate() {
        if let Some(method) = word.strip_prefix("-X").filter(|m| !m.is_empty()) {
            return Some(method.trim_matches(['"', '\'']).to_ascii_uppercase());
        }
        if *word == "-X" || *word == "--request" {
            let method = words.get(i + 1)?.trim_matches(['"', '\'']);
            return Some(method.to_ascii_uppercase());
        }
        sends_data |= matches!(*word, "-d" | "-F" | "--form") || word.starts_with("--data");
    }
    Some(if sends_data { "POST" } else { "GET" }.to_owned())
}

/// A step from a sample's root towards the objects the documented keys describe.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Step {
    pub key: String,
    /// The key holds an array of such objects (else one object).
    pub array: bool,
}

/// Where in `sample` the objects with the most of `names` sit: the steps from the root, or
/// `None` when no object holds at least half of them. Ties go to the shallower, earlier place.
pub(super) fn locate(sample: &Value, names: &[&str]) -> Option<Vec<Step>> {
    let mut best: Option<(usize, Vec<Step>)> = None;
    let mut path = Vec::new();
    match sample {
        Value::Object(map) => {
            consider(score(std::slice::from_ref(sample), names), &path, &mut best);
            visit(map, &mut path, names, &mut best);
        }
        Value::Array(items) => {
            consider(score(items, names), &path, &mut best);
            for item in items.iter().filter_map(Value::as_object) {
                visit(item, &mut path, names, &mut best);
            }
        }
        _ => {}
    }
    let (score, path) = best?;
    (score > 0 && score * 2 >= names.len()).then_some(path)
}

/// Scores every object and array of objects below `map`.
fn visit(map: &serde_json::Map<String, Value>, path: &mut Vec<Step>, names: &[&str], best: &mut Option<(usize, Vec<Step>)>) {
    for (key, child) in map {
        match child {
            Value::Object(inner) => {
                path.push(Step { key: key.clone(), array: false });
                consider(score(std::slice::from_ref(child), names), path, best);
                visit(inner, path, names, best);
                path.pop();
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                path.push(Step { key: key.clone(), array: true });
                consider(score(items, names), path, best);
                for item in items.iter().filter_map(Value::as_object) {
                    visit(item, path, names, best);
                }
                path.pop();
            }
            _ => {}
        }
    }
}

/// How many of `names` appear in at least one of the objects (elements may each lack some).
fn score(objects: &[Value], names: &[&str]) -> usize {
    names.iter().filter(|n| objects.iter().any(|o| o.as_object().is_some_and(|o| o.contains_key(**n)))).count()
}

fn consider(score: usize, path: &[Step], best: &mut Option<(usize, Vec<Step>)>) {
    if best.as_ref().is_none_or(|(s, _)| score > *s) {
        *best = Some((score, path.to_vec()));
    }
}

/// Wraps `keys` in the keys of `path` (outermost first), each required.
pub(super) fn nest(keys: Vec<Key>, path: &[Step]) -> Vec<Key> {
    path.iter().rev().fold(keys, |inner, step| {
        vec![Key {
            name: step.key.clone(),
            ty: if step.array { ValueType::Array } else { ValueType::Object },
            required: true,
            description: None,
            values: Vec::new(),
            items: None,
            keys: inner,
        }]
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::json;

    use super::*;

    fn lines(text: &str, first: usize) -> Vec<Line> {
        text.lines().enumerate().map(|(i, l)| Line::new(i + first, l)).collect()
    }

    #[test]
    fn documented_keys_are_found_inside_wrappers() {
        let sample = json!({"contact_roles": [{"name": "a", "id": "1"}, {"sequence_number": 5}], "info": {"id": 1}});
        let path = locate(&sample, &["id", "name", "sequence_number"]).expect("found");
        assert_eq!(path, [Step { key: "contact_roles".into(), array: true }]);
        assert_eq!(locate(&json!({"id": 1, "name": "x"}), &["id", "name"]), Some(vec![]));
        assert_eq!(locate(&json!({"other": {"x": 1}}), &["id", "name"]), None);
        let nested = nest(vec![], &[Step { key: "data".into(), array: false }, Step { key: "items".into(), array: true }]);
        assert_eq!((nested[0].ty, nested[0].keys[0].ty), (ValueType::Object, ValueType::Array));
    }

    #[test]
    fn the_first_curl_gives_the_method() {
        assert_eq!(curl_method(&lines("Copiedcurl \"https://x\"\n-X PUT\n-d \"@f.json\"", 1)), Some("PUT".into()));
        assert_eq!(curl_method(&lines("Copiedcurl \"https://x\"\n-d x\nCopied-X DELETE", 1)), Some("POST".into()));
        assert_eq!(curl_method(&lines("Copiedcurl \"https://x\"", 1)), Some("GET".into()));
        assert_eq!(curl_method(&lines("Copied// java", 1)), None);
    }

    #[test]
    fn a_broken_sample_is_warned_with_the_line_of_the_problem() {
        let mut diag = Diag::new(Path::new("p.txt"));
        let (value, _) = json_sample(&lines("Copied{\n\"a\": 1,\n\"b\": ,\n}", 20), &mut diag);
        assert_eq!(value, None);
        let warnings: Vec<String> = diag.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("warning: p.txt:22: expected a JSON sample"), "{warnings:?}");
    }

    #[test]
    fn text_after_a_sample_is_kept() {
        let mut diag = Diag::new(Path::new("p.txt"));
        let (value, free) = json_sample(&lines("Copied{\"a\": [1,\n2]}\nNote: that was it.", 1), &mut diag);
        assert_eq!(value, Some(json!({"a": [1, 2]})));
        assert_eq!(free, ["Note: that was it."]);
    }
}
