//! `DateTime` / `Date`: exact round-trips, typed access, helpful errors.

use std::collections::HashSet;

use postgen_runtime::chrono::{Datelike, FixedOffset, TimeZone, Timelike};
use postgen_runtime::serde::{Deserialize, Serialize};
use postgen_runtime::{Date, DateTime};

const SPELLINGS: &[&str] = &[
    "2021-05-04T13:06:34+05:30",
    "2021-05-04T13:06:34Z",
    "2021-05-04T13:06:34.120+00:00",
    "2021-05-04T13:06:34.123456789-07:00",
    "2021-05-04T13:06:34.1Z",
    "2021-05-04T13:06:34.123456789123+01:00",
    "2021-05-04t13:06:34z",
    "2021-05-04t13:06:34.5+02:00",
    "2021-05-04 13:06:34+05:30",
    "2021-05-04T13:06:34-00:00",
    "2016-12-31T23:59:60Z",
];

#[test]
fn every_spelling_round_trips_exactly() {
    for &text in SPELLINGS {
        let t = DateTime::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(t.as_str(), text);
        assert_eq!(t.to_string(), text);
        assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{text}\""));
        let back: DateTime = serde_json::from_str(&format!("\"{text}\"")).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.as_str(), text);
        assert_eq!(t.clone().into_string(), text);
    }
}

#[test]
fn typed_access_keeps_offset() {
    let t: DateTime = "2021-05-04T13:06:34+05:30".parse().unwrap();
    let offset = *t.get().offset();
    assert_eq!(offset, FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap());
    assert_eq!(
        (t.get().hour(), t.get().minute(), t.get().second()),
        (13, 6, 34)
    );
    assert_eq!(t.get().timestamp(), 1_620_113_794);

    let t: DateTime = "2021-05-04T13:06:34.123456789-07:00".parse().unwrap();
    assert_eq!(t.get().offset().local_minus_utc(), -7 * 3600);
    assert_eq!(t.get().nanosecond(), 123_456_789);

    let t: DateTime = "2021-05-04T13:06:34.120+00:00".parse().unwrap();
    assert_eq!(t.get().nanosecond(), 120_000_000);
    assert_eq!(t.get().offset().local_minus_utc(), 0);
}

#[test]
fn equality_is_on_text_ordering_on_instant() {
    let z: DateTime = "2021-05-04T13:06:34Z".parse().unwrap();
    let plus: DateTime = "2021-05-04T13:06:34+00:00".parse().unwrap();
    let ist: DateTime = "2021-05-04T18:36:34+05:30".parse().unwrap();
    // Same instant, different wire values.
    assert_eq!(z.get(), plus.get());
    assert_eq!(z.get(), ist.get());
    assert_ne!(z, plus);
    assert_ne!(z, ist);
    let set: HashSet<DateTime> = [z.clone(), plus.clone(), z.clone()].into_iter().collect();
    assert_eq!(set.len(), 2);
    // Ordering: by instant first, then text; consistent with Eq.
    assert_ne!(z.cmp(&plus), std::cmp::Ordering::Equal);
    assert_eq!(z.cmp(&z.clone()), std::cmp::Ordering::Equal);

    let earlier: DateTime = "2021-05-04T23:00:00+12:00".parse().unwrap(); // 11:00Z
    let later: DateTime = "2021-05-04T06:00:00-07:00".parse().unwrap(); // 13:00Z
    assert!(earlier < later, "ordered by instant, not by text");
    let mut list = vec![later.clone(), ist.clone(), earlier.clone()];
    list.sort();
    assert_eq!(list, vec![earlier, later, ist]);
}

#[test]
fn from_chrono() {
    let offset = FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap();
    let value = offset.with_ymd_and_hms(2021, 5, 4, 13, 6, 34).unwrap();
    let t = DateTime::from(value);
    assert_eq!(t.as_str(), "2021-05-04T13:06:34+05:30");
    assert_eq!(*t.get(), value);

    let utc = FixedOffset::east_opt(0).unwrap();
    let value = utc.with_ymd_and_hms(2021, 5, 4, 13, 6, 34).unwrap()
        + postgen_runtime::chrono::TimeDelta::milliseconds(120);
    let t = DateTime::from(value);
    assert_eq!(t.as_str(), "2021-05-04T13:06:34.120Z");
    assert_eq!(DateTime::parse(t.as_str()).unwrap(), t);
}

#[test]
fn rejects_invalid_date_times_helpfully() {
    for bad in [
        "2021-05-04 13:06:34",
        "2021-05-04T13:06:34",
        "2021-05-04",
        "2021-05-04T13:06:34+0530",
        "2021-13-04T13:06:34Z",
        "2021-05-04T25:06:34Z",
        "2021-05-04T13:06:34Z ",
        " 2021-05-04T13:06:34Z",
        "",
        "yesterday",
    ] {
        let err = DateTime::parse(bad).unwrap_err();
        let msg = err.to_string();
        assert_eq!(err.input(), bad);
        assert!(msg.contains(&format!("`{bad}`")), "{msg}");
        assert!(msg.contains("RFC 3339") && msg.contains("offset"), "{msg}");
    }
    let err = DateTime::parse("2021-05-04 13:06:34").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid date-time `2021-05-04 13:06:34`: premature end of input; expected an RFC 3339 \
         date-time with a UTC offset, such as 2021-05-04T13:06:34+05:30 or 2021-05-04T13:06:34.123Z"
    );
}

#[test]
fn long_bad_input_is_cut_in_message() {
    let bad = "x".repeat(500);
    let err = DateTime::parse(&bad).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains(&format!("`{}...`", "x".repeat(80))), "{msg}");
    assert!(msg.len() < 300, "{msg}");
    assert_eq!(err.input(), bad);
}

#[test]
fn dates() {
    let d: Date = "2021-05-04".parse().unwrap();
    assert_eq!(d.as_str(), "2021-05-04");
    assert_eq!(d.to_string(), "2021-05-04");
    assert_eq!(
        (d.get().year(), d.get().month(), d.get().day()),
        (2021, 5, 4)
    );
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"2021-05-04\"");
    let back: Date = serde_json::from_str("\"2021-05-04\"").unwrap();
    assert_eq!(back, d);
    assert_eq!(Date::parse("2020-02-29").unwrap().get().day(), 29);

    let nd = postgen_runtime::chrono::NaiveDate::from_ymd_opt(2021, 1, 2).unwrap();
    assert_eq!(Date::from(nd).as_str(), "2021-01-02");
    assert!(Date::parse("2021-01-02").unwrap() < d);

    for bad in [
        "2021-13-01",
        "2021-02-29",
        "2021-00-10",
        "2021-5-4",
        "2021-05-04T00:00:00Z",
        " 2021-05-04",
        "+2021-05-04",
        "2021/05/04",
        "",
    ] {
        let err = Date::parse(bad).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(&format!("`{bad}`")), "{msg}");
        assert!(msg.contains("YYYY-MM-DD"), "{msg}");
    }
    assert_eq!(
        Date::parse("2021-13-01").unwrap_err().to_string(),
        "invalid date `2021-13-01`: no such calendar date; expected a date in YYYY-MM-DD form, \
         such as 2021-05-04"
    );
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
struct Record {
    id: String,
    #[serde(rename = "Created_Time")]
    created_time: ::postgen_runtime::DateTime,
    #[serde(default)]
    modified: Option<::postgen_runtime::DateTime>,
    birthday: ::postgen_runtime::Date,
    history: Vec<::postgen_runtime::DateTime>,
}

#[test]
fn serde_in_struct_is_byte_exact() {
    let json = r#"{"id":"1","Created_Time":"2021-05-04T13:06:34+05:30","modified":"2021-05-04T13:06:34.120+00:00","birthday":"1990-01-31","history":["2021-05-04T13:06:34Z","2021-05-04t13:06:34.123456789-07:00"]}"#;
    let record: Record = serde_json::from_str(json).unwrap();
    assert_eq!(record.created_time.get().offset().local_minus_utc(), 19_800);
    assert_eq!(serde_json::to_string(&record).unwrap(), json);

    // Through serde_json::Value (owned strings) and from a reader, too.
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let again: Record = serde_json::from_value(value).unwrap();
    assert_eq!(again, record);
    let again: Record = serde_json::from_reader(json.as_bytes()).unwrap();
    assert_eq!(serde_json::to_string(&again).unwrap(), json);

    let with_null = r#"{"id":"1","Created_Time":"2021-05-04T13:06:34Z","modified":null,"birthday":"1990-01-31","history":[]}"#;
    let record: Record = serde_json::from_str(with_null).unwrap();
    assert_eq!(record.modified, None);
    assert_eq!(serde_json::to_string(&record).unwrap(), with_null);
}

#[test]
fn serde_errors_name_format_and_value() {
    let err = serde_json::from_str::<Record>(
        r#"{"id":"1","Created_Time":"2021-05-04 13:06:34","birthday":"1990-01-31","history":[]}"#,
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("`2021-05-04 13:06:34`") && msg.contains("RFC 3339"),
        "{msg}"
    );

    let err = serde_json::from_str::<Date>(r#""2021-13-01""#).unwrap_err();
    assert!(err.to_string().contains("`2021-13-01`"), "{err}");

    let err = serde_json::from_str::<DateTime>("1620113794").unwrap_err();
    assert!(err.to_string().contains("RFC 3339"), "{err}");
    let err = serde_json::from_str::<Date>("20210504").unwrap_err();
    assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
}
