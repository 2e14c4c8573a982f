//! Unknown members kept as a tape: the cheap way to keep what the doc does not describe.
//!
//! Building a `serde_json::Value` for every unknown member costs an allocation per key, string,
//! array and object, and a map insert per member: with three unknown members per object that
//! made reading twice as slow as serde's derive, which skips them. Instead, [`Extra`] keeps them
//! in one buffer per object, in the order read, written while they are parsed, however many
//! members and however deep: the members' names and values as the deserializer handed them over,
//! in a small binary form (a *tape*). Compared with keeping their JSON text, nothing is escaped
//! or formatted on the way in, and nothing is parsed on the way out: strings are copied as they
//! are, numbers keep their bits (a float is written back as exactly the float that was read).
//!
//! - [`open_member`] and [`Capture`] write a member to the tape while deserializing;
//! - [`serialize_members`] writes the members back through any `Serializer`, in the order read;
//! - [`parse`] and [`get`] turn them into `Value`s, only when asked.
//!
//! The tape is a sequence of members, each a name then a value:
//!
//! ```text
//! name   := len:u32 utf8-bytes
//! value  := NULL | FALSE | TRUE | U64 u64 | I64 i64 | F64 f64 | STR len:u32 utf8-bytes
//!         | ARRAY count:u32 size:u32 value*count
//!         | OBJECT count:u32 size:u32 (name value)*count
//! ```
//!
//! Numbers are little-endian; `size` is the byte length of what follows it, so that a value is
//! skipped without reading it. Only this module writes a tape, so reading one never fails in
//! practice; a tape that does not read is still an error, never a panic.
//!
//! [`Extra`]: crate::Extra

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Number, Value};
use std::fmt;

const NULL: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const U64: u8 = 3;
const I64: u8 = 4;
const F64: u8 = 5;
const STR: u8 = 6;
const ARRAY: u8 = 7;
const OBJECT: u8 = 8;

/// Why a string, array or object cannot be kept: it is longer than a tape can say (4 GiB).
const TOO_LONG: &str = "a value of 4 GiB or more cannot be kept as an unknown member";

/// Writes a length, or fails if it does not fit.
fn put_len<E: de::Error>(tape: &mut Vec<u8>, len: usize) -> Result<(), E> {
    let len = u32::try_from(len).map_err(|_| E::custom(TOO_LONG))?;
    tape.extend_from_slice(&len.to_le_bytes());
    Ok(())
}

/// Writes a string (a name, or the payload of [`STR`]).
fn put_str<E: de::Error>(tape: &mut Vec<u8>, s: &str) -> Result<(), E> {
    put_len(tape, s.len())?;
    tape.extend_from_slice(s.as_bytes());
    Ok(())
}

/// Starts the member `name` on `tape`, the members read so far: [`Capture`] writes its value.
pub(crate) fn open_member<E: de::Error>(tape: &mut Vec<u8>, name: &str) -> Result<(), E> {
    if tape.capacity() == 0 {
        // Room for one small member without growing (`"futureProperty": {"nested": [1, 2,
        // 3], "flag": true}` takes 82 bytes); more members grow the buffer by doubling. The
        // 512 bytes reserved before made reading the benchmark's `future` payload (one object
        // in four with that member) about 5% slower, nearly all of it in the allocator
        // (`malloc_consolidate`, `_int_free`, `unlink_chunk` in `perf`). The `unknown`
        // payload's members (about 350 bytes per object) now grow the buffer twice: two more
        // allocations per object, and 0.60-0.66x hand-written over later runs against
        // 0.67-0.73x before, about the spread between runs (no target there; 1.6-1.9x
        // `flatten` holds). Reserving what the last object used, a global hint, measured no
        // better on either payload, so it was left out.
        tape.reserve(128);
    }
    put_str(tape, name)
}

/// Keeps each member of `members` on `tape`, after those already there.
pub(crate) fn keep(
    tape: &mut Vec<u8>,
    members: &Map<String, Value>,
) -> Result<(), serde_json::Error> {
    for (name, value) in members {
        open_member(tape, name)?;
        Capture::member(tape).deserialize(value)?;
    }
    Ok(())
}

/// Deserializes one value of any kind by writing it to the end of the tape. Nothing but the
/// tape is allocated.
pub(crate) struct Capture<'a> {
    tape: &'a mut Vec<u8>,
}

impl<'a> Capture<'a> {
    /// Writes the value of the member [`open_member`] started on `tape`.
    pub(crate) fn member(tape: &'a mut Vec<u8>) -> Self {
        Capture { tape }
    }
}

impl<'de> DeserializeSeed<'de> for Capture<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(Write(self.tape))
    }
}

/// Writes one value to the end of the tape.
struct Write<'a>(&'a mut Vec<u8>);

impl Write<'_> {
    fn tagged(self, tag: u8, bytes: [u8; 8]) {
        self.0.push(tag);
        self.0.extend_from_slice(&bytes);
    }

    /// Writes an array's or object's tag, then its items (`item` writes one and says whether
    /// there was one), then its count and size in the room left for them after the tag.
    fn nested<E: de::Error>(
        self,
        tag: u8,
        mut item: impl FnMut(&mut Vec<u8>) -> Result<bool, E>,
    ) -> Result<(), E> {
        let tape = self.0;
        tape.push(tag);
        let header = tape.len();
        tape.extend_from_slice(&[0; 8]);
        let mut count = 0usize;
        while item(tape)? {
            count += 1;
        }
        let size = tape.len() - header - 8;
        let (count, size) = match (u32::try_from(count), u32::try_from(size)) {
            (Ok(count), Ok(size)) => (count, size),
            _ => return Err(E::custom(TOO_LONG)),
        };
        if let Some(room) = tape.get_mut(header..).and_then(<[u8]>::first_chunk_mut) {
            // Little-endian: the count's four bytes, then the size's.
            *room = (u64::from(size) << 32 | u64::from(count)).to_le_bytes();
        }
        Ok(())
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
        self.0.push(if v { TRUE } else { FALSE });
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.tagged(I64, v.to_le_bytes());
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.tagged(U64, v.to_le_bytes());
        Ok(())
    }

    /// As JSON text would have kept it: an integer if it fits 64 bits, else the nearest float
    /// (what `serde_json` reads such a number as).
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<(), E> {
        match (u64::try_from(v), i64::try_from(v)) {
            (Ok(v), _) => self.visit_u64(v),
            (_, Ok(v)) => self.visit_i64(v),
            _ => self.visit_f64(v as f64),
        }
    }

    /// As [`visit_i128`](Self::visit_i128).
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<(), E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => self.visit_f64(v as f64),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.tagged(F64, v.to_le_bytes());
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push(STR);
        put_str(self.0, v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.0.push(NULL);
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.nested(ARRAY, |tape| {
            seq.next_element_seed(Write(tape))
                .map(|element| element.is_some())
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.nested(OBJECT, |tape| {
            if map.next_key_seed(Key(&mut *tape))?.is_none() {
                return Ok(false);
            }
            map.next_value_seed(Write(tape)).map(|()| true)
        })
    }
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
        put_str(self.0, v)
    }
}

// --- Reading the tape ---------------------------------------------------------------------

/// A tape that does not read: only a bug in this module could make one.
#[derive(Debug)]
struct Broken;

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("docmodel's kept unknown members are damaged (a bug in docmodel)")
    }
}

/// Reads the tape from the front.
#[derive(Clone, Copy)]
struct Reader<'t>(&'t [u8]);

impl<'t> Reader<'t> {
    fn take(&mut self, n: usize) -> Result<&'t [u8], Broken> {
        let (head, rest) = self.0.split_at_checked(n).ok_or(Broken)?;
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, Broken> {
        let (&first, rest) = self.0.split_first().ok_or(Broken)?;
        self.0 = rest;
        Ok(first)
    }

    /// The next `N` bytes.
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], Broken> {
        let (&head, rest) = self.0.split_first_chunk().ok_or(Broken)?;
        self.0 = rest;
        Ok(head)
    }

    fn len(&mut self) -> Result<usize, Broken> {
        usize::try_from(u32::from_le_bytes(self.bytes()?)).map_err(|_| Broken)
    }

    fn str(&mut self) -> Result<&'t str, Broken> {
        let len = self.len()?;
        std::str::from_utf8(self.take(len)?).map_err(|_| Broken)
    }

    /// The next value, and the reader past it.
    fn value(&mut self) -> Result<Item<'t>, Broken> {
        Ok(match self.byte()? {
            NULL => Item::Null,
            FALSE => Item::Bool(false),
            TRUE => Item::Bool(true),
            U64 => Item::U64(u64::from_le_bytes(self.bytes()?)),
            I64 => Item::I64(i64::from_le_bytes(self.bytes()?)),
            F64 => Item::F64(f64::from_le_bytes(self.bytes()?)),
            STR => Item::Str(self.str()?),
            tag @ (ARRAY | OBJECT) => {
                let count = self.len()?;
                let size = self.len()?;
                let items = Reader(self.take(size)?);
                if tag == ARRAY {
                    Item::Array(count, items)
                } else {
                    Item::Object(count, items)
                }
            }
            _ => return Err(Broken),
        })
    }

    /// The next member: its name and value.
    fn member(&mut self) -> Result<Option<(&'t str, Item<'t>)>, Broken> {
        if self.0.is_empty() {
            return Ok(None);
        }
        let name = self.str()?;
        Ok(Some((name, self.value()?)))
    }
}

/// One value of the tape; an array or object holds the reader of its items.
#[derive(Clone, Copy)]
enum Item<'t> {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(&'t str),
    Array(usize, Reader<'t>),
    Object(usize, Reader<'t>),
}

impl Item<'_> {
    /// The value as a `serde_json::Value` (a float that is not finite becomes `null`, as
    /// `Value` has no such number).
    fn to_value(self) -> Result<Value, Broken> {
        Ok(match self {
            Item::Null => Value::Null,
            Item::Bool(b) => Value::Bool(b),
            Item::U64(n) => Value::Number(n.into()),
            Item::I64(n) => Value::Number(n.into()),
            Item::F64(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
            Item::Str(s) => Value::String(s.to_owned()),
            Item::Array(count, mut items) => {
                let mut array = Vec::with_capacity(count);
                for _ in 0..count {
                    array.push(items.value()?.to_value()?);
                }
                Value::Array(array)
            }
            Item::Object(_, mut items) => {
                let mut object = Map::new();
                while let Some((name, value)) = items.member()? {
                    object.insert(name.to_owned(), value.to_value()?);
                }
                Value::Object(object)
            }
        })
    }
}

impl Serialize for Item<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Item::Null => serializer.serialize_unit(),
            Item::Bool(b) => serializer.serialize_bool(b),
            Item::U64(n) => serializer.serialize_u64(n),
            Item::I64(n) => serializer.serialize_i64(n),
            Item::F64(f) => serializer.serialize_f64(f),
            Item::Str(s) => serializer.serialize_str(s),
            Item::Array(count, mut items) => {
                let mut seq = serializer.serialize_seq(Some(count))?;
                for _ in 0..count {
                    seq.serialize_element(&items.value().map_err(ser::Error::custom)?)?;
                }
                seq.end()
            }
            Item::Object(count, mut items) => {
                let mut map = serializer.serialize_map(Some(count))?;
                while let Some((name, value)) = items.member().map_err(ser::Error::custom)? {
                    map.serialize_entry(name, &value)?;
                }
                map.end()
            }
        }
    }
}

/// The members kept on `tape` as a map. A member read twice keeps its last value, as
/// `serde_json::Value` does.
pub(crate) fn parse(tape: &[u8]) -> Map<String, Value> {
    let mut members = Map::new();
    let mut reader = Reader(tape);
    // The tape was written by this module; were it damaged, the members read so far are kept.
    while let Ok(Some((name, value))) = reader.member() {
        let Ok(value) = value.to_value() else { break };
        members.insert(name.to_owned(), value);
    }
    members
}

/// The member `name` kept on `tape`, as a value; the last one if it was read twice. Other
/// members are skipped, not made into values.
pub(crate) fn get(tape: &[u8], name: &str) -> Option<Value> {
    let mut found = None;
    let mut reader = Reader(tape);
    while let Ok(Some((member, value))) = reader.member() {
        if member == name {
            found = Some(value);
        }
    }
    found?.to_value().ok()
}

/// Writes the members kept on `tape` to `map`, in the order they were read.
pub(crate) fn serialize_members<M: SerializeMap>(tape: &[u8], map: &mut M) -> Result<(), M::Error> {
    let mut reader = Reader(tape);
    while let Some((name, value)) = reader.member().map_err(ser::Error::custom)? {
        map.serialize_entry(name, &value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Keeps `members` (repeats allowed) as unknown members are kept: each on the tape.
    fn capture(members: &[(&str, Value)]) -> Vec<u8> {
        let mut tape = Vec::new();
        for (name, value) in members {
            open_member::<serde_json::Error>(&mut tape, name).expect("opened");
            Capture::member(&mut tape)
                .deserialize(value)
                .expect("captured");
        }
        tape
    }

    /// The members of `tape` written as one JSON object, in the order read.
    fn written(tape: &[u8]) -> String {
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        let mut map = serializer.serialize_map(None).expect("a map");
        serialize_members(tape, &mut map).expect("written");
        SerializeMap::end(map).expect("ended");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn members_are_kept_and_read_back_as_values() {
        let input = json!({"a": [1, -2, 3.5, [], {}], "b\n": {"c": null, "d": "\u{e9}\"\u{1}"},
                           "e": true, "f": 18446744073709551615_u64, "g": []});
        let Value::Object(members) = input else {
            unreachable!()
        };
        let pairs: Vec<(&str, Value)> = members
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        let tape = capture(&pairs);
        assert_eq!(parse(&tape), members);
        assert_eq!(
            written(&tape),
            serde_json::to_string(&members).expect("JSON")
        );
    }

    #[test]
    fn one_member_is_found_by_name_and_the_last_one_wins() {
        let tape = capture(&[("a", json!(1)), ("b\n", json!({"c": [2]})), ("a", json!(3))]);
        assert_eq!(get(&tape, "a"), Some(json!(3)));
        assert_eq!(get(&tape, "b\n"), Some(json!({"c": [2]})));
        assert_eq!(get(&tape, "c"), None);
        assert_eq!(get(b"", "a"), None);
        // Both are written back, in the order read; the map keeps the last.
        assert_eq!(written(&tape), r#"{"a":1,"b\n":{"c":[2]},"a":3}"#);
        assert_eq!(
            parse(&tape),
            json!({"a": 3, "b\n": {"c": [2]}})
                .as_object()
                .cloned()
                .unwrap()
        );
    }

    #[test]
    fn an_empty_tape_has_no_members() {
        assert!(parse(b"").is_empty());
        assert_eq!(written(b""), "{}");
    }

    #[test]
    fn numbers_keep_their_bits_and_wide_integers_read_as_json_would() {
        let floats = [0.1 + 0.2, 1e300, -0.0, f64::MIN_POSITIVE, 5.0];
        let tape = capture(&[("f", json!(floats))]);
        let Some(Value::Array(back)) = get(&tape, "f") else {
            panic!("an array")
        };
        let bits: Vec<u64> = back.iter().map(|v| v.as_f64().unwrap().to_bits()).collect();
        assert_eq!(bits, floats.map(f64::to_bits));
        assert_eq!(
            written(&tape),
            format!(r#"{{"f":{}}}"#, serde_json::to_string(&floats).unwrap())
        );

        let mut tape = Vec::new();
        for (name, wide) in [("small", 7_i128), ("negative", -7), ("huge", i128::MAX)] {
            open_member::<serde_json::Error>(&mut tape, name).unwrap();
            Capture::member(&mut tape)
                .deserialize(serde::de::value::I128Deserializer::<serde_json::Error>::new(wide))
                .unwrap();
        }
        let huge = i128::MAX as f64;
        assert_eq!(
            Value::Object(parse(&tape)),
            json!({"small": 7, "negative": -7, "huge": huge})
        );
    }

    #[test]
    fn members_are_written_back_through_any_serializer() {
        let tape = capture(&[
            ("z", json!(1)),
            ("a", json!({"k": [true, "\u{e9}"]})),
            ("m\"", Value::Null),
        ]);
        assert_eq!(written(&tape), r#"{"z":1,"a":{"k":[true,"é"]},"m\"":null}"#);

        // To a `Value`, through serde_json's value serializer.
        let mut map = serde_json::value::Serializer
            .serialize_map(None)
            .expect("a map");
        serialize_members(&tape, &mut map).expect("written");
        let value = SerializeMap::end(map).expect("ended");
        assert_eq!(value, json!({"z": 1, "a": {"k": [true, "é"]}, "m\"": null}));
    }

    #[test]
    fn values_deeper_than_json_allows_are_kept_and_written_back() {
        let mut deep = json!("bottom");
        for _ in 0..300 {
            deep = json!([deep]);
        }
        let tape = capture(&[("deep", deep.clone())]);
        assert_eq!(get(&tape, "deep"), Some(deep.clone()));
        let back = serde_json::to_value(Written(&tape)).expect("written");
        assert_eq!(back, json!({"deep": deep}));
    }

    /// Serializes the members of a tape as a map.
    struct Written<'a>(&'a [u8]);

    impl Serialize for Written<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            serialize_members(self.0, &mut map)?;
            map.end()
        }
    }

    #[test]
    fn a_damaged_tape_is_an_error_not_a_panic() {
        let tape = capture(&[("a", json!(1)), ("b", json!({"c": [1, "x"]}))]);
        for cut in 0..tape.len() {
            let damaged = &tape[..cut];
            // Whatever reads is kept; writing fails with a message, or writes what reads.
            let _ = parse(damaged);
            let _ = get(damaged, "b");
            let _ = serde_json::to_value(Written(damaged));
        }
        let mut bad_tag = tape.clone();
        bad_tag[5] = 99;
        let error = serde_json::to_value(Written(&bad_tag)).expect_err("damaged");
        assert!(error.to_string().contains("damaged"), "{error}");
        assert!(parse(&bad_tag).is_empty());
    }

    #[test]
    fn a_length_a_tape_cannot_hold_is_an_error() {
        let mut tape = Vec::new();
        let too_long = usize::try_from(u64::from(u32::MAX) + 1).expect("a 64-bit target");
        let error = put_len::<serde_json::Error>(&mut tape, too_long).expect_err("too long");
        assert_eq!(error.to_string(), TOO_LONG);
        assert!(tape.is_empty(), "nothing written: {tape:?}");
        put_len::<serde_json::Error>(&mut tape, u32::MAX as usize).expect("fits");
        assert_eq!(tape, u32::MAX.to_le_bytes());
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
        let tape = capture(&[("a", json!(1))]);
        let error = serialize_members(&tape, &mut Failing).expect_err("fails");
        assert_eq!(error.to_string(), "no values here");
    }
}
