//! One request item of a synthetic folder: its URL, headers, body and saved examples.

use serde_json::{Value, json};

use super::{Endpoint, Folder, Rng, SUBS, Schema, date_time, id, singular};

/// What a request sends.
#[derive(Clone, Copy, PartialEq)]
enum Body {
    None,
    Full,
    Partial,
    Reason,
}

/// What a success answer holds.
#[derive(Clone, Copy)]
enum Answer<'a> {
    One(&'a Schema),
    List(&'a Schema),
    Deleted,
    Job,
}

/// How one endpoint looks on the wire.
struct Route<'a> {
    name: String,
    method: &'static str,
    path: Vec<String>,
    /// Path variables (`:id` → `id`) with the id prefix of their sample values.
    vars: Vec<(String, String)>,
    body: Body,
    body_schema: &'a Schema,
    success: u16,
    answer: Answer<'a>,
}

fn route<'a>(folder: &'a Folder, subs: &'a [Schema], endpoint: Endpoint) -> Route<'a> {
    let res = &folder.name;
    let one = singular(res).replace('-', " ");
    let schema = &folder.schema;
    let base = vec!["v1".to_owned(), res.clone()];
    let with_id = |extra: &[&str]| -> Vec<String> {
        base.iter().cloned().chain([":id".to_owned()]).chain(extra.iter().map(|s| s.to_string())).collect()
    };
    let id_var = vec![("id".to_owned(), schema.id_prefix.clone())];
    let r = |name: String, method, path, vars, body, success, answer| Route { name, method, path, vars, body, body_schema: schema, success, answer };
    match endpoint {
        Endpoint::List => r(format!("List {}", res.replace('-', " ")), "GET", base.clone(), vec![], Body::None, 200, Answer::List(schema)),
        Endpoint::Create => r(format!("Create {one}"), "POST", base.clone(), vec![], Body::Full, 201, Answer::One(schema)),
        Endpoint::Get => r(format!("Get {one}"), "GET", with_id(&[]), id_var, Body::None, 200, Answer::One(schema)),
        Endpoint::Replace => r(format!("Replace {one}"), "PUT", with_id(&[]), id_var, Body::Full, 200, Answer::One(schema)),
        Endpoint::Update => r(format!("Update {one}"), "PATCH", with_id(&[]), id_var, Body::Partial, 200, Answer::One(schema)),
        Endpoint::Delete => r(format!("Delete {one}"), "DELETE", with_id(&[]), id_var, Body::None, 200, Answer::Deleted),
        Endpoint::SubList(s) | Endpoint::SubCreate(s) | Endpoint::SubGet(s) | Endpoint::SubDelete(s) => {
            let sub = SUBS[s];
            let sub_one = singular(sub).replace('-', " ");
            let sub_var = format!("{}_id", singular(sub).replace('-', "_"));
            let item_path = with_id(&[sub, &format!(":{sub_var}")]);
            let mut both = id_var;
            both.push((sub_var, subs[s].id_prefix.clone()));
            let sub_route = |name, method, path, vars, body, success, answer| Route { body_schema: &subs[s], ..r(name, method, path, vars, body, success, answer) };
            match endpoint {
                Endpoint::SubList(_) => sub_route(format!("List {one} {}", sub.replace('-', " ")), "GET", with_id(&[sub]), both[..1].to_vec(), Body::None, 200, Answer::List(&subs[s])),
                Endpoint::SubCreate(_) => sub_route(format!("Add {one} {sub_one}"), "POST", with_id(&[sub]), both[..1].to_vec(), Body::Full, 201, Answer::One(&subs[s])),
                Endpoint::SubGet(_) => sub_route(format!("Get {one} {sub_one}"), "GET", item_path, both, Body::None, 200, Answer::One(&subs[s])),
                _ => sub_route(format!("Remove {one} {sub_one}"), "DELETE", item_path, both, Body::None, 200, Answer::Deleted),
            }
        }
        Endpoint::Action(action) => {
            let answer = if matches!(action, "export" | "send") { Answer::Job } else { Answer::One(schema) };
            let body = if matches!(action, "cancel" | "archive" | "lock") { Body::Reason } else { Body::None };
            r(format!("{}{} {one}", action[..1].to_uppercase(), &action[1..]), "POST", with_id(&[action]), id_var, body, 200, answer)
        }
    }
}

/// One request item with `examples` saved responses.
pub(super) fn item(folder: &Folder, subs: &[Schema], endpoint: Endpoint, examples: usize, rng: &mut Rng) -> Value {
    let route = route(folder, subs, endpoint);
    let request = request(&route, rng, true);
    let responses: Vec<Value> = (0..examples).map(|k| response(&route, k, rng)).collect();
    json!({
        "name": route.name,
        "request": request,
        "response": responses,
    })
}

/// The request as the item describes it (`template`: variables unresolved, as authors save
/// them) or as one example sent it (concrete ids, page numbers and body).
fn request(route: &Route, rng: &mut Rng, template: bool) -> Value {
    let mut header = vec![json!({ "key": "Accept", "value": "application/json" })];
    let body = request_body(route, rng);
    if body.is_some() {
        header.push(json!({ "key": "Content-Type", "value": "application/json" }));
    }
    if route.method == "POST" {
        header.push(json!({ "key": "Idempotency-Key", "value": "{{$guid}}", "disabled": route.body != Body::Full }));
    }
    let mut request = json!({ "method": route.method, "header": header, "url": url(route, rng, template) });
    if let Some(body) = body {
        let raw = serde_json::to_string_pretty(&body).expect("a JSON value serializes");
        request["body"] = json!({ "mode": "raw", "raw": raw, "options": { "raw": { "language": "json" } } });
    }
    if template {
        request["description"] = format!("{} ({} {}).", route.name, route.method, route.path.join("/")).into();
    }
    request
}

fn request_body(route: &Route, rng: &mut Rng) -> Option<Value> {
    match route.body {
        Body::None => None,
        Body::Full => Some(route.body_schema.record(rng, false)),
        Body::Partial => {
            let Value::Object(mut record) = route.body_schema.record(rng, false) else { unreachable!("records are objects") };
            // A PATCH sends a few fields, a different few each time.
            record.retain(|key, _| key == "name" || rng.percent(30));
            Some(Value::Object(record))
        }
        Body::Reason => Some(json!({ "reason": format!("requested by {}", id(rng, "usr")), "notify": rng.percent(50) })),
    }
}

fn url(route: &Route, rng: &mut Rng, template: bool) -> Value {
    let mut query = Vec::new();
    if matches!(route.answer, Answer::List(_)) {
        let page = if template { "1".to_owned() } else { rng.range(1, 9).to_string() };
        let after = date_time(rng);
        query = vec![
            ("page", page, false),
            ("per_page", ["10", "25", "50", "100"][rng.below(4)].to_owned(), false),
            ("sort", ["-created_at", "name", "updated_at"][rng.below(3)].to_owned(), false),
            ("status", rng.pick(super::STATUSES).to_owned(), !template && rng.percent(50)),
            ("created_after", after, true),
            ("q", String::new(), true),
        ];
    }
    let enabled: Vec<String> = query.iter().filter(|q| !q.2).map(|(k, v, _)| format!("{k}={v}")).collect();
    let mut raw = format!("{{{{baseUrl}}}}/{}", route.path.join("/"));
    if !enabled.is_empty() {
        raw = format!("{raw}?{}", enabled.join("&"));
    }
    let query: Vec<Value> = query.into_iter().map(|(key, value, disabled)| json!({ "key": key, "value": value, "disabled": disabled })).collect();
    let variable: Vec<Value> = route
        .vars
        .iter()
        .map(|(key, prefix)| json!({ "key": key, "value": if template { format!("{prefix}_123") } else { id(rng, prefix) } }))
        .collect();
    json!({ "raw": raw, "host": ["{{baseUrl}}"], "path": route.path, "query": query, "variable": variable })
}

const ERRORS: &[(u16, &str, &str)] = &[
    (400, "Bad Request", "INVALID_REQUEST"),
    (401, "Unauthorized", "UNAUTHENTICATED"),
    (403, "Forbidden", "FORBIDDEN"),
    (404, "Not Found", "NOT_FOUND"),
    (409, "Conflict", "CONFLICT"),
    (422, "Unprocessable Entity", "VALIDATION_FAILED"),
    (429, "Too Many Requests", "RATE_LIMITED"),
    (500, "Internal Server Error", "INTERNAL"),
    (503, "Service Unavailable", "UNAVAILABLE"),
];

/// The `k`-th saved example: the first always succeeds, about a quarter of the others fail.
fn response(route: &Route, k: usize, rng: &mut Rng) -> Value {
    let original = request(route, rng, false);
    let request_id = id(rng, "req");
    let mut header = vec![
        json!({ "key": "Content-Type", "value": "application/json; charset=utf-8" }),
        json!({ "key": "X-Request-Id", "value": request_id }),
    ];
    let (code, status, name, body) = if k > 0 && rng.percent(25) {
        let (code, status, error_code) = ERRORS[rng.below(ERRORS.len())];
        if code == 429 {
            header.push(json!({ "key": "Retry-After", "value": rng.range(1, 120).to_string() }));
        }
        let details: Value = match code {
            400 | 422 => (0..rng.range(1, 3))
                .map(|_| json!({ "field": route.body_schema.fields[rng.below(route.body_schema.fields.len())].0, "reason": rng.pick(&["required", "too_long", "invalid_format"]) }))
                .collect(),
            404 => json!({ "resource": route.path[1], "id": id(rng, &route.body_schema.id_prefix) }),
            409 => json!({ "conflicting_id": id(rng, &route.body_schema.id_prefix) }),
            429 => json!({ "limit": 100, "remaining": 0, "reset_at": date_time(rng) }),
            // Auth and server errors explain nothing further, as most APIs do.
            _ => Value::Null,
        };
        let mut body = json!({ "code": error_code, "message": format!("{status}: {} failed", route.name.to_lowercase()), "details": details });
        if rng.percent(60) {
            body["request_id"] = request_id.into();
        }
        (code, status, format!("{code} {status}"), body)
    } else {
        let status = if route.success == 201 { "Created" } else { "OK" };
        let label = ["Success", "Typical", "Minimal", "With optional fields", "Another record"][k % 5];
        (route.success, status, format!("{label} {k}"), success_body(route, rng, &request_id))
    };
    json!({
        "name": name,
        "originalRequest": original,
        "status": status,
        "code": code,
        "_postman_previewlanguage": "json",
        "header": header,
        "cookie": [],
        "body": serde_json::to_string_pretty(&body).expect("a JSON value serializes"),
    })
}

fn success_body(route: &Route, rng: &mut Rng, request_id: &str) -> Value {
    let mut body = match route.answer {
        Answer::One(schema) => json!({ "data": schema.record(rng, true) }),
        Answer::List(schema) => {
            let records: Vec<Value> = (0..rng.range(1, 3)).map(|_| schema.record(rng, true)).collect();
            let (page, total) = (rng.range(1, 9), rng.range(10, 5000));
            let next = if rng.percent(70) { Value::from(format!("https://api.example.com/{}?page={}", route.path.join("/"), page + 1)) } else { Value::Null };
            json!({
                "data": records,
                "pagination": { "page": page, "per_page": 25, "total": total, "has_more": !next.is_null() },
                "links": { "self": format!("https://api.example.com/{}?page={page}", route.path.join("/")), "next": next },
            })
        }
        Answer::Deleted => json!({ "data": { "id": id(rng, &route.body_schema.id_prefix), "deleted": true } }),
        Answer::Job => json!({ "data": { "job_id": id(rng, "job"), "state": rng.pick(&["queued", "running"]), "queued_at": date_time(rng), "eta_seconds": rng.range(1, 600) } }),
    };
    // `meta` comes and goes between examples of one request: an optional key.
    if rng.percent(70) {
        body["meta"] = json!({ "request_id": request_id, "took_ms": rng.range(1, 900) });
    }
    body
}
