//! `Patch<T>`: absent keys are skipped, `null` and values round-trip.

use postgen_runtime::Patch;
use postgen_runtime::serde::{Deserialize, Serialize};

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
struct Body {
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    a: ::postgen_runtime::Patch<String>,
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    b: ::postgen_runtime::Patch<String>,
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    c: ::postgen_runtime::Patch<String>,
}

fn sample() -> Body {
    Body {
        a: Patch::Absent,
        b: Patch::Null,
        c: Patch::Value("x".to_owned()),
    }
}

#[test]
fn serializes_only_what_was_set() {
    let json = serde_json::to_string(&sample()).unwrap();
    assert_eq!(json, r#"{"b":null,"c":"x"}"#);
}

#[test]
fn deserializes_three_states() {
    let body: Body = serde_json::from_str(r#"{"b":null,"c":"x"}"#).unwrap();
    assert_eq!(body, sample());
    assert!(body.a.is_absent());
    assert!(body.b.is_null());
    assert_eq!(body.c.get().map(String::as_str), Some("x"));
}

#[test]
fn round_trips() {
    for body in [
        sample(),
        Body::default(),
        Body {
            a: Patch::Value(String::new()),
            b: Patch::Value("null".to_owned()),
            c: Patch::Null,
        },
    ] {
        let json = serde_json::to_string(&body).unwrap();
        let back: Body = serde_json::from_str(&json).unwrap();
        assert_eq!(back, body, "{json}");
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
    assert_eq!(serde_json::to_string(&Body::default()).unwrap(), "{}");
}

#[test]
fn absent_serializes_as_null_when_not_skipped() {
    assert_eq!(serde_json::to_string(&Patch::<u8>::Absent).unwrap(), "null");
    assert_eq!(serde_json::to_string(&Patch::<u8>::Null).unwrap(), "null");
    assert_eq!(serde_json::to_string(&Patch::Value(7u8)).unwrap(), "7");
}

#[test]
fn null_wins_over_nullable_inner_types() {
    let p: Patch<serde_json::Value> = serde_json::from_str("null").unwrap();
    assert_eq!(p, Patch::Null);
    let p: Patch<Option<u8>> = serde_json::from_str("null").unwrap();
    assert_eq!(p, Patch::Null);
    let p: Patch<Option<u8>> = serde_json::from_str("3").unwrap();
    assert_eq!(p, Patch::Value(Some(3)));
}

#[test]
fn value_type_errors_propagate() {
    let err = serde_json::from_str::<Body>(r#"{"c":5}"#).unwrap_err();
    assert!(err.to_string().contains("expected a string"), "{err}");
}

#[test]
fn conversions() {
    let p: Patch<String> = "123".to_owned().into();
    assert_eq!(p, Patch::Value("123".to_owned()));
    let p: Patch<String> = None.into();
    assert_eq!(p, Patch::Null);
    let p: Patch<String> = Some("s".to_owned()).into();
    assert_eq!(p, Patch::Value("s".to_owned()));
    // T = Option<U>: From<T> still applies to a plain Option value.
    let p: Patch<Option<u8>> = Patch::from(None::<u8>);
    assert_eq!(p, Patch::Value(None));
}

#[test]
fn accessors() {
    let mut p = Patch::Value(2);
    assert!(p.is_value() && !p.is_absent() && !p.is_null());
    assert_eq!(p.as_ref(), Patch::Value(&2));
    if let Some(v) = p.get_mut() {
        *v += 1;
    }
    if let Patch::Value(v) = p.as_mut() {
        *v *= 10;
    }
    assert_eq!(p.get(), Some(&30));
    assert_eq!(
        p.clone().map(|v| v.to_string()),
        Patch::Value("30".to_owned())
    );
    assert_eq!(p.clone().into_option(), Some(30));
    assert_eq!(p.into_nested_option(), Some(Some(30)));

    assert_eq!(Patch::<u8>::Null.get(), None);
    assert_eq!(Patch::<u8>::Null.into_option(), None);
    assert_eq!(Patch::<u8>::Null.into_nested_option(), Some(None));
    assert_eq!(Patch::<u8>::Absent.into_nested_option(), None);
    assert_eq!(Patch::<u8>::Null.map(|v| v + 1), Patch::Null);
    assert_eq!(Patch::<u8>::Absent.map(|v| v + 1), Patch::Absent);
}

#[test]
fn default_needs_no_default_on_t() {
    #[derive(Debug, PartialEq)]
    struct NoDefault;
    let p: Patch<NoDefault> = Patch::default();
    assert_eq!(p, Patch::Absent);

    #[derive(Debug, Deserialize)]
    #[serde(crate = "::postgen_runtime::serde")]
    struct Holder {
        #[serde(default)]
        #[allow(dead_code)]
        inner: Patch<Inner>,
    }
    #[derive(Debug, Deserialize)]
    #[serde(crate = "::postgen_runtime::serde")]
    struct Inner {
        #[allow(dead_code)]
        x: u8,
    }
    let h: Holder = serde_json::from_str("{}").unwrap();
    assert!(h.inner.is_absent());
}
