//! [`Patch`]: a request-body field that distinguishes "not set" from "set to null".

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A request-body field with three states: leave it out, send `null`, or send a value.
///
/// Update endpoints change only the fields present in the body, so "not sent" (keep the
/// current value) and `null` (clear it) are different requests. Generated request types
/// use `Patch<T>` for every body field, so only what the caller set is sent, as the
/// vendors' own SDKs do. Generated fields look like this:
///
/// ```
/// use postgen_runtime::Patch;
/// use postgen_runtime::serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Default, Serialize, Deserialize)]
/// #[serde(crate = "::postgen_runtime::serde")]
/// struct UpdateUser {
///     #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
///     phone: ::postgen_runtime::Patch<String>,
///     #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
///     fax: ::postgen_runtime::Patch<String>,
///     #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
///     mobile: ::postgen_runtime::Patch<String>,
/// }
///
/// let body = UpdateUser {
///     phone: "555-0100".to_owned().into(), // Patch::Value
///     fax: Patch::Null,                    // also `None.into()`
///     ..Default::default()                 // mobile: Patch::Absent
/// };
/// assert_eq!(
///     postgen_runtime::serde_json::to_string(&body)?,
///     r#"{"phone":"555-0100","fax":null}"#,
/// );
/// # Ok::<(), postgen_runtime::serde_json::Error>(())
/// ```
///
/// Serde mapping:
/// - serializing: [`Patch::Value`] serializes as its value and [`Patch::Null`] as `null`.
///   [`Patch::Absent`] also serializes as `null` — a `Patch` cannot remove its own key, so
///   the field must carry `skip_serializing_if = "::postgen_runtime::Patch::is_absent"`
///   (generated code always does) for the key to be left out.
/// - deserializing: `null` gives [`Patch::Null`] and any other value gives
///   [`Patch::Value`]; a missing key gives [`Patch::Absent`] through `#[serde(default)]` on
///   the field. Because `null` is taken before `T` sees it, a `Patch<Option<U>>` or
///   `Patch<serde_json::Value>` never decodes to `Value(None)` / `Value(Value::Null)`.
///
/// Constructing: `Patch::from(value)` or `value.into()` gives `Value`; an `Option<T>`
/// converts too (`None` → `Null`, `Some(v)` → `Value(v)`). The accessor for the value is
/// [`Patch::get`].
///
/// `Default` is [`Patch::Absent`] for every `T`, including types without a `Default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Patch<T> {
    /// Not set: the key is left out of the request body.
    #[default]
    Absent,
    /// Explicitly `null`: the key is sent with a JSON `null` (clears the field).
    Null,
    /// A value to send.
    Value(T),
}

impl<T> Patch<T> {
    /// `true` for [`Patch::Absent`]; the `skip_serializing_if` predicate of generated fields.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// `true` for [`Patch::Null`].
    pub const fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// `true` for [`Patch::Value`].
    pub const fn is_value(&self) -> bool {
        matches!(self, Self::Value(_))
    }

    /// The value, if this is [`Patch::Value`]; `None` for both `Absent` and `Null`.
    pub const fn get(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// The value mutably, if this is [`Patch::Value`].
    pub fn get_mut(&mut self) -> Option<&mut T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// Borrows the value: `Patch<T>` → `Patch<&T>`, keeping the state.
    pub const fn as_ref(&self) -> Patch<&T> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(value),
        }
    }

    /// Borrows the value mutably: `Patch<T>` → `Patch<&mut T>`, keeping the state.
    pub fn as_mut(&mut self) -> Patch<&mut T> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(value),
        }
    }

    /// The value, if this is [`Patch::Value`]; `None` for both `Absent` and `Null`
    /// (use [`Patch::into_nested_option`] to keep them apart).
    pub fn into_option(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// All three states as nested options: `Absent` → `None`, `Null` → `Some(None)`,
    /// `Value(v)` → `Some(Some(v))`.
    pub fn into_nested_option(self) -> Option<Option<T>> {
        match self {
            Self::Absent => None,
            Self::Null => Some(None),
            Self::Value(value) => Some(Some(value)),
        }
    }

    /// Maps the value with `f`, keeping `Absent` and `Null` as they are.
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Patch<U> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(f(value)),
        }
    }
}

impl<T> From<T> for Patch<T> {
    /// `Patch::Value(value)`.
    fn from(value: T) -> Self {
        Self::Value(value)
    }
}

impl<T> From<Option<T>> for Patch<T> {
    /// `None` → [`Patch::Null`], `Some(v)` → [`Patch::Value`].
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Self::Value(value),
            None => Self::Null,
        }
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Value(value) => value.serialize(serializer),
            // `Absent` is normally skipped by `skip_serializing_if`; if not, it is `null`.
            Self::Null | Self::Absent => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}
