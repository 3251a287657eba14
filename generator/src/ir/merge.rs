//! Schema files (what the doc pages say) merged into the API built from the collection.
//!
//! An endpoint matches an operation with the same method and path template, whatever the
//! parameter spelling (`{id}`, `:id`, `{{id}}`); a version parameter (`{version}`) is first
//! replaced by the version the collection uses under the same prefix (`/crm/v2/...`), so
//! doc-only endpoints need no `version` argument. On a match the doc wins on types,
//! requiredness, enum values, names and descriptions, and the collection keeps its examples,
//! headers and auth. Endpoints that match nothing become operations of their own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Pointer, Warning};
use crate::schema::model as schema;

use super::docs::{DocError, DocType, DocValue, KeyDoc, OperationDoc, PaginationStyle, ParamDoc};
use super::model::*;
use super::naming::name_operations;
use super::params::assign_idents;
use super::types::TypeRef;

mod conflicts;

/// Merges every endpoint of `schemas` (file, contents) into `api`, then names operations again
/// (doc-only endpoints need names, and names are chosen over the whole API). A schema file that
/// contradicts the collection where the doc cannot win (see `conflicts`) is an input error.
pub fn merge_schemas(api: &mut Api, schemas: &[(PathBuf, schema::SchemaFile)], warnings: &mut Vec<Warning>) -> Result<(), Error> {
    if schemas.is_empty() {
        return Ok(());
    }
    let collection_ops = api.operations.len();
    for (file, schema_file) in schemas {
        for (i, endpoint) in schema_file.endpoints.iter().enumerate() {
            let at = Pointer::root_of(file).key("endpoints").index(i);
            merge_endpoint(api, collection_ops, endpoint, &at, warnings)?;
        }
    }
    let mut naming_warnings = Vec::new();
    name_operations(&mut api.operations, &api.source, &mut naming_warnings);
    for warning in naming_warnings {
        if !warnings.contains(&warning) {
            warnings.push(warning);
        }
    }
    Ok(())
}

fn merge_endpoint(
    api: &mut Api,
    collection_ops: usize,
    endpoint: &schema::Endpoint,
    at: &Pointer,
    warnings: &mut Vec<Warning>,
) -> Result<(), Error> {
    let mut path = DocPath::parse(&endpoint.path);
    path.resolve_versions(&api.operations[..collection_ops], at, warnings);
    let matches: Vec<usize> = api.operations[..collection_ops]
        .iter()
        .enumerate()
        .filter(|(_, op)| op.method.eq_ignore_ascii_case(&endpoint.method) && path.matches(&op.path))
        .map(|(i, _)| i)
        .collect();
    if api.auth == AuthScheme::None
        && let Some(scheme) = &endpoint.auth
    {
        // The collection says nothing about auth; the page shows the scheme.
        api.auth = AuthScheme::Token { scheme: scheme.clone() };
    }
    if matches.is_empty() {
        let op = new_operation(api, endpoint, &path, at);
        api.operations.push(op);
        return Ok(());
    }
    for i in matches {
        conflicts::check_body(&api.operations[i], endpoint, at, &api.source)?;
        merge_into(&mut api.operations[i], endpoint, &path, at);
    }
    Ok(())
}

/// A doc path: segments of literal text and parameters.
struct DocPath {
    segments: Vec<Vec<DocPart>>,
    template: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum DocPart {
    Literal(String),
    Param(String),
}

impl DocPath {
    fn parse(template: &str) -> Self {
        let segments = template.split('/').filter(|s| !s.is_empty()).map(segment_parts).collect();
        DocPath { segments, template: template.to_owned() }
    }

    /// `{version}` → the literal the collection's requests use at that place (after the same
    /// literal prefix), when they agree on one.
    fn resolve_versions(&mut self, ops: &[Operation], at: &Pointer, warnings: &mut Vec<Warning>) {
        for i in 0..self.segments.len() {
            let [DocPart::Param(name)] = self.segments[i].as_slice() else { continue };
            if !is_version_name(name) {
                continue;
            }
            let prefix = &self.segments[..i];
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            for op in ops {
                let Some(PathSegment::Literal(text)) = op.path.get(i) else { continue };
                let same_prefix = prefix.iter().zip(&op.path).all(|(doc, seg)| match (doc.as_slice(), seg) {
                    ([DocPart::Literal(a)], PathSegment::Literal(b)) => a.eq_ignore_ascii_case(b),
                    _ => false,
                });
                if same_prefix && op.path.len() > i {
                    *seen.entry(text.as_str()).or_default() += 1;
                }
            }
            // The most used version; ties go to the first in sort order, for determinism.
            let best = seen.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(v, _)| (*v).to_owned());
            match best {
                Some(version) => {
                    self.template = self.template.replacen(&format!("{{{name}}}"), &version, 1);
                    self.segments[i] = vec![DocPart::Literal(version)];
                }
                None => warnings.push(Warning::at(
                    Path::new(""),
                    at.key("path"),
                    format!(
                        "no request of the collection shows which value `{{{name}}}` takes here; \
                         it stays a path parameter"
                    ),
                )),
            }
        }
    }

    /// Same length, literals equal (ASCII case aside), parameters where the operation has them.
    fn matches(&self, path: &[PathSegment]) -> bool {
        let path = super::model::without_trailing_slash(path);
        self.segments.len() == path.len()
            && self.segments.iter().zip(path).all(|(doc, seg)| match seg {
                PathSegment::Literal(text) => {
                    matches!(doc.as_slice(), [DocPart::Literal(d)] if d.eq_ignore_ascii_case(text))
                }
                PathSegment::Template(parts) => {
                    doc.len() == parts.len()
                        && doc.iter().zip(parts).all(|(d, p)| match (d, p) {
                            (DocPart::Literal(a), SegmentPart::Literal(b)) => a.eq_ignore_ascii_case(b),
                            (DocPart::Param(_), SegmentPart::Param(_)) => true,
                            _ => false,
                        })
                }
            })
    }

    /// Parameter names in path order, each once.
    fn params(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for part in self.segments.iter().flatten() {
            if let DocPart::Param(name) = part
                && !names.contains(name)
            {
                names.push(name.clone());
            }
        }
        names
    }
}

/// `{id}`, `{{id}}`, `:id` (a whole segment) and literal text around braces.
fn segment_parts(raw: &str) -> Vec<DocPart> {
    if let Some(name) = raw.strip_prefix(':').filter(|n| !n.is_empty() && !n.contains(['{', '}'])) {
        return vec![DocPart::Param(name.to_owned())];
    }
    let mut parts = Vec::new();
    let mut rest = raw;
    while let Some(start) = rest.find('{') {
        let open = if rest[start..].starts_with("{{") { 2 } else { 1 };
        let Some(len) = rest[start + open..].find('}') else { break };
        if start > 0 {
            parts.push(DocPart::Literal(rest[..start].to_owned()));
        }
        let close = start + open + len;
        parts.push(DocPart::Param(rest[start + open..close].trim().to_owned()));
        // Skip the closing braces (`}` or `}}`); a lone `}` after `{{` closes it too.
        let after = &rest[close..];
        let braces = after.bytes().take(open).take_while(|b| *b == b'}').count();
        rest = &after[braces..];
    }
    if !rest.is_empty() {
        parts.push(DocPart::Literal(rest.to_owned()));
    }
    parts
}

fn is_version_name(name: &str) -> bool {
    matches!(name.to_ascii_lowercase().replace('-', "_").as_str(), "version" | "api_version" | "apiversion")
}

/// The doc's facts onto an operation from the collection.
fn merge_into(op: &mut Operation, endpoint: &schema::Endpoint, path: &DocPath, at: &Pointer) {
    op.title = endpoint.name.clone();
    op.docs = join_docs(endpoint_docs(endpoint), op.docs.take());
    // Path parameters by position: the doc's names win.
    let names = path.params();
    for (param, name) in op.path_params.iter_mut().zip(&names) {
        param.wire = name.clone();
        if let Some(doc) = endpoint.params.iter().find(|p| p.location == schema::Location::Path && &p.name == name) {
            apply_param(param, doc);
        }
    }
    assign_idents(&mut op.path_params);
    for doc in endpoint.params.iter().filter(|p| p.location != schema::Location::Path) {
        let location = location(doc.location);
        let existing = op.params.iter_mut().find(|p| {
            p.location == location
                && if location == ParamLocation::Header { p.wire.eq_ignore_ascii_case(&doc.name) } else { p.wire == doc.name }
        });
        match existing {
            Some(param) => apply_param(param, doc),
            None => {
                // A header the collection sends with a fixed value is the caller's to set now.
                let fixed = op.fixed_headers.iter().position(|(k, _)| k.eq_ignore_ascii_case(&doc.name));
                let example = fixed.map(|i| op.fixed_headers.remove(i).1);
                let mut param = new_param(doc);
                param.example = param.example.or(example);
                op.params.push(param);
            }
        }
    }
    assign_idents(&mut op.params);
    add_bodies(op, endpoint, at);
    add_doc(&mut op.doc, endpoint);
    if op.auth == AuthScheme::None
        && let Some(scheme) = &endpoint.auth
    {
        op.auth = AuthScheme::Token { scheme: scheme.clone() };
    }
}

/// A doc-only endpoint as an operation.
fn new_operation(api: &Api, endpoint: &schema::Endpoint, path: &DocPath, at: &Pointer) -> Operation {
    let mut path_params: Vec<Param> = Vec::new();
    let names = path.params();
    for name in &names {
        let mut param = Param {
            ident: String::new(),
            wire: name.clone(),
            location: ParamLocation::Path,
            ty: TypeRef::String,
            required: true,
            repeated: false,
            docs: None,
            example: None,
            doc: ParamDoc::default(),
        };
        if let Some(doc) = endpoint.params.iter().find(|p| p.location == schema::Location::Path && &p.name == name) {
            apply_param(&mut param, doc);
            param.ty = TypeRef::String;
        }
        path_params.push(param);
    }
    assign_idents(&mut path_params);
    let segments = path
        .segments
        .iter()
        .map(|parts| match parts.as_slice() {
            [DocPart::Literal(text)] => PathSegment::Literal(text.clone()),
            parts => PathSegment::Template(
                parts
                    .iter()
                    .map(|p| match p {
                        DocPart::Literal(text) => SegmentPart::Literal(text.clone()),
                        DocPart::Param(name) => SegmentPart::Param(names.iter().position(|n| n == name).unwrap_or(0)),
                    })
                    .collect(),
            ),
        })
        .collect();
    let mut params: Vec<Param> =
        endpoint.params.iter().filter(|p| p.location != schema::Location::Path).map(new_param).collect();
    assign_idents(&mut params);
    let auth = api.auth.clone();
    let mut op = Operation {
        name: String::new(),
        title: endpoint.name.clone(),
        docs: endpoint_docs(endpoint),
        folders: Vec::new(),
        method: endpoint.method.clone(),
        path_template: path.template.clone(),
        path: segments,
        path_params,
        params,
        params_type: None,
        fixed_headers: Vec::new(),
        body: None,
        responses: Vec::new(),
        own_request: None,
        success: SuccessBody::Unknown,
        errors: None,
        auth,
        no_auth: false,
        server: 0,
        pagination: None,
        doc: OperationDoc::default(),
        source: at.clone(),
    };
    add_bodies(&mut op, endpoint, at);
    add_doc(&mut op.doc, endpoint);
    op
}

/// The doc's request and response samples join the collection's (they are examples too), and
/// its key lists describe the bodies.
fn add_bodies(op: &mut Operation, endpoint: &schema::Endpoint, at: &Pointer) {
    if let Some(request) = &endpoint.request {
        if let Some(sample) = &request.sample {
            let sample = Sample::new(sample, at.key("request").key("sample"), false);
            match &mut op.body {
                Some(RequestBody { kind: BodyKind::Json { samples, .. }, .. }) => samples.push(sample),
                Some(_) => {}
                None => {
                    op.body = Some(RequestBody {
                        content_type: "application/json".into(),
                        kind: BodyKind::Json { samples: vec![sample], ty: None },
                    });
                }
            }
        } else if op.body.is_none() && !request.keys.is_empty() {
            op.body = Some(RequestBody {
                content_type: "application/json".into(),
                kind: BodyKind::Json { samples: Vec::new(), ty: None },
            });
        }
        if !request.keys.is_empty() {
            op.doc.request = Some(KeyDoc::root(request.keys.iter().map(key_doc).collect()));
        }
    }
    if let Some(response) = &endpoint.response {
        if let Some(sample) = &response.sample {
            // The page's sample shows a success: it takes the status the examples give successes.
            let status = op.responses.iter().find_map(|r| r.status.filter(|s| (200..300).contains(s))).unwrap_or(200);
            let pointer = at.key("response").key("sample");
            op.responses.push(ResponseExample {
                name: format!("{} (doc sample)", endpoint.name),
                status: Some(status),
                content_type: Some("application/json".into()),
                body: ExampleBody::Json(Sample::new(sample, pointer.clone(), false)),
                headers: vec![("Content-Type".into(), "application/json".into())],
                request: None,
                pointer,
            });
        }
        if !response.keys.is_empty() {
            op.doc.response = Some(KeyDoc::root(response.keys.iter().map(key_doc).collect()));
        }
    }
}

fn add_doc(doc: &mut OperationDoc, endpoint: &schema::Endpoint) {
    for scope in &endpoint.scopes {
        if !doc.scopes.contains(scope) {
            doc.scopes.push(scope.clone());
        }
    }
    for error in &endpoint.errors {
        if !doc.errors.iter().any(|e| e.code == error.code && e.status == error.status) {
            doc.errors.push(DocError {
                code: error.code.clone(),
                status: error.status,
                message: error.message.clone(),
                resolution: error.resolution.clone(),
            });
        }
    }
    if let Some(style) = endpoint.pagination {
        doc.pagination = Some(match style {
            schema::Pagination::Page => PaginationStyle::Page,
            schema::Pagination::PageToken => PaginationStyle::PageToken,
        });
    }
}

fn endpoint_docs(endpoint: &schema::Endpoint) -> Option<String> {
    join_docs(endpoint.summary.clone(), endpoint.description.clone())
}

fn join_docs(first: Option<String>, second: Option<String>) -> Option<String> {
    let parts: Vec<String> =
        [first, second].into_iter().flatten().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
    let mut unique: Vec<String> = Vec::new();
    for part in parts {
        if !unique.contains(&part) {
            unique.push(part);
        }
    }
    (!unique.is_empty()).then(|| unique.join("\n\n"))
}

fn location(location: schema::Location) -> ParamLocation {
    match location {
        schema::Location::Path => ParamLocation::Path,
        schema::Location::Query => ParamLocation::Query,
        schema::Location::Header => ParamLocation::Header,
    }
}

fn new_param(doc: &schema::Param) -> Param {
    let mut param = Param {
        ident: String::new(),
        wire: doc.name.clone(),
        location: location(doc.location),
        ty: TypeRef::String,
        required: false,
        repeated: false,
        docs: None,
        example: None,
        doc: ParamDoc::default(),
    };
    apply_param(&mut param, doc);
    param
}

/// The doc wins: type, requiredness, description, values; the collection's example stays
/// unless the doc has one.
fn apply_param(param: &mut Param, doc: &schema::Param) {
    param.ty = scalar_type(doc.ty);
    param.required = doc.required;
    if let Some(description) = doc.description.as_ref().filter(|d| !d.trim().is_empty()) {
        param.docs = Some(description.clone());
    }
    if doc.example.is_some() {
        param.example = doc.example.clone();
    }
    param.doc = ParamDoc {
        values: doc_values(&doc.values),
        default: doc.default.as_ref().map(|d| match d {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
        max: doc.max.as_ref().map(ToString::to_string),
    };
}

/// Parameter values are sent as text; these are the types they are written from.
fn scalar_type(ty: schema::ValueType) -> TypeRef {
    match ty {
        schema::ValueType::Integer => TypeRef::I64,
        schema::ValueType::Number => TypeRef::F64,
        schema::ValueType::Boolean => TypeRef::Bool,
        schema::ValueType::DateTime => TypeRef::DateTime,
        schema::ValueType::Date => TypeRef::Date,
        schema::ValueType::String | schema::ValueType::Object | schema::ValueType::Array | schema::ValueType::Any => {
            TypeRef::String
        }
    }
}

fn doc_type(ty: schema::ValueType) -> DocType {
    match ty {
        schema::ValueType::String => DocType::String,
        schema::ValueType::Integer => DocType::Integer,
        schema::ValueType::Number => DocType::Number,
        schema::ValueType::Boolean => DocType::Boolean,
        schema::ValueType::DateTime => DocType::DateTime,
        schema::ValueType::Date => DocType::Date,
        schema::ValueType::Object => DocType::Object,
        schema::ValueType::Array => DocType::Array,
        schema::ValueType::Any => DocType::Any,
    }
}

fn doc_values(values: &[schema::EnumValue]) -> Vec<DocValue> {
    values.iter().map(|v| DocValue { wire: v.value.clone(), docs: v.description.clone() }).collect()
}

fn key_doc(key: &schema::Key) -> KeyDoc {
    KeyDoc {
        wire: key.name.clone(),
        ty: doc_type(key.ty),
        required: key.required,
        docs: key.description.clone().filter(|d| !d.trim().is_empty()),
        values: doc_values(&key.values),
        items: key.items.map(doc_type),
        keys: key.keys.iter().map(key_doc).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(raw: &str) -> Vec<DocPart> {
        segment_parts(raw)
    }

    #[test]
    fn parameter_spellings() {
        let param = |n: &str| DocPart::Param(n.to_owned());
        let lit = |t: &str| DocPart::Literal(t.to_owned());
        assert_eq!(parts("{id}"), [param("id")]);
        assert_eq!(parts("{{id}}"), [param("id")]);
        assert_eq!(parts(":id"), [param("id")]);
        assert_eq!(parts("v{version}.json"), [lit("v"), param("version"), lit(".json")]);
        assert_eq!(parts("users"), [lit("users")]);
        // Broken braces never panic, even before multibyte text.
        assert_eq!(parts("{{x}é"), [param("x"), lit("é")]);
        assert_eq!(parts("{x"), [lit("{x")]);
    }

    #[test]
    fn version_parameters_take_the_collections_value() {
        let mut path = DocPath::parse("/crm/{version}/Contacts/roles");
        let op = |segments: &[&str]| Operation {
            name: String::new(),
            title: String::new(),
            docs: None,
            folders: Vec::new(),
            method: "PUT".into(),
            path_template: String::new(),
            path: segments.iter().map(|s| PathSegment::Literal((*s).to_owned())).collect(),
            path_params: Vec::new(),
            params: Vec::new(),
            params_type: None,
            fixed_headers: Vec::new(),
            body: None,
            responses: Vec::new(),
            own_request: None,
            success: SuccessBody::Unknown,
            errors: None,
            auth: AuthScheme::None,
            no_auth: false,
            server: 0,
            pagination: None,
            doc: OperationDoc::default(),
            source: Pointer::root(),
        };
        let ops = [op(&["crm", "v2.1", "users"]), op(&["other", "v9", "x"])];
        let mut warnings = Vec::new();
        path.resolve_versions(&ops, &Pointer::root(), &mut warnings);
        assert_eq!(path.template, "/crm/v2.1/Contacts/roles");
        assert!(warnings.is_empty());
        // No request under `/api/`: the parameter stays, with a warning.
        let mut unknown = DocPath::parse("/api/{version}/x");
        unknown.resolve_versions(&ops, &Pointer::root(), &mut warnings);
        assert_eq!(unknown.params(), ["version"]);
        assert_eq!(warnings.len(), 1);
    }
}
