//! What the primitives share: a cursor over the text, the shape of their
//! parse and conversion errors, and the impls of every string-valued one
//! (`FromStr` with its error, `Serialize` and `Deserialize` through the
//! text, and a `Debug` that shows it).

use std::fmt;
use std::marker::PhantomData;
use std::ops::RangeInclusive;
use std::str::FromStr;

use serde::de::{self, Visitor};

/// A parse result; the error is the problem, without the input.
pub(crate) type Parsed<T> = Result<T, String>;

/// How many characters of the input an error message quotes.
const QUOTED_CHARS: usize = 80;

/// The input as an error quotes it: at most [`QUOTED_CHARS`] characters, and
/// whether more followed. Keeps a long input (a large base64 payload) out of
/// the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quoted {
    shown: String,
    more: bool,
}

impl Quoted {
    pub(crate) fn new(input: &str) -> Self {
        let shown: String = input.chars().take(QUOTED_CHARS).collect();
        let more = shown.len() < input.len();
        Self { shown, more }
    }
}

impl fmt::Display for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.more { "…" } else { "" };
        write!(f, "{:?}{more}", self.shown)
    }
}

/// Defines a public parse error, `invalid <what> "<input>": <problem>`, and
/// the `FromStr` of the type `for` which it is: `Self::parse` finds the
/// problem, the error quotes the input.
macro_rules! parse_error {
    (
        $(#[$doc:meta])* $name:ident, $what:literal,
        $(#[$from_str_doc:meta])* for $parsed:ty
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            input: $crate::types::text::Quoted,
            problem: String,
        }

        impl $name {
            fn new(input: &str, problem: impl Into<String>) -> Self {
                let input = $crate::types::text::Quoted::new(input);
                Self { input, problem: problem.into() }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!("invalid ", $what, " {}: {}"), self.input, self.problem)
            }
        }

        impl std::error::Error for $name {}

        impl std::str::FromStr for $parsed {
            type Err = $name;

            $(#[$from_str_doc])*
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                Self::parse(input).map_err(|problem| $name::new(input, problem))
            }
        }
    };
}
pub(crate) use parse_error;

/// Defines a public conversion error holding its message. The attribute before `new`, if any,
/// goes on its constructor: a `cfg` for an error that only some features' conversions make.
macro_rules! range_error {
    ($(#[$doc:meta])* $name:ident $(, #[$new:meta] new)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            $(#[$new])?
            pub(crate) fn new(message: impl Into<String>) -> Self {
                Self(message.into())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::error::Error for $name {}
    };
}
pub(crate) use range_error;

/// Implements `Serialize` as the `Display` text and `Deserialize` from a
/// string with `FromStr`; anything but a string is an `invalid type` error
/// that says what was `$expecting`.
///
/// With `text`, the type has `fn text(&self) -> StackText<N>`, its text on
/// the stack: `Serialize` hands that to `serialize_str` and `Display` writes
/// it, so neither allocates with any serializer (serde's default
/// `collect_str` makes a `String`). Without, `Serialize` is `collect_str`,
/// for text of any length ([`Binary`](super::Binary)).
macro_rules! string_serde {
    ($ty:ty, $expecting:expr, text) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let text = self.text();
                match text.as_str() {
                    Some(text) => serializer.serialize_str(text),
                    None => Err(::serde::ser::Error::custom(
                        $crate::types::text::StackText::<0>::OVERFLOW,
                    )),
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.text().as_str().ok_or(::std::fmt::Error)?)
            }
        }

        $crate::types::text::string_serde!(@deserialize $ty, $expecting);
    };
    ($ty:ty, $expecting:expr) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        $crate::types::text::string_serde!(@deserialize $ty, $expecting);
    };
    (@deserialize $ty:ty, $expecting:expr) => {
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                let visitor = $crate::types::text::FromStrVisitor::new($expecting);
                deserializer.deserialize_str(visitor)
            }
        }
    };
}
pub(crate) use string_serde;

/// Implements `Debug` as the type's name around its `Display` text:
/// `Date(2021-03-01)`.
macro_rules! debug_as_display {
    ($ty:ident) => {
        impl std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!(stringify!($ty), "({})"), self)
            }
        }
    };
}
pub(crate) use debug_as_display;

/// A serde visitor that parses a string with `T`'s `FromStr`; anything but a
/// string is an `invalid_type` error that says what was `expecting`.
pub(crate) struct FromStrVisitor<T> {
    expecting: &'static str,
    parsed: PhantomData<fn() -> T>,
}

impl<T> FromStrVisitor<T> {
    pub(crate) fn new(expecting: &'static str) -> Self {
        Self {
            expecting,
            parsed: PhantomData,
        }
    }
}

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}

/// A cursor over the input, stepping over ASCII only.
pub(crate) struct Cursor<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        Self { input, pos: 0 }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.pos).copied()
    }

    /// `expected <what> at byte <pos>, found <char or end of input>`.
    pub(crate) fn expected(&self, what: &str) -> String {
        // `pos` only ever steps over ASCII, so it is on a char boundary.
        let rest = self.input.get(self.pos..).unwrap_or_default();
        match rest.chars().next() {
            Some(c) => format!("expected {what} at byte {}, found {c:?}", self.pos),
            None => format!("expected {what} at byte {}, found end of input", self.pos),
        }
    }

    pub(crate) fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    pub(crate) fn literal(&mut self, byte: u8, what: &str) -> Parsed<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    pub(crate) fn digit(&mut self) -> Option<u32> {
        let digit = self.peek().filter(u8::is_ascii_digit)?;
        self.pos += 1;
        Some(u32::from(digit - b'0'))
    }

    /// A hexadecimal digit, in either case.
    pub(crate) fn hex_digit(&mut self) -> Option<u32> {
        let digit = char::from(self.peek()?).to_digit(16)?;
        self.pos += 1;
        Some(digit)
    }

    /// Exactly `width` digits, within `range`.
    pub(crate) fn number(
        &mut self,
        width: usize,
        name: &str,
        range: RangeInclusive<u32>,
    ) -> Parsed<u32> {
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
        Err(format!(
            "{name} {value:02} is out of range {min:02}-{max:02}"
        ))
    }

    /// A second `00..=59`; 60 is named as a leap second.
    pub(crate) fn second(&mut self) -> Parsed<u32> {
        match self.number(2, "second", 0..=99)? {
            60 => Err("second 60 (a leap second) is not supported".into()),
            second if second > 59 => Err(format!("second {second} is out of range 00-59")),
            second => Ok(second),
        }
    }

    /// `.f{1,9}` if present: (nanoseconds, digits written).
    pub(crate) fn fraction(&mut self) -> Parsed<(u32, u8)> {
        if !self.eat(b'.') {
            return Ok((0, 0));
        }
        // A count of the input's bytes, so it does not overflow however many digits follow.
        let (mut value, mut digits) = (0, 0usize);
        while let Some(digit) = self.digit() {
            if digits < 9 {
                value = value * 10 + digit;
            }
            digits += 1;
        }
        match digits {
            0 => Err(self.expected("a fraction digit after '.'")),
            // Lossless: `digits` is 1..=9.
            1..=9 => Ok((value * 10u32.pow(9 - digits as u32), digits as u8)),
            _ => Err(format!("{digits} fraction digits; at most 9 are supported")),
        }
    }

    /// Nothing left.
    pub(crate) fn end(&self) -> Parsed<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.expected("end of input")),
        }
    }
}

/// `value % 100` as two ASCII digits, for a text written at fixed positions.
#[inline]
pub(crate) fn two_digits(value: u8) -> [u8; 2] {
    let value = value % 100;
    [b'0' + value / 10, b'0' + value % 10]
}

/// The text of a value, built on the stack: at most `N` ASCII bytes.
///
/// The string-valued primitives write their text here, digit by digit, and
/// hand it to `serialize_str` or a `Formatter`: no allocation and no
/// formatting machinery. Each type's `N` holds its longest text; should a
/// write not fit (a bug), the text is marked as overflowed and
/// [`as_str`](Self::as_str) is `None`, an error rather than a cut value.
pub(crate) struct StackText<const N: usize> {
    bytes: [u8; N],
    len: usize,
    overflow: bool,
}

impl<const N: usize> StackText<N> {
    /// The serialization error for a text that did not fit.
    pub(crate) const OVERFLOW: &'static str = "docmodel bug: a value's text overflowed its buffer";

    pub(crate) fn new() -> Self {
        Self {
            bytes: [0; N],
            len: 0,
            overflow: false,
        }
    }

    /// A text that starts with `prefix`, ASCII written at fixed positions by the caller (see
    /// [`two_digits`]).
    #[inline]
    pub(crate) fn with_prefix<const M: usize>(prefix: [u8; M]) -> Self {
        let mut text = Self::new();
        match text.bytes.get_mut(..M) {
            Some(slots) if prefix.is_ascii() => {
                slots.copy_from_slice(&prefix);
                text.len = M;
            }
            _ => text.overflow = true,
        }
        text
    }

    /// Marks the text as not written, an error for the serializer.
    #[inline]
    pub(crate) fn fail(&mut self) {
        self.overflow = true;
    }

    /// The text; `None` if a write did not fit.
    pub(crate) fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        // Only ASCII is ever pushed, so this is always valid UTF-8.
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }

    /// Appends an ASCII byte.
    #[inline]
    pub(crate) fn push(&mut self, byte: u8) {
        match self.bytes.get_mut(self.len) {
            Some(slot) if byte.is_ascii() => {
                *slot = byte;
                self.len += 1;
            }
            _ => self.overflow = true,
        }
    }

    /// Appends ASCII text.
    #[inline]
    pub(crate) fn push_str(&mut self, text: &str) {
        for byte in text.bytes() {
            self.push(byte);
        }
    }

    /// Appends `value` in decimal, with leading zeros to at least `width`
    /// digits.
    #[inline]
    pub(crate) fn number(&mut self, value: u64, width: usize) {
        // The common case of a date and a time (month, day, hour, minute, second, offset):
        // two digits, written with one bounds check and no loop.
        if width == 2
            && let Ok(small @ 0..=99) = u8::try_from(value)
        {
            return self.two(small);
        }
        // The usual value fits its width (a year, a fraction of 7 digits): no count needed.
        let fits = u32::try_from(width)
            .ok()
            .and_then(|w| 10u64.checked_pow(w))
            .is_some_and(|limit| value < limit);
        let digits = if fits {
            width
        } else {
            let mut digits = 1;
            let mut rest = value / 10;
            while rest > 0 {
                digits += 1;
                rest /= 10;
            }
            digits.max(width)
        };
        let end = self.len + digits;
        match self.bytes.get_mut(self.len..end) {
            Some(slots) => {
                let mut rest = value;
                for slot in slots.iter_mut().rev() {
                    // Lossless: a digit.
                    *slot = b'0' + (rest % 10) as u8;
                    rest /= 10;
                }
                self.len = end;
            }
            None => self.overflow = true,
        }
    }

    /// Appends `value` (below 100) as two digits.
    #[inline]
    fn two(&mut self, value: u8) {
        match self.bytes.get_mut(self.len..self.len + 2) {
            Some(slots) => {
                slots.copy_from_slice(&two_digits(value));
                self.len += 2;
            }
            None => self.overflow = true,
        }
    }

    /// Appends the date `YYYY-MM-DD`.
    #[inline]
    pub(crate) fn date(&mut self, year: u16, month: u8, day: u8) {
        self.number(year.into(), 4);
        self.push(b'-');
        self.number(month.into(), 2);
        self.push(b'-');
        self.number(day.into(), 2);
    }

    /// Appends `.` and the first `digits` digits of `nanosecond`, nothing
    /// for 0 digits.
    #[inline]
    pub(crate) fn fraction(&mut self, nanosecond: u32, digits: u8) {
        if digits == 0 {
            return;
        }
        // One constant divisor per count (a multiplication), not `10u32.pow(9 - digits)`: a
        // division by a variable was the costliest instruction of writing a date-time.
        let fraction = match digits {
            1 => nanosecond / 100_000_000,
            2 => nanosecond / 10_000_000,
            3 => nanosecond / 1_000_000,
            4 => nanosecond / 100_000,
            5 => nanosecond / 10_000,
            6 => nanosecond / 1_000,
            7 => nanosecond / 100,
            8 => nanosecond / 10,
            _ => nanosecond,
        };
        let digits = digits.min(9);
        self.push(b'.');
        self.number(fraction.into(), digits.into());
    }
}

#[cfg(test)]
mod tests {
    use super::StackText;

    #[test]
    fn stack_text_pads_numbers_and_writes_fractions() {
        let mut text = StackText::<40>::new();
        text.number(7, 4);
        text.push(b'|');
        text.number(12345, 2);
        text.push(b'|');
        text.number(u64::MAX, 1);
        text.fraction(320_597_600, 7);
        text.fraction(5, 0);
        assert_eq!(
            text.as_str(),
            Some("0007|12345|18446744073709551615.3205976")
        );
    }

    #[test]
    fn a_text_that_does_not_fit_is_none_not_cut() {
        let mut text = StackText::<4>::new();
        text.push_str("abcd");
        assert_eq!(text.as_str(), Some("abcd"));
        text.push(b'e');
        assert_eq!(text.as_str(), None);
        let mut number = StackText::<4>::new();
        number.number(12345, 1);
        assert_eq!(number.as_str(), None);
        let mut non_ascii = StackText::<4>::new();
        non_ascii.push(0xff);
        assert_eq!(non_ascii.as_str(), None);
    }

    #[test]
    fn a_prefix_that_does_not_fit_or_is_not_ascii_is_none() {
        let mut text = StackText::<6>::with_prefix(*b"1999");
        text.push_str("-1");
        assert_eq!(text.as_str(), Some("1999-1"));
        assert_eq!(StackText::<3>::with_prefix(*b"1999").as_str(), None);
        assert_eq!(StackText::<4>::with_prefix([b'1', 0xff]).as_str(), None);
        let mut failed = StackText::<4>::with_prefix(*b"12");
        failed.fail();
        assert_eq!(failed.as_str(), None);
    }
}
