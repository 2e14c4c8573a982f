//! Parsing the text form of an `Edm.DateTimeOffset`.

use super::{DateTimeOffset, Form, OffsetStyle, days_in_month};
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

/// The error from parsing a string that is not a valid `Edm.DateTimeOffset`.
///
/// Its message quotes the input and says what is wrong, e.g.
/// `invalid Edm.DateTimeOffset "2021-02-30T00:00:00Z": day 30 does not exist in 2021-02`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateTimeOffsetError {
    input: String,
    problem: String,
}

impl fmt::Display for ParseDateTimeOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Quote at most 80 characters of the input.
        let end = self
            .input
            .char_indices()
            .nth(80)
            .map_or(self.input.len(), |(end, _)| end);
        let shown = self.input.get(..end).unwrap_or_default();
        let more = if end < self.input.len() { "…" } else { "" };
        write!(
            f,
            "invalid Edm.DateTimeOffset {shown:?}{more}: {}",
            self.problem
        )
    }
}

impl std::error::Error for ParseDateTimeOffsetError {}

/// A parse result; the error is the problem for [`ParseDateTimeOffsetError`].
type Parsed<T> = Result<T, String>;

/// A cursor over the input.
struct Cursor<'a> {
    input: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.pos).copied()
    }

    fn expected(&self, what: &str) -> String {
        // `pos` only ever steps over ASCII, so it is on a char boundary.
        let rest = self.input.get(self.pos..).unwrap_or_default();
        match rest.chars().next() {
            Some(c) => format!("expected {what} at byte {}, found {c:?}", self.pos),
            None => format!("expected {what} at byte {}, found end of input", self.pos),
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn literal(&mut self, byte: u8, what: &str) -> Parsed<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    fn digit(&mut self) -> Option<u32> {
        let digit = self.peek().filter(u8::is_ascii_digit)?;
        self.pos += 1;
        Some(u32::from(digit - b'0'))
    }

    /// Exactly `width` digits, within `range`.
    fn number(&mut self, width: usize, name: &str, range: RangeInclusive<u32>) -> Parsed<u32> {
        let mut value = 0;
        for _ in 0..width {
            let digit = self
                .digit()
                .ok_or_else(|| self.expected(&format!("{width}-digit {name}")))?;
            value = value * 10 + digit;
        }
        if range.contains(&value) {
            return Ok(value);
        }
        let (min, max) = (range.start(), range.end());
        let message = format!("{name} {value:02} is out of range {min:02}-{max:02}");
        Err(message)
    }

    /// `.f{1,9}` if present: (nanoseconds, digits written).
    fn fraction(&mut self) -> Parsed<(u32, u8)> {
        if !self.eat(b'.') {
            return Ok((0, 0));
        }
        let (mut value, mut digits) = (0, 0);
        while let Some(digit) = self.digit() {
            if digits < 9 {
                value = value * 10 + digit;
            }
            digits += 1;
        }
        match digits {
            0 => Err(self.expected("a fraction digit after '.'")),
            1..=9 => Ok((value * 10u32.pow(9 - digits), digits as u8)),
            _ => Err(format!("{digits} fraction digits; at most 9 are supported")),
        }
    }

    /// `Z`, `z`, `±HH:MM` or nothing: (minutes east of UTC, style).
    fn offset(&mut self) -> Parsed<(i32, OffsetStyle)> {
        let (sign, style) = match self.peek() {
            None => return Ok((0, OffsetStyle::Absent)),
            Some(b'Z') => (0, OffsetStyle::UpperZ),
            Some(b'z') => (0, OffsetStyle::LowerZ),
            Some(b'+') => (1, OffsetStyle::Numeric),
            Some(b'-') => (-1, OffsetStyle::Numeric),
            Some(_) => return Err(self.expected("'Z', '+HH:MM', '-HH:MM' or end of input")),
        };
        self.pos += 1;
        if sign == 0 {
            return Ok((0, style));
        }
        let hours = self.number(2, "offset hour", 0..=23)?;
        self.literal(b':', "':' in the offset")?;
        let minutes = (hours * 60 + self.number(2, "offset minute", 0..=59)?) as i32;
        let style = if sign < 0 && minutes == 0 {
            OffsetStyle::MinusZero
        } else {
            OffsetStyle::Numeric
        };
        Ok((sign * minutes, style))
    }
}

impl DateTimeOffset {
    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor { input, pos: 0 };
        let year = c.number(4, "year", 0..=9999)?;
        c.literal(b'-', "'-' after the year")?;
        let month = c.number(2, "month", 1..=12)?;
        c.literal(b'-', "'-' after the month")?;
        let day = c.number(2, "day", 1..=31)?;
        if day > days_in_month(year, month) {
            return Err(format!("day {day} does not exist in {year:04}-{month:02}"));
        }
        let lowercase_t = c.peek() == Some(b't');
        if !(c.eat(b'T') || c.eat(b't')) {
            return Err(c.expected("'T' between date and time"));
        }
        let hour = c.number(2, "hour", 0..=23)?;
        c.literal(b':', "':' after the hour")?;
        let minute = c.number(2, "minute", 0..=59)?;
        c.literal(b':', "':' after the minute")?;
        let second = match c.number(2, "second", 0..=99)? {
            60 => return Err("second 60 (a leap second) is not supported".into()),
            second if second > 59 => return Err(format!("second {second} is out of range 00-59")),
            second => second,
        };
        let (nanosecond, fraction_digits) = c.fraction()?;
        let (offset_minutes, offset) = c.offset()?;
        if c.peek().is_some() {
            return Err(c.expected("end of input"));
        }
        let form = Form {
            fraction_digits,
            lowercase_t,
            offset,
        };
        let (date, time) = ([year, month, day], [hour, minute, second, nanosecond]);
        Ok(Self::from_checked(date, time, offset_minutes, form))
    }
}

impl FromStr for DateTimeOffset {
    type Err = ParseDateTimeOffsetError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::parse(input).map_err(|problem| ParseDateTimeOffsetError {
            input: input.to_owned(),
            problem,
        })
    }
}
