//! `postgen import-doc` on the Zoho CRM page layouts of versions 2–8: the four pages of
//! `../shared/zoho-pages` and the two seed pages, each against a reviewed snapshot of the schema
//! file (with its warnings), and one rule test per layout variation on short made-up pages.

use std::path::{Path, PathBuf};
use std::process::Command;

use postgen::schema::model::{Endpoint, Location, Param, SchemaFile, ValueType};
use postgen::schema::{import_pages, to_json};

/// The shared pages, or `None` (the caller skips, saying so) when `../shared` is missing.
fn shared(dir: &str, name: &str) -> Option<(PathBuf, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared").join(dir).join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some((PathBuf::from(dir).join(name), text))
}

/// A page imported on its own, or an error text.
fn import(name: &str, text: &str) -> Result<(SchemaFile, Vec<String>), String> {
    import_pages(&[(PathBuf::from(name), text.to_owned())])
        .map(|(file, warnings)| (file, warnings.iter().map(ToString::to_string).collect()))
        .map_err(|e| e.to_string())
}

fn param<'a>(endpoint: &'a Endpoint, name: &str) -> &'a Param {
    endpoint.params.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{}: no param {name:?}", endpoint.name))
}

fn values(param: &Param) -> Vec<&str> {
    param.values.iter().map(|v| v.value.as_str()).collect()
}

/// The six real pages: (folder, file, snapshot name).
const PAGES: &[(&str, &str, &str)] = &[
    ("zoho-pages", "get-records-v2.1.txt", "get_records_v2_1"),
    ("zoho-pages", "insert-records-v4.txt", "insert_records_v4"),
    ("zoho-pages", "search-records-v2.txt", "search_records_v2"),
    ("zoho-pages", "search-records-v8.txt", "search_records_v8"),
    ("seeds", "001_a5e58dcb4a99bd6e.txt", "seed_001_update_contact_roles"),
    ("seeds", "002_5337d5b585ccc6f0.txt", "seed_002_get_users"),
];

#[test]
fn the_six_pages_match_their_reviewed_schema_files() {
    for (dir, file, snapshot) in PAGES {
        let Some((name, text)) = shared(dir, file) else {
            eprintln!("skipped: ../shared/{dir}/{file} is not there (the shared pages sit beside this checkout)");
            return;
        };
        let (schema, warnings) = import(&name.to_string_lossy(), &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let json = to_json(&schema).expect("json");
        let warnings = if warnings.is_empty() { "none".to_owned() } else { warnings.join("\n") };
        insta::assert_snapshot!(*snapshot, format!("warnings:\n{warnings}\n\n{json}"));
    }
}

#[test]
fn the_six_pages_give_the_right_methods_names_and_paths() {
    let mut got = Vec::new();
    for (dir, file, _) in PAGES {
        let Some((name, text)) = shared(dir, file) else {
            eprintln!("skipped: ../shared/{dir}/{file} is not there (the shared pages sit beside this checkout)");
            return;
        };
        let (schema, _) = import(&name.to_string_lossy(), &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        got.extend(schema.endpoints.iter().map(|e| format!("{} {} {}", e.method, e.path, e.name)));
    }
    assert_eq!(
        got,
        [
            "GET /crm/{version}/{module_api_name} Get Records",
            "GET /crm/{version}/{module_api_name}/{record_id} Get specific record",
            "POST /crm/{version}/{module_api_name} Insert Records",
            "GET /crm/v2/{module_api_name}/search Search Records",
            "GET /crm/{version}/{module_api_name}/search Search Records",
            "PUT /crm/{version}/Contacts/roles Update Contact Roles",
            "PUT /crm/{version}/Contacts/roles/{contact_role_id} Update a specific contact role",
            "GET /crm/v2/users Get Users",
            "GET /crm/v2/users/{user_id} Get a specific user",
        ]
    );
}

#[test]
fn an_intro_paragraph_between_title_and_purpose_is_description_not_the_name() {
    let page = "Get Widgets\n\nA widget is a small thing that stores facts. The widgets API lets you list them.\n\n\
                Purpose\n\nTo list widgets.\n\nRequest URL\n\n{api-domain}/api/{version}/widgets\n";
    let (file, _) = import("w.txt", page).expect("imports");
    let widgets = &file.endpoints[0];
    assert_eq!((widgets.name.as_str(), widgets.method.as_str()), ("Get Widgets", "GET"));
    assert_eq!(widgets.summary.as_deref(), Some("To list widgets."));
    assert!(widgets.description.as_deref().is_some_and(|d| d.starts_with("A widget is a small thing")));

    // The same paragraph inside `Purpose`, before the `To …` sentence, and a `GET` title.
    let page = "GET Widgets\nPurpose\nA widget is a small thing.\nTo list widgets.\nRequest URL\nhttps://api.example.com/v2/widgets\n";
    let (file, _) = import("w.txt", page).expect("imports");
    assert_eq!(file.endpoints[0].name, "Get Widgets");
    assert_eq!(file.endpoints[0].summary.as_deref(), Some("To list widgets."));
    assert_eq!(file.endpoints[0].description.as_deref(), Some("A widget is a small thing."));
}

#[test]
fn the_method_comes_from_endpoints_then_curl_then_the_title_then_operation_types() {
    let base = "Purpose\nTo do it.\nRequest URL\n{api-domain}/api/widgets\n";
    let (file, warnings) = import("w.txt", &format!("Insert Widgets\n{base}")).expect("imports");
    assert_eq!(file.endpoints[0].method, "POST");
    assert_eq!(warnings, ["warning: w.txt:1: no `Endpoints` list or curl sample gives the method; POST taken from the title's verb `Insert`"]);

    let types = "Possible operation types\nALL - Everything\nWRITE - Edit\nCREATE - Create\n";
    let (file, warnings) = import("w.txt", &format!("Widget Intake\n{base}{types}")).expect("imports");
    assert_eq!(file.endpoints[0].method, "POST");
    assert!(warnings[0].contains("POST taken from the operation type `CREATE`"), "{warnings:?}");

    let curl = "Sample Request\nCopiedcurl \"https://x.test/api/widgets\"\n-X PATCH\n";
    let (file, warnings) = import("w.txt", &format!("Insert Widgets\n{base}{curl}")).expect("imports");
    assert_eq!((file.endpoints[0].method.as_str(), warnings.len()), ("PATCH", 0));

    let routes = "Endpoints\n  • PUT /widgets\n";
    let (file, warnings) = import("w.txt", &format!("Insert Widgets\n{routes}{base}{curl}")).expect("imports");
    assert_eq!((file.endpoints[0].method.as_str(), warnings.len()), ("PUT", 0));

    let stated = "Request Method\nDELETE\n";
    let (file, _) = import("w.txt", &format!("Widgets\n{base}{stated}")).expect("imports");
    assert_eq!(file.endpoints[0].method, "DELETE");
}

#[test]
fn endpoints_query_variants_and_a_request_details_sub_section_are_one_endpoint() {
    let page = "Find Widgets\nPurpose\nTo find widgets.\nRequest URL\n{api-domain}/api/{version}/{kind}/find\n\
                Endpoints\n  • GET /{kind}/find?name={{name_here}}\n  • GET /{kind}/find?tag={{tag_here}}\n\
                  • {kind} : The kind of widget.\n\
                Request Details: name\nRequest URL:{api-domain}/api/v3/{kind}/find?name={name_here}\n\
                Attributes\n  • namestring\n    • Matches the name.\n    • Case does not matter.\n";
    let (file, warnings) = import("w.txt", page).expect("imports");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(file.endpoints.len(), 1, "{:#?}", file.endpoints);
    let find = &file.endpoints[0];
    assert_eq!((find.method.as_str(), find.path.as_str()), ("GET", "/api/{version}/{kind}/find"));
    assert_eq!(param(find, "kind").description.as_deref(), Some("The kind of widget."));
    let name = param(find, "name");
    assert_eq!((name.location, name.required), (Location::Query, false));
    assert_eq!(name.description.as_deref(), Some("Matches the name.\nCase does not matter."));
    assert_eq!(param(find, "tag").location, Location::Query);
    assert!(find.description.as_deref().is_some_and(|d| d.contains("Query variants (one per request): `name`, `tag`.")));
}

#[test]
fn conditional_heads_long_types_possible_values_and_module_names() {
    let page = "Get Widgets\nPurpose\nTo list.\nRequest URL\n{api-domain}/api/{module_api_name}\n\
                Possible module names\nwidgets, gadgets, and gizmos.\n\
                Parameters\n  • fieldsstring, mandatory when listing all widgets\n    Field names.\n\
                  • cvidlong\n    A view.\n  • sort_orderstring\n    The order.\n\
                    Possible values: asc - ascending order, desc - descending order.\n";
    let (file, warnings) = import("w.txt", page).expect("imports");
    assert_eq!(warnings.len(), 1, "only the method guess: {warnings:?}");
    let widgets = &file.endpoints[0];
    let fields = param(widgets, "fields");
    assert!(!fields.required);
    assert_eq!(fields.description.as_deref(), Some("Mandatory when listing all widgets.\nField names."));
    assert_eq!(param(widgets, "cvid").ty, ValueType::Integer);
    let order = param(widgets, "sort_order");
    assert_eq!(values(order), ["asc", "desc"]);
    assert_eq!(order.values[1].description.as_deref(), Some("descending order"));
    assert_eq!(values(param(widgets, "module_api_name")), ["widgets", "gadgets", "gizmos"]);
    let description = widgets.description.as_deref().unwrap_or("");
    assert!(description.contains("Possible module names\n\nwidgets, gadgets, and gizmos."), "kept as text too: {description}");
}

#[test]
fn notes_after_operation_types_are_description_and_not_warned_about() {
    let page = "Insert Widgets\nPurpose\nTo add.\nRequest URL\n{api-domain}/api/widgets\nScope\nscope=W.widgets.{operation_type}\n\
                Possible operation types\nALL - Everything\nCREATE - Create\n\nNote\n\n  • Send one object per widget.\n  • At most 10.\n\
                Sample Request\nCopiedcurl \"https://x.test/api/widgets\"\n-X POST\n";
    let (file, warnings) = import("w.txt", page).expect("imports");
    assert!(warnings.is_empty(), "{warnings:?}");
    let widgets = &file.endpoints[0];
    assert_eq!(widgets.scopes, ["W.widgets.ALL", "W.widgets.CREATE"]);
    assert!(widgets.description.as_deref().is_some_and(|d| d.contains("Note\n\n• Send one object per widget.\n• At most 10.")));
}

#[test]
fn a_page_that_is_not_an_endpoint_exits_2_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("notes.txt");
    // No verb in the title, no curl, no Endpoints list, no operation types: no method.
    std::fs::write(&page, "Widget Notes\n\nPurpose\nAbout widgets.\nRequest URL\n{api-domain}/api/widgets\n").expect("write");
    let out = dir.path().join("out.json");
    let output = Command::new(env!("CARGO_BIN_EXE_postgen"))
        .args(["import-doc".as_ref(), page.as_os_str(), "--out".as_ref(), out.as_os_str()])
        .output()
        .expect("run postgen");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("notes.txt:1: expected a method"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn cut_and_damaged_shared_pages_never_panic() {
    for (dir, file, _) in PAGES.iter().filter(|(dir, _, _)| *dir == "zoho-pages") {
        let Some((_, text)) = shared(dir, file) else {
            eprintln!("skipped: ../shared/{dir}/{file} is not there (the shared pages sit beside this checkout)");
            return;
        };
        let lines: Vec<&str> = text.lines().collect();
        for cut in 0..lines.len() {
            let _ = import(file, &lines[..cut].join("\n"));
            let mut without = lines.clone();
            without.remove(cut);
            let _ = import(file, &without.join("\n"));
        }
        let _ = import(file, &text.replace(", ", ",").replace(" - ", " -  - ").replace('{', "{{"));
        let _ = import(file, &text.chars().rev().collect::<String>());
    }
}
