//! The `Request URL`, `Header`, `Scope` and `Possible operation types` sections.

use crate::infer::formats::is_date_time;
use crate::schema::model::{Location, Param, ValueType};

use super::lines::Line;
use super::Diag;

/// One request URL, and the sentence that introduced it (`To get a specific user:`).
#[derive(Debug, Clone, Default)]
pub(super) struct Url {
    pub line: usize,
    pub method: Option<String>,
    pub path: String,
    /// The introducing sentence as a name: `Get a specific user`.
    pub name: Option<String>,
    /// Query names any way of calling it uses (`?criteria=…`, `?email=…`), in order.
    pub query: Vec<String>,
    /// The ways of calling it, each by its query names, when the page shows them.
    pub variants: Vec<Vec<String>>,
    /// The `Endpoints` routes that name it, as written.
    pub routes: Vec<String>,
}

pub(super) const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// URLs of a `Request URL` section, and its other text.
pub(super) fn request_urls(lines: &[Line]) -> (Vec<Url>, Vec<String>) {
    let mut urls = Vec::new();
    let mut free = Vec::new();
    let mut pending: Option<&str> = None;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        if let Some((method, path)) = url_path(&line.text) {
            let name = pending.take().map(sentence_name);
            let mut url = Url { line: line.no, method, path, name, ..Url::default() };
            super::routes::add_variant(&mut url, &url_query(&line.text));
            urls.push(url);
            continue;
        }
        if let Some(previous) = pending.take() {
            free.push(previous.to_owned());
        }
        if line.text.ends_with(':') {
            pending = Some(&line.text);
        } else {
            free.push(line.text.clone());
        }
    }
    free.extend(pending.map(str::to_owned));
    (urls, free)
}

/// `To update a specific contact role:` → `Update a specific contact role`.
fn sentence_name(text: &str) -> String {
    let text = text.trim().trim_end_matches(':').trim_end();
    let text = if text.len() > 3 && text.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("to ")) { &text[3..] } else { text };
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// `{api-domain}/crm/{version}/users?x=1` or `https://host/crm/v2/users`, optionally after a
/// method: the method and the path template (no host, query or trailing slash).
pub(super) fn url_path(text: &str) -> Option<(Option<String>, String)> {
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let (method, url) = if METHODS.contains(&first) { (Some(first.to_owned()), words.next()?) } else { (None, first) };
    if words.next().is_some() {
        return None;
    }
    let path = if let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) {
        rest.find('/').map_or("/", |i| &rest[i..])
    } else if url.starts_with('{') {
        // A host placeholder: `{api-domain}` or `{{api-domain}}`.
        let braces = url.len() - url.trim_start_matches('{').len();
        let end = url.find(&"}".repeat(braces))? + braces;
        let rest = url.get(end..)?;
        if rest.is_empty() {
            "/"
        } else if rest.starts_with('/') {
            rest
        } else {
            return None;
        }
    } else if url.starts_with('/') {
        url
    } else {
        return None;
    };
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    Some((method, if path.is_empty() { "/".to_owned() } else { path.to_owned() }))
}

/// The names of a URL's query: `…/search?criteria={{c}}&page=1` → `criteria`, `page`.
pub(super) fn url_query(text: &str) -> Vec<String> {
    let url = text.split_whitespace().last().unwrap_or("");
    let Some((_, query)) = url.split_once('?') else { return Vec::new() };
    let query = query.split('#').next().unwrap_or("");
    let mut names: Vec<String> = Vec::new();
    for pair in query.split('&') {
        let name = pair.split('=').next().unwrap_or("").trim();
        if super::heads::is_name(name) && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// Every `{name}` of a path template, in order.
pub(super) fn path_params(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open + 1..].find('}') else { break };
        let name = rest[open + 1..open + 1 + len].trim_matches(['{', '}']);
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        rest = &rest[open + 1 + len + 1..];
    }
    names
}

/// What a `Header` section says: the auth scheme, header parameters, other text.
#[derive(Debug, Default)]
pub(super) struct Headers {
    pub auth: Option<String>,
    pub params: Vec<Param>,
    pub free: Vec<String>,
}

/// `Authorization: Zoho-oauthtoken xxx` → auth scheme; `Name: description Example: value` → a
/// header parameter (`date_time` when the example is an RFC 3339 date-time with offset).
pub(super) fn headers(lines: &[Line]) -> Headers {
    let mut out = Headers::default();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let Some((name, value)) = line.content().split_once(':').map(|(n, v)| (n.trim(), v.trim())) else {
            out.free.push(line.text.clone());
            continue;
        };
        let is_header_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !is_header_name || value.is_empty() {
            out.free.push(line.text.clone());
            continue;
        }
        if name.eq_ignore_ascii_case("authorization") {
            out.auth = value.split_whitespace().next().map(str::to_owned);
            continue;
        }
        let (description, example) = match value.split_once("Example:") {
            Some((d, e)) => (d.trim(), Some(e.trim().to_owned())),
            None if !value.contains(' ') => ("", Some(value.to_owned())),
            None => (value, None),
        };
        let ty = match &example {
            Some(e) if is_date_time(e) => ValueType::DateTime,
            _ => ValueType::String,
        };
        out.params.push(Param {
            name: name.to_owned(),
            location: Location::Header,
            ty,
            required: false,
            description: (!description.is_empty()).then(|| description.to_owned()),
            values: Vec::new(),
            default: None,
            max: None,
            example: example.filter(|e| !e.is_empty()),
        });
    }
    out
}

/// `scope=A`, `(or)`, `scope=B` (or the names alone, `ZohoCRM.modules.ALL`) → the scope names,
/// and the section's other text.
pub(super) fn scopes(lines: &[Line]) -> (Vec<String>, Vec<String>) {
    let mut scopes = Vec::new();
    let mut free = Vec::new();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let words: Vec<&str> = line.text.split_whitespace().collect();
        let is_scope_line = words.iter().all(|w| scope_list(w).is_some() || matches!(*w, "(or)" | "or" | "(and)" | "and"));
        if !is_scope_line {
            free.push(line.text.clone());
            continue;
        }
        for list in words.iter().filter_map(|w| scope_list(w)) {
            scopes.extend(list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned));
        }
    }
    (scopes, free)
}

/// `scope=A,B` (`scope=` may be doubled) or a bare dotted scope name `Zoho.x.ALL` → the list.
fn scope_list(word: &str) -> Option<&str> {
    let mut list = word;
    while let Some(rest) = list.strip_prefix("scope=") {
        list = rest;
    }
    let bare = word.matches('.').count() >= 2
        && word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && word.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '{' | '}' | ','));
    (list.len() < word.len() || bare).then_some(list)
}

/// `ALL - Full access to users` lines: the operation types, up to the first line that is not
/// one (warned about once when the types are needed; it and what follows are description). A
/// table cell holding several (`| ALL - Full access READ - Get data |`) gives each.
pub(super) fn operation_types(lines: &[Line], diag: &mut Diag, needed: bool) -> (Vec<String>, Vec<String>) {
    let mut types = Vec::new();
    let mut free = Vec::new();
    for line in lines.iter().filter(|l| !l.is_blank() && !is_table_rule(&l.text)) {
        let found = types_in(line.content().trim_matches(|c: char| c == '|' || c.is_whitespace()));
        if !found.is_empty() && free.is_empty() {
            types.extend(found);
            continue;
        }
        if free.is_empty() && needed {
            diag.warn(line.no, format!("expected an operation type `NAME - description`, found `{}`; kept as description from here", line.text));
        }
        free.push(line.text.clone());
    }
    (types, free)
}

/// `READ - Get data` → `READ`; `ALL - Full access READ - Get data` → `ALL`, `READ`; prose → none.
fn types_in(text: &str) -> Vec<String> {
    let is_type = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.first().is_none_or(|w| !is_type(w)) || words.get(1).is_some_and(|w| *w != "-") {
        return Vec::new();
    }
    let mut types = vec![words[0].to_owned()];
    types.extend(words.windows(2).skip(1).filter(|w| is_type(w[0]) && w[1] == "-").map(|w| w[0].to_owned()));
    types
}

/// `|---|---|` under a table's header row.
pub(super) fn is_table_rule(text: &str) -> bool {
    text.starts_with('|') && text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// `ZohoCRM.users.{operation_type}` once per operation type; other placeholders
/// (`{module_name}`) stay as written. Returns whether any scope was expanded.
pub(super) fn expand_scopes(scopes: &[String], types: &[String]) -> (Vec<String>, bool) {
    const PLACEHOLDER: &str = "{operation_type}";
    let mut out = Vec::new();
    let mut expanded = false;
    for scope in scopes {
        if scope.contains(PLACEHOLDER) && !types.is_empty() {
            expanded = true;
            out.extend(types.iter().map(|ty| scope.replace(PLACEHOLDER, ty)));
        } else {
            out.push(scope.clone());
        }
    }
    (out, expanded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_host_and_query() {
        let path = |t: &str| url_path(t).map(|(_, p)| p);
        assert_eq!(path("{api-domain}/crm/{version}/Contacts/roles"), Some("/crm/{version}/Contacts/roles".into()));
        assert_eq!(path("https://www.zohoapis.com/crm/v2/users?type=AllUsers"), Some("/crm/v2/users".into()));
        assert_eq!(path("{{api-domain}}/crm/v2/users/"), Some("/crm/v2/users".into()));
        assert_eq!(url_path("PUT /a/{id}"), Some((Some("PUT".into()), "/a/{id}".into())));
        assert_eq!(path("To get a specific user:"), None);
        assert_eq!(path_params("/crm/{version}/roles/{role_id}"), ["version", "role_id"]);
    }

    #[test]
    fn introducing_sentences_name_urls() {
        let lines: Vec<Line> = ["https://h/a", "To get a specific user:", "https://h/a/{id}", "Note this."]
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(i + 1, l))
            .collect();
        let (urls, free) = request_urls(&lines);
        assert_eq!(urls.len(), 2);
        assert_eq!(urls[1].name.as_deref(), Some("Get a specific user"));
        assert_eq!(urls[1].line, 3);
        assert_eq!(free, ["Note this."]);
    }

    #[test]
    fn scopes_expand_over_operation_types() {
        let (scopes, expanded) = expand_scopes(&["ZohoCRM.users.{operation_type}".into()], &["ALL".into(), "READ".into()]);
        assert!(expanded);
        assert_eq!(scopes, ["ZohoCRM.users.ALL", "ZohoCRM.users.READ"]);
        let lines = [Line::new(1, "scope=A.ALL"), Line::new(2, "(or)"), Line::new(3, "scope=A.x.UPDATE")];
        assert_eq!(super::scopes(&lines).0, ["A.ALL", "A.x.UPDATE"]);
        let (scopes, _) = expand_scopes(&["Z.m.{module_name}.{operation_type}".into()], &["READ".into()]);
        assert_eq!(scopes, ["Z.m.{module_name}.READ"], "only the operation type is expanded");
        let lines = [Line::new(1, "Z.m.ALL"), Line::new(2, "(and)"), Line::new(3, "scope=scope=Z.s.READ"), Line::new(4, "Use one.")];
        assert_eq!(super::scopes(&lines), (vec!["Z.m.ALL".to_owned(), "Z.s.READ".to_owned()], vec!["Use one.".to_owned()]));
    }

    #[test]
    fn operation_types_end_at_the_first_other_line_with_one_warning() {
        let lines: Vec<Line> = ["ALL - All", "READ - Read", "• A note.", "• Another note."]
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(i + 1, l))
            .collect();
        let mut diag = Diag::new(std::path::Path::new("p.txt"));
        let (types, free) = operation_types(&lines, &mut diag, true);
        assert_eq!(types, ["ALL", "READ"]);
        assert_eq!(free, ["• A note.", "• Another note."]);
        assert_eq!(diag.warnings.len(), 1);
        let table = [Line::new(1, "|---|"), Line::new(2, "| ALL - Full access READ - Get data |")];
        assert_eq!(operation_types(&table, &mut diag, true).0, ["ALL", "READ"]);
        assert_eq!(url_query("GET /x/search?criteria={{c}}&page=1"), ["criteria", "page"]);
    }
}
