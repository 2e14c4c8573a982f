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

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span};
use std::fmt;

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
pub fn type_ident(name: &str) -> Result<Ident, NameError> {
    let camel: String = words(name).iter().map(|w| upper_first(w)).collect();
    ident(&digit_guard(camel), name)
}

/// The enum variant for a wire value: first letter upper-cased, like type names.
pub fn variant_ident(value: &str) -> Result<Ident, NameError> {
    type_ident(value)
}

/// The field name for a doc property name: snake_case.
pub fn field_ident(name: &str) -> Result<Ident, NameError> {
    let snake = words(name).join("_").to_snake_case();
    ident(&digit_guard(snake), name)
}

/// An identifier that is not taken: `base`, else `base` with `_` appended until it is free.
pub fn free_ident(base: &str, taken: impl Fn(&str) -> bool) -> Result<Ident, NameError> {
    let mut name = base.to_owned();
    while taken(&name) {
        name.push('_');
    }
    ident(&name, base)
}

/// Upper-cases the first character.
pub fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The runs of ASCII letters and digits in `name`; for a name that has none, its characters'
/// code points (`u1f600`), so that every non-empty name has a spelling.
fn words(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        name.chars()
            .map(|c| format!("u{:x}", u32::from(c)))
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
fn ident(candidate: &str, original: &str) -> Result<Ident, NameError> {
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
    if NON_RAW_KEYWORDS.contains(&candidate) {
        Ok(Ident::new(&format!("{candidate}_"), Span::call_site()))
    } else if RAW_KEYWORDS.contains(&candidate) {
        Ok(Ident::new_raw(candidate, Span::call_site()))
    } else {
        Ok(Ident::new(candidate, Span::call_site()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> String {
        field_ident(name)
            .map(|i| i.to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    fn ty(name: &str) -> String {
        type_ident(name)
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
            variant_ident("notInstalled").map(|i| i.to_string()),
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
    fn free_ident_appends_underscores() {
        let taken = ["extra", "extra_"];
        let ident = free_ident("extra", |n| taken.contains(&n)).map(|i| i.to_string());
        assert_eq!(ident, Ok("extra__".into()));
    }
}
