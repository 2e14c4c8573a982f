//! Unit tests of `Date`.

use super::*;
use crate::types::test_support::*;

const FORMS: &[&str] = &[
    "2021-03-01",
    "2020-02-29",
    "2000-02-29",
    "1970-01-01",
    "0000-01-01",
    "0000-02-29",
    "9999-12-31",
];

/// Each invalid input and the problem its error names, as `input => problem`.
const INVALID: &str = "
yesterday => expected 4-digit year at byte 0, found 'y'
=> expected 4-digit year at byte 0, found end of input
2021-02-30 => day 30 does not exist in 2021-02
2021-02-29 => day 29 does not exist in 2021-02
1900-02-29 => day 29 does not exist in 1900-02
2100-02-29 => day 29 does not exist in 2100-02
2021-04-31 => day 31 does not exist in 2021-04
2021-06-31 => day 31 does not exist in 2021-06
2021-01-32 => day 32 is out of range 01-31
2021-01-00 => day 00 is out of range 01-31
2021-13-01 => month 13 is out of range 01-12
2021-00-01 => month 00 is out of range 01-12
2021-3-01 => expected 2-digit month at byte 6, found '-'
2021-03-1 => expected 2-digit day at byte 9, found end of input
21-03-01 => expected 4-digit year at byte 2, found '-'
10000-01-01 => expected '-' after the year at byte 4, found '0'
-0001-01-01 => expected 4-digit year at byte 0, found '-'
2021/03/01 => expected '-' after the year at byte 4, found '/'
20210301 => expected '-' after the year at byte 4, found '0'
2021-03-01T00:00:00Z => expected end of input at byte 10, found 'T'
2021-03-01Z => expected end of input at byte 10, found 'Z'
2021-03-01  => expected end of input at byte 10, found ' '
 2021-03-01 => expected 4-digit year at byte 0, found ' '
２021-03-01 => expected 4-digit year at byte 0, found '２'";

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn every_form_round_trips_through_serde_json() {
    assert_round_trips::<Date>(FORMS);
    assert_map_round_trips::<Date>(r#"{"a":"2021-03-01","b":"0000-02-29"}"#);
}

#[test]
fn invalid_strings_are_errors_that_quote_the_input() {
    assert_rejects::<Date>("Edm.Date", &rows(INVALID, 24));
    let long = "x".repeat(200);
    assert_quotes_start::<Date>("Edm.Date", &long, "expected 4-digit year");
}

#[test]
fn non_strings_are_invalid_type_errors() {
    let jsons = ["20210301", "null", "true", "[]", "{}", "[2021, 3, 1]"];
    assert_invalid_type::<Date>(&jsons, "expected an Edm.Date string");
}

#[test]
fn accessors_debug_and_new() {
    let d = date("2021-03-01");
    assert_eq!((d.year(), d.month(), d.day()), (2021, 3, 1));
    assert_eq!(format!("{d:?}"), "Date(2021-03-01)");
    assert_eq!(Date::new(2021, 3, 1), Some(d));
    assert_eq!(Date::new(0, 1, 1), Some(date("0000-01-01")));
    assert_eq!(Date::new(9999, 12, 31), Some(date("9999-12-31")));
    for (y, m, d) in [(2021, 2, 29), (2021, 0, 1), (2021, 13, 1), (2021, 1, 0)] {
        assert_eq!(Date::new(y, m, d), None, "{y}-{m}-{d}");
    }
    assert_eq!(Date::new(10_000, 1, 1), None);
    assert_eq!(Date::new(2024, 2, 29).unwrap().to_string(), "2024-02-29");
}

#[test]
fn every_day_of_every_year_parses_and_nothing_else_does() {
    for year in [0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999] {
        for month in 0..=13u8 {
            for day in 0..=32u8 {
                let text = format!("{year:04}-{month:02}-{day:02}");
                let parsed = text.parse::<Date>().ok();
                assert_eq!(parsed, Date::new(year, month, day), "{text}");
                assert_eq!(parsed.map(|d| d.to_string()), parsed.map(|_| text));
            }
        }
    }
}

#[test]
fn ordering_is_chronological_and_agrees_with_eq() {
    let mut dates: Vec<_> = FORMS.iter().map(|s| date(s)).collect();
    dates.sort();
    let sorted: Vec<_> = dates.iter().map(Date::to_string).collect();
    let mut expected = FORMS.to_vec();
    expected.sort(); // `YYYY-MM-DD` text sorts chronologically.
    assert_eq!(sorted, expected);
    assert!(date("2021-02-28") < date("2021-03-01"));
    assert!(date("2020-12-31") < date("2021-01-01"));
    assert_ord_agrees_with_eq(&dates);
    assert_forms_distinct(FORMS, date);
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_converts_both_ways() {
    use jiff::civil;
    for d in FORMS.iter().map(|s| date(s)) {
        let j = civil::Date::from(d);
        assert_eq!(j.to_string(), d.to_string());
        assert_eq!(Date::try_from(j).unwrap(), d);
    }
    let before = civil::date(-1, 12, 31);
    let error = Date::try_from(before).unwrap_err();
    let message = "year -1 is outside the years 0000-9999 of Edm.Date";
    assert_eq!(error.to_string(), message);
}

#[cfg(feature = "time")]
#[test]
fn time_converts_both_ways() {
    use time::Month;
    for d in FORMS.iter().map(|s| date(s)) {
        let t = time::Date::from(d);
        assert_eq!(
            (t.year(), u8::from(t.month()), t.day()),
            (d.year().into(), d.month(), d.day())
        );
        assert_eq!(Date::try_from(t).unwrap(), d);
    }
    let before = time::Date::from_calendar_date(-1, Month::December, 31).unwrap();
    assert!(Date::try_from(before).is_err());
    assert!(Date::try_from(time::Date::MIN).is_err());
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_converts_both_ways() {
    use chrono::NaiveDate;
    for d in FORMS.iter().map(|s| date(s)) {
        let n = NaiveDate::from(d);
        assert_eq!(n.to_string(), d.to_string());
        assert_eq!(Date::try_from(n).unwrap(), d);
    }
    let after = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
    let error = Date::try_from(after).unwrap_err();
    let message = "year 10000 is outside the years 0000-9999 of Edm.Date";
    assert_eq!(error.to_string(), message);
    assert!(Date::try_from(NaiveDate::MIN).is_err());
}
