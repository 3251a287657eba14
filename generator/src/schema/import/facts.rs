//! Everything a page says, read section by section, before it is split into endpoints.

use serde_json::Value;

use crate::schema::model::{Body, ErrorEntry, Key, Param};

use super::errors::parse_errors;
use super::keys::{parse_key_list, DocKey};
use super::lines::{Heading, Page, Section};
use super::method::MethodHints;
use super::request::{expand_scopes, headers, operation_types, request_urls, scopes, Url, METHODS};
use super::routes::{module_names, parse_routes, Routes};
use super::samples::{curl_method, json_sample, locate, nest, Step};
use super::Diag;

/// A paragraph of the description, and whether it also describes the variants (text about
/// query parameters does not: variants have none).
pub(super) struct Part {
    pub text: String,
    pub for_variants: bool,
}

/// Documented body keys placed into the sample.
#[derive(Default)]
pub(super) struct BodyDoc {
    pub keys: Vec<Key>,
    path: Vec<Step>,
    sample: Option<Value>,
}

impl BodyDoc {
    pub fn body(&self, keys: Vec<Key>) -> Option<Body> {
        if keys.is_empty() && self.sample.is_none() {
            return None;
        }
        Some(Body { keys: nest(keys, &self.path), sample: self.sample.clone() })
    }
}

/// Everything the page says, before it is split into endpoints.
#[derive(Default)]
pub(super) struct Facts {
    pub summary: Vec<String>,
    pub parts: Vec<Part>,
    pub urls: Vec<Url>,
    pub routes: Routes,
    pub auth: Option<String>,
    pub headers: Vec<Param>,
    pub scopes: Vec<String>,
    pub params: Vec<DocKey>,
    pub request: BodyDoc,
    pub response: BodyDoc,
    pub errors: Vec<ErrorEntry>,
    pub hints: MethodHints,
    /// `Possible module names`: the values of the `{module_api_name}` path parameter.
    pub modules: Option<Vec<String>>,
    /// Text under `Possible operation types` after the types (used when the types are).
    types_free: Vec<String>,
}

/// Reads every section, in page order.
pub(super) fn gather(page: &Page, diag: &mut Diag) -> Facts {
    let mut facts = Facts::default();
    let intro: Vec<&str> = page.intro.iter().map(|l| l.text.as_str()).collect();
    push(&mut facts.parts, &intro.join("\n\n"), true);
    let expanded = read_scopes(page, &mut facts, diag);
    let mut request_keys = Vec::new();
    let mut response_keys = Vec::new();
    // The `Request Details: X` sub-section the page is in: names its URLs.
    let mut details: Option<String> = None;
    for section in &page.sections {
        match section.heading {
            Heading::Purpose => purpose(section, &mut facts, diag),
            Heading::Structural => {
                details = None;
                if section.lines.iter().any(|l| !l.is_blank()) {
                    push(&mut facts.parts, &section.as_text(), true);
                }
            }
            Heading::RequestDetails => details = section.details_name().map(|d| format!("{} ({d})", page.title)),
            Heading::Endpoints => {
                let routes = parse_routes(&section.lines);
                facts.routes.routes.extend(routes.routes);
                facts.routes.docs.extend(routes.docs);
                push(&mut facts.parts, &routes.free.join("\n"), true);
            }
            Heading::RequestMethod => request_method(section, &mut facts),
            Heading::RequestUrl => {
                let (mut urls, free) = request_urls(&section.lines);
                for url in &mut urls {
                    url.name = url.name.take().or_else(|| details.clone());
                }
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
                let text = if expanded { std::mem::take(&mut facts.types_free).join("\n") } else { section.as_text() };
                push(&mut facts.parts, &text, true);
            }
            Heading::ModuleNames => module_names_section(section, &mut facts),
            Heading::Note => push(&mut facts.parts, &section.as_text(), true),
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
                facts.hints.curl = facts.hints.curl.take().or_else(|| curl_method(&section.lines));
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

/// Scopes first: whether `Possible operation types` is used up depends on them. Returns
/// whether a scope was expanded over the operation types.
fn read_scopes(page: &Page, facts: &mut Facts, diag: &mut Diag) -> bool {
    let mut raw_scopes = Vec::new();
    for section in page.sections.iter().filter(|s| s.heading == Heading::Scope) {
        let (found, free) = scopes(&section.lines);
        raw_scopes.extend(found);
        push(&mut facts.parts, &free.join("\n"), true);
    }
    let needs_types = raw_scopes.iter().any(|s| s.contains('{'));
    for section in page.sections.iter().filter(|s| s.heading == Heading::OperationTypes) {
        let (types, free) = operation_types(&section.lines, diag, needs_types);
        facts.hints.types.extend(types);
        facts.types_free.extend(free);
    }
    let (expanded_scopes, expanded) = expand_scopes(&raw_scopes, &facts.hints.types);
    if needs_types && !expanded {
        let line = page.sections.iter().find(|s| s.heading == Heading::Scope).map_or(page.title_line, |s| s.line);
        diag.warn(line, "a scope with a placeholder but no `Possible operation types` to expand it; kept as written");
    }
    facts.scopes = expanded_scopes;
    expanded
}

/// `Purpose`: its `To …` paragraphs are the summary; an intro paragraph beside them (`A record
/// is an entity…`) is description.
fn purpose(section: &Section, facts: &mut Facts, diag: &mut Diag) {
    if !facts.summary.is_empty() {
        diag.warn(section.line, "a second `Purpose`: a page is read as one endpoint group; split pages that describe several");
    }
    let paragraphs: Vec<&str> = section.lines.iter().filter(|l| !l.is_blank()).map(|l| l.text.as_str()).collect();
    let is_aim = |p: &&str| p.starts_with("To ");
    if paragraphs.len() > 1 && paragraphs.iter().any(is_aim) {
        let (aims, other): (Vec<&str>, Vec<&str>) = paragraphs.into_iter().partition(is_aim);
        facts.summary.extend(aims.into_iter().map(str::to_owned));
        push(&mut facts.parts, &other.join("\n\n"), true);
    } else {
        facts.summary.extend(paragraphs.into_iter().map(str::to_owned));
    }
}

/// `Request Method` then `GET`: the method; anything else is description.
fn request_method(section: &Section, facts: &mut Facts) {
    let first = section.lines.iter().find(|l| !l.is_blank()).map(|l| l.text.trim().to_ascii_uppercase());
    match first.filter(|m| METHODS.contains(&m.as_str())) {
        Some(method) => facts.hints.stated = facts.hints.stated.take().or(Some(method)),
        None => push(&mut facts.parts, &section.as_text(), true),
    }
}

/// `Possible module names`: the first line's names become values; the section stays in the
/// description too (the generated client documents path parameters only through it).
fn module_names_section(section: &Section, facts: &mut Facts) {
    let names = section.lines.iter().find(|l| !l.is_blank()).and_then(|l| module_names(&l.text));
    if facts.modules.is_none() {
        facts.modules = names;
    }
    push(&mut facts.parts, &section.as_text(), true);
}

pub(super) fn push(parts: &mut Vec<Part>, text: &str, for_variants: bool) {
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
