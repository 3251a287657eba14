//! The collection file read as a stream: every item is converted to the model as soon as the
//! parser has passed it, and its JSON dropped.
//!
//! A whole collection as one `serde_json::Value` tree costs about six times the file (every
//! small object is a hash map), and almost all of it is items. Everything outside the `item`
//! arrays (`info`, `variable`, `auth`, an item's own members) is small and stays a value for
//! the loader to walk as before. Conversion errors are kept, not raised, until the loader
//! asks for the items: a syntax error or a repeated key anywhere in the file still wins, and
//! `info` is still checked before any item.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::convert::{is_request_item, Pipeline};
use super::Loader;
use crate::error::{describe, Error, Pointer};
use crate::input::{Node, Segment, State};
use crate::postman::model::Item;

/// The items of one `item` array, or the first error converting them (in document order).
pub(super) type Items = Result<Vec<Item>, Error>;

/// An object read with its `item` array converted.
#[derive(Default)]
pub(super) struct Streamed {
    /// The members; a converted `item` array (and a streamed `collection` wrapper) left as
    /// an empty array (object) here, so lookups see the key and the value's kind.
    pub map: Map<String, Value>,
    /// The converted `item` array, when `item` was an array.
    pub items: Option<Items>,
    /// The root's `collection` member, when it is an object (Postman API exports wrap the
    /// collection in one).
    pub wrapped: Option<Box<Streamed>>,
}

/// What one position in the document turned out to be.
pub(super) enum Parsed {
    /// An object where items may be (the root, a wrapper, an item).
    Object(Streamed),
    /// An `item` array, converted.
    Items(Items),
    /// Anything else, as a value.
    Other(Value),
}

impl Parsed {
    /// What it is, in the words of an `expected …, found …` error.
    pub(super) fn describe(&self) -> String {
        match self {
            Parsed::Object(_) => "an object".to_owned(),
            Parsed::Items(_) => "an array".to_owned(),
            Parsed::Other(value) => describe(value),
        }
    }
}

/// The seed for the whole document; request items are converted through `pipeline`.
pub(super) fn root<'a>(loader: &'a Loader<'a>, state: &'a State, pipeline: &'a Pipeline<'a>) -> Stream<'a> {
    Stream { loader, state, pipeline, pointer: Pointer::root(), kind: Kind::Object(Level::Root) }
}

/// Which objects a member named `item` (or `collection`) is streamed in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// The document root: `item`, and a `collection` wrapper.
    Root,
    /// A `collection` wrapper or an item: `item` only.
    Nested,
}

#[derive(Clone, Copy)]
enum Kind {
    /// An object whose `item` is streamed.
    Object(Level),
    /// The value of an `item` member: streamed when it is an array.
    Items,
}

/// A seed (and its visitor) for one position; values of other kinds than it streams are
/// built as [`Node`] builds them, so duplicate keys are refused everywhere.
pub(super) struct Stream<'a> {
    loader: &'a Loader<'a>,
    state: &'a State,
    pipeline: &'a Pipeline<'a>,
    /// Where the value is.
    pointer: Pointer,
    kind: Kind,
}

impl<'a> Stream<'a> {
    fn at(&self, pointer: Pointer, kind: Kind) -> Stream<'a> {
        Stream { loader: self.loader, state: self.state, pipeline: self.pipeline, pointer, kind }
    }

    fn node(&self) -> Node<'a> {
        Node::new(self.state)
    }

    /// An object's members; `item` (and at the root `collection`) streamed.
    fn members<'de, A: MapAccess<'de>>(self, level: Level, mut access: A) -> Result<Streamed, A::Error> {
        let mut out = Streamed::default();
        while let Some(key) = access.next_key::<String>()? {
            if out.map.contains_key(&key) {
                return Err(self.state.repeated(key));
            }
            let parsed = match key.as_str() {
                "item" => access.next_value_seed(self.at(self.pointer.key("item"), Kind::Items)),
                "collection" if level == Level::Root => {
                    access.next_value_seed(self.at(self.pointer.key("collection"), Kind::Object(Level::Nested)))
                }
                _ => access.next_value_seed(self.node()).map(Parsed::Other),
            };
            let value = match parsed {
                Ok(Parsed::Other(value)) => value,
                Ok(Parsed::Items(items)) => {
                    out.items = Some(items);
                    Value::Array(Vec::new())
                }
                Ok(Parsed::Object(inner)) => {
                    out.wrapped = Some(Box::new(inner));
                    Value::Object(Map::new())
                }
                Err(e) => {
                    self.state.unwinding(Segment::Key(key));
                    return Err(e);
                }
            };
            out.map.insert(key, value);
        }
        Ok(out)
    }

    /// An `item` array: each element converted once parsed (a request item by the pipeline's
    /// worker, redeemed when the array ends); after the first error the rest is only parsed
    /// (a syntax error later in the file is still reported first), and the first error in
    /// document order is the array's.
    fn elements<'de, A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items, A::Error> {
        let mut slots = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        let mut failed = false;
        let mut index = 0;
        loop {
            let pointer = self.pointer.index(index);
            let element = match seq.next_element_seed(self.at(pointer.clone(), Kind::Object(Level::Nested))) {
                Ok(Some(element)) => element,
                Ok(None) => break,
                Err(e) => {
                    self.state.unwinding(Segment::Index(index));
                    return Err(e);
                }
            };
            index += 1;
            if failed {
                continue;
            }
            let slot = match element {
                Parsed::Object(object) if is_request_item(&object.map) => {
                    self.pipeline.submit(object.map, pointer).map(Slot::Pending)
                }
                Parsed::Object(object) => match self.loader.item(&object.map, pointer, object.items) {
                    Ok(Some(item)) => Ok(Slot::Ready(item)),
                    Ok(None) => continue,
                    Err(e) => Err(e),
                },
                other => Err(Error::input(
                    self.loader.file,
                    &pointer,
                    "an item object (a request or a folder)",
                    other.describe(),
                )),
            };
            failed = slot.is_err();
            slots.push(slot);
        }
        let mut items = Vec::with_capacity(slots.len());
        for slot in slots {
            match slot {
                Ok(Slot::Ready(item)) => items.push(item),
                Ok(Slot::Pending(ticket)) => match self.pipeline.redeem(ticket) {
                    Ok(request) => items.push(Item::Request(Box::new(request))),
                    Err(e) => return Ok(Err(e)),
                },
                Err(e) => return Ok(Err(e)),
            }
        }
        Ok(Ok(items))
    }
}

/// An element of an `item` array: converted, or handed to the pipeline's worker.
enum Slot {
    Ready(Item),
    Pending(u64),
}

impl<'de> DeserializeSeed<'de> for Stream<'_> {
    type Value = Parsed;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Parsed, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Stream<'_> {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, access: A) -> Result<Parsed, A::Error> {
        match self.kind {
            Kind::Object(level) => self.members(level, access).map(Parsed::Object),
            Kind::Items => self.node().visit_map(access).map(Parsed::Other),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Parsed, A::Error> {
        match self.kind {
            Kind::Items => self.elements(seq).map(Parsed::Items),
            Kind::Object(_) => self.node().visit_seq(seq).map(Parsed::Other),
        }
    }

    // Scalars are never streamed.

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Parsed, E> {
        self.node().visit_bool(v).map(Parsed::Other)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Parsed, E> {
        self.node().visit_i64(v).map(Parsed::Other)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Parsed, E> {
        self.node().visit_u64(v).map(Parsed::Other)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Parsed, E> {
        self.node().visit_f64(v).map(Parsed::Other)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Parsed, E> {
        self.node().visit_str(v).map(Parsed::Other)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Parsed, E> {
        self.node().visit_string(v).map(Parsed::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Parsed, E> {
        self.node().visit_unit().map(Parsed::Other)
    }

    fn visit_none<E: de::Error>(self) -> Result<Parsed, E> {
        self.node().visit_none().map(Parsed::Other)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Parsed, D::Error> {
        self.deserialize(deserializer)
    }
}
