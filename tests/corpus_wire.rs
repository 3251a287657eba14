//! The corpus gate's wire agreement table: for every request item and every saved example of
//! a collection, did the generated method send what Postman would send? The example tests log
//! what arrived (`POSTGEN_WIRE_LOG`, one file per crate); `wire_oracle` resolves the raw
//! collection; this compares the two and prints a row per collection.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;

use crate::wire_oracle::{self, PARTS};
use crate::wire_reasons::{self, REASONS};

/// One collection's figures.
#[derive(Debug, Default, Clone)]
pub struct Agreement {
    /// Request items in the collection.
    pub items: usize,
    /// Items neither whose own request nor any example was replayed (nothing sent to compare).
    pub items_unchecked: usize,
    /// Replayed requests compared (items' own and examples'), and those that agreed.
    pub checked: usize,
    pub agreed: usize,
    /// Disagreements by part (`PARTS` order).
    pub by_part: [usize; 6],
    /// Disagreements whose every differing part has a reason (`wire_reasons`), by the first
    /// part's reason (`REASONS` order), and those without.
    pub explained: [usize; REASONS.len()],
    pub unexplained: usize,
    /// Every disagreement, with its reason or `unexplained` (the table shows the first few
    /// unexplained ones; the exceptions file all).
    pub samples: Vec<String>,
}

/// Compares the wire log of one crate with its collection.
pub fn agreement(collection_file: &Path, log_file: &Path) -> Agreement {
    let text = std::fs::read_to_string(collection_file).unwrap_or_else(|e| panic!("{}: {e}", collection_file.display()));
    // Postman reads a file that starts with a byte order mark; so does the oracle.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let collection: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", collection_file.display()));
    let vars = wire_oracle::variables(&collection);
    let mut items = BTreeSet::new();
    request_items(&collection["item"], "/item", &mut items);
    let log = std::fs::read_to_string(log_file).unwrap_or_default();
    let mut figures = Agreement { items: items.len(), ..Agreement::default() };
    let mut checked_items = BTreeSet::new();
    // Base as written → the server the first request writing it went to.
    let mut first_server: HashMap<String, String> = HashMap::new();
    for line in log.lines() {
        let Ok(mut sent) = serde_json::from_str::<Value>(line) else { continue };
        let at = sent["at"].as_str().unwrap_or_default().to_owned();
        let at = at.as_str();
        let Some(want) = wire_oracle::expected(&collection, &vars, at) else { continue };
        checked_items.insert(at.rsplit_once("/response/").map_or(at, |(item, _)| item).to_owned());
        figures.checked += 1;
        // The test client puts a named server at `/__server/<name>`: which one it went to is
        // checked apart (requests that write the same base must go to the same server).
        let path = sent["path"].as_str().unwrap_or_default().to_owned();
        let (server, path) = match path.strip_prefix("/__server/") {
            Some(rest) => {
                let (name, path) = rest.split_once('/').map_or((rest, ""), |(n, p)| (n, p));
                (name.to_owned(), format!("/{path}"))
            }
            None => (String::new(), path),
        };
        sent["path"] = Value::String(path);
        let first = first_server.entry(want.server.clone()).or_insert_with(|| server.clone());
        let mut problems = wire_oracle::compare(&want, &sent);
        if let Some(detail) = server_problem(&want.server, &server, first) {
            problems.push(("server", detail));
        }
        if problems.is_empty() {
            figures.agreed += 1;
            continue;
        }
        let parts: BTreeSet<usize> =
            problems.iter().filter_map(|(part, _)| PARTS.iter().position(|p| p == part)).collect();
        for i in parts {
            figures.by_part[i] += 1;
        }
        let what: Vec<String> = problems.iter().map(|(part, detail)| format!("{part}: {detail}")).collect();
        let reasons: Vec<Option<usize>> =
            problems.iter().map(|(part, detail)| wire_reasons::reason(&collection, &vars, at, (part, detail), &sent)).collect();
        let why = match reasons.iter().copied().collect::<Option<Vec<usize>>>() {
            Some(reasons) => {
                let first = reasons.first().copied().unwrap_or_default();
                figures.explained[first] += 1;
                REASONS[first]
            }
            None => {
                figures.unexplained += 1;
                "unexplained"
            }
        };
        figures.samples.push(format!("{why}\t{at}: {}", shorten(&what.join("; "), 240)));
    }
    figures.items_unchecked = items.difference(&checked_items).count();
    figures
}

/// Whether a request writing `base` went to server `name` (empty: the primary) where the
/// first request writing it went to `first`.
fn server_problem(base: &str, name: &str, first: &str) -> Option<String> {
    let shown = |n: &str| if n.is_empty() { "the primary server".to_owned() } else { format!("server `{n}`") };
    (first != name).then(|| format!("`{base}` sent to {} where an earlier request went to {}", shown(name), shown(first)))
}

/// Pointers of every request item under `items` (`/item/0/item/3`).
fn request_items(items: &Value, at: &str, out: &mut BTreeSet<String>) {
    for (i, item) in items.as_array().into_iter().flatten().enumerate() {
        let here = format!("{at}/{i}");
        if item["item"].is_array() {
            request_items(&item["item"], &format!("{here}/item"), out);
        } else if !item["request"].is_null() {
            out.insert(here);
        }
    }
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Prints the table (and the first disagreements of each collection) to stderr.
pub fn print(rows: &[(String, Agreement)]) {
    postgen_e2e::report!("\nwire agreement: what each generated method sent vs the raw collection as Postman sends it");
    postgen_e2e::report!(
        "{:<46} {:>6} {:>10} {:>8} {:>8} {:>7} {:>5} {:>6} {:>8} {:>5} {:>7} {:>11}",
        "collection", "items", "unchecked", "requests", "agreed", "method", "path", "query", "headers", "body", "server", "unexplained"
    );
    let mut total = Agreement::default();
    for (name, a) in rows {
        postgen_e2e::report!(
            "{:<46} {:>6} {:>10} {:>8} {:>8} {:>7} {:>5} {:>6} {:>8} {:>5} {:>7} {:>11}",
            name,
            a.items,
            a.items_unchecked,
            a.checked,
            a.agreed,
            a.by_part[0],
            a.by_part[1],
            a.by_part[2],
            a.by_part[3],
            a.by_part[4],
            a.by_part[5],
            a.unexplained
        );
        total.items += a.items;
        total.items_unchecked += a.items_unchecked;
        total.checked += a.checked;
        total.agreed += a.agreed;
        total.unexplained += a.unexplained;
        for i in 0..PARTS.len() {
            total.by_part[i] += a.by_part[i];
        }
    }
    let percent = if total.checked == 0 { 100.0 } else { 100.0 * total.agreed as f64 / total.checked as f64 };
    postgen_e2e::report!(
        "{:<46} {:>6} {:>10} {:>8} {:>8} {:>7} {:>5} {:>6} {:>8} {:>5} {:>7} {:>11}",
        format!("total ({:.1}% agree)", percent),
        total.items,
        total.items_unchecked,
        total.checked,
        total.agreed,
        total.by_part[0],
        total.by_part[1],
        total.by_part[2],
        total.by_part[3],
        total.by_part[4],
        total.by_part[5],
        total.unexplained
    );
    postgen_e2e::report!("\ndisagreements by reason (every differing part of the request has it):");
    for (i, reason) in REASONS.iter().enumerate() {
        postgen_e2e::report!("{:>8}  {reason}", rows.iter().map(|(_, a)| a.explained[i]).sum::<usize>());
    }
    postgen_e2e::report!("{:>8}  unexplained", total.unexplained);
    let mut all = String::new();
    for (name, a) in rows.iter().filter(|(_, a)| !a.samples.is_empty()) {
        if a.unexplained > 0 {
            postgen_e2e::report!("{name}: {} unexplained, e.g.", a.unexplained);
        }
        for sample in a.samples.iter().filter(|s| s.starts_with("unexplained")).take(3) {
            postgen_e2e::report!("    {}", sample.split_once('\t').map_or(sample.as_str(), |(_, s)| s));
        }
        for sample in &a.samples {
            all.push_str(&format!("{name}\t{sample}\n"));
        }
    }
    let path = postgen_e2e::repo_root().join("target/corpus-wire-exceptions.tsv");
    std::fs::write(&path, all).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    postgen_e2e::report!("every disagreement, with what differs: {}", path.display());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_sent_to_two_servers_is_a_disagreement() {
        assert_eq!(server_problem("{{host}}", "", ""), None);
        assert_eq!(server_problem("{{auth_url}}", "auth_url", "auth_url"), None);
        let problem = server_problem("{{host}}", "auth_url", "").unwrap_or_default();
        assert!(problem.contains("server `auth_url`") && problem.contains("the primary server"), "{problem}");
    }
}
