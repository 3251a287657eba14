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
        });
    }
    assign_idents(&mut params);
    params
}

/// Headers the caller may set (variable or disabled ones), and headers sent with a fixed value.
///
/// `Content-Type` follows the body, and `Authorization` belongs to the auth settings.
pub fn header_params(headers: &[postman::Header], has_auth: bool) -> (Vec<Param>, Vec<(String, String)>) {
    let mut params: Vec<Param> = Vec::new();
    let mut fixed = Vec::new();
    for h in headers {
        let lower = h.key.to_ascii_lowercase();
        if h.key.is_empty()
            || matches!(lower.as_str(), "content-type" | "content-length" | "host" | "connection")
            || (lower == "authorization" && (has_auth || h.value.contains("{{")))
            || params.iter().any(|p| p.wire.eq_ignore_ascii_case(&h.key))
            || fixed.iter().any(|(k, _): &(String, String)| k.eq_ignore_ascii_case(&h.key))
        {
            continue;
        }
        if !h.disabled && !h.value.contains("{{") && !h.value.is_empty() && lower != "authorization" {
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
        });
    }
    assign_idents(&mut params);
    (params, fixed)
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
