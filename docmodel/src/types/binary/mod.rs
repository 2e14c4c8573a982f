//! [`Binary`]: an OData / Microsoft Graph `Edm.Binary`: bytes, base64 in
//! JSON, written back exactly as read.
//!
//! # Accepted syntax
//!
//! Base64 (RFC 4648) in either alphabet, padded or not:
//!
//! - standard (`+`, `/`) with `=` padding: what Graph writes
//!   (`fileAttachment.contentBytes`, photos), and what this type writes for
//!   bytes of its own ([`From<Vec<u8>>`](#impl-From<Vec<u8>>-for-Binary));
//! - URL-safe (`-`, `_`), with or without padding: what the OData JSON format
//!   specifies (`base64url`), so other OData services may send it;
//! - standard without padding.
//!
//! The form is kept: the alphabet (URL-safe when the text has `-` or `_`) and
//! whether padding was left out (a length that is not a multiple of 4 and no
//! `=`). Each of these forms has exactly one text for given bytes, so a value
//! writes back exactly the text it was read from. The empty string is no
//! bytes.
//!
//! Rejected: characters outside the alphabet (whitespace and line breaks
//! included: MIME's wrapped base64 is not accepted), both alphabets in one
//! text (`+` with `-`), `=` anywhere but at the end or with a length that is
//! not a multiple of 4, a last group of a single character, and a last
//! character whose unused bits are not zero (`QR==` for `QQ==`), which is
//! not the canonical encoding and could not be written back.

#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Deref;

use base64::DecodeError;
use base64::display::Base64Display;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::engine::{Engine, GeneralPurpose};

use super::text::{parse_error, string_serde};

/// An `Edm.Binary`: bytes, and the base64 form they were written in.
///
/// Its [`Display`](fmt::Display) and [`Serialize`] output is exactly the
/// base64 text it was parsed or deserialized from; bytes made into a
/// `Binary` with [`From`] are written in standard base64 with padding.
/// Equality, hashing and ordering are by bytes, then by form (`+w==` and its
/// URL-safe `-w` hold the same byte but differ); compare
/// [`as_bytes`](Self::as_bytes) for the bytes alone. It dereferences to
/// `[u8]`.
///
/// ```
/// # use docmodel::types::Binary;
/// let b: Binary = "SGVsbG8=".parse().unwrap();
/// assert_eq!(b.as_bytes(), b"Hello");
/// assert_eq!(b.len(), 5); // through `Deref<Target = [u8]>`
/// assert_eq!(b.to_string(), "SGVsbG8=");
/// assert_eq!(Binary::from(b"Hello".to_vec()), b);
///
/// let url_safe: Binary = "-_8".parse().unwrap();
/// assert_eq!((url_safe.as_bytes(), url_safe.to_string()), (&[0xfb, 0xff][..], "-_8".into()));
/// ```
///
/// [`Serialize`]: serde::Serialize
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Binary {
    // In this order, so the derived ordering is by bytes, then form.
    bytes: Vec<u8>,
    form: Form,
}

/// The base64 form; the default is standard with padding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Form {
    url_safe: bool,
    unpadded: bool,
}

impl Form {
    /// The form of `text`, for the engine that decodes it.
    fn of(text: &str) -> Self {
        Self {
            url_safe: text.bytes().any(|b| b == b'-' || b == b'_'),
            unpadded: !text.ends_with('=') && !text.len().is_multiple_of(4),
        }
    }

    fn engine(self) -> &'static GeneralPurpose {
        match (self.url_safe, self.unpadded) {
            (false, false) => &STANDARD,
            (false, true) => &STANDARD_NO_PAD,
            (true, false) => &URL_SAFE,
            (true, true) => &URL_SAFE_NO_PAD,
        }
    }
}

parse_error! {
    /// The error from parsing a string that is not valid `Edm.Binary`
    /// base64.
    ///
    /// Its message quotes (the start of) the input and says what is wrong,
    /// e.g. `invalid Edm.Binary "SGVs bG8=": ' ' at byte 4 is not a base64 character`.
    ParseBinaryError, "Edm.Binary",
    for Binary
}

impl Binary {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, without copying them.
    pub fn into_vec(self) -> Vec<u8> {
        self.bytes
    }

    /// Whether the text was URL-safe base64 (`-` and `_` for `+` and `/`).
    pub fn is_url_safe(&self) -> bool {
        self.form.url_safe
    }

    /// Whether the text was padded with `=` to a multiple of 4 characters
    /// (or needed no padding).
    pub fn is_padded(&self) -> bool {
        !self.form.unpadded
    }

    fn parse(input: &str) -> Result<Self, String> {
        let form = Form::of(input);
        match form.engine().decode(input) {
            Ok(bytes) => Ok(Self { bytes, form }),
            Err(error) => Err(problem(input, form, error)),
        }
    }

    fn base64(&self) -> Base64Display<'_, 'static, GeneralPurpose> {
        Base64Display::new(&self.bytes, self.form.engine())
    }
}

/// What is wrong with `input`, which base64 did not decode.
fn problem(input: &str, form: Form, error: DecodeError) -> String {
    let char_at = |offset: usize| {
        let found = input.get(offset..).and_then(|rest| rest.chars().next());
        found.unwrap_or(char::REPLACEMENT_CHARACTER)
    };
    // base64 names some bad character, not always the first: find that.
    let (extra, other) = if form.url_safe {
        (b"-_", b"+/")
    } else {
        (b"+/", b"-_")
    };
    let in_alphabet = |b: &u8| b.is_ascii_alphanumeric() || extra.contains(b) || *b == b'=';
    if let Some(offset) = input.bytes().position(|b| !in_alphabet(&b)) {
        let c = char_at(offset);
        return match input.as_bytes().get(offset) {
            Some(b) if other.contains(b) => format!(
                "{c:?} at byte {offset} mixes the standard alphabet with the URL-safe one ('-', '_')"
            ),
            _ => format!("{c:?} at byte {offset} is not a base64 character"),
        };
    }
    match error {
        DecodeError::InvalidByte(offset, _) => {
            format!("'=' at byte {offset}: padding may only end the text")
        }
        DecodeError::InvalidLength(_) => {
            "the last group has a single character, which holds no whole byte".into()
        }
        DecodeError::InvalidLastSymbol { offset, .. } => format!(
            "{:?} at byte {offset} has bits set past the last byte (not the canonical encoding)",
            char_at(offset)
        ),
        DecodeError::InvalidPadding => format!(
            "it ends in '=' but its length {} is not a multiple of 4",
            input.len()
        ),
    }
}

impl From<Vec<u8>> for Binary {
    /// Written in standard base64 with padding.
    fn from(bytes: Vec<u8>) -> Self {
        Self {
            bytes,
            form: Form::default(),
        }
    }
}

impl From<&[u8]> for Binary {
    /// Written in standard base64 with padding.
    fn from(bytes: &[u8]) -> Self {
        Self::from(bytes.to_vec())
    }
}

impl From<Binary> for Vec<u8> {
    fn from(value: Binary) -> Self {
        value.bytes
    }
}

impl Deref for Binary {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

impl AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Display for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.base64(), f)
    }
}

/// The base64 text, cut after 64 characters for more than 48 bytes.
impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 48;
        match self.bytes.get(..SHOWN).filter(|_| self.bytes.len() > SHOWN) {
            None => write!(f, "Binary({self})"),
            Some(start) => {
                // 48 bytes are 64 characters without padding: the start of
                // the whole text.
                let start = Base64Display::new(start, self.form.engine());
                write!(f, "Binary({start}…, {} bytes)", self.bytes.len())
            }
        }
    }
}

string_serde!(Binary, "an Edm.Binary base64 string such as \"SGVsbG8=\"");
