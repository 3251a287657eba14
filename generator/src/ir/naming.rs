//! Method names for operations: derived from the HTTP method and the resource path.
//!
//! Path-derived names (`PUT /users` → `update_users`, `GET /users/{id}` → `get_user`) stay
//! stable when an author renames an item, and match the same endpoint described in a doc
//! page. Collisions are resolved by prefixing parent path resources (`get_repo_issues`),
//! then by the item's own name, then by its folders; a numeric suffix is the last resort
//! and always comes with a warning.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Warning;

use super::model::{Operation, PathSegment};
use super::names::{singular, snake_ident};

/// Gives every operation a unique method name.
pub fn name_operations(ops: &mut [Operation], file: &Path, warnings: &mut Vec<Warning>) {
    let candidates: Vec<Candidates> = ops.iter().map(candidates).collect();
    let mut level = vec![0usize; ops.len()];
    loop {
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, c) in candidates.iter().enumerate() {
            groups.entry(c.at(level[i])).or_default().push(i);
        }
        let mut changed = false;
        for members in groups.values().filter(|m| m.len() > 1) {
            // Members that still have a more specific path-derived name move first; only
            // when none has, do all of them fall back to item-name-based names.
            let path_movers: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| level[i] + 1 < candidates[i].path_len)
                .collect();
            let movers = if path_movers.is_empty() { members.clone() } else { path_movers };
            for i in movers {
                if level[i] + 1 < candidates[i].names.len() {
                    level[i] += 1;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for (i, op) in ops.iter_mut().enumerate() {
        let base = candidates[i].at(level[i]).to_owned();
        let count = taken.entry(base.clone()).or_insert(0);
        *count += 1;
        op.name = if *count == 1 {
            base
        } else {
            let name = format!("{base}_{count}");
            warnings.push(Warning {
                file: file.to_path_buf(),
                pointer: op.source.clone(),
                message: format!(
                    "operation name `{base}` is taken by an identical method, path, name and folder; \
                     named `{name}`"
                ),
            });
            name
        };
    }
}

struct Candidates {
    /// Most preferred first.
    names: Vec<String>,
    /// How many of `names` are path-derived.
    path_len: usize,
}

impl Candidates {
    fn at(&self, level: usize) -> &str {
        let i = level.min(self.names.len().saturating_sub(1));
        self.names.get(i).map(String::as_str).unwrap_or("call")
    }
}

fn candidates(op: &Operation) -> Candidates {
    let verb = verb(&op.method);
    let mut names = Vec::new();
    // (text, is a parameter) for each path segment, version segments dropped.
    let segments: Vec<(String, bool)> = op
        .path
        .iter()
        .filter_map(|s| match s {
            PathSegment::Literal(t) if is_version(t) || t.is_empty() => None,
            PathSegment::Literal(t) => Some((t.clone(), false)),
            PathSegment::Template(_) => Some((String::new(), true)),
        })
        .collect();
    // The resource is the last literal; singular when a parameter follows it.
    if let Some(last_lit) = segments.iter().rposition(|(_, param)| !param) {
        let followed_by_param = segments[last_lit + 1..].iter().any(|(_, p)| *p);
        let noun = snake_ident(&segments[last_lit].0);
        let noun = if followed_by_param { singular(&noun) } else { noun };
        let mut name = format!("{verb}_{noun}");
        names.push(snake_ident(&name));
        for (parent, _) in segments[..last_lit].iter().rev().filter(|(_, p)| !p) {
            let parent = singular(&snake_ident(parent));
            name = format!("{verb}_{parent}_{}", &name[verb.len() + 1..]);
            names.push(snake_ident(&name));
        }
    }
    let path_len = names.len();
    let item = snake_ident(&op.title);
    if !op.title.trim().is_empty() {
        names.push(item.clone());
    }
    let mut prefixed = item.clone();
    for folder in op.folders.iter().rev() {
        prefixed = format!("{}_{prefixed}", snake_ident(folder));
        names.push(snake_ident(&prefixed));
    }
    if names.is_empty() {
        names.push(snake_ident(&format!("{verb}_root")));
    }
    Candidates { names, path_len }
}

fn verb(method: &str) -> String {
    match method {
        "GET" => "get".into(),
        "POST" => "create".into(),
        "PUT" => "update".into(),
        "PATCH" => "patch".into(),
        "DELETE" => "delete".into(),
        other => snake_ident(other),
    }
}

/// `v1`, `v2.1`, `2.0`: API version segments say nothing about the resource.
fn is_version(segment: &str) -> bool {
    let digits = segment.strip_prefix(['v', 'V']).unwrap_or(segment);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}
