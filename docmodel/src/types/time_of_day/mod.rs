//! [`TimeOfDay`]: an OData / Microsoft Graph `Edm.TimeOfDay` that writes back
//! exactly the characters it was read from.
//!
//! # Accepted syntax
//!
//! `HH:MM:SS[.f{1,9}]`, e.g. `12:30:05` or `08:00:00.0000000` (what Graph
//! writes: .NET's `TimeOfDay` has 7 fraction digits), and OData's shorter
//! `HH:MM`. The form is kept: the fraction's digits as written, trailing zeros
//! included, and whether seconds were written at all, so `08:00`, `08:00:00`
//! and `08:00:00.0000000` each write back as they came.
//!
//! Rejected: hour `24` (`24:00:00`; OData's hours are `00`-`23`), leap seconds
//! (second `60`), more than 9 fraction digits (finer than a nanosecond; OData
//! allows 12, Graph writes 7), a fraction without seconds (`08:00.5`), fewer
//! digits (`8:00:00`), a UTC offset or `Z` after the time, and surrounding
//! space.

mod convert;
#[cfg(test)]
mod tests;

pub use convert::TimeOfDayRangeError;

use super::calendar::minimal_fraction_digits;
use super::text::{Cursor, Parsed, StackText, debug_as_display, parse_error, string_serde};

/// An `Edm.TimeOfDay`: a time of day with up to nanosecond precision, no
/// date and no time zone, and the form it was written in.
///
/// Its [`Display`](std::fmt::Display) and [`Serialize`] output is exactly the text
/// it was parsed or deserialized from. Equality and hashing are structural
/// (same time and form: `08:00` and `08:00:00` differ); ordering is by time
/// first, then by form, so it agrees with equality.
///
/// ```
/// # use docmodel::types::TimeOfDay;
/// let t: TimeOfDay = "08:00:00.0000000".parse().unwrap();
/// assert_eq!((t.hour(), t.minute(), t.second(), t.nanosecond()), (8, 0, 0, 0));
/// assert_eq!(t.to_string(), "08:00:00.0000000");
/// assert!(t < "12:30:05".parse().unwrap());
/// ```
///
/// [`Serialize`]: serde::Serialize
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    // In this order, so the derived ordering is by time, then form.
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
    form: Form,
}

/// How a value was written, beyond its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Form {
    /// `false` for `HH:MM`; then `second`, `nanosecond` and
    /// `fraction_digits` are 0.
    has_seconds: bool,
    fraction_digits: u8,
}

parse_error! {
    /// The error from parsing a string that is not a valid `Edm.TimeOfDay`.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.TimeOfDay "24:00:00": hour 24 is out of range 00-23`.
    ParseTimeOfDayError, "Edm.TimeOfDay",
    for TimeOfDay
}

impl TimeOfDay {
    /// `00:00:00`.
    pub const MIDNIGHT: Self = Self {
        hour: 0,
        minute: 0,
        second: 0,
        nanosecond: 0,
        form: Form {
            has_seconds: true,
            fraction_digits: 0,
        },
    };

    /// The time `hour`:`minute`:`second` plus `nanosecond`, written
    /// `HH:MM:SS` with the fewest fraction digits that hold `nanosecond`
    /// exactly (none for 0, `.5` for 500 000 000).
    ///
    /// `None` unless `hour < 24`, `minute < 60`, `second < 60` and
    /// `nanosecond < 1_000_000_000`.
    ///
    /// ```
    /// # use docmodel::types::TimeOfDay;
    /// assert_eq!(TimeOfDay::new(12, 30, 5, 0).unwrap().to_string(), "12:30:05");
    /// assert_eq!(TimeOfDay::new(8, 0, 0, 250_000_000).unwrap().to_string(), "08:00:00.25");
    /// assert!(TimeOfDay::new(24, 0, 0, 0).is_none());
    /// ```
    pub fn new(hour: u8, minute: u8, second: u8, nanosecond: u32) -> Option<Self> {
        let valid = hour < 24 && minute < 60 && second < 60 && nanosecond < 1_000_000_000;
        let form = Form {
            has_seconds: true,
            fraction_digits: minimal_fraction_digits(nanosecond),
        };
        valid.then_some(Self {
            hour,
            minute,
            second,
            nanosecond,
            form,
        })
    }

    /// The hour, `0..=23`.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, `0..=59`.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, `0..=59` (leap seconds are rejected); `0` for `HH:MM`.
    pub fn second(&self) -> u8 {
        self.second
    }

    /// The fraction of the second in nanoseconds, `0..=999_999_999`.
    pub fn nanosecond(&self) -> u32 {
        self.nanosecond
    }

    /// Whether seconds were written (`HH:MM:SS`), not just `HH:MM`.
    pub fn has_seconds(&self) -> bool {
        self.form.has_seconds
    }

    /// The number of fraction digits as written, trailing zeros included
    /// (`7` for `.0000000`, `0` without a fraction).
    pub fn fraction_digits(&self) -> u8 {
        self.form.fraction_digits
    }

    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let hour = c.number(2, "hour", 0..=23)?;
        c.literal(b':', "':' after the hour")?;
        let minute = c.number(2, "minute", 0..=59)?;
        let has_seconds = c.eat(b':');
        let (second, (nanosecond, fraction_digits)) = if has_seconds {
            (c.second()?, c.fraction()?)
        } else if c.peek() == Some(b'.') {
            return Err(c.expected("':' and seconds before a fraction"));
        } else {
            (0, (0, 0))
        };
        c.end()?;
        let form = Form {
            has_seconds,
            fraction_digits,
        };
        // Lossless: each is within the range just checked.
        Ok(Self {
            hour: hour as u8,
            minute: minute as u8,
            second: second as u8,
            nanosecond,
            form,
        })
    }
}

impl TimeOfDay {
    /// The text it was read from, on the stack (for `Display` and
    /// `Serialize`): at most `HH:MM:SS.fffffffff`.
    fn text(&self) -> StackText<18> {
        let mut text = StackText::new();
        text.number(self.hour.into(), 2);
        text.push(b':');
        text.number(self.minute.into(), 2);
        if self.form.has_seconds {
            text.push(b':');
            text.number(self.second.into(), 2);
            text.fraction(self.nanosecond, self.form.fraction_digits);
        }
        text
    }
}

debug_as_display!(TimeOfDay);

string_serde!(
    TimeOfDay,
    "an Edm.TimeOfDay string such as \"12:30:05\" or \"08:00:00.0000000\"",
    text
);
