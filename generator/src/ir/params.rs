//! Path segments and query / header / form parameters of one request.

use crate::postman::{self, Resolver};

use super::model::{Param, ParamLocation, PathSegment, SegmentPart};
use super::names::snake_ident;
use super::types::TypeRef;

/// Names a generated method already uses for its own arguments.
const RESERVED_ARGS: &[&str] = &["body", "params", "parts", "request", "self_"];

/// Splits the URL path into literal and templated segments and collects path parameters.
///
/// `:id` segments and `{{var}}` placeholders are parameters; everything else is literal.
pub fn build_path(url: &postman::Url) -> (Vec<PathSegment>, Vec<Param>) {
    let mut params: Vec<Param> = Vec::new();
    let mut segments = Vec::new();
    for raw in &url.path {
        let parts = segment_parts(raw);
        if let [Part::Lit(text)] = parts.as_slice() {
            segments.push(PathSegment::Literal(text.clone()));
            continue;
        }
        let mut out = Vec::new();
        for part in parts {
            match part {
                Part::Lit(text) => out.push(SegmentPart::Literal(text)),
                Part::Var(name) => {
                    let index = match params.iter().position(|p| p.wire == name) {
                        Some(i) => i,
                        None => {
                            let declared = url.variables.iter().find(|v| v.key == name);
                            params.push(Param {
                                ident: String::new(),
                                wire: name.clone(),
                                location: ParamLocation::Path,
                                ty: TypeRef::String,
                                required: true,
                                repeated: false,
                                docs: declared.and_then(|v| v.description.clone()),
                                example: declared.and_then(|v| v.value.clone()).filter(|v| !v.is_empty()),
                                doc: Default::default(),
                            });
                            params.len() - 1
                        }
                    };
                    out.push(SegmentPart::Param(index));
                }
            }
        }
        segments.push(PathSegment::Template(out));
    }
    assign_idents(&mut params);
    (segments, params)
}

enum Part {
    Lit(String),
    Var(String),
}

fn segment_parts(raw: &str) -> Vec<Part> {
    if let Some(name) = raw.strip_prefix(':')
        && !name.is_empty()
        && !name.contains(['{', '}'])
    {
        return vec![Part::Var(name.to_owned())];
    }
    let names = Resolver::var_names(raw);
    if names.is_empty() {
        return vec![Part::Lit(raw.to_owned())];
    }
    let mut parts = Vec::new();
    let mut rest = raw;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else { break };
        if start > 0 {
            parts.push(Part::Lit(rest[..start].to_owned()));
        }
        parts.push(Part::Var(rest[start + 2..start + len].trim().to_owned()));
        rest = &rest[start + len + 2..];
    }
    if !rest.is_empty() {
        parts.push(Part::Lit(rest.to_owned()));
    }
    parts
}

/// Query parameters: one per distinct key; a key given more than once is repeated.
pub fn build_params(query: &[postman::QueryParam]) -> Vec<Param> {
    keyed_params(query.iter().map(|q| (&q.key, &q.value, &q.description)))
}

/// Query keys the examples' requests add to the item's: a key only an example sends
/// (`dry_run=true`) is an optional parameter too, and a key an example repeats is repeated.
pub fn add_example_query_params<'q>(params: &mut Vec<Param>, queries: impl Iterator<Item = &'q [postman::QueryParam]>) {
    for query in queries {
        let enabled: Vec<&postman::QueryParam> = query.iter().filter(|q| !q.disabled && !q.key.is_empty()).collect();
        for (i, q) in enabled.iter().enumerate() {
            let repeats = enabled[..i].iter().any(|earlier| earlier.key == q.key);
            match params.iter_mut().find(|p| p.wire == q.key && p.location == ParamLocation::Query) {
                Some(param) => param.repeated |= repeats,
                None => params.extend(build_params(std::slice::from_ref(*q))),
            }
        }
    }
}

/// Fields of a urlencoded body, as optional string parameters.
pub fn form_params(fields: &[postman::FormField]) -> Vec<Param> {
    keyed_params(fields.iter().map(|f| (&f.key, &f.value, &f.description)))
}

/// Optional string parameters from (key, example value, description), one per distinct key.
fn keyed_params<'a>(
    entries: impl Iterator<Item = (&'a String, &'a Option<String>, &'a Option<String>)>,
) -> Vec<Param> {
    let mut params: Vec<Param> = Vec::new();
    for (key, value, description) in entries.filter(|(k, _, _)| !k.is_empty()) {
        if let Some(existing) = params.iter_mut().find(|p| &p.wire == key) {
            existing.repeated = true;
            continue;
        }
        params.push(Param {
            ident: String::new(),
            wire: key.clone(),
            location: ParamLocation::Query,
            ty: TypeRef::String,
            required: false,
            repeated: false,
            docs: description.clone(),
            example: value.clone().filter(|v| !v.is_empty()),
            doc: Default::default(),
        });
    }
    assign_idents(&mut params);
    params
}

/// Headers a browser or HTTP stack sets for itself; a collection that captured them (Postman
/// often does) says nothing about the API, so they are neither sent nor offered.
const TRANSPORT_HEADERS: &[&str] = &[
    "accept-encoding", "accept-language", "cache-control", "connection", "content-length", "content-type",
    "cookie", "dnt", "host", "origin", "postman-token", "pragma", "referer", "te", "upgrade-insecure-requests",
    "user-agent",
];

/// Conditional headers: per-call by nature (a captured ETag must never be sent on every call).
const CONDITIONAL_HEADERS: &[&str] = &["if-match", "if-none-match", "if-modified-since", "if-unmodified-since", "if-range"];

/// Headers the caller may set (variable, disabled or conditional ones), and headers sent with a
/// fixed value on every call.
///
/// `Content-Type` follows the body, and `Authorization` belongs to the auth settings.
pub fn header_params(headers: &[postman::Header], has_auth: bool) -> (Vec<Param>, Vec<(String, String)>) {
    let mut params: Vec<Param> = Vec::new();
    let mut fixed = Vec::new();
    for h in headers {
        let lower = h.key.to_ascii_lowercase();
        if !is_header_name(&h.key)
            || !is_header_value(&h.value)
            || TRANSPORT_HEADERS.contains(&lower.as_str())
            || lower.starts_with("sec-")
            || (lower == "authorization" && (has_auth || h.value.contains("{{")))
            || params.iter().any(|p| p.wire.eq_ignore_ascii_case(&h.key))
            || fixed.iter().any(|(k, _): &(String, String)| k.eq_ignore_ascii_case(&h.key))
        {
            continue;
        }
        let per_call = h.disabled
            || h.value.contains("{{")
            || h.value.is_empty()
            || lower == "authorization"
            || CONDITIONAL_HEADERS.contains(&lower.as_str());
        if !per_call {
            fixed.push((h.key.clone(), h.value.clone()));
            continue;
        }
        params.push(Param {
            ident: String::new(),
            wire: h.key.clone(),
            location: ParamLocation::Header,
            ty: TypeRef::String,
            required: false,
            repeated: false,
            docs: h.description.clone(),
            example: Some(h.value.clone()).filter(|v| !v.is_empty()),
            doc: Default::default(),
        });
    }
    assign_idents(&mut params);
    (params, fixed)
}

/// Fixed headers reconciled with the headers the examples' requests saved:
/// - `Accept` lists every media range the item and its examples ask for (a DocuSign error
///   example asks for `application/problem+json`; one call must accept both answers);
/// - any other fixed header an example saves with another value, or a header only examples
///   save, is the caller's choice (`Prefer: return=representation`): a per-call parameter.
pub fn reconcile_example_headers<'h>(
    fixed: &mut Vec<(String, String)>,
    params: &mut Vec<Param>,
    examples: impl Iterator<Item = &'h [postman::Header]>,
    has_auth: bool,
) {
    let mut accept: Vec<String> = Vec::new();
    let mut add_accept = |value: &str| {
        for range in value.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            if !accept.iter().any(|a| a.eq_ignore_ascii_case(range)) {
                accept.push(range.to_owned());
            }
        }
    };
    let fixed_accept = fixed.iter().position(|(k, _)| k.eq_ignore_ascii_case("accept"));
    if let Some(i) = fixed_accept {
        add_accept(&fixed[i].1);
    }
    let mut varying: Vec<postman::Header> = Vec::new();
    for headers in examples {
        let (example_params, example_fixed) = header_params(headers, has_auth);
        for (key, value) in example_fixed {
            if key.eq_ignore_ascii_case("accept") {
                add_accept(&value);
                continue;
            }
            let same = fixed.iter().any(|(k, v)| k.eq_ignore_ascii_case(&key) && v.trim() == value.trim());
            let known = params.iter().chain(&example_params).any(|p| p.wire.eq_ignore_ascii_case(&key))
                || varying.iter().any(|h| h.key.eq_ignore_ascii_case(&key));
            if !same && !known {
                let at = fixed.iter().position(|(k, _)| k.eq_ignore_ascii_case(&key));
                let docs = Some(format!("The saved examples send different values (e.g. `{value}`)."));
                let item_value = at.map(|i| fixed.remove(i).1);
                // Disabled: a header the caller may set, with the item's value as its example.
                varying.push(postman::Header { key, value: item_value.unwrap_or(value), disabled: true, description: docs });
            }
        }
    }
    let (mut extra, _) = header_params(&varying, has_auth);
    params.append(&mut extra);
    let joined = accept.join(", ");
    match fixed.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case("accept")) {
        Some((_, value)) => *value = joined,
        None if !accept.is_empty() => fixed.push(("Accept".to_owned(), joined)),
        None => {}
    }
}

/// An RFC 9110 `token`, what a header name is made of. Any other name (`X-🚀`, `a b`) fails
/// every call when sent, so such a header is neither sent nor offered (`build` warns).
pub fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A value the HTTP stack accepts: no control characters but tab (a header with a line break
/// in its value fails every call that sends it).
pub fn is_header_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f))
}

/// Idents for parameters, unique within the list and clear of the method's own argument names.
pub fn assign_idents(params: &mut [Param]) {
    let mut idents: Vec<String> = params
        .iter()
        .map(|p| {
            let ident = snake_ident(&p.wire);
            if RESERVED_ARGS.contains(&ident.as_str()) { format!("{ident}_") } else { ident }
        })
        .collect();
    super::names::dedupe_idents(&mut idents);
    for (p, ident) in params.iter_mut().zip(idents) {
        p.ident = ident;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(key: &str, value: &str, disabled: bool) -> postman::Header {
        postman::Header { key: key.into(), value: value.into(), disabled, description: None }
    }

    #[test]
    fn path_parameters_from_colon_and_brace_forms() {
        let url = postman::Url {
            path: vec!["repos".into(), ":owner".into(), "{{repo}}".into(), "v{{n}}.json".into(), ":owner".into()],
            ..Default::default()
        };
        let (segments, params) = build_path(&url);
        let wires: Vec<&str> = params.iter().map(|p| p.wire.as_str()).collect();
        assert_eq!(wires, ["owner", "repo", "n"]);
        assert_eq!(segments[0], PathSegment::Literal("repos".into()));
        assert_eq!(segments[1], PathSegment::Template(vec![SegmentPart::Param(0)]));
        assert_eq!(
            segments[3],
            PathSegment::Template(vec![
                SegmentPart::Literal("v".into()),
                SegmentPart::Param(2),
                SegmentPart::Literal(".json".into())
            ])
        );
        // The same parameter twice is one argument.
        assert_eq!(segments[4], PathSegment::Template(vec![SegmentPart::Param(0)]));
    }

    #[test]
    fn headers_split_into_fixed_per_call_and_ignored() {
        let (params, fixed) = header_params(
            &[
                header("Accept", "application/json", false),
                header("X-Api-Version", "2", false),
                header("If-None-Match", "W/\"2-abc\"", false),
                header("Origin", "http://localhost:3000", false),
                header("Content-Type", "application/json", false),
                header("Authorization", "Bearer {{token}}", false),
                header("X-Tenant", "{{tenant}}", false),
                header("X-Debug", "1", true),
                header("sec-fetch-mode", "cors", false),
                header("X-🚀", "1", false),
                header("X-Multi", "a\nb", false),
            ],
            false,
        );
        assert_eq!(fixed, [("Accept".into(), "application/json".into()), ("X-Api-Version".into(), "2".into())]);
        let per_call: Vec<(&str, &str)> = params.iter().map(|p| (p.wire.as_str(), p.ident.as_str())).collect();
        assert_eq!(per_call, [("If-None-Match", "if_none_match"), ("X-Tenant", "x_tenant"), ("X-Debug", "x_debug")]);
    }

    #[test]
    fn example_headers_widen_accept_and_make_varying_values_the_callers() {
        let item = [header("Accept", "application/json", false), header("Prefer", "views=full", false), header("X-Fixed", "1", false)];
        let (mut params, mut fixed) = header_params(&item, false);
        let error_example = [header("Accept", "application/problem+json", false), header("X-Fixed", "1", false)];
        let created_example = [
            header("Accept", "application/json", false),
            header("Prefer", "return=representation, views=full", false),
            header("X-Only-Here", "a", false),
        ];
        let examples = [&error_example[..], &created_example[..]];
        reconcile_example_headers(&mut fixed, &mut params, examples.into_iter(), false);
        assert_eq!(fixed, [("Accept".into(), "application/json, application/problem+json".into()), ("X-Fixed".into(), "1".into())]);
        // The item's value stays the parameter's example; a header only an example sends too.
        let per_call: Vec<(&str, Option<&str>)> = params.iter().map(|p| (p.wire.as_str(), p.example.as_deref())).collect();
        assert_eq!(per_call, [("Prefer", Some("views=full")), ("X-Only-Here", Some("a"))]);
        // Examples that agree with the item change nothing.
        let (mut params, mut fixed) = header_params(&item, false);
        let agreeing = [header("Accept", "application/json", false), header("Prefer", "views=full", false)];
        reconcile_example_headers(&mut fixed, &mut params, [&agreeing[..]].into_iter(), false);
        assert_eq!((fixed.len(), params.len()), (3, 0));
    }

    #[test]
    fn examples_add_query_keys_and_repeats() {
        let q = |k: &str, v: &str| postman::QueryParam { key: k.into(), value: Some(v.into()), disabled: false, description: None };
        let mut params = build_params(&[q("exclude", "a")]);
        let first = [q("exclude", "a"), q("exclude", "b")];
        let second = [q("dry_run", "true"), q("exclude", "c")];
        add_example_query_params(&mut params, [&first[..], &second[..]].into_iter());
        let got: Vec<(&str, bool, Option<&str>)> = params.iter().map(|p| (p.wire.as_str(), p.repeated, p.example.as_deref())).collect();
        assert_eq!(got, [("exclude", true, Some("a")), ("dry_run", false, Some("true"))]);
    }

    #[test]
    fn repeated_query_keys_become_one_repeated_param_and_idents_stay_clear_of_arguments() {
        let q = |k: &str, v: &str| postman::QueryParam { key: k.into(), value: Some(v.into()), disabled: false, description: None };
        let params = build_params(&[q("id", "1"), q("body", "x"), q("id", "2"), q("ID", "3")]);
        let got: Vec<(&str, &str, bool)> = params.iter().map(|p| (p.wire.as_str(), p.ident.as_str(), p.repeated)).collect();
        assert_eq!(got, [("id", "id", true), ("body", "body_", false), ("ID", "id_", false)]);
    }
}
