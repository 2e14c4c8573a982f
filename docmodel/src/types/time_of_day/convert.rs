//! Conversions to and from jiff, time and chrono, each behind its feature.
//!
//! A value made from another crate's time is written `HH:MM:SS` with the
//! fewest fraction digits that hold its nanoseconds (see [`TimeOfDay::new`]).
//!
//! [`TimeOfDay::new`]: super::TimeOfDay::new

#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
use super::TimeOfDay;
use crate::types::text::range_error;

range_error! {
    /// The error from converting another crate's time to a
    /// [`TimeOfDay`](super::TimeOfDay) when it cannot be one: a chrono leap
    /// second.
    TimeOfDayRangeError,
    #[cfg(feature = "chrono")] new
}

/// From the fields of another crate's valid time.
#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
fn from_valid(hour: u8, minute: u8, second: u8, nanosecond: u32) -> TimeOfDay {
    // Never falls back: jiff's and time's times are always in range, and
    // chrono's leap seconds are turned away before this.
    TimeOfDay::new(hour, minute, second, nanosecond).unwrap_or(TimeOfDay::MIDNIGHT)
}

#[cfg(feature = "jiff")]
mod jiff_conversions {
    use super::{TimeOfDay, from_valid};
    use jiff::civil::Time;

    impl From<TimeOfDay> for Time {
        fn from(value: TimeOfDay) -> Self {
            // Lossless casts (hour <= 23, minute and second <= 59,
            // nanosecond < 10⁹), and never falls back.
            let (hour, minute, second) = (value.hour as i8, value.minute as i8, value.second as i8);
            Time::new(hour, minute, second, value.nanosecond as i32).unwrap_or_default()
        }
    }

    impl From<Time> for TimeOfDay {
        fn from(value: Time) -> Self {
            let (hour, minute) = (value.hour().unsigned_abs(), value.minute().unsigned_abs());
            let second = value.second().unsigned_abs();
            from_valid(
                hour,
                minute,
                second,
                value.subsec_nanosecond().unsigned_abs(),
            )
        }
    }
}

#[cfg(feature = "time")]
mod time_conversions {
    use super::{TimeOfDay, from_valid};
    use time::Time;

    impl From<TimeOfDay> for Time {
        fn from(value: TimeOfDay) -> Self {
            let (hour, minute, second) = (value.hour, value.minute, value.second);
            // Never falls back: every field is within what `time` accepts.
            Time::from_hms_nano(hour, minute, second, value.nanosecond).unwrap_or(Time::MIDNIGHT)
        }
    }

    impl From<Time> for TimeOfDay {
        fn from(value: Time) -> Self {
            let (hour, minute, second) = value.as_hms();
            from_valid(hour, minute, second, value.nanosecond())
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_conversions {
    use super::{TimeOfDay, TimeOfDayRangeError, from_valid};
    use chrono::{NaiveTime, Timelike};

    impl From<TimeOfDay> for NaiveTime {
        fn from(value: TimeOfDay) -> Self {
            let (hour, minute, second) = (value.hour, value.minute, value.second);
            let time = NaiveTime::from_hms_nano_opt(
                hour.into(),
                minute.into(),
                second.into(),
                value.nanosecond,
            );
            // Never falls back: every field is within what chrono accepts.
            time.unwrap_or(NaiveTime::MIN)
        }
    }

    /// Fails for a leap second (chrono's nanosecond of 10⁹ or more).
    impl TryFrom<NaiveTime> for TimeOfDay {
        type Error = TimeOfDayRangeError;

        fn try_from(value: NaiveTime) -> Result<Self, Self::Error> {
            if value.nanosecond() >= 1_000_000_000 {
                let message = "leap seconds are not supported by Edm.TimeOfDay";
                return Err(TimeOfDayRangeError::new(message));
            }
            // Lossless: hour <= 23, minute and second <= 59.
            let (hour, minute) = (value.hour() as u8, value.minute() as u8);
            Ok(from_valid(
                hour,
                minute,
                value.second() as u8,
                value.nanosecond(),
            ))
        }
    }
}
