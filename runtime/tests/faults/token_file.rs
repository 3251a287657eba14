//! A token file with a secret in a field of the wrong type, and one left readable by others.

use postgen_runtime::secrecy::ExposeSecret;
use postgen_runtime::{FileTokenStore, TokenStore};

const SECRET: &str = "1000.s3cr3t-refresh-value";

/// Errors name the file and the field, never its text (before: serde's message quoted the
/// secret, `invalid type: string "1000.s3cr3t…", expected u64`).
#[test]
fn errors_never_quote_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("token.json");
    for text in [
        format!(r#"{{"access_token": "{SECRET}", "expires_at": "{SECRET}"}}"#),
        format!(r#"{{"access_token": {{"{SECRET}": 1}}, "expires_at": 1}}"#),
        format!(r#"{{"access_token": "a", "expires_at": 1, "refresh_token": ["{SECRET}"]}}"#),
        format!(r#"{{"access_token": {SECRET}}}"#),
    ] {
        std::fs::write(&path, &text).expect("write the file");
        let error = match FileTokenStore::new(&path).load() {
            Err(error) => error,
            Ok(token) => panic!("{text}: loaded {:?}", token.map(|t| t.access_token.expose_secret().len())),
        };
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("token.json"), "{shown}");
    }
}

/// An existing token file with mode 0644 is set to 0600 when loaded (before: used and left
/// 0644 without a word).
#[cfg(unix)]
#[test]
fn a_token_file_readable_by_others_is_tightened_to_0600() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("token.json");
    std::fs::write(&path, format!(r#"{{"access_token": "{SECRET}", "expires_at": 4102444800}}"#)).expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod 0644");
    let token = FileTokenStore::new(&path).load().expect("loads").expect("a token");
    assert_eq!(token.access_token.expose_secret(), SECRET);
    let mode = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}
