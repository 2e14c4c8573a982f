//! [`Duration`]: an OData / Microsoft Graph `Edm.Duration` (ISO 8601) that
//! writes back exactly the characters it was read from.
//!
//! # Design
//!
//! Graph writes durations in several shapes for the same length (`PT36H`,
//! `P1DT12H`), with zero components (`P0D`, `PT0S`), with fraction digits
//! (`PT0.5S`, `PT1.0000000S`) and with calendar units (`P1Y2M`, `P2W`). So
//! this type keeps each component as written: its value, its leading zeros,
//! whether it was written at all, and the fraction digits of the seconds.
//! Years, months and weeks are kept but have no fixed length, so the
//! conversions to fixed-length durations ([`Duration::to_std`],
//! [`Duration::total_nanoseconds`], jiff's `SignedDuration`, `time::Duration`,
//! chrono's `TimeDelta`) fail for them; jiff's `Span` can hold them. Days are
//! taken as 24 hours, as OData does.
//!
//! # Accepted syntax
//!
//! `[-]P[nY][nM][nW][nD][T[nH][nM][n[.f]S]]`: at least one component, each
//! unit at most once and in this order, `T` only before hours, minutes or
//! seconds (and then at least one of them). `n` is 1 to 20 digits with a
//! value of at most `u64::MAX`; `f` is 1 to 9 digits. Weeks may be mixed with
//! other units (ISO 8601-2, as jiff reads them).
//!
//! Rejected: an empty duration (`P`, `PT`, `P1DT`), a `+` sign, lower-case
//! letters (`pt1h`), a fraction on any unit but seconds (`PT1.5H`), a comma
//! as the decimal sign (`PT0,5S`), more than 9 fraction digits, units out of
//! order or repeated (`PT1M1H`), hours or seconds before `T` (`P1H`), years,
//! weeks or days after it, ISO 8601's alternative format
//! (`P0001-02-03T04:05:06`), and surrounding space.

mod convert;
mod parse;
#[cfg(test)]
mod tests;

pub use convert::DurationRangeError;

use super::calendar::minimal_fraction_digits;
use super::text::{StackText, debug_as_display, parse_error, string_serde};

const NANOS_PER_SECOND: i128 = 1_000_000_000;

/// An `Edm.Duration`: an ISO 8601 duration with each component as written.
///
/// Its [`Display`](std::fmt::Display) and [`Serialize`] output is exactly the text
/// it was parsed or deserialized from. Equality and hashing are structural
/// (`PT36H`, `P1DT12H` and `PT36H0M` differ). It is not `Ord`: `P1M` and
/// `P30D` have no order without a reference date; compare
/// [`total_nanoseconds`](Self::total_nanoseconds) of fixed-length durations.
///
/// ```
/// # use docmodel::types::Duration;
/// let d: Duration = "P1DT2H3M4.5S".parse().unwrap();
/// assert_eq!((d.days(), d.hours(), d.minutes(), d.seconds()), (1, 2, 3, 4));
/// assert_eq!(d.subsec_nanoseconds(), 500_000_000);
/// assert_eq!(d.to_std().unwrap(), std::time::Duration::from_millis(93_784_500));
/// assert_eq!(d.to_string(), "P1DT2H3M4.5S");
///
/// let quarter: Duration = "-PT15M".parse().unwrap();
/// assert_eq!(quarter.total_nanoseconds().unwrap(), -900_000_000_000);
/// assert!(quarter.to_std().is_err());
///
/// let calendar: Duration = "P1Y2M".parse().unwrap();
/// assert!(calendar.has_calendar_units() && calendar.total_nanoseconds().is_err());
/// ```
///
/// [`Serialize`]: serde::Serialize
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    /// Written with a leading `-`.
    negative: bool,
    /// Each unit of [`UNITS`], if written.
    parts: [Option<Part>; 7],
    /// The fraction of the seconds; only with a seconds part.
    nanosecond: u32,
    /// The fraction's digits as written; only with a seconds part.
    fraction_digits: u8,
}

/// One component as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Part {
    value: u64,
    /// Zeros written before the value's digits (`01` has one, `0` none).
    leading_zeros: u8,
}

/// The units, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Years,
    Months,
    Weeks,
    Days,
    Hours,
    Minutes,
    Seconds,
}

const UNITS: [Unit; 7] = [
    Unit::Years,
    Unit::Months,
    Unit::Weeks,
    Unit::Days,
    Unit::Hours,
    Unit::Minutes,
    Unit::Seconds,
];

impl Unit {
    fn designator(self) -> u8 {
        match self {
            Unit::Years => b'Y',
            Unit::Months | Unit::Minutes => b'M',
            Unit::Weeks => b'W',
            Unit::Days => b'D',
            Unit::Hours => b'H',
            Unit::Seconds => b'S',
        }
    }

    fn name(self) -> &'static str {
        match self {
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Weeks => "weeks",
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
        }
    }

    /// Written after `T`.
    fn is_time(self) -> bool {
        matches!(self, Unit::Hours | Unit::Minutes | Unit::Seconds)
    }

    /// The fixed length in seconds; `None` for the calendar units.
    fn seconds(self) -> Option<u32> {
        match self {
            Unit::Years | Unit::Months | Unit::Weeks => None,
            Unit::Days => Some(86_400),
            Unit::Hours => Some(3_600),
            Unit::Minutes => Some(60),
            Unit::Seconds => Some(1),
        }
    }
}

parse_error! {
    /// The error from parsing a string that is not a valid `Edm.Duration`.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.Duration "PT1.5H": a fraction is only supported on seconds, not on hours`.
    ParseDurationError, "Edm.Duration",
    for Duration
}

impl Duration {
    /// `PT0S`.
    pub const ZERO: Self = Self {
        negative: false,
        parts: [
            None,
            None,
            None,
            None,
            None,
            None,
            Some(Part {
                value: 0,
                leading_zeros: 0,
            }),
        ],
        nanosecond: 0,
        fraction_digits: 0,
    };

    fn part(&self, unit: Unit) -> Option<Part> {
        self.parts.get(unit as usize).copied().flatten()
    }

    fn value(&self, unit: Unit) -> u64 {
        self.part(unit).map_or(0, |part| part.value)
    }

    /// Whether it is shorter than zero: written with a leading `-` and a
    /// component that is not zero. `-PT0S` is not negative.
    pub fn is_negative(&self) -> bool {
        self.negative && !self.is_zero()
    }

    /// Whether every component is zero (`P0D`, `PT0S`, `-PT0.000S`).
    pub fn is_zero(&self) -> bool {
        self.parts.iter().flatten().all(|part| part.value == 0) && self.nanosecond == 0
    }

    /// Whether it has years, months or weeks that are not zero: calendar
    /// units, which have no fixed length without a reference date.
    pub fn has_calendar_units(&self) -> bool {
        self.calendar_unit().is_some()
    }

    fn calendar_unit(&self) -> Option<Unit> {
        let calendar = [Unit::Years, Unit::Months, Unit::Weeks];
        calendar.into_iter().find(|&unit| self.value(unit) != 0)
    }

    /// The years as written (`0` when not written); like every component
    /// accessor, without the sign (see [`is_negative`](Self::is_negative)).
    pub fn years(&self) -> u64 {
        self.value(Unit::Years)
    }

    /// The months as written, `0` when not written.
    pub fn months(&self) -> u64 {
        self.value(Unit::Months)
    }

    /// The weeks as written, `0` when not written.
    pub fn weeks(&self) -> u64 {
        self.value(Unit::Weeks)
    }

    /// The days as written, `0` when not written.
    pub fn days(&self) -> u64 {
        self.value(Unit::Days)
    }

    /// The hours as written (`36` for `PT36H`), `0` when not written.
    pub fn hours(&self) -> u64 {
        self.value(Unit::Hours)
    }

    /// The minutes as written, `0` when not written.
    pub fn minutes(&self) -> u64 {
        self.value(Unit::Minutes)
    }

    /// The whole seconds as written, `0` when not written.
    pub fn seconds(&self) -> u64 {
        self.value(Unit::Seconds)
    }

    /// The fraction of the seconds in nanoseconds, `0..=999_999_999`.
    pub fn subsec_nanoseconds(&self) -> u32 {
        self.nanosecond
    }

    /// The number of fraction digits of the seconds as written, trailing
    /// zeros included (`7` for `PT1.0000000S`, `0` without a fraction).
    pub fn fraction_digits(&self) -> u8 {
        self.fraction_digits
    }

    /// The length in nanoseconds, negative if [`is_negative`](Self::is_negative),
    /// with days of 24 hours.
    ///
    /// Fails for years, months or weeks that are not zero: they have no fixed
    /// length. Never overflows otherwise.
    pub fn total_nanoseconds(&self) -> Result<i128, DurationRangeError> {
        if let Some(unit) = self.calendar_unit() {
            return Err(DurationRangeError::new(format!(
                "{self} has {}, which have no fixed length without a reference date",
                unit.name()
            )));
        }
        // At most 4 × (2⁶⁴ × 86 400 × 10⁹) < 2¹¹⁰: no overflow.
        let seconds: i128 = UNITS
            .into_iter()
            .filter_map(|unit| Some(i128::from(unit.seconds()?) * i128::from(self.value(unit))))
            .sum();
        let nanos = seconds * NANOS_PER_SECOND + i128::from(self.nanosecond);
        Ok(if self.negative { -nanos } else { nanos })
    }

    /// As a [`std::time::Duration`], with days of 24 hours.
    ///
    /// Fails for years, months or weeks that are not zero, for a negative
    /// duration, and beyond `u64::MAX` seconds.
    pub fn to_std(&self) -> Result<std::time::Duration, DurationRangeError> {
        let nanos = self.total_nanoseconds()?;
        if nanos < 0 {
            let message = format!("{self} is negative; std::time::Duration cannot be");
            return Err(DurationRangeError::new(message));
        }
        let seconds = u64::try_from(nanos / NANOS_PER_SECOND).map_err(|_| {
            DurationRangeError::new(format!("{self} is too long for std::time::Duration"))
        })?;
        // Lossless: `nanos` is not negative, so the rest is in `0..10⁹`.
        let nanosecond = (nanos % NANOS_PER_SECOND) as u32;
        Ok(std::time::Duration::new(seconds, nanosecond))
    }

    /// The duration of `nanos` nanoseconds, in the canonical form: days,
    /// hours, minutes and seconds, each only when not zero, the seconds with
    /// the fewest fraction digits that hold them exactly, and `-` before a
    /// negative one: `PT1H30M`, `P1DT2H`, `-PT0.5S`, and `PT0S` for zero.
    ///
    /// `None` beyond `u64::MAX` days.
    ///
    /// ```
    /// # use docmodel::types::Duration;
    /// let d = Duration::from_total_nanoseconds(93_784_500_000_000).unwrap();
    /// assert_eq!(d.to_string(), "P1DT2H3M4.5S");
    /// assert_eq!(Duration::from_total_nanoseconds(0).unwrap().to_string(), "PT0S");
    /// ```
    pub fn from_total_nanoseconds(nanos: i128) -> Option<Self> {
        let magnitude = nanos.unsigned_abs();
        let seconds = magnitude / 1_000_000_000;
        // Lossless: the rest of a division by 10⁹.
        let nanosecond = (magnitude % 1_000_000_000) as u32;
        let days = u64::try_from(seconds / 86_400).ok()?;
        // Lossless: the rest of a division by 86 400.
        let of_day = (seconds % 86_400) as u64;
        let values = [0, 0, 0, days, of_day / 3600, of_day / 60 % 60, of_day % 60];
        Some(Self::canonical(nanos < 0, values, nanosecond))
    }

    /// The canonical form of these unit values (see
    /// [`from_total_nanoseconds`](Self::from_total_nanoseconds)): zero
    /// components left out, `PT0S` when all are zero.
    fn canonical(negative: bool, values: [u64; 7], nanosecond: u32) -> Self {
        let mut parts = values.map(|value| {
            (value != 0).then_some(Part {
                value,
                leading_zeros: 0,
            })
        });
        let zero = values.iter().all(|&value| value == 0);
        if let Some(seconds @ None) = parts.get_mut(Unit::Seconds as usize)
            && (nanosecond != 0 || zero)
        {
            *seconds = Some(Part {
                value: 0,
                leading_zeros: 0,
            });
        }
        Self {
            negative,
            parts,
            nanosecond,
            fraction_digits: minimal_fraction_digits(nanosecond),
        }
    }
}

/// The longest text: `-P`, `T`, seven components of 20 digits and a
/// designator each, and a fraction of 9 digits after its `.`.
const TEXT_LEN: usize = 3 + 7 * 21 + 10;

impl Duration {
    /// The text it was read from, on the stack (for `Display` and
    /// `Serialize`).
    fn text(&self) -> StackText<TEXT_LEN> {
        let mut text = StackText::new();
        text.push_str(if self.negative { "-P" } else { "P" });
        let mut in_time = false;
        for (unit, part) in UNITS.into_iter().zip(self.parts) {
            let Some(part) = part else { continue };
            if unit.is_time() && !in_time {
                text.push(b'T');
                in_time = true;
            }
            for _ in 0..part.leading_zeros {
                text.push(b'0');
            }
            text.number(part.value, 1);
            if unit == Unit::Seconds {
                text.fraction(self.nanosecond, self.fraction_digits);
            }
            text.push(unit.designator());
        }
        text
    }
}

debug_as_display!(Duration);

string_serde!(
    Duration,
    "an Edm.Duration string such as \"PT1H\" or \"P1DT2H3M4.5S\"",
    text
);
