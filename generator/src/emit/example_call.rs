//! One saved example as data for the replay of its operation (`tests/examples.json`): the
//! answer the loopback server replays, the request the method must send and the argument
//! values taken from the example's request; and the operation's replay code, which builds
//! the arguments from that data and calls the method (`postgen_runtime::testing::Example`).
//! The outcome check is in `example_expect`.

use std::borrow::Cow;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::infer::formats::{is_date, is_date_time};
use crate::ir::{
    Api, BodyKind, ExampleBody, ExampleRequest, ExampleRequestBody, Operation, ParamLocation, PathSegment,
    ResponseExample, SegmentPart, TypeRef,
};

use super::errors::is_enum;
use super::example_expect::{expectation, served_status};
use super::examples::sample_json;
use super::json_text::{JsonObject, pairs, push_pairs, push_string, push_strings, string};
use super::tokens::{ident, type_tokens};

/// Appends the JSON object of `example` (the `index`th of `op`) in the examples file,
/// indented by `indent`, to `out`; or, writing nothing, says why it is not replayed.
pub fn example_data(
    out: &mut String,
    api: &Api,
    op: &Operation,
    example: &ResponseExample,
    index: usize,
    indent: &str,
) -> Result<Result<(), String>, Error> {
    let status = match served_status(op, example) {
        Ok(status) => status,
        Err(reason) => return Ok(Err(reason)),
    };
    let no_body = matches!(status, 204 | 205 | 304) || op.method == "HEAD";
    let served_body = match (&example.body, no_body) {
        (_, true) | (ExampleBody::Empty, _) => Cow::Borrowed(""),
        (ExampleBody::Json(sample), false) => sample_json(sample)?,
        (ExampleBody::Text(text) | ExampleBody::Binary(text), false) => Cow::Borrowed(text.as_str()),
    };
    let expect = match expectation(api, op, example, status, &served_body)? {
        Ok(expect) => expect,
        Err(reason) => return Ok(Err(reason)),
    };
    let documented = documented_request(op);
    let saved = example.request.as_ref().unwrap_or(&documented);
    let call = Call::build(api, op, saved)?;
    let mut object = JsonObject::new(out, indent);
    object.field("index", &index.to_string());
    push_string(object.key("name"), example.name.trim());
    push_string(object.key("at"), example.pointer.as_str());
    object.field("status", &status.to_string());
    push_pairs(object.key("headers"), &answer_headers(example, &served_body));
    if !served_body.is_empty() {
        let served = object.key("served");
        if let ExampleBody::Json(_) = example.body {
            served.push_str("{\"json\": ");
            served.push_str(&served_body);
        } else {
            served.push_str("{\"text\": ");
            push_string(served, &served_body);
        }
        served.push('}');
    }
    push_string(object.key("method"), &op.method);
    // The server the saved request went to, when not the primary one: the test client puts
    // each server at its own path, so the check sees where the method sent it.
    if let Some(server) = api.base_urls.get(saved.server).filter(|_| saved.server != 0) {
        push_string(object.key("server"), &server.name);
    }
    push_strings(object.key("path"), &call.path);
    push_pairs(object.key("query"), &call.query);
    push_pairs(object.key("sent_headers"), &call.headers);
    object.field("sent", &call.sent);
    if !call.path_args.is_empty() {
        push_strings(object.key("path_args"), &call.path_args);
    }
    if !call.params.is_empty() {
        push_map(object.key("params"), &call.params);
    }
    if !call.form.is_empty() {
        push_map(object.key("form"), &call.form);
    }
    object.field("expect", &expect);
    object.finish();
    Ok(Ok(()))
}

/// Appends `{"key": value, ...}` of JSON texts.
fn push_map(out: &mut String, entries: &[(String, String)]) {
    out.push('{');
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_string(out, key);
        out.push_str(": ");
        out.push_str(value);
    }
    out.push('}');
}

/// The statements of `op`'s replay that build its arguments from the example (`ex`) and call
/// the method, binding `outcome`.
pub fn replay_call(op: &Operation, named: &dyn Fn(&str) -> Result<TokenStream, Error>) -> Result<TokenStream, Error> {
    let mut setup = Vec::new();
    let mut args = Vec::new();
    for i in 0..op.path_params.len() {
        let i = Literal::usize_unsuffixed(i);
        args.push(quote!(ex.path(#i)));
    }
    if let Some(params_ty) = &op.params_type {
        let fields: Vec<(String, TokenStream)> = op.params.iter().map(|p| (p.ident.clone(), quote!(ex.arg))).collect();
        let value = struct_of(params_ty, named, &fields)?;
        setup.push(quote!(let params = #value;));
        args.push(quote!(&params));
    }
    if let Some(body) = &op.body {
        match &body.kind {
            BodyKind::Json { ty, .. } => {
                let ty = type_tokens(ty.as_ref().unwrap_or(&TypeRef::Value), named)?;
                setup.push(quote!(let body: #ty = ex.json_body();));
                args.push(quote!(&body));
            }
            BodyKind::Form { fields, ty } => {
                let fields: Vec<(String, TokenStream)> = fields.iter().map(|f| (f.ident.clone(), quote!(ex.form))).collect();
                let value = struct_of(ty.as_ref().unwrap_or(&TypeRef::Value), named, &fields)?;
                setup.push(quote!(let body = #value;));
                args.push(quote!(&body));
            }
            BodyKind::Text { .. } => args.push(quote!(ex.text_body())),
            BodyKind::Binary => args.push(quote!(ex.bytes_body())),
            BodyKind::Multipart { .. } => args.push(quote!(Vec::new())),
        }
    }
    let method = ident(&op.name)?;
    Ok(quote! {
        #(#setup)*
        let outcome = ex.call(|client| async move { Client::from_runtime(client).#method(#(#args),*).await });
    })
}

/// `Name { field: ex.arg("field"), .. }` for a params or form struct (every field read from
/// the example; an absent one is `None`).
fn struct_of(
    ty: &TypeRef,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
    fields: &[(String, TokenStream)],
) -> Result<TokenStream, Error> {
    let path = type_tokens(ty, named)?;
    if fields.is_empty() {
        return Ok(quote!(<#path as Default>::default()));
    }
    let fields = fields
        .iter()
        .map(|(field, read)| {
            let id = ident(field)?;
            let key = data_key(field);
            Ok(quote!(#id: #read(#key)))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(quote!(#path { #(#fields),* }))
}

/// A field's key in the data: its Rust name without `r#`.
fn data_key(field: &str) -> &str {
    field.trim_start_matches("r#")
}

/// Segments as a URL parser leaves them (RFC 3986 §5.2.4, the WHATWG URL standard): `.`
/// dropped, `..` dropping the one before; either at the end leaves a trailing `/`.
fn without_dot_segments(segments: Vec<String>) -> Vec<String> {
    let count = segments.len();
    let mut out: Vec<String> = Vec::with_capacity(count);
    for (i, segment) in segments.into_iter().enumerate() {
        let dots = matches!(segment.as_str(), "." | "..");
        if segment == ".." {
            out.pop();
        }
        if !dots {
            out.push(segment);
        } else if i + 1 == count {
            out.push(String::new());
        }
    }
    out
}

/// For a doc sample (no saved request): the parameters' documented example values.
fn documented_request(op: &Operation) -> ExampleRequest {
    let examples = |location: ParamLocation| -> Vec<(String, String)> {
        op.params
            .iter()
            .filter(|p| p.location == location)
            .filter_map(|p| Some((p.wire.clone(), p.example.clone()?)))
            .collect()
    };
    ExampleRequest {
        path_args: op.path_params.iter().map(|p| p.example.clone()).collect(),
        query: examples(ParamLocation::Query),
        headers: examples(ParamLocation::Header),
        body: None,
        server: op.server,
    }
}

/// The example's headers, with a `Content-Type` for its body when it saved none.
fn answer_headers(example: &ResponseExample, served_body: &str) -> Vec<(String, String)> {
    let mut headers = example.headers.clone();
    let has_type = headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
    if !has_type && !served_body.is_empty() {
        let content_type = example.content_type.clone().unwrap_or_else(|| match example.body {
            ExampleBody::Json(_) => "application/json".into(),
            ExampleBody::Binary(_) => "application/octet-stream".into(),
            _ => "text/plain".into(),
        });
        headers.push(("Content-Type".into(), content_type));
    }
    headers
}

/// The argument values of one call (JSON texts) and the request they must produce.
struct Call {
    /// Path arguments, in order.
    path_args: Vec<String>,
    /// Params struct fields set by the example: Rust name (no `r#`) → JSON value.
    params: Vec<(String, String)>,
    /// Form struct fields set by the example, the same way.
    form: Vec<(String, String)>,
    /// Expected path segments, decoded.
    path: Vec<String>,
    /// Expected query pairs.
    query: Vec<(String, String)>,
    /// Expected headers.
    headers: Vec<(String, String)>,
    /// The expected body as the data writes it (`"unchecked"`, `{"json": …}` ...).
    sent: String,
}

impl Call {
    fn build(api: &Api, op: &Operation, saved: &ExampleRequest) -> Result<Call, Error> {
        let mut call = Call {
            path_args: Vec::new(),
            params: Vec::new(),
            form: Vec::new(),
            path: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            sent: string("unchecked"),
        };
        // Headers sent with a fixed value on every call must arrive too (a saved
        // `Accept: application/json` is sent by the runtime, not the method).
        call.headers.extend(op.fixed_headers.iter().map(|(k, v)| (k.clone(), v.trim().to_owned())));
        // Path: the saved value, else the documented example, else the parameter's name.
        call.path_args = op
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                saved.path_args.get(i).cloned().flatten().or_else(|| p.example.clone()).unwrap_or_else(|| p.wire.clone())
            })
            .collect();
        // Decoded, as the server reads them: literal text saved percent-encoded (`My%20Report`)
        // goes out as saved and arrives as `My Report`.
        let decoded = |text: &str| percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned();
        for segment in &op.path {
            call.path.push(match segment {
                PathSegment::Literal(text) => decoded(text),
                PathSegment::Template(parts) => parts
                    .iter()
                    .map(|part| match part {
                        SegmentPart::Literal(text) => decoded(text),
                        SegmentPart::Param(i) => call.path_args.get(*i).cloned().unwrap_or_default(),
                    })
                    .collect(),
            });
        }
        call.path = without_dot_segments(std::mem::take(&mut call.path));
        if op.params_type.is_some() {
            for param in &op.params {
                let saved_values: Vec<&str> = match param.location {
                    ParamLocation::Header => {
                        saved.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(&param.wire)).map(|(_, v)| v.as_str()).collect()
                    }
                    _ => saved.query.iter().filter(|(k, _)| *k == param.wire).map(|(_, v)| v.as_str()).collect(),
                };
                let usable: Vec<(&str, String)> =
                    saved_values.into_iter().filter_map(|v| value_json(api, &param.ty, v).map(|j| (v, j))).collect();
                let usable = if param.repeated { usable } else { usable.into_iter().take(1).collect() };
                if usable.is_empty() {
                    continue;
                }
                let expected = match param.location {
                    ParamLocation::Header => &mut call.headers,
                    _ => &mut call.query,
                };
                expected.extend(usable.iter().map(|(v, _)| (param.wire.clone(), (*v).to_owned())));
                let values: Vec<&str> = usable.iter().map(|(_, j)| j.as_str()).collect();
                let value = if param.repeated { format!("[{}]", values.join(", ")) } else { values.concat() };
                call.params.push((data_key(&param.ident).to_owned(), value));
            }
        }
        if let Some(body) = &op.body {
            call.body(api, &body.kind, saved)?;
        }
        Ok(call)
    }

    /// The body argument and what must arrive.
    fn body(&mut self, api: &Api, kind: &BodyKind, saved: &ExampleRequest) -> Result<(), Error> {
        match kind {
            BodyKind::Json { samples, .. } => {
                // The saved body when the type was inferred from it (a GraphQL item's raw
                // `originalRequest` was not), else the item's own sample.
                let saved_sample = match &saved.body {
                    Some(ExampleRequestBody::Json(sample)) if samples.iter().any(|s| s.pointer == sample.pointer) => Some(sample),
                    _ => None,
                };
                let json = match saved_sample.or(samples.first()) {
                    Some(sample) => sample_json(sample)?,
                    None => Cow::Borrowed("{}"),
                };
                self.sent = format!("{{\"json\": {json}}}");
            }
            BodyKind::Form { fields, .. } => {
                let saved_fields: &[(String, String)] = match &saved.body {
                    Some(ExampleRequestBody::Form(pairs)) => pairs,
                    _ => &[],
                };
                let mut sent = Vec::new();
                for field in fields {
                    let mut values: Vec<String> =
                        saved_fields.iter().filter(|(k, _)| *k == field.wire).map(|(_, v)| v.clone()).collect();
                    if values.is_empty() && saved.body.is_none() {
                        values.extend(field.example.clone());
                    }
                    values.truncate(if field.repeated { values.len() } else { 1 });
                    let Some(jsons) = values.iter().map(|v| value_json(api, &field.ty, v)).collect::<Option<Vec<_>>>() else {
                        continue;
                    };
                    if jsons.is_empty() {
                        continue;
                    }
                    let json = if field.repeated { format!("[{}]", jsons.join(", ")) } else { jsons.concat() };
                    self.form.push((data_key(&field.ident).to_owned(), json));
                    sent.extend(values.into_iter().map(|v| (field.wire.clone(), v)));
                }
                self.sent = format!("{{\"form\": {}}}", pairs(&sent));
            }
            BodyKind::Text { example } => {
                let text = match &saved.body {
                    Some(ExampleRequestBody::Text(text)) => text.clone(),
                    _ => example.clone().unwrap_or_default(),
                };
                self.sent = format!("{{\"text\": {}}}", string(&text));
            }
            // A `file` body saves a path, not the file: the method is handed bytes that are not
            // UTF-8 on purpose, and they must arrive unchanged.
            BodyKind::Binary => self.sent = format!("{{\"bytes\": {UPLOADED_BYTES:?}}}"),
            BodyKind::Multipart { .. } => {}
        }
        Ok(())
    }
}

/// The file an example test uploads where the collection saved a `file` body: the start of
/// a PNG (a byte above 0x7F, CR LF), a NUL and bytes that are never UTF-8.
const UPLOADED_BYTES: [u8; 12] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n', 0x00, 0xFF, 0xFE, 0x80];

/// The JSON value of type `ty` for the saved text `value`, or `None` when the text is a
/// placeholder or does not fit the type (the parameter is then left unset).
fn value_json(api: &Api, ty: &TypeRef, value: &str) -> Option<String> {
    if value.contains("{{") {
        return None;
    }
    match ty {
        TypeRef::String => Some(string(value)),
        TypeRef::Bool => matches!(value, "true" | "false").then(|| value.to_owned()),
        TypeRef::I64 => value.parse::<i64>().ok().map(|n| n.to_string()),
        TypeRef::U64 => value.parse::<u64>().ok().map(|n| n.to_string()),
        TypeRef::F64 => value.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(|n| n.to_string()),
        TypeRef::DateTime if is_date_time(value) => Some(string(value)),
        TypeRef::Date if is_date(value) => Some(string(value)),
        TypeRef::Named(name) if is_enum(api, name) => Some(string(value)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::without_dot_segments;

    #[test]
    fn dot_segments_go_as_a_url_parser_removes_them() {
        let path = |p: &[&str]| p.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(without_dot_segments(path(&["a", ".", "b"])), path(&["a", "b"]));
        assert_eq!(without_dot_segments(path(&["a", "b", "..", "c"])), path(&["a", "c"]));
        assert_eq!(without_dot_segments(path(&["a", "."])), path(&["a", ""]));
        assert_eq!(without_dot_segments(path(&["..", "a"])), path(&["a"]));
        assert_eq!(without_dot_segments(path(&["a", "...", ".b"])), path(&["a", "...", ".b"]));
    }
}
