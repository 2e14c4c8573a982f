//! Value types that generated models use for Graph primitives.

mod datetime;

pub use datetime::{DateTimeOffset, DateTimeOffsetRangeError, ParseDateTimeOffsetError};
