/// The `hostile` type.
///
/// Generated from `docs/hostile.md`, line 5.
#[derive(Clone, PartialEq, Default)]
pub struct Hostile {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// A name with quotes.
    ///
    /// JSON member `quote"in"name`, from `docs/hostile.md`, line 7.
    pub quote_in_name: ::core::option::Option<::std::string::String>,
    /// A backslash.
    ///
    /// JSON member `back\slash`, from `docs/hostile.md`, line 8.
    pub back_slash: ::core::option::Option<::std::string::String>,
    /// Closes a comment: / and opens one: /
    ///
    /// JSON member `end*/comment`, from `docs/hostile.md`, line 9.
    pub end_comment: ::core::option::Option<::std::string::String>,
    /// Looks like an attribute: #\[cfg(any())\]
    ///
    /// JSON member `#[attr]`, from `docs/hostile.md`, line 10.
    pub attr: ::core::option::Option<::std::string::String>,
    /// A closing brace } and { an opening one.
    ///
    /// JSON member `brace}`, from `docs/hostile.md`, line 11.
    pub brace: ::core::option::Option<::std::string::String>,
    /// A raw string: r#"x"#
    ///
    /// JSON member `r#"raw"#`, from `docs/hostile.md`, line 12.
    pub r_raw: ::core::option::Option<::std::string::String>,
    /// Ends a string and a statement: "); panic!(); ("
    ///
    /// JSON member `");`, from `docs/hostile.md`, line 13.
    pub u22_u29_u3b: ::core::option::Option<::std::string::String>,
    /// Backticks in the name.
    ///
    /// JSON member `tick`, from `docs/hostile.md`, line 14.
    pub tick: ::core::option::Option<::std::string::String>,
    /// A NUL.
    ///
    /// JSON member `nul\u{0}byte`, from `docs/hostile.md`, line 15.
    pub nul_byte: ::core::option::Option<::std::string::String>,
    /// A control character.
    ///
    /// JSON member `bell\u{7}`, from `docs/hostile.md`, line 16.
    pub bell: ::core::option::Option<::std::string::String>,
    /// A bidi override: \u{202e} reversed \u{202c}.
    ///
    /// JSON member `bidi\u{202e}evil`, from `docs/hostile.md`, line 17.
    pub bidi_evil: ::core::option::Option<::std::string::String>,
    /// Mixed.
    ///
    /// JSON member `emoji🦀`, from `docs/hostile.md`, line 18.
    pub emoji: ::core::option::Option<::std::string::String>,
    /// Possible values are: "quoted", a}b, \*/, x\\y.
    ///
    /// JSON member `mode`, from `docs/hostile.md`, line 19.
    pub mode: ::core::option::Option<Mode>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Hostile, "hostile", extra, [
        0 odata_type "@odata.type" value,
        1 quote_in_name "quote\"in\"name" value,
        2 back_slash "back\\slash" value,
        3 end_comment "end*/comment" value,
        4 attr "#[attr]" value,
        5 brace "brace}" value,
        6 r_raw "r#\"raw\"#" value,
        7 u22_u29_u3b "\");" value,
        8 tick "tick" value,
        9 nul_byte "nul\0byte" value,
        10 bell "bell\u{7}" value,
        11 bidi_evil "bidi\u{202e}evil" value,
        12 emoji "emoji🦀" value,
        13 mode "mode" value,
    ]
}
/// The values of `mode`, listed at `docs/hostile.md`, line 19.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum Mode {
    /// `quoted`
    Quoted,
    /// `a}b`
    AB,
    /// `*/`
    U2aU2f,
    /// `x\y`
    XY,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    Mode, "mode", Unrecognized, VALUES, [
        Quoted "quoted",
        AB "a}b",
        U2aU2f "*/",
        XY "x\\y",
    ]
}
