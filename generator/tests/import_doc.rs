//! `postgen import-doc`: the Zoho doc pages of seeds 001 (Update Contact Roles) and 002 (Get
//! Users) → schema files, diagnostics with file and line, and the committed Zoho schema files.

use std::path::{Path, PathBuf};
use std::process::Command;

use postgen::error::LineWarning;
use postgen::schema::model::{Endpoint, Key, Location, Pagination, Param, SchemaFile, ValueType};
use postgen::schema::{import_files, import_pages, load_schema_str, to_json};

const ROLES: &str = "001_a5e58dcb4a99bd6e.txt";
const USERS: &str = "002_5337d5b585ccc6f0.txt";

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds").join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn import(names: &[&str]) -> (SchemaFile, Vec<LineWarning>) {
    let paths: Vec<PathBuf> = names.iter().map(|n| seed(n)).collect();
    import_files(&paths).unwrap_or_else(|e| panic!("import {names:?}: {e}"))
}

/// Imports one page given as text, named `name` in diagnostics.
fn import_text(name: &str, text: &str) -> Result<(SchemaFile, Vec<String>), String> {
    import_pages(&[(PathBuf::from(name), text.to_owned())])
        .map(|(file, warnings)| (file, warnings.iter().map(ToString::to_string).collect()))
        .map_err(|e| e.to_string())
}

fn both() -> SchemaFile {
    let (file, warnings) = import(&[ROLES, USERS]);
    assert!(warnings.is_empty(), "the seed pages import without warnings: {warnings:#?}");
    file
}

fn endpoint<'a>(file: &'a SchemaFile, name: &str) -> &'a Endpoint {
    file.endpoints.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no endpoint {name:?}"))
}

fn param<'a>(endpoint: &'a Endpoint, name: &str) -> &'a Param {
    endpoint.params.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{}: no param {name:?}", endpoint.name))
}

/// The documented keys under the single wrapper key `wrapper` of a body.
fn wrapped<'a>(keys: &'a [Key], wrapper: &str) -> &'a [Key] {
    assert_eq!(keys.len(), 1, "one wrapper key: {keys:#?}");
    assert_eq!(keys[0].name, wrapper);
    assert_eq!(keys[0].ty, ValueType::Array);
    assert!(keys[0].required, "the wrapper is required");
    &keys[0].keys
}

fn key<'a>(keys: &'a [Key], name: &str) -> &'a Key {
    keys.iter().find(|k| k.name == name).unwrap_or_else(|| panic!("no key {name:?}"))
}

fn postgen(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_postgen")).args(args).output().expect("run postgen");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

/// The page text with line `no` (1-based) replaced by `with` (several lines allowed).
fn replace_line(text: &str, no: usize, with: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines[no - 1] = with;
    lines.join("\n")
}

#[test]
fn both_pages_give_four_endpoints_with_methods_paths_and_names() {
    let file = both();
    let summary: Vec<(&str, &str, &str)> =
        file.endpoints.iter().map(|e| (e.name.as_str(), e.method.as_str(), e.path.as_str())).collect();
    assert_eq!(
        summary,
        [
            ("Update Contact Roles", "PUT", "/crm/{version}/Contacts/roles"),
            ("Update a specific contact role", "PUT", "/crm/{version}/Contacts/roles/{contact_role_id}"),
            ("Get Users", "GET", "/crm/v2/users"),
            ("Get a specific user", "GET", "/crm/v2/users/{user_id}"),
        ]
    );
    assert_eq!(file.format, "postgen-schema/1");
    assert_eq!(file.sources, ["Update Contact Roles", "Get Users"]);
    assert_eq!(endpoint(&file, "Update Contact Roles").summary.as_deref(), Some("To update details of contact roles."));
    assert!(endpoint(&file, "Get Users").summary.as_deref().is_some_and(|s| s.starts_with("To retrieve the users' data")));
}

#[test]
fn path_params_are_required_strings_and_variants_have_no_query_params() {
    let file = both();
    let role = endpoint(&file, "Update a specific contact role");
    let names: Vec<(&str, Location)> = role.params.iter().map(|p| (p.name.as_str(), p.location)).collect();
    assert_eq!(names, [("version", Location::Path), ("contact_role_id", Location::Path)]);
    assert!(role.params.iter().all(|p| p.required && p.ty == ValueType::String));

    let user = endpoint(&file, "Get a specific user");
    let names: Vec<(&str, Location)> = user.params.iter().map(|p| (p.name.as_str(), p.location)).collect();
    assert_eq!(names, [("user_id", Location::Path), ("If-Modified-Since", Location::Header)]);
    assert_eq!(user.pagination, None);
    assert_eq!(endpoint(&file, "Get Users").pagination, Some(Pagination::Page));
}

#[test]
fn users_query_params_have_types_defaults_maximums_and_ten_type_values() {
    let file = both();
    let users = endpoint(&file, "Get Users");
    let query: Vec<&str> = users.params.iter().filter(|p| p.location == Location::Query).map(|p| p.name.as_str()).collect();
    assert_eq!(query, ["type", "page", "per_page", "ids"]);

    let ty = param(users, "type");
    assert_eq!((ty.ty, ty.required), (ValueType::String, false));
    assert_eq!(ty.description.as_deref(), Some("Specify the type of the users you want to retrieve."));
    let values: Vec<&str> = ty.values.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(
        values,
        [
            "AllUsers", "ActiveUsers", "DeactiveUsers", "ConfirmedUsers", "NotConfirmedUsers", "DeletedUsers",
            "ActiveConfirmedUsers", "AdminUsers", "ActiveConfirmedAdmins", "CurrentUser"
        ]
    );
    assert_eq!(ty.values[9].description.as_deref(), Some("To get the current CRM user."));

    let page = param(users, "page");
    assert_eq!((page.ty, page.default.clone(), page.max.clone()), (ValueType::Integer, Some(1.into()), None));
    let per_page = param(users, "per_page");
    assert_eq!((per_page.ty, per_page.default.clone(), per_page.max.clone()), (ValueType::Integer, Some(200.into()), Some(200.into())));
    let ids = param(users, "ids");
    assert_eq!((ids.ty, ids.default.clone(), ids.max.clone()), (ValueType::String, None, Some(100.into())));

    let since = param(users, "If-Modified-Since");
    assert_eq!(since.location, Location::Header);
    assert_eq!(since.ty, ValueType::DateTime);
    assert_eq!(since.description.as_deref(), Some("Use this header to get the list of recently modified users."));
    assert_eq!(since.example.as_deref(), Some("2019-07-25T15:26:49+05:30"));
    assert!(users.params.iter().all(|p| !p.name.eq_ignore_ascii_case("authorization")), "Authorization is auth, not a param");
}

#[test]
fn users_response_keys_sit_under_users_with_their_types_and_values() {
    let file = both();
    for name in ["Get Users", "Get a specific user"] {
        let response = endpoint(&file, name).response.as_ref().expect("a response");
        let keys = wrapped(&response.keys, "users");
        // 32 bullets; `country, city, street, state, country_locale, zip` and `fax, email,
        // mobile, phone` name several keys each.
        assert_eq!(keys.len(), 40, "{name}");
        let first: Vec<&str> = keys.iter().take(7).map(|k| k.name.as_str()).collect();
        assert_eq!(first, ["country", "city", "street", "state", "country_locale", "zip", "role"]);
        for shared in ["country", "zip", "state"] {
            assert_eq!(key(keys, shared).ty, ValueType::String);
            assert_eq!(key(keys, shared).description.as_deref(), Some("Represents the address of the user."));
        }
        assert_eq!(key(keys, "phone").description.as_deref(), Some("Represents the contact details of the user."));
        for (name, ty) in [
            ("role", ValueType::Object),
            ("Modified_By", ValueType::Object),
            ("Reporting_To", ValueType::Object),
            ("territories", ValueType::Array),
            ("confirm", ValueType::Boolean),
            ("Isonline", ValueType::Boolean),
            ("theme", ValueType::Integer), // the doc's word, although the sample shows an object
            ("created_time", ValueType::String),
            ("id", ValueType::String),
        ] {
            assert_eq!(key(keys, name).ty, ty, "{name}");
        }
        assert!(keys.iter().all(|k| !k.required), "the doc marks no response key mandatory");
        let status = key(keys, "status");
        let values: Vec<(&str, Option<&str>)> =
            status.values.iter().map(|v| (v.value.as_str(), v.description.as_deref())).collect();
        assert_eq!(values, [("active", Some("The user is active.")), ("inactive", Some("The user is inactive."))]);
        let confirm = key(keys, "confirm");
        assert!(confirm.values.is_empty(), "true/false lines of a boolean are description, not enum values");
        assert_eq!(
            confirm.description.as_deref(),
            Some("Represents if the user is a confirmed user.\ntrue: The user is a confirmed user.\nfalse: The user is not a confirmed user.")
        );
        assert_eq!(key(keys, "full_name").ty, ValueType::String, "the item after a collapsed `- full_namestring`");
        assert_eq!(key(keys, "signature").description.as_deref(), Some("Represents the user's signature."));
    }
}

#[test]
fn contact_role_body_keys_sit_under_contact_roles_and_the_variant_does_not_require_id() {
    let file = both();
    let main = endpoint(&file, "Update Contact Roles").request.as_ref().expect("a request body");
    let keys = wrapped(&main.keys, "contact_roles");
    let summary: Vec<(&str, ValueType, bool)> = keys.iter().map(|k| (k.name.as_str(), k.ty, k.required)).collect();
    assert_eq!(
        summary,
        [("id", ValueType::String, true), ("name", ValueType::String, false), ("sequence_number", ValueType::Integer, false)]
    );
    assert!(keys[0].description.as_deref().is_some_and(|d| d.contains("You need not specify this key if you specify the ID")));

    let variant = endpoint(&file, "Update a specific contact role").request.as_ref().expect("a request body");
    let keys = wrapped(&variant.keys, "contact_roles");
    assert!(!key(keys, "id").required, "the URL names the contact role");
    assert_eq!(key(keys, "sequence_number").ty, ValueType::Integer);
    assert_eq!(variant.sample, main.sample);

    let response = endpoint(&file, "Update Contact Roles").response.as_ref().expect("a response");
    assert!(response.keys.is_empty(), "page 001 documents no response keys");
    assert_eq!(response.sample.as_ref().and_then(|s| s["contact_roles"][1]["code"].as_str()), Some("SUCCESS"));
}

#[test]
fn error_tables_have_codes_statuses_messages_and_resolutions() {
    let file = both();
    let roles: Vec<(&str, u16)> =
        endpoint(&file, "Update Contact Roles").errors.iter().map(|e| (e.code.as_str(), e.status)).collect();
    assert_eq!(
        roles,
        [
            ("INVALID_URL_PATTERN", 404),
            ("OAUTH_SCOPE_MISMATCH", 401),
            ("NO_PERMISSION", 403),
            ("INTERNAL_ERROR", 500),
            ("INVALID_REQUEST_METHOD", 400),
            ("AUTHORIZATION_FAILED", 400),
            ("DUPLICATE_DATA", 400),
            ("INVALID_DATA", 400),
            ("MANDATORY_NOT_FOUND", 400),
        ]
    );
    let users = &endpoint(&file, "Get Users").errors;
    let codes: Vec<(&str, u16)> = users.iter().map(|e| (e.code.as_str(), e.status)).collect();
    assert_eq!(
        codes,
        [
            ("INVALID_URL_PATTERN", 404),
            ("OAUTH_SCOPE_MISMATCH", 401),
            ("NO_PERMISSION", 403),
            ("INTERNAL_ERROR", 500),
            ("INVALID_REQUEST_METHOD", 400),
            ("AUTHORIZATION_FAILED", 400),
            ("PATTERN_NOT_MATCHED", 400),
        ]
    );
    for error in file.endpoints.iter().flat_map(|e| &e.errors) {
        assert!(error.message.is_some() && error.resolution.is_some(), "{error:?}");
        assert!(!error.resolution.as_deref().unwrap_or("").contains("HTTP 4"), "a collapsed row leaked: {error:?}");
    }
    assert_eq!(users[1].message.as_deref(), Some("Unauthorized"));
    assert_eq!(
        users[1].resolution.as_deref(),
        Some("Client does not have ZohoCRM.users.READ scope. Create a new client with valid scope. Refer to scope section above.")
    );
    assert_eq!(endpoint(&file, "Get a specific user").errors, *users, "variants inherit the error table");
}

#[test]
fn scopes_auth_and_descriptions_keep_what_fits_no_field() {
    let file = both();
    let roles = endpoint(&file, "Update Contact Roles");
    assert_eq!(roles.scopes, ["ZohoCRM.modules.ALL", "ZohoCRM.modules.contacts.UPDATE"]);
    assert_eq!(roles.auth.as_deref(), Some("Zoho-oauthtoken"));
    let description = roles.description.as_deref().unwrap_or("");
    assert!(description.contains("Possible operation types"), "{description}");
    assert!(description.contains("WRITE - Edit records in the contacts module"), "{description}");

    let users = endpoint(&file, "Get Users");
    assert_eq!(users.scopes, ["ZohoCRM.users.ALL", "ZohoCRM.users.READ"]);
    assert_eq!(endpoint(&file, "Get a specific user").scopes, users.scopes);
    assert_eq!(endpoint(&file, "Get a specific user").auth.as_deref(), Some("Zoho-oauthtoken"));
    let description = users.description.as_deref().unwrap_or("");
    assert!(description.starts_with("Users APIs\n\nIn Zoho CRM, the user is the one"), "{description}");
    assert!(description.contains("The page and per_page parameter are used"), "{description}");
    assert!(!description.contains("Possible operation types"), "used up by the scope expansion");
    assert!(!description.contains("UsersOperations"), "code samples in other languages are not description");
    let variant = endpoint(&file, "Get a specific user").description.as_deref().unwrap_or("");
    assert!(variant.starts_with("Users APIs"), "{variant}");
    assert!(!variant.contains("per_page"), "text about query parameters is not the variant's");
}

#[test]
fn samples_are_parsed() {
    let file = both();
    let input = endpoint(&file, "Update Contact Roles").request.as_ref().and_then(|b| b.sample.as_ref()).expect("input");
    assert_eq!(input["contact_roles"][0]["sequence_number"], 5);
    let users = endpoint(&file, "Get Users").response.as_ref().and_then(|b| b.sample.as_ref()).expect("response");
    assert_eq!(users["users"].as_array().map(Vec::len), Some(3));
    assert_eq!(users["info"]["more_records"], false);
    assert!(endpoint(&file, "Get Users").request.is_none(), "a GET page has no body");
}

#[test]
fn unknown_sections_and_stray_lines_are_kept_in_the_description() {
    let page = "Delete Widget\nPurpose\nTo delete a widget.\nRequest URL\nhttps://api.example.com/v1/widgets/{id}\n\
                Rate limits apply to this URL.\nHeader\nAuthorization: Bearer abc\nThings to know: deleting is final\n\
                Sample Request\nCopiedcurl \"https://api.example.com/v1/widgets/1\"\n-X DELETE\nSample Response\n\
                Copied{\"deleted\": true}\nNote: the widget is gone for good.";
    let (file, warnings) = import_text("widget.txt", page).expect("imports");
    assert!(warnings.is_empty(), "{warnings:?}");
    let widget = &file.endpoints[0];
    assert_eq!((widget.method.as_str(), widget.path.as_str()), ("DELETE", "/v1/widgets/{id}"));
    assert_eq!(widget.auth.as_deref(), Some("Bearer"));
    let description = widget.description.as_deref().unwrap_or("");
    for kept in ["Rate limits apply to this URL.", "Things to know: deleting is final", "Note: the widget is gone for good."] {
        assert!(description.contains(kept), "{kept:?} missing from {description:?}");
    }
}

#[test]
fn a_broken_bullet_is_a_warning_with_its_line_number() {
    let text = read(&seed(ROLES));
    assert_eq!(text.lines().nth(44), Some("  • namestring, optional"));
    let broken = replace_line(&text, 45, "  • namestrnig, optional");
    let (file, warnings) = import_text("seeds/001.txt", &broken).expect("imports");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("warning: seeds/001.txt:45: expected a key `namestring, mandatory`"), "{warnings:?}");
    let keys = wrapped(&file.endpoints[0].request.as_ref().expect("body").keys, "contact_roles");
    assert_eq!(keys.len(), 2, "the broken item is not a key");
    assert!(keys[0].description.as_deref().is_some_and(|d| d.contains("namestrnig, optional")), "kept as text");

    // An error row with a bad status, in the collapsed layout of page 002.
    let users = read(&seed(USERS));
    assert!(users.lines().nth(627).is_some_and(|l| l.ends_with("- NO_PERMISSIONHTTP 403")));
    let broken = replace_line(&users, 628, "Resolution: x. - NO_PERMISSIONHTTP 4O3");
    let (file, warnings) = import_text("seeds/002.txt", &broken).expect("imports");
    assert_eq!(file.endpoints[0].errors.len(), 6);
    assert!(warnings.iter().any(|w| w.starts_with("warning: seeds/002.txt:628: expected an error row")), "{warnings:?}");
}

#[test]
fn two_endpoint_groups_on_one_page_are_warned_about() {
    let roles = read(&seed(ROLES));
    let twice = format!("{roles}\nDelete Contact Roles\nPurpose\nTo delete.\nRequest URL\n{{api-domain}}/crm/{{version}}/Contacts/roles\n");
    let (_, warnings) = import_text("twice.txt", &twice).expect("imports");
    assert!(warnings.iter().any(|w| w.starts_with("warning: twice.txt:140: a second `Purpose`")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.starts_with("warning: twice.txt:143: a further request URL")), "{warnings:?}");
}

#[test]
fn a_broken_sample_is_a_warning_with_its_line_and_keys_stay_at_the_top_level() {
    let text = read(&seed(ROLES));
    assert_eq!(text.lines().nth(58), Some("            \"sequence_number\": 5,"));
    let broken = replace_line(&text, 59, "            \"sequence_number\": ,");
    let (file, warnings) = import_text("roles.txt", &broken).expect("imports");
    assert!(warnings.iter().any(|w| w.starts_with("warning: roles.txt:59: expected a JSON sample")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.starts_with("warning: roles.txt:39: no Sample Input")), "{warnings:?}");
    let body = file.endpoints[0].request.as_ref().expect("body");
    assert_eq!(body.sample, None);
    let names: Vec<&str> = body.keys.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["id", "name", "sequence_number"]);
}

#[test]
fn a_page_without_request_url_exits_2_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = read(&seed(ROLES));
    // The heading stays, its URLs go: the error points at the heading.
    let no_urls: Vec<&str> = text.lines().filter(|l| !l.contains("{api-domain}")).collect();
    let page = dir.path().join("no-url.txt");
    std::fs::write(&page, no_urls.join("\n")).expect("write");
    let out = dir.path().join("out.json");
    let (code, stderr) = postgen(&["import-doc".as_ref(), page.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("no-url.txt:9: expected a `Request URL` section with a URL"), "{stderr}");
    assert!(!out.exists(), "nothing written");

    // No heading at all: the error points at the title.
    let without: Vec<&str> = text.lines().filter(|l| !l.contains("{api-domain}") && *l != "Request URL").collect();
    let err = import_text("bare.txt", &without.join("\n")).map(|_| ()).expect_err("no URL");
    assert!(err.starts_with("bare.txt:1: expected a `Request URL`"), "{err}");

    let err = import_text("empty.txt", "").map(|_| ()).expect_err("empty page");
    assert!(err.starts_with("empty.txt:1: expected a doc page"), "{err}");
}

#[test]
fn the_cli_writes_pretty_json_reports_warnings_and_denies_them_on_request() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("nested/both.json");
    let (roles, users) = (seed(ROLES), seed(USERS));
    let (code, stderr) =
        postgen(&["import-doc".as_ref(), roles.as_os_str(), users.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, Some(0), "{stderr}");
    let written = read(&out);
    assert!(written.starts_with("{\n  \"format\": \"postgen-schema/1\",\n"), "{written}");
    assert!(written.ends_with("}\n"));
    assert_eq!(load_schema_str(&out, &written).expect("loads").endpoints.len(), 4);

    let broken = dir.path().join("broken.txt");
    std::fs::write(&broken, replace_line(&read(&roles), 45, "  • namestrnig, optional")).expect("write");
    let out = dir.path().join("broken.json");
    let (code, stderr) = postgen(&["import-doc".as_ref(), broken.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("broken.txt:45: expected a key"), "{stderr}");
    std::fs::remove_file(&out).expect("written");
    let args = ["import-doc".as_ref(), broken.as_os_str(), "--out".as_ref(), out.as_os_str(), "--deny-warnings".as_ref()];
    let (code, stderr) = postgen(&args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!out.exists(), "nothing written when warnings are denied");

    let help = Command::new(env!("CARGO_BIN_EXE_postgen")).args(["import-doc", "--help"]).output().expect("help");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("Example:") && help.contains("--out"), "{help}");
}

#[test]
fn import_is_deterministic_independent_of_paths_and_loads_back() {
    let first = to_json(&both()).expect("json");
    assert_eq!(first, to_json(&both()).expect("json"));
    let dir = tempfile::tempdir().expect("tempdir");
    let copies: Vec<PathBuf> = [ROLES, USERS]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let copy = dir.path().join(format!("page-{i}.txt"));
            std::fs::copy(seed(name), &copy).expect("copy");
            copy
        })
        .collect();
    let (moved, _) = import_files(&copies).expect("imports");
    assert_eq!(to_json(&moved).expect("json"), first);
    assert_eq!(load_schema_str(Path::new("both.json"), &first).expect("loads"), both());
}

#[test]
fn cut_and_damaged_pages_never_panic() {
    for name in [ROLES, USERS] {
        let text = read(&seed(name));
        let lines: Vec<&str> = text.lines().collect();
        for cut in (0..lines.len()).step_by(3) {
            let _ = import_text(name, &lines[..cut].join("\n"));
            let mut without = lines.clone();
            without.remove(cut);
            let _ = import_text(name, &without.join("\n"));
            let mut doubled = lines.clone();
            doubled.insert(cut, lines[cut]);
            let _ = import_text(name, &doubled.join("\n"));
        }
        let _ = import_text(name, &text.replace("HTTP", "HTTP ").replace(" - ", " -  - "));
        let _ = import_text(name, &text.chars().rev().collect::<String>());
    }
}

#[test]
fn the_zoho_schema_files_are_what_import_doc_produces() {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../collections/zoho-crm/schema");
    for (page, file) in [(ROLES, "contact-roles.json"), (USERS, "users.json")] {
        let (imported, warnings) = import(&[page]);
        assert!(warnings.is_empty(), "{warnings:?}");
        let expected = to_json(&imported).expect("json");
        let committed = read(&schema.join(file));
        assert!(
            committed == expected,
            "collections/zoho-crm/schema/{file} differs from what `postgen import-doc ../shared/seeds/{page}` \
             produces; regenerate it:\n  cargo run -p generator -- import-doc ../shared/seeds/{page} --out collections/zoho-crm/schema/{file}"
        );
    }
}
