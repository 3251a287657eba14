//! One test per inference rule (../shared/GUIDE.md §3): a small JSON sample in, the
//! generated `types.rs` out as an insta snapshot (each reviewed by hand), plus assertions on
//! the warnings where a rule promises one.

use postgen::{generate, GenerateOptions, Warning};
use serde_json::{json, Value};

/// Generates a crate from one `POST /v1/things` request whose request body samples are
/// `requests` and whose 200 examples are `responses`; returns `types.rs` and the warnings.
fn infer(requests: &[Value], responses: &[Value]) -> (String, Vec<Warning>) {
    let body = |v: &Value| json!({"mode": "raw", "raw": v.to_string(), "options": {"raw": {"language": "json"}}});
    let url = json!({"raw": "https://api.example.com/v1/things", "protocol": "https", "host": ["api", "example", "com"], "path": ["v1", "things"]});
    let mut request = json!({"method": "POST", "url": url, "header": []});
    if let Some(first) = requests.first() {
        request["body"] = body(first);
    }
    let examples: Vec<Value> = responses
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut original = json!({"method": "POST", "url": url});
            if let Some(sample) = requests.get(i + 1) {
                original["body"] = body(sample);
            }
            json!({"name": format!("example {i}"), "originalRequest": original, "code": 200, "status": "OK",
                   "_postman_previewlanguage": "json", "header": [], "body": r.to_string()})
        })
        .collect();
    let collection = json!({
        "info": {"name": "Rules", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Create things", "request": request, "response": examples}]
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rules.postman_collection.json");
    std::fs::write(&path, collection.to_string()).expect("write collection");
    let generated = generate(&GenerateOptions {
        collection: path,
        out: dir.path().join("out"),
        name: Some("rules".into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates");
    let types = generated.files.get("src/types.rs").expect("types.rs").clone();
    (types, generated.warnings)
}

/// Generates a crate from one of `tests/fixtures/` (which the corpus gate also compiles).
fn generate_fixture(file: &str) -> postgen::Generated {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(file);
    let dir = tempfile::tempdir().expect("temp dir");
    generate(&GenerateOptions {
        collection: path,
        out: dir.path().join("out"),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates")
}

/// Generates a crate from a v2.1 collection of `items`.
fn generate_items(items: &[Value]) -> postgen::Generated {
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    std::fs::write(&collection, json!({"info": {"name": "Items", "schema": schema}, "item": items}).to_string())
        .expect("write collection");
    generate(&GenerateOptions {
        collection,
        out: dir.path().join("out"),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates")
}

fn responses_only(samples: &[Value]) -> (String, Vec<Warning>) {
    infer(&[], samples)
}

fn messages(warnings: &[Warning]) -> Vec<String> {
    warnings.iter().map(|w| format!("{}: {}", w.pointer.as_str(), w.message)).collect()
}

#[test]
fn presence_has_four_states_in_responses() {
    // a: always, never null. b: always, once null. c: sometimes absent. d: absent once, null once.
    let (types, _) = responses_only(&[
        json!({"a": 1, "b": 1, "c": "x", "d": null}),
        json!({"a": 2, "b": null}),
        json!({"a": 3, "b": 2, "d": 5}),
    ]);
    assert!(types.contains("pub a: i64,"));
    assert!(types.contains("pub b: ::std::option::Option<i64>,"));
    assert!(types.contains("pub c: ::std::option::Option<::std::string::String>,"));
    assert!(types.contains("pub d: ::postgen_runtime::Patch<i64>,"));
    insta::assert_snapshot!(types);
}

#[test]
fn request_fields_are_patch_so_only_set_fields_are_sent() {
    // The second sample is the example's original request.
    let (types, _) = infer(&[json!({"name": "a", "note": null}), json!({"name": "b", "count": 2})], &[json!({"ok": true})]);
    assert_eq!(types.matches("::postgen_runtime::Patch<").count(), 3);
    assert!(types.contains("skip_serializing_if = \"::postgen_runtime::Patch::is_absent\""));
    insta::assert_snapshot!(types);
}

#[test]
fn numbers_widen_int_to_u64_or_f64_only_when_samples_need_it() {
    let (types, _) = responses_only(&[
        json!({"count": 1, "ratio": 1, "big": 1, "neg": -5}),
        json!({"count": 2, "ratio": 0.5, "big": 18446744073709551615u64, "neg": 7}),
    ]);
    assert!(types.contains("pub count: i64,"));
    assert!(types.contains("pub ratio: f64,"));
    assert!(types.contains("pub big: u64,"));
    assert!(types.contains("pub neg: i64,"));
    insta::assert_snapshot!(types);
}

#[test]
fn dates_and_date_times_keep_their_text_and_digit_strings_stay_strings() {
    let (types, _) = responses_only(&[
        json!({"created": "2021-05-04T13:06:34+05:30", "dob": "1990-12-31", "id": "738964000002112147", "when": "2021-05-04T13:06:34Z"}),
        json!({"created": "2021-05-05T01:00:00.120-07:00", "dob": "1991-01-01", "id": "738964000002112148", "when": "yesterday"}),
    ]);
    assert!(types.contains("pub created: ::postgen_runtime::DateTime,"));
    assert!(types.contains("pub dob: ::postgen_runtime::Date,"));
    assert!(types.contains("pub id: ::std::string::String,"));
    assert!(types.contains("pub when: ::std::string::String,"), "one non-date sample keeps it a string");
    insta::assert_snapshot!(types);
}

#[test]
fn id_keyed_and_key_varying_objects_become_maps() {
    let (types, _) = responses_only(&[
        json!({"by_id": {"738964000002112147": {"name": "a"}}, "rates": {"USD": 1.0, "EUR": 0.9, "GBP": 0.8}}),
        json!({"by_id": {"738964000002112148": {"name": "b"}}, "rates": {"JPY": 150.1, "CHF": 0.9, "CAD": 1.3}}),
    ]);
    assert!(types.contains("pub by_id: ::std::collections::BTreeMap<::std::string::String, ByIdValue>,"));
    assert!(types.contains("pub rates: ::std::collections::BTreeMap<::std::string::String, f64>,"));
    insta::assert_snapshot!(types);
}

#[test]
fn arrays_are_always_vec_and_empty_ones_are_warned_about() {
    let (types, warnings) = responses_only(&[
        json!({"pair": [1, 2], "tags": [], "items": [{"n": 1}, {"n": 2, "m": true}]}),
        json!({"pair": [3, 4], "tags": [], "items": []}),
    ]);
    assert!(types.contains("pub pair: ::std::vec::Vec<i64>,"), "never a tuple");
    assert!(types.contains("pub tags: ::std::vec::Vec<::postgen_runtime::serde_json::Value>,"));
    assert!(types.contains("pub items: ::std::vec::Vec<Item>,"), "items singularized");
    let warnings = messages(&warnings);
    assert_eq!(warnings, ["/item/0/response/0/body/tags: array empty in every sample: element type is serde_json::Value"]);
    insta::assert_snapshot!(types);
}

#[test]
fn enums_need_strong_evidence_and_stay_open() {
    let mut samples: Vec<Value> = (0..9)
        .map(|i| {
            let status = if i % 3 == 0 { "success" } else { "error" };
            let name = ["a", "b"][i % 2];
            json!({"status": status, "state": "x", "name": name})
        })
        .collect();
    samples[0]["state"] = json!("y");
    let (types, _) = responses_only(&samples);
    assert!(types.contains("pub status: Status,"), "9 samples, 2 values, a status key: an enum");
    assert!(types.contains("Other(::std::string::String),"), "always open");
    assert!(types.contains("pub name: ::std::string::String,"), "names are an open vocabulary");
    // `state`: 9 samples of 2 values, but one value seen once: still 9 >= 3 * 2, so an enum too.
    assert!(types.contains("pub state: State,"));
    let (few, _) = responses_only(&[json!({"status": "active"}), json!({"status": "inactive"}), json!({"status": "active"})]);
    assert!(few.contains("pub status: ::std::string::String,"), "3 samples are no evidence of a closed set");
    insta::assert_snapshot!(types);
}

#[test]
fn identical_shapes_are_one_struct_with_semantic_aliases() {
    let (types, _) = responses_only(&[json!({
        "role": {"name": "CEO", "id": "1"},
        "profile": {"name": "Administrator", "id": "2"},
        "created_by": {"name": "Patricia", "id": "3"},
        "owner": {"name": "x", "id": "4", "email": "a@b.c"}
    })]);
    assert_eq!(types.matches("pub struct Role {").count(), 1);
    assert!(types.contains("pub type Profile = Role;"));
    assert!(types.contains("pub type CreatedBy = Role;"));
    assert!(types.contains("pub struct Owner {"), "a different shape is its own struct");
    insta::assert_snapshot!(types);
}

#[test]
fn names_come_from_role_and_key_and_collisions_take_the_parent_prefix() {
    let (types, _) = infer(
        &[json!({"users": [{"id": "1", "email": "a@b.c"}]})],
        &[json!({"users": [{"id": "1", "code": "SUCCESS", "details": {"id": "1"}}], "info": {"count": 1}})],
    );
    assert!(types.contains("pub struct CreateThingsRequest {"));
    assert!(types.contains("pub struct User {"), "array items are singular; the response names the resource");
    assert!(types.contains("pub struct CreateThingsRequestUser {"), "the request's different `User` gets its parent's name");
    assert!(!types.contains("User2") && !types.contains("User1"), "never numbers");
    insta::assert_snapshot!(types);
}

#[test]
fn keywords_and_odd_keys_get_safe_idents_and_renames() {
    let (types, _) = responses_only(&[json!({"type": "a", "self": "b", "Modified_By": "c", "$id": "d", "2fa": true, "createdAt": 1})]);
    for expected in [
        "pub r#type: ::std::string::String,",
        "#[serde(rename = \"self\")]\n    pub self_:",
        "#[serde(rename = \"Modified_By\")]\n    pub modified_by:",
        "#[serde(rename = \"$id\")]\n    pub id:",
        "#[serde(rename = \"2fa\")]\n    pub n2fa:",
        "#[serde(rename = \"createdAt\")]\n    pub created_at:",
    ] {
        assert!(types.contains(expected), "missing {expected}");
    }
    insta::assert_snapshot!(types);
}

#[test]
fn field_order_is_the_api_order_not_alphabetical() {
    let (types, _) = responses_only(&[json!({"zeta": 1, "alpha": 2}), json!({"zeta": 1, "mid": 3, "alpha": 2})]);
    let pos = |k: &str| types.find(&format!("pub {k}:")).unwrap_or(usize::MAX);
    assert!(pos("zeta") < pos("alpha") && pos("alpha") < pos("mid"), "first sample's order, then new keys");
}

#[test]
fn placeholders_are_type_hints_not_strings() {
    let (types, _) = responses_only(&[json!({"n": "<integer>", "x": "<number>", "ok": "<boolean>", "at": "<dateTime>", "s": "<string>"})]);
    assert!(types.contains("pub n: i64,"));
    assert!(types.contains("pub x: f64,"));
    assert!(types.contains("pub ok: bool,"));
    assert!(types.contains("pub at: ::postgen_runtime::DateTime,"));
    assert!(types.contains("pub s: ::std::string::String,"));
}

#[test]
fn null_everywhere_and_mixed_kinds_fall_back_to_value_with_a_warning() {
    let (types, warnings) = responses_only(&[json!({"gone": null, "mixed": 1}), json!({"gone": null, "mixed": "one"})]);
    assert!(types.contains("pub gone: ::std::option::Option<::postgen_runtime::serde_json::Value>,"));
    assert!(types.contains("pub mixed: ::postgen_runtime::serde_json::Value,"), "never a tuple or a guess");
    assert_eq!(
        messages(&warnings),
        [
            "/item/0/response/0/body/gone: null or absent in every sample: typed as serde_json::Value",
            "/item/0/response/0/body/mixed: values of different kinds across samples: typed as serde_json::Value",
        ]
    );
}

#[test]
fn unknown_keys_are_kept_on_every_response_object() {
    let (types, _) = responses_only(&[json!({"a": {"b": 1}, "extra": 2})]);
    assert_eq!(types.matches("#[serde(flatten)]").count(), 2);
    assert!(types.contains("pub extra_fields: ::postgen_runtime::Extra,"), "clear of a real `extra` key");
}

#[test]
fn repaired_request_bodies_are_inferred() {
    // `{{count}}` is not JSON; the repaired sample still types the other keys.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("c.json");
    let raw = "{\n  // the count\n  \"count\": {{count}},\n  \"name\": \"x\",\n}";
    let collection = json!({
        "info": {"name": "R", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Make", "request": {"method": "POST", "url": "https://x.io/things",
                  "body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}}}]
    });
    std::fs::write(&path, collection.to_string()).expect("write");
    let generated = generate(&GenerateOptions {
        collection: path,
        out: dir.path().join("out"),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates");
    let types = &generated.files["src/types.rs"];
    assert!(types.contains("pub name: ::postgen_runtime::Patch<::std::string::String>,"));
    assert!(types.contains("pub count: ::postgen_runtime::Patch<::postgen_runtime::serde_json::Value>,"));
}

#[test]
fn a_404_example_gets_its_own_error_type_never_the_success_struct() {
    let generated = generate_fixture("not-found-error.json");
    let types = &generated.files["src/types.rs"];
    let client = &generated.files["src/client.rs"];
    assert!(client.contains("-> Reply<types::GetWidgetResponse> {"), "{client}");
    assert!(client.contains("pub type Reply<T> = ::postgen_runtime::Reply<T, types::ApiError>;"), "{client}");
    assert!(types.contains("pub enum ApiError {"));
    assert!(types.contains("NotFound(::std::boxed::Box<NotFoundBody>),"));
    let not_found = &types[types.find("pub struct NotFoundBody {").expect("404 body type")..];
    let not_found = &not_found[..not_found.find("\n}").expect("struct end")];
    assert!(not_found.contains("pub code: ErrorCode,") && not_found.contains("pub message: ::std::string::String,"));
    let success = &types[types.find("pub struct GetWidgetResponse {").expect("200 body type")..];
    let success = &success[..success.find("\n}").expect("struct end")];
    assert!(!success.contains("code") && !success.contains("message"), "the 404 shape must not leak into the 200 type");
    // The generated example test asserts the 404 decodes into `NotFound` and re-encodes exactly.
    let examples = &generated.files["tests/examples.json"];
    assert!(examples.contains(r#""expect": {"error": {"variant": "NotFound"}}"#), "{examples}");
}

#[test]
fn the_error_envelope_is_detected_and_can_be_overridden_in_postgen_toml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let body = json!({"kind": "MISSING", "why": "no such widget", "message": "ignored"}).to_string();
    std::fs::write(
        &collection,
        json!({
            "info": {"name": "E", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "Get", "request": {"method": "GET", "url": "https://x.io/widgets"},
                      "response": [{"name": "missing", "code": 404, "_postman_previewlanguage": "json", "body": body}]}]
        })
        .to_string(),
    )
    .expect("write");
    let run = |config: Option<std::path::PathBuf>| {
        let generated = generate(&GenerateOptions {
            collection: collection.clone(),
            config,
            out: dir.path().join("out"),
            runtime_path: Some("../runtime".into()),
            ..Default::default()
        })
        .expect("generates");
        generated.files["src/types.rs"].clone()
    };
    let detected = run(None);
    assert!(detected.contains("body.message.as_str().into()"), "generic detection finds `message`");
    let toml = dir.path().join("postgen.toml");
    std::fs::write(&toml, "[errors]\ncode = \"kind\"\nmessage = \"why\"\n").expect("write toml");
    let overridden = run(Some(toml));
    assert!(overridden.contains("body.why.as_str().into()"), "{overridden}");
    assert!(overridden.contains("body.kind.as_str().into()"));
}

#[test]
fn success_bodies_that_differ_by_status_become_an_enum_never_one_merged_struct() {
    let generated = generate_fixture("success-by-status.json");
    let types = &generated.files["src/types.rs"];
    let client = &generated.files["src/client.rs"];
    assert!(client.contains("send_by_status"), "{client}");
    assert!(types.contains("pub enum CreateDeploymentsResponse {"), "{types}");
    for variant in [
        "Created(::std::boxed::Box<CreateDeploymentsCreated>),",
        "Accepted(::std::boxed::Box<CreateDeploymentsAccepted>),",
        "NoContent,",
    ] {
        assert!(types.contains(variant), "missing {variant}");
    }
    assert!(types.contains("impl ::postgen_runtime::StatusBody for CreateDeploymentsResponse"));
    let examples = &generated.files["tests/examples.rs"];
    assert!(examples.contains("ex.by_status(outcome);"), "{examples}");
    let data = &generated.files["tests/examples.json"];
    assert!(data.contains(r#""expect": {"by_status": {"variant": "NoContent"}}"#), "the 204 example expects the unit variant");
    assert!(data.contains(r#""expect": {"by_status": {"variant": "Accepted"}}"#), "{data}");
}

#[test]
fn every_operation_decodes_errors_with_one_api_wide_enum_typed_from_all_examples_of_a_status() {
    let request = |name: &str, path: &str, error: Option<(u16, serde_json::Value)>| {
        let mut responses = vec![json!({"name": "ok", "code": 200, "body": "{\"id\":1}"})];
        if let Some((status, body)) = error {
            responses.push(json!({"name": "failed", "code": status, "body": body.to_string()}));
        }
        json!({"name": name, "request": {"method": "GET", "url": format!("https://x.io/{path}")}, "response": responses})
    };
    let items = [
        request("Get widget", "widgets/1", Some((404, json!({"code": "NOT_FOUND", "message": "no"})))),
        request("Get gadget", "gadgets/1", Some((404, json!({"code": "GONE", "message": "no", "request_id": "r1"})))),
        request("Get gizmo", "gizmos/1", Some((400, json!({"code": "BAD", "message": "no"})))),
        request("Get doohickey", "doohickeys/1", None),
    ];
    let generated = generate_items(&items);
    let types = &generated.files["src/types.rs"];
    let client = &generated.files["src/client.rs"];
    // One enum for the API, a variant per status any example shows; no enum per operation.
    assert_eq!(types.matches("pub enum ").count(), 2, "ApiError and ErrorCode only: {types}");
    assert!(types.contains("pub enum ApiError {"), "{types}");
    assert!(types.contains("BadRequest(::std::boxed::Box<BadRequestBody>),"), "{types}");
    assert!(types.contains("NotFound(::std::boxed::Box<NotFoundBody>),"), "{types}");
    // The 404 body is typed from both operations' 404s: `request_id` shows in one of the two.
    let not_found = &types[types.find("pub struct NotFoundBody {").expect("404 body type")..];
    let not_found = &not_found[..not_found.find("\n}").expect("struct end")];
    assert!(not_found.contains("pub request_id: ::std::option::Option<::std::string::String>,"), "{not_found}");
    // Every method returns it, the one without error examples too; each says what its own
    // examples show.
    assert_eq!(client.matches("-> Reply<types::Get").count(), 4, "{client}");
    assert!(client.contains("pub type Reply<T> = ::postgen_runtime::Reply<T, types::ApiError>;"), "{client}");
    assert!(client.contains("`GET /gadgets/1`. Error statuses in the examples: 404."), "{client}");
    assert!(client.contains("`GET /gizmos/1`. Error statuses in the examples: 400."), "{client}");
    assert!(client.contains("`GET /doohickeys/1`\n"), "{client}");
}

#[test]
fn identical_parameter_lists_share_one_struct_and_a_header_is_not_a_query_key() {
    let request = |name: &str, url: &str, headers: serde_json::Value| {
        json!({"name": name, "request": {"method": "GET", "url": url, "header": headers},
               "response": [{"name": "ok", "code": 200, "body": "{\"id\":1}"}]})
    };
    let key = json!([{"key": "Idempotency-Key", "value": "{{$guid}}"}]);
    let items = [
        request("List widgets", "https://x.io/widgets?page=1&q=a", json!([])),
        request("List gadgets", "https://x.io/gadgets?page=2&q=b", json!([])),
        request("Keyed widgets", "https://x.io/widgets/keyed", key.clone()),
        request("Keyed gadgets", "https://x.io/gadgets/keyed", key),
        // Same wire name, but a query key: its method puts it elsewhere, so its own struct.
        request("Queried gadgets", "https://x.io/gadgets/queried?Idempotency-Key=k2", json!([])),
    ];
    let generated = generate_items(&items);
    let types = &generated.files["src/types.rs"];
    let client = &generated.files["src/client.rs"];
    assert!(types.contains("pub struct GetWidgetsParams {"), "{types}");
    assert!(types.contains("pub type GetGadgetsParams = GetWidgetsParams;"), "{types}");
    assert!(types.contains("pub struct GetWidgetKeyedParams {"), "{types}");
    assert!(types.contains("pub type GetGadgetKeyedParams = GetWidgetKeyedParams;"), "{types}");
    assert!(types.contains("pub struct GetGadgetQueriedParams {"), "a query key is not a header: {types}");
    // Each method keeps its own name for the parameters and reads them from its own place.
    assert!(client.contains("params: &types::GetGadgetsParams,"), "{client}");
    let queried = &client[client.find("fn get_gadget_queried").expect("method")..];
    assert!(queried[..queried.find("\n    }").expect("end")].contains(".query_opt(\"Idempotency-Key\""), "{queried}");
}

#[test]
fn a_saved_accept_json_is_left_to_the_runtime_other_accepts_are_sent_as_saved() {
    let generated = generate_fixture("accept-json.json");
    let client = &generated.files["src/client.rs"];
    let method = |name: &str| {
        let start = client.find(&format!("fn {name}(")).expect("method");
        client[start..start + client[start..].find("\n    }").expect("end")].to_owned()
    };
    // JSON is decoded, so the runtime asks for it: the header is not repeated per call.
    assert!(!method("get_widget").contains("Accept"), "{client}");
    assert!(method("get_repo").contains(".header(\"Accept\", \"application/vnd.github+json\")"), "{client}");
    // A text answer is not decoded as JSON: the saved header is the only thing asking for it.
    assert!(method("get_note").contains(".header(\"Accept\", \"application/json\")"), "{client}");
    // The example tests still expect the saved header on the wire (the runtime sends it).
    assert!(generated.files["tests/examples.json"].contains(r#""sent_headers": [["Accept", "application/json"]]"#));
}

#[test]
fn bodies_that_differ_in_one_key_share_a_generic_envelope() {
    let get = |name: &str, path: &str, body: Value| {
        json!({"name": name, "request": {"method": "GET", "url": format!("https://x.io/{path}")},
               "response": [{"name": "ok", "code": 200, "body": body.to_string()}]})
    };
    let meta = json!({"request_id": "r1"});
    let items = [
        get("Get widget", "widgets/1", json!({"data": {"id": 1, "size": 3}, "meta": meta})),
        get("Get gadget", "gadgets/1", json!({"data": {"id": 2, "color": "red"}, "meta": meta})),
        get("List gadgets", "gadgets", json!({"data": [{"id": 2, "color": "red"}], "meta": meta})),
        // A different envelope key (`info`): not the same envelope.
        get("Get gizmo", "gizmos/1", json!({"data": {"id": 3, "weight": 1.5}, "info": meta})),
        // Five keys: a record, never an envelope, however alike.
        get("Get part", "parts/1", json!({"data": {"id": 4}, "a": 1, "b": 2, "c": 3, "meta": meta})),
        get("Get bolt", "bolts/1", json!({"data": {"id": 5, "x": true}, "a": 1, "b": 2, "c": 3, "meta": meta})),
    ];
    let generated = generate_items(&items);
    let types = &generated.files["src/types.rs"];
    assert!(types.contains("pub struct DataMeta<T> {\n    /// `data`.\n    pub data: T,"), "{types}");
    assert!(types.contains("pub type GetWidgetResponse = DataMeta<Data>;"), "{types}");
    assert!(types.contains("pub type GetGadgetResponse = DataMeta<GetGadgetResponseData>;"), "{types}");
    assert!(types.contains("The envelope [`DataMeta`] of [`GetGadgetResponseData`]."), "{types}");
    // `data` is a list there (`Vec<T>`), and no other body has one: nothing to share.
    assert!(types.contains("pub struct GetGadgetsResponse {"), "{types}");
    assert!(types.contains("pub struct GetGizmoResponse {"), "{types}");
    assert!(types.contains("pub struct GetPartResponse {") && types.contains("pub struct GetBoltResponse {"), "{types}");
    assert_eq!(types.matches("<T>").count(), 1, "{types}");
}

#[test]
fn a_listing_in_an_envelope_yields_each_operations_own_items() {
    // The corpus gate compiles this fixture and replays its examples.
    let generated = generate_fixture("envelopes.json");
    let types = &generated.files["src/types.rs"];
    let client = &generated.files["src/client.rs"];
    assert!(types.contains("pub struct DataMeta<T> {\n    /// `data`.\n    pub data: ::std::vec::Vec<T>,"), "{types}");
    assert!(types.contains("pub type GetGadgetsResponse = DataMeta<GetGadgetsResponseData>;"), "{types}");
    assert!(client.contains(") -> Listing<types::GetWidgetsResponse, types::Data> {"), "{client}");
    assert!(client.contains(") -> Listing<types::GetGadgetsResponse, types::GetGadgetsResponseData> {"), "{client}");
}

#[test]
fn a_path_parameter_with_only_an_example_shows_it_on_the_route_line() {
    let url = |vars: Value| json!({"raw": "https://x.io/widgets/:id/parts/:partId", "host": ["x", "io"],
                                   "path": ["widgets", ":id", "parts", ":partId"], "variable": vars});
    let vars = json!([{"key": "id", "value": "w1"}, {"key": "partId", "value": "p9", "description": "The part."}]);
    let items = [json!({"name": "Get part", "request": {"method": "GET", "url": url(vars)},
                        "response": [{"name": "ok", "code": 200, "body": "{\"id\":1}"}]})];
    let client = &generate_items(&items).files["src/client.rs"];
    assert!(client.contains("/// `GET /widgets/:id/parts/:partId`, `id` e.g. `w1`\n"), "{client}");
    // Described (and named apart from the template): listed with what the collection says.
    assert!(client.contains("/// - `part_id`: path parameter `partId`: The part. (example: `p9`)"), "{client}");
}
