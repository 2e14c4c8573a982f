//! Rust names for doc names. Every identifier that reaches the token stream is made here, by
//! functions that check the spelling first and return an error instead of panicking
//! (`proc_macro2::Ident::new` panics on an invalid identifier).
//!
//! The rules (the README repeats them):
//! - types and enum variants: the doc's name with its first letter upper-cased
//!   (`macOSLobApp` -> `MacOSLobApp`, `notInstalled` -> `NotInstalled`); characters that cannot
//!   be in an identifier separate words, each of which starts upper-case (`wi-fi` -> `WiFi`);
//! - fields: snake_case (`lastSyncDateTime` -> `last_sync_date_time`, `@odata.type` -> `odata_type`);
//!   characters that cannot be in an identifier become `_`;
//! - only ASCII letters and digits are kept; a name without any is spelled by its characters' code
//!   points (`😀` -> `u1f600` / `U1f600`); a leading digit gets a `_` before it (`2G` -> `_2G`);
//! - Rust keywords (of any edition, reserved ones included) become raw identifiers (`r#type`), except
//!   `self`, `Self`, `super` and `crate`, which cannot be raw and get a `_` appended (`self_`).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt};
use std::borrow::Cow;
use std::fmt;

/// A Rust identifier made by this module, held as text; it becomes an `Ident` where tokens are
/// made. Unlike an `Ident` it belongs to no macro call: inside the compiler, an `Ident` made
/// during one call and used in another is a use-after-free panic, and the pages a
/// [`crate::load::PageCache`] keeps between calls hold field names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name {
    /// The identifier, without `r#`.
    text: String,
    /// Whether it is raw (`r#type`).
    raw: bool,
}

impl Name {
    /// `odata_type`, the field of `@odata.type`.
    pub fn odata_type() -> Name {
        Name::generated("odata_type")
    }

    /// A name docmodel generates (`extra`, `Unrecognized`, `VALUES`): an identifier written in
    /// docmodel's source, not a keyword (a unit test checks each).
    pub fn generated(text: &'static str) -> Name {
        Name {
            text: text.to_owned(),
            raw: false,
        }
    }

    /// `prefix` and this name's text (`Any` + `MobileApp`): `prefix` is an identifier written in
    /// docmodel's source that starts with an upper-case letter, so the result is an identifier and
    /// no keyword.
    pub fn prefixed(prefix: &'static str, name: &Name) -> Name {
        Name {
            text: format!("{prefix}{}", name.text),
            raw: false,
        }
    }

    /// This name, or if `taken` says it is taken, this name with `_` appended until it is free
    /// (`extra_`, `extra__`): still an identifier, and no keyword once it ends with `_`.
    pub fn free(&self, taken: impl Fn(&str) -> bool) -> Name {
        let mut name = self.clone();
        while taken(&name.to_string()) {
            name = Name {
                text: format!("{}_", name.text),
                raw: false,
            };
        }
        name
    }

    /// The identifier, spanned at the macro call.
    pub fn ident(&self) -> Ident {
        // `text` was checked when the name was made, so neither call panics.
        if self.raw {
            Ident::new_raw(&self.text, Span::call_site())
        } else {
            Ident::new(&self.text, Span::call_site())
        }
    }
}

impl fmt::Display for Name {
    /// As Rust source spells it, `r#` included (as `Ident` displays).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.raw {
            f.write_str("r#")?;
        }
        f.write_str(&self.text)
    }
}

/// Compares as Rust source spells it (`r#type`), like `Ident`.
impl<T: AsRef<str> + ?Sized> PartialEq<T> for Name {
    fn eq(&self, other: &T) -> bool {
        let other = other.as_ref();
        match (self.raw, other.strip_prefix("r#")) {
            (true, Some(rest)) => rest == self.text,
            (false, None) => other == self.text,
            _ => false,
        }
    }
}

impl ToTokens for Name {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(self.ident());
    }
}

/// A name that cannot become a Rust identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameError {
    /// The doc name.
    pub name: String,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` cannot become a Rust name: it is empty",
            self.name.escape_debug()
        )
    }
}

/// Keywords that can be raw identifiers: strict, reserved and edition-dependent ones.
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate"];

/// The Rust type name for a doc type name: first letter of each word upper-cased.
pub fn type_name(name: &str) -> Result<Name, NameError> {
    let mut camel = String::with_capacity(name.len());
    for word in words(name) {
        // Words are ASCII: upper-casing their first letter is `upper_first`.
        let mut chars = word.chars();
        camel.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        camel.push_str(chars.as_str());
    }
    ident(&digit_guard(camel), name)
}

/// The enum variant for a wire value: first letter upper-cased, like type names.
pub fn variant_name(value: &str) -> Result<Name, NameError> {
    type_name(value)
}

/// The field name for a doc property name: snake_case.
pub fn field_name(name: &str) -> Result<Name, NameError> {
    let mut snake = String::with_capacity(name.len() + 4);
    for word in words(name) {
        push_snake_case(&mut snake, &word);
    }
    ident(&digit_guard(snake), name)
}

/// Whether a character is upper- or lower-case, or neither (a digit), in [`push_snake_case`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// No letter since the last word boundary.
    None,
    Lower,
    Upper,
}

/// Appends `word` (ASCII letters and digits) in snake_case, after a `_` if `out` is not empty.
///
/// The same split as `heck`'s `to_snake_case` (which the tests check it against), without its
/// per-character formatting: a boundary after a lower-case letter (or a digit after one) that an
/// upper-case letter follows (`deviceId` -> `device_id`), and before the last of a run of
/// upper-case letters that a lower-case one follows (`HTTPServer` -> `http_server`).
fn push_snake_case(out: &mut String, word: &str) {
    let mut start = 0;
    let mut case = Case::None;
    let mut chars = word.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(&(next_i, next)) = chars.peek() else {
            push_snake_word(out, word.get(start..).unwrap_or_default());
            break;
        };
        let next_case = if c.is_ascii_lowercase() {
            Case::Lower
        } else if c.is_ascii_uppercase() {
            Case::Upper
        } else {
            case
        };
        if next_case == Case::Lower && next.is_ascii_uppercase() {
            push_snake_word(out, word.get(start..next_i).unwrap_or_default());
            start = next_i;
            case = Case::None;
        } else if case == Case::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
            push_snake_word(out, word.get(start..i).unwrap_or_default());
            start = i;
            case = Case::None;
        } else {
            case = next_case;
        }
    }
}

/// Appends one word of a snake_case name, lower-cased, after a `_` if `out` is not empty.
fn push_snake_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push('_');
    }
    out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
}

/// The runs of ASCII letters and digits in `name`; for a name that has none, its characters'
/// code points (`u1f600`), so that every non-empty name has a spelling.
fn words(name: &str) -> Vec<Cow<'_, str>> {
    let words: Vec<Cow<'_, str>> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(Cow::Borrowed)
        .collect();
    if words.is_empty() {
        name.chars()
            .map(|c| Cow::Owned(format!("u{:x}", u32::from(c))))
            .collect()
    } else {
        words
    }
}

/// Puts `_` before a leading digit.
fn digit_guard(mut name: String) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// Makes the identifier, raw when it is a keyword.
fn ident(candidate: &str, original: &str) -> Result<Name, NameError> {
    let valid = candidate.chars().any(|c| c.is_ascii_alphanumeric())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !candidate.starts_with(|c: char| c.is_ascii_digit());
    if !valid {
        return Err(NameError {
            name: original.to_owned(),
        });
    }
    Ok(if NON_RAW_KEYWORDS.contains(&candidate) {
        Name {
            text: format!("{candidate}_"),
            raw: false,
        }
    } else {
        Name {
            text: candidate.to_owned(),
            raw: RAW_KEYWORDS.contains(&candidate),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> String {
        field_name(name)
            .map(|i| i.to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    fn ty(name: &str) -> String {
        type_name(name)
            .map(|i| i.to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn fields_are_snake_case() {
        assert_eq!(field("lastSyncDateTime"), "last_sync_date_time");
        assert_eq!(field("deviceId"), "device_id");
        assert_eq!(field("@odata.type"), "odata_type");
        assert_eq!(field("site@odata.bind"), "site_odata_bind");
    }

    #[test]
    fn snake_case_splits_words_as_heck_does() {
        use heck::ToSnakeCase;
        let names = "a A ab aB Ab AB ABc aBC HTTPServer deviceId x2Y X2y a2 2a A2B iOSApp \
                     macOSLobApp ID userPrincipalName aBCdE a_b A_B_c abc1DEF2ghi ABC a1b2C3d4";
        for name in names.split_whitespace() {
            let mut snake = String::new();
            for word in name.split('_') {
                push_snake_case(&mut snake, word);
            }
            assert_eq!(snake, name.to_snake_case(), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn snake_case_agrees_with_heck(name in "[a-zA-Z0-9]{1,12}(_[a-zA-Z0-9]{1,12}){0,3}") {
            use heck::ToSnakeCase;
            let mut snake = String::new();
            for word in name.split('_') {
                push_snake_case(&mut snake, word);
            }
            proptest::prop_assert_eq!(snake, name.to_snake_case());
        }
    }

    #[test]
    fn keywords_become_raw_or_get_an_underscore() {
        assert_eq!(field("type"), "r#type");
        assert_eq!(field("gen"), "r#gen");
        assert_eq!(field("try"), "r#try");
        assert_eq!(field("self"), "self_");
        assert_eq!(field("super"), "super_");
        assert_eq!(ty("self"), "Self_");
    }

    #[test]
    fn types_upper_case_the_first_letter_only() {
        assert_eq!(ty("mobileAppInstallStatus"), "MobileAppInstallStatus");
        assert_eq!(ty("macOSLobApp"), "MacOSLobApp");
        assert_eq!(
            variant_name("notInstalled").map(|i| i.to_string()),
            Ok("NotInstalled".into())
        );
    }

    #[test]
    fn odd_names_become_identifiers_or_errors() {
        assert_eq!(field("1st"), "_1st");
        assert_eq!(field("a.b"), "a_b");
        assert_eq!(field("a b"), "a_b");
        assert_eq!(field("naïve"), "na_ve");
        assert_eq!(
            field("@microsoft.graph.conflictBehavior"),
            "microsoft_graph_conflict_behavior"
        );
        assert_eq!(field("😀"), "u1f600");
        assert_eq!(ty("2G"), "_2G");
        assert_eq!(ty("wi-fi"), "WiFi");
        assert_eq!(ty("a b"), "AB");
        assert_eq!(ty("😀"), "U1f600");
        assert_eq!(ty("!"), "U21");
        assert!(field("").starts_with("error"));
        assert!(ty("").starts_with("error"));
    }

    #[test]
    fn free_names_append_underscores() {
        let taken = ["extra", "extra_"];
        let name = Name::generated("extra").free(|n| taken.contains(&n));
        assert_eq!(name, "extra__");
        // A raw keyword becomes a plain identifier once it ends with `_`.
        let ty = field_name("type").unwrap();
        assert_eq!(ty.free(|n| n == "r#type"), "type_");
        assert_eq!(ty.free(|_| false), "r#type");
    }

    #[test]
    fn generated_names_are_identifiers_and_no_keywords() {
        // Every `Name::generated` and `Name::prefixed` prefix in docmodel's source.
        for text in [
            "odata_type",
            "extra",
            "Unrecognized",
            "VALUES",
            "Page",
            "Any",
        ] {
            let checked = ident(text, text).unwrap();
            assert_eq!(checked, Name::generated(text), "{text}");
        }
        let any = Name::prefixed("Any", &type_name("mobileApp").unwrap());
        assert_eq!(any, "AnyMobileApp");
    }
}
