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

use std::cmp::Ordering;
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

const NANOS_PER_SECOND: i128 = 1_000_000_000;
const NANOS_PER_DAY: i128 = 86_400 * NANOS_PER_SECOND;
const MAX_OFFSET_MINUTES: i32 = 23 * 60 + 59;
/// Days from 1970-01-01 to 0000-01-01 and to 9999-12-31.
const MIN_DAY: i64 = days_from_civil(0, 1, 1);
const MAX_DAY: i64 = days_from_civil(9999, 12, 31);

/// An `Edm.DateTimeOffset`: an instant, its UTC offset, and the form it was
/// written in.
///
/// Its [`Display`](fmt::Display) and [`Serialize`] output is exactly the text
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
            return Err(range_error(message));
        }
        let year_error = || range_error(YEAR_RANGE);
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

/// The fewest decimal digits that hold `nanosecond` (< 10⁹) exactly.
fn minimal_fraction_digits(nanosecond: u32) -> u8 {
    let (mut digits, mut rest) = (9, nanosecond);
    while digits > 0 && rest % 10 == 0 {
        rest /= 10;
        digits -= 1;
    }
    digits
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant).
const fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month as i64 + 9) % 12) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`], for days in `MIN_DAY..=MAX_DAY`.
fn civil_from_days(days: i64) -> [u32; 3] {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let year_of_era = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let day_of_year = doe - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = (month_from_march + 2) % 12 + 1;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Lossless: year 0..=9999, month 1..=12 and day 1..=31 for days in range.
    [year as u32, month as u32, day as u32]
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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

impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = if self.form.lowercase_t { 't' } else { 'T' };
        write!(f, "{:04}-{:02}-{:02}{t}", self.year, self.month, self.day)?;
        write!(f, "{:02}:{:02}:{:02}", self.hour, self.minute, self.second)?;
        let digits = self.form.fraction_digits;
        if digits > 0 {
            let fraction = self.nanosecond / 10u32.pow(9 - u32::from(digits));
            write!(f, ".{fraction:0width$}", width = usize::from(digits))?;
        }
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let minutes = self.offset_minutes.unsigned_abs();
        match self.form.offset {
            OffsetStyle::UpperZ => f.write_str("Z"),
            OffsetStyle::LowerZ => f.write_str("z"),
            OffsetStyle::MinusZero => f.write_str("-00:00"),
            OffsetStyle::Absent => Ok(()),
            OffsetStyle::Numeric => write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60),
        }
    }
}

impl fmt::Debug for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTimeOffset({self})")
    }
}

/// The error from parsing a string that is not a valid `Edm.DateTimeOffset`.
///
/// Its message quotes the input and says what is wrong, e.g.
/// `invalid Edm.DateTimeOffset "2021-02-30T00:00:00Z": day 30 does not exist in 2021-02`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateTimeOffsetError {
    input: String,
    problem: String,
}

impl fmt::Display for ParseDateTimeOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Quote at most 80 characters of the input.
        let end = self
            .input
            .char_indices()
            .nth(80)
            .map_or(self.input.len(), |(end, _)| end);
        let shown = self.input.get(..end).unwrap_or_default();
        let more = if end < self.input.len() { "…" } else { "" };
        write!(
            f,
            "invalid Edm.DateTimeOffset {shown:?}{more}: {}",
            self.problem
        )
    }
}

impl std::error::Error for ParseDateTimeOffsetError {}

/// A parse result; the error is the problem for [`ParseDateTimeOffsetError`].
type Parsed<T> = Result<T, String>;

/// A cursor over the input.
struct Cursor<'a> {
    input: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.pos).copied()
    }

    fn expected(&self, what: &str) -> String {
        // `pos` only ever steps over ASCII, so it is on a char boundary.
        let rest = self.input.get(self.pos..).unwrap_or_default();
        match rest.chars().next() {
            Some(c) => format!("expected {what} at byte {}, found {c:?}", self.pos),
            None => format!("expected {what} at byte {}, found end of input", self.pos),
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn literal(&mut self, byte: u8, what: &str) -> Parsed<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    fn digit(&mut self) -> Option<u32> {
        let digit = self.peek().filter(u8::is_ascii_digit)?;
        self.pos += 1;
        Some(u32::from(digit - b'0'))
    }

    /// Exactly `width` digits, within `range`.
    fn number(&mut self, width: usize, name: &str, range: RangeInclusive<u32>) -> Parsed<u32> {
        let mut value = 0;
        for _ in 0..width {
            let digit = self
                .digit()
                .ok_or_else(|| self.expected(&format!("{width}-digit {name}")))?;
            value = value * 10 + digit;
        }
        if range.contains(&value) {
            return Ok(value);
        }
        let (min, max) = (range.start(), range.end());
        let message = format!("{name} {value:02} is out of range {min:02}-{max:02}");
        Err(message)
    }

    /// `.f{1,9}` if present: (nanoseconds, digits written).
    fn fraction(&mut self) -> Parsed<(u32, u8)> {
        if !self.eat(b'.') {
            return Ok((0, 0));
        }
        let (mut value, mut digits) = (0, 0);
        while let Some(digit) = self.digit() {
            if digits < 9 {
                value = value * 10 + digit;
            }
            digits += 1;
        }
        match digits {
            0 => Err(self.expected("a fraction digit after '.'")),
            1..=9 => Ok((value * 10u32.pow(9 - digits), digits as u8)),
            _ => Err(format!("{digits} fraction digits; at most 9 are supported")),
        }
    }

    /// `Z`, `z`, `±HH:MM` or nothing: (minutes east of UTC, style).
    fn offset(&mut self) -> Parsed<(i32, OffsetStyle)> {
        let (sign, style) = match self.peek() {
            None => return Ok((0, OffsetStyle::Absent)),
            Some(b'Z') => (0, OffsetStyle::UpperZ),
            Some(b'z') => (0, OffsetStyle::LowerZ),
            Some(b'+') => (1, OffsetStyle::Numeric),
            Some(b'-') => (-1, OffsetStyle::Numeric),
            Some(_) => return Err(self.expected("'Z', '+HH:MM', '-HH:MM' or end of input")),
        };
        self.pos += 1;
        if sign == 0 {
            return Ok((0, style));
        }
        let hours = self.number(2, "offset hour", 0..=23)?;
        self.literal(b':', "':' in the offset")?;
        let minutes = (hours * 60 + self.number(2, "offset minute", 0..=59)?) as i32;
        let style = if sign < 0 && minutes == 0 {
            OffsetStyle::MinusZero
        } else {
            OffsetStyle::Numeric
        };
        Ok((sign * minutes, style))
    }
}

impl DateTimeOffset {
    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor { input, pos: 0 };
        let year = c.number(4, "year", 0..=9999)?;
        c.literal(b'-', "'-' after the year")?;
        let month = c.number(2, "month", 1..=12)?;
        c.literal(b'-', "'-' after the month")?;
        let day = c.number(2, "day", 1..=31)?;
        if day > days_in_month(year, month) {
            return Err(format!("day {day} does not exist in {year:04}-{month:02}"));
        }
        let lowercase_t = c.peek() == Some(b't');
        if !(c.eat(b'T') || c.eat(b't')) {
            return Err(c.expected("'T' between date and time"));
        }
        let hour = c.number(2, "hour", 0..=23)?;
        c.literal(b':', "':' after the hour")?;
        let minute = c.number(2, "minute", 0..=59)?;
        c.literal(b':', "':' after the minute")?;
        let second = match c.number(2, "second", 0..=99)? {
            60 => return Err("second 60 (a leap second) is not supported".into()),
            second if second > 59 => return Err(format!("second {second} is out of range 00-59")),
            second => second,
        };
        let (nanosecond, fraction_digits) = c.fraction()?;
        let (offset_minutes, offset) = c.offset()?;
        if c.peek().is_some() {
            return Err(c.expected("end of input"));
        }
        let form = Form {
            fraction_digits,
            lowercase_t,
            offset,
        };
        let (date, time) = ([year, month, day], [hour, minute, second, nanosecond]);
        Ok(Self::from_checked(date, time, offset_minutes, form))
    }
}

impl FromStr for DateTimeOffset {
    type Err = ParseDateTimeOffsetError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::parse(input).map_err(|problem| ParseDateTimeOffsetError {
            input: input.to_owned(),
            problem,
        })
    }
}

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateTimeOffsetVisitor)
    }
}

struct DateTimeOffsetVisitor;

impl Visitor<'_> for DateTimeOffsetVisitor {
    type Value = DateTimeOffset;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Edm.DateTimeOffset string such as \"2017-01-01T00:02:49.3205976-08:00\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<DateTimeOffset, E> {
        value.parse().map_err(E::custom)
    }
}

/// The error from converting between [`DateTimeOffset`] and another crate's
/// date/time type when the value cannot be represented on the other side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeOffsetRangeError(String);

const YEAR_RANGE: &str = "date is outside the years 0000-9999 of Edm.DateTimeOffset";

fn range_error(message: impl Into<String>) -> DateTimeOffsetRangeError {
    DateTimeOffsetRangeError(message.into())
}

impl fmt::Display for DateTimeOffsetRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateTimeOffsetRangeError {}

#[cfg(feature = "jiff")]
mod jiff_conversions {
    use super::{DateTimeOffset, DateTimeOffsetRangeError, range_error};
    use jiff::tz::{Offset, TimeZone};
    use jiff::{Timestamp, ZonedDateTime};

    /// Fails in the last day of year 9999 (UTC), past `Timestamp::MAX`.
    impl TryFrom<DateTimeOffset> for Timestamp {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
            Timestamp::from_nanosecond(value.unix_timestamp_nanos()).map_err(|_| {
                range_error(format!("{value} is outside the range of jiff::Timestamp"))
            })
        }
    }

    /// In a fixed-offset time zone; fails like the `Timestamp` conversion.
    impl TryFrom<DateTimeOffset> for ZonedDateTime {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
            // Offsets within ±23:59 are inside jiff's ±25:59:59.
            let offset = Offset::from_seconds(value.offset_seconds()).unwrap_or(Offset::UTC);
            Ok(Timestamp::try_from(value)?.to_zoned_datetime(TimeZone::fixed(offset)))
        }
    }

    /// In UTC, written with `Z`; fails outside the years 0000-9999.
    impl TryFrom<Timestamp> for DateTimeOffset {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: Timestamp) -> Result<Self, Self::Error> {
            DateTimeOffset::from_instant(value.as_nanosecond(), 0)
        }
    }

    /// At the zone's offset for that instant; fails outside the years
    /// 0000-9999 and for offsets with seconds or beyond `±23:59`.
    impl TryFrom<&ZonedDateTime> for DateTimeOffset {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: &ZonedDateTime) -> Result<Self, Self::Error> {
            let nanos = value.timestamp().as_nanosecond();
            DateTimeOffset::from_instant(nanos, value.offset().seconds())
        }
    }
}

#[cfg(feature = "time")]
mod time_conversions {
    use super::{DateTimeOffset, DateTimeOffsetRangeError};
    use time::{Date, Month, OffsetDateTime, Time, UtcOffset, error::ComponentRange};

    fn to_time(t: DateTimeOffset) -> Result<OffsetDateTime, ComponentRange> {
        let date = Date::from_calendar_date(i32::from(t.year), Month::try_from(t.month)?, t.day)?;
        let time = Time::from_hms_nano(t.hour, t.minute, t.second, t.nanosecond)?;
        let offset = UtcOffset::from_whole_seconds(t.offset_seconds())?;
        Ok(OffsetDateTime::new_in_offset(date, time, offset))
    }

    /// Keeps the local fields and the offset.
    impl From<DateTimeOffset> for OffsetDateTime {
        fn from(value: DateTimeOffset) -> Self {
            // Never falls back: every field is within what `time` accepts.
            to_time(value).unwrap_or(OffsetDateTime::UNIX_EPOCH)
        }
    }

    /// Fails outside the years 0000-9999 and for offsets with seconds.
    impl TryFrom<OffsetDateTime> for DateTimeOffset {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: OffsetDateTime) -> Result<Self, Self::Error> {
            let nanos = value.unix_timestamp_nanos();
            DateTimeOffset::from_instant(nanos, value.offset().whole_seconds())
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_conversions {
    use super::{DateTimeOffset, DateTimeOffsetRangeError, NANOS_PER_SECOND, range_error};
    use chrono::{DateTime, FixedOffset, TimeZone, Utc};

    /// Keeps the instant and the offset.
    impl From<DateTimeOffset> for DateTime<FixedOffset> {
        fn from(value: DateTimeOffset) -> Self {
            let offset = FixedOffset::east_opt(value.offset_seconds());
            let utc = DateTime::from_timestamp(value.unix_timestamp(), value.nanosecond);
            // Never falls back: offset and year are well inside chrono's ranges.
            let local = offset
                .zip(utc)
                .map(|(offset, utc)| utc.with_timezone(&offset));
            local.unwrap_or_default()
        }
    }

    fn from_chrono<Tz: TimeZone>(
        value: &DateTime<Tz>,
        offset_seconds: i32,
    ) -> Result<DateTimeOffset, DateTimeOffsetRangeError> {
        // chrono keeps a leap second as a sub-second part of 10⁹ ns or more.
        let subsec = i128::from(value.timestamp_subsec_nanos());
        if subsec >= NANOS_PER_SECOND {
            return Err(range_error(
                "leap seconds are not supported by Edm.DateTimeOffset",
            ));
        }
        let nanos = i128::from(value.timestamp()) * NANOS_PER_SECOND + subsec;
        DateTimeOffset::from_instant(nanos, offset_seconds)
    }

    /// Fails outside the years 0000-9999, for offsets with seconds and for
    /// leap seconds.
    impl TryFrom<DateTime<FixedOffset>> for DateTimeOffset {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: DateTime<FixedOffset>) -> Result<Self, Self::Error> {
            from_chrono(&value, value.offset().local_minus_utc())
        }
    }

    /// Written with `Z`; fails outside the years 0000-9999 and for leap seconds.
    impl TryFrom<DateTime<Utc>> for DateTimeOffset {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: DateTime<Utc>) -> Result<Self, Self::Error> {
            from_chrono(&value, 0)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const FORMS: &[&str] = &[
        "2017-01-01T00:02:49.3205976-08:00",
        "2021-03-01T10:00:00+00:00",
        "2021-03-01T10:00:00Z",
        "2021-03-01T10:00:00.0000000Z",
        "2021-03-01T10:00:00",
        "2021-03-01t10:00:00.5z",
        "2021-03-01T10:00:00-00:00",
        "2020-02-29T23:59:59.120+05:30",
        "0000-01-01T00:00:00.000000001+23:59",
        "9999-12-31T23:59:59.999999999-23:59",
    ];

    /// Each invalid input and the problem its error names, as `input => problem`.
    const INVALID: &str = "
yesterday => expected 4-digit year at byte 0, found 'y'
nine => expected 4-digit year at byte 0, found 'n'
=> expected 4-digit year at byte 0, found end of input
2021-02-30T00:00:00Z => day 30 does not exist in 2021-02
2021-02-29T00:00:00Z => day 29 does not exist in 2021-02
1900-02-29T00:00:00Z => day 29 does not exist in 1900-02
2021-04-31T00:00:00Z => day 31 does not exist in 2021-04
2021-01-00T00:00:00Z => day 00 is out of range 01-31
2021-13-01T00:00:00Z => month 13 is out of range 01-12
2021-00-01T00:00:00Z => month 00 is out of range 01-12
2021-03-01T24:00:00Z => hour 24 is out of range 00-23
2021-03-01T10:60:00Z => minute 60 is out of range 00-59
2016-12-31T23:59:60Z => second 60 (a leap second) is not supported
2016-12-31T23:59:61Z => second 61 is out of range 00-59
2021-03-01T10:00:00.1234567890Z => 10 fraction digits; at most 9 are supported
2021-03-01T10:00:00.Z => expected a fraction digit after '.' at byte 20, found 'Z'
2021-03-01T10:00:00+24:00 => offset hour 24 is out of range 00-23
2021-03-01T10:00:00+05:60 => offset minute 60 is out of range 00-59
2021-03-01T10:00:00+0800 => expected ':' in the offset at byte 22, found '0'
2021-03-01T10:00:00+08 => expected ':' in the offset at byte 22, found end of input
2021-03-01 10:00:00Z => expected 'T' between date and time at byte 10, found ' '
10000-01-01T00:00:00Z => expected '-' after the year at byte 4, found '0'
-0001-01-01T00:00:00Z => expected 4-digit year at byte 0, found '-'
2021-03-01T10:00Z => expected ':' after the minute at byte 16, found 'Z'
2021-03-01T10:00:00Zjunk => expected end of input at byte 20, found 'j'
2021-03-01T10:00:00 Z => expected 'Z', '+HH:MM', '-HH:MM' or end of input at byte 19, found ' '
２021-03-01 => expected 4-digit year at byte 0, found '２'";

    fn dto(s: &str) -> DateTimeOffset {
        s.parse().unwrap()
    }

    #[test]
    fn every_form_round_trips_through_serde_json() {
        for form in FORMS {
            let json = format!("\"{form}\"");
            let value: DateTimeOffset = serde_json::from_str(&json).unwrap();
            let from_slice: DateTimeOffset = serde_json::from_slice(json.as_bytes()).unwrap();
            let from_reader: DateTimeOffset = serde_json::from_reader(json.as_bytes()).unwrap();
            assert_eq!((value, value), (from_slice, from_reader));
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                serde_json::Value::from(*form)
            );
            assert_eq!(value.to_string(), *form);
        }
        let object = r#"{"a":"2021-03-01T10:00:00.0000000Z","b":"2021-03-01T10:00:00"}"#;
        let map: std::collections::BTreeMap<String, DateTimeOffset> =
            serde_json::from_str(object).unwrap();
        assert_eq!(serde_json::to_string(&map).unwrap(), object);
    }

    #[test]
    fn invalid_strings_are_errors_that_quote_the_input() {
        let table: Vec<_> = INVALID.lines().filter_map(|l| l.split_once("=>")).collect();
        assert_eq!(table.len(), 27);
        for (input, problem) in table.iter().map(|(i, p)| (i.trim(), p.trim())) {
            let message = format!("invalid Edm.DateTimeOffset {input:?}: {problem}");
            let error = input.parse::<DateTimeOffset>().unwrap_err();
            assert_eq!(error.to_string(), message);
            let json = serde_json::to_string(input).unwrap();
            let json_error = serde_json::from_str::<DateTimeOffset>(&json).unwrap_err();
            assert!(json_error.to_string().starts_with(&message), "{json_error}");
        }
        let long = "x".repeat(200).parse::<DateTimeOffset>().unwrap_err();
        let quoted = format!("\"{}\"…: expected 4-digit year", "x".repeat(80));
        assert!(long.to_string().contains(&quoted), "{long}");
        let boxed: Box<dyn std::error::Error> = Box::new(long);
        assert!(boxed.to_string().starts_with("invalid Edm.DateTimeOffset"));
    }

    #[test]
    fn non_strings_are_invalid_type_errors() {
        for json in ["1483257769", "null", "true", "[]", "{}"] {
            let error = serde_json::from_str::<DateTimeOffset>(json).unwrap_err();
            let message = error.to_string();
            assert!(message.starts_with("invalid type: "), "{json}: {message}");
            assert!(message.contains("expected an Edm.DateTimeOffset string"));
        }
    }

    #[test]
    fn accessors_of_a_known_value() {
        let t = dto("2017-01-01T00:02:49.3205976-08:00");
        let date = (t.year(), t.month(), t.day());
        assert_eq!(
            (date, t.hour(), t.minute(), t.second()),
            ((2017, 1, 1), 0, 2, 49)
        );
        assert_eq!(t.nanosecond(), 320_597_600);
        assert_eq!((t.offset_seconds(), t.fraction_digits()), (-8 * 3600, 7));
        assert!(t.has_offset());
        assert_eq!(t.unix_timestamp(), 1_483_257_769);
        assert_eq!(t.unix_timestamp_nanos(), 1_483_257_769_320_597_600);
        let debug = "DateTimeOffset(2017-01-01T00:02:49.3205976-08:00)";
        assert_eq!(format!("{t:?}"), debug);
        let zeros = dto("2021-03-01T10:00:00.0000000Z");
        assert_eq!((zeros.nanosecond(), zeros.fraction_digits()), (0, 7));
    }

    #[test]
    fn unix_timestamps() {
        let cases = [
            ("1970-01-01T00:00:00Z", 0, 0),
            ("1970-01-01T01:00:00+01:00", 0, 0),
            ("1969-12-31T23:59:59.5Z", -1, -500_000_000),
            ("2000-03-01T00:00:00Z", 951_868_800, 951_868_800_000_000_000),
            (
                "0000-01-01T00:00:00Z",
                -62_167_219_200,
                -62_167_219_200_000_000_000,
            ),
            (
                "9999-12-31T23:59:59Z",
                253_402_300_799,
                253_402_300_799_000_000_000,
            ),
        ];
        for (text, seconds, nanos) in cases {
            assert_eq!(
                (dto(text).unix_timestamp(), dto(text).unix_timestamp_nanos()),
                (seconds, nanos)
            );
        }
    }

    #[test]
    fn a_missing_offset_is_utc_and_stays_missing() {
        let t = dto("2021-03-01T10:00:00");
        assert!(!t.has_offset());
        assert_eq!(t.offset_seconds(), 0);
        assert_eq!(
            t.unix_timestamp(),
            dto("2021-03-01T10:00:00Z").unix_timestamp()
        );
        assert_ne!(t, dto("2021-03-01T10:00:00Z"));
    }

    #[test]
    fn february_29_only_in_leap_years() {
        for leap in [
            "2020-02-29T12:00:00Z",
            "2000-02-29T12:00:00Z",
            "0000-02-29T00:00:00Z",
        ] {
            assert_eq!(dto(leap).day(), 29);
        }
        for common in [
            "2021-02-29T12:00:00Z",
            "1900-02-29T12:00:00Z",
            "2100-02-29T00:00:00Z",
        ] {
            assert!(common.parse::<DateTimeOffset>().is_err(), "{common}");
        }
    }

    #[test]
    fn ordering_is_by_instant_then_form_and_agrees_with_eq() {
        let nine_utc = dto("2021-03-01T10:00:00+01:00");
        let half_past = dto("2021-03-01T09:30:00Z");
        assert!(nine_utc < half_past);
        assert!(dto("2021-03-01T09:59:59.999999999Z") < dto("2021-03-01T10:00:00Z"));
        let ten_utc = [
            dto("2021-03-01T10:00:00Z"),
            dto("2021-03-01T10:00:00+00:00"),
            dto("2021-03-01T10:00:00.000Z"),
            dto("2021-03-01T02:00:00-08:00"),
        ];
        for a in ten_utc {
            assert!(a > half_past);
            for b in ten_utc {
                assert_eq!(a.cmp(&b) == Ordering::Equal, a == b, "{a} vs {b}");
            }
        }
        let mut sorted = vec![half_past, ten_utc[3], nine_utc];
        sorted.sort();
        assert_eq!(sorted, [nine_utc, half_past, ten_utc[3]]);
    }

    #[test]
    fn equality_and_hash_are_structural() {
        let all = FORMS.iter().chain(FORMS).map(|s| dto(s));
        assert_eq!(
            all.collect::<std::collections::HashSet<_>>().len(),
            FORMS.len()
        );
        assert_eq!(dto("2021-03-01T10:00:00Z"), dto("2021-03-01T10:00:00Z"));
        assert_ne!(dto("2021-03-01T10:00:00Z"), dto("2021-03-01T10:00:00z"));
        assert_ne!(
            dto("2021-03-01T10:00:00+00:00"),
            dto("2021-03-01T10:00:00-00:00")
        );
    }

    #[test]
    fn from_unix_timestamp_nanos_picks_the_shortest_form() {
        let cases = [
            (
                1_483_257_769_320_597_600,
                -8 * 3600,
                "2017-01-01T00:02:49.3205976-08:00",
            ),
            (1_614_592_800_000_000_000, 0, "2021-03-01T10:00:00Z"),
            (
                1_614_592_800_500_000_000,
                19_800,
                "2021-03-01T15:30:00.5+05:30",
            ),
            (-1, 0, "1969-12-31T23:59:59.999999999Z"),
            (1, 60, "1970-01-01T00:01:00.000000001+00:01"),
        ];
        for (nanos, offset, text) in cases {
            let t = DateTimeOffset::from_unix_timestamp_nanos(nanos, offset).unwrap();
            assert_eq!((t, t.to_string()), (dto(text), text.to_owned()));
            assert_eq!(t.unix_timestamp_nanos(), nanos);
        }
    }

    #[test]
    fn from_unix_timestamp_nanos_rejects_what_cannot_be_written() {
        let from = DateTimeOffset::from_unix_timestamp_nanos;
        let first = dto("0000-01-01T00:00:00Z").unix_timestamp_nanos();
        let last = dto("9999-12-31T23:59:59.999999999Z").unix_timestamp_nanos();
        assert!(from(first, 0).is_some() && from(last, 0).is_some());
        assert!(from(first - 1, 0).is_none() && from(last + 1, 0).is_none());
        assert!(from(last, 60).is_none() && from(first, -60).is_none());
        assert!(from(0, 30).is_none() && from(0, 24 * 3600).is_none());
        assert!(from(0, -MAX_OFFSET_MINUTES * 60).is_some());
        assert!(from(i128::MAX, 3600).is_none() && from(i128::MIN, 0).is_none());
    }

    #[test]
    fn civil_day_arithmetic_agrees_with_counting_every_day() {
        let mut expected = MIN_DAY;
        for year in 0..=9999 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    assert_eq!(
                        days_from_civil(year.into(), month as u8, day as u8),
                        expected
                    );
                    assert_eq!(civil_from_days(expected), [year, month, day]);
                    expected += 1;
                }
            }
        }
        assert_eq!((expected, days_from_civil(1970, 1, 1)), (MAX_DAY + 1, 0));
    }

    #[cfg(feature = "jiff")]
    #[test]
    fn jiff_agrees_and_converts() {
        use jiff::{Timestamp, ZonedDateTime, tz};
        let t = dto("2017-01-01T00:02:49.3205976-08:00");
        let ts: Timestamp = "2017-01-01T00:02:49.3205976-08:00".parse().unwrap();
        assert_eq!(Timestamp::try_from(t).unwrap(), ts);
        assert_eq!(
            (ts.as_second(), ts.subsec_nanosecond()),
            (1_483_257_769, 320_597_600)
        );
        let utc = DateTimeOffset::try_from(ts).unwrap();
        assert_eq!(utc.to_string(), "2017-01-01T08:02:49.3205976Z");
        let zoned = ZonedDateTime::try_from(t).unwrap();
        assert_eq!(zoned.offset().seconds(), -8 * 3600);
        assert_eq!((zoned.hour(), zoned.minute(), zoned.second()), (0, 2, 49));
        assert_eq!(DateTimeOffset::try_from(&zoned).unwrap(), t);
        for t in FORMS
            .iter()
            .filter(|s| !s.starts_with("9999"))
            .map(|s| dto(s))
        {
            let nanos = Timestamp::try_from(t).unwrap().as_nanosecond();
            assert_eq!(nanos, t.unix_timestamp_nanos());
        }
        let past_max = Timestamp::try_from(dto("9999-12-31T23:59:59Z")).unwrap_err();
        let message = "9999-12-31T23:59:59Z is outside the range of jiff::Timestamp";
        assert_eq!(past_max.to_string(), message);
        assert!(DateTimeOffset::try_from(Timestamp::MIN).is_err());
        let lmt = tz::TimeZone::fixed(tz::Offset::from_seconds(561).unwrap());
        let lmt = ZonedDateTime::new(Timestamp::UNIX_EPOCH, lmt);
        let error = DateTimeOffset::try_from(&lmt).unwrap_err().to_string();
        assert_eq!(
            error,
            "UTC offset of 561 s is not a whole number of minutes within ±23:59"
        );
    }

    #[cfg(feature = "time")]
    #[test]
    fn time_converts_both_ways() {
        use time::{OffsetDateTime, UtcOffset};
        for t in FORMS.iter().map(|s| dto(s)) {
            let odt = OffsetDateTime::from(t);
            assert_eq!(odt.unix_timestamp_nanos(), t.unix_timestamp_nanos(), "{t}");
            assert_eq!(odt.offset().whole_seconds(), t.offset_seconds());
            assert_eq!(
                (odt.year(), odt.day(), odt.hour()),
                (t.year().into(), t.day(), t.hour())
            );
            let back = DateTimeOffset::try_from(odt).unwrap();
            assert_eq!(back.unix_timestamp_nanos(), t.unix_timestamp_nanos());
        }
        let odt = OffsetDateTime::from(dto("2017-01-01T00:02:49.3205976-08:00"));
        let back = DateTimeOffset::try_from(odt).unwrap();
        assert_eq!(back.to_string(), "2017-01-01T00:02:49.3205976-08:00");
        let too_early = OffsetDateTime::from_unix_timestamp(-62_167_219_201).unwrap();
        assert!(DateTimeOffset::try_from(too_early).is_err());
        let lmt = OffsetDateTime::UNIX_EPOCH.to_offset(UtcOffset::from_hms(0, 9, 21).unwrap());
        assert!(DateTimeOffset::try_from(lmt).is_err());
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn chrono_converts_both_ways() {
        use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
        for t in FORMS.iter().map(|s| dto(s)) {
            let dt = DateTime::<FixedOffset>::from(t);
            assert_eq!(
                (dt.timestamp(), dt.timestamp_subsec_nanos()),
                (t.unix_timestamp(), t.nanosecond())
            );
            assert_eq!(dt.offset().local_minus_utc(), t.offset_seconds());
            let back = DateTimeOffset::try_from(dt).unwrap();
            assert_eq!(back.unix_timestamp_nanos(), t.unix_timestamp_nanos());
        }
        let dt = DateTime::parse_from_rfc3339("2017-01-01T00:02:49.3205976-08:00").unwrap();
        let back = DateTimeOffset::try_from(dt).unwrap();
        assert_eq!(back.to_string(), "2017-01-01T00:02:49.3205976-08:00");
        let utc = DateTime::<Utc>::from_timestamp(1_614_592_800, 0).unwrap();
        let back = DateTimeOffset::try_from(utc).unwrap();
        assert_eq!(back.to_string(), "2021-03-01T10:00:00Z");
        let date = NaiveDate::from_ymd_opt(2016, 12, 31).unwrap();
        let leap = date
            .and_hms_nano_opt(23, 59, 59, 1_500_000_000)
            .unwrap()
            .and_utc();
        let error = DateTimeOffset::try_from(leap).unwrap_err().to_string();
        assert_eq!(
            error,
            "leap seconds are not supported by Edm.DateTimeOffset"
        );
        let date = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        let year_10000 = date.and_hms_opt(0, 0, 0).unwrap().and_utc();
        assert!(DateTimeOffset::try_from(year_10000).is_err());
    }
}
