//! Lists of documented keys: `Parameters`, `Input JSON Keys`, `Response JSON Keys`.
//!
//! An item is a bullet head (`typestring, optional`), then its description, then optional
//! value lines: bullets `- AllUsers - To list all users` or lines `active: The user is active.`
//! (enum values of a string key; under other types they are appended to the description).

use serde_json::Value;

use crate::schema::model::{EnumValue, Key, Location, Param, ValueType};

use super::heads::{key_head, KeyHead};
use super::request::is_table_rule;
use super::lines::{expand_collapsed, Line};
use super::Diag;

/// One documented item (one bullet; several names when the doc lists them together).
#[derive(Debug, Clone)]
pub(super) struct DocKey {
    pub names: Vec<String>,
    pub ty: ValueType,
    pub required: bool,
    pub description: Vec<String>,
    pub values: Vec<EnumValue>,
    indent: usize,
}

impl DocKey {
    pub fn description(&self) -> Option<String> {
        (!self.description.is_empty()).then(|| self.description.join("\n"))
    }

    /// One schema key per name.
    pub fn keys(&self) -> Vec<Key> {
        self.names
            .iter()
            .map(|name| Key {
                name: name.clone(),
                ty: self.ty,
                required: self.required,
                description: self.description(),
                values: self.values.clone(),
                items: None,
                keys: Vec::new(),
            })
            .collect()
    }

    /// One query (or path) parameter per name, with a default and maximum read from the text.
    pub fn params(&self, location: Location) -> Vec<Param> {
        let description = self.description();
        let (default, max) = description.as_deref().map_or((None, None), |d| limits(d, self.ty));
        self.names
            .iter()
            .map(|name| Param {
                name: name.clone(),
                location,
                ty: self.ty,
                required: self.required || location == Location::Path,
                description: description.clone(),
                values: self.values.clone(),
                default: default.clone(),
                max: max.clone(),
                example: None,
            })
            .collect()
    }
}

/// The items of a list section, and its text that belongs to no item.
#[derive(Debug, Default)]
pub(super) struct KeyList {
    pub keys: Vec<DocKey>,
    pub free: Vec<String>,
}

/// Words that start prose lines such as `Note: …`; such a line is never an enum value.
const PROSE_LABELS: &[&str] = &["note", "notes", "example", "examples", "resolution", "default", "tip", "important", "warning"];

/// Parses a list section. Bullets that are neither an item head nor a value are warned about
/// (with their line) and kept as text.
pub(super) fn parse_key_list(lines: &[Line], diag: &mut Diag) -> KeyList {
    let lines = expand_collapsed(lines, |t| key_head(t).is_some() || glued_head(t).is_some());
    let last_head = lines.iter().rposition(|l| item_head(l).is_some());
    let mut list = KeyList::default();
    // One warning per run of unreadable bullets (an unknown section's list), not one per line.
    let mut warned = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() || is_table_rule(&line.text) {
            continue;
        }
        if let Some((head, text)) = item_head(line) {
            let mut description: Vec<String> = head.condition.into_iter().collect();
            description.extend(text.filter(|t| !t.is_empty()));
            list.keys.push(DocKey {
                names: head.names,
                ty: head.ty,
                required: head.required,
                description,
                values: Vec::new(),
                indent: line.indent,
            });
            warned = false;
            continue;
        }
        if line.text.starts_with('|') {
            // A table's header row (the one above `|---|`) names the columns: not text to keep.
            // Another row that is no item belongs to no item.
            if !lines.get(i + 1).is_some_and(|l| is_table_rule(&l.text)) {
                list.free.push(line.text.clone());
            }
            continue;
        }
        let later_heads = last_head.is_some_and(|last| i < last);
        let Some(current) = list.keys.last_mut() else {
            if line.bullet().is_some() && !std::mem::replace(&mut warned, true) {
                diag.warn(line.no, format!("expected a key `namestring, mandatory`, found `{}`; kept as description", line.text));
            }
            list.free.push(line.text.clone());
            continue;
        };
        if let Some(bullet) = line.bullet() {
            match value_bullet(bullet) {
                Some((value, text)) => add_value(current, value, text),
                // Bullets nested under a head are its description in bullet form.
                None if line.indent > current.indent => current.description.push(bullet.to_owned()),
                None => {
                    if !std::mem::replace(&mut warned, true) {
                        let found = &line.text;
                        diag.warn(
                            line.no,
                            format!("expected a key `namestring, mandatory` or a value `VALUE - description`, found `{found}`; kept as description"),
                        );
                    }
                    current.description.push(line.text.clone());
                }
            }
            continue;
        }
        if current.ty == ValueType::String {
            if let Some(values) = possible_values(&line.text) {
                current.values.extend(values);
                continue;
            }
        }
        if !current.description.is_empty() {
            if let Some((value, text)) = value_line(&line.text) {
                add_value(current, value, text);
                continue;
            }
        }
        // `Possible values …` always speaks of the item above, even after the last one.
        let about_item = line.text.starts_with("Possible values");
        if current.description.is_empty() || line.indent > current.indent || later_heads || about_item {
            current.description.push(line.text.clone());
        } else {
            list.free.push(line.text.clone());
        }
    }
    list
}

/// An item head and the description on the same line, if any: a bullet `idstring, mandatory`,
/// a bullet with its description glued on (`pagenumber, optionalTo get the list…`), or a table
/// row `| page (optional) | Integer | To get the list… |`.
fn item_head(line: &Line) -> Option<(KeyHead, Option<String>)> {
    if let Some(bullet) = line.bullet() {
        return key_head(bullet).map(|h| (h, None)).or_else(|| glued_head(bullet));
    }
    table_row(&line.text)
}

/// `pagenumber, optionalTo get the list…` → the head and `To get the list…`.
fn glued_head(text: &str) -> Option<(KeyHead, Option<String>)> {
    ["mandatory", "optional"].iter().find_map(|flag| {
        let at = text.find(&format!(", {flag}"))? + flag.len() + 2;
        let rest = text.get(at..)?;
        if !rest.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
            return None;
        }
        key_head(text.get(..at)?).map(|h| (h, Some(rest.trim().to_owned())))
    })
}

/// `| page (optional) | Integer | To get the list… |` → the head and the description.
fn table_row(text: &str) -> Option<(KeyHead, Option<String>)> {
    let cells: Vec<&str> = text.strip_prefix('|')?.trim_end().strip_suffix('|')?.split('|').map(str::trim).collect();
    let [name, ty, description] = cells.as_slice() else { return None };
    let (name, flag) = match name.split_once('(') {
        Some((name, flag)) => (name.trim(), format!(", {}", flag.trim_end_matches(')').trim())),
        None => (*name, String::new()),
    };
    let head = key_head(&format!("{name} {ty}{flag}"))?;
    Some((head, Some((*description).to_owned())))
}

/// A value under a key: an enum value of a string, else a line of the description.
fn add_value(key: &mut DocKey, value: &str, text: &str) {
    if key.ty == ValueType::String {
        let description = (!text.is_empty()).then(|| text.to_owned());
        key.values.push(EnumValue { value: value.to_owned(), description });
    } else {
        key.description.push(if text.is_empty() { value.to_owned() } else { format!("{value}: {text}") });
    }
}

/// `AllUsers - To list all users` or `active: The user is active.` (bullet form).
fn value_bullet(text: &str) -> Option<(&str, &str)> {
    let (value, rest) = text.split_once(" - ").or_else(|| text.split_once(": "))?;
    is_value(value.trim()).then(|| (value.trim(), rest.trim()))
}

/// `active: The user is active.` (a plain line).
fn value_line(text: &str) -> Option<(&str, &str)> {
    let (value, rest) = text.split_once(": ")?;
    let value = value.trim();
    let prose = PROSE_LABELS.contains(&value.to_ascii_lowercase().as_str());
    (is_value(value) && !prose).then(|| (value, rest.trim()))
}

/// `Possible values: asc - ascending order, desc - descending order.` (or `;` between items,
/// `value: text` items): the values. `None` when an item is prose (`Possible values: Field API
/// names.`): the line then stays description.
pub(super) fn possible_values(text: &str) -> Option<Vec<EnumValue>> {
    let rest = text.strip_prefix("Possible values")?.trim_start();
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('-'))?.trim().trim_end_matches('.');
    let items: Vec<&str> = if rest.contains(';') { rest.split(';').collect() } else { rest.split(", ").collect() };
    let mut values = Vec::with_capacity(items.len());
    for item in items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
        let (value, description) = match value_bullet(item) {
            Some((value, description)) => (value, Some(description.trim_end_matches('.'))),
            None if is_value(item) => (item, None),
            None => return None,
        };
        let description = description.filter(|d| !d.is_empty()).map(str::to_owned);
        values.push(EnumValue { value: value.to_owned(), description });
    }
    (!values.is_empty()).then_some(values)
}

fn is_value(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '+' | '$'))
}

/// The default and maximum a parameter's description states: `Default value is 1.`, `The
/// default and the maximum possible value is 200.`, `up to 100 user IDs`.
pub(super) fn limits(description: &str, ty: ValueType) -> (Option<Value>, Option<serde_json::Number>) {
    let mut default = None;
    let mut max = None;
    for sentence in description.split(". ").map(|s| s.trim().trim_end_matches('.')) {
        let lower = sentence.to_ascii_lowercase();
        let stated = stated_value(sentence, &lower);
        if lower.contains("default") && default.is_none() {
            default = stated.and_then(|v| typed_default(v, ty));
        }
        if (lower.contains("maximum") || lower.contains("max ") || lower.contains("at most")) && max.is_none() {
            max = stated.and_then(|v| v.parse::<serde_json::Number>().ok());
        }
        if let Some(at) = lower.find("up to ") {
            if max.is_none() {
                max = sentence.get(at + 6..).and_then(|t| t.split_whitespace().next()).and_then(|n| n.trim_end_matches([',', '.']).parse().ok());
            }
        }
    }
    (default, max)
}

/// The word after the last ` is ` / ` to ` of a sentence: `… value is 200` → `200`.
fn stated_value<'s>(sentence: &'s str, lower: &str) -> Option<&'s str> {
    let at = [" is ", " to "].iter().filter_map(|w| lower.rfind(w).map(|i| i + w.len())).max()?;
    let word = sentence.get(at..)?.split_whitespace().next()?;
    let word = word.trim_matches(|c: char| matches!(c, '"' | '\'' | '`' | ',' | '.' | ';'));
    (!word.is_empty()).then_some(word)
}

fn typed_default(word: &str, ty: ValueType) -> Option<Value> {
    match ty {
        ValueType::Integer => word.parse::<i64>().ok().map(Value::from),
        ValueType::Number => word.parse::<f64>().ok().map(Value::from),
        ValueType::Boolean => word.parse::<bool>().ok().map(Value::from),
        ValueType::String | ValueType::Date | ValueType::DateTime => Some(Value::from(word)),
        ValueType::Object | ValueType::Array | ValueType::Any => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn parse(text: &str) -> (KeyList, Vec<String>) {
        let lines: Vec<Line> = text.lines().enumerate().map(|(i, l)| Line::new(i + 10, l)).collect();
        let mut diag = Diag::new(Path::new("p.txt"));
        let list = parse_key_list(&lines, &mut diag);
        (list, diag.warnings.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn flush_layout_with_values_collapsed_items_and_a_trailing_paragraph() {
        let (list, warnings) = parse(
            "- typestring, optional\nThe type.\n- AllUsers - All of them.\n- Admins - Admins.\n\
             - statusstring\nThe status.\nactive: Active.\ninactive: Inactive. - confirmboolean\nConfirmed?\n\
             true: Yes.\n- idsstring, optional\nUp to 100 IDs.\nA free paragraph.",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let names: Vec<&str> = list.keys.iter().map(|k| k.names[0].as_str()).collect();
        assert_eq!(names, ["type", "status", "confirm", "ids"]);
        assert_eq!(list.keys[0].values.len(), 2);
        assert_eq!(list.keys[1].values[1].value, "inactive");
        assert_eq!(list.keys[2].description(), Some("Confirmed?\ntrue: Yes.".into()));
        assert_eq!(list.free, ["A free paragraph."]);
    }

    #[test]
    fn indented_layout_keeps_unindented_paragraphs_apart() {
        let (list, _) = parse("  • idstring, mandatory\n\n    The ID.\n\n    More about it.\n\nAfter the list.");
        assert_eq!(list.keys[0].description(), Some("The ID.\nMore about it.".into()));
        assert!(list.keys[0].required);
        assert_eq!(list.free, ["After the list."]);
    }

    #[test]
    fn a_broken_bullet_is_warned_with_its_line() {
        let (list, warnings) = parse("- idstring\nThe ID.\n- namestrnig, optional\nThe name.");
        assert_eq!(list.keys.len(), 1);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("warning: p.txt:12: expected a key"), "{warnings:?}");
    }

    #[test]
    fn possible_values_lines_are_enum_values_of_strings_and_prose_stays_description() {
        let (list, warnings) = parse(
            "  • orderstring\n\n    The order.\n    Possible values: up - going up, down - going down.\n\n\
             • namesstring, mandatory when listing all\n    Possible values: Comma separated names. Example: a,b\n\
             • flagboolean\n    Possible values - true: on; false: off\n\
             • kindstring\n    • Nested bullet text, not a value.\n    Possible values: big; small",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let order = &list.keys[0];
        let values: Vec<(&str, Option<&str>)> = order.values.iter().map(|v| (v.value.as_str(), v.description.as_deref())).collect();
        assert_eq!(values, [("up", Some("going up")), ("down", Some("going down"))]);
        assert_eq!(order.description(), Some("The order.".into()));
        let names = &list.keys[1];
        assert!(names.values.is_empty() && !names.required);
        assert_eq!(names.description(), Some("Mandatory when listing all.\nPossible values: Comma separated names. Example: a,b".into()));
        assert!(list.keys[2].values.is_empty(), "a boolean's values are description");
        let (last, _) = parse("- flagboolean\nThe flag.\nPossible values - true: on; false: off\nAfter the list.");
        assert_eq!(last.keys[0].description(), Some("The flag.\nPossible values - true: on; false: off".into()), "even under the last item");
        assert_eq!(last.free, ["After the list."]);
        let kind = &list.keys[3];
        assert_eq!(kind.description(), Some("Nested bullet text, not a value.".into()));
        assert_eq!(kind.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(), ["big", "small"]);
    }

    #[test]
    fn heads_with_glued_descriptions_and_table_rows() {
        let (list, warnings) = parse(
            "- pageinteger, optionalThe page. Default value is 1.\n- namesstring, mandatorySome names.\n\
             | Parameter Name | Data Type | Description |\n|---|---|---|\n| per_page (optional) | Integer | Per page. |\n\
             | ids (mandatory) | String | The IDs. |",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let summary: Vec<(&str, ValueType, bool, Option<String>)> =
            list.keys.iter().map(|k| (k.names[0].as_str(), k.ty, k.required, k.description())).collect();
        assert_eq!(
            summary,
            [
                ("page", ValueType::Integer, false, Some("The page. Default value is 1.".into())),
                ("names", ValueType::String, true, Some("Some names.".into())),
                ("per_page", ValueType::Integer, false, Some("Per page.".into())),
                ("ids", ValueType::String, true, Some("The IDs.".into())),
            ]
        );
        assert!(list.free.is_empty(), "the header row names the columns: {:?}", list.free);
    }

    #[test]
    fn a_run_of_unreadable_bullets_is_one_warning() {
        let (list, warnings) = parse("- idstring\nThe ID.\n- first odd bullet\n- second odd bullet\n- namestring\n- third odd bullet");
        assert_eq!(list.keys.len(), 2);
        assert_eq!(warnings.len(), 2, "one per run: {warnings:?}");
        assert!(warnings[0].starts_with("warning: p.txt:12:") && warnings[1].starts_with("warning: p.txt:15:"), "{warnings:?}");
    }

    #[test]
    fn defaults_and_maximums() {
        assert_eq!(limits("To get pages. Default value is 1.", ValueType::Integer), (Some(Value::from(1)), None));
        assert_eq!(
            limits("Per page. The default and the maximum possible value is 200.", ValueType::Integer),
            (Some(Value::from(200)), Some(200.into()))
        );
        assert_eq!(limits("You can specify up to 100 user IDs.", ValueType::String), (None, Some(100.into())));
        assert_eq!(limits("The sort order. Default is asc.", ValueType::String), (Some(Value::from("asc")), None));
    }
}
