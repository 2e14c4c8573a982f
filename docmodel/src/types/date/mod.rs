//! [`Date`]: an OData / Microsoft Graph `Edm.Date`.
//!
//! # Accepted syntax
//!
//! `YYYY-MM-DD`, e.g. `2021-03-01`: a 4-digit year `0000`-`9999`, a 2-digit
//! month and a 2-digit day that exists in that month (February 29 only in
//! leap years of the proleptic Gregorian calendar). This is the only form, so
//! a value always writes back the text it was read from.
//!
//! Rejected: days that do not exist (`2021-02-30`, `2021-04-31`), years
//! outside `0000`-`9999` (OData allows `-0001` and `10000`; Graph never writes
//! them, and [`DateTimeOffset`](super::DateTimeOffset) has the same range),
//! fewer digits (`2021-3-1`), other separators (`2021/03/01`, `20210301`), a
//! time or an offset after the date, and surrounding space.

mod convert;
#[cfg(test)]
mod tests;

pub use convert::DateRangeError;

use super::calendar::days_in_month;
use super::text::{Cursor, Parsed, StackText, debug_as_display, parse_error, string_serde};

/// An `Edm.Date`: a day of the proleptic Gregorian calendar, years
/// `0000`-`9999`, with no time and no time zone.
///
/// Its [`Display`](std::fmt::Display) and [`Serialize`] output is `YYYY-MM-DD`,
/// the only form it accepts, so it writes back exactly the text it was read
/// from. Ordering is chronological.
///
/// ```
/// # use docmodel::types::Date;
/// let d: Date = "2020-02-29".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2020, 2, 29));
/// assert_eq!(d.to_string(), "2020-02-29");
/// assert!("2021-02-29".parse::<Date>().is_err());
/// ```
///
/// [`Serialize`]: serde::Serialize
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // In this order, so the derived ordering is chronological.
    year: u16,
    month: u8,
    day: u8,
}

parse_error! {
    /// The error from parsing a string that is not a valid `Edm.Date`.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.Date "2021-02-30": day 30 does not exist in 2021-02`.
    ParseDateError, "Edm.Date",
    for Date
}

impl Date {
    /// The date `year`-`month`-`day`; `None` if it does not exist or the
    /// year is after 9999.
    ///
    /// ```
    /// # use docmodel::types::Date;
    /// assert_eq!(Date::new(2021, 3, 1).unwrap().to_string(), "2021-03-01");
    /// assert!(Date::new(2021, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let exists = year <= 9999
            && (1..=12).contains(&month)
            && day >= 1
            && u32::from(day) <= days_in_month(year.into(), month.into());
        exists.then_some(Self { year, month, day })
    }

    /// The year, `0..=9999`.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, `1..=12`.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, `1..=31`.
    pub fn day(&self) -> u8 {
        self.day
    }

    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let date = parse_date(&mut c)?;
        c.end()?;
        Ok(date)
    }
}

/// `YYYY-MM-DD` at the cursor, the day checked against the month.
pub(super) fn parse_date(c: &mut Cursor<'_>) -> Parsed<Date> {
    let year = c.number(4, "year", 0..=9999)?;
    c.literal(b'-', "'-' after the year")?;
    let month = c.number(2, "month", 1..=12)?;
    c.literal(b'-', "'-' after the month")?;
    let day = c.number(2, "day", 1..=31)?;
    if day > days_in_month(year, month) {
        return Err(format!("day {day} does not exist in {year:04}-{month:02}"));
    }
    // Lossless: each is within the range just checked.
    Ok(Date {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    })
}

impl Date {
    /// `YYYY-MM-DD`, on the stack (for `Display` and `Serialize`).
    fn text(&self) -> StackText<10> {
        let mut text = StackText::new();
        text.date(self.year, self.month, self.day);
        text
    }
}

debug_as_display!(Date);

string_serde!(Date, "an Edm.Date string such as \"2021-03-01\"", text);
