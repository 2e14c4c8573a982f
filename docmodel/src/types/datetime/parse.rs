//! Parsing the text form of an `Edm.DateTimeOffset`.

use super::{DateTimeOffset, Form, OffsetStyle};
use crate::types::date::parse_date;
use crate::types::text::{Cursor, Parsed, parse_error};

parse_error! {
    /// The error from parsing a string that is not a valid `Edm.DateTimeOffset`.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.DateTimeOffset "2021-02-30T00:00:00Z": day 30 does not exist in 2021-02`.
    ParseDateTimeOffsetError, "Edm.DateTimeOffset",
    for DateTimeOffset
}

impl DateTimeOffset {
    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let date = parse_date(&mut c)?;
        let lowercase_t = c.peek() == Some(b't');
        if !(c.eat(b'T') || c.eat(b't')) {
            return Err(c.expected("'T' between date and time"));
        }
        let hour = c.number(2, "hour", 0..=23)?;
        c.literal(b':', "':' after the hour")?;
        let minute = c.number(2, "minute", 0..=59)?;
        c.literal(b':', "':' after the minute")?;
        let second = c.second()?;
        let (nanosecond, fraction_digits) = c.fraction()?;
        let (offset_minutes, offset) = offset(&mut c)?;
        c.end()?;
        let form = Form {
            fraction_digits,
            lowercase_t,
            offset,
        };
        let date = [date.year().into(), date.month().into(), date.day().into()];
        let time = [hour, minute, second, nanosecond];
        Ok(Self::from_checked(date, time, offset_minutes, form))
    }
}

/// `Z`, `z`, `±HH:MM` or nothing: (minutes east of UTC, style).
fn offset(c: &mut Cursor<'_>) -> Parsed<(i32, OffsetStyle)> {
    let Some(found) = c.peek() else {
        return Ok((0, OffsetStyle::Absent));
    };
    let (sign, style) = match found {
        b'Z' => (0, OffsetStyle::UpperZ),
        b'z' => (0, OffsetStyle::LowerZ),
        b'+' => (1, OffsetStyle::Numeric),
        b'-' => (-1, OffsetStyle::Numeric),
        _ => return Err(c.expected("'Z', '+HH:MM', '-HH:MM' or end of input")),
    };
    c.eat(found);
    if sign == 0 {
        return Ok((0, style));
    }
    let hours = c.number(2, "offset hour", 0..=23)?;
    c.literal(b':', "':' in the offset")?;
    let minutes = (hours * 60 + c.number(2, "offset minute", 0..=59)?) as i32;
    let style = if sign < 0 && minutes == 0 {
        OffsetStyle::MinusZero
    } else {
        OffsetStyle::Numeric
    };
    Ok((sign * minutes, style))
}
