//! [`DateTimeOffset`]: an OData / Microsoft Graph `Edm.DateTimeOffset` that
//! writes back exactly the characters it was read from.
//!
//! # Design
//!
//! Graph payloads are compared, cached and re-sent, so a value must survive a
//! deserialize/serialize round trip character for character. The ecosystem's
//! types do not (measured with their RFC 3339 parsers and printers):
//! `time::OffsetDateTime` keeps `-08:00` but rewrites `+00:00` as `Z`;
//! `jiff::Timestamp` drops the offset (`…-08:00` comes back in UTC as `…Z`);
//! `chrono::DateTime` pads fractions to 3, 6 or 9 digits (`.3205976` becomes
//! `.320597600`) and writes `Z` as `+00:00`; all three drop `.0000000`.
//!
//! So this type stores the civil fields as written, the offset in minutes and
//! a small *form*: fraction digits as written, `T` or `t`, and the offset
//! style (`Z`, `z`, `±HH:MM`, `-00:00` or none). It is `Copy`, needs no
//! dependency (calendar arithmetic is Howard Hinnant's `days_from_civil`),
//! and converts to and from jiff, time and chrono behind those features.
//!
//! # Accepted syntax
//!
//! `YYYY-MM-DD(T|t)HH:MM:SS[.f{1,9}][Z|z|±HH:MM]`. Without an offset (Graph
//! sometimes writes `2021-03-01T10:00:00`) the value is taken as UTC and
//! written back without one. Rejected: years outside `0000`-`9999` (always 4
//! digits), days that do not exist (`2021-02-30`), leap seconds (second `60`,
//! which no Unix timestamp can hold), more than 9 fraction digits (finer than
//! a nanosecond), offsets beyond `±23:59`, and RFC 3339 variants this type
//! could not write back identically (a space separator, `+0800`, `+08`).

mod convert;
mod parse;
#[cfg(test)]
mod tests;

pub use convert::DateTimeOffsetRangeError;
use convert::YEAR_RANGE;
pub use parse::ParseDateTimeOffsetError;

use super::calendar::{civil_from_days, days_from_civil, minimal_fraction_digits};
use super::text::{StackText, debug_as_display, string_serde, two_digits};
use std::cmp::Ordering;

const NANOS_PER_SECOND: i128 = 1_000_000_000;
const NANOS_PER_DAY: i128 = 86_400 * NANOS_PER_SECOND;
const MAX_OFFSET_MINUTES: i32 = 23 * 60 + 59;
/// Days from 1970-01-01 to 0000-01-01 and to 9999-12-31.
const MIN_DAY: i64 = days_from_civil(0, 1, 1);
const MAX_DAY: i64 = days_from_civil(9999, 12, 31);

/// An `Edm.DateTimeOffset`: an instant, its UTC offset, and the form it was
/// written in.
///
/// Its [`Display`](std::fmt::Display) and [`Serialize`] output is exactly the text
/// it was parsed or deserialized from. Equality and hashing are structural
/// (same instant, offset and form); ordering is by instant first, then by
/// offset and form, so it agrees with equality.
///
/// ```
/// # use docmodel::types::DateTimeOffset;
/// let t: DateTimeOffset = "2017-01-01T00:02:49.3205976-08:00".parse().unwrap();
/// assert_eq!(t.unix_timestamp(), 1_483_257_769);
/// assert_eq!(t.to_string(), "2017-01-01T00:02:49.3205976-08:00");
/// ```
///
/// [`Serialize`]: serde::Serialize
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTimeOffset {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
    offset_minutes: i16,
    form: Form,
}

/// How a value was written, beyond its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Form {
    fraction_digits: u8,
    lowercase_t: bool,
    offset: OffsetStyle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum OffsetStyle {
    UpperZ,
    LowerZ,
    /// `±HH:MM`, including `+00:00`.
    Numeric,
    /// `-00:00`: RFC 3339's "UTC, local offset unknown".
    MinusZero,
    /// None written; taken as UTC.
    Absent,
}

impl DateTimeOffset {
    /// The year as written, `0..=9999`.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month as written, `1..=12`.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month as written, `1..=31`.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The hour as written (local to the offset), `0..=23`.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute as written, `0..=59`.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second as written, `0..=59` (leap seconds are rejected).
    pub fn second(&self) -> u8 {
        self.second
    }

    /// The fraction of the second in nanoseconds, `0..=999_999_999`.
    pub fn nanosecond(&self) -> u32 {
        self.nanosecond
    }

    /// The UTC offset in seconds: a whole number of minutes within `±23:59`,
    /// `0` for `Z` and for a value written without an offset.
    pub fn offset_seconds(&self) -> i32 {
        i32::from(self.offset_minutes) * 60
    }

    /// Whether an offset (`Z`, `z` or `±HH:MM`) was written.
    pub fn has_offset(&self) -> bool {
        self.form.offset != OffsetStyle::Absent
    }

    /// The number of fraction digits as written, trailing zeros included
    /// (`7` for `.0000000`, `0` without a fraction).
    pub fn fraction_digits(&self) -> u8 {
        self.form.fraction_digits
    }

    /// Whole seconds since 1970-01-01T00:00:00Z, rounded toward negative
    /// infinity; [`nanosecond`](Self::nanosecond) is the rest.
    pub fn unix_timestamp(&self) -> i64 {
        let days = days_from_civil(i64::from(self.year), self.month, self.day);
        let time = i64::from(self.hour) * 3600 + i64::from(self.minute) * 60;
        days * 86_400 + time + i64::from(self.second) - i64::from(self.offset_seconds())
    }

    /// Nanoseconds since 1970-01-01T00:00:00Z.
    pub fn unix_timestamp_nanos(&self) -> i128 {
        i128::from(self.unix_timestamp()) * NANOS_PER_SECOND + i128::from(self.nanosecond)
    }

    /// The instant `nanos` after the Unix epoch, at the UTC offset
    /// `offset_seconds`.
    ///
    /// The form is chosen: separator `T`; offset `Z` when `offset_seconds`
    /// is `0`, else `±HH:MM`; no fraction when the sub-second part is zero,
    /// else the fewest digits that hold it exactly (`.5`, `.3205976`).
    ///
    /// `None` when the offset is not a whole number of minutes within
    /// `±23:59` or the local date is outside the years `0000`-`9999`.
    pub fn from_unix_timestamp_nanos(nanos: i128, offset_seconds: i32) -> Option<Self> {
        Self::from_instant(nanos, offset_seconds).ok()
    }

    fn from_instant(nanos: i128, offset_seconds: i32) -> Result<Self, DateTimeOffsetRangeError> {
        let offset_minutes = offset_seconds / 60;
        if offset_seconds % 60 != 0 || offset_minutes.abs() > MAX_OFFSET_MINUTES {
            let problem = "is not a whole number of minutes within ±23:59";
            let message = format!("UTC offset of {offset_seconds} s {problem}");
            return Err(DateTimeOffsetRangeError::new(message));
        }
        let year_error = || DateTimeOffsetRangeError::new(YEAR_RANGE);
        let offset_nanos = i128::from(offset_seconds) * NANOS_PER_SECOND;
        let local = nanos.checked_add(offset_nanos).ok_or_else(year_error)?;
        let days = i64::try_from(local.div_euclid(NANOS_PER_DAY)).ok();
        let days = days
            .filter(|days| (MIN_DAY..=MAX_DAY).contains(days))
            .ok_or_else(year_error)?;
        // `rem_euclid` is in `0..NANOS_PER_DAY`, so both narrowings are lossless.
        let of_day = local.rem_euclid(NANOS_PER_DAY);
        let seconds = (of_day / NANOS_PER_SECOND) as u32;
        let nanosecond = (of_day % NANOS_PER_SECOND) as u32;
        let offset = if offset_seconds == 0 {
            OffsetStyle::UpperZ
        } else {
            OffsetStyle::Numeric
        };
        let fraction_digits = minimal_fraction_digits(nanosecond);
        let form = Form {
            fraction_digits,
            lowercase_t: false,
            offset,
        };
        let date = civil_from_days(days);
        let time = [seconds / 3600, seconds / 60 % 60, seconds % 60, nanosecond];
        Ok(Self::from_checked(date, time, offset_minutes, form))
    }

    /// Builds a value from fields already checked to be in range.
    fn from_checked(date: [u32; 3], time: [u32; 4], offset_minutes: i32, form: Form) -> Self {
        let [year, month, day] = date;
        let [hour, minute, second, nanosecond] = time;
        Self {
            year: year as u16,
            month: month as u8,
            day: day as u8,
            hour: hour as u8,
            minute: minute as u8,
            second: second as u8,
            nanosecond,
            offset_minutes: offset_minutes as i16,
            form,
        }
    }
}

impl PartialOrd for DateTimeOffset {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTimeOffset {
    /// By instant, then offset, then form. Instant and offset determine all
    /// the civil fields, so `Equal` here means `==`.
    fn cmp(&self, other: &Self) -> Ordering {
        let key = |t: &Self| (t.unix_timestamp_nanos(), t.offset_minutes, t.form);
        key(self).cmp(&key(other))
    }
}

/// The longest text: `YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM`.
const TEXT_LEN: usize = 35;

impl DateTimeOffset {
    /// The text it was read from, on the stack (for `Display` and
    /// `Serialize`). Inlined, so that the text is written where the caller keeps it rather than
    /// copied there (the copy was 15% of writing a date-time in `perf annotate`).
    #[inline]
    fn text(&self) -> StackText<TEXT_LEN> {
        let mut text = StackText::with_prefix(self.date_and_time());
        if self.year > 9999 {
            // Never made (see `date_and_time`); an error rather than a wrong year if it were.
            text.fail();
        }
        text.fraction(self.nanosecond, self.form.fraction_digits);
        let minutes = self.offset_minutes.unsigned_abs();
        match self.form.offset {
            OffsetStyle::UpperZ => text.push(b'Z'),
            OffsetStyle::LowerZ => text.push(b'z'),
            OffsetStyle::MinusZero => text.push_str("-00:00"),
            OffsetStyle::Absent => {}
            OffsetStyle::Numeric => {
                text.push(if self.offset_minutes < 0 { b'-' } else { b'+' });
                text.number((minutes / 60).into(), 2);
                text.push(b':');
                text.number((minutes % 60).into(), 2);
            }
        }
        text
    }

    /// `YYYY-MM-DDTHH:MM:SS`, each field stored at its place: writing a date-time is mostly
    /// this, and field by field (a bounds check and a length update per byte) it took twice
    /// as long as `time`'s formatting (`perf`, `to_vec` of the benchmark's payloads).
    #[inline]
    fn date_and_time(&self) -> [u8; 19] {
        // Lossless: a year has at most four digits (the parser reads four; the conversions
        // from `time` and `chrono` refuse others), so both halves are below 100.
        let (century, year) = ((self.year / 100) as u8, (self.year % 100) as u8);
        let [y0, y1] = two_digits(century);
        let [y2, y3] = two_digits(year);
        let [mo0, mo1] = two_digits(self.month);
        let [d0, d1] = two_digits(self.day);
        let t = if self.form.lowercase_t { b't' } else { b'T' };
        let [h0, h1] = two_digits(self.hour);
        let [mi0, mi1] = two_digits(self.minute);
        let [s0, s1] = two_digits(self.second);
        [
            y0, y1, y2, y3, b'-', mo0, mo1, b'-', d0, d1, t, h0, h1, b':', mi0, mi1, b':', s0, s1,
        ]
    }
}

debug_as_display!(DateTimeOffset);

string_serde!(
    DateTimeOffset,
    "an Edm.DateTimeOffset string such as \"2017-01-01T00:02:49.3205976-08:00\"",
    text
);
