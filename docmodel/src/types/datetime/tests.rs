//! Unit tests of `DateTimeOffset`.

use super::*;
use crate::types::calendar::days_in_month;
use crate::types::test_support::*;

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
    assert_round_trips::<DateTimeOffset>(FORMS);
    let object = r#"{"a":"2021-03-01T10:00:00.0000000Z","b":"2021-03-01T10:00:00"}"#;
    assert_map_round_trips::<DateTimeOffset>(object);
}

#[test]
fn invalid_strings_are_errors_that_quote_the_input() {
    let what = "Edm.DateTimeOffset";
    assert_rejects::<DateTimeOffset>(what, &rows(INVALID, 27));
    let long = "x".repeat(200);
    assert_quotes_start::<DateTimeOffset>(what, &long, "expected 4-digit year");
}

#[test]
fn non_strings_are_invalid_type_errors() {
    let jsons = ["1483257769", "null", "true", "[]", "{}"];
    assert_invalid_type::<DateTimeOffset>(&jsons, "expected an Edm.DateTimeOffset string");
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
    }
    assert_ord_agrees_with_eq(&ten_utc);
    let mut sorted = vec![half_past, ten_utc[3], nine_utc];
    sorted.sort();
    assert_eq!(sorted, [nine_utc, half_past, ten_utc[3]]);
}

#[test]
fn equality_and_hash_are_structural() {
    assert_forms_distinct(FORMS, dto);
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

/// `parse` (the fixed-position reader first) gives what the general parser gives, value or
/// error, for every form, every invalid input, and every one-byte change or cut of each form;
/// the fixed-position reader takes every valid form.
#[test]
fn the_fast_path_agrees_with_the_general_parser() {
    let invalid = rows(INVALID, 27);
    let mut inputs: Vec<String> = FORMS.iter().map(|form| form.to_string()).collect();
    inputs.extend(invalid.iter().map(|(input, _)| input.to_string()));
    let mut fast = 0;
    for form in FORMS
        .iter()
        .chain(["2024-02-29T12:00:00.1234567+01:00"].iter())
    {
        assert!(
            DateTimeOffset::parse_common(form.as_bytes()).is_some(),
            "{form}"
        );
        for at in 0..form.len() {
            inputs.push(form[..at].to_string());
            for replacement in "0123456789-:.TtZz+ x".chars() {
                let mut changed = form.to_string();
                changed.replace_range(at..at + 1, &replacement.to_string());
                inputs.push(changed);
            }
        }
        inputs.push(format!("{form}0"));
    }
    for input in &inputs {
        let general = DateTimeOffset::parse_general(input);
        assert_eq!(DateTimeOffset::parse(input), general, "{input}");
        if let Some(value) = DateTimeOffset::parse_common(input.as_bytes()) {
            assert_eq!(Ok(value), general, "{input}");
            fast += 1;
        }
    }
    assert!(fast > inputs.len() / 4, "{fast} of {}", inputs.len());
}

/// No parser or conversion makes a year past 9999; were one made, writing it is an error, not
/// a text with the year cut to four digits.
#[test]
fn a_year_past_9999_is_not_written() {
    let mut value = dto("9999-12-31T23:59:59Z");
    value.year = 10_000;
    assert!(serde_json::to_string(&value).is_err());
    assert!(std::fmt::write(&mut String::new(), format_args!("{value}")).is_err());
}
