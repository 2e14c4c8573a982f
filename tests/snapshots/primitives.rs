/// The `gadget` type.
///
/// Generated from `docs/primitives.md`, line 8.
#[derive(Clone, PartialEq, Default)]
pub struct Gadget {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Lower-case spelling.
    ///
    /// JSON member `text`, from `docs/primitives.md`, line 10.
    pub text: ::core::option::Option<::std::string::String>,
    /// Lower-case spelling.
    ///
    /// JSON member `flag`, from `docs/primitives.md`, line 11.
    pub flag: ::core::option::Option<bool>,
    /// A byte.
    ///
    /// JSON member `byte`, from `docs/primitives.md`, line 12.
    pub byte: ::core::option::Option<u8>,
    /// A signed byte.
    ///
    /// JSON member `signedByte`, from `docs/primitives.md`, line 13.
    pub signed_byte: ::core::option::Option<i8>,
    /// 16 bits.
    ///
    /// JSON member `small`, from `docs/primitives.md`, line 14.
    pub small: ::core::option::Option<i16>,
    /// The int spelling.
    ///
    /// JSON member `number`, from `docs/primitives.md`, line 15.
    pub number: ::core::option::Option<i32>,
    /// The Integer spelling.
    ///
    /// JSON member `integer`, from `docs/primitives.md`, line 16.
    pub integer: ::core::option::Option<i32>,
    /// With the Edm. prefix.
    ///
    /// JSON member `big`, from `docs/primitives.md`, line 17.
    pub big: ::core::option::Option<i64>,
    /// 32-bit float.
    ///
    /// JSON member `single`, from `docs/primitives.md`, line 18.
    pub single: ::core::option::Option<f32>,
    /// 64-bit float.
    ///
    /// JSON member `double`, from `docs/primitives.md`, line 19.
    pub double: ::core::option::Option<f64>,
    /// The DateTime spelling of DateTimeOffset.
    ///
    /// JSON member `when`, from `docs/primitives.md`, line 20.
    pub when: ::core::option::Option<::docmodel::types::DateTimeOffset>,
    /// A date.
    ///
    /// JSON member `day`, from `docs/primitives.md`, line 21.
    pub day: ::core::option::Option<::docmodel::types::Date>,
    /// A time of day.
    ///
    /// JSON member `time`, from `docs/primitives.md`, line 22.
    pub time: ::core::option::Option<::docmodel::types::TimeOfDay>,
    /// An ISO 8601 duration.
    ///
    /// JSON member `wait`, from `docs/primitives.md`, line 23.
    pub wait: ::core::option::Option<::docmodel::types::Duration>,
    /// The upper-case spelling of Guid.
    ///
    /// JSON member `key`, from `docs/primitives.md`, line 24.
    pub key: ::core::option::Option<::docmodel::types::Guid>,
    /// Base64.
    ///
    /// JSON member `blob`, from `docs/primitives.md`, line 25.
    pub blob: ::core::option::Option<::docmodel::types::Binary>,
    /// A decimal.
    ///
    /// JSON member `amount`, from `docs/primitives.md`, line 26.
    pub amount: ::core::option::Option<::docmodel::types::Decimal>,
    /// A stream.
    ///
    /// JSON member `content`, from `docs/primitives.md`, line 27.
    pub content: ::core::option::Option<::std::string::String>,
    /// Any JSON.
    ///
    /// JSON member `raw`, from `docs/primitives.md`, line 28.
    pub raw: ::core::option::Option<::docmodel::Value>,
    /// The Collection(X) form.
    ///
    /// JSON member `ids`, from `docs/primitives.md`, line 29.
    pub ids: ::core::option::Option<::std::vec::Vec<::docmodel::types::Guid>>,
    /// The X collection form.
    ///
    /// JSON member `days`, from `docs/primitives.md`, line 30.
    pub days: ::core::option::Option<::std::vec::Vec<::docmodel::types::Date>>,
    /// An annotation in the name.
    ///
    /// JSON member `site@odata.bind`, from `docs/primitives.md`, line 31.
    pub site_odata_bind: ::core::option::Option<::std::string::String>,
    /// An instance annotation.
    ///
    /// JSON member `@microsoft.graph.conflictBehavior`, from `docs/primitives.md`, line 32.
    pub microsoft_graph_conflict_behavior: ::core::option::Option<::std::string::String>,
    /// A dot.
    ///
    /// JSON member `a.b`, from `docs/primitives.md`, line 33.
    pub a_b: ::core::option::Option<::std::string::String>,
    /// A leading digit.
    ///
    /// JSON member `1st`, from `docs/primitives.md`, line 34.
    pub _1st: ::core::option::Option<::std::string::String>,
    /// Non-ASCII.
    ///
    /// JSON member `naïve`, from `docs/primitives.md`, line 35.
    pub na_ve: ::core::option::Option<::std::string::String>,
    /// No ASCII at all.
    ///
    /// JSON member `😀`, from `docs/primitives.md`, line 36.
    pub u1f600: ::core::option::Option<::std::string::String>,
    /// A 2024 keyword.
    ///
    /// JSON member `gen`, from `docs/primitives.md`, line 37.
    pub r#gen: ::core::option::Option<::std::string::String>,
    /// A keyword that cannot be raw.
    ///
    /// JSON member `crate`, from `docs/primitives.md`, line 38.
    pub crate_: ::core::option::Option<::std::string::String>,
    /// Takes the name of the unknown-members field.
    ///
    /// JSON member `extra`, from `docs/primitives.md`, line 39.
    pub extra: ::core::option::Option<::std::string::String>,
    /// Possible values are: 2G, 5G, wi-fi, default, self, other, unrecognized, none, None, Err, Ok, Some, VALUES.
    ///
    /// JSON member `band`, from `docs/primitives.md`, line 40.
    pub band: ::core::option::Option<Band>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra_: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra_, [
        0 odata_type "@odata.type" value,
        1 text "text" value,
        2 flag "flag" value,
        3 byte "byte" value,
        4 signed_byte "signedByte" value,
        5 small "small" value,
        6 number "number" value,
        7 integer "integer" value,
        8 big "big" value,
        9 single "single" float,
        10 double "double" float,
        11 when "when" value,
        12 day "day" value,
        13 time "time" value,
        14 wait "wait" value,
        15 key "key" value,
        16 blob "blob" value,
        17 amount "amount" value,
        18 content "content" value,
        19 raw "raw" value,
        20 ids "ids" value,
        21 days "days" value,
        22 site_odata_bind "site@odata.bind" value,
        23 microsoft_graph_conflict_behavior "@microsoft.graph.conflictBehavior" value,
        24 a_b "a.b" value,
        25 _1st "1st" value,
        26 na_ve "naïve" value,
        27 u1f600 "😀" value,
        28 r#gen "gen" value,
        29 crate_ "crate" value,
        30 extra "extra" value,
        31 band "band" value,
    ]
}
/// The values of `band`, listed at `docs/primitives.md`, line 40.
///
/// A value that is not listed deserializes into `Unrecognized_` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum Band {
    /// `2G`
    _2G,
    /// `5G`
    _5G,
    /// `wi-fi`
    WiFi,
    /// `default`
    Default,
    /// `self`
    Self_,
    /// `other`
    Other,
    /// `unrecognized`
    Unrecognized,
    /// `none`
    None,
    /// `None`
    None_,
    /// `Err`
    Err,
    /// `Ok`
    Ok,
    /// `Some`
    Some,
    /// `VALUES`
    VALUES,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized_(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    Band, "band", Unrecognized_, VALUES_, [
        _2G "2G",
        _5G "5G",
        WiFi "wi-fi",
        Default "default",
        Self_ "self",
        Other "other",
        Unrecognized "unrecognized",
        None "none",
        None_ "None",
        Err "Err",
        Ok "Ok",
        Some "Some",
        VALUES "VALUES",
    ]
}
