//! Inference on the sample response of seed 002 (Zoho "Get Users" doc page, three users):
//! the types a careful human would write from the same three samples.

use postgen::{generate, GenerateOptions};
use postgen_e2e::repo_root;
use serde_json::{json, Value};

/// The JSON after the page's "Sample Response" heading.
fn sample_response() -> Value {
    let path = repo_root().join("../shared/seeds/002_5337d5b585ccc6f0.txt");
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let start = page.find("Sample Response").expect("page has a Sample Response section");
    let json_start = start + page[start..].find('{').expect("a JSON object follows");
    // The page goes on after the JSON; read exactly one value.
    let mut values = serde_json::Deserializer::from_str(&page[json_start..]).into_iter::<Value>();
    values.next().expect("one value").expect("valid JSON")
}

fn users_types() -> (String, Vec<String>) {
    let body = sample_response();
    assert_eq!(body["users"].as_array().map(Vec::len), Some(3), "the seed shows three users");
    let collection = json!({
        "info": {"name": "Zoho users", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Get Users", "request": {"method": "GET", "url": "{{api-domain}}/crm/v2/users"},
                  "response": [{"name": "Sample Response", "code": 200, "_postman_previewlanguage": "json",
                                "body": serde_json::to_string_pretty(&body).expect("re-serializes")}]}]
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("users.json");
    std::fs::write(&path, collection.to_string()).expect("write");
    let generated = generate(&GenerateOptions {
        collection: path,
        out: dir.path().join("out"),
        name: Some("zoho-users".into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .expect("generates");
    let warnings = generated.warnings.iter().map(|w| format!("{}: {}", w.pointer.as_str(), w.message)).collect();
    (generated.files["src/types.rs"].clone(), warnings)
}

#[test]
fn seed_002_users_are_typed_as_a_careful_human_would() {
    let (types, warnings) = users_types();
    // `id` is a digit string: it stays a String (never a number).
    assert!(types.contains("    pub id: ::std::string::String,\n"), "id is a string");
    // `Modified_By` keeps its wire name through a rename.
    assert!(types.contains("#[serde(rename = \"Modified_By\")]\n    pub modified_by: ModifiedBy,"));
    // role, profile, created_by and Modified_By are one {name, id} shape, with semantic aliases.
    assert_eq!(types.matches("pub struct Role {").count(), 1);
    for alias in ["pub type Profile = Role;", "pub type CreatedBy = Role;", "pub type ModifiedBy = Role;"] {
        assert!(types.contains(alias), "missing {alias}");
    }
    // `status` is active/inactive over three samples: no evidence of a closed set.
    assert!(types.contains("    pub status: ::std::string::String,\n"));
    // `territories` elements are typed.
    assert!(types.contains("pub territories: ::std::vec::Vec<Territory>,"));
    assert!(types.contains("pub struct Territory {\n"));
    assert!(types.contains("    pub manager: bool,\n"));
    // Offsets are kept: created_time is a DateTime.
    assert!(types.contains("pub created_time: ::postgen_runtime::DateTime,"));
    // Keys null in every sample are warned about, each with its pointer.
    for key in ["fax", "alias", "Reporting_To", "zip", "mobile", "phone"] {
        let expected = format!("/item/0/response/0/body/users/0/{key}: null or absent in every sample: typed as serde_json::Value");
        assert!(warnings.contains(&expected), "no warning for {key}: {warnings:#?}");
    }
    insta::assert_snapshot!(types);
}
