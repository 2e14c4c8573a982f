//! The serde machinery shared by every generated struct and enum.
//!
//! Generated code stays small and readable: a struct implements [`Object`] (its fields by index)
//! and its `Serialize`/`Deserialize` impls call [`serialize_object`] and [`deserialize_object`].
//! No `#[serde(flatten)]`, no `untagged`, no intermediate `Value` for documented members: keys are
//! matched without allocating (the generated `field_index` is a `match` on `&str`), each value is
//! deserialized straight into its field, and members the doc does not describe are written to
//! their object's tape ([`Extra`], `raw.rs`), which makes them `serde_json::Value`s only when asked
//! for.

use crate::extra::Extra;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// A generated struct, seen field by field. Implemented by generated code only.
pub trait Object: Default {
    /// The doc's name of the type, for error messages.
    const NAME: &'static str;
    /// The JSON names of the documented members, in field order.
    const FIELDS: &'static [&'static str];
    /// The index in [`Object::FIELDS`] of a JSON name.
    fn field_index(name: &str) -> Option<usize>;
    /// Reads the next map value into field `index`.
    fn deserialize_field<'de, A>(&mut self, index: usize, map: &mut A) -> Result<(), A::Error>
    where
        A: MapAccess<'de>;
    /// Writes every documented field that has a value or is an explicit `null`.
    fn serialize_fields<M>(&self, map: &mut M) -> Result<(), M::Error>
    where
        M: SerializeMap;
    /// The unknown members and explicit nulls.
    fn extra(&self) -> &Extra;
    /// The unknown members and explicit nulls.
    fn extra_mut(&mut self) -> &mut Extra;
}

/// `Serialize` for a generated struct: documented fields in table order, then unknown members.
pub fn serialize_object<T: Object, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    value.serialize_fields(&mut map)?;
    value.extra().serialize_members(&mut map)?;
    map.end()
}

/// Writes one field, the one at `index` in its struct's table: its value, `null` if it is `None`
/// and remembered as null, else nothing.
#[inline]
pub fn serialize_field<M, T>(
    map: &mut M,
    index: usize,
    name: &'static str,
    field: &Option<T>,
    extra: &Extra,
) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match field {
        Some(value) => map.serialize_entry(name, value),
        None if extra.is_marked_null(index) => map.serialize_entry(name, &None::<()>),
        None => Ok(()),
    }
}

/// `Deserialize` for a generated struct.
pub fn deserialize_object<'de, T: Object, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// Reads one documented member into its field, the one at `index` in its struct's table; a
/// `null` is remembered in `extra`.
#[inline]
pub fn next_value<'de, A, T>(
    map: &mut A,
    field: &mut Option<T>,
    extra: &mut Extra,
    index: usize,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    *field = map.next_value()?;
    if field.is_none() {
        extra.mark_null(index);
    }
    Ok(())
}

/// How the `object!` glue reads a field, by the field's kind as the generated code names it:
/// `Read::value` (any type, through [`next_value`]) or `Read::float` (a `Double`/`Single`,
/// through [`next_float`]). A kind is an identifier in the invocation, so the glue calls
/// `Read::$kind` with no macro per field.
pub struct Read;

impl Read {
    /// [`next_value`].
    #[inline]
    pub fn value<'de, A, T>(
        map: &mut A,
        field: &mut Option<T>,
        extra: &mut Extra,
        index: usize,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: Deserialize<'de>,
    {
        next_value(map, field, extra, index)
    }

    /// [`next_float`].
    #[inline]
    pub fn float<'de, A, F>(
        map: &mut A,
        field: &mut Option<F>,
        extra: &mut Extra,
        index: usize,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        F: Float,
    {
        next_float(map, field, extra, index)
    }
}

/// How the `object!` glue writes a struct's documented fields: one call per field, by its kind
/// (`value` or `float`, as for [`Read`]), then [`Fields::finish`]. A field after an error is
/// not written, and `finish` returns the error: the glue needs no `?` per field, which is most
/// of what type-checking a struct's `serialize_fields` costs a crate of a thousand types.
pub struct Fields<'a, M: SerializeMap> {
    map: &'a mut M,
    extra: &'a Extra,
    error: Option<M::Error>,
}

impl<'a, M: SerializeMap> Fields<'a, M> {
    /// Starts writing the fields of an object whose extra members are `extra` into `map`.
    #[inline]
    pub fn new(map: &'a mut M, extra: &'a Extra) -> Self {
        Fields {
            map,
            extra,
            error: None,
        }
    }

    /// Writes the field at `index` with [`serialize_field`].
    #[inline]
    pub fn value<T: Serialize>(&mut self, index: usize, name: &'static str, field: &Option<T>) {
        if self.error.is_none() {
            self.error = serialize_field(self.map, index, name, field, self.extra).err();
        }
    }

    /// Writes the `Double`/`Single` field at `index` with [`serialize_float`].
    #[inline]
    pub fn float<F: Float>(&mut self, index: usize, name: &'static str, field: &Option<F>) {
        if self.error.is_none() {
            self.error = serialize_float(self.map, index, name, field, self.extra).err();
        }
    }

    /// The first error, if a field could not be written.
    #[inline]
    pub fn finish(self) -> Result<(), M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Reads one documented `Double`/`Single` member. A JSON integer (`5`) is remembered as such, so
/// that it is written back as `5` rather than `5.0`; Graph's `"NaN"`, `"INF"` and `"-INF"`
/// strings are read as those values (and written back as those strings: JSON has no number for
/// them).
#[inline]
pub fn next_float<'de, A, F>(
    map: &mut A,
    field: &mut Option<F>,
    extra: &mut Extra,
    index: usize,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    F: Float,
{
    match map.next_value::<Option<FloatRepr>>()? {
        None => {
            *field = None;
            extra.mark_null(index);
        }
        Some(FloatRepr { value, integral }) => {
            *field = Some(F::from_f64(value));
            if integral {
                extra.mark_integral(index);
            }
        }
    }
    Ok(())
}

/// Writes one `Double`/`Single` field: as an integer if it was read as one and still is one,
/// `"NaN"`/`"INF"`/`"-INF"` for those values, else as a float; `null` and absence as
/// [`serialize_field`] does.
#[inline]
pub fn serialize_float<M, F>(
    map: &mut M,
    index: usize,
    name: &'static str,
    field: &Option<F>,
    extra: &Extra,
) -> Result<(), M::Error>
where
    M: SerializeMap,
    F: Float,
{
    let Some(float) = field else {
        return serialize_field(map, index, name, &None::<()>, extra);
    };
    let value = float.to_f64();
    // 2^53: beyond it not every integer is a float, so it stays a float.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.is_nan() {
        map.serialize_entry(name, "NaN")
    } else if value.is_infinite() {
        map.serialize_entry(name, if value > 0.0 { "INF" } else { "-INF" })
    } else if extra.is_marked_integral(index) && value.fract() == 0.0 && value.abs() <= EXACT {
        // Exact: the value is an integer within i64's range.
        let integer = value as i64;
        map.serialize_entry(name, &integer)
    } else {
        map.serialize_entry(name, float)
    }
}

/// `f64` and `f32`, for [`next_float`] and [`serialize_float`].
pub trait Float: Serialize + Copy {
    /// From the `f64` JSON gave.
    fn from_f64(value: f64) -> Self;
    /// As an `f64`, exactly.
    fn to_f64(self) -> f64;
}

impl Float for f64 {
    fn from_f64(value: f64) -> Self {
        value
    }
    fn to_f64(self) -> f64 {
        self
    }
}

impl Float for f32 {
    fn from_f64(value: f64) -> Self {
        value as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// A float as JSON wrote it.
struct FloatRepr {
    value: f64,
    integral: bool,
}

impl<'de> Deserialize<'de> for FloatRepr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FloatVisitor)
    }
}

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = FloatRepr;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, or \"NaN\", \"INF\" or \"-INF\"")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<FloatRepr, E> {
        Ok(FloatRepr {
            value: v as f64,
            integral: true,
        })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<FloatRepr, E> {
        Ok(FloatRepr {
            value: v as f64,
            integral: true,
        })
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<FloatRepr, E> {
        Ok(FloatRepr {
            value: v,
            integral: false,
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<FloatRepr, E> {
        let value = match v {
            "NaN" => f64::NAN,
            "INF" => f64::INFINITY,
            "-INF" => f64::NEG_INFINITY,
            _ => return Err(de::Error::invalid_value(de::Unexpected::Str(v), &self)),
        };
        Ok(FloatRepr {
            value,
            integral: false,
        })
    }
}

/// Consumes a map value. Generated `deserialize_field` impls call it for an index they do not
/// have, which the visitor never passes.
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Sets the member `name` of `value` to an explicit `null`: a documented field is read from a
/// JSON `null`, exactly as deserializing one does (it becomes `None` and is remembered as null),
/// so no generated code beyond `deserialize_field` is needed; another name becomes an extra
/// member `null`.
pub fn set_null<T: Object>(value: &mut T, name: &str) {
    match T::field_index(name) {
        Some(index) => {
            // Reading a null into an `Option` cannot fail.
            let _ = value.deserialize_field(index, &mut NullValue);
        }
        None => {
            value.extra_mut().insert(name, Value::Null);
        }
    }
}

/// Whether the member `name` of `value` would be written as `null`. It asks
/// `serialize_fields` itself, so the answer is what serializing does.
pub fn is_null<T: Object>(value: &T, name: &str) -> bool {
    if T::field_index(name).is_none() {
        return value
            .extra()
            .get(name)
            .is_some_and(|member| member.is_null());
    }
    let mut probe = NullProbe {
        name,
        current: false,
        null: false,
    };
    value.serialize_fields(&mut probe).is_ok() && probe.null
}

/// A map with one value, JSON `null`, for [`set_null`].
struct NullValue;

impl<'de> MapAccess<'de> for NullValue {
    type Error = de::value::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        _: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        seed.deserialize(de::value::UnitDeserializer::new())
    }
}

/// Watches `serialize_fields` for the member `name`, for [`is_null`].
struct NullProbe<'a> {
    name: &'a str,
    /// Whether the key just written is `name`.
    current: bool,
    /// Whether `name` was written as `null`.
    null: bool,
}

impl SerializeMap for NullProbe<'_> {
    type Ok = ();
    type Error = serde_json::Error;

    fn serialize_key<K: ?Sized + Serialize>(&mut self, key: &K) -> Result<(), Self::Error> {
        self.current = serde_json::to_value(key)? == self.name;
        Ok(())
    }

    fn serialize_value<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), Self::Error> {
        if self.current {
            self.null = serde_json::to_value(value)?.is_null();
        }
        Ok(())
    }

    fn end(self) -> Result<(), Self::Error> {
        Ok(())
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object for `{}`", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        let mut seen = Seen::new(T::FIELDS.len());
        loop {
            let seed = KeySeed::<T> {
                extra: value.extra_mut(),
                marker: PhantomData,
            };
            let Some(key) = map.next_key_seed(seed)? else {
                break;
            };
            match key {
                Key::Known(index) => {
                    if !seen.insert(index) {
                        let name = T::FIELDS.get(index).copied().unwrap_or_default();
                        return Err(de::Error::duplicate_field(name));
                    }
                    value.deserialize_field(index, &mut map)?;
                }
                Key::Unknown => value.extra_mut().read_member_value(&mut map)?,
            }
        }
        Ok(value)
    }
}

/// Which documented members were read, to reject duplicates as serde's derive does.
enum Seen {
    Small(u128),
    Large(Vec<bool>),
}

impl Seen {
    fn new(len: usize) -> Self {
        if len <= 128 {
            Seen::Small(0)
        } else {
            Seen::Large(vec![false; len])
        }
    }

    /// Records `index`; false if it was already recorded.
    fn insert(&mut self, index: usize) -> bool {
        match self {
            Seen::Small(bits) => {
                // `Small` means at most 128 fields, so the mask only keeps the shift defined.
                let bit = 1u128 << (index & 127);
                let fresh = *bits & bit == 0;
                *bits |= bit;
                fresh
            }
            Seen::Large(flags) => flags
                .get_mut(index)
                .is_some_and(|f| !std::mem::replace(f, true)),
        }
    }
}

/// A key: a documented member by index, or another member, whose name [`KeySeed`] has written
/// to the extra members' tape (without allocating).
enum Key {
    Known(usize),
    Unknown,
}

struct KeySeed<'a, T> {
    extra: &'a mut Extra,
    marker: PhantomData<T>,
}

impl<'de, T: Object> DeserializeSeed<'de> for KeySeed<'_, T> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: Object> Visitor<'de> for KeySeed<'_, T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
        Ok(match T::field_index(name) {
            Some(index) => Key::Known(index),
            None => {
                self.extra.open_member(name)?;
                Key::Unknown
            }
        })
    }
}

/// `Deserialize` for a generated enum: any string; values the enum does not list become its
/// catch-all variant (its `FromStr` never fails).
pub fn deserialize_enum<'de, D, T>(deserializer: D, name: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = Infallible>,
{
    deserializer.deserialize_str(EnumVisitor {
        name,
        marker: PhantomData,
    })
}

struct EnumVisitor<T> {
    name: &'static str,
    marker: PhantomData<T>,
}

impl<'de, T: FromStr<Err = Infallible>> Visitor<'de> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a `{}` value (a string)", self.name)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        T::from_str(value).map_err(|never| match never {})
    }
}
