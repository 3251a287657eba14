//! JSON samples → types.
//!
//! For every operation, all samples of one role (request body, success response) are
//! merged into one [`shape::Shape`] and turned into Rust types by [`typer::Typer`], which
//! names and deduplicates structs across the whole API.

mod api_errors;
mod codes;
mod documented;
mod envelopes;
mod errors;
pub mod evidence;
pub mod formats;
mod objects;
pub mod shape;
pub mod typer;

use crate::error::Warning;
use crate::ir::names::type_name;
use crate::ir::{
    Api, BodyKind, ExampleBody, Field, Operation, Param, ParamLocation, Presence, Sample,
    StructRole, SuccessBody, TypeDef, TypeDefKind, TypeRef,
};

use shape::Shape;
use typer::{Site, Typer};

/// How many merged shapes the merging thread may be ahead of the typer (bounds the memory
/// they hold).
const SHAPES_AHEAD: usize = 64;

/// Types every body and parameter set of `api`, filling `api.types`. Returns warnings.
pub fn infer(api: &mut Api) -> Vec<Warning> {
    // Merging an operation's samples into shapes (parsing every sample) needs nothing the typer
    // decides, so a second thread merges them, in order, ahead of the typer, which names and
    // dedupes types across the API and so goes operation by operation. Each shape is what
    // merging in turn would give. The same thread tells whether a success is typed per status.
    let ops = &api.operations;
    let (successes, requests, mut typer) = std::thread::scope(|scope| {
        let (sender, merged) = std::sync::mpsc::sync_channel::<Merged>(SHAPES_AHEAD);
        scope.spawn(move || {
            let success = ops.iter().map(|op| Merged {
                shape: success_samples(op).map(|samples| merge(samples.into_iter())),
                by_status: errors::differs_by_status(op),
            });
            let request =
                ops.iter().map(|op| Merged { shape: request_samples(op).map(|samples| merge(samples.iter())), by_status: false });
            for merged in success.chain(request) {
                if sender.send(merged).is_err() {
                    return;
                }
            }
        });
        // While the first shapes are merged.
        let codes = codes::CodeCatalog::collect(api);
        let mut typer = Typer::new(&api.source).with_codes(codes);
        // One per operation and phase; should the merging thread die, the scope re-raises its
        // panic before these results are used.
        let next = || merged.recv().unwrap_or_default();
        // Responses name things first: the shape an API returns is the resource a careful
        // human would call `User`; a request's partial copy of it is `UpdateUsersRequestUser`.
        let successes: Vec<ParamsAndSuccess> =
            ops.iter().map(|op| infer_params_and_success(op, next(), &mut typer)).collect();
        let requests: Vec<Option<TypeRef>> = ops.iter().map(|op| infer_request(op, next().shape, &mut typer)).collect();
        (successes, requests, typer)
    });
    for ((op, typed), request) in api.operations.iter_mut().zip(successes).zip(requests) {
        if let Some(params) = typed.params {
            op.params = params;
        }
        op.params_type = typed.params_type.or(op.params_type.take());
        op.success = typed.success;
        if let (Some(body), Some(request)) = (&mut op.body, request) {
            match &mut body.kind {
                BodyKind::Json { ty, .. } | BodyKind::Form { ty, .. } => *ty = Some(request),
                BodyKind::Multipart { .. } | BodyKind::Text { .. } | BodyKind::Binary => {}
            }
        }
    }
    api_errors::api_errors(&mut api.operations, &mut typer);
    let mut warnings = std::mem::take(&mut typer.warnings);
    api.types = typer.finish();
    envelopes::share_envelopes(api);
    warnings.sort();
    warnings.dedup();
    warnings
}

/// What the merging thread makes of one operation's samples of one role.
#[derive(Default)]
struct Merged {
    shape: Option<Shape>,
    /// Whether the 2xx bodies differ by status (success samples only).
    by_status: bool,
}

/// The JSON samples of an operation's success answers, when it has any.
fn success_samples(op: &Operation) -> Option<Vec<&Sample>> {
    let json: Vec<&Sample> = op
        .success_examples()
        .iter()
        .filter_map(|r| match &r.body {
            ExampleBody::Json(s) => Some(s),
            _ => None,
        })
        .collect();
    (!json.is_empty()).then_some(json)
}

/// The JSON samples of an operation's request body, when it has a JSON body.
fn request_samples(op: &Operation) -> Option<&[Sample]> {
    match op.body.as_ref().map(|b| &b.kind) {
        Some(BodyKind::Json { samples, .. }) => Some(samples),
        _ => None,
    }
}

/// What typing an operation's parameters and success gives it.
struct ParamsAndSuccess {
    /// The parameters with their documented-values enums, when there are parameters.
    params: Option<Vec<Param>>,
    params_type: Option<TypeRef>,
    success: SuccessBody,
}

/// Types `op`'s parameters and success body; `success` is what its success samples gave.
fn infer_params_and_success(op: &Operation, success: Merged, typer: &mut Typer) -> ParamsAndSuccess {
    let pascal = type_name(&op.name);
    let mut typed = ParamsAndSuccess { params: None, params_type: None, success: SuccessBody::Unknown };
    if !op.params.is_empty() {
        let name = typer.claim(&format!("{pascal}Params"), None);
        let docs = format!("Query and header parameters of [`Client::{}`](super::Client::{}).", op.name, op.name);
        let mut params = op.params.clone();
        for param in &mut params {
            if !param.doc.values.is_empty() {
                param.ty = param_enum(typer, &pascal, param);
            }
        }
        let def = param_struct(name, docs, &params, StructRole::Params);
        typed.params_type = Some(typer.define_or_share(def, &param_facts(&params)));
        typed.params = Some(params);
    }
    typed.success = success_body(op, &pascal, success, typer);
    typed
}

/// The type of `op`'s JSON or form request body (`request_shape`: its JSON samples merged).
fn infer_request(op: &Operation, request_shape: Option<Shape>, typer: &mut Typer) -> Option<TypeRef> {
    let pascal = type_name(&op.name);
    match &op.body.as_ref()?.kind {
        BodyKind::Json { .. } => {
            let shape = request_shape.unwrap_or_default();
            let mut site = root_site(&shape, &pascal, "Request", &op.name, "Request body", StructRole::Request);
            site.doc = op.doc.request.as_ref();
            let root = typer.type_of(&shape, &site);
            let root = typer.name_root(root, &format!("{pascal}Request"), &site.docs);
            // A sample that is `null` itself (an example's original request sent `null`):
            // the body may be null, as for success bodies; `Value` holds null already.
            let nullable = shape.nulls > 0 && !matches!(root, TypeRef::Value);
            Some(if nullable { TypeRef::Option(Box::new(root)) } else { root })
        }
        BodyKind::Form { fields, .. } => {
            let name = typer.claim(&format!("{pascal}Form"), None);
            let docs = format!("Form body of [`Client::{}`](super::Client::{}).", op.name, op.name);
            Some(typer.define_or_share(param_struct(name, docs, fields, StructRole::Form), &param_facts(fields)))
        }
        BodyKind::Multipart { .. } | BodyKind::Text { .. } | BodyKind::Binary => None,
    }
}

/// The success type: the union of every 2xx JSON example (examples without a status count
/// as successes only when no example states a 2xx status); `merged` is what their JSON
/// samples gave.
fn success_body(op: &Operation, pascal: &str, merged: Merged, typer: &mut Typer) -> SuccessBody {
    let successes = op.success_examples();
    let redirects = op.responses.iter().any(|r| crate::ir::is_redirect(r.status));
    // Bytes hold any answer: decoding a binary one as JSON or text would corrupt it, and where
    // only a redirect is saved, nothing says what its target answers (a download, often).
    let binary = successes.iter().any(|r| matches!(r.body, ExampleBody::Binary(_)));
    if binary || (successes.is_empty() && redirects) {
        return SuccessBody::Binary;
    }
    if merged.by_status {
        return SuccessBody::ByStatus(errors::success_by_status(op, pascal, typer));
    }
    let json = merged.shape;
    // A 204/205 carries no body on the wire, whatever the example saved beside it.
    let has_empty =
        successes.iter().any(|r| matches!(r.body, ExampleBody::Empty) || matches!(r.status, Some(204 | 205)));
    let has_text = successes.iter().any(|r| matches!(r.body, ExampleBody::Text(_)));
    if let Some(shape) = json {
        let mut site = root_site(&shape, pascal, "Response", &op.name, "Response body", StructRole::Response);
        site.doc = op.doc.response.as_ref();
        let ty = typer.type_of(&shape, &site);
        let ty = typer.name_root(ty, &format!("{pascal}Response"), &site.docs);
        // A 2xx example with no body next to JSON ones, or a redirect taken as the answer (its
        // body is never the resource): the body may be absent.
        SuccessBody::Json(if has_empty || redirects || shape.nulls > 0 { TypeRef::Option(Box::new(ty)) } else { ty })
    } else if has_text {
        SuccessBody::Text
    } else if has_empty {
        SuccessBody::Empty
    } else {
        SuccessBody::Unknown
    }
}

fn merge<'a>(samples: impl Iterator<Item = &'a Sample>) -> Shape {
    let mut shape = Shape::default();
    for sample in samples {
        shape.add_sample(sample);
    }
    shape
}

fn root_site<'a>(shape: &Shape, pascal: &str, role: &str, op: &str, what: &str, struct_role: StructRole) -> Site<'a> {
    // A top-level array names its elements, not itself.
    let name = if shape.objects == 0 && shape.arrays > 0 { format!("{pascal}{role}Item") } else { format!("{pascal}{role}") };
    Site {
        name,
        parent: None,
        docs: format!("{what} of [`Client::{op}`](super::Client::{op})."),
        role: struct_role,
        depth: 0,
        array_nesting: 0,
        key: None,
        doc: None,
    }
}

/// An open enum of a parameter's documented values (`GetUsersType`).
fn param_enum(typer: &mut Typer, pascal: &str, param: &Param) -> TypeRef {
    let values = documented::documented_variants(&param.doc.values);
    let docs = format!(
        "Values of the `{}` parameter, as documented. Open: a value the docs do not list can be sent with `Other`.",
        param.wire
    );
    typer.open_enum(&format!("{pascal}{}", type_name(&param.wire)), None, &docs, values)
}

/// What a parameter struct's type leaves out but its docs and the method need: each
/// parameter's place (a header and a query key may share a wire name) and whether the docs
/// make it mandatory.
fn param_facts(params: &[Param]) -> String {
    params.iter().map(|p| format!("{:?}:{};", p.location, p.required)).collect()
}

/// A struct of optional string fields for query/header/form parameters.
fn param_struct(name: String, docs: String, params: &[Param], role: StructRole) -> TypeDef {
    let fields = params
        .iter()
        .map(|p| {
            let mut doc = match p.location {
                ParamLocation::Header => format!("Header `{}`.", p.wire),
                _ => format!("`{}`.", p.wire),
            };
            if let Some(text) = &p.docs {
                doc.push_str("\n\n");
                doc.push_str(text);
            }
            let mut facts = Vec::new();
            if p.required {
                facts.push("mandatory".to_owned());
            }
            if let Some(default) = &p.doc.default {
                facts.push(format!("default `{}`", default.replace('`', "'")));
            }
            if let Some(max) = &p.doc.max {
                facts.push(format!("at most `{max}`"));
            }
            if !facts.is_empty() {
                doc.push_str(&format!("\n\nDocumented: {}.", facts.join(", ")));
            }
            if let Some(example) = &p.example {
                let example = example.replace('`', "'");
                // A bare name takes its example on the same line, as response fields do.
                if p.docs.is_none() && facts.is_empty() {
                    doc.pop();
                    doc.push_str(&format!(", e.g. `{example}`."));
                } else {
                    doc.push_str(&format!("\n\nExample: `{example}`"));
                }
            }
            // A repeated key (query or form) is a list: the runtime writes one pair per value.
            let ty = if p.repeated {
                TypeRef::Vec(Box::new(p.ty.clone()))
            } else {
                p.ty.clone()
            };
            Field { ident: p.ident.clone(), wire: p.wire.clone(), ty, presence: Presence::Optional, docs: Some(doc) }
        })
        .collect();
    TypeDef { name, docs: Some(docs), kind: TypeDefKind::Struct { fields, role, extra: None } }
}
