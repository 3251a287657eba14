//! Turning wire names into valid, stable Rust identifiers.

use super::case::{snake_case, upper_camel_case};

/// Rust keywords (strict and reserved, 2021+ editions) that need a raw identifier.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "try", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore instead.
const NON_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names that would shadow what generated code or derive macros refer to.
const RESERVED_TYPES: &[&str] = &[
    "Option", "Result", "Vec", "String", "Box", "Some", "None", "Ok", "Err", "Client", "Error",
    "Response", "Request", "Self", "Default", "Clone", "Debug", "PartialEq", "Serialize",
    "Deserialize", "Value", "Map", "BTreeMap",
];

/// `text` in snake_case, ASCII letters, digits and `_` only: a word to build names from
/// (not yet an identifier: see [`snake_ident`]).
pub fn snake_word(text: &str) -> String {
    let mut s = snake_case(text);
    s.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    s
}

/// A snake_case identifier for `wire` (field, parameter, method), keyword-safe.
pub fn snake_ident(wire: &str) -> String {
    let mut s = snake_word(wire);
    if s.is_empty() {
        s = "field".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    keyword_safe(s)
}

/// A PascalCase type name for `wire`; never empty, never a reserved name.
pub fn type_name(wire: &str) -> String {
    let mut s = upper_camel_case(wire);
    s.retain(|c| c.is_ascii_alphanumeric());
    if s.is_empty() {
        s = "Item".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("N{s}");
    }
    if RESERVED_TYPES.contains(&s.as_str()) {
        s.push_str("Type");
    }
    s
}

/// Enum variant identifiers for `values`, unique, UpperCamelCase, never `Other` (that one
/// holds unknown values). A clash after case conversion gets an `Alt` suffix.
pub fn variant_idents(values: &[String]) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::from(["Other".to_owned()]);
    values
        .iter()
        .map(|value| {
            let mut ident = upper_camel_case(value);
            ident.retain(|c| c.is_ascii_alphanumeric());
            if ident.is_empty() {
                ident = "Empty".to_owned();
            }
            if ident.starts_with(|c: char| c.is_ascii_digit()) {
                ident = format!("N{ident}");
            }
            if matches!(ident.as_str(), "Other" | "Self") {
                ident.push_str("Value");
            }
            while !seen.insert(ident.clone()) {
                ident.push_str("Alt");
            }
            ident
        })
        .collect()
}

/// Whether `name` might be a Rust keyword: every keyword is `_` or at most eight ASCII letters
/// (all lowercase but `Self`). Most names have a `_`, a digit or more letters, and are never
/// looked up.
pub fn could_be_keyword(name: &str) -> bool {
    name == "_" || (name.len() <= 8 && name.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Makes `ident` usable as an identifier: raw form for keywords, `_` suffix for the rest.
pub fn keyword_safe(ident: String) -> String {
    if !could_be_keyword(&ident) {
        ident
    } else if NON_RAW.contains(&ident.as_str()) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident.as_str()) {
        format!("r#{ident}")
    } else {
        ident
    }
}

/// The identifier without a raw prefix (what serde sees as the field name).
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// English singular of a (snake or camel case) plural word; leaves non-plurals alone.
///
/// Only the last word changes: `user_roles` → `user_role`, `Territories` → `Territory`.
pub fn singular(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("people", "person"), ("children", "child"), ("men", "man"), ("women", "woman"),
        ("data", "data"), ("status", "status"), ("news", "news"), ("series", "series"),
        ("species", "species"), ("indices", "index"), ("matrices", "matrix"),
        ("analyses", "analysis"), ("aliases", "alias"), ("statuses", "status"),
        ("addresses", "address"), ("businesses", "business"), ("processes", "process"),
        ("responses", "response"), ("bases", "base"), ("cases", "case"), ("databases", "database"),
        ("releases", "release"), ("licenses", "license"), ("purchases", "purchase"),
        ("alias", "alias"), ("bias", "bias"), ("canvas", "canvas"), ("atlas", "atlas"),
    ];
    let lower = word.to_ascii_lowercase();
    for (plural, single) in IRREGULAR {
        if lower.ends_with(plural) && boundary_before(word, plural.len()) {
            return replace_tail(word, plural.len(), single);
        }
    }
    // (suffix, replacement) in priority order; the first match wins.
    let rules: &[(&str, &str)] = &[
        ("ies", "y"),
        ("sses", "ss"),
        ("shes", "sh"),
        ("ches", "ch"),
        ("xes", "x"),
        ("zzes", "zz"),
        ("lves", "lf"),
        ("shoes", "shoe"),
        ("oes", "o"),
    ];
    for (suffix, repl) in rules {
        if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
            return replace_tail(word, suffix.len(), repl);
        }
    }
    if lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && lower.len() > 2
    {
        return replace_tail(word, 1, "");
    }
    word.to_owned()
}

fn boundary_before(word: &str, tail: usize) -> bool {
    let cut = word.len() - tail;
    cut == 0
        || word[..cut].ends_with('_')
        || word[cut..].starts_with(|c: char| c.is_ascii_uppercase())
}

/// Replaces the last `n` bytes of `word` with `repl`, keeping the case of the first replaced letter.
fn replace_tail(word: &str, n: usize, repl: &str) -> String {
    let cut = word.len() - n;
    let upper = word[cut..].starts_with(|c: char| c.is_ascii_uppercase());
    let mut out = word[..cut].to_owned();
    if upper {
        let mut chars = repl.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    } else {
        out.push_str(repl);
    }
    out
}

/// Gives each name in `names` a unique spelling, in order: a repeat gets `_` appended.
pub fn dedupe_idents(names: &mut [String]) {
    let mut seen = std::collections::BTreeSet::new();
    for name in names.iter_mut() {
        *name = claim_unique(&mut seen, std::mem::take(name));
    }
}

/// `name`, with `_` appended until `seen` does not hold it, recorded in `seen`: one step of
/// [`dedupe_idents`], for names that arrive one at a time.
pub fn claim_unique(seen: &mut std::collections::BTreeSet<String>, mut name: String) -> String {
    while seen.contains(&name) {
        name.push('_');
    }
    seen.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_is_made_safe() {
        // The fast path of `keyword_safe` skips names that cannot be keywords: none may be.
        for keyword in KEYWORDS {
            assert_eq!(keyword_safe((*keyword).to_owned()), format!("r#{keyword}"));
        }
        for keyword in NON_RAW {
            assert_eq!(keyword_safe((*keyword).to_owned()), format!("{keyword}_"));
        }
        assert_eq!(keyword_safe("types_of".into()), "types_of");
    }

    #[test]
    fn snake_idents_are_keyword_safe() {
        assert_eq!(snake_ident("Modified_By"), "modified_by");
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("$.id"), "id");
        assert_eq!(snake_ident("2fa"), "n2fa");
        assert_eq!(snake_ident("???"), "field");
        assert_eq!(snake_ident("createdAt"), "created_at");
    }

    #[test]
    fn variants_are_unique_camel_case() {
        let values: Vec<String> = ["success", "IN_PROGRESS", "in-progress", "Other", "2fa", ""].map(String::from).into();
        assert_eq!(variant_idents(&values), ["Success", "InProgress", "InProgressAlt", "OtherValue", "N2fa", "Empty"]);
    }

    #[test]
    fn type_names_avoid_reserved() {
        assert_eq!(type_name("users"), "Users");
        assert_eq!(type_name("Result"), "ResultType");
        assert_eq!(type_name("3d_secure"), "N3dSecure");
        assert_eq!(type_name(""), "Item");
    }

    #[test]
    fn singulars() {
        for (p, s) in [
            ("users", "user"), ("territories", "territory"), ("Users", "User"), ("roles", "role"),
            ("addresses", "address"), ("boxes", "box"), ("status", "status"), ("data", "data"),
            ("user_roles", "user_role"), ("matches", "match"), ("archives", "archive"),
            ("shelves", "shelf"), ("people", "person"), ("details", "detail"), ("ids", "id"),
            ("alias", "alias"), ("bus", "bus"), ("analysis", "analysis"), ("heroes", "hero"),
            ("responses", "response"), ("statuses", "status"), ("User", "User"),
        ] {
            assert_eq!(singular(p), s, "{p}");
        }
    }
}
