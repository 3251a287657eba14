//! Variables whose values refer to each other in a circle (`a` = `{{b}}`, `b` = `{{a}}`).
//!
//! Postman leaves such references unresolved, and so does [`Resolver::resolve`]. Where a
//! request URL uses one, the generated client would get a base URL or path that can never be
//! filled in, so that is an error naming the variable. A circle nothing uses is only a warning.

use std::collections::BTreeSet;
use std::path::Path;

use crate::error::{Error, Pointer, Warning};
use crate::postman::model::{Collection, Item, Request, Variable};
use crate::postman::Resolver;

/// Checks every request URL against the variables in its scope (collection variables, then
/// each enclosing folder's), and warns about circles no URL reaches.
pub(super) fn check(collection: &Collection, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let resolver = Resolver::new(&collection.variables);
    let mut check = Check { file: &collection.file, warnings, reported: BTreeSet::new() };
    check.items(&collection.items, &resolver)?;
    check.unused(&collection.variables, &resolver);
    Ok(())
}

struct Check<'a> {
    file: &'a Path,
    warnings: &'a mut Vec<Warning>,
    /// Variables already warned about (one warning per circle).
    reported: BTreeSet<String>,
}

impl Check<'_> {
    fn items(&mut self, items: &[Item], resolver: &Resolver) -> Result<(), Error> {
        for item in items {
            match item {
                Item::Folder(folder) => {
                    let scoped = resolver.with_overrides(&folder.variables);
                    self.items(&folder.items, &scoped)?;
                    self.unused(&folder.variables, &scoped);
                }
                Item::Request(item) => self.url(&item.request, resolver)?,
            }
        }
        Ok(())
    }

    fn url(&self, request: &Request, resolver: &Resolver) -> Result<(), Error> {
        let url = &request.url;
        let parts = [&url.raw]
            .into_iter()
            .chain(&url.protocol)
            .chain(&url.host)
            .chain(&url.port)
            .chain(&url.path)
            .chain(url.query.iter().flat_map(|q| std::iter::once(&q.key).chain(&q.value)));
        for text in parts {
            if let Some(names) = resolver.cycle(text) {
                let pointer = resolver.origin(&names[0]).cloned().unwrap_or_else(|| Pointer::root().key("variable"));
                return Err(Error::input(
                    self.file,
                    &pointer,
                    format!(
                        "a value that resolves (`{{{{{}}}}}` is used by the URL at {})",
                        names[0],
                        request.pointer.key("url")
                    ),
                    format!("a circle of references: {}", circle(&names)),
                ));
            }
        }
        Ok(())
    }

    /// Warns once per circle among `vars` (a scope's own variables).
    fn unused(&mut self, vars: &[Variable], resolver: &Resolver) {
        for var in vars {
            if self.reported.contains(&var.key) {
                continue;
            }
            let Some(names) = resolver.cycle(&format!("{{{{{}}}}}", var.key)) else { continue };
            if names[0] != var.key {
                continue; // `var` only leads into a circle of others; they get the warning.
            }
            let pointer = resolver.origin(&var.key).cloned().unwrap_or_else(|| var.pointer.clone());
            self.warnings.push(Warning::at(
                self.file,
                pointer,
                format!(
                    "`{{{{{}}}}}` refers back to itself ({}); no request URL uses it, so it is left as written",
                    var.key,
                    circle(&names)
                ),
            ));
            self.reported.extend(names);
        }
    }
}

fn circle(names: &[String]) -> String {
    names.iter().map(|n| format!("{{{{{n}}}}}")).collect::<Vec<_>>().join(" → ")
}
