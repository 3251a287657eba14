//! Types: references to types, and named type definitions.

/// A reference to a type, as used by a field, parameter or body.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// `bool`.
    Bool,
    /// `i64`.
    I64,
    /// `u64` (integers beyond `i64`).
    U64,
    /// `f64`.
    F64,
    /// `String`.
    String,
    /// `postgen_runtime::DateTime`: RFC 3339 with offset, original text kept.
    DateTime,
    /// `postgen_runtime::Date`: `YYYY-MM-DD`, original text kept.
    Date,
    /// `serde_json::Value`: anything.
    Value,
    /// `()`.
    Unit,
    /// A named type in [`super::Api::types`].
    Named(String),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>`.
    Option(Box<TypeRef>),
    /// `postgen_runtime::RecordOutcome<S, E>`: a bulk answer's entry, succeeded or failed.
    Outcome(Box<TypeRef>, Box<TypeRef>),
    /// `T`: the type parameter of a generic struct (a field that differs between the
    /// bodies sharing it).
    Param,
    /// `Name<T>`: a generic struct of [`super::Api::types`] with its parameter given.
    Applied(String, Box<TypeRef>),
}

impl TypeRef {
    /// This type with the type parameter `T` replaced by `arg`.
    pub fn substitute(&self, arg: &TypeRef) -> TypeRef {
        let sub = |inner: &TypeRef| Box::new(inner.substitute(arg));
        match self {
            TypeRef::Param => arg.clone(),
            TypeRef::Vec(inner) => TypeRef::Vec(sub(inner)),
            TypeRef::Map(inner) => TypeRef::Map(sub(inner)),
            TypeRef::Option(inner) => TypeRef::Option(sub(inner)),
            TypeRef::Outcome(s, e) => TypeRef::Outcome(sub(s), sub(e)),
            TypeRef::Applied(name, inner) => TypeRef::Applied(name.clone(), sub(inner)),
            other => other.clone(),
        }
    }

    /// Whether the type parameter `T` occurs in this type.
    pub fn mentions_param(&self) -> bool {
        match self {
            TypeRef::Param => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) | TypeRef::Applied(_, inner) => {
                inner.mentions_param()
            }
            TypeRef::Outcome(s, e) => s.mentions_param() || e.mentions_param(),
            _ => false,
        }
    }
}

/// A named type definition.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Rust type name.
    pub name: String,
    /// Rustdoc.
    pub docs: Option<String>,
    /// What it is.
    pub kind: TypeDefKind,
}

/// The kinds of named types.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeDefKind {
    /// A struct.
    Struct {
        /// Fields in API order.
        fields: Vec<Field>,
        /// What the struct is for; decides derives and field handling.
        role: StructRole,
        /// Identifier of the `#[serde(flatten)]` field that keeps unknown keys (response
        /// structs), clear of every other field's identifier.
        extra: Option<String>,
    },
    /// The API's error enum (`ApiError`): a variant per HTTP status, plus `Other`.
    ErrorEnum {
        /// The statuses and their bodies; codes are every operation's documented ones.
        errors: super::StatusResponses,
    },
    /// The success enum of an operation whose 2xx bodies differ by status.
    SuccessEnum {
        /// The operation's method name (for docs).
        operation: String,
        /// The statuses and their bodies.
        responses: super::StatusResponses,
    },
    /// An open string enum: known values as variants, anything else kept in `Other`.
    Enum {
        /// Known values in first-seen order.
        variants: Vec<Variant>,
    },
    /// `pub type Name = Target;`: a semantic alias for a deduplicated shape.
    Alias(TypeRef),
}

/// A known value of an open enum.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Variant {
    /// Rust identifier (UpperCamelCase).
    pub ident: String,
    /// The exact value on the wire.
    pub wire: String,
    /// Rustdoc.
    pub docs: Option<String>,
}

/// What a struct is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StructRole {
    /// A JSON request body: optional setters, `Default`, serialized.
    Request,
    /// A JSON response body: decoded, and encoded back for round-trips.
    Response,
    /// A form body: serialized as `x-www-form-urlencoded`.
    Form,
    /// Query and header parameters: read field by field by the generated method, never
    /// serialized (a query and a header may share a wire name).
    Params,
}

impl StructRole {
    /// Callers build these, so they get `Default` and all-optional fields.
    pub fn is_input(self) -> bool {
        !matches!(self, StructRole::Response)
    }
}

/// Whether a field is always there, and whether it can be null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Presence {
    /// Always present, never null.
    Required,
    /// Always present, sometimes null.
    RequiredNullable,
    /// Sometimes absent, never null.
    Optional,
    /// Sometimes absent, sometimes null.
    OptionalNullable,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust identifier (may be a raw identifier such as `r#type`).
    pub ident: String,
    /// Key on the wire.
    pub wire: String,
    /// The value type when present and non-null.
    pub ty: TypeRef,
    /// Presence state.
    pub presence: Presence,
    /// Rustdoc.
    pub docs: Option<String>,
}
