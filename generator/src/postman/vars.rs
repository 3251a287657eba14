//! `{{name}}` variable resolution, Postman style.

use std::collections::{HashMap, HashSet};

use super::model::Variable;
use crate::error::Pointer;

/// How many nested expansions we follow before giving up. Real collections nest two or three
/// levels (`{{baseUrl}}` → `{{host}}/v1`); the limit also bounds exponential blow-up from
/// values that reference another variable several times.
const MAX_DEPTH: usize = 10;

/// Resolves `{{name}}` references against a set of variables.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    values: HashMap<String, String>,
    /// Where each value was defined.
    origins: HashMap<String, Pointer>,
}

impl Resolver {
    /// A resolver over `vars`: later variables of the same key override earlier ones, disabled
    /// ones are ignored. A variable without a value is treated as undefined so its reference
    /// stays visible as `{{name}}` rather than silently becoming empty.
    pub fn new(vars: &[Variable]) -> Self {
        let mut resolver = Resolver::default();
        resolver.apply(vars);
        resolver
    }

    /// A copy of this resolver with `vars` (e.g. folder variables) taking precedence.
    pub fn with_overrides(&self, vars: &[Variable]) -> Self {
        let mut resolver = self.clone();
        resolver.apply(vars);
        resolver
    }

    fn apply(&mut self, vars: &[Variable]) {
        for var in vars.iter().filter(|v| !v.disabled) {
            match &var.value {
                Some(value) => {
                    self.values.insert(var.key.clone(), value.clone());
                    self.origins.insert(var.key.clone(), var.pointer.clone());
                }
                None => {
                    self.values.remove(&var.key);
                    self.origins.remove(&var.key);
                }
            }
        }
    }

    /// The value of one variable, unresolved.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Where the value of `name` was defined.
    pub fn origin(&self, name: &str) -> Option<&Pointer> {
        self.origins.get(name)
    }

    /// A circle of references reachable from `text`, as the names along it with the first
    /// repeated at the end (`["a", "b", "a"]`); [`Resolver::resolve`] leaves such references
    /// as written. Each variable is visited once, so this stays linear however the values
    /// refer to each other, and it needs no recursion (a chain may be thousands long).
    pub fn cycle(&self, text: &str) -> Option<Vec<String>> {
        let mut finished: HashSet<&str> = HashSet::new();
        for start in var_names(text) {
            let Some((start, value)) = self.values.get_key_value(start.as_str()) else { continue };
            if finished.contains(start.as_str()) {
                continue;
            }
            // Depth-first: (variable, the names its value refers to, how many were followed).
            let mut stack: Vec<(&str, Vec<String>, usize)> = vec![(start, var_names(value), 0)];
            while let Some((name, refs, next)) = stack.last_mut() {
                let Some(reference) = refs.get(*next).cloned() else {
                    finished.insert(*name);
                    stack.pop();
                    continue;
                };
                *next += 1;
                let Some((key, value)) = self.values.get_key_value(reference.as_str()) else { continue };
                if let Some(at) = stack.iter().position(|(n, ..)| *n == key.as_str()) {
                    let mut names: Vec<String> = stack[at..].iter().map(|(n, ..)| (*n).to_owned()).collect();
                    names.push(key.clone());
                    return Some(names);
                }
                if !finished.contains(key.as_str()) {
                    stack.push((key, var_names(value), 0));
                }
            }
        }
        None
    }

    /// The `{{name}}` references in `text`, in order (same as the module's free `var_names`, reachable
    /// through the re-exported `Resolver`).
    pub fn var_names(text: &str) -> Vec<String> {
        var_names(text)
    }

    /// `text` with every known `{{name}}` replaced by its (recursively resolved) value.
    /// Unknown names, cyclic references and references nested deeper than the limit are left
    /// exactly as written.
    pub fn resolve(&self, text: &str) -> String {
        let mut active = Vec::new();
        self.expand(text, &mut active)
    }

    fn expand<'a>(&'a self, text: &str, active: &mut Vec<&'a str>) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some((before, name, after)) = next_reference(rest) {
            out.push_str(before);
            match self.values.get_key_value(name) {
                Some((key, value))
                    if active.len() < MAX_DEPTH && !active.contains(&key.as_str()) =>
                {
                    active.push(key.as_str());
                    out.push_str(&self.expand(value, active));
                    active.pop();
                }
                _ => {
                    out.push_str("{{");
                    out.push_str(name);
                    out.push_str("}}");
                }
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

/// The `{{name}}` references in `text`, in order of appearance (repeats included).
pub fn var_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some((_, name, after)) = next_reference(rest) {
        names.push(name.to_string());
        rest = after;
    }
    names
}

/// Finds the first `{{name}}` in `text`: (text before it, name, text after it). A name is
/// non-empty and contains no braces, matching Postman's own `{{([^{}]*?)}}` scan (minus the
/// empty name, which Postman never resolves either).
fn next_reference(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| i + from) {
        let inner_start = open + 2;
        let inner = &text[inner_start..];
        let end = inner.find(['{', '}']);
        match end {
            Some(end) if end > 0 && inner[end..].starts_with("}}") => {
                let name = &inner[..end];
                return Some((&text[..open], name, &inner[end + 2..]));
            }
            // `{{{x}}}`: the reference starts at a later brace.
            _ => from = open + 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(key: &str, value: Option<&str>, disabled: bool) -> Variable {
        Variable {
            key: key.into(),
            value: value.map(Into::into),
            description: None,
            disabled,
            pointer: Pointer::root(),
        }
    }

    #[test]
    fn resolves_simple_and_nested() {
        let r = Resolver::new(&[
            var("host", Some("api.example.com"), false),
            var("baseUrl", Some("https://{{host}}/v1"), false),
        ]);
        assert_eq!(
            r.resolve("{{baseUrl}}/users/{{id}}"),
            "https://api.example.com/v1/users/{{id}}"
        );
        assert_eq!(r.resolve("no refs"), "no refs");
        assert_eq!(r.get("host"), Some("api.example.com"));
    }

    #[test]
    fn later_overrides_earlier_and_disabled_ignored() {
        let r = Resolver::new(&[
            var("a", Some("1"), false),
            var("a", Some("2"), false),
            var("a", Some("3"), true),
            var("b", Some("x"), true),
        ]);
        assert_eq!(r.resolve("{{a}}{{b}}"), "2{{b}}");
    }

    #[test]
    fn valueless_variable_stays_as_written() {
        let r = Resolver::new(&[var("a", Some("1"), false), var("a", None, false)]);
        assert_eq!(r.resolve("{{a}}"), "{{a}}");
    }

    #[test]
    fn overrides_for_folders() {
        let base = Resolver::new(&[var("a", Some("1"), false), var("b", Some("2"), false)]);
        let folder = base.with_overrides(&[var("a", Some("9"), false)]);
        assert_eq!(folder.resolve("{{a}}{{b}}"), "92");
        assert_eq!(base.resolve("{{a}}{{b}}"), "12");
    }

    #[test]
    fn cycles_terminate_and_leave_text() {
        let r = Resolver::new(&[
            var("a", Some("{{b}}"), false),
            var("b", Some("{{a}}"), false),
        ]);
        assert_eq!(r.resolve("{{a}}"), "{{a}}");
        assert_eq!(r.resolve("x{{b}}y"), "x{{b}}y");
        let selfref = Resolver::new(&[var("s", Some("<{{s}}>"), false)]);
        assert_eq!(selfref.resolve("{{s}}"), "<{{s}}>");
    }

    #[test]
    fn cycles_are_found_with_their_path() {
        let r = Resolver::new(&[
            var("host", Some("{{a}}.example.com"), false),
            var("a", Some("x{{b}}"), false),
            var("b", Some("{{c}}{{a}}"), false),
            var("c", Some("fine"), false),
            var("self", Some("<{{self}}>"), false),
        ]);
        assert_eq!(r.cycle("https://{{host}}/v1"), Some(vec!["a".into(), "b".into(), "a".into()]));
        assert_eq!(r.cycle("{{self}}"), Some(vec!["self".into(), "self".into()]));
        assert_eq!(r.cycle("{{c}}/{{unknown}}"), None);
        // A long chain is no cycle, and takes no deep recursion.
        let chain: Vec<Variable> = (0..20_000)
            .map(|i| var(&format!("v{i}"), Some(&format!("{{{{v{}}}}}{{{{v{}}}}}", i + 1, i + 1)), false))
            .collect();
        assert_eq!(Resolver::new(&chain).cycle("{{v0}}"), None);
    }

    #[test]
    fn depth_limit_bounds_blowup() {
        let vars: Vec<Variable> = (0..30)
            .map(|i| {
                var(
                    &format!("v{i}"),
                    Some(&format!("{{{{v{}}}}}{{{{v{}}}}}", i + 1, i + 1)),
                    false,
                )
            })
            .collect();
        let out = Resolver::new(&vars).resolve("{{v0}}");
        assert!(out.len() < 100_000);
        assert!(out.contains("{{v10}}"));
    }

    #[test]
    fn odd_braces() {
        let r = Resolver::new(&[var("x", Some("1"), false)]);
        assert_eq!(r.resolve("{{{x}}}"), "{1}");
        assert_eq!(r.resolve("{{}} {{x"), "{{}} {{x");
        assert_eq!(r.resolve("{{a{b}} {{x}}"), "{{a{b}} 1");
        assert_eq!(r.resolve("é{{x}}ü"), "é1ü");
    }

    #[test]
    fn lists_names_in_order() {
        assert_eq!(var_names("{{a}}/x/{{b}}?q={{a}}"), ["a", "b", "a"]);
        assert!(var_names("plain {{ }").is_empty());
        assert_eq!(var_names("{{$guid}}"), ["$guid"]);
    }
}
