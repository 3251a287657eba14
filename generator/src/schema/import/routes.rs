//! The `Endpoints` list (`GET /{module_api_name}/search?criteria=…`, `{name} : text`), matched
//! onto the `Request URL`s; URLs that name one endpoint twice (a `Request Details: criteria`
//! sub-section, a version written as `v8` instead of `{version}`) merged into one with its query
//! variants; `Possible module names` as values.

use super::lines::Line;
use super::request::{url_path, url_query, Url, METHODS};
use super::Diag;

/// One line of an `Endpoints` list: a method and a path relative to the API's base.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Route {
    pub line: usize,
    /// The route as written: `GET /{module_api_name}/search?email={{email_here}}`.
    pub text: String,
    pub method: String,
    pub path: String,
    pub query: Vec<String>,
}

/// What an `Endpoints` section says.
#[derive(Debug, Default)]
pub(super) struct Routes {
    pub routes: Vec<Route>,
    /// `{module_api_name} : API name of the module…` → (`module_api_name`, the text).
    pub docs: Vec<(String, String)>,
    pub free: Vec<String>,
}

/// Reads an `Endpoints` section.
pub(super) fn parse_routes(lines: &[Line]) -> Routes {
    let mut out = Routes::default();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let text = line.content();
        let route = text.split_once(' ').filter(|(m, _)| METHODS.contains(m)).and_then(|(method, rest)| {
            let (_, path) = url_path(rest.trim())?;
            let query = url_query(rest.trim());
            Some(Route { line: line.no, text: format!("{method} {}", rest.trim()), method: method.to_owned(), path, query })
        });
        if let Some(route) = route {
            out.routes.push(route);
            continue;
        }
        let doc = text.split_once(':').and_then(|(name, doc)| {
            let name = name.trim().strip_prefix('{')?.strip_suffix('}')?;
            (!name.is_empty() && !name.contains(['{', '}', ' '])).then(|| (name.to_owned(), doc.trim().to_owned()))
        });
        match doc {
            Some(doc) => out.docs.push(doc),
            None => out.free.push(line.text.clone()),
        }
    }
    out
}

/// Gives each URL the method of the route it ends with (the longest such routes: `/Notes` does
/// not claim `/{module}/{id}/Notes` when `/{module}/{id}/Notes` is listed), adds the route's
/// query to the URL's variants, and adds a URL for each route no URL takes (under the base the
/// others share), with a warning.
pub(super) fn apply_routes(urls: &mut Vec<Url>, routes: &[Route], title: &str, diag: &mut Diag) {
    let mut base: Option<String> = None;
    let mut used = vec![false; routes.len()];
    let segments = |path: &str| path.split('/').filter(|s| !s.is_empty()).count();
    for url in urls.iter_mut() {
        let matching: Vec<(usize, String)> =
            routes.iter().enumerate().filter_map(|(i, r)| strip_route(&url.path, &r.path).map(|prefix| (i, prefix))).collect();
        let Some(longest) = matching.iter().map(|(i, _)| segments(&routes[*i].path)).max() else { continue };
        for (i, prefix) in matching.into_iter().filter(|(i, _)| segments(&routes[*i].path) == longest) {
            let route = &routes[i];
            if url.method.as_ref().is_some_and(|m| *m != route.method) {
                continue;
            }
            used[i] = true;
            base.get_or_insert(prefix);
            url.method = Some(route.method.clone());
            add_variant(url, &route.query);
            url.routes.push(route.text.clone());
        }
    }
    for (route, _) in routes.iter().zip(&used).filter(|(_, used)| !**used) {
        let path = format!("{}{}", base.as_deref().unwrap_or(""), route.path);
        diag.warn(
            route.line,
            format!("the route `{} {}` has no `Request URL`; its path is taken as `{path}`", route.method, route.path),
        );
        let name = format!("{title} ({} {})", route.method, route.path);
        let mut url = Url { line: route.line, method: Some(route.method.clone()), path, name: Some(name), ..Url::default() };
        add_variant(&mut url, &route.query);
        url.routes.push(route.text.clone());
        urls.push(url);
    }
}

/// Records one way of calling a URL's endpoint (its query names), once.
pub(super) fn add_variant(url: &mut Url, query: &[String]) {
    for name in query {
        if !url.query.contains(name) {
            url.query.push(name.clone());
        }
    }
    if !query.is_empty() && !url.variants.iter().any(|v| v == query) {
        url.variants.push(query.to_vec());
    }
}

/// The part of `path` before `route` when `path` ends with it (segments compared as
/// `same_segment` does): `/crm/{version}/{m}/search` and `/{m}/search` → `/crm/{version}`.
fn strip_route(path: &str, route: &str) -> Option<String> {
    let path: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let route: Vec<&str> = route.split('/').filter(|s| !s.is_empty()).collect();
    let keep = path.len().checked_sub(route.len())?;
    let tail = path.get(keep..)?;
    if route.is_empty() || !tail.iter().zip(&route).all(|(a, b)| same_segment(a, b)) {
        return None;
    }
    Some(path[..keep].iter().map(|s| format!("/{s}")).collect())
}

/// Two path segments name the same thing: equal, placeholders equal ignoring case
/// (`{record_ID}`, `{record_id}`), or a version written out (`v8`) and `{version}`.
pub(super) fn same_segment(a: &str, b: &str) -> bool {
    let is_param = |s: &str| s.starts_with('{') && s.ends_with('}');
    let is_version = |s: &str| {
        s.strip_prefix('v').is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    a == b
        || (is_param(a) && is_param(b) && a.eq_ignore_ascii_case(b))
        || (a == "{version}" && is_version(b))
        || (b == "{version}" && is_version(a))
}

/// Merges a URL with a query that names an endpoint already named by an earlier URL (same
/// method, paths equal as `same_segment` compares them): its query names become the earlier
/// one's variants. (The same URL twice without a query stays, and is warned about as a
/// duplicate.)
pub(super) fn merge_same(urls: Vec<Url>) -> Vec<Url> {
    let mut out: Vec<Url> = Vec::with_capacity(urls.len());
    for url in urls {
        let same = out
            .iter_mut()
            .filter(|_| !url.variants.is_empty())
            .find(|u| u.method == url.method && same_path(&u.path, &url.path));
        match same {
            Some(earlier) => {
                for variant in &url.variants {
                    add_variant(earlier, variant);
                }
                earlier.routes.extend(url.routes);
            }
            None => out.push(url),
        }
    }
    out
}

fn same_path(a: &str, b: &str) -> bool {
    let a: Vec<&str> = a.split('/').collect();
    let b: Vec<&str> = b.split('/').collect();
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| same_segment(x, y))
}

/// `leads, accounts, …, custom, and activities.` → the names; `None` when an item is not a
/// plain name (`Accounts(companies in Bigin)`): the section then stays description.
pub(super) fn module_names(text: &str) -> Option<Vec<String>> {
    let text = text.trim().trim_end_matches('.');
    let mut names = Vec::new();
    for item in text.split(',').flat_map(|i| i.split(" and ")) {
        let item = item.trim();
        let item = item.strip_prefix("and ").unwrap_or(item).trim();
        if item.is_empty() {
            continue;
        }
        if !item.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        if !names.iter().any(|n| n == item) {
            names.push(item.to_owned());
        }
    }
    (!names.is_empty()).then_some(names)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines().enumerate().map(|(i, l)| Line::new(i + 1, l)).collect()
    }

    fn url(line: usize, path: &str, query: &[&str]) -> Url {
        let query: Vec<String> = query.iter().map(|q| (*q).to_owned()).collect();
        let mut url = Url { line, path: path.to_owned(), ..Url::default() };
        add_variant(&mut url, &query);
        url
    }

    #[test]
    fn endpoints_lists_give_routes_and_placeholder_docs() {
        let routes = parse_routes(&lines(
            "  • GET /{thing}/find?name={{name_here}}\n  • GET /{thing}/find?tag={{tag}}\n  • DELETE /{thing}/{id}\n  • {thing} : The kind of thing.\nMore text.",
        ));
        let summary: Vec<(&str, &str, Vec<String>)> =
            routes.routes.iter().map(|r| (r.method.as_str(), r.path.as_str(), r.query.clone())).collect();
        assert_eq!(
            summary,
            [
                ("GET", "/{thing}/find", vec!["name".to_owned()]),
                ("GET", "/{thing}/find", vec!["tag".to_owned()]),
                ("DELETE", "/{thing}/{id}", vec![])
            ]
        );
        assert_eq!(routes.docs, [("thing".to_owned(), "The kind of thing.".to_owned())]);
        assert_eq!(routes.free, ["More text."]);
    }

    #[test]
    fn routes_set_methods_and_variants_and_unmatched_routes_are_added_under_the_base() {
        let routes = parse_routes(&lines("- GET /{Thing}/find?name={n}\n- GET /{Thing}/find?tag={t}\n- DELETE /{Thing}/{id}"));
        let mut urls = vec![url(9, "/api/{version}/{thing}/find", &[])];
        let mut diag = Diag::new(Path::new("p.txt"));
        apply_routes(&mut urls, &routes.routes, "Find Things", &mut diag);
        assert_eq!(urls[0].method.as_deref(), Some("GET"));
        assert_eq!(urls[0].variants, [vec!["name".to_owned()], vec!["tag".to_owned()]]);
        assert_eq!((urls[1].method.as_deref(), urls[1].path.as_str()), (Some("DELETE"), "/api/{version}/{Thing}/{id}"));
        assert_eq!(diag.warnings.len(), 1);
        assert!(diag.warnings[0].to_string().starts_with("warning: p.txt:3: the route `DELETE /{Thing}/{id}` has no `Request URL`"));
        assert_eq!(urls[0].routes, ["GET /{Thing}/find?name={n}", "GET /{Thing}/find?tag={t}"]);
    }

    #[test]
    fn a_url_takes_the_longest_routes_it_ends_with() {
        let routes = parse_routes(&lines("- GET /Notes\n- POST /{module}/{id}/Notes"));
        let mut urls = vec![url(1, "/api/Notes", &[]), url(2, "/api/{module}/{id}/Notes", &[])];
        let mut diag = Diag::new(Path::new("p.txt"));
        apply_routes(&mut urls, &routes.routes, "Notes", &mut diag);
        let methods: Vec<Option<&str>> = urls.iter().map(|u| u.method.as_deref()).collect();
        assert_eq!(methods, [Some("GET"), Some("POST")]);
        assert!(diag.warnings.is_empty());
    }

    #[test]
    fn a_url_naming_the_same_endpoint_with_a_written_version_merges_as_a_variant() {
        let mut first = url(3, "/api/{version}/things/find", &[]);
        first.method = Some("GET".into());
        let mut second = url(9, "/api/v8/things/find", &["name"]);
        second.method = Some("GET".into());
        let merged = merge_same(vec![first, second]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].path, "/api/{version}/things/find");
        assert_eq!(merged[0].query, ["name"]);
    }

    #[test]
    fn module_name_lists() {
        assert_eq!(module_names("leads, deals, custom, and notes."), Some(vec!["leads".into(), "deals".into(), "custom".into(), "notes".into()]));
        assert_eq!(module_names("leads, services and notes"), Some(vec!["leads".into(), "services".into(), "notes".into()]));
        assert_eq!(module_names("Accounts(companies in Bigin), contacts"), None);
    }
}
