//! Parsing the text form of an `Edm.DateTimeOffset`.

use super::{DateTimeOffset, Form, OffsetStyle};
use crate::types::calendar::days_in_month;
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
    pub(super) fn parse(input: &str) -> Parsed<Self> {
        match Self::parse_common(input.as_bytes()) {
            Some(value) => Ok(value),
            None => Self::parse_general(input),
        }
    }

    /// The forms Graph writes, read at fixed positions without a cursor:
    /// `YYYY-MM-DD(T|t)HH:MM:SS[.f{1,9}][Z|z|±HH:MM]`, every field in range.
    /// `None` for anything else, valid or not: [`parse_general`] reads it or
    /// says what is wrong, so this only ever returns what that would.
    ///
    /// [`parse_general`]: Self::parse_general
    #[inline]
    pub(super) fn parse_common(bytes: &[u8]) -> Option<Self> {
        let (head, mut rest) = bytes.split_first_chunk::<19>()?;
        // The date and time, one byte per binding: `YYYY-MM-DDTHH:MM:SS`.
        #[rustfmt::skip]
        let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1, t, h0, h1, b':', n0, n1, b':', s0, s1] =
            *head
        else {
            return None;
        };
        let lowercase_t = match t {
            b'T' => false,
            b't' => true,
            _ => return None,
        };
        let year = two_digits(y0, y1)? * 100 + two_digits(y2, y3)?;
        let month = two_digits(m0, m1).filter(|m| (1..=12).contains(m))?;
        let day = two_digits(d0, d1).filter(|&d| d >= 1 && d <= days_in_month(year, month))?;
        let hour = two_digits(h0, h1).filter(|&h| h <= 23)?;
        let minute = two_digits(n0, n1).filter(|&m| m <= 59)?;
        let second = two_digits(s0, s1).filter(|&s| s <= 59)?;

        let (mut nanosecond, mut fraction_digits) = (0, 0u8);
        if let [b'.', after @ ..] = rest {
            rest = after;
            while let [digit @ b'0'..=b'9', after @ ..] = rest {
                if fraction_digits == 9 {
                    return None;
                }
                nanosecond = nanosecond * 10 + u32::from(digit - b'0');
                fraction_digits += 1;
                rest = after;
            }
            if fraction_digits == 0 {
                return None;
            }
            nanosecond *= 10u32.pow(9 - u32::from(fraction_digits));
        }
        let (offset_minutes, offset) = match *rest {
            [] => (0, OffsetStyle::Absent),
            [b'Z'] => (0, OffsetStyle::UpperZ),
            [b'z'] => (0, OffsetStyle::LowerZ),
            [sign @ (b'+' | b'-'), h0, h1, b':', m0, m1] => {
                let hours = two_digits(h0, h1).filter(|&h| h <= 23)?;
                let minutes = hours * 60 + two_digits(m0, m1).filter(|&m| m <= 59)?;
                // Lossless: at most 23 × 60 + 59.
                let minutes = minutes as i32;
                match (sign, minutes) {
                    (b'-', 0) => (0, OffsetStyle::MinusZero),
                    (b'-', _) => (-minutes, OffsetStyle::Numeric),
                    _ => (minutes, OffsetStyle::Numeric),
                }
            }
            _ => return None,
        };
        let form = Form {
            fraction_digits,
            lowercase_t,
            offset,
        };
        let date = [year, month, day];
        let time = [hour, minute, second, nanosecond];
        Some(Self::from_checked(date, time, offset_minutes, form))
    }

    /// Any input, with a cursor that says what is wrong where.
    ///
    /// Cold and out of line: inlined, its second way of making a value made the optimizer build
    /// every value on the stack field by field and copy it as one 16-byte load, a
    /// store-forwarding stall that `perf annotate` put at a quarter of `from_str`'s time.
    #[cold]
    #[inline(never)]
    pub(super) fn parse_general(input: &str) -> Parsed<Self> {
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

/// Two ASCII digits as a number.
#[inline]
fn two_digits(tens: u8, ones: u8) -> Option<u32> {
    let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
    Some(digit(tens)? * 10 + digit(ones)?)
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
