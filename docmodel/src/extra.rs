//! What a generated value keeps besides its typed fields.

use crate::raw;
use serde::de::{self, MapAccess};
use serde::ser::SerializeMap;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;
use std::hash::{Hash, Hasher};

/// The members of a JSON object that its doc does not describe, and which of its documented
/// members were an explicit `null`.
///
/// Every generated struct has one, in its `extra` field. Deserializing fills it; serializing
/// writes it back, so that reading and writing a value loses nothing:
///
/// - a member the doc does not name is kept as it was read (see below), and written back in the
///   order it was read (after the documented members); [`members`](Extra::members) gives them
///   as `Value`s. A member repeated in the input is written back as often as it was read;
///   `members` gives its last value, as `serde_json::Value` does. Once the members are changed
///   (`members_mut`, `insert`), they are written in the map's order;
/// - a documented member that is `null` becomes `None` in its field, and the field is
///   remembered here (by its index in the table, [`null_fields`](Extra::null_fields)), so it is
///   written back as `null` while the field stays `None`. A field that is `None`
///   and not remembered is left out. Giving the field a value wins over the remembered `null`.
///
/// To write an explicit `null` (to clear a property in a PATCH body), call the struct's
/// `set_null("jsonName")`.
///
/// Nulls are remembered by field index, so an `Extra` belongs to the struct it was read into:
/// moved to a struct of another type, its nulls would name that type's fields at those indices.
///
/// It is three words wide and allocates nothing until it holds an unknown member, so a value
/// read from JSON that only has documented members, `null`s included, costs no more than a
/// plain struct: an explicit `null` of one of the first 128 fields is a bit. (The nulls of later
/// fields, and which floats were read from a whole number, are noted in a box allocated for
/// them; of the 958 v1.0 pages with a properties table, 3 list 128 or more, `user` lists 88.)
/// Unknown members are kept as the deserializer handed them over, one buffer per object (see
/// `raw.rs`), and become `Value`s only when asked for: [`members`](Extra::members) and [`get`](Extra::get) make new
/// values on each call; [`members_mut`](Extra::members_mut) makes them once, to change them in
/// place. (No cache behind `&self`: a generated struct has no interior mutability, so it can be
/// a key of a `HashMap` without clippy's `mutable_key_type`.)
#[derive(Clone, Default)]
pub struct Extra {
    kept: Option<Box<Kept>>,
    /// Bit `i % 64` of word `i / 64`: documented field `i` (below [`INLINE_NULLS`]) is an
    /// explicit `null`. Bits, not names: a `null` read must not allocate, and Graph sends many.
    nulls: [u64; 2],
}

/// How many fields (the first ones, by index) have their `null` noted in [`Extra`] itself.
const INLINE_NULLS: usize = 128;

#[derive(Clone, Default)]
struct Kept {
    /// The unknown members as read, in the order read (`raw.rs`). Empty when none were read,
    /// and once they are changed.
    tape: Vec<u8>,
    /// The unknown members once changed through `members_mut` or `insert` (`tape` is then
    /// empty); empty while `tape` holds them.
    changed: Map<String, Value>,
    /// The explicit `null`s of fields from [`INLINE_NULLS`] on, by index.
    nulls: BTreeSet<usize>,
    /// The floating-point fields read from a JSON integer (`5`, not `5.0`), by index, so that
    /// they are written back as one. A detail of form: not part of equality.
    integral: BTreeSet<usize>,
}

impl Extra {
    /// The members the doc does not describe, by JSON name: a new map, made from the
    /// members as read (or as changed). A member read twice has its last value.
    pub fn members(&self) -> Map<String, Value> {
        match &self.kept {
            None => Map::new(),
            Some(kept) if kept.tape.is_empty() => kept.changed.clone(),
            Some(kept) => raw::parse(&kept.tape),
        }
    }

    /// The members the doc does not describe, to add, change or remove some. The first call
    /// makes `Value`s of the members read (from then on, they are written in the map's order).
    pub fn members_mut(&mut self) -> &mut Map<String, Value> {
        let kept = self.kept();
        if !kept.tape.is_empty() {
            kept.changed = raw::parse(&kept.tape);
            kept.tape = Vec::new();
        }
        &mut kept.changed
    }

    /// The member `name`, if the doc does not describe it and it was read or set: a new value,
    /// made from it as read (no other member is made into a value).
    pub fn get(&self, name: &str) -> Option<Value> {
        let kept = self.kept.as_ref()?;
        if kept.tape.is_empty() {
            kept.changed.get(name).cloned()
        } else {
            raw::get(&kept.tape, name)
        }
    }

    /// Sets the member `name`, which the doc does not describe; returns the value it replaces.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        self.members_mut().insert(name.into(), value)
    }

    /// Starts the unknown member `name` on the tape, for a generated struct's
    /// `Deserialize`; [`read_member_value`](Self::read_member_value) reads its value.
    pub(crate) fn open_member<E: de::Error>(&mut self, name: &str) -> Result<(), E> {
        let kept = self.kept();
        if kept.tape.is_empty() && !kept.changed.is_empty() {
            // Changed members (not when deserializing, which starts from nothing) go on the
            // tape again, so that they stay in front of the new one.
            let changed = std::mem::take(&mut kept.changed);
            raw::keep(&mut kept.tape, &changed).map_err(E::custom)?;
        }
        raw::open_member(&mut kept.tape, name)
    }

    /// Reads the value of the member [`open_member`](Self::open_member) started from `map`.
    pub(crate) fn read_member_value<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
    ) -> Result<(), A::Error> {
        map.next_value_seed(raw::Capture::member(&mut self.kept().tape))
    }

    /// Writes the unknown members to `map`, for a generated struct's `Serialize`.
    pub(crate) fn serialize_members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let Some(kept) = &self.kept else {
            return Ok(());
        };
        if !kept.tape.is_empty() {
            return raw::serialize_members(&kept.tape, map);
        }
        for (name, member) in &kept.changed {
            map.serialize_entry(name, member)?;
        }
        Ok(())
    }

    /// The documented members remembered as explicit `null`s, by their index in the struct's
    /// table (the order of its fields), in increasing order. The struct's `is_null` asks by
    /// JSON name.
    pub fn null_fields(&self) -> impl Iterator<Item = usize> + '_ {
        let inline = (0..INLINE_NULLS).filter(|&index| self.inline_null(index) == Some(true));
        let beyond = self.kept.iter().flat_map(|kept| kept.nulls.iter().copied());
        inline.chain(beyond)
    }

    /// Whether there are neither extra members nor remembered nulls.
    pub fn is_empty(&self) -> bool {
        self.nulls == [0; 2]
            && self.kept.as_ref().is_none_or(|kept| {
                kept.tape.is_empty() && kept.changed.is_empty() && kept.nulls.is_empty()
            })
    }

    /// The word and bit of field `index`'s inline null, if it has one.
    fn null_bit(index: usize) -> Option<(usize, u64)> {
        (index < INLINE_NULLS).then(|| (index / 64, 1 << (index % 64)))
    }

    /// Whether field `index`'s inline bit is set; `None` from [`INLINE_NULLS`] on.
    fn inline_null(&self, index: usize) -> Option<bool> {
        let (word, bit) = Self::null_bit(index)?;
        Some(self.nulls.get(word)? & bit != 0)
    }

    /// Whether documented field `index` is remembered as an explicit `null`.
    #[inline]
    pub(crate) fn is_marked_null(&self, index: usize) -> bool {
        self.inline_null(index).unwrap_or_else(|| {
            self.kept
                .as_ref()
                .is_some_and(|kept| kept.nulls.contains(&index))
        })
    }

    /// Remembers documented field `index` as an explicit `null`; allocates nothing for the
    /// first 128 fields.
    #[inline]
    pub(crate) fn mark_null(&mut self, index: usize) {
        match Self::null_bit(index) {
            Some((word, bit)) => {
                if let Some(word) = self.nulls.get_mut(word) {
                    *word |= bit;
                }
            }
            None => {
                self.kept().nulls.insert(index);
            }
        }
    }

    pub(crate) fn is_marked_integral(&self, index: usize) -> bool {
        self.kept
            .as_ref()
            .is_some_and(|kept| kept.integral.contains(&index))
    }

    pub(crate) fn mark_integral(&mut self, index: usize) {
        self.kept().integral.insert(index);
    }

    fn kept(&mut self) -> &mut Kept {
        self.kept.get_or_insert_default()
    }
}

/// Equal when they keep the same members and nulls (whether or not anything was ever allocated,
/// and whether the members are kept as read or were changed).
impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        let same_tape = match (&self.kept, &other.kept) {
            (Some(a), Some(b)) => !a.tape.is_empty() && a.tape == b.tape,
            _ => false,
        };
        (same_tape || self.members() == other.members())
            && self.null_fields().eq(other.null_fields())
    }
}

impl Eq for Extra {}

impl Hash for Extra {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.members().hash(state);
        for index in self.null_fields() {
            index.hash(state);
        }
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extra")
            .field("members", &self.members())
            .field("null_fields", &self.null_fields().collect::<Vec<_>>())
            .finish()
    }
}

/// An enum value that the doc does not list, kept as it was read.
///
/// Only deserialization and `FromStr` make one, and only from a value that the enum does not
/// list, so `Unrecognized` never holds a value that has a variant of its own.
///
/// It is one pointer (to the boxed text), so a generated enum and an `Option` of it are two
/// words, not three as with the text's own two-word box: values are moved through several
/// `Result`s on their way into a struct, and the third word made reading a listed value 0.87-0.89x
/// the speed of a `#[serde(other)]` enum's, against 1.17-1.18x now (`cargo bench -p
/// docmodel-bench --bench runtime -- enum_value`). The price is a second allocation for a value
/// the doc does not list, the rare case.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized(Box<Box<str>>);

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
    Unrecognized(Box::new(value.into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, RandomState};

    #[test]
    fn an_emptied_extra_equals_a_new_one_and_hashes_alike() {
        let mut emptied = Extra::default();
        emptied.insert("a", Value::Null);
        assert!(!emptied.is_empty());
        emptied.members_mut().clear();
        assert!(emptied.is_empty());
        assert_eq!(emptied, Extra::default());
        let hasher = RandomState::new();
        assert_eq!(hasher.hash_one(&emptied), hasher.hash_one(Extra::default()));
    }

    /// Reads `{name: value}`'s member into `extra` as a generated struct's `Deserialize` does.
    fn read(extra: &mut Extra, name: &str, value: &Value) {
        use serde::de::IntoDeserializer;
        let mut map = serde::de::value::MapDeserializer::<_, serde_json::Error>::new(
            [(name, value.clone().into_deserializer())].into_iter(),
        );
        let _ = serde::de::MapAccess::next_key::<serde::de::IgnoredAny>(&mut map);
        extra.open_member::<serde_json::Error>(name).expect("opens");
        extra.read_member_value(&mut map).expect("reads");
    }

    #[test]
    fn members_read_after_a_change_follow_the_changed_ones() {
        let mut extra = Extra::default();
        extra.insert("b", Value::Bool(true));
        read(&mut extra, "a", &Value::from(1));
        read(&mut extra, "c", &Value::from("x"));
        assert_eq!(extra.members().len(), 3);
        assert_eq!(extra.get("b"), Some(Value::Bool(true)));
        assert_eq!(extra.get("a"), Some(Value::from(1)));
        assert_eq!(extra.get("z"), None);
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        let mut map = serde::Serializer::serialize_map(&mut serializer, None).expect("a map");
        extra.serialize_members(&mut map).expect("writes");
        SerializeMap::end(map).expect("ends");
        assert_eq!(String::from_utf8_lossy(&out), r#"{"b":true,"a":1,"c":"x"}"#);
    }

    #[test]
    fn nulls_and_members_are_kept_apart() {
        let mut extra = Extra::default();
        extra.mark_null(70);
        extra.mark_null(3);
        extra.insert("c", Value::Bool(true));
        assert_eq!(extra.null_fields().collect::<Vec<_>>(), [3, 70]);
        assert!(extra.is_marked_null(3) && extra.is_marked_null(70) && !extra.is_marked_null(4));
        assert_eq!(extra.get("c"), Some(Value::Bool(true)));
        assert_ne!(extra, Extra::default());
        assert_eq!(
            std::mem::size_of::<Extra>(),
            3 * std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::size_of::<Unrecognized>(),
            std::mem::size_of::<usize>()
        );
    }

    #[test]
    fn nulls_of_the_first_128_fields_allocate_nothing_and_later_ones_are_kept_too() {
        let mut extra = Extra::default();
        for index in [0, 63, 64, 127] {
            extra.mark_null(index);
        }
        assert!(extra.kept.is_none(), "no box for the first 128 fields");
        extra.mark_null(128);
        extra.mark_null(500);
        assert_eq!(
            extra.null_fields().collect::<Vec<_>>(),
            [0, 63, 64, 127, 128, 500]
        );
        assert!(!extra.is_empty() && !extra.is_marked_null(1) && !extra.is_marked_null(129));
        let mut other = Extra::default();
        other.mark_null(0);
        assert_ne!(extra, other);
    }
}
