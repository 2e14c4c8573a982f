//! `Debug` for generated structs: the object as the JSON members it writes.
//!
//! `User { id: "1", displayName: "Ada", futureProperty: {"nested":[1]} }`: the members that
//! serializing writes, under their JSON names, in the same order (documented fields in table
//! order, explicit `null`s included, then the unknown members), each value as its JSON; `{:#?}`
//! spreads nested objects over lines. A derived `Debug` would list every field, and a Graph type
//! has dozens that are `None`; and it is code per field in every generated struct, while this is
//! one generic function that reuses `serialize_fields` (in a doc set of a thousand types, the
//! derive was about a tenth of `cargo check`).

use crate::object::Object;
use serde::Serialize;
use serde::ser::{self, SerializeMap};
use std::fmt;

/// `Debug` of the generated struct `value`, named `name` (its Rust name).
pub fn debug_object<T: Object>(value: &T, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut map = DebugMap {
        out: f.debug_struct(name),
        key: None,
    };
    // A `DebugMap` fails only on a member name that is not a string, which generated code never
    // writes; a formatter's error is kept by the `DebugStruct`, and `finish` returns it.
    match value
        .serialize_fields(&mut map)
        .and_then(|()| value.extra().serialize_members(&mut map))
    {
        Ok(()) => map.out.finish(),
        Err(_) => Err(fmt::Error),
    }
}

/// The members written to it, as the fields of a `DebugStruct`.
struct DebugMap<'a, 'b> {
    out: fmt::DebugStruct<'a, 'b>,
    /// The name of the member whose value comes next.
    key: Option<String>,
}

impl SerializeMap for DebugMap<'_, '_> {
    type Ok = ();
    type Error = serde_json::Error;

    fn serialize_key<K: ?Sized + Serialize>(&mut self, key: &K) -> Result<(), Self::Error> {
        match serde_json::to_value(key)? {
            serde_json::Value::String(key) => self.key = Some(key),
            other => return Err(ser::Error::custom(format!("a member name, not {other}"))),
        }
        Ok(())
    }

    fn serialize_value<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), Self::Error> {
        let key = self.key.take().unwrap_or_default();
        self.out.field(&key, &Json(value));
        Ok(())
    }

    fn end(self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// A value shown as its JSON: compact, or with `{:#?}` indented as `Debug` indents. A value that
/// cannot be written as JSON (a `types` override whose `Serialize` fails) shows the error
/// rather than failing the formatter, which would make `format!` panic.
struct Json<'a, V: ?Sized>(&'a V);

impl<V: ?Sized + Serialize> fmt::Debug for Json<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = Vec::new();
        let written = if f.alternate() {
            let pretty = serde_json::ser::PrettyFormatter::with_indent(b"    ");
            self.0
                .serialize(&mut serde_json::Serializer::with_formatter(
                    &mut text, pretty,
                ))
        } else {
            self.0
                .serialize(&mut serde_json::Serializer::new(&mut text))
        };
        match written {
            // serde_json writes UTF-8 only.
            Ok(()) => f.write_str(&String::from_utf8_lossy(&text)),
            Err(error) => write!(f, "<not JSON: {error}>"),
        }
    }
}

#[cfg(test)]
// The glue's `set_null` and `is_null`, which these tests do not call.
#[allow(dead_code)]
mod tests {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// A `types` override whose `Serialize` fails.
    #[derive(Clone, PartialEq, Default)]
    pub struct Unwritable;

    impl Serialize for Unwritable {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("cannot be written"))
        }
    }

    impl<'de> Deserialize<'de> for Unwritable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            serde::de::IgnoredAny::deserialize(deserializer).map(|_| Unwritable)
        }
    }

    /// A struct with such a field.
    #[derive(Clone, PartialEq, Default)]
    pub struct Thing {
        /// `name`
        pub name: Option<String>,
        /// `odd`
        pub odd: Option<Unwritable>,
        /// The rest.
        pub extra: crate::Extra,
    }
    crate::__private::object! { Thing, "thing", extra, [0 name "name" value, 1 odd "odd" value] }

    #[test]
    fn a_value_that_cannot_be_written_shows_the_error_and_debug_does_not_fail() {
        let thing = Thing {
            name: Some("a".into()),
            odd: Some(Unwritable),
            extra: crate::Extra::default(),
        };
        assert_eq!(
            format!("{thing:?}"),
            r#"Thing { name: "a", odd: <not JSON: cannot be written> }"#
        );
        assert_eq!(
            format!("{thing:#?}"),
            "Thing {\n    name: \"a\",\n    odd: <not JSON: cannot be written>,\n}"
        );
    }
}
