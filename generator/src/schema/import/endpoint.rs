//! One page's sections → its endpoints: the main one (the page title) and one variant per
//! further request URL (`To get a specific user:`).

use std::path::Path;

use serde_json::Value;

use crate::error::Error;
use crate::schema::model::{Body, Endpoint, ErrorEntry, Key, Location, Pagination, Param, ValueType};

use super::errors::parse_errors;
use super::keys::{parse_key_list, DocKey};
use super::lines::{Heading, Page};
use super::request::{expand_scopes, headers, operation_types, path_params, request_urls, scopes, Url};
use super::samples::{curl_method, json_sample, locate, nest, Step};
use super::Diag;

/// A paragraph of the description, and whether it also describes the variants (text about
/// query parameters does not: variants have none).
struct Part {
    text: String,
    for_variants: bool,
}

/// Documented body keys placed into the sample.
#[derive(Default)]
struct BodyDoc {
    keys: Vec<Key>,
    path: Vec<Step>,
    sample: Option<Value>,
}

impl BodyDoc {
    fn body(&self, keys: Vec<Key>) -> Option<Body> {
        if keys.is_empty() && self.sample.is_none() {
            return None;
        }
        Some(Body { keys: nest(keys, &self.path), sample: self.sample.clone() })
    }
}

/// Everything the page says, before it is split into endpoints.
#[derive(Default)]
struct Facts {
    summary: Vec<String>,
    parts: Vec<Part>,
    urls: Vec<Url>,
    auth: Option<String>,
    headers: Vec<Param>,
    scopes: Vec<String>,
    params: Vec<DocKey>,
    request: BodyDoc,
    response: BodyDoc,
    errors: Vec<ErrorEntry>,
    method: Option<String>,
}

/// The endpoints a page describes, each with the line of its URL.
pub(super) fn page_endpoints(file: &Path, page: &Page, diag: &mut Diag) -> Result<Vec<(usize, Endpoint)>, Error> {
    let facts = gather(page, diag);
    let Some(main) = facts.urls.first() else {
        let line = page.sections.iter().find(|s| s.heading == Heading::RequestUrl).map_or(page.title_line, |s| s.line);
        return Err(Error::line(
            file,
            line,
            "a `Request URL` section with a URL (`{api-domain}/…` or `https://host/…`)",
            format!("none for the page `{}`", page.title),
        ));
    };
    if facts.method.is_none() && facts.urls.iter().any(|u| u.method.is_none()) {
        diag.warn(page.title_line, "no curl command in `Sample Request` (`-X METHOD`); GET assumed");
    }
    let main_params = path_params(&main.path);
    let mut endpoints = Vec::new();
    for (i, url) in facts.urls.iter().enumerate() {
        let variant = i > 0;
        if variant && url.name.is_none() {
            diag.warn(url.line, "a further request URL without an introducing `To …:` line; named after the page and its path");
        }
        let name = match (&url.name, variant) {
            (Some(name), true) => name.clone(),
            _ if variant => format!("{} ({})", page.title, url.path),
            _ => page.title.clone(),
        };
        let own: Vec<String> = path_params(&url.path);
        // Path parameters a variant adds name the one resource it acts on.
        let resource: Vec<&str> = own.iter().filter(|p| !main_params.contains(p)).map(String::as_str).collect();
        let mut params: Vec<Param> = own.iter().map(|name| path_param(name, &facts.params)).collect();
        if !variant {
            for doc in &facts.params {
                params.extend(doc.params(Location::Query).into_iter().filter(|p| !own.contains(&p.name)));
            }
        }
        params.extend(facts.headers.iter().cloned());
        let request_keys = if variant { not_required(&facts.request.keys, &resource) } else { facts.request.keys.clone() };
        let description: Vec<&str> =
            facts.parts.iter().filter(|p| !variant || p.for_variants).map(|p| p.text.as_str()).collect();
        let pagination = pagination(&params);
        endpoints.push((
            url.line,
            Endpoint {
                name,
                method: url.method.clone().or_else(|| facts.method.clone()).unwrap_or_else(|| "GET".to_owned()),
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
            },
        ));
    }
    Ok(endpoints)
}

/// Reads every section, in page order.
fn gather(page: &Page, diag: &mut Diag) -> Facts {
    let mut facts = Facts::default();
    let intro: Vec<&str> = page.intro.iter().map(|l| l.text.as_str()).collect();
    push(&mut facts.parts, &intro.join("\n\n"), true);
    // Scopes first: whether `Possible operation types` is used up depends on them.
    let mut raw_scopes = Vec::new();
    let mut types = Vec::new();
    for section in &page.sections {
        if section.heading == Heading::Scope {
            let (found, free) = scopes(&section.lines);
            raw_scopes.extend(found);
            push(&mut facts.parts, &free.join("\n"), true);
        }
    }
    let needs_types = raw_scopes.iter().any(|s| s.contains('{'));
    for section in page.sections.iter().filter(|s| s.heading == Heading::OperationTypes) {
        types.extend(operation_types(&section.lines, diag, needs_types));
    }
    let (expanded_scopes, expanded) = expand_scopes(&raw_scopes, &types);
    if needs_types && !expanded {
        let line = page.sections.iter().find(|s| s.heading == Heading::Scope).map_or(page.title_line, |s| s.line);
        diag.warn(line, "a scope with a placeholder but no `Possible operation types` to expand it; kept as written");
    }
    facts.scopes = expanded_scopes;
    let mut request_keys = Vec::new();
    let mut response_keys = Vec::new();
    for section in &page.sections {
        match section.heading {
            Heading::Purpose => {
                if !facts.summary.is_empty() {
                    diag.warn(section.line, "a second `Purpose`: a page is read as one endpoint group; split pages that describe several");
                }
                facts.summary.extend(section.lines.iter().filter(|l| !l.is_blank()).map(|l| l.text.clone()));
            }
            Heading::Structural => {
                if section.lines.iter().any(|l| !l.is_blank()) {
                    push(&mut facts.parts, &section.as_text(), true);
                }
            }
            Heading::RequestUrl => {
                let (urls, free) = request_urls(&section.lines);
                facts.urls.extend(urls);
                push(&mut facts.parts, &free.join("\n\n"), true);
            }
            Heading::Header => {
                let found = headers(&section.lines);
                facts.auth = facts.auth.take().or(found.auth);
                facts.headers.extend(found.params);
                push(&mut facts.parts, &found.free.join("\n\n"), true);
            }
            Heading::Scope => {}
            Heading::OperationTypes => {
                if !expanded {
                    push(&mut facts.parts, &section.as_text(), true);
                }
            }
            Heading::Parameters => {
                let list = parse_key_list(&section.lines, diag);
                facts.params.extend(list.keys);
                push(&mut facts.parts, &list.free.join("\n\n"), false);
            }
            Heading::InputKeys | Heading::ResponseKeys => {
                let list = parse_key_list(&section.lines, diag);
                let target = if section.heading == Heading::InputKeys { &mut request_keys } else { &mut response_keys };
                target.push((section.line, list.keys));
                push(&mut facts.parts, &list.free.join("\n\n"), true);
            }
            Heading::Errors => {
                let (errors, free) = parse_errors(&section.lines, diag);
                facts.errors.extend(errors);
                push(&mut facts.parts, &free.join("\n\n"), true);
            }
            Heading::SampleRequest => {
                facts.method = facts.method.take().or_else(|| curl_method(&section.lines));
                let before_code = section.lines.iter().take_while(|l| !l.text.starts_with("Copied"));
                let text: Vec<&str> = before_code.filter(|l| !l.is_blank()).map(|l| l.text.as_str()).collect();
                push(&mut facts.parts, &text.join("\n\n"), true);
            }
            Heading::SampleInput | Heading::SampleResponse => {
                let (sample, free) = json_sample(&section.lines, diag);
                let target = if section.heading == Heading::SampleInput { &mut facts.request } else { &mut facts.response };
                if target.sample.is_none() {
                    target.sample = sample;
                }
                push(&mut facts.parts, &free.join("\n\n"), true);
            }
        }
    }
    place(&mut facts.request, request_keys, "Sample Input", diag);
    place(&mut facts.response, response_keys, "Sample Response", diag);
    facts
}

fn push(parts: &mut Vec<Part>, text: &str, for_variants: bool) {
    if !text.trim().is_empty() {
        parts.push(Part { text: text.to_owned(), for_variants });
    }
}

/// Puts documented keys where the sample shows them (`{"users": [ {documented…} ]}`).
fn place(body: &mut BodyDoc, lists: Vec<(usize, Vec<DocKey>)>, sample_name: &str, diag: &mut Diag) {
    let Some(line) = lists.first().map(|(line, _)| *line) else { return };
    body.keys = lists.iter().flat_map(|(_, keys)| keys.iter().flat_map(DocKey::keys)).collect();
    if body.keys.is_empty() {
        return;
    }
    let names: Vec<&str> = body.keys.iter().map(|k| k.name.as_str()).collect();
    match &body.sample {
        None => diag.warn(line, format!("no {sample_name} to place the documented keys in; kept at the top level")),
        Some(sample) => match locate(sample, &names) {
            Some(path) => body.path = path,
            None => diag.warn(
                line,
                format!("the documented keys were not found together in the {sample_name}; kept at the top level"),
            ),
        },
    }
}

/// A path parameter: a string, required, described by the `Parameters` list when it names it.
fn path_param(name: &str, documented: &[DocKey]) -> Param {
    let found = documented.iter().find(|d| d.names.iter().any(|n| n == name));
    let mut param = found.and_then(|d| d.params(Location::Path).into_iter().find(|p| p.name == name)).unwrap_or(Param {
        name: name.to_owned(),
        location: Location::Path,
        ty: ValueType::String,
        required: true,
        description: None,
        values: Vec::new(),
        default: None,
        max: None,
        example: None,
    });
    param.required = true;
    param
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
