//! Value types that generated models use for Graph primitives.
//!
//! Each Graph (OData `Edm.`) primitive has one Rust type. Those that Rust or
//! serde_json already read and write losslessly are Rust's own; the others
//! are types of this module, which keep the form they were read in, so that
//! a value read from JSON writes back the same JSON (equal as
//! `serde_json::Value`, and for the string-valued ones character for
//! character).
//!
//! | doc type | Rust type | in JSON |
//! |---|---|---|
//! | `String` | `String` | a string |
//! | `Boolean` | `bool` | `true` / `false` |
//! | `Byte`, `SByte` | `u8`, `i8` | a number |
//! | `Int16`, `Int32`, `Int64` | `i16`, `i32`, `i64` | a number |
//! | `Single`, `Double` | `f32`, `f64` | a number |
//! | `Decimal` | [`Decimal`] | a number (or a string): kept as serde_json reads it |
//! | `DateTimeOffset` | [`DateTimeOffset`] | `"2017-01-01T00:02:49.3205976-08:00"` |
//! | `Date` | [`Date`] | `"2021-03-01"` |
//! | `TimeOfDay` | [`TimeOfDay`] | `"12:30:05"`, `"08:00:00.0000000"` |
//! | `Duration` | [`Duration`] | `"PT1H"`, `"P1DT2H3M4.5S"`, `"P1Y2M"` |
//! | `Guid` | [`Guid`] | `"67e55044-10b1-426f-9247-bb680e5fe0c8"`, upper case kept |
//! | `Binary` | [`Binary`] | base64: `"SGVsbG8="` |
//! | `Stream` | `String` | a string, as received (a URL or inline content) |
//!
//! Every type here:
//!
//! - parses with [`FromStr`](std::str::FromStr), whose error (`Parse…Error`)
//!   quotes the input and says what is wrong;
//! - writes with [`Display`](std::fmt::Display) exactly the text it was read
//!   from (the exceptions: a [`Guid`] of mixed case writes lower case, and a
//!   [`Decimal`] read from a JSON number writes the number as serde_json
//!   does);
//! - serializes to and deserializes from a JSON string (numbers too for
//!   [`Decimal`]); an invalid value is a deserialize error, never a default,
//!   and a value of another JSON type is an `invalid type` error;
//! - compares structurally: two values are equal when they would write the
//!   same JSON (again except [`Guid`]'s case), and orders consistently with
//!   that where an order means something ([`Duration`] and [`Decimal`] have
//!   none);
//! - converts to and from jiff, time and chrono types (features `jiff`, on by
//!   default, `time` and `chrono`) where they have one: `From` where every
//!   value fits, `TryFrom` with a `…RangeError` where not.

mod binary;
mod calendar;
mod date;
mod datetime;
mod decimal;
mod duration;
mod guid;
#[cfg(test)]
mod test_support;
mod text;
mod time_of_day;

pub use binary::{Binary, ParseBinaryError};
pub use date::{Date, DateRangeError, ParseDateError};
pub use datetime::{DateTimeOffset, DateTimeOffsetRangeError, ParseDateTimeOffsetError};
pub use decimal::{Decimal, ParseDecimalError};
pub use duration::{Duration, DurationRangeError, ParseDurationError};
pub use guid::{Guid, ParseGuidError};
pub use time_of_day::{ParseTimeOfDayError, TimeOfDay, TimeOfDayRangeError};
/// The UUID type that [`Guid`] holds and converts to and from.
pub use uuid::Uuid;
