//! One page's facts → its endpoints: the main one (the page title) and one per further
//! request URL (`To get a specific user:`), after `Endpoints` routes gave methods and query
//! variants and URLs naming the same endpoint were merged.

use std::path::Path;

use crate::error::Error;
use crate::schema::model::{Endpoint, Key, Location, Pagination, Param, ValueType};

use super::facts::{gather, Facts};
use super::lines::{Heading, Page};
use super::method::decide;
use super::request::{path_params, Url};
use super::routes::{apply_routes, merge_same};
use super::Diag;

/// The endpoints a page describes, each with the line of its URL.
pub(super) fn page_endpoints(file: &Path, page: &Page, diag: &mut Diag) -> Result<Vec<(usize, Endpoint)>, Error> {
    let mut facts = gather(page, diag);
    if facts.urls.is_empty() {
        let line = page.sections.iter().find(|s| s.heading == Heading::RequestUrl).map_or(page.title_line, |s| s.line);
        return Err(Error::line(
            file,
            line,
            "a `Request URL` section with a URL (`{api-domain}/…` or `https://host/…`)",
            format!("none for the page `{}`", page.title),
        ));
    }
    let mut urls = std::mem::take(&mut facts.urls);
    apply_routes(&mut urls, &facts.routes.routes, &page.title, diag);
    let urls = merge_same(urls);
    let fallback = match urls.iter().any(|u| u.method.is_none()) {
        true => Some(decide(file, &page.title, page.title_line, &facts.hints, diag)?),
        false => None,
    };
    let main_params = urls.first().map(|u| path_params(&u.path)).unwrap_or_default();
    let mut endpoints = Vec::with_capacity(urls.len());
    for (i, url) in urls.iter().enumerate() {
        let variant = i > 0;
        if variant && url.name.is_none() {
            diag.warn(url.line, "a further request URL without an introducing `To …:` line; named after the page and its path");
        }
        let name = match (&url.name, variant) {
            (Some(name), true) => name.clone(),
            _ if variant => format!("{} ({})", page.title, url.path),
            _ => page.title.clone(),
        };
        let method = url.method.clone().or_else(|| fallback.clone()).unwrap_or_else(|| "GET".to_owned());
        endpoints.push((url.line, endpoint(&facts, url, name, method, variant.then_some(main_params.as_slice()))));
    }
    Ok(endpoints)
}

/// One endpoint; `main_params` are the main URL's path parameters when `url` is a variant.
fn endpoint(facts: &Facts, url: &Url, name: String, method: String, main_params: Option<&[String]>) -> Endpoint {
    let variant = main_params.is_some();
    let own: Vec<String> = path_params(&url.path);
    // Path parameters a variant adds name the one resource it acts on.
    let resource: Vec<&str> = match main_params {
        Some(main) => own.iter().filter(|p| !main.contains(p)).map(String::as_str).collect(),
        None => Vec::new(),
    };
    let params = params(facts, url, &own, variant);
    let request_keys = if variant { not_required(&facts.request.keys, &resource) } else { facts.request.keys.clone() };
    let mut description: Vec<String> =
        facts.parts.iter().filter(|p| !variant || p.for_variants).map(|p| p.text.clone()).collect();
    if url.variants.len() > 1 {
        let ways: Vec<String> = url.variants.iter().map(|v| v.iter().map(|q| format!("`{q}`")).collect::<Vec<_>>().join(" + ")).collect();
        description.push(format!("Query variants (one per request): {}.", ways.join(", ")));
    }
    let pagination = pagination(&params);
    Endpoint {
        name,
        method,
        path: url.path.clone(),
        summary: (!facts.summary.is_empty()).then(|| facts.summary.join(" ")),
        description: (!description.is_empty()).then(|| description.join("\n\n")),
        auth: facts.auth.clone(),
        scopes: facts.scopes.clone(),
        params,
        request: facts.request.body(request_keys),
        response: facts.response.body(facts.response.keys.clone()),
        errors: facts.errors.clone(),
        pagination,
    }
}

/// Path parameters, then (main endpoint) every documented parameter as a query parameter, then
/// the URL's own query names (documented or not), then headers.
fn params(facts: &Facts, url: &Url, own: &[String], variant: bool) -> Vec<Param> {
    let mut params: Vec<Param> = own.iter().map(|name| path_param(name, facts)).collect();
    if !variant {
        for doc in &facts.params {
            params.extend(doc.params(Location::Query).into_iter().filter(|p| !own.contains(&p.name)));
        }
    }
    for name in &url.query {
        if params.iter().any(|p| p.name == *name) {
            continue;
        }
        let doc = facts.params.iter().find(|d| d.names.contains(name));
        let documented = doc.and_then(|d| d.params(Location::Query).into_iter().find(|p| p.name == *name));
        let mut param = documented.unwrap_or_else(|| plain(name, Location::Query));
        if param.description.is_none() {
            param.description = query_route(url, name);
        }
        params.push(param);
    }
    params.extend(facts.headers.iter().cloned());
    params
}

/// A path parameter: a string, required, described by the `Parameters` list or an `Endpoints`
/// `{name} : text` line; `Possible module names` are the values of a module parameter.
fn path_param(name: &str, facts: &Facts) -> Param {
    let found = facts.params.iter().find(|d| d.names.iter().any(|n| n == name));
    let mut param = found
        .and_then(|d| d.params(Location::Path).into_iter().find(|p| p.name == name))
        .unwrap_or_else(|| plain(name, Location::Path));
    param.required = true;
    if param.description.is_none() {
        param.description = facts.routes.docs.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, d)| d.clone());
    }
    if let Some(modules) = facts.modules.as_ref().filter(|_| param.values.is_empty() && is_module_param(name)) {
        param.values = modules.iter().map(|n| crate::schema::model::EnumValue { value: n.clone(), description: None }).collect();
    }
    param
}

/// An undocumented query parameter's description: the `Endpoints` route that uses it.
fn query_route(url: &Url, name: &str) -> Option<String> {
    let route = url.routes.iter().find(|r| r.split_once('?').is_some_and(|(_, q)| q.split('&').any(|p| p.split('=').next() == Some(name))))?;
    Some(format!("The way of calling this endpoint that sends it: `{route}`."))
}

/// The path parameter `Possible module names` lists the values of.
fn is_module_param(name: &str) -> bool {
    ["module_api_name", "module_name", "module"].iter().any(|m| name.eq_ignore_ascii_case(m))
}

/// An undocumented string parameter.
fn plain(name: &str, location: Location) -> Param {
    Param {
        name: name.to_owned(),
        location,
        ty: ValueType::String,
        required: location == Location::Path,
        description: None,
        values: Vec::new(),
        default: None,
        max: None,
        example: None,
    }
}

/// In a variant whose URL names the resource, the body's `id` (or a key named like the path
/// parameter) need not be sent.
fn not_required(keys: &[Key], resource: &[&str]) -> Vec<Key> {
    keys.iter()
        .map(|k| {
            let mut key = k.clone();
            if !resource.is_empty() && (key.name == "id" || resource.contains(&key.name.as_str())) {
                key.required = false;
            }
            key
        })
        .collect()
}

fn pagination(params: &[Param]) -> Option<Pagination> {
    let has = |name: &str| params.iter().any(|p| p.location == Location::Query && p.name == name);
    if has("page_token") {
        Some(Pagination::PageToken)
    } else if has("page") && has("per_page") {
        Some(Pagination::Page)
    } else {
        None
    }
}
