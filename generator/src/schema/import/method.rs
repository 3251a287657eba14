//! The method of a page's URLs that no `Endpoints` route or `METHOD url` line gives: from, in
//! order, a `Request Method` section, the curl in `Sample Request`, the title's verb, the
//! operation types. The last two are guesses, so using them is warned about.

use std::path::Path;

use crate::error::Error;

use super::Diag;

/// What the page offers for deciding the method.
#[derive(Debug, Default)]
pub(super) struct MethodHints {
    /// `Request Method` section: `GET`.
    pub stated: Option<String>,
    /// The curl sample's method.
    pub curl: Option<String>,
    /// `Possible operation types`: `ALL`, `READ`, `CREATE`, …
    pub types: Vec<String>,
}

/// The method, or an error naming the title line when nothing on the page gives one.
pub(super) fn decide(file: &Path, title: &str, title_line: usize, hints: &MethodHints, diag: &mut Diag) -> Result<String, Error> {
    if let Some(method) = hints.stated.as_ref().or(hints.curl.as_ref()) {
        return Ok(method.clone());
    }
    if let Some((verb, method)) = title_verb(title) {
        diag.warn(
            title_line,
            format!("no `Endpoints` list or curl sample gives the method; {method} taken from the title's verb `{verb}`"),
        );
        return Ok(method.to_owned());
    }
    if let Some((ty, method)) = type_method(&hints.types) {
        diag.warn(
            title_line,
            format!("no `Endpoints` list, curl sample or verb in the title gives the method; {method} taken from the operation type `{ty}`"),
        );
        return Ok(method.to_owned());
    }
    Err(Error::line(
        file,
        title_line,
        "a method: an `Endpoints` list (`GET /path`), a curl `-X METHOD` in `Sample Request`, a title starting with a verb (Get, Insert, Update, Delete, …) or operation types (READ, CREATE, …)",
        format!("none for the page `{title}`"),
    ))
}

/// Title verbs and the method each means in these docs.
const VERBS: &[(&str, &str)] = &[
    ("get", "GET"),
    ("list", "GET"),
    ("retrieve", "GET"),
    ("fetch", "GET"),
    ("search", "GET"),
    ("download", "GET"),
    ("read", "GET"),
    ("insert", "POST"),
    ("create", "POST"),
    ("add", "POST"),
    ("upload", "POST"),
    ("upsert", "POST"),
    ("send", "POST"),
    ("convert", "POST"),
    ("update", "PUT"),
    ("edit", "PUT"),
    ("modify", "PUT"),
    ("delete", "DELETE"),
    ("remove", "DELETE"),
];

/// `Insert Records` → (`Insert`, POST).
fn title_verb(title: &str) -> Option<(&str, &'static str)> {
    let verb = title.split_whitespace().next()?;
    VERBS.iter().find(|(word, _)| verb.eq_ignore_ascii_case(word)).map(|(_, method)| (verb, *method))
}

/// The most specific operation type: CREATE → POST, DELETE → DELETE, UPDATE/WRITE → PUT,
/// READ → GET (`ALL` says nothing).
fn type_method(types: &[String]) -> Option<(&str, &'static str)> {
    const ORDER: &[(&str, &str)] = &[("CREATE", "POST"), ("DELETE", "DELETE"), ("UPDATE", "PUT"), ("WRITE", "PUT"), ("READ", "GET")];
    ORDER.iter().find_map(|(ty, method)| types.iter().find(|t| t.as_str() == *ty).map(|t| (t.as_str(), *method)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(title: &str, hints: &MethodHints) -> (Result<String, String>, Vec<String>) {
        let mut diag = Diag::new(Path::new("p.txt"));
        let method = decide(Path::new("p.txt"), title, 1, hints, &mut diag).map_err(|e| e.to_string());
        (method, diag.warnings.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn the_first_source_decides_and_guesses_are_warned_about() {
        let curl = MethodHints { curl: Some("PUT".into()), types: vec!["CREATE".into()], ..Default::default() };
        assert_eq!(run("Insert Widgets", &curl), (Ok("PUT".into()), vec![]));
        let stated = MethodHints { stated: Some("GET".into()), curl: Some("PUT".into()), ..Default::default() };
        assert_eq!(run("Widgets", &stated).0, Ok("GET".into()));
        let none = MethodHints { types: vec!["ALL".into(), "WRITE".into(), "CREATE".into()], ..Default::default() };
        let (method, warnings) = run("Insert Widgets", &none);
        assert_eq!(method, Ok("POST".into()));
        assert_eq!(warnings, ["warning: p.txt:1: no `Endpoints` list or curl sample gives the method; POST taken from the title's verb `Insert`"]);
        let (method, warnings) = run("Widget Notes", &none);
        assert_eq!(method, Ok("POST".into()));
        assert!(warnings[0].contains("from the operation type `CREATE`"), "{warnings:?}");
    }

    #[test]
    fn a_page_with_no_source_is_an_error_at_its_title() {
        let (method, _) = run("Widget Notes", &MethodHints { types: vec!["ALL".into()], ..Default::default() });
        assert!(method.is_err_and(|e| e.starts_with("p.txt:1: expected a method")));
    }
}
