//! What the vendor's doc pages say about an operation, beside what its examples show.
//!
//! Filled from schema files by `merge`; read by `infer`, where the doc wins on types,
//! requiredness, enum values and descriptions, and by `emit` for rustdoc (scopes, error
//! tables). Collections alone leave all of this empty.

/// Doc facts about one operation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationDoc {
    /// OAuth scopes the operation needs (any one of them).
    pub scopes: Vec<String>,
    /// Documented keys of the request body (the root object).
    pub request: Option<KeyDoc>,
    /// Documented keys of the success response body (the root object).
    pub response: Option<KeyDoc>,
    /// The doc's error table.
    pub errors: Vec<DocError>,
    /// The documented pagination style.
    pub pagination: Option<PaginationStyle>,
}

/// A documented body key (or a body root, with an empty `wire`).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyDoc {
    /// Key on the wire.
    pub wire: String,
    /// Documented type.
    pub ty: DocType,
    /// Mandatory in requests / always present in responses.
    pub required: bool,
    /// Description, as written.
    pub docs: Option<String>,
    /// Documented values (an open enum).
    pub values: Vec<DocValue>,
    /// Element type of an array of scalars.
    pub items: Option<DocType>,
    /// Keys of the object, or of the objects in the array.
    pub keys: Vec<KeyDoc>,
}

impl KeyDoc {
    /// A body root holding `keys`.
    pub fn root(keys: Vec<KeyDoc>) -> Self {
        KeyDoc { wire: String::new(), ty: DocType::Object, required: true, docs: None, values: Vec::new(), items: None, keys }
    }

    /// The documented key `wire` of this object.
    pub fn key(&self, wire: &str) -> Option<&KeyDoc> {
        self.keys.iter().find(|k| k.wire == wire)
    }

    /// What the doc says about one element of this array, when it says anything.
    pub fn element(&self) -> Option<KeyDoc> {
        let ty = match (self.items, self.keys.is_empty()) {
            (Some(ty), _) => ty,
            (None, false) => DocType::Object,
            (None, true) if !self.values.is_empty() => DocType::String,
            (None, true) => return None,
        };
        Some(KeyDoc {
            wire: self.wire.clone(),
            ty,
            required: true,
            docs: None,
            values: self.values.clone(),
            items: None,
            keys: self.keys.clone(),
        })
    }
}

/// Types the docs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocType {
    /// Text.
    String,
    /// Whole number.
    Integer,
    /// Any number.
    Number,
    /// `true` / `false`.
    Boolean,
    /// RFC 3339 date-time.
    DateTime,
    /// `YYYY-MM-DD`.
    Date,
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// Anything.
    Any,
}

impl DocType {
    /// How the docs would say it (for warnings).
    pub fn describe(self) -> &'static str {
        match self {
            DocType::String => "a string",
            DocType::Integer => "an integer",
            DocType::Number => "a number",
            DocType::Boolean => "a boolean",
            DocType::DateTime => "a date-time",
            DocType::Date => "a date",
            DocType::Object => "an object",
            DocType::Array => "an array",
            DocType::Any => "any value",
        }
    }
}

/// A documented value of an enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocValue {
    /// The exact wire value.
    pub wire: String,
    /// What it means.
    pub docs: Option<String>,
}

/// A row of a doc's error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    /// The code as sent.
    pub code: String,
    /// The HTTP status it comes with.
    pub status: u16,
    /// The documented message.
    pub message: Option<String>,
    /// What to do about it.
    pub resolution: Option<String>,
}

/// Documented pagination styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaginationStyle {
    /// `page` / `per_page` with `info.more_records`.
    Page,
    /// `page_token` / `next_page_token`.
    PageToken,
}

/// Doc facts about a parameter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParamDoc {
    /// Documented values (an open enum).
    pub values: Vec<DocValue>,
    /// Default value, as the docs write it.
    pub default: Option<String>,
    /// Maximum, as the docs write it.
    pub max: Option<String>,
}
