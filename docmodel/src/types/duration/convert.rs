//! Conversions to and from std, jiff, time and chrono durations, the last
//! three each behind its feature.
//!
//! To the fixed-length types they go through
//! [`Duration::total_nanoseconds`], so they fail for calendar units (years,
//! months, weeks) and beyond the other type's range. From them, the value is
//! written in [`Duration::from_total_nanoseconds`]'s canonical form
//! (`P1DT2H`, `PT1H30M`, `PT0S`). jiff's `Span` keeps its units both ways.

use super::Duration;
#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
use super::NANOS_PER_SECOND;
use crate::types::text::range_error;

range_error! {
    /// The error from converting a [`Duration`] to a type that cannot hold
    /// it: years, months or weeks for a fixed-length type, a negative
    /// duration for [`std::time::Duration`], or one beyond the type's range.
    DurationRangeError
}

/// The error for `value` beyond the range of `target`.
#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
fn out_of_range(value: &Duration, target: &str) -> DurationRangeError {
    DurationRangeError::new(format!("{value} is outside the range of {target}"))
}

/// From a length that always fits: `from_total_nanoseconds` only fails
/// beyond `u64::MAX` days, far past every duration type's range.
fn from_fitting(nanos: i128) -> Duration {
    Duration::from_total_nanoseconds(nanos).unwrap_or(Duration::ZERO)
}

/// Fails for years, months or weeks, for a negative duration and beyond
/// `u64::MAX` seconds; see [`Duration::to_std`].
impl TryFrom<Duration> for std::time::Duration {
    type Error = DurationRangeError;

    fn try_from(value: Duration) -> Result<Self, Self::Error> {
        value.to_std()
    }
}

/// In the canonical form: `P1DT2H`, `PT0.5S`, `PT0S`.
impl From<std::time::Duration> for Duration {
    fn from(value: std::time::Duration) -> Self {
        // At most 2⁶⁴ × 10⁹ < 2⁹⁴: lossless in an `i128`.
        from_fitting(value.as_nanos() as i128)
    }
}

#[cfg(feature = "jiff")]
mod jiff_conversions {
    use super::{Duration, DurationRangeError, NANOS_PER_SECOND, from_fitting, out_of_range};
    use crate::types::duration::UNITS;
    use jiff::{SignedDuration, Span};

    /// Fails for years, months or weeks and beyond `SignedDuration`'s range.
    impl TryFrom<Duration> for SignedDuration {
        type Error = DurationRangeError;

        fn try_from(value: Duration) -> Result<Self, Self::Error> {
            let nanos = value.total_nanoseconds()?;
            SignedDuration::try_from_nanos_i128(nanos)
                .ok_or_else(|| out_of_range(&value, "jiff::SignedDuration"))
        }
    }

    /// In the canonical form: `P1DT2H`, `-PT0.5S`, `PT0S`.
    impl From<SignedDuration> for Duration {
        fn from(value: SignedDuration) -> Self {
            from_fitting(value.as_nanos())
        }
    }

    /// Keeps every unit, calendar ones included; the fraction of the seconds
    /// becomes milliseconds, microseconds and nanoseconds. Fails beyond the
    /// range of a `Span`'s units (e.g. more than 19 998 years or 7 304 484
    /// days).
    impl TryFrom<Duration> for Span {
        type Error = DurationRangeError;

        fn try_from(value: Duration) -> Result<Self, Self::Error> {
            let sign = if value.negative { -1 } else { 1 };
            let mut values = [0; 7];
            for (slot, unit) in values.iter_mut().zip(UNITS) {
                let unsigned = i64::try_from(value.value(unit));
                *slot = unsigned.map_err(|_| out_of_range(&value, "jiff::Span"))? * sign;
            }
            let [years, months, weeks, days, hours, minutes, seconds] = values;
            let nanos = i64::from(value.nanosecond) * sign;
            Span::new()
                .try_years(years)
                .and_then(|span| span.try_months(months))
                .and_then(|span| span.try_weeks(weeks))
                .and_then(|span| span.try_days(days))
                .and_then(|span| span.try_hours(hours))
                .and_then(|span| span.try_minutes(minutes))
                .and_then(|span| span.try_seconds(seconds))
                .and_then(|span| span.try_milliseconds(nanos / 1_000_000))
                .and_then(|span| span.try_microseconds(nanos / 1_000 % 1_000))
                .and_then(|span| span.try_nanoseconds(nanos % 1_000))
                .map_err(|_| out_of_range(&value, "jiff::Span"))
        }
    }

    /// Keeps each unit that is not zero (`P1Y2M`, `PT36H`); milliseconds,
    /// microseconds and nanoseconds become the fraction of the seconds, which
    /// take the whole seconds they add up to. A zero span is `PT0S`.
    impl From<Span> for Duration {
        fn from(value: Span) -> Self {
            let sub_second = u128::from(value.get_milliseconds().unsigned_abs()) * 1_000_000
                + u128::from(value.get_microseconds().unsigned_abs()) * 1_000
                + u128::from(value.get_nanoseconds().unsigned_abs());
            let nanos_per_second = NANOS_PER_SECOND.unsigned_abs();
            let seconds =
                u128::from(value.get_seconds().unsigned_abs()) + sub_second / nanos_per_second;
            // Never saturates: jiff's limits keep the seconds below 10¹³.
            let seconds = u64::try_from(seconds).unwrap_or(u64::MAX);
            let values = [
                u64::from(value.get_years().unsigned_abs()),
                u64::from(value.get_months().unsigned_abs()),
                u64::from(value.get_weeks().unsigned_abs()),
                u64::from(value.get_days().unsigned_abs()),
                u64::from(value.get_hours().unsigned_abs()),
                value.get_minutes().unsigned_abs(),
                seconds,
            ];
            // Lossless: the rest of a division by 10⁹.
            let nanosecond = (sub_second % nanos_per_second) as u32;
            Duration::canonical(value.signum() < 0, values, nanosecond)
        }
    }
}

#[cfg(feature = "time")]
mod time_conversions {
    use super::{Duration, DurationRangeError, NANOS_PER_SECOND, from_fitting, out_of_range};

    /// Fails for years, months or weeks and beyond `time::Duration`'s range.
    impl TryFrom<Duration> for time::Duration {
        type Error = DurationRangeError;

        fn try_from(value: Duration) -> Result<Self, Self::Error> {
            let nanos = value.total_nanoseconds()?;
            let seconds = i64::try_from(nanos / NANOS_PER_SECOND)
                .map_err(|_| out_of_range(&value, "time::Duration"))?;
            // Lossless, and `new` cannot overflow: the rest of a division by
            // 10⁹ has the sign of `seconds` and carries nothing into them.
            let nanosecond = (nanos % NANOS_PER_SECOND) as i32;
            Ok(time::Duration::new(seconds, nanosecond))
        }
    }

    /// In the canonical form: `P1DT2H`, `-PT0.5S`, `PT0S`.
    impl From<time::Duration> for Duration {
        fn from(value: time::Duration) -> Self {
            from_fitting(value.whole_nanoseconds())
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_conversions {
    use super::{Duration, DurationRangeError, NANOS_PER_SECOND, from_fitting, out_of_range};
    use chrono::TimeDelta;

    /// Fails for years, months or weeks and beyond `TimeDelta`'s range
    /// (about ±292 million years).
    impl TryFrom<Duration> for TimeDelta {
        type Error = DurationRangeError;

        fn try_from(value: Duration) -> Result<Self, Self::Error> {
            let nanos = value.total_nanoseconds()?;
            let seconds = i64::try_from(nanos.div_euclid(NANOS_PER_SECOND)).ok();
            // Lossless: `rem_euclid` is in `0..10⁹`.
            let nanosecond = nanos.rem_euclid(NANOS_PER_SECOND) as u32;
            seconds
                .and_then(|seconds| TimeDelta::new(seconds, nanosecond))
                .ok_or_else(|| out_of_range(&value, "chrono::TimeDelta"))
        }
    }

    /// In the canonical form: `P1DT2H`, `-PT0.5S`, `PT0S`.
    impl From<TimeDelta> for Duration {
        fn from(value: TimeDelta) -> Self {
            // `num_seconds` rounds toward zero and `subsec_nanos` has its sign.
            let seconds = i128::from(value.num_seconds());
            from_fitting(seconds * NANOS_PER_SECOND + i128::from(value.subsec_nanos()))
        }
    }
}
