//! One saved example as a test of the generated method: the arguments taken from the
//! example's request, the request the method must send, and the answer the loopback server
//! replays (`postgen_runtime::testing::call_example`). The outcome check is in
//! `example_expect`.

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
use super::tokens::{ident, str_literal, type_tokens};

/// The statements of the test for `example` of `op`, or why it is not replayed.
pub fn example_test(
    api: &Api,
    op: &Operation,
    example: &ResponseExample,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
) -> Result<Result<TokenStream, String>, Error> {
    let status = match served_status(op, example) {
        Ok(status) => status,
        Err(reason) => return Ok(Err(reason)),
    };
    let no_body = matches!(status, 204 | 205 | 304) || op.method == "HEAD";
    let served_body = match (&example.body, no_body) {
        (_, true) | (ExampleBody::Empty, _) => String::new(),
        (ExampleBody::Json(sample), false) => sample_json(sample)?,
        (ExampleBody::Text(text), false) => text.clone(),
    };
    let expect = match expectation(api, op, example, status, &served_body, named)? {
        Ok(expect) => expect,
        Err(reason) => return Ok(Err(reason)),
    };
    let documented = documented_request(op);
    let saved = example.request.as_ref().unwrap_or(&documented);
    let call = Call::build(api, op, saved, named)?;
    let method = ident(&op.name)?;
    let Call { setup, args, path, query, headers, sent_body } = call;
    let wire_method = &op.method;
    let answer_headers = pairs(&answer_headers(example, &served_body));
    let served = str_literal(&served_body);
    let status = Literal::u16_unsuffixed(status);
    let query = pairs(&query);
    let headers = pairs(&headers);
    Ok(Ok(quote! {
        let served = #served;
        #(#setup)*
        let outcome = call_example(
            &Answer { status: #status, headers: &[#(#answer_headers),*], body: served },
            &Expected { method: #wire_method, path: &[#(#path),*], query: &[#(#query),*], headers: &[#(#headers),*], body: #sent_body },
            |client| async move { Client::from_runtime(client).#method(#(#args),*).await },
        );
        #expect
    }))
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
    }
}

fn pairs(list: &[(String, String)]) -> Vec<TokenStream> {
    list.iter().map(|(k, v)| quote!((#k, #v))).collect()
}

/// The example's headers, with a `Content-Type` for its body when it saved none.
fn answer_headers(example: &ResponseExample, served_body: &str) -> Vec<(String, String)> {
    let mut headers = example.headers.clone();
    let has_type = headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
    if !has_type && !served_body.is_empty() {
        let content_type = example.content_type.clone().unwrap_or_else(|| match example.body {
            ExampleBody::Json(_) => "application/json".into(),
            _ => "text/plain".into(),
        });
        headers.push(("Content-Type".into(), content_type));
    }
    headers
}

/// The arguments of one call and the request they must produce.
struct Call {
    /// `let` statements building arguments.
    setup: Vec<TokenStream>,
    /// Argument expressions, in the method's order.
    args: Vec<TokenStream>,
    /// Expected path segments, decoded.
    path: Vec<String>,
    /// Expected query pairs.
    query: Vec<(String, String)>,
    /// Expected headers.
    headers: Vec<(String, String)>,
    /// `SentBody::..` expression.
    sent_body: TokenStream,
}

impl Call {
    fn build(
        api: &Api,
        op: &Operation,
        saved: &ExampleRequest,
        named: &dyn Fn(&str) -> Result<TokenStream, Error>,
    ) -> Result<Call, Error> {
        let mut call = Call {
            setup: Vec::new(),
            args: Vec::new(),
            path: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            sent_body: quote!(SentBody::Unchecked),
        };
        // Headers sent with a fixed value on every call must arrive too (a saved
        // `Accept: application/json` is sent by the runtime, not the method).
        call.headers.extend(op.fixed_headers.iter().map(|(k, v)| (k.clone(), v.trim().to_owned())));
        // Path: the saved value, else the documented example, else the parameter's name.
        let values: Vec<String> = op
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                saved.path_args.get(i).cloned().flatten().or_else(|| p.example.clone()).unwrap_or_else(|| p.wire.clone())
            })
            .collect();
        for value in &values {
            call.args.push(quote!(#value));
        }
        for segment in &op.path {
            call.path.push(match segment {
                PathSegment::Literal(text) => text.clone(),
                PathSegment::Template(parts) => parts
                    .iter()
                    .map(|part| match part {
                        SegmentPart::Literal(text) => text.as_str(),
                        SegmentPart::Param(i) => values.get(*i).map_or("", String::as_str),
                    })
                    .collect(),
            });
        }
        if let Some(params_ty) = &op.params_type {
            let mut fields = Vec::new();
            for param in &op.params {
                let saved_values: Vec<&str> = match param.location {
                    ParamLocation::Header => {
                        saved.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(&param.wire)).map(|(_, v)| v.as_str()).collect()
                    }
                    _ => saved.query.iter().filter(|(k, _)| *k == param.wire).map(|(_, v)| v.as_str()).collect(),
                };
                let usable: Vec<(&str, TokenStream)> = saved_values
                    .into_iter()
                    .filter_map(|v| value_tokens(api, &param.ty, v, named).transpose().map(|t| t.map(|t| (v, t))))
                    .collect::<Result<_, _>>()?;
                let usable = if param.repeated { usable } else { usable.into_iter().take(1).collect() };
                if usable.is_empty() {
                    continue;
                }
                let expected = match param.location {
                    ParamLocation::Header => &mut call.headers,
                    _ => &mut call.query,
                };
                expected.extend(usable.iter().map(|(v, _)| (param.wire.clone(), (*v).to_owned())));
                let field = ident(&param.ident)?;
                let values = usable.iter().map(|(_, t)| t);
                fields.push(if param.repeated {
                    quote!(#field: Some(vec![#(#values),*]))
                } else {
                    quote!(#field: Some(#(#values)*))
                });
            }
            let value = struct_literal(params_ty, named, &fields, op.params.len())?;
            call.setup.push(quote!(let params = #value;));
            call.args.push(quote!(&params));
        }
        if let Some(body) = &op.body {
            call.body(api, &body.kind, saved, named)?;
        }
        Ok(call)
    }

    /// The body argument and what must arrive.
    fn body(
        &mut self,
        api: &Api,
        kind: &BodyKind,
        saved: &ExampleRequest,
        named: &dyn Fn(&str) -> Result<TokenStream, Error>,
    ) -> Result<(), Error> {
        match kind {
            BodyKind::Json { samples, ty } => {
                // The saved body when the type was inferred from it (a GraphQL item's raw
                // `originalRequest` was not), else the item's own sample.
                let saved_sample = match &saved.body {
                    Some(ExampleRequestBody::Json(sample)) if samples.iter().any(|s| s.pointer == sample.pointer) => Some(sample),
                    _ => None,
                };
                let json = match saved_sample.or(samples.first()) {
                    Some(sample) => str_literal(&sample_json(sample)?),
                    None => str_literal("{}"),
                };
                let ty = type_tokens(ty.as_ref().unwrap_or(&TypeRef::Value), named)?;
                self.setup.push(quote! {
                    let sent = #json;
                    let body: #ty = json_arg(sent);
                });
                self.args.push(quote!(&body));
                self.sent_body = quote!(SentBody::Json(sent));
            }
            BodyKind::Form { fields, ty } => {
                let saved_fields: &[(String, String)] = match &saved.body {
                    Some(ExampleRequestBody::Form(pairs)) => pairs,
                    _ => &[],
                };
                let mut set = Vec::new();
                let mut sent = Vec::new();
                for field in fields {
                    let value = match saved_fields.iter().find(|(k, _)| *k == field.wire) {
                        Some((_, v)) => Some(v.clone()),
                        None if saved.body.is_none() => field.example.clone(),
                        None => None,
                    };
                    let Some(value) = value else { continue };
                    let Some(tokens) = value_tokens(api, &field.ty, &value, named)? else { continue };
                    let id = ident(&field.ident)?;
                    set.push(quote!(#id: Some(#tokens)));
                    let wire = &field.wire;
                    sent.push(quote!((#wire, #value)));
                }
                let ty = ty.as_ref().unwrap_or(&TypeRef::Value);
                let value = struct_literal(ty, named, &set, fields.len())?;
                self.setup.push(quote!(let body = #value;));
                self.args.push(quote!(&body));
                self.sent_body = quote!(SentBody::Form(&[#(#sent),*]));
            }
            BodyKind::Text { example } => {
                let text = match &saved.body {
                    Some(ExampleRequestBody::Text(text)) => text.clone(),
                    _ => example.clone().unwrap_or_default(),
                };
                self.args.push(quote!(#text));
                self.sent_body = quote!(SentBody::Text(#text));
            }
            BodyKind::Multipart { .. } | BodyKind::Binary => self.args.push(quote!(Vec::new())),
        }
        Ok(())
    }
}

/// `Name { field: value, .. }` for a params or form struct, with `..Default::default()`
/// when some fields stay unset.
fn struct_literal(
    ty: &TypeRef,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
    fields: &[TokenStream],
    total: usize,
) -> Result<TokenStream, Error> {
    let path = type_tokens(ty, named)?;
    Ok(match (fields.is_empty(), fields.len() == total) {
        (true, _) => quote!(<#path as Default>::default()),
        (false, true) => quote!(#path { #(#fields),* }),
        (false, false) => quote!(#path { #(#fields,)* ..Default::default() }),
    })
}

/// A Rust expression of type `ty` for the saved text `value`, or `None` when the text is a
/// placeholder or does not fit the type (the parameter is then left unset).
fn value_tokens(
    api: &Api,
    ty: &TypeRef,
    value: &str,
    named: &dyn Fn(&str) -> Result<TokenStream, Error>,
) -> Result<Option<TokenStream>, Error> {
    if value.contains("{{") {
        return Ok(None);
    }
    Ok(match ty {
        TypeRef::String => Some(quote!(String::from(#value))),
        TypeRef::Bool => match value {
            "true" => Some(quote!(true)),
            "false" => Some(quote!(false)),
            _ => None,
        },
        TypeRef::I64 => value.parse::<i64>().ok().map(|n| {
            let magnitude = Literal::u64_unsuffixed(n.unsigned_abs());
            if n < 0 { quote!(-#magnitude) } else { quote!(#magnitude) }
        }),
        TypeRef::U64 => value.parse::<u64>().ok().map(|n| {
            let n = Literal::u64_unsuffixed(n);
            quote!(#n)
        }),
        TypeRef::F64 => value.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| {
            let magnitude = Literal::f64_unsuffixed(n.abs());
            if n < 0.0 { quote!(-#magnitude) } else { quote!(#magnitude) }
        }),
        TypeRef::DateTime if is_date_time(value) => Some(json_value(value)),
        TypeRef::Date if is_date(value) => Some(json_value(value)),
        TypeRef::Named(name) if is_enum(api, name) => {
            let path = named(name)?;
            Some(quote!(#path::from(String::from(#value))))
        }
        _ => None,
    })
}

/// A value decoded from the JSON string `text` (dates and date-times keep their text).
fn json_value(text: &str) -> TokenStream {
    let json = serde_json::Value::String(text.to_owned()).to_string();
    quote!(json_arg(#json))
}
