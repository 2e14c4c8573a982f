//! Unit tests of `Duration`.

use super::*;
use crate::types::test_support::*;

const FORMS: &[&str] = &[
    "PT1H",
    "P1D",
    "P365D",
    "-PT15M",
    "PT0.5S",
    "P0D",
    "PT0S",
    "-PT0S",
    "P1DT2H3M4.5S",
    "PT36H",
    "P1Y2M",
    "P2W",
    "P1Y2M3W4DT5H6M7.000000008S",
    "PT1.0000000S",
    "PT0.000000001S",
    "PT01H00M",
    "P0Y0M0W0DT0H0M0S",
    "PT18446744073709551615S",
    "P00000000000000000001D",
    "-P1W",
    "PT5M30S",
    "P1DT12H",
];

/// Each invalid input and the problem its error names, as `input => problem`.
const INVALID: &str = "
=> expected 'P' at byte 0, found end of input
P => expected a number after 'P' at byte 1, found end of input
PT => expected a number after 'T' at byte 2, found end of input
P1DT => expected a number after 'T' at byte 4, found end of input
-P => expected a number after 'P' at byte 2, found end of input
- => expected 'P' after '-' at byte 1, found end of input
+PT1H => expected 'P' at byte 0, found '+'
--PT1H => expected 'P' after '-' at byte 1, found '-'
pt1h => expected 'P' at byte 0, found 'p'
Pt1H => expected a number after 'P' at byte 1, found 't'
PT1h => expected 'H', 'M' or 'S' after the number at byte 3, found 'h'
PT1 => expected 'H', 'M' or 'S' after the number at byte 3, found end of input
P1 => expected 'Y', 'M', 'W' or 'D' after the number at byte 2, found end of input
P1Y1 => expected 'M', 'W' or 'D' after the number at byte 4, found end of input
P1D5 => expected a unit designator after the number at byte 4, found end of input
PT1S1 => expected a unit designator after the number at byte 5, found end of input
PT1.5H => a fraction is only supported on seconds, not on hours
P0.5D => a fraction is only supported on seconds, not on days
PT0,5S => expected 'H', 'M' or 'S' after the number at byte 3, found ','
PT1.S => expected a fraction digit after '.' at byte 4, found 'S'
PT.5S => expected a number after 'T' at byte 2, found '.'
PT0.1234567890S => 10 fraction digits; at most 9 are supported
PT1M1H => hours cannot follow minutes: write each unit at most once, largest first
PT1H1H => hours cannot follow hours: write each unit at most once, largest first
P1D1Y => years cannot follow days: write each unit at most once, largest first
P1W1M => months cannot follow weeks: write each unit at most once, largest first
P1H => hours must come after 'T', as in PT1H
P1S => seconds must come after 'T', as in PT1H
PT1D => days must come before 'T'
PT2W => weeks must come before 'T'
PTT1H => expected a number after 'T' at byte 2, found 'T'
PT1HT1M => expected a number or end of input at byte 4, found 'T'
P1DT1H  => expected a number or end of input at byte 6, found ' '
P1D T1H => expected a number, 'T' or end of input at byte 3, found ' '
 PT1H => expected 'P' at byte 0, found ' '
PT-1H => expected a number after 'T' at byte 2, found '-'
P0001-02-03T04:05:06 => expected 'Y', 'M', 'W' or 'D' after the number at byte 5, found '-'
PT18446744073709551616S => the number at byte 2 is larger than 18446744073709551615
P000000000000000000001D => the number at byte 1 has more than 20 digits
1H => expected 'P' at byte 0, found '1'
PT１H => expected a number after 'T' at byte 2, found '１'";

fn dur(s: &str) -> Duration {
    s.parse().unwrap()
}

#[test]
fn every_form_round_trips_through_serde_json() {
    assert_round_trips::<Duration>(FORMS);
    let object = r#"{"a":"PT1H","b":"P0D","c":"-PT0.50S","d":"P1Y2M"}"#;
    assert_map_round_trips::<Duration>(object);
}

#[test]
fn invalid_strings_are_errors_that_quote_the_input() {
    assert_rejects::<Duration>("Edm.Duration", &rows(INVALID, 41));
    let long = "x".repeat(200);
    assert_quotes_start::<Duration>("Edm.Duration", &long, "expected 'P'");
}

#[test]
fn non_strings_are_invalid_type_errors() {
    let jsons = ["3600", "1.5", "null", "true", "[]", "{}"];
    assert_invalid_type::<Duration>(&jsons, "expected an Edm.Duration string");
}

#[test]
fn accessors_of_known_values() {
    let d = dur("P1Y2M3W4DT5H6M7.000000008S");
    let date = (d.years(), d.months(), d.weeks(), d.days());
    assert_eq!(date, (1, 2, 3, 4));
    assert_eq!((d.hours(), d.minutes(), d.seconds()), (5, 6, 7));
    assert_eq!((d.subsec_nanoseconds(), d.fraction_digits()), (8, 9));
    assert!(d.has_calendar_units() && !d.is_negative() && !d.is_zero());
    let d = dur("-PT15M");
    assert!(d.is_negative() && !d.has_calendar_units());
    assert_eq!((d.hours(), d.minutes(), d.seconds()), (0, 15, 0));
    assert_eq!(format!("{d:?}"), "Duration(-PT15M)");
    let d = dur("PT1.0000000S");
    assert_eq!(
        (d.seconds(), d.subsec_nanoseconds(), d.fraction_digits()),
        (1, 0, 7)
    );
    for zero in ["P0D", "PT0S", "-PT0S", "P0Y0M0W0DT0H0M0.000S", "-P0Y"] {
        let d = dur(zero);
        assert!(
            d.is_zero() && !d.is_negative() && !d.has_calendar_units(),
            "{zero}"
        );
        assert_eq!(d.total_nanoseconds().unwrap(), 0);
        assert_eq!(d.to_std().unwrap(), std::time::Duration::ZERO);
    }
    assert_eq!(Duration::ZERO, dur("PT0S"));
    assert_eq!(Duration::ZERO.to_string(), "PT0S");
}

#[test]
fn total_nanoseconds_of_fixed_lengths() {
    const S: i128 = 1_000_000_000;
    let cases = [
        ("PT1H", 3_600 * S),
        ("P1D", 86_400 * S),
        ("P365D", 365 * 86_400 * S),
        ("-PT15M", -900 * S),
        ("PT0.5S", S / 2),
        ("P1DT2H3M4.5S", 93_784 * S + S / 2),
        ("PT36H", 36 * 3_600 * S),
        ("P1DT12H", 36 * 3_600 * S),
        ("P0Y0M0W1D", 86_400 * S),
        ("-PT0.000000001S", -1),
    ];
    for (text, nanos) in cases {
        assert_eq!(dur(text).total_nanoseconds().unwrap(), nanos, "{text}");
    }
    let max = "P18446744073709551615DT18446744073709551615H18446744073709551615M18446744073709551615.999999999S";
    let expected = i128::from(u64::MAX) * (86_400 + 3_600 + 60 + 1) * S + S - 1;
    assert_eq!(dur(max).total_nanoseconds().unwrap(), expected);
    assert_eq!(
        dur(&format!("-{max}")).total_nanoseconds().unwrap(),
        -expected
    );
}

#[test]
fn calendar_units_have_no_fixed_length() {
    for (text, unit) in [
        ("P1Y2M", "years"),
        ("P2M", "months"),
        ("P2W", "weeks"),
        ("-P0Y1W", "weeks"),
    ] {
        let d = dur(text);
        assert!(d.has_calendar_units());
        let message =
            format!("{text} has {unit}, which have no fixed length without a reference date");
        assert_eq!(d.total_nanoseconds().unwrap_err().to_string(), message);
        assert_eq!(d.to_std().unwrap_err().to_string(), message);
        let std: Result<std::time::Duration, _> = d.try_into();
        assert_eq!(std.unwrap_err().to_string(), message);
    }
}

#[test]
fn to_std_and_back() {
    let d = dur("P1DT2H3M4.5S");
    assert_eq!(
        d.to_std().unwrap(),
        std::time::Duration::new(93_784, 500_000_000)
    );
    let error = dur("-PT15M").to_std().unwrap_err().to_string();
    assert_eq!(error, "-PT15M is negative; std::time::Duration cannot be");
    let error = dur("P18446744073709551615D")
        .to_std()
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "P18446744073709551615D is too long for std::time::Duration"
    );
    let max = std::time::Duration::MAX;
    assert_eq!(
        dur(&format!("PT{}.999999999S", u64::MAX)).to_std().unwrap(),
        max
    );
    let cases = [
        (std::time::Duration::ZERO, "PT0S"),
        (std::time::Duration::from_secs(5_400), "PT1H30M"),
        (std::time::Duration::from_secs(93_600), "P1DT2H"),
        (std::time::Duration::from_millis(500), "PT0.5S"),
        (std::time::Duration::from_secs(86_400 * 365), "P365D"),
        (
            std::time::Duration::new(93_784, 500_000_000),
            "P1DT2H3M4.5S",
        ),
        (std::time::Duration::new(60, 1), "PT1M0.000000001S"),
    ];
    for (std, text) in cases {
        let d = Duration::from(std);
        assert_eq!((d, d.to_string()), (dur(text), text.to_owned()));
        assert_eq!(d.to_std().unwrap(), std);
    }
    assert_eq!(Duration::from(max).to_std().unwrap(), max);
}

#[test]
fn from_total_nanoseconds_is_canonical_and_inverts_total() {
    let cases = [
        (0, "PT0S"),
        (1, "PT0.000000001S"),
        (-1, "-PT0.000000001S"),
        (5_400_000_000_000, "PT1H30M"),
        (-900_000_000_000, "-PT15M"),
        (86_400_000_000_000, "P1D"),
        (129_600_000_000_000, "P1DT12H"),
        (3_600_000_000_001, "PT1H0.000000001S"),
    ];
    for (nanos, text) in cases {
        let d = Duration::from_total_nanoseconds(nanos).unwrap();
        assert_eq!((d, d.to_string()), (dur(text), text.to_owned()));
        assert_eq!(d.total_nanoseconds().unwrap(), nanos);
    }
    let most = i128::from(u64::MAX) * 86_400 * 1_000_000_000 + 86_399_999_999_999;
    let d = Duration::from_total_nanoseconds(most).unwrap();
    assert_eq!(d.to_string(), format!("P{}DT23H59M59.999999999S", u64::MAX));
    assert_eq!(
        Duration::from_total_nanoseconds(-most)
            .unwrap()
            .total_nanoseconds()
            .unwrap(),
        -most
    );
    assert_eq!(Duration::from_total_nanoseconds(most + 1), None);
    assert_eq!(Duration::from_total_nanoseconds(i128::MIN), None);
}

#[test]
fn equality_and_hash_are_structural() {
    assert_forms_distinct(FORMS, dur);
    let same_length = [
        "PT36H",
        "P1DT12H",
        "PT36H0M",
        "PT036H",
        "PT129600S",
        "PT36H0.0S",
    ];
    for a in same_length {
        let total = dur(a).total_nanoseconds().unwrap();
        for b in same_length {
            assert_eq!(dur(b).total_nanoseconds().unwrap(), total);
            assert_eq!(dur(a) == dur(b), a == b, "{a} {b}");
        }
    }
    assert_ne!(dur("PT0S"), dur("-PT0S"));
    assert_ne!(dur("P0D"), dur("PT0S"));
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_converts_both_ways() {
    use jiff::{SignedDuration, Span};
    let sd = SignedDuration::try_from(dur("P1DT2H3M4.5S")).unwrap();
    assert_eq!(sd, SignedDuration::new(93_784, 500_000_000));
    assert_eq!(Duration::from(sd).to_string(), "P1DT2H3M4.5S");
    let sd = SignedDuration::try_from(dur("-PT15M")).unwrap();
    assert_eq!(sd, SignedDuration::from_mins(-15));
    assert_eq!(Duration::from(sd).to_string(), "-PT15M");
    assert_eq!(Duration::from(SignedDuration::ZERO).to_string(), "PT0S");
    assert_eq!(
        Duration::from(SignedDuration::from_hours(36)).to_string(),
        "P1DT12H"
    );
    let min = Duration::from(SignedDuration::MIN);
    assert_eq!(SignedDuration::try_from(min).unwrap(), SignedDuration::MIN);
    let error = SignedDuration::try_from(dur("P2W"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "P2W has weeks, which have no fixed length without a reference date"
    );
    let too_long = dur("P18446744073709551615D");
    let error = SignedDuration::try_from(too_long).unwrap_err().to_string();
    assert_eq!(
        error,
        "P18446744073709551615D is outside the range of jiff::SignedDuration"
    );

    // A span keeps every unit, calendar ones included. `Span` has no
    // `PartialEq`: compare its fields, its ISO 8601 text, and the way back.
    for text in [
        "P1Y2M",
        "P2W",
        "-PT15M",
        "PT36H",
        "P1Y2M3W4DT5H6M7.123456789S",
        "PT0.5S",
    ] {
        let span = Span::try_from(dur(text)).unwrap();
        assert_eq!(span.to_string(), text, "{text}");
        assert_eq!(Duration::from(span).to_string(), text);
    }
    let span = Span::try_from(dur("-P1Y2M3W4DT5H6M7.123456789S")).unwrap();
    let units = (
        span.get_years(),
        span.get_months(),
        span.get_weeks(),
        span.get_days(),
    );
    assert_eq!(units, (-1, -2, -3, -4));
    let time = (span.get_hours(), span.get_minutes(), span.get_seconds());
    assert_eq!(time, (-5, -6, -7));
    let sub = (
        span.get_milliseconds(),
        span.get_microseconds(),
        span.get_nanoseconds(),
    );
    assert_eq!(sub, (-123, -456, -789));
    // Written zeros and leading zeros are not a span's to keep.
    assert_eq!(
        Duration::from(Span::try_from(dur("P0D")).unwrap()).to_string(),
        "PT0S"
    );
    assert_eq!(
        Duration::from(Span::try_from(dur("PT01H0M")).unwrap()).to_string(),
        "PT1H"
    );
    // Sub-second units beyond a second carry into the seconds.
    let span = Span::new().seconds(1).milliseconds(1_500).nanoseconds(2);
    assert_eq!(Duration::from(span).to_string(), "PT2.500000002S");
    assert_eq!(Duration::from(Span::new()).to_string(), "PT0S");
    let error = Span::try_from(dur("P20000Y")).unwrap_err().to_string();
    assert_eq!(error, "P20000Y is outside the range of jiff::Span");
    assert!(Span::try_from(dur("PT18446744073709551615S")).is_err());
}

#[cfg(feature = "time")]
#[test]
fn time_converts_both_ways() {
    let t = time::Duration::try_from(dur("P1DT2H3M4.5S")).unwrap();
    assert_eq!(t, time::Duration::new(93_784, 500_000_000));
    assert_eq!(Duration::from(t).to_string(), "P1DT2H3M4.5S");
    let t = time::Duration::try_from(dur("-PT1.5S")).unwrap();
    assert_eq!(
        (t.whole_seconds(), t.subsec_nanoseconds()),
        (-1, -500_000_000)
    );
    assert_eq!(Duration::from(t).to_string(), "-PT1.5S");
    assert_eq!(Duration::from(time::Duration::ZERO).to_string(), "PT0S");
    let min = Duration::from(time::Duration::MIN);
    assert_eq!(time::Duration::try_from(min).unwrap(), time::Duration::MIN);
    let max = Duration::from(time::Duration::MAX);
    assert_eq!(time::Duration::try_from(max).unwrap(), time::Duration::MAX);
    assert!(time::Duration::try_from(dur("P1M")).is_err());
    let error = time::Duration::try_from(dur("P18446744073709551615D")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "P18446744073709551615D is outside the range of time::Duration"
    );
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_converts_both_ways() {
    use chrono::TimeDelta;
    let t = TimeDelta::try_from(dur("P1DT2H3M4.5S")).unwrap();
    assert_eq!(t, TimeDelta::new(93_784, 500_000_000).unwrap());
    assert_eq!(Duration::from(t).to_string(), "P1DT2H3M4.5S");
    let t = TimeDelta::try_from(dur("-PT1.5S")).unwrap();
    assert_eq!(t, TimeDelta::milliseconds(-1_500));
    assert_eq!(Duration::from(t).to_string(), "-PT1.5S");
    assert_eq!(Duration::from(TimeDelta::zero()).to_string(), "PT0S");
    for extreme in [TimeDelta::MIN, TimeDelta::MAX] {
        assert_eq!(
            TimeDelta::try_from(Duration::from(extreme)).unwrap(),
            extreme
        );
    }
    assert!(TimeDelta::try_from(dur("P1Y")).is_err());
    let error = TimeDelta::try_from(dur("P18446744073709551615D")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "P18446744073709551615D is outside the range of chrono::TimeDelta"
    );
}
