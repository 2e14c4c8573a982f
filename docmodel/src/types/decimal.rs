//! [`Decimal`]: an OData / Microsoft Graph `Edm.Decimal`, kept as the JSON
//! number or string it was read from.
//!
//! # Design
//!
//! Graph writes `Edm.Decimal` as a JSON number (`"unitPrice": 10.50`), and
//! OData as a JSON string when asked to (`IEEE754Compatible=true`:
//! `"unitPrice": "10.50"`). serde_json (without its `arbitrary_precision`
//! feature) reads a number into a `u64`, an `i64` or the nearest `f64`
//! before any type sees it, so `10.50` arrives as `10.5` and a 20-digit
//! decimal loses digits: no type can restore them. The simplest correct
//! type is therefore this one, with no decimal arithmetic and no dependency:
//!
//! - read from a JSON number, it keeps the [`serde_json::Number`] as
//!   serde_json read it (integer or float) and writes that same number back,
//!   so the JSON value is unchanged (`10.50` reads as, and writes back as,
//!   the number `10.5`; an integer stays an integer). With
//!   `arbitrary_precision` on, the number's text is kept exactly;
//! - read from a JSON string, it keeps the text exactly and writes the same
//!   string back;
//! - [`FromStr`] makes the string form, which keeps every digit; use
//!   [`From<i64>`](#impl-From<i64>-for-Decimal), `From<u64>` or
//!   [`Decimal::from_f64`] to send a JSON number.
//!
//! # Accepted syntax (strings)
//!
//! OData's decimal literal: `[+|-]digits[.digits][(e|E)[+|-]digits]`, e.g.
//! `10.50`, `-3`, `1.5e-7`, `007`. Rejected: `NaN`, `INF` and `Infinity`
//! (not decimals), a `.` without digits on both sides (`.5`, `5.`), a comma
//! (`1,5`), digit grouping, and surrounding space. JSON numbers are taken as
//! serde_json reads them.
//!
//! [`FromStr`]: std::str::FromStr

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error, Unexpected};
use serde::ser::{Serialize, Serializer};
use serde_json::{Number, Value};

use super::text::{Cursor, Parsed, parse_error};

/// An `Edm.Decimal`: a JSON number, or a decimal written as a JSON string,
/// kept as read.
///
/// Its [`Display`](fmt::Display) output is the number as serde_json writes it
/// or the string's text; [`Serialize`] writes the same JSON number or
/// string. Equality and hashing are structural: the number `1.5` and the
/// string `"1.5"` differ, and so do the strings `"1.5"` and `"1.50"`. It is
/// not `Ord`: compare [`to_f64`](Self::to_f64) if an `f64`'s precision is
/// enough.
///
/// ```
/// # use docmodel::types::Decimal;
/// # use docmodel::serde_json::{self, json};
/// let price: Decimal = serde_json::from_value(json!(10.5)).unwrap();
/// assert_eq!((price.to_f64(), price.to_string()), (10.5, "10.5".to_owned()));
/// assert_eq!(serde_json::to_value(&price).unwrap(), json!(10.5));
///
/// let exact: Decimal = serde_json::from_value(json!("10.50")).unwrap();
/// assert!(exact.is_string());
/// assert_eq!(serde_json::to_value(&exact).unwrap(), json!("10.50"));
/// assert_eq!(exact, "10.50".parse().unwrap());
///
/// assert_eq!(serde_json::to_value(Decimal::from(42)).unwrap(), json!(42));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Decimal(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// Read from, or to be written as, a JSON number.
    Number(Number),
    /// A decimal literal read from, or to be written as, a JSON string.
    Text(String),
}

parse_error! {
    /// The error from parsing a string that is not an `Edm.Decimal` literal.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.Decimal "1,5": expected a digit, '.', 'e' or end of input at byte 1, found ','`.
    ParseDecimalError, "Edm.Decimal",
    /// The string form, keeping the text exactly.
    for Decimal
}

impl Decimal {
    /// The number form of a finite `f64`, written as serde_json writes it;
    /// `None` for NaN and the infinities, which JSON cannot hold.
    pub fn from_f64(value: f64) -> Option<Self> {
        Number::from_f64(value).map(Self::from)
    }

    /// Whether it is the string form (read from a JSON string or made by
    /// [`FromStr`](std::str::FromStr)).
    pub fn is_string(&self) -> bool {
        matches!(self.0, Repr::Text(_))
    }

    /// The JSON number, for the number form.
    pub fn as_number(&self) -> Option<&Number> {
        match &self.0 {
            Repr::Number(number) => Some(number),
            Repr::Text(_) => None,
        }
    }

    /// The nearest `f64`: infinite for a literal beyond `f64`'s range, `0`
    /// for one too small for it.
    pub fn to_f64(&self) -> f64 {
        match &self.0 {
            Repr::Number(number) => number.as_f64(),
            Repr::Text(text) => text.parse().ok(),
        }
        // Never falls back: a checked literal and a JSON number both parse.
        .unwrap_or(f64::NAN)
    }

    fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let _sign = c.eat(b'+') || c.eat(b'-');
        digits(&mut c, "a digit")?;
        if c.eat(b'.') {
            digits(&mut c, "a digit after '.'")?;
        }
        if c.eat(b'e') || c.eat(b'E') {
            let _sign = c.eat(b'+') || c.eat(b'-');
            digits(&mut c, "a digit in the exponent")?;
        }
        if c.peek().is_some() {
            return Err(c.expected("a digit, '.', 'e' or end of input"));
        }
        Ok(Self(Repr::Text(input.to_owned())))
    }
}

/// One or more digits.
fn digits(c: &mut Cursor<'_>, what: &str) -> Parsed<()> {
    if c.digit().is_none() {
        return Err(c.expected(what));
    }
    while c.digit().is_some() {}
    Ok(())
}

impl From<Number> for Decimal {
    /// The number form.
    fn from(value: Number) -> Self {
        Self(Repr::Number(value))
    }
}

impl From<i64> for Decimal {
    /// The number form.
    fn from(value: i64) -> Self {
        Self::from(Number::from(value))
    }
}

impl From<u64> for Decimal {
    /// The number form.
    fn from(value: u64) -> Self {
        Self::from(Number::from(value))
    }
}

impl From<i32> for Decimal {
    /// The number form.
    fn from(value: i32) -> Self {
        Self::from(Number::from(value))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Number(number) => fmt::Display::fmt(number, f),
            Repr::Text(text) => f.write_str(text),
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Number(number) => write!(f, "Decimal({number})"),
            Repr::Text(text) => write!(f, "Decimal({text:?})"),
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Repr::Number(number) => number.serialize(serializer),
            Repr::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Through `Value`, which reads numbers as serde_json's `Number` does
        // (exactly, under `arbitrary_precision`).
        let expected = &"an Edm.Decimal number or string such as 10.5 or \"10.50\"";
        match Value::deserialize(deserializer)? {
            Value::Number(number) => Ok(Self::from(number)),
            Value::String(text) => text.parse().map_err(D::Error::custom),
            Value::Null => Err(D::Error::invalid_type(Unexpected::Unit, expected)),
            Value::Bool(b) => Err(D::Error::invalid_type(Unexpected::Bool(b), expected)),
            Value::Array(_) => Err(D::Error::invalid_type(Unexpected::Seq, expected)),
            Value::Object(_) => Err(D::Error::invalid_type(Unexpected::Map, expected)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::test_support::*;

    /// JSON texts that come back identical, as text and as `Value`.
    const FORMS: &[&str] = &[
        "10.5",
        "0",
        "42",
        "-7",
        "18446744073709551615",
        "-9223372036854775808",
        "0.1",
        "-1.5e-7",
        "\"10.50\"",
        "\"-0.000\"",
        "\"+1.5E+3\"",
        "\"12345678901234567890.123456789012345678901234567890\"",
        "\"007\"",
    ];

    /// JSON numbers that serde_json itself rewrites: same `Value`, other text.
    const REWRITTEN: &[(&str, &str)] = &[
        ("10.50", "10.5"),
        ("1e300", "1e+300"),
        ("1E3", "1000.0"),
        ("1.0", "1.0"),
        ("100000000000000000000", "1e+20"),
        ("0.10000000000000000001", "0.1"),
    ];

    /// Each invalid string and the problem its error names, as `input => problem`.
    const INVALID: &str = "
=> expected a digit at byte 0, found end of input
NaN => expected a digit at byte 0, found 'N'
INF => expected a digit at byte 0, found 'I'
-INF => expected a digit at byte 1, found 'I'
Infinity => expected a digit at byte 0, found 'I'
.5 => expected a digit at byte 0, found '.'
5. => expected a digit after '.' at byte 2, found end of input
1,5 => expected a digit, '.', 'e' or end of input at byte 1, found ','
1 000 => expected a digit, '.', 'e' or end of input at byte 1, found ' '
1e => expected a digit in the exponent at byte 2, found end of input
1e+ => expected a digit in the exponent at byte 3, found end of input
1.5.5 => expected a digit, '.', 'e' or end of input at byte 3, found '.'
+-1 => expected a digit at byte 1, found '-'
0x10 => expected a digit, '.', 'e' or end of input at byte 1, found 'x'
10.5  => expected a digit, '.', 'e' or end of input at byte 4, found ' '
١٢ => expected a digit at byte 0, found '١'";

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn every_form_round_trips_through_serde_json() {
        for json in FORMS {
            let value = assert_json_round_trips::<Decimal>(json);
            assert_eq!(value.is_string(), json.starts_with('"'));
        }
        for (json, written) in REWRITTEN {
            let value: Decimal = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), *written);
            let expected: Value = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_value(&value).unwrap(), expected, "{json}");
        }
        let object = serde_json::json!({"price": 10.5, "exact": "10.50", "count": 3});
        let map: std::collections::BTreeMap<String, Decimal> =
            serde_json::from_value(object.clone()).unwrap();
        assert_eq!(serde_json::to_value(&map).unwrap(), object);
    }

    #[test]
    fn integers_stay_integers() {
        let value: Decimal = serde_json::from_str("5").unwrap();
        assert_eq!(value.as_number().unwrap().as_u64(), Some(5));
        assert_eq!(serde_json::to_string(&value).unwrap(), "5");
        let float: Decimal = serde_json::from_str("5.0").unwrap();
        assert_eq!(serde_json::to_string(&float).unwrap(), "5.0");
        assert_ne!(value, float);
    }

    #[test]
    fn invalid_strings_are_errors_that_quote_the_input() {
        assert_rejects::<Decimal>("Edm.Decimal", &rows(INVALID, 16));
        let long = "x".repeat(200);
        assert_quotes_start::<Decimal>("Edm.Decimal", &long, "expected a digit at byte 0");
    }

    #[test]
    fn other_json_values_are_invalid_type_errors() {
        let jsons = ["null", "true", "[]", "[1]", "{}", r#"{"value": 1}"#];
        assert_invalid_type::<Decimal>(&jsons, "expected an Edm.Decimal number or string");
    }

    #[test]
    fn constructors_and_accessors() {
        assert_eq!(serde_json::to_string(&Decimal::from(42i64)).unwrap(), "42");
        assert_eq!(
            serde_json::to_string(&Decimal::from(u64::MAX)).unwrap(),
            "18446744073709551615"
        );
        assert_eq!(serde_json::to_string(&Decimal::from(-3)).unwrap(), "-3");
        let half = Decimal::from_f64(0.5).unwrap();
        assert_eq!((half.to_string(), half.to_f64()), ("0.5".to_owned(), 0.5));
        assert!(!half.is_string() && half.as_number().is_some());
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(Decimal::from_f64(bad), None);
        }
        let text = dec("10.50");
        assert!(text.is_string() && text.as_number().is_none());
        assert_eq!(
            (text.to_f64(), text.to_string()),
            (10.5, "10.50".to_owned())
        );
        assert_eq!(serde_json::to_string(&text).unwrap(), "\"10.50\"");
        assert_eq!(dec("1e400").to_f64(), f64::INFINITY);
        assert_eq!(dec("-1.5E-3").to_f64(), -0.0015);
        assert_eq!(format!("{text:?}"), "Decimal(\"10.50\")");
        assert_eq!(format!("{half:?}"), "Decimal(0.5)");
    }

    #[test]
    fn equality_and_hash_are_structural() {
        let number: Decimal = serde_json::from_str("1.5").unwrap();
        assert_ne!(number, dec("1.5"));
        assert_ne!(dec("1.5"), dec("1.50"));
        assert_eq!(number, Decimal::from_f64(1.5).unwrap());
        assert_forms_distinct(FORMS, |json| serde_json::from_str::<Decimal>(json).unwrap());
    }
}
