//! Conversions to and from jiff, time and chrono, each behind its feature.

#[cfg(any(feature = "jiff", feature = "time", feature = "chrono"))]
use super::DateTimeOffset;
#[cfg(feature = "chrono")]
use super::NANOS_PER_SECOND;
use crate::types::text::range_error;

range_error! {
    /// The error from converting between
    /// [`DateTimeOffset`](super::DateTimeOffset) and another crate's date/time
    /// type when the value cannot be represented on the other side.
    DateTimeOffsetRangeError
}

pub(super) const YEAR_RANGE: &str = "date is outside the years 0000-9999 of Edm.DateTimeOffset";

#[cfg(feature = "jiff")]
mod jiff_conversions {
    use super::{DateTimeOffset, DateTimeOffsetRangeError};
    use jiff::tz::{Offset, TimeZone};
    use jiff::{Timestamp, ZonedDateTime};

    /// Fails in the last day of year 9999 (UTC), past `Timestamp::MAX`.
    impl TryFrom<DateTimeOffset> for Timestamp {
        type Error = DateTimeOffsetRangeError;

        fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
            Timestamp::from_nanosecond(value.unix_timestamp_nanos()).map_err(|_| {
                let message = format!("{value} is outside the range of jiff::Timestamp");
                DateTimeOffsetRangeError::new(message)
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
    use super::{DateTimeOffset, DateTimeOffsetRangeError, NANOS_PER_SECOND};
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
            let message = "leap seconds are not supported by Edm.DateTimeOffset";
            return Err(DateTimeOffsetRangeError::new(message));
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
