//! What a generated value keeps besides its typed fields.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

/// The members of a JSON object that its doc does not describe, and which of its documented
/// members were an explicit `null`.
///
/// Every generated struct has one, in its `extra` field. Deserializing fills it; serializing
/// writes it back, so that reading and writing a value loses nothing:
///
/// - a member the doc does not name is kept in [`members`](Extra::members), in its JSON form;
/// - a documented member that is `null` becomes `None` in its field, and its name is remembered
///   here, so it is written back as `null` while the field stays `None`. A field that is `None`
///   and not remembered is left out. Giving the field a value wins over the remembered `null`.
///
/// To write an explicit `null` (to clear a property in a PATCH body), call the struct's
/// `set_null("jsonName")`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Extra {
    members: Map<String, Value>,
    nulls: BTreeSet<&'static str>,
}

impl Extra {
    /// The members the doc does not describe, by JSON name.
    pub fn members(&self) -> &Map<String, Value> {
        &self.members
    }

    /// The members the doc does not describe, to add, change or remove some.
    pub fn members_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.members
    }

    /// The member `name`, if the doc does not describe it and it was read or set.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.members.get(name)
    }

    /// Sets the member `name`, which the doc does not describe; returns the value it replaces.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        self.members.insert(name.into(), value)
    }

    /// The JSON names of documented members remembered as explicit `null`s.
    pub fn nulls(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.nulls.iter().copied()
    }

    /// Whether there are neither extra members nor remembered nulls.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty() && self.nulls.is_empty()
    }

    pub(crate) fn is_marked_null(&self, name: &'static str) -> bool {
        !self.nulls.is_empty() && self.nulls.contains(name)
    }

    pub(crate) fn mark_null(&mut self, name: &'static str) {
        self.nulls.insert(name);
    }
}

/// An enum value that the doc does not list, kept as it was read.
///
/// Only deserialization and `FromStr` make one, and only from a value that the enum does not
/// list, so `Unrecognized` never holds a value that has a variant of its own.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized(Box<str>);

impl Unrecognized {
    /// The value, as read.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Makes an [`Unrecognized`]. Generated `FromStr` impls call it for values they do not list.
#[doc(hidden)]
pub fn unrecognized(value: &str) -> Unrecognized {
    Unrecognized(value.into())
}
