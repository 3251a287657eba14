//! Which operations list across pages, and how they continue: found from the saved
//! examples and the doc pages, overridable per operation in `postgen.toml`.
//!
//! Evidence, not names alone: a `page` query parameter is numbered paging only when a
//! success example also carries a boolean "more" flag; a `page_token` parameter only when
//! an example carries the next token. The items are the one array at the body's top level.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Pointer};

use super::docs::PaginationStyle;
use super::json::Json;
use super::model::{Api, ExampleBody, Operation, ParamLocation};
use super::types::{TypeDef, TypeDefKind, TypeRef};

/// How an operation's listing continues from page to page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// Numbered pages or tokens.
    pub style: PagingStyle,
    /// JSON pointer to the array of items in a page (`/users`).
    pub items: String,
    /// The item type (element of that array), set after inference; `None` when the
    /// response type has no such array field (then only pages are offered).
    pub item_type: Option<TypeRef>,
}

/// The two ways a listing continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagingStyle {
    /// `page=1,2,3…` while the boolean at `more` is true.
    PageNumber {
        /// The page-number query parameter.
        param: String,
        /// JSON pointer to the "more pages follow" flag.
        more: String,
    },
    /// The token at `next` is sent back in `param`.
    PageToken {
        /// The query parameter carrying the token.
        param: String,
        /// JSON pointer to the next page's token.
        next: String,
    },
}

/// A `postgen.toml` `[pagination.<operation>]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationOverride {
    /// Not paginated, whatever detection says.
    None,
    /// Paginated as given.
    Paged {
        /// The style, with its parameter and pointer.
        style: PagingStyle,
        /// JSON pointer to the items.
        items: String,
    },
}

const PAGE_PARAMS: &[&str] = &["page"];
const MORE_KEYS: &[&str] = &["more_records", "has_more", "hasMore", "has_more_records"];
const TOKEN_PARAMS: &[&str] = &["page_token", "pageToken", "next_page_token", "cursor"];
const NEXT_KEYS: &[&str] = &["next_page_token", "nextPageToken", "next_cursor", "nextCursor"];

/// Sets [`Operation::pagination`] on every operation: the override when `postgen.toml`
/// (at `config`) has one for it, else what the examples and docs show. An override naming
/// no operation is an input error.
pub fn detect_pagination(api: &mut Api, overrides: &[(String, PaginationOverride)], config: &Path) -> Result<(), Error> {
    for (name, _) in overrides {
        if !api.operations.iter().any(|op| op.name == *name) {
            let names: Vec<&str> = api.operations.iter().map(|op| op.name.as_str()).collect();
            return Err(Error::input(
                config,
                &Pointer::root().key("pagination").key(name),
                format!("the method name of an operation ({})", names.join(", ")),
                format!("`{name}`"),
            ));
        }
    }
    // Each guess reads only its operation's samples: a few threads take a run each.
    let overridden = |op: &Operation| overrides.iter().any(|(name, _)| *name == op.name);
    let guesses = crate::runs::in_runs(api.operations.iter().collect(), 256, |ops: Vec<&Operation>| {
        ops.into_iter().map(|op| if overridden(op) { None } else { detect(op) }).collect::<Vec<_>>()
    })?;
    for (op, guess) in api.operations.iter_mut().zip(guesses.into_iter().flatten()) {
        op.pagination = match overrides.iter().find(|(name, _)| *name == op.name) {
            Some((_, PaginationOverride::None)) => None,
            Some((_, PaginationOverride::Paged { style, items })) => {
                Some(Pagination { style: style.clone(), items: items.clone(), item_type: None })
            }
            None => guess,
        };
    }
    Ok(())
}

fn detect(op: &Operation) -> Option<Pagination> {
    let query = |names: &[&str]| {
        op.params
            .iter()
            .find(|p| p.location == ParamLocation::Query && names.contains(&p.wire.as_str()))
            .map(|p| p.wire.clone())
    };
    // Without a page or token parameter there is no listing: the samples need not be read.
    if op.method != "GET" || (query(TOKEN_PARAMS).is_none() && query(PAGE_PARAMS).is_none()) {
        return None;
    }
    let values: Vec<Json> = op
        .success_examples()
        .into_iter()
        .filter_map(|example| match &example.body {
            ExampleBody::Json(sample) => Some(sample.tree()),
            _ => None,
        })
        .collect();
    let samples: Vec<&Json> = values.iter().collect();
    let items = items_pointer(&samples)?;
    let by_token = || {
        let param = query(TOKEN_PARAMS)?;
        let next = key_pointer(&samples, NEXT_KEYS, |v| matches!(v, Json::String(_) | Json::Null))?;
        Some(PagingStyle::PageToken { param, next })
    };
    let by_number = || {
        let param = query(PAGE_PARAMS)?;
        let more = key_pointer(&samples, MORE_KEYS, |v| matches!(v, Json::Bool(_)))?;
        Some(PagingStyle::PageNumber { param, more })
    };
    // The docs say which style when both kinds of parameter exist (Zoho v3+ has both).
    let style = match op.doc.pagination {
        Some(PaginationStyle::PageToken) => by_token().or_else(by_number),
        _ => by_number().or_else(by_token),
    }?;
    Some(Pagination { style, items, item_type: None })
}

/// `/key` of the one top-level array the samples hold (the same key in every sample that
/// has one).
fn items_pointer(samples: &[&Json]) -> Option<String> {
    let mut found: Option<&str> = None;
    for sample in samples {
        let Json::Object(pairs) = sample else { continue };
        for (key, value) in pairs {
            if matches!(value, Json::Array(_)) {
                match found {
                    Some(seen) if seen != key => return None,
                    _ => found = Some(key),
                }
            }
        }
    }
    found.map(|key| format!("/{}", escape(key)))
}

/// The pointer of the first of `keys` found at the top level or one object down, holding
/// a value `fits` accepts.
fn key_pointer(samples: &[&Json], keys: &[&str], fits: impl Fn(&Json) -> bool) -> Option<String> {
    for sample in samples {
        let Json::Object(pairs) = sample else { continue };
        for key in keys {
            if sample.get(key).is_some_and(&fits) {
                return Some(format!("/{}", escape(key)));
            }
        }
        for (outer, value) in pairs {
            if !matches!(value, Json::Object(_)) {
                continue;
            }
            for key in keys {
                if value.get(key).is_some_and(&fits) {
                    return Some(format!("/{}/{}", escape(outer), escape(key)));
                }
            }
        }
    }
    None
}

/// RFC 6901 escaping of one reference token.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// After inference: the element type of the items array in each paginated operation's
/// response type.
pub fn resolve_item_types(api: &mut Api) {
    // Indexed once: a lookup per operation by scanning `types` is quadratic on big APIs.
    let mut types: HashMap<&str, &TypeDef> = HashMap::with_capacity(api.types.len());
    for def in &api.types {
        // The first of two equal names wins, as a scan from the front would find it.
        types.entry(def.name.as_str()).or_insert(def);
    }
    for op in &mut api.operations {
        let Some(pagination) = &mut op.pagination else { continue };
        let super::model::SuccessBody::Json(response) = &op.success else { continue };
        let key = pagination.items.trim_start_matches('/').replace("~1", "/").replace("~0", "~");
        pagination.item_type = field_type(&types, response, &key).as_ref().and_then(element);
    }
}

fn field_type(types: &HashMap<&str, &TypeDef>, ty: &TypeRef, key: &str) -> Option<TypeRef> {
    match ty {
        TypeRef::Option(inner) => field_type(types, inner, key),
        TypeRef::Named(name) => match &types.get(name.as_str())?.kind {
            TypeDefKind::Alias(target) => field_type(types, target, key),
            TypeDefKind::Struct { fields, .. } => fields.iter().find(|f| f.wire == key).map(|f| f.ty.clone()),
            _ => None,
        },
        // A generic envelope: its field, with the parameter this body gives it.
        TypeRef::Applied(name, arg) => {
            field_type(types, &TypeRef::Named(name.clone()), key).map(|ty| ty.substitute(arg))
        }
        _ => None,
    }
}

fn element(ty: &TypeRef) -> Option<TypeRef> {
    match ty {
        TypeRef::Vec(inner) => Some((**inner).clone()),
        TypeRef::Option(inner) => element(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A JSON value as detection reads it.
    fn tree(value: serde_json::Value) -> Json {
        Json::from(&value)
    }

    #[test]
    fn items_are_the_one_top_level_array() {
        let a = tree(json!({"users": [{"id": 1}], "info": {"more_records": true}}));
        let b = tree(json!({"users": [], "info": {"more_records": false}}));
        assert_eq!(items_pointer(&[&a, &b]).as_deref(), Some("/users"));
        let two = tree(json!({"users": [], "roles": []}));
        assert_eq!(items_pointer(&[&two]), None, "ambiguous: no guess");
        assert_eq!(items_pointer(&[&tree(json!({"a/b": []}))]).as_deref(), Some("/a~1b"));
    }

    #[test]
    fn flags_and_tokens_are_found_one_level_down() {
        let page = tree(json!({"users": [], "info": {"more_records": false, "next_page_token": null}}));
        let is_bool = |v: &Json| matches!(v, Json::Bool(_));
        assert_eq!(key_pointer(&[&page], MORE_KEYS, is_bool).as_deref(), Some("/info/more_records"));
        assert_eq!(
            key_pointer(&[&page], NEXT_KEYS, |v| matches!(v, Json::String(_) | Json::Null)).as_deref(),
            Some("/info/next_page_token")
        );
        let text_flag = tree(json!({"info": {"more_records": "yes"}}));
        assert_eq!(key_pointer(&[&text_flag], MORE_KEYS, is_bool), None);
    }
}
