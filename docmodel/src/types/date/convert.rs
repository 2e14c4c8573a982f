//! Conversions to and from jiff, time and chrono, each behind its feature.
//!
//! Every [`Date`] fits the other crates' dates, so those conversions are
//! `From`; theirs reach years before 0000 or after 9999, so the conversions
//! back are `TryFrom`.

#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
use super::Date;
use crate::types::text::range_error;

range_error! {
    /// The error from converting another crate's date to a
    /// [`Date`](super::Date) when its year is outside `0000`-`9999`.
    DateRangeError,
    #[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))] new
}

/// The date if `year` is within `0000`-`9999`; the fields come from a valid
/// date of another crate.
#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
fn from_valid(year: i64, month: u32, day: u32) -> Result<Date, DateRangeError> {
    let date = u16::try_from(year)
        .ok()
        .zip(u8::try_from(month).ok().zip(u8::try_from(day).ok()))
        .and_then(|(year, (month, day))| Date::new(year, month, day));
    date.ok_or_else(|| {
        DateRangeError::new(format!(
            "year {year} is outside the years 0000-9999 of Edm.Date"
        ))
    })
}

#[cfg(feature = "jiff")]
mod jiff_conversions {
    use super::{Date, DateRangeError, from_valid};

    impl From<Date> for jiff::civil::Date {
        fn from(value: Date) -> Self {
            // Lossless casts (year <= 9999, month <= 12, day <= 31), and
            // never falls back: every `Date` is within jiff's range.
            let (year, month, day) = (value.year as i16, value.month as i8, value.day as i8);
            jiff::civil::Date::new(year, month, day).unwrap_or_default()
        }
    }

    /// Fails for years before 0000.
    impl TryFrom<jiff::civil::Date> for Date {
        type Error = DateRangeError;

        fn try_from(value: jiff::civil::Date) -> Result<Self, Self::Error> {
            let (month, day) = (value.month().unsigned_abs(), value.day().unsigned_abs());
            from_valid(value.year().into(), month.into(), day.into())
        }
    }
}

#[cfg(feature = "time")]
mod time_conversions {
    use super::{Date, DateRangeError, from_valid};
    use time::Month;

    impl From<Date> for time::Date {
        fn from(value: Date) -> Self {
            // Never falls back: every `Date` is within time's range.
            Month::try_from(value.month)
                .and_then(|month| {
                    time::Date::from_calendar_date(value.year.into(), month, value.day)
                })
                .unwrap_or(time::Date::MIN)
        }
    }

    /// Fails for years before 0000 (and after 9999 with time's `large-dates`).
    impl TryFrom<time::Date> for Date {
        type Error = DateRangeError;

        fn try_from(value: time::Date) -> Result<Self, Self::Error> {
            let month = u8::from(value.month());
            from_valid(value.year().into(), month.into(), value.day().into())
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_conversions {
    use super::{Date, DateRangeError, from_valid};
    use chrono::{Datelike, NaiveDate};

    impl From<Date> for NaiveDate {
        fn from(value: Date) -> Self {
            let (month, day) = (value.month.into(), value.day.into());
            // Never falls back: every `Date` is within chrono's range.
            NaiveDate::from_ymd_opt(value.year.into(), month, day).unwrap_or_default()
        }
    }

    /// Fails for years before 0000 and after 9999.
    impl TryFrom<NaiveDate> for Date {
        type Error = DateRangeError;

        fn try_from(value: NaiveDate) -> Result<Self, Self::Error> {
            from_valid(value.year().into(), value.month(), value.day())
        }
    }
}
