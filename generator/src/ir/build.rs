//! Collection → API model: operations, parameters, bodies and raw samples.
//!
//! Types are not decided here; JSON bodies are collected as samples for `infer`.

use crate::config::ApiConfig;
use crate::error::{Error, Warning};
use crate::postman::{self, Collection, Item, RequestItem, Resolver};

use super::bases::{ItemBases, assign_servers};
use super::example_request::{VariableValues, example_request, request_of};
use super::model::*;
use super::naming::name_operations;
use super::params::{
    add_example_query_params, build_path, build_params, header_params, is_header_name, is_header_value,
    reconcile_example_headers,
};
use super::names::snake_ident;
use super::usable::{folder_scope, unusable_url};

/// Builds the API model from a loaded collection. Names are final; types are left to `infer`.
pub fn from_collection(
    collection: &Collection,
    config: &ApiConfig,
) -> Result<(Api, Vec<Warning>), Error> {
    build(collection, Items::Borrowed(&collection.items), config)
}

/// [`from_collection`] for a collection that is not needed afterwards: each request item is
/// dropped as soon as its operation is built, so the whole collection and the whole model
/// (whose parsed example bodies are several times the size of their text) are never in
/// memory together. What `generate` uses.
pub fn from_collection_owned(
    mut collection: Collection,
    config: &ApiConfig,
) -> Result<(Api, Vec<Warning>), Error> {
    let items = std::mem::take(&mut collection.items);
    build(&collection, Items::Owned(items), config)
}

/// The items to build operations from; `collection.items` is not read (it is empty when
/// they are owned).
enum Items<'a> {
    Borrowed(&'a [Item]),
    Owned(Vec<Item>),
}

fn build(collection: &Collection, items: Items<'_>, config: &ApiConfig) -> Result<(Api, Vec<Warning>), Error> {
    let resolver = Resolver::new(&collection.variables);
    let mut gather = Gather { file: &collection.file, jobs: Vec::new(), skipped: Vec::new() };
    collect_jobs(items, &mut Vec::new(), collection.auth.as_ref(), &resolver, &mut gather);
    let (mut operations, bases, build_warnings) = build_operations(gather.jobs, &collection.file)?;
    let base_urls = assign_servers(&mut operations, &bases, &resolver);
    let mut warnings = gather.skipped;
    warnings.extend(build_warnings);
    name_operations(&mut operations, &collection.file, &mut warnings);
    let api_auth = match &collection.auth {
        Some(a) => auth_scheme(a),
        None => operations.first().map(|o| o.auth.clone()).unwrap_or_default(),
    };
    let api = Api {
        crate_name: config.crate_name.clone(),
        crate_version: config.crate_version.clone(),
        title: if collection.name.trim().is_empty() { config.crate_name.clone() } else { collection.name.clone() },
        description: collection.description.clone(),
        source: collection.file.clone(),
        base_urls,
        auth: api_auth,
        operations,
        types: Vec::new(),
        envelope: Envelope::new(config.error_code_key.as_deref(), config.error_message_key.as_deref()),
        servers: config.servers.clone(),
        type_index: Default::default(),
    };
    Ok((api, warnings))
}

/// A request item to build an operation from, with what its folders give it.
struct Job<'a> {
    item: JobItem<'a>,
    folders: Vec<String>,
    /// The effective auth: the request's own, else its folders', else the collection's.
    auth: Option<postman::Auth>,
    /// The values the collection and folders give the `{{name}}` variables of the request's
    /// and examples' paths, queries and headers: what Postman sends in their place.
    values: VariableValues,
}

enum JobItem<'a> {
    Borrowed(&'a RequestItem),
    /// Dropped as soon as its operation is built: the collection shrinks as the model grows.
    Owned(Box<RequestItem>),
}

/// What the walk over the item tree gathers.
struct Gather<'a, 'f> {
    file: &'f std::path::Path,
    /// The request items that are operations, in document order.
    jobs: Vec<Job<'a>>,
    /// A warning per request item that is not an operation (no usable URL), in order.
    skipped: Vec<Warning>,
}

/// The request items in document order, with their folders' names and auth; `scope` holds
/// the variables their URLs see (the collection's, then their folders').
fn collect_jobs<'a>(
    items: Items<'a>,
    folders: &mut Vec<String>,
    inherited_auth: Option<&postman::Auth>,
    scope: &Resolver,
    gather: &mut Gather<'a, '_>,
) {
    match items {
        Items::Borrowed(items) => {
            for item in items {
                match item {
                    Item::Folder(f) => {
                        folders.push(f.name.clone());
                        let auth = effective_auth(f.auth.as_ref(), inherited_auth);
                        let scope = folder_scope(scope, &f.variables);
                        collect_jobs(Items::Borrowed(&f.items), folders, auth, &scope, gather);
                        folders.pop();
                    }
                    Item::Request(r) => gather.push(JobItem::Borrowed(r), folders, inherited_auth, scope),
                }
            }
        }
        Items::Owned(items) => {
            for item in items {
                match item {
                    Item::Folder(f) => {
                        folders.push(f.name);
                        let auth = effective_auth(f.auth.as_ref(), inherited_auth);
                        let scope = folder_scope(scope, &f.variables);
                        collect_jobs(Items::Owned(f.items), folders, auth, &scope, gather);
                        folders.pop();
                    }
                    Item::Request(r) => gather.push(JobItem::Owned(r), folders, inherited_auth, scope),
                }
            }
        }
    }
}

impl<'a> Gather<'a, '_> {
    /// `item` as an operation to build, or a warning when its URL is not usable.
    fn push(&mut self, item: JobItem<'a>, folders: &[String], inherited_auth: Option<&postman::Auth>, scope: &Resolver) {
        let own = match &item {
            JobItem::Borrowed(r) => r,
            JobItem::Owned(r) => r.as_ref(),
        };
        if let Some(reason) = unusable_url(own, scope) {
            let message = format!("no usable URL ({reason}): not an operation");
            self.skipped.push(Warning::at(self.file, own.request.url_pointer(), message));
            return;
        }
        let auth = effective_auth(own.request.auth.as_ref(), inherited_auth).cloned();
        let values = variable_values(own, scope);
        self.jobs.push(Job { item, folders: folders.to_vec(), auth, values });
    }
}

/// The values `scope` gives the `{{name}}` variables that the paths, query values and header
/// values of `item`'s request and saved requests use (fully resolved, not empty).
fn variable_values(item: &RequestItem, scope: &Resolver) -> VariableValues {
    let requests = std::iter::once(&item.request).chain(item.responses.iter().filter_map(|r| r.original_request.as_ref()));
    let mut names: Vec<String> = Vec::new();
    for request in requests {
        let texts = request.url.path.iter().map(String::as_str);
        let texts = texts.chain(request.url.query.iter().filter_map(|q| q.value.as_deref()));
        let texts = texts.chain(request.headers.iter().map(|h| h.value.as_str()));
        for name in texts.flat_map(Resolver::var_names) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let values = names
        .into_iter()
        .filter_map(|name| {
            let value = scope.resolve(&format!("{{{{{name}}}}}"));
            (!value.is_empty() && !value.contains("{{")).then_some((name, value))
        })
        .collect();
    VariableValues(values)
}

/// The operations of `jobs` in order, each with the bases its request and examples wrote,
/// and the warnings in order, built by a few threads each taking a consecutive run
/// ([`crate::runs`]).
type Built = (Vec<Operation>, Vec<ItemBases>, Vec<Warning>);

fn build_operations(jobs: Vec<Job<'_>>, file: &std::path::Path) -> Result<Built, Error> {
    let built = crate::runs::in_runs(jobs, 256, |run| Builder::run(run, file))?;
    let (mut operations, mut bases, mut warnings) = (Vec::new(), Vec::new(), Vec::new());
    for builder in built {
        operations.extend(builder.operations);
        bases.extend(builder.bases);
        warnings.extend(builder.warnings);
    }
    Ok((operations, bases, warnings))
}

struct Builder<'a> {
    file: &'a std::path::Path,
    warnings: Vec<Warning>,
    operations: Vec<Operation>,
    /// Beside each operation: the bases its item wrote (servers are assigned once all are known).
    bases: Vec<ItemBases>,
}

impl<'a> Builder<'a> {
    fn run(jobs: Vec<Job<'_>>, file: &'a std::path::Path) -> Self {
        let mut builder =
            Builder { file, warnings: Vec::new(), operations: Vec::with_capacity(jobs.len()), bases: Vec::with_capacity(jobs.len()) };
        for Job { item, folders, auth, values } in jobs {
            builder.bases.push(ItemBases::of(match &item {
                JobItem::Borrowed(item) => item,
                JobItem::Owned(item) => item.as_ref(),
            }));
            // The bodies (read as JSON while loading): moved out of an owned item, not copied.
            let op = match item {
                JobItem::Borrowed(item) => {
                    let bodies = item.responses.iter().map(|r| r.body.clone()).collect();
                    builder.operation(item, bodies, folders, auth.as_ref(), &values)
                }
                JobItem::Owned(mut item) => {
                    let bodies = item.responses.iter_mut().map(|r| r.body.take()).collect();
                    builder.operation(&item, bodies, folders, auth.as_ref(), &values)
                }
            };
            builder.operations.push(op);
        }
        builder
    }

    /// The operation of `item`, whose responses' bodies are `bodies`.
    fn operation(
        &mut self,
        item: &RequestItem,
        bodies: Vec<Option<postman::SavedBody>>,
        folders: Vec<String>,
        auth: Option<&postman::Auth>,
        values: &VariableValues,
    ) -> Operation {
        let request = &item.request;
        let file = self.file;
        let (path, mut path_params) = build_path(&request.url);
        for param in path_params.iter_mut().filter(|p| p.example.is_none()) {
            param.example = values.get(&param.wire).map(str::to_owned);
        }
        let mut params = build_params(&request.url.query);
        let example_queries = item.responses.iter().filter_map(|r| r.original_request.as_ref()).map(|r| r.url.query.as_slice());
        add_example_query_params(&mut params, example_queries);
        let authenticated = auth.is_some_and(|a| a.kind != postman::AuthKind::NoAuth);
        for h in request.headers.iter().filter(|h| !h.key.is_empty()) {
            let problem = if !is_header_name(&h.key) {
                "is not a valid HTTP header name"
            } else if !is_header_value(&h.value) {
                "has a value with control characters"
            } else {
                continue;
            };
            self.warnings.push(Warning {
                file: file.to_path_buf(),
                pointer: request.pointer.key("header"),
                message: format!("header `{}` {problem}; it would fail every call, so it is not sent", h.key.escape_debug()),
            });
        }
        let (mut header_params, mut fixed_headers) = header_params(&request.headers, authenticated);
        let example_headers = item.responses.iter().filter_map(|r| r.original_request.as_ref()).map(|r| r.headers.as_slice());
        reconcile_example_headers(&mut fixed_headers, &mut header_params, example_headers, authenticated);
        params.extend(header_params);
        super::params::assign_idents(&mut params);
        // A placeholder the collection gives a value documents the value Postman sends.
        for param in params.iter_mut() {
            if let Some(example) = param.example.as_mut().filter(|e| e.contains("{{")) {
                *example = values.fill(example);
            }
        }
        let body = self.request_body(item);
        if body.is_none() {
            // No body to follow: a saved `Content-Type` is sent as Postman sends it (some
            // servers pick the answer's format from it even on a GET).
            fixed_headers.extend(bodiless_content_type(&request.headers));
        }
        let responses = item
            .responses
            .iter()
            .zip(bodies)
            .map(|(r, body)| {
                let mut example = response_example(r, body, file, &mut self.warnings);
                example.request = Some(example_request(r, request, &path, path_params.len(), values));
                example
            })
            .collect();
        let own_request = Some(request_of(request, &path, path_params.len(), values));
        let docs = item.description.clone().or_else(|| request.description.clone());
        Operation {
            name: snake_ident(&item.name),
            title: item.name.clone(),
            docs,
            folders,
            method: request.method.clone(),
            path_template: path_template(&request.url),
            path,
            path_params,
            params,
            params_type: None,
            fixed_headers,
            body,
            responses,
            own_request,
            success: SuccessBody::Unknown,
            errors: None,
            auth: auth.map(auth_scheme).unwrap_or_default(),
            no_auth: auth.is_some_and(|a| matches!(a.kind, postman::AuthKind::NoAuth)),
            // Set with the API's servers (`bases::assign_servers`).
            server: 0,
            pagination: None,
            doc: Default::default(),
            source: item.pointer.clone(),
        }
    }

    fn request_body(&mut self, item: &RequestItem) -> Option<RequestBody> {
        let request = &item.request;
        let file = self.file;
        // Sent as saved, parameters included (`text/xml; charset=utf-8`).
        let declared_type = full_header_value(&request.headers, "content-type");
        let body = request.body.as_ref()?;
        let pointer = request.pointer.key("body");
        match body {
            postman::Body::Raw { text, language } => {
                if text.trim().is_empty() {
                    return None;
                }
                let looks_json = language.as_deref() == Some("json")
                    || declared_type.as_deref().is_some_and(|t| t.contains("json"))
                    || text.trim_start().starts_with(['{', '[']);
                if looks_json {
                    if let Some(compact) = postman::compact_json_lenient(text) {
                        let mut samples = vec![Sample::from_compact(compact, pointer.key("raw"))];
                        samples.extend(original_request_samples(item));
                        return Some(RequestBody {
                            content_type: declared_type
                                .filter(|t| t.contains("json"))
                                .unwrap_or_else(|| "application/json".to_owned()),
                            kind: BodyKind::Json { samples, ty: None },
                        });
                    }
                    self.warnings.push(Warning {
                        file: file.to_path_buf(),
                        pointer: pointer.key("raw"),
                        message: "request body looks like JSON but does not parse, even after \
                                  repairing {{var}} placeholders and comments; typed as text"
                            .into(),
                    });
                }
                let content_type = declared_type.unwrap_or_else(|| {
                    match language.as_deref() {
                        Some("xml") => "application/xml",
                        Some("html") => "text/html",
                        Some("javascript") => "application/javascript",
                        Some("json") => "application/json",
                        _ => "text/plain",
                    }
                    .to_owned()
                });
                Some(RequestBody { content_type, kind: BodyKind::Text { example: Some(text.clone()) } })
            }
            postman::Body::UrlEncoded(fields) => {
                let mut fields = super::params::form_params(fields);
                // Keys only the examples' forms send (or repeat) are fields too, as for queries.
                let example_forms: Vec<Vec<postman::QueryParam>> = item
                    .responses
                    .iter()
                    .filter_map(|r| match r.original_request.as_ref()?.body.as_ref()? {
                        postman::Body::UrlEncoded(fields) => Some(fields.iter().map(form_pair).collect()),
                        _ => None,
                    })
                    .collect();
                add_example_query_params(&mut fields, example_forms.iter().map(Vec::as_slice));
                super::params::assign_idents(&mut fields);
                if fields.is_empty() {
                    return None;
                }
                Some(RequestBody {
                    content_type: "application/x-www-form-urlencoded".into(),
                    kind: BodyKind::Form { fields, ty: None },
                })
            }
            postman::Body::FormData(fields) => {
                let fields: Vec<(String, bool)> = fields
                    .iter()
                    .filter(|f| !f.key.is_empty())
                    .map(|f| (f.key.clone(), f.kind == postman::FormFieldKind::File))
                    .collect();
                // No field at all: Postman sends no body (and any saved `Content-Type`).
                if fields.is_empty() {
                    return None;
                }
                Some(RequestBody { content_type: "multipart/form-data".into(), kind: BodyKind::Multipart { fields } })
            }
            postman::Body::File { .. } => Some(RequestBody {
                content_type: declared_type.unwrap_or_else(|| "application/octet-stream".into()),
                kind: BodyKind::Binary,
            }),
            postman::Body::GraphQl { query, variables } => {
                let variables = variables
                    .as_deref()
                    .and_then(postman::parse_json_lenient)
                    .map(|v| v.value)
                    .unwrap_or_else(|| serde_json::Value::Object(Default::default()));
                let value = serde_json::json!({ "query": query, "variables": variables });
                Some(RequestBody {
                    content_type: "application/json".into(),
                    kind: BodyKind::Json {
                        samples: vec![Sample::new(&value, pointer.key("graphql"), false)],
                        ty: None,
                    },
                })
            }
        }
    }
}

/// A urlencoded form field as the query pair it is on the wire.
fn form_pair(field: &postman::FormField) -> postman::QueryParam {
    postman::QueryParam {
        key: field.key.clone(),
        value: field.value.clone(),
        disabled: field.disabled,
        description: field.description.clone(),
    }
}

/// The enabled, fixed `Content-Type` of a request without a body, if it saved one.
fn bodiless_content_type(headers: &[postman::Header]) -> Option<(String, String)> {
    let key = headers.iter().find(|h| !h.disabled && h.key.eq_ignore_ascii_case("content-type"))?.key.clone();
    Some((key, full_header_value(headers, "content-type")?))
}

/// JSON bodies of the examples' original requests: more samples of the same request type.
fn original_request_samples(item: &RequestItem) -> Vec<Sample> {
    item.responses
        .iter()
        .filter_map(|r| {
            let original = r.original_request.as_ref()?;
            let postman::Body::Raw { text, .. } = original.body.as_ref()? else { return None };
            let compact = postman::compact_json_lenient(text)?;
            Some(Sample::from_compact(compact, original.pointer.key("body").key("raw")))
        })
        .collect()
}

fn response_example(
    response: &postman::SavedResponse,
    body: Option<postman::SavedBody>,
    file: &std::path::Path,
    warnings: &mut Vec<Warning>,
) -> ResponseExample {
    let content_type = header_value(&response.headers, "content-type");
    let body = match body {
        None => ExampleBody::Empty,
        Some(body) if is_binary_answer(response, content_type.as_deref(), &body) => ExampleBody::Binary(match body {
            // Its text was not kept (a JSON object or array under a binary type): the JSON.
            postman::SavedBody::Json(compact) => compact.text,
            postman::SavedBody::Text { text, .. } => text,
        }),
        Some(postman::SavedBody::Json(compact)) => ExampleBody::Json(Sample::from_compact(compact, response.pointer.key("body"))),
        // Not an object or array: JSON only when the example says so.
        Some(postman::SavedBody::Text { text, json }) => {
            let says_json = response.preview_language.as_deref() == Some("json")
                || content_type.as_deref().is_some_and(|t| t.contains("json"));
            match json {
                Some(compact) if says_json => ExampleBody::Json(Sample::from_compact(compact, response.pointer.key("body"))),
                _ => {
                    if says_json {
                        warnings.push(Warning {
                            file: file.to_path_buf(),
                            pointer: response.pointer.key("body"),
                            message: "example body is declared JSON but does not parse; kept as text".into(),
                        });
                    }
                    ExampleBody::Text(text.trim().to_owned())
                }
            }
        }
    };
    let mut headers: Vec<_> = response.headers.iter().filter(|h| !h.disabled).map(|h| (h.key.clone(), h.value.clone())).collect();
    // A filtered list grows by doubling; one per saved example is kept until emit.
    headers.shrink_to_fit();
    ResponseExample {
        name: response.name.clone(),
        status: response.status.or_else(|| status_from_name(&response.name)),
        content_type,
        body,
        headers,
        request: None,
        pointer: response.pointer.clone(),
    }
}

/// Whether a saved answer is binary (`ir::media`): its `Content-Type` says so; without one,
/// its body does, unless Postman previewed it as a text format.
fn is_binary_answer(response: &postman::SavedResponse, content_type: Option<&str>, body: &postman::SavedBody) -> bool {
    if let Some(content_type) = content_type {
        return super::media::is_binary_type(content_type);
    }
    let previewed_as_text =
        matches!(response.preview_language.as_deref(), Some("json" | "xml" | "html" | "javascript"));
    match body {
        postman::SavedBody::Text { text, .. } => !previewed_as_text && super::media::looks_binary(text),
        postman::SavedBody::Json(_) => false,
    }
}

/// A status stated only in the example's name: `200 - Get account`, `404 Not Found`. Exports
/// without a `code` often name their examples this way.
fn status_from_name(name: &str) -> Option<u16> {
    let digits: String = name.trim_start().chars().take_while(char::is_ascii_digit).collect();
    let rest = &name.trim_start()[digits.len()..];
    let separated = rest.is_empty() || rest.starts_with([' ', '-', ':', '_', '(']);
    (digits.len() == 3 && separated).then(|| digits.parse().ok()).flatten().filter(|s| (100..=599).contains(s))
}

/// The first enabled header named `name` (case-insensitive), without parameters like `;charset`.
fn header_value(headers: &[postman::Header], name: &str) -> Option<String> {
    full_header_value(headers, name).map(|v| v.split(';').next().unwrap_or_default().trim().to_owned())
}

/// The enabled header's whole value, trimmed, when it is fixed text a header can carry.
fn full_header_value(headers: &[postman::Header], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|h| !h.disabled && h.key.eq_ignore_ascii_case(name))
        .map(|h| h.value.trim().to_owned())
        .filter(|v| !v.is_empty() && !v.contains("{{") && is_header_value(v))
}

/// Request auth wins over folder auth over collection auth; `inherit` defers upward. A
/// `noauth` is kept (it turns the API's credentials off for the request).
fn effective_auth<'a>(
    own: Option<&'a postman::Auth>,
    inherited: Option<&'a postman::Auth>,
) -> Option<&'a postman::Auth> {
    match own {
        Some(a) if a.kind == postman::AuthKind::Inherit => inherited,
        Some(a) => Some(a),
        None => inherited,
    }
}

/// Maps a Postman auth setting onto what the runtime implements.
pub(super) fn auth_scheme(auth: &postman::Auth) -> AuthScheme {
    use postman::AuthKind;
    match &auth.kind {
        AuthKind::NoAuth | AuthKind::Inherit => AuthScheme::None,
        AuthKind::Bearer => AuthScheme::Token { scheme: "Bearer".into() },
        AuthKind::Basic => AuthScheme::Basic,
        AuthKind::ApiKey => AuthScheme::ApiKey {
            name: auth.param("key").filter(|k| !k.is_empty()).unwrap_or("X-API-Key").to_owned(),
            in_query: auth.param("in") == Some("query"),
        },
        AuthKind::OAuth2 => AuthScheme::OAuth2,
        AuthKind::Other(name) => AuthScheme::Unsupported(name.clone()),
    }
}

fn path_template(url: &postman::Url) -> String {
    format!("/{}", url.path.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ApiConfig {
        ApiConfig {
            crate_name: "many".into(),
            crate_version: "0.1.0".into(),
            auth_scheme: None,
            error_code_key: None,
            error_message_key: None,
            servers: None,
        }
    }

    #[test]
    fn operations_built_in_runs_keep_document_order_folders_auth_and_warnings() {
        // More requests than one run takes, in folders with their own auth, some with a bad
        // header (a warning each).
        let mut items = Vec::new();
        let mut expected = Vec::new();
        for i in 0..1500 {
            let header = if i % 97 == 0 { r#", "header": [{"key": "Bad Name", "value": "x"}]"# } else { "" };
            let request = format!(r#"{{"name": "r{i}", "request": {{"method": "GET", "url": "https://x/r{i}"{header}}}}}"#);
            if i % 300 == 7 {
                items.push(format!(r#"{{"name": "F{i}", "auth": {{"type": "basic"}}, "item": [{request}]}}"#));
                expected.push((format!("get_r{i}"), vec![format!("F{i}")], AuthScheme::Basic));
            } else {
                items.push(request);
                expected.push((format!("get_r{i}"), Vec::new(), AuthScheme::Token { scheme: "Bearer".into() }));
            }
        }
        let text = format!(
            r#"{{"info": {{"name": "many", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}}, "auth": {{"type": "bearer"}}, "item": [{}]}}"#,
            items.join(",")
        );
        let collection = postman::load_str(std::path::Path::new("many.json"), &text).unwrap_or_else(|e| panic!("{e}"));
        let (borrowed, borrowed_warnings) = from_collection(&collection, &config()).unwrap_or_else(|e| panic!("{e}"));
        let (owned, owned_warnings) = from_collection_owned(collection, &config()).unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<(String, Vec<String>, AuthScheme)> =
            owned.operations.iter().map(|op| (op.name.clone(), op.folders.clone(), op.auth.clone())).collect();
        assert_eq!(got.len(), expected.len());
        let first_wrong = got.iter().zip(&expected).position(|(got, expected)| got != expected);
        assert_eq!(first_wrong, None, "{:?}", first_wrong.map(|i| (&got[i], &expected[i])));
        let pointers: Vec<String> = owned_warnings.iter().map(|w| w.pointer.as_str().to_owned()).collect();
        let bad: Vec<usize> = (0..1500).filter(|i| i % 97 == 0).collect();
        assert_eq!(pointers.len(), bad.len(), "{pointers:?}");
        for (pointer, i) in pointers.iter().zip(&bad) {
            let at = if i % 300 == 7 { format!("/item/{i}/item/0/request/header") } else { format!("/item/{i}/request/header") };
            assert_eq!(*pointer, at);
        }
        assert!(format!("{:?}", borrowed.operations) == format!("{:?}", owned.operations), "borrowed and owned differ");
        assert_eq!(borrowed_warnings.len(), owned_warnings.len());
    }

    #[test]
    fn a_status_is_read_from_a_name_that_starts_with_one() {
        assert_eq!(status_from_name("200 - [EKYC Failed] Get Account"), Some(200));
        assert_eq!(status_from_name("404 Not Found"), Some(404));
        assert_eq!(status_from_name("201"), Some(201));
        assert_eq!(status_from_name("2001 results"), None);
        assert_eq!(status_from_name("200OK"), None);
        assert_eq!(status_from_name("999 - nope"), None);
        assert_eq!(status_from_name("Workspace not found"), None);
    }
}
