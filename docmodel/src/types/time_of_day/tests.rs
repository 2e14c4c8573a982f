//! Unit tests of `TimeOfDay`.

use super::*;
use crate::types::test_support::*;

const FORMS: &[&str] = &[
    "12:30:05",
    "08:00:00.0000000",
    "08:00:00",
    "08:00",
    "00:00:00",
    "23:59:59.999999999",
    "10:15:30.5",
    "10:15:30.120",
    "00:00:00.000000001",
];

/// Each invalid input and the problem its error names, as `input => problem`.
const INVALID: &str = "
noon => expected 2-digit hour at byte 0, found 'n'
=> expected 2-digit hour at byte 0, found end of input
24:00:00 => hour 24 is out of range 00-23
12:60:00 => minute 60 is out of range 00-59
23:59:60 => second 60 (a leap second) is not supported
23:59:61 => second 61 is out of range 00-59
12:30:05.1234567890 => 10 fraction digits; at most 9 are supported
12:30:05. => expected a fraction digit after '.' at byte 9, found end of input
12:30.5 => expected ':' and seconds before a fraction at byte 5, found '.'
8:00:00 => expected 2-digit hour at byte 1, found ':'
08:0:00 => expected 2-digit minute at byte 4, found ':'
08:00:0 => expected 2-digit second at byte 7, found end of input
08 => expected ':' after the hour at byte 2, found end of input
08: => expected 2-digit minute at byte 3, found end of input
08:00: => expected 2-digit second at byte 6, found end of input
0800 => expected ':' after the hour at byte 2, found '0'
08:00:00Z => expected end of input at byte 8, found 'Z'
08:00:00+01:00 => expected end of input at byte 8, found '+'
08:00:00,5 => expected end of input at byte 8, found ','
T08:00:00 => expected 2-digit hour at byte 0, found 'T'
08:00:00  => expected end of input at byte 8, found ' '
２3:00:00 => expected 2-digit hour at byte 0, found '２'";

fn tod(s: &str) -> TimeOfDay {
    s.parse().unwrap()
}

#[test]
fn every_form_round_trips_through_serde_json() {
    assert_round_trips::<TimeOfDay>(FORMS);
    let object = r#"{"a":"08:00:00.0000000","b":"08:00","c":"12:30:05"}"#;
    assert_map_round_trips::<TimeOfDay>(object);
}

#[test]
fn invalid_strings_are_errors_that_quote_the_input() {
    assert_rejects::<TimeOfDay>("Edm.TimeOfDay", &rows(INVALID, 22));
    let long = "x".repeat(200);
    assert_quotes_start::<TimeOfDay>("Edm.TimeOfDay", &long, "expected 2-digit hour");
}

#[test]
fn non_strings_are_invalid_type_errors() {
    let jsons = ["43200", "12.5", "null", "false", "[]", "{}"];
    assert_invalid_type::<TimeOfDay>(&jsons, "expected an Edm.TimeOfDay string");
}

#[test]
fn accessors_debug_and_new() {
    let t = tod("08:00:00.0000000");
    let fields = (t.hour(), t.minute(), t.second(), t.nanosecond());
    assert_eq!(fields, (8, 0, 0, 0));
    assert_eq!((t.has_seconds(), t.fraction_digits()), (true, 7));
    let t = tod("23:59:59.120");
    let fields = (t.hour(), t.minute(), t.second(), t.nanosecond());
    assert_eq!(fields, (23, 59, 59, 120_000_000));
    assert_eq!(t.fraction_digits(), 3);
    let short = tod("08:30");
    assert_eq!((short.second(), short.has_seconds()), (0, false));
    assert_eq!(format!("{short:?}"), "TimeOfDay(08:30)");
    assert_eq!(TimeOfDay::MIDNIGHT, tod("00:00:00"));
    let cases = [
        ((12, 30, 5, 0), "12:30:05"),
        ((8, 0, 0, 500_000_000), "08:00:00.5"),
        ((23, 59, 59, 999_999_999), "23:59:59.999999999"),
        ((0, 0, 0, 1_000), "00:00:00.000001"),
    ];
    for ((h, m, s, n), text) in cases {
        assert_eq!(TimeOfDay::new(h, m, s, n), Some(tod(text)));
    }
    for (h, m, s, n) in [
        (24, 0, 0, 0),
        (0, 60, 0, 0),
        (0, 0, 60, 0),
        (0, 0, 0, 1 << 30),
    ] {
        assert_eq!(TimeOfDay::new(h, m, s, n), None);
    }
}

#[test]
fn ordering_is_by_time_then_form_and_agrees_with_eq() {
    assert!(tod("08:00:00") < tod("08:00:00.000000001"));
    assert!(tod("07:59:59.999999999") < tod("08:00"));
    assert!(tod("08:00:01") < tod("12:30:05"));
    let eight = [
        tod("08:00"),
        tod("08:00:00"),
        tod("08:00:00.0"),
        tod("08:00:00.0000000"),
    ];
    for a in eight {
        assert!(a < tod("08:00:00.5") && a > tod("07:59:59"));
    }
    assert_ord_agrees_with_eq(&eight);
    assert_forms_distinct(FORMS, tod);
}

/// The hour, minute, second and nanosecond, to compare with another crate's.
#[cfg(any(feature = "jiff", feature = "chrono"))]
fn fields(t: TimeOfDay) -> [i64; 4] {
    let [hour, minute, second] = [t.hour(), t.minute(), t.second()].map(i64::from);
    [hour, minute, second, t.nanosecond().into()]
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_converts_both_ways() {
    use jiff::civil::Time;
    for t in FORMS.iter().map(|s| tod(s)) {
        let j = Time::from(t);
        let [hour, minute, second] = [j.hour(), j.minute(), j.second()].map(i64::from);
        let converted = [hour, minute, second, j.subsec_nanosecond().into()];
        assert_eq!(converted, fields(t));
        let back = TimeOfDay::from(j);
        assert_eq!(back.nanosecond(), t.nanosecond());
    }
    let j: Time = "08:00:00.0000000".parse().unwrap();
    assert_eq!(TimeOfDay::from(j).to_string(), "08:00:00");
    let j: Time = "23:59:59.1234567".parse().unwrap();
    assert_eq!(TimeOfDay::from(j).to_string(), "23:59:59.1234567");
}

#[cfg(feature = "time")]
#[test]
fn time_converts_both_ways() {
    for t in FORMS.iter().map(|s| tod(s)) {
        let converted = time::Time::from(t);
        let fields = (converted.hour(), converted.minute(), converted.second());
        assert_eq!(fields, (t.hour(), t.minute(), t.second()));
        assert_eq!(converted.nanosecond(), t.nanosecond());
        let back = TimeOfDay::from(converted);
        let canonical = TimeOfDay::new(t.hour(), t.minute(), t.second(), t.nanosecond());
        assert_eq!(Some(back), canonical);
    }
    let noon = time::Time::from_hms_milli(12, 0, 0, 250).unwrap();
    assert_eq!(TimeOfDay::from(noon).to_string(), "12:00:00.25");
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_converts_both_ways() {
    use chrono::{NaiveTime, Timelike};
    for t in FORMS.iter().map(|s| tod(s)) {
        let n = NaiveTime::from(t);
        let converted = [n.hour(), n.minute(), n.second(), n.nanosecond()];
        assert_eq!(converted.map(i64::from), fields(t));
        let back = TimeOfDay::try_from(n).unwrap();
        assert_eq!(back.nanosecond(), t.nanosecond());
    }
    let n = NaiveTime::from_hms_milli_opt(12, 30, 5, 0).unwrap();
    assert_eq!(TimeOfDay::try_from(n).unwrap().to_string(), "12:30:05");
    let leap = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap();
    let error = TimeOfDay::try_from(leap).unwrap_err().to_string();
    assert_eq!(error, "leap seconds are not supported by Edm.TimeOfDay");
}
