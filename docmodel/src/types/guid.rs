//! [`Guid`]: an OData / Microsoft Graph `Edm.Guid`, a [`Uuid`] that reads
//! only the form Graph writes.
//!
//! # Design
//!
//! `uuid::Uuid`'s own serde support reads any form `Uuid::parse_str` takes:
//! 32 digits without hyphens, `{braced}` and `urn:uuid:` ones too, and
//! writes them all back hyphenated, so a value would silently change on a
//! round trip. This newtype reads the hyphenated form only and holds a
//! `Uuid`, which it converts to and from.
//!
//! # Accepted syntax
//!
//! `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`: 32 hex digits in groups of 8, 4,
//! 4, 4 and 12, in either case. Rejected: any other form (no hyphens,
//! braces, a `urn:uuid:` prefix, surrounding space).
//!
//! It is written back in the case it was read in: upper case if its letters
//! were all upper case, else lower case. So a GUID of mixed case is the one
//! string that does not come back exactly as read (`67e55044-10B1-…` comes
//! back as `67e55044-10b1-…`). Graph writes GUIDs in lower case, and compares
//! them without regard to case.

use uuid::Uuid;

use super::text::{Cursor, Parsed, StackText, debug_as_display, parse_error, string_serde};

/// An `Edm.Guid`: a UUID, read hyphenated in either case and written
/// hyphenated in the case it was read in: upper case if its letters were all
/// upper case, else lower case (a GUID of mixed case is written in lower case).
///
/// Equality, hashing and ordering are those of the [`Uuid`] (by value, so
/// case does not matter).
///
/// ```
/// # use docmodel::types::Guid;
/// let id: Guid = "67E55044-10B1-426F-9247-BB680E5FE0C8".parse().unwrap();
/// assert_eq!(id.to_string(), "67E55044-10B1-426F-9247-BB680E5FE0C8");
/// assert_eq!(Guid::from(*id.as_uuid()).to_string(), "67e55044-10b1-426f-9247-bb680e5fe0c8");
/// assert_eq!(id, "67e55044-10b1-426f-9247-bb680e5fe0c8".parse().unwrap());
/// assert!("{67e55044-10b1-426f-9247-bb680e5fe0c8}".parse::<Guid>().is_err());
/// assert_eq!(id.as_uuid().get_version_num(), 4);
/// ```
#[derive(Clone, Copy)]
pub struct Guid(Uuid, Case);

/// The case a GUID was read in.
#[derive(Clone, Copy, Debug)]
enum Case {
    Lower,
    Upper,
}

impl PartialEq for Guid {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for Guid {}

impl std::hash::Hash for Guid {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialOrd for Guid {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Guid {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

parse_error! {
    /// The error from parsing a string that is not a hyphenated `Edm.Guid`.
    ///
    /// Its message quotes the input and says what is wrong, e.g.
    /// `invalid Edm.Guid "{67e55044-…}": expected a hex digit at byte 0, found '{'`.
    ParseGuidError, "Edm.Guid",
    for Guid
}

impl Guid {
    /// `00000000-0000-0000-0000-000000000000`.
    pub const NIL: Self = Self(Uuid::nil(), Case::Lower);

    /// The UUID.
    pub fn as_uuid(&self) -> &Uuid {
        &self.0
    }

    fn parse(input: &str) -> Parsed<Self> {
        match Self::parse_hyphenated(input.as_bytes()) {
            Some(guid) => Ok(guid),
            None => Self::parse_general(input),
        }
    }

    /// A valid GUID in one pass over its 36 bytes; `None` for anything
    /// else, which [`parse_general`](Self::parse_general) then words.
    #[inline]
    fn parse_hyphenated(bytes: &[u8]) -> Option<Self> {
        let bytes: &[u8; 36] = bytes.try_into().ok()?;
        let (mut value, mut upper, mut lower) = (0u128, false, false);
        for (index, &byte) in bytes.iter().enumerate() {
            if matches!(index, 8 | 13 | 18 | 23) {
                if byte != b'-' {
                    return None;
                }
                continue;
            }
            let digit = match byte {
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' => {
                    lower = true;
                    byte - b'a' + 10
                }
                b'A'..=b'F' => {
                    upper = true;
                    byte - b'A' + 10
                }
                _ => return None,
            };
            value = (value << 4) | u128::from(digit);
        }
        let case = if upper && !lower {
            Case::Upper
        } else {
            Case::Lower
        };
        Some(Self(Uuid::from_u128(value), case))
    }

    /// Any input, with a cursor that says what is wrong where. Cold and out of line, as
    /// `DateTimeOffset`'s: the fast path then builds its value in place.
    #[cold]
    #[inline(never)]
    fn parse_general(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let mut value = 0u128;
        for (group, digits) in [8, 4, 4, 4, 12].into_iter().enumerate() {
            if group > 0 {
                c.literal(b'-', "'-'")?;
            }
            for _ in 0..digits {
                let digit = c.hex_digit().ok_or_else(|| c.expected("a hex digit"))?;
                value = (value << 4) | u128::from(digit);
            }
        }
        c.end()?;
        let upper = input.bytes().any(|b| b.is_ascii_uppercase())
            && !input.bytes().any(|b| b.is_ascii_lowercase());
        let case = if upper { Case::Upper } else { Case::Lower };
        Ok(Self(Uuid::from_u128(value), case))
    }
}

impl From<Uuid> for Guid {
    fn from(value: Uuid) -> Self {
        Self(value, Case::Lower)
    }
}

impl From<Guid> for Uuid {
    fn from(value: Guid) -> Self {
        value.0
    }
}

impl AsRef<Uuid> for Guid {
    fn as_ref(&self) -> &Uuid {
        &self.0
    }
}

impl Guid {
    /// Hyphenated, in the case it was read in (lower case for one made in
    /// code), on the stack (for `Display` and `Serialize`).
    fn text(&self) -> StackText<36> {
        let mut buffer = [0; uuid::fmt::Hyphenated::LENGTH];
        let hyphenated = self.0.hyphenated();
        let mut text = StackText::new();
        text.push_str(match self.1 {
            Case::Lower => hyphenated.encode_lower(&mut buffer),
            Case::Upper => hyphenated.encode_upper(&mut buffer),
        });
        text
    }
}

debug_as_display!(Guid);

string_serde!(
    Guid,
    "an Edm.Guid string such as \"67e55044-10b1-426f-9247-bb680e5fe0c8\"",
    text
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::test_support::*;
    use std::collections::HashSet;

    const LOWER: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";
    const UPPER: &str = "67E55044-10B1-426F-9247-BB680E5FE0C8";

    const FORMS: &[&str] = &[
        LOWER,
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "0000000a-000b-000c-000d-00000000000e",
    ];

    /// Each invalid input and the problem its error names, as `input => problem`.
    const INVALID: &str = "
=> expected a hex digit at byte 0, found end of input
67e5504410b1426f9247bb680e5fe0c8 => expected '-' at byte 8, found '1'
{67e55044-10b1-426f-9247-bb680e5fe0c8} => expected a hex digit at byte 0, found '{'
urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8 => expected a hex digit at byte 0, found 'u'
67e55044-10b1-426f-9247-bb680e5fe0c => expected a hex digit at byte 35, found end of input
67e55044-10b1-426f-9247-bb680e5fe0c80 => expected end of input at byte 36, found '0'
67e55044-10b1-426f-9247-bb680e5fe0cg => expected a hex digit at byte 35, found 'g'
67e5504-410b1-426f-9247-bb680e5fe0c8 => expected a hex digit at byte 7, found '-'
67e55044_10b1_426f_9247_bb680e5fe0c8 => expected '-' at byte 8, found '_'
 67e55044-10b1-426f-9247-bb680e5fe0c8 => expected a hex digit at byte 0, found ' '
67e55044-10b1-426f-9247-bb680e5fe0c8  => expected end of input at byte 36, found ' '
６7e55044-10b1-426f-9247-bb680e5fe0c8 => expected a hex digit at byte 0, found '６'";

    fn guid(s: &str) -> Guid {
        s.parse().unwrap()
    }

    #[test]
    fn every_form_round_trips_through_serde_json() {
        assert_round_trips::<Guid>(FORMS);
    }

    #[test]
    fn upper_case_is_written_back_in_upper_case() {
        let upper: Guid = serde_json::from_str(&format!("\"{UPPER}\"")).unwrap();
        assert_eq!(upper, guid(LOWER));
        assert_eq!(
            serde_json::to_string(&upper).unwrap(),
            format!("\"{UPPER}\"")
        );
        let mixed = guid("67e55044-10B1-426f-9247-Bb680E5fe0c8");
        assert_eq!(mixed.to_string(), LOWER);
    }

    #[test]
    fn invalid_strings_are_errors_that_quote_the_input() {
        assert_rejects::<Guid>("Edm.Guid", &rows(INVALID, 12));
        let long = "x".repeat(200);
        assert_quotes_start::<Guid>("Edm.Guid", &long, "expected a hex digit at byte 0");
    }

    #[test]
    fn uuid_alone_would_accept_forms_that_do_not_round_trip() {
        for form in [
            "67e5504410b1426f9247bb680e5fe0c8",
            "{67e55044-10b1-426f-9247-bb680e5fe0c8}",
            "urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8",
        ] {
            assert_eq!(Uuid::parse_str(form).unwrap().to_string(), LOWER);
            assert!(form.parse::<Guid>().is_err(), "{form}");
        }
    }

    /// `parse` (the one-pass reader first) gives what the general parser
    /// gives, value, case or error, for every form, every invalid input and
    /// every one-byte change or cut of each form.
    #[test]
    fn the_fast_path_agrees_with_the_general_parser() {
        let mut inputs: Vec<String> = rows(INVALID, 12).iter().map(|r| r.0.into()).collect();
        for form in FORMS
            .iter()
            .chain(&[UPPER, "67e55044-10B1-426f-9247-Bb680E5fe0c8"])
        {
            assert!(Guid::parse_hyphenated(form.as_bytes()).is_some(), "{form}");
            for at in 0..form.len() {
                inputs.push(form[..at].into());
                for replacement in "09afAFgG-_ x".chars() {
                    let mut changed = form.to_string();
                    changed.replace_range(at..at + 1, &replacement.to_string());
                    inputs.push(changed);
                }
            }
        }
        let written = |parsed: Parsed<Guid>| parsed.map(|guid| guid.to_string());
        for input in &inputs {
            let general = written(Guid::parse_general(input));
            assert_eq!(written(Guid::parse(input)), general, "{input}");
        }
    }

    #[test]
    fn non_strings_are_invalid_type_errors() {
        let bytes = "[103,229,80,68,16,177,66,111,146,71,187,104,14,95,224,200]";
        let jsons = [bytes, "0", "null", "true", "{}"];
        assert_invalid_type::<Guid>(&jsons, "expected an Edm.Guid string");
    }

    #[test]
    fn converts_to_and_from_uuid() {
        let id = guid(LOWER);
        let uuid = Uuid::from(id);
        assert_eq!(uuid, Uuid::parse_str(LOWER).unwrap());
        assert_eq!(
            (Guid::from(uuid), id.as_uuid(), id.as_ref()),
            (id, &uuid, &uuid)
        );
        assert_eq!(
            Guid::NIL.to_string(),
            "00000000-0000-0000-0000-000000000000"
        );
        assert_eq!(format!("{id:?}"), format!("Guid({LOWER})"));
    }

    #[test]
    fn order_and_hash_are_by_value() {
        let mut ids: Vec<_> = FORMS.iter().map(|s| guid(s)).collect();
        ids.sort();
        let sorted: Vec<_> = ids.iter().map(Guid::to_string).collect();
        let mut expected = FORMS.to_vec();
        expected.sort();
        assert_eq!(sorted, expected);
        let set: HashSet<_> = [guid(LOWER), guid(UPPER)].into_iter().collect();
        assert_eq!(set.len(), 1);
    }
}
