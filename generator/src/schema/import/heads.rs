//! The heads of list items: a key with its type glued on (`idstring, mandatory`,
//! `country, city, zipstring`, `roleJSON object`) and an error row (`INVALID_DATAHTTP 400`).

use crate::schema::model::ValueType;

/// A parsed key head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeyHead {
    /// One or more names sharing the type and description.
    pub names: Vec<String>,
    pub ty: ValueType,
    /// `mandatory` was written (without a condition).
    pub required: bool,
    /// `mandatory when fetching all records`: the condition, as a sentence for the description
    /// (such a key is optional: the caller decides whether the condition holds).
    pub condition: Option<String>,
}

/// Type words as the docs write them, longest first so `datetime` wins over `date`.
const TYPES: &[(&str, ValueType)] = &[
    ("json object", ValueType::Object),
    ("json array", ValueType::Array),
    ("jsonobject", ValueType::Object),
    ("jsonarray", ValueType::Array),
    ("date-time", ValueType::DateTime),
    ("date_time", ValueType::DateTime),
    ("datetime", ValueType::DateTime),
    ("boolean", ValueType::Boolean),
    ("integer", ValueType::Integer),
    ("decimal", ValueType::Number),
    ("number", ValueType::Number),
    ("string", ValueType::String),
    ("double", ValueType::Number),
    ("float", ValueType::Number),
    ("long", ValueType::Integer),
    ("date", ValueType::Date),
];

/// `idstring, mandatory` → names `[id]`, string, required. `None` when the text is not a head.
pub(super) fn key_head(text: &str) -> Option<KeyHead> {
    let (text, condition) = split_condition(text);
    let mut rest = text.trim().trim_end_matches(['.', ':']).trim_end();
    let mut required = false;
    for (flag, value) in [("mandatory", true), ("required", true), ("optional", false)] {
        let lower = rest.to_ascii_lowercase();
        let stripped = lower
            .strip_suffix(&format!("({flag})"))
            .or_else(|| lower.strip_suffix(flag))
            .map(|s| s.trim_end().trim_end_matches(',').trim_end());
        // `lower` has `rest`'s byte layout (ASCII case changes only), so its length cuts `rest`.
        if let Some(kept) = stripped.filter(|s| !s.is_empty() && s.len() < rest.len()).and_then(|s| rest.get(..s.len())) {
            rest = kept;
            required = value;
            break;
        }
    }
    let parts: Vec<&str> = rest.split(',').map(str::trim).collect();
    let (last, names) = parts.split_last()?;
    let (name, ty) = glued_name_type(last)?;
    let mut all: Vec<String> = Vec::with_capacity(parts.len());
    for name in names {
        if !is_name(name) {
            return None;
        }
        all.push((*name).to_owned());
    }
    all.push(name.to_owned());
    Some(KeyHead { names: all, ty, required: required && condition.is_none(), condition })
}

/// `fieldsstring, mandatory when fetching all records` → (`fieldsstring`, `Mandatory when
/// fetching all records.`).
fn split_condition(text: &str) -> (&str, Option<String>) {
    let lower = text.to_ascii_lowercase();
    let found = ["mandatory when ", "mandatory if ", "required when ", "required if ", "optional when ", "optional if "]
        .iter()
        .filter_map(|flag| lower.find(flag).map(|at| (at, flag.len())))
        .min();
    let Some((at, flag_len)) = found else { return (text, None) };
    let (Some(head), Some(flag), Some(rest)) = (text.get(..at), text.get(at..at + flag_len), text.get(at + flag_len..)) else {
        return (text, None);
    };
    let head = head.trim_end().trim_end_matches(',').trim_end();
    let rest = rest.trim().trim_end_matches('.');
    if head.is_empty() || rest.is_empty() {
        return (text, None);
    }
    let mut flag_chars = flag.chars();
    let flag: String = flag_chars.next().map_or_else(String::new, |c| c.to_ascii_uppercase().to_string() + flag_chars.as_str());
    (head, Some(format!("{flag}{rest}.")))
}

/// `zipstring` → (`zip`, string); `roleJSON object` → (`role`, object).
fn glued_name_type(text: &str) -> Option<(&str, ValueType)> {
    let lower = text.to_ascii_lowercase();
    TYPES.iter().find_map(|(word, ty)| {
        let name_len = lower.strip_suffix(word)?.len();
        let name = text.get(..name_len)?.trim_end();
        is_name(name).then_some((name, *ty))
    })
}

/// A wire name: starts with a letter, `_` or `$`; then letters, digits, `_`, `$`, `.`, `-`.
pub(super) fn is_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.' | '-'))
}

/// `INVALID_URL_PATTERNHTTP 404` → (`INVALID_URL_PATTERN`, 404). `None` when the text is not
/// shaped like an error row; `Some(Err(..))` when it is, but the status is not a status.
pub(super) fn error_head(text: &str) -> Option<Result<(String, u16), String>> {
    let (code, status) = text.trim().rsplit_once("HTTP")?;
    let code = code.trim_end().trim_end_matches(['-', ':']).trim_end();
    let status = status.trim().trim_start_matches(['-', ':']).trim().trim_end_matches('.');
    let code_ok = code.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if !code_ok || status.contains(' ') {
        return None;
    }
    match status.parse::<u16>() {
        Ok(n) if (100..=599).contains(&n) => Some(Ok((code.to_owned(), n))),
        _ => Some(Err(format!("`{code}` with status `{status}`"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> Option<(Vec<String>, ValueType, bool)> {
        key_head(text).map(|h| (h.names, h.ty, h.required))
    }

    #[test]
    fn names_are_unglued_from_types() {
        assert_eq!(head("idstring, mandatory"), Some((vec!["id".into()], ValueType::String, true)));
        assert_eq!(head("typestring, optional"), Some((vec!["type".into()], ValueType::String, false)));
        assert_eq!(head("roleJSON object"), Some((vec!["role".into()], ValueType::Object, false)));
        assert_eq!(head("territoriesJSON array"), Some((vec!["territories".into()], ValueType::Array, false)));
        assert_eq!(head("confirmboolean"), Some((vec!["confirm".into()], ValueType::Boolean, false)));
        assert_eq!(head("themeinteger"), Some((vec!["theme".into()], ValueType::Integer, false)));
        assert_eq!(head("created_timestring"), Some((vec!["created_time".into()], ValueType::String, false)));
        assert_eq!(head("amountdouble"), Some((vec!["amount".into()], ValueType::Number, false)));
        assert_eq!(head("countlong"), Some((vec!["count".into()], ValueType::Integer, false)));
        assert_eq!(head("startdatetime"), Some((vec!["start".into()], ValueType::DateTime, false)));
        assert_eq!(head("dobdate"), Some((vec!["dob".into()], ValueType::Date, false)));
        let (names, ty, _) = head("country, city, street, state, country_locale, zipstring").expect("multi");
        assert_eq!(names, ["country", "city", "street", "state", "country_locale", "zip"]);
        assert_eq!(ty, ValueType::String);
    }

    #[test]
    fn a_condition_makes_a_key_optional_and_is_kept_as_a_sentence() {
        let head = key_head("fieldsstring, mandatory when fetching all widgets").expect("a head");
        assert_eq!((head.names, head.ty, head.required), (vec!["fields".to_owned()], ValueType::String, false));
        assert_eq!(head.condition.as_deref(), Some("Mandatory when fetching all widgets."));
        let head = key_head("ids string, mandatory if deleting several").expect("a head, type after a space");
        assert_eq!((head.names[0].as_str(), head.required), ("ids", false));
        assert_eq!(key_head("cvidlong").map(|h| h.ty), Some(ValueType::Integer));
        assert_eq!(key_head("idstring, mandatory").and_then(|h| h.condition), None);
    }

    #[test]
    fn prose_and_broken_heads_are_not_heads() {
        assert_eq!(head("AllUsers - To list all users"), None);
        assert_eq!(head("idstrng, mandatory"), None);
        assert_eq!(head("string"), None);
        assert_eq!(head("Represents the user's string"), None);
    }

    #[test]
    fn error_rows() {
        assert_eq!(error_head("INVALID_URL_PATTERNHTTP 404"), Some(Ok(("INVALID_URL_PATTERN".into(), 404))));
        assert_eq!(error_head("NO_PERMISSION - HTTP 403"), Some(Ok(("NO_PERMISSION".into(), 403))));
        assert!(matches!(error_head("INVALID_DATAHTTP 4000"), Some(Err(_))));
        assert_eq!(error_head("Use HTTP 400 here"), None);
        assert_eq!(error_head("Unauthorized"), None);
    }
}
