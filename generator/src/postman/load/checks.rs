//! Request fields of the wrong JSON type, decided the way Postman treats them.
//!
//! Postman (its collection SDK and runtime) sends some values of the wrong type anyway: a
//! number as a header value goes out as its text, a raw body that is an object goes out as
//! its JSON. Those load, with a warning naming the pointer. Others it cannot send, or sends as
//! something no author meant (`[object Object]`): those are errors (exit 2) with the pointer
//! and what was expected, never a silent guess. The rules, field by field, are in
//! ARCHITECTURE.md ("Wrong JSON types").

use std::path::Path;

use serde_json::Value;

use crate::error::{describe, Error, Pointer, Warning};

/// The checks of one request item: its file for messages, and the warnings found so far
/// (in document order), which end up in [`crate::postman::Collection::warnings`].
pub(super) struct Checks<'a> {
    file: &'a Path,
    pub(super) warnings: Vec<Warning>,
}

impl<'a> Checks<'a> {
    pub(super) fn new(file: &'a Path) -> Self {
        Checks { file, warnings: Vec::new() }
    }

    /// An input error at `pointer`: `expected`, found `value`.
    pub(super) fn wrong_type(&self, pointer: &Pointer, expected: &str, value: &Value) -> Error {
        Error::input(self.file, pointer, expected, describe(value))
    }

    pub(super) fn warn(&mut self, pointer: Pointer, message: impl Into<String>) {
        self.warnings.push(Warning::at(self.file, pointer, message));
    }

    /// A text field Postman sends as text (a header name or value, a form field): a string as
    /// it is; absent or `null` is `None`; a number or boolean is the text Postman sends for it,
    /// with a warning; an object or array (Postman would send `[object Object]`) is an error.
    pub(super) fn sent_text(
        &mut self,
        value: Option<&Value>,
        pointer: &Pointer,
        expected: &str,
    ) -> Result<Option<String>, Error> {
        match value {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(scalar @ (Value::Number(_) | Value::Bool(_))) => {
                let text = scalar.to_string();
                self.warn(
                    pointer.clone(),
                    format!("expected {expected}, found {}; read as the text `{text}`, as Postman sends it", describe(scalar)),
                );
                Ok(Some(text))
            }
            Some(other) => Err(self.wrong_type(pointer, expected, other)),
        }
    }
}
