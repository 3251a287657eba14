//! `[pagination.<operation>]` of `postgen.toml`: how an operation pages, when detection
//! from the examples and docs is wrong or finds nothing.
//!
//! ```toml
//! [pagination.get_users]
//! style = "page"                 # "page", "page_token" or "none"
//! param = "page"                 # query parameter (default: `page` / `page_token`)
//! more = "/info/more_records"    # style "page": pointer to the "more pages follow" flag
//! next = "/info/next_page_token" # style "page_token": pointer to the next token
//! items = "/users"               # pointer to the array of items
//! ```

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Pointer};
use crate::ir::{PaginationOverride, PagingStyle};

/// One `[pagination.<operation>]` table as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaginationEntry {
    /// `page`, `page_token` or `none`.
    pub style: String,
    /// The query parameter carrying the page number or token.
    pub param: Option<String>,
    /// JSON pointer to the "more pages follow" flag (style `page`).
    pub more: Option<String>,
    /// JSON pointer to the next page's token (style `page_token`).
    pub next: Option<String>,
    /// JSON pointer to the array of items.
    pub items: Option<String>,
}

impl PaginationEntry {
    /// The override for operation `name`; problems name `file` and `/pagination/<name>/<key>`.
    pub fn validate(&self, name: &str, file: &Path) -> Result<PaginationOverride, Error> {
        let at = Pointer::root().key("pagination").key(name);
        let pointer = |key: &str, value: &Option<String>| -> Result<String, Error> {
            match value {
                Some(p) if p.starts_with('/') => Ok(p.clone()),
                Some(p) => Err(Error::input(file, &at.key(key), "a JSON pointer starting with `/`", format!("`{p}`"))),
                None => Err(Error::input(file, &at.key(key), format!("`{key}` for style `{}`", self.style), "nothing")),
            }
        };
        let style = match self.style.as_str() {
            "none" => return Ok(PaginationOverride::None),
            "page" => PagingStyle::PageNumber {
                param: self.param.clone().unwrap_or_else(|| "page".to_owned()),
                more: pointer("more", &self.more)?,
            },
            "page_token" => PagingStyle::PageToken {
                param: self.param.clone().unwrap_or_else(|| "page_token".to_owned()),
                next: pointer("next", &self.next)?,
            },
            other => {
                return Err(Error::input(file, &at.key("style"), "`page`, `page_token` or `none`", format!("`{other}`")));
            }
        };
        Ok(PaginationOverride::Paged { style, items: pointer("items", &self.items)? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> PaginationEntry {
        toml::from_str(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn page_and_token_styles_with_defaults() {
        let file = Path::new("postgen.toml");
        let page = entry("style = \"page\"\nmore = \"/info/more_records\"\nitems = \"/users\"");
        assert_eq!(
            page.validate("get_users", file).ok(),
            Some(PaginationOverride::Paged {
                style: PagingStyle::PageNumber { param: "page".into(), more: "/info/more_records".into() },
                items: "/users".into(),
            })
        );
        let none = entry("style = \"none\"");
        assert_eq!(none.validate("get_users", file).ok(), Some(PaginationOverride::None));
    }

    #[test]
    fn problems_name_the_key() {
        let file = Path::new("postgen.toml");
        let missing = entry("style = \"page_token\"\nitems = \"/data\"");
        let shown = missing.validate("list", file).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(shown.contains("/pagination/list/next"), "{shown}");
        let bad = entry("style = \"offset\"");
        let shown = bad.validate("list", file).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(shown.contains("/pagination/list/style") && shown.contains("`offset`"), "{shown}");
        let relative = entry("style = \"page\"\nmore = \"info.more\"\nitems = \"/a\"");
        let shown = relative.validate("list", file).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(shown.contains("/pagination/list/more"), "{shown}");
    }
}
