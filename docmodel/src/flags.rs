//! Flag enums: one JSON string that holds several enum values joined by commas.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// The value of a flag enum (Microsoft Graph's `isFlags` enums): a JSON string that holds
/// several members joined by commas, such as `"x86,x64"`; `""` holds none.
///
/// Deserializing splits the string on `,`, trims ASCII spaces around each piece and parses
/// each piece with `E`'s `FromStr`, so a member that `E` does not list is kept in `E`'s
/// catch-all variant. Serializing writes the members' `Display` forms in order.
///
/// A value read from JSON writes back the same string. To get there while the members stay
/// editable, it keeps the separator it read (`","`, `", "` or whatever stood between its first
/// two members) rather than the string: pushing a member writes it with that separator. A
/// value built in code (or read with fewer than two members) joins with `","`. Only a string
/// that one separator cannot reproduce (uneven spacing such as `"a, b,c"`, or spaces before the
/// first or after the last member) is also kept whole, and written back as read until a member
/// is pushed. Exactness relies on `E`'s `Display` writing back what its `FromStr` read, as the
/// generated enums' do.
///
/// Two values are equal when they hold the same members in the same order *and* keep the same
/// separator (and, for an unevenly spaced string, the same text): equal values serialize alike.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Flags<E> {
    members: Vec<E>,
    /// What is written between two members.
    separator: Cow<'static, str>,
    /// The string as read, when `separator` cannot reproduce it; dropped by any edit.
    verbatim: Option<Box<str>>,
}

impl<E> Flags<E> {
    /// No members, joined with `","` once some are pushed.
    pub const fn new() -> Self {
        Self {
            members: Vec::new(),
            separator: Cow::Borrowed(","),
            verbatim: None,
        }
    }

    /// The members, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.members.iter()
    }

    /// Whether `member` is one of the members.
    pub fn contains(&self, member: &E) -> bool
    where
        E: PartialEq,
    {
        self.members.contains(member)
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members (the JSON string is `""`).
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds `member` after the others.
    pub fn push(&mut self, member: E) {
        self.verbatim = None;
        self.members.push(member);
    }
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        Self {
            members: members.into_iter().collect(),
            ..Self::new()
        }
    }
}

impl<E> IntoIterator for Flags<E> {
    type Item = E;
    type IntoIter = std::vec::IntoIter<E>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a Flags<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.iter()
    }
}

/// Writes the JSON string's content: the members joined, or the string as read.
impl<E: fmt::Display> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(verbatim) = &self.verbatim {
            return f.write_str(verbatim);
        }
        for (index, member) in self.members.iter().enumerate() {
            if index > 0 {
                f.write_str(&self.separator)?;
            }
            fmt::Display::fmt(member, f)?;
        }
        Ok(())
    }
}

/// Never fails: parses the members as deserializing does.
impl<E: FromStr<Err = Infallible>> FromStr for Flags<E> {
    type Err = Infallible;

    fn from_str(value: &str) -> Result<Self, Infallible> {
        if value.is_empty() {
            return Ok(Self::new());
        }
        let mut members = Vec::new();
        // Between two members stand spaces, a comma and spaces: the separator is the number of
        // spaces (before, after) its comma, as found between the first two members.
        let mut separator: Option<(usize, usize)> = None;
        // Whether `separator` between the trimmed pieces gives back `value`.
        let mut even = true;
        // The spaces that end the previous piece.
        let mut trailing = 0;
        for (index, piece) in value.split(',').enumerate() {
            let unpadded = piece.trim_start_matches(' ');
            let trimmed = unpadded.trim_end_matches(' ');
            let leading = piece.len() - unpadded.len();
            if index == 0 {
                even &= leading == 0;
            } else {
                let gap = (trailing, leading);
                even &= *separator.get_or_insert(gap) == gap;
            }
            trailing = unpadded.len() - trimmed.len();
            let Ok(member) = trimmed.parse();
            members.push(member);
        }
        even &= trailing == 0;
        Ok(Self {
            members,
            separator: match separator {
                None | Some((0, 0)) => Cow::Borrowed(","),
                Some((0, 1)) => Cow::Borrowed(", "),
                Some((before, after)) => {
                    Cow::Owned(format!("{},{}", " ".repeat(before), " ".repeat(after)))
                }
            },
            verbatim: (!even).then(|| value.into()),
        })
    }
}

impl<E: fmt::Display> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, E: FromStr<Err = Infallible>> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(FlagsVisitor(PhantomData))
    }
}

struct FlagsVisitor<E>(PhantomData<E>);

impl<E: FromStr<Err = Infallible>> Visitor<'_> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string of comma-separated values")
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<Flags<E>, Er> {
        let Ok(flags) = value.parse();
        Ok(flags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// As the proc-macro generates it for a Graph flag enum.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    enum Arch {
        None,
        X86,
        X64,
        Arm64,
        Unrecognized(crate::Unrecognized),
    }
    crate::__private::enumeration! {
        Arch, "windowsArchitecture", Unrecognized, VALUES,
        [None "none", X86 "x86", X64 "x64", Arm64 "arm64"]
    }

    fn read(json: &str) -> Flags<Arch> {
        serde_json::from_str(json).unwrap()
    }

    fn write(flags: &Flags<Arch>) -> String {
        serde_json::to_string(flags).unwrap()
    }

    #[test]
    fn comma_separated_members_round_trip() {
        let flags = read(r#""x86,x64""#);
        assert_eq!(flags.iter().collect::<Vec<_>>(), [&Arch::X86, &Arch::X64]);
        assert_eq!(flags.len(), 2);
        assert!(flags.contains(&Arch::X64) && !flags.contains(&Arch::Arm64));
        assert_eq!(write(&flags), r#""x86,x64""#);
        assert_eq!(flags, Flags::from_iter([Arch::X86, Arch::X64]));
    }

    #[test]
    fn the_separator_read_is_written_back_and_used_for_new_members() {
        let mut flags = read(r#""x86, x64""#);
        assert_eq!((&flags).into_iter().count(), 2);
        assert_eq!(write(&flags), r#""x86, x64""#);
        assert_ne!(flags, read(r#""x86,x64""#));
        flags.push(Arch::Arm64);
        assert_eq!(write(&flags), r#""x86, x64, arm64""#);
    }

    #[test]
    fn any_even_spacing_is_kept_as_the_separator() {
        let mut flags = read(r#""x86  ,   x64  ,   arm64""#);
        assert_eq!(flags.len(), 3);
        assert_eq!(write(&flags), r#""x86  ,   x64  ,   arm64""#);
        flags.push(Arch::None);
        assert_eq!(write(&flags), r#""x86  ,   x64  ,   arm64  ,   none""#);
        let mut tight = read(r#""x86 ,x64""#);
        tight.push(Arch::None);
        assert_eq!(write(&tight), r#""x86 ,x64 ,none""#);
    }

    #[test]
    fn unevenly_spaced_strings_are_written_back_as_read_until_edited() {
        for json in [r#""x86 ,x64,  arm64""#, r#"" x86""#, r#""x86, ""#, r#"" ""#] {
            assert_eq!(write(&read(json)), json);
        }
        let mut flags = read(r#""x86, x64,arm64""#);
        assert_eq!(flags.len(), 3);
        flags.push(Arch::None);
        assert_eq!(write(&flags), r#""x86, x64, arm64, none""#);
    }

    #[test]
    fn the_empty_string_has_no_members() {
        let flags = read(r#""""#);
        assert!(flags.is_empty());
        assert_eq!(flags, Flags::new());
        assert_eq!(write(&flags), r#""""#);
        assert_eq!(write(&Flags::default()), r#""""#);
        assert_eq!(
            read(r#""none""#).into_iter().collect::<Vec<_>>(),
            [Arch::None]
        );
    }

    #[test]
    fn unlisted_members_are_kept() {
        let flags = read(r#""x86,riscv""#);
        assert_eq!(flags.len(), 2);
        assert!(
            matches!(flags.iter().nth(1), Some(Arch::Unrecognized(v)) if v.as_str() == "riscv")
        );
        assert_eq!(write(&flags), r#""x86,riscv""#);
        assert_eq!(read(r#""a,,b,""#).len(), 4);
        assert_eq!(write(&read(r#""a,,b,""#)), r#""a,,b,""#);
    }

    #[test]
    fn a_non_string_is_an_error() {
        let error = serde_json::from_value::<Flags<Arch>>(json!(1)).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("a string of comma-separated values"),
            "{error}"
        );
        assert!(serde_json::from_value::<Flags<Arch>>(json!(["x86"])).is_err());
    }

    #[test]
    fn members_built_in_code_are_joined_with_a_comma() {
        let mut flags: Flags<Arch> = Arch::VALUES[1..].iter().cloned().collect();
        assert_eq!(write(&flags), r#""x86,x64,arm64""#);
        flags.push("riscv".parse().unwrap());
        assert_eq!(
            serde_json::to_value(&flags).unwrap(),
            json!("x86,x64,arm64,riscv")
        );
        assert_eq!(flags.to_string(), "x86,x64,arm64,riscv");
        let mut pushed = Flags::new();
        pushed.push(Arch::X64);
        assert_eq!(write(&pushed), r#""x64""#);
    }
}
