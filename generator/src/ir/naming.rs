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

use super::model::{Operation, PathSegment, SegmentPart};
use super::names::{keyword_safe, singular, snake_ident, snake_word};

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
            // Requests identical in method, path, name and folders cannot be told apart by
            // any candidate: they keep their short name and get a suffix below.
            let members: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| members.iter().any(|&j| candidates[j].names != candidates[i].names))
                .collect();
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
    let chosen: Vec<String> = (0..ops.len()).map(|i| candidates[i].at(level[i]).to_owned()).collect();
    let mut taken: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for (i, op) in ops.iter_mut().enumerate() {
        let base = chosen[i].clone();
        op.name = if taken.insert(base.clone()) {
            base
        } else {
            // `self_` + `_2` would not be snake case: suffix the bare word, then make it safe.
            let stem = base.trim_start_matches("r#").trim_end_matches('_').to_owned();
            let numbered = |n: usize| keyword_safe(format!("{stem}_{n}"));
            let mut n = 2;
            // Never take a name another operation chose on its own merits.
            while taken.contains(&numbered(n)) || chosen.contains(&numbered(n)) {
                n += 1;
            }
            let name = numbered(n);
            taken.insert(name.clone());
            warnings.push(Warning::at(
                file,
                op.source.clone(),
                format!(
                    "operation name `{base}` is taken by a request with the same method, path, name \
                     and folders; named `{name}`"
                ),
            ));
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
    // (text, is a parameter) per segment, after the API prefix: everything up to the last
    // version segment (`/crm/v2.1/users`, `/crm/{version}/users`) names the API, not a resource.
    let all: Vec<(String, bool)> = op
        .path
        .iter()
        .map(|s| match s {
            // Text saved percent-encoded names by what it says (`Monthly%20Report`).
            PathSegment::Literal(t) => (percent_encoding::percent_decode_str(t).decode_utf8_lossy().into_owned(), false),
            PathSegment::Template(parts) => (template_name(op, parts), true),
        })
        .filter(|(t, param)| *param || !t.is_empty())
        .collect();
    let start = all.iter().rposition(|(t, _)| is_version(t)).map_or(0, |i| i + 1);
    let segments = &all[start..];
    let trailing_params = segments.iter().rev().take_while(|(_, p)| *p).count();
    let body = &segments[..segments.len() - trailing_params];
    // The resource: the literal run at the end of the path (two words at most), singular
    // when parameters follow it (`/Contacts/roles/{id}` → `contact_role`).
    let run_len = body.iter().rev().take_while(|(_, p)| !*p).count().min(2);
    if run_len > 0 {
        let run = &body[body.len() - run_len..];
        let mut words: Vec<String> = run.iter().map(|(t, _)| snake_word(t)).collect();
        let last = words.len() - 1;
        for (i, word) in words.iter_mut().enumerate() {
            if i < last || trailing_params > 0 {
                *word = singular(word);
            }
        }
        let noun = words.join("_");
        let mut name = format!("{verb}_{noun}");
        names.push(snake_ident(&name));
        let parents = body[..body.len() - run_len].iter().rev().filter(|(_, p)| !*p);
        for (parent, _) in parents {
            let parent = singular(&snake_word(parent));
            name = format!("{verb}_{parent}_{}", &name[verb.len() + 1..]);
            names.push(snake_ident(&name));
        }
    }
    let path_len = names.len();
    let item = snake_word(&op.title);
    if !item.is_empty() {
        names.push(snake_ident(&item));
    }
    let mut prefixed = item.clone();
    for folder in op.folders.iter().rev() {
        prefixed = format!("{}_{prefixed}", snake_word(folder));
        names.push(snake_ident(&prefixed));
    }
    if names.is_empty() {
        names.push(snake_ident(&format!("{verb}_root")));
    }
    Candidates { names, path_len }
}

/// A single-parameter segment's parameter name (so `{version}` can count as a version).
fn template_name(op: &Operation, parts: &[SegmentPart]) -> String {
    match parts {
        [SegmentPart::Param(i)] => op.path_params.get(*i).map(|p| p.wire.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

fn verb(method: &str) -> String {
    match method {
        "GET" => "get".into(),
        "POST" => "create".into(),
        "PUT" => "update".into(),
        "PATCH" => "patch".into(),
        "DELETE" => "delete".into(),
        other => snake_word(other),
    }
}

/// `v1`, `v2.1`, `2.0`, `{version}`: API version segments say nothing about the resource.
fn is_version(segment: &str) -> bool {
    if matches!(segment.to_ascii_lowercase().as_str(), "version" | "api_version" | "apiversion" | "api-version") {
        return true;
    }
    let digits = segment.strip_prefix(['v', 'V']).unwrap_or(segment);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Pointer;
    use crate::ir::{Param, ParamLocation, SuccessBody, TypeRef};

    /// An operation with `path` like "/repos/:owner/issues" (`:x` segments are parameters).
    fn op(method: &str, path: &str, title: &str, folders: &[&str]) -> Operation {
        let mut params = Vec::new();
        let path = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| match s.strip_prefix(':') {
                Some(name) => {
                    params.push(Param {
                        ident: name.into(),
                        wire: name.into(),
                        location: ParamLocation::Path,
                        ty: TypeRef::String,
                        required: true,
                        repeated: false,
                        docs: None,
                        example: None,
                        doc: Default::default(),
                    });
                    PathSegment::Template(vec![SegmentPart::Param(params.len() - 1)])
                }
                None => PathSegment::Literal(s.to_owned()),
            })
            .collect();
        Operation {
            name: String::new(),
            title: title.into(),
            docs: None,
            folders: folders.iter().map(|f| f.to_string()).collect(),
            method: method.into(),
            path_template: String::new(),
            path,
            path_params: params,
            params: Vec::new(),
            params_type: None,
            fixed_headers: Vec::new(),
            body: None,
            responses: Vec::new(),
            own_request: None,
            success: SuccessBody::Unknown,
            errors: None,
            auth: Default::default(),
            no_auth: false,
            server: 0,
            pagination: None,
            doc: Default::default(),
            source: Pointer::root(),
        }
    }

    fn names(mut ops: Vec<Operation>) -> (Vec<String>, usize) {
        let mut warnings = Vec::new();
        name_operations(&mut ops, Path::new("c.json"), &mut warnings);
        (ops.into_iter().map(|o| o.name).collect(), warnings.len())
    }

    #[test]
    fn rest_names_from_method_and_path() {
        let (names, warnings) = names(vec![
            op("PUT", "/crm/v2.1/users", "Update User", &[]),
            op("GET", "/crm/v8/users/:id", "Get a user", &[]),
            op("PUT", "/crm/:version/Contacts/roles", "Update Contact Roles", &[]),
            op("PUT", "/crm/:version/Contacts/roles/:contact_role_id", "Update Contact Role", &[]),
            op("POST", "/v1/things", "Make", &[]),
            op("DELETE", "/v1/things/:id", "Remove", &[]),
            op("PURGE", "/cache", "Purge", &[]),
            op("POST", "/repos/:o/:r/actions/runners/registration-token", "Token", &[]),
            op("GET", "/repos/:o/:r/git/ref/:ref", "Get a ref", &[]),
        ]);
        assert_eq!(
            names,
            [
                "update_users",
                "get_user",
                "update_contact_roles",
                "update_contact_role",
                "create_things",
                "delete_thing",
                "purge_cache",
                "create_runner_registration_token",
                "get_git_ref",
            ]
        );
        assert_eq!(warnings, 0);
    }

    #[test]
    fn collisions_take_parent_resources_then_item_names() {
        let (names, warnings) = names(vec![
            op("GET", "/repos/:owner/:repo/issues", "List repository issues", &[]),
            op("GET", "/issues", "List issues", &[]),
            op("GET", "/orgs/:org/issues", "List organization issues", &[]),
            op("POST", "/calc.asmx", "Add", &[]),
            op("POST", "/calc.asmx", "Subtract", &[]),
        ]);
        assert_eq!(names, ["get_repo_issues", "get_issues", "get_org_issues", "add", "subtract"]);
        assert_eq!(warnings, 0);
    }

    #[test]
    fn identical_requests_keep_the_short_name_with_a_warned_suffix() {
        let (names, warnings) = names(vec![
            op("GET", "/a", "Same", &["F"]),
            op("GET", "/a", "Same", &["F"]),
            op("GET", "/a", "Other", &["F"]),
            op("GET", "/", "self", &[]),
            op("GET", "/", "Self", &[]),
        ]);
        assert_eq!(names, ["same", "same_2", "other", "self_", "self_2"]);
        assert_eq!(warnings, 2);
    }
}
