//! Rust names for doc names. Every identifier that reaches the token stream is made here, by
//! functions that check the spelling first and return an error instead of panicking
//! (`proc_macro2::Ident::new` panics on an invalid identifier).
//!
//! The rules (the README repeats them):
//! - types and enum variants: the doc's name with its first letter upper-cased
//!   (`macOSLobApp` -> `MacOSLobApp`, `notInstalled` -> `NotInstalled`);
//! - fields: snake_case (`lastSyncDateTime` -> `last_sync_date_time`, `@odata.type` -> `odata_type`);
//! - characters that cannot be in an identifier become `_`, and a leading digit gets a `_` before it;
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
            "`{}` has no letter or digit to make a Rust name from",
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

/// The Rust type name for a doc type name: first letter upper-cased.
pub fn type_ident(name: &str) -> Result<Ident, NameError> {
    ident(&upper_first(&sanitize(name)), name)
}

/// The enum variant for a wire value: first letter upper-cased, like type names.
pub fn variant_ident(value: &str) -> Result<Ident, NameError> {
    type_ident(value)
}

/// The field name for a doc property name: snake_case.
pub fn field_ident(name: &str) -> Result<Ident, NameError> {
    ident(&sanitize(&name.to_snake_case()), name)
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

/// Replaces what cannot be in an identifier with `_` and puts `_` before a leading digit.
fn sanitize(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
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
        assert_eq!(ty("2G"), "_2G");
        assert_eq!(ty("wi-fi"), "Wi_fi");
        assert!(field("").starts_with("error"));
        assert!(field("@@").starts_with("error"));
        assert!(ty("!").starts_with("error"));
    }

    #[test]
    fn free_ident_appends_underscores() {
        let taken = ["extra", "extra_"];
        let ident = free_ident("extra", |n| taken.contains(&n)).map(|i| i.to_string());
        assert_eq!(ident, Ok("extra__".into()));
    }
}
