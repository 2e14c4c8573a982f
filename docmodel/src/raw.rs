//! Unknown members kept as JSON text: the cheap way to keep what the doc does not describe.
//!
//! Building a `serde_json::Value` for every unknown member costs an allocation per key, string,
//! array and object, and a map insert per member: with three unknown members per object that
//! made reading twice as slow as serde's derive, which skips them. Instead, [`Extra`] keeps them
//! as the compact text of one JSON object (`{"name":value,...}`), in the order read, written
//! while they are parsed: one buffer per object, however many members and however deep.
//!
//! - [`open_member`] and [`Capture`] write a member into that text while deserializing;
//! - [`serialize_members`] writes the members back through any `Serializer`, in the order read;
//! - `Extra::members` parses the text into a `Map` only when asked.
//!
//! [`Extra`]: crate::Extra

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, SerializeMap, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

/// Starts the member `name` in `text`, the members read so far (`{...}`, or empty for none):
/// `text` then ends with `"name":`, ready for the value; [`Capture`] writes it and closes the
/// object again.
pub(crate) fn open_member(text: &mut Vec<u8>, name: &str) {
    match text.last() {
        Some(b'}') => {
            text.pop();
            text.push(b',');
        }
        _ => {
            text.clear();
            // Room for a few members without growing.
            text.reserve(512);
            text.push(b'{');
        }
    }
    // Writing a string to a `Vec` cannot fail.
    let _ = json(text).serialize_str(name);
    text.push(b':');
}

/// The members kept in `text` (from [`open_member`] and [`Capture`]) as a map. A member read
/// twice keeps its last value, as `serde_json::Value` does.
pub(crate) fn parse(text: &[u8]) -> Map<String, Value> {
    // The text was written by this module, so it is JSON; an empty text has no members.
    serde_json::from_slice(text).unwrap_or_default()
}

/// The member `name` kept in `text`, parsed; the last one if it was read twice. Other members
/// are skipped, not parsed into values.
pub(crate) fn get(text: &[u8], name: &str) -> Option<Value> {
    let mut reader = serde_json::Deserializer::from_slice(text);
    reader.deserialize_map(Find(name)).ok().flatten()
}

/// Finds a member by name, for [`get`].
struct Find<'n>(&'n str);

impl<'de> Visitor<'de> for Find<'_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the kept members")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(name) = access.next_key_seed(Name)? {
            if name == self.0 {
                found = Some(access.next_value()?);
            } else {
                access.next_value::<de::IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// A `serde_json` serializer that appends to `out`.
fn json(out: &mut Vec<u8>) -> serde_json::Serializer<&mut Vec<u8>> {
    serde_json::Serializer::new(out)
}

/// Deserializes one value of any kind by writing it to the end of `text` as compact JSON, then
/// closes the object that [`open_member`] opened. Nothing but the text is allocated.
pub(crate) struct Capture<'a> {
    text: &'a mut Vec<u8>,
}

impl<'a> Capture<'a> {
    /// Writes the value of the member [`open_member`] started in `text`.
    pub(crate) fn member(text: &'a mut Vec<u8>) -> Self {
        Capture { text }
    }
}

impl<'de> DeserializeSeed<'de> for Capture<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let text = self.text;
        deserializer.deserialize_any(Write(&mut *text))?;
        text.push(b'}');
        Ok(())
    }
}

/// Writes one value to the end of the text, as JSON. The same as `serde_json::Value` would
/// write after reading it: numbers as `serde_json` writes them, a float that is not finite as
/// `null`.
struct Write<'a>(&'a mut Vec<u8>);

impl Write<'_> {
    /// Maps an error of writing to the `Vec` (there are none: it only grows) to `E`.
    fn done<E: de::Error>(written: Result<(), serde_json::Error>) -> Result<(), E> {
        written.map_err(E::custom)
    }
}

impl<'de> DeserializeSeed<'de> for Write<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Write<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        Self::done(json(self.0).serialize_bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        Self::done(json(self.0).serialize_i64(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        Self::done(json(self.0).serialize_u64(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<(), E> {
        Self::done(json(self.0).serialize_i128(v))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<(), E> {
        Self::done(json(self.0).serialize_u128(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        // `serialize_f64` writes a non-finite float as `null`, as `Value` keeps it.
        Self::done(json(self.0).serialize_f64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        Self::done(json(self.0).serialize_str(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Self::done(json(self.0).serialize_unit())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        separated(self.0, [b'[', b']'], |text| {
            seq.next_element_seed(Write(text))
                .map(|element| element.is_some())
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        separated(self.0, [b'{', b'}'], |text| {
            if map.next_key_seed(Key(&mut *text))?.is_none() {
                return Ok(false);
            }
            text.push(b':');
            map.next_value_seed(Write(text)).map(|()| true)
        })
    }
}

/// Writes `open`, then the items `item` writes, separated by commas, then `close`. `item`
/// returns whether it wrote one; the comma written before it is taken back if not.
fn separated<E>(
    text: &mut Vec<u8>,
    [open, close]: [u8; 2],
    mut item: impl FnMut(&mut Vec<u8>) -> Result<bool, E>,
) -> Result<(), E> {
    text.push(open);
    let start = text.len();
    loop {
        let mark = text.len();
        if mark > start {
            text.push(b',');
        }
        if !item(text)? {
            text.truncate(mark);
            break;
        }
    }
    text.push(close);
    Ok(())
}

/// Writes an object's key, which JSON requires to be a string.
struct Key<'a>(&'a mut Vec<u8>);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        Write::done(json(self.0).serialize_str(v))
    }
}

/// Writes the members kept in `text` to `map`, in the order they were read.
pub(crate) fn serialize_members<M: SerializeMap>(text: &[u8], map: &mut M) -> Result<(), M::Error> {
    let mut failed = None;
    let mut reader = serde_json::Deserializer::from_slice(text);
    let read = reader.deserialize_map(Members {
        map,
        failed: &mut failed,
    });
    match (failed, read) {
        (Some(error), _) => Err(error),
        (None, Ok(())) => Ok(()),
        // The text was written by this module, so it reads back.
        (None, Err(error)) => Err(ser::Error::custom(error)),
    }
}

/// Reads the kept members and writes each to `map`; an error of `map` is kept in `failed`.
struct Members<'a, M: SerializeMap> {
    map: &'a mut M,
    failed: &'a mut Option<M::Error>,
}

impl<'de, M: SerializeMap> Visitor<'de> for Members<'_, M> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the kept members")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<(), A::Error> {
        while let Some(name) = access.next_key_seed(Name)? {
            access.next_value_seed(Entry {
                name: &name,
                map: &mut *self.map,
                failed: &mut *self.failed,
            })?;
        }
        Ok(())
    }
}

/// A member's name, borrowed from the text unless it has escapes.
struct Name;

impl<'de> DeserializeSeed<'de> for Name {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Name {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// Writes one member to the map, its value straight from the text.
struct Entry<'a, 'n, M: SerializeMap> {
    name: &'n str,
    map: &'a mut M,
    failed: &'a mut Option<M::Error>,
}

impl<'de, M: SerializeMap> DeserializeSeed<'de> for Entry<'_, '_, M> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let value = serde_transcode::Transcoder::new(deserializer);
        self.map
            .serialize_entry(self.name, &value)
            .map_err(|error| {
                *self.failed = Some(error);
                de::Error::custom("the serializer failed")
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Reads `input`'s members as unknown members are read: each into the text.
    fn capture(input: &str) -> Vec<u8> {
        let members: Map<String, Value> = serde_json::from_str(input).expect("an object");
        let mut text = Vec::new();
        for (name, value) in &members {
            open_member(&mut text, name);
            Capture::member(&mut text)
                .deserialize(value)
                .expect("captured");
        }
        text
    }

    #[test]
    fn members_are_written_as_compact_json_and_read_back() {
        let input = r#"{"a": [1, -2, 3.5, [], {}], "b\n": {"c": null, "d": "\u00e9\"\u0001"},
                        "e": true, "f": 18446744073709551615, "g": []}"#;
        let text = capture(input);
        assert_eq!(
            String::from_utf8_lossy(&text),
            r#"{"a":[1,-2,3.5,[],{}],"b\n":{"c":null,"d":"é\"\u0001"},"e":true,"f":18446744073709551615,"g":[]}"#
        );
        let read: Map<String, Value> = serde_json::from_str(input).expect("an object");
        assert_eq!(parse(&text), read);
    }

    #[test]
    fn one_member_is_found_by_name_and_the_last_one_wins() {
        let text = br#"{"a":1,"b\n":{"c":[2]},"a":3}"#;
        assert_eq!(get(text, "a"), Some(json!(3)));
        assert_eq!(get(text, "b\n"), Some(json!({"c": [2]})));
        assert_eq!(get(text, "c"), None);
        assert_eq!(get(b"", "a"), None);
    }

    #[test]
    fn an_empty_text_has_no_members() {
        assert!(parse(b"").is_empty());
        let mut text = Vec::new();
        open_member(&mut text, "x");
        Capture::member(&mut text)
            .deserialize(&json!(1))
            .expect("captured");
        assert_eq!(text, br#"{"x":1}"#);
    }

    #[test]
    fn members_are_written_back_in_the_order_read_through_any_serializer() {
        let text = br#"{"z":1,"a":{"k":[true,"\u00e9"]},"m\"":null}"#;
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        let mut map = serializer.serialize_map(None).expect("a map");
        serialize_members(text, &mut map).expect("written");
        SerializeMap::end(map).expect("ended");
        assert_eq!(
            String::from_utf8_lossy(&out),
            r#"{"z":1,"a":{"k":[true,"é"]},"m\"":null}"#
        );

        // To a `Value`, through serde_json's value serializer.
        let mut map = serde_json::value::Serializer
            .serialize_map(None)
            .expect("a map");
        serialize_members(text, &mut map).expect("written");
        let value = SerializeMap::end(map).expect("ended");
        assert_eq!(value, json!({"z": 1, "a": {"k": [true, "é"]}, "m\"": null}));
    }

    #[test]
    fn a_failing_serializer_reports_its_own_error() {
        /// Fails on every value.
        struct Failing;
        impl SerializeMap for Failing {
            type Ok = ();
            type Error = serde_json::Error;
            fn serialize_key<T: ?Sized + ser::Serialize>(
                &mut self,
                _: &T,
            ) -> Result<(), Self::Error> {
                Ok(())
            }
            fn serialize_value<T: ?Sized + ser::Serialize>(
                &mut self,
                _: &T,
            ) -> Result<(), Self::Error> {
                Err(ser::Error::custom("no values here"))
            }
            fn end(self) -> Result<(), Self::Error> {
                Ok(())
            }
        }
        let error = serialize_members(br#"{"a":1}"#, &mut Failing).expect_err("fails");
        assert_eq!(error.to_string(), "no values here");
    }
}
