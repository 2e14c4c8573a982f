/// The `gadget` type.
///
/// Generated from `docs/primitives.md`, line 8.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gadget {
    /// JSON member `@odata.type`: the type of this object on the wire, such as `#microsoft.graph.mobileAppInstallStatus`. Every generated struct has it.
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
    /// Possible values are: 2G, 5G, wi-fi, default, self, other, unrecognized, none, None.
    ///
    /// JSON member `band`, from `docs/primitives.md`, line 40.
    pub band: ::core::option::Option<Band>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra_: ::docmodel::Extra,
}
impl Gadget {
    /// Sets the JSON member `json_name` to an explicit `null`, as a PATCH body does to
    /// clear a property: a field of this type becomes `None` and is written as `null`;
    /// any other name is kept among the extra members as `null`.
    pub fn set_null(&mut self, json_name: &str) {
        ::docmodel::__private::set_null(self, json_name)
    }
    /// Whether the JSON member `json_name` is an explicit `null`: read as `null` or set
    /// with `set_null`, and not given a value since.
    pub fn is_null(&self, json_name: &str) -> bool {
        ::docmodel::__private::is_null(self, json_name)
    }
}
impl ::docmodel::__private::Object for Gadget {
    const NAME: &'static str = "gadget";
    const FIELDS: &'static [&'static str] = &[
        "@odata.type",
        "text",
        "flag",
        "byte",
        "signedByte",
        "small",
        "number",
        "integer",
        "big",
        "single",
        "double",
        "when",
        "day",
        "time",
        "wait",
        "key",
        "blob",
        "amount",
        "content",
        "raw",
        "ids",
        "days",
        "site@odata.bind",
        "@microsoft.graph.conflictBehavior",
        "a.b",
        "1st",
        "naïve",
        "😀",
        "gen",
        "crate",
        "extra",
        "band",
    ];
    #[inline]
    fn field_index(name: &str) -> ::core::option::Option<usize> {
        ::core::option::Option::Some(
            match name {
                "@odata.type" => 0,
                "text" => 1,
                "flag" => 2,
                "byte" => 3,
                "signedByte" => 4,
                "small" => 5,
                "number" => 6,
                "integer" => 7,
                "big" => 8,
                "single" => 9,
                "double" => 10,
                "when" => 11,
                "day" => 12,
                "time" => 13,
                "wait" => 14,
                "key" => 15,
                "blob" => 16,
                "amount" => 17,
                "content" => 18,
                "raw" => 19,
                "ids" => 20,
                "days" => 21,
                "site@odata.bind" => 22,
                "@microsoft.graph.conflictBehavior" => 23,
                "a.b" => 24,
                "1st" => 25,
                "naïve" => 26,
                "😀" => 27,
                "gen" => 28,
                "crate" => 29,
                "extra" => 30,
                "band" => 31,
                _ => return ::core::option::Option::None,
            },
        )
    }
    #[inline]
    fn deserialize_field<'de, A>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> ::core::result::Result<(), A::Error>
    where
        A: ::docmodel::__private::serde::de::MapAccess<'de>,
    {
        let extra = &mut self.extra_;
        match index {
            0 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.odata_type,
                    extra,
                    "@odata.type",
                )
            }
            1 => ::docmodel::__private::next_value(map, &mut self.text, extra, "text"),
            2 => ::docmodel::__private::next_value(map, &mut self.flag, extra, "flag"),
            3 => ::docmodel::__private::next_value(map, &mut self.byte, extra, "byte"),
            4 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.signed_byte,
                    extra,
                    "signedByte",
                )
            }
            5 => ::docmodel::__private::next_value(map, &mut self.small, extra, "small"),
            6 => {
                ::docmodel::__private::next_value(map, &mut self.number, extra, "number")
            }
            7 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.integer,
                    extra,
                    "integer",
                )
            }
            8 => ::docmodel::__private::next_value(map, &mut self.big, extra, "big"),
            9 => {
                ::docmodel::__private::next_value(map, &mut self.single, extra, "single")
            }
            10 => {
                ::docmodel::__private::next_value(map, &mut self.double, extra, "double")
            }
            11 => ::docmodel::__private::next_value(map, &mut self.when, extra, "when"),
            12 => ::docmodel::__private::next_value(map, &mut self.day, extra, "day"),
            13 => ::docmodel::__private::next_value(map, &mut self.time, extra, "time"),
            14 => ::docmodel::__private::next_value(map, &mut self.wait, extra, "wait"),
            15 => ::docmodel::__private::next_value(map, &mut self.key, extra, "key"),
            16 => ::docmodel::__private::next_value(map, &mut self.blob, extra, "blob"),
            17 => {
                ::docmodel::__private::next_value(map, &mut self.amount, extra, "amount")
            }
            18 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.content,
                    extra,
                    "content",
                )
            }
            19 => ::docmodel::__private::next_value(map, &mut self.raw, extra, "raw"),
            20 => ::docmodel::__private::next_value(map, &mut self.ids, extra, "ids"),
            21 => ::docmodel::__private::next_value(map, &mut self.days, extra, "days"),
            22 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.site_odata_bind,
                    extra,
                    "site@odata.bind",
                )
            }
            23 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.microsoft_graph_conflict_behavior,
                    extra,
                    "@microsoft.graph.conflictBehavior",
                )
            }
            24 => ::docmodel::__private::next_value(map, &mut self.a_b, extra, "a.b"),
            25 => ::docmodel::__private::next_value(map, &mut self._1st, extra, "1st"),
            26 => {
                ::docmodel::__private::next_value(map, &mut self.na_ve, extra, "naïve")
            }
            27 => ::docmodel::__private::next_value(map, &mut self.u1f600, extra, "😀"),
            28 => ::docmodel::__private::next_value(map, &mut self.r#gen, extra, "gen"),
            29 => {
                ::docmodel::__private::next_value(map, &mut self.crate_, extra, "crate")
            }
            30 => ::docmodel::__private::next_value(map, &mut self.extra, extra, "extra"),
            31 => ::docmodel::__private::next_value(map, &mut self.band, extra, "band"),
            _ => ::docmodel::__private::skip_value(map),
        }
    }
    fn serialize_fields<M>(&self, map: &mut M) -> ::core::result::Result<(), M::Error>
    where
        M: ::docmodel::__private::serde::ser::SerializeMap,
    {
        let extra = &self.extra_;
        ::docmodel::__private::serialize_field(
            map,
            "@odata.type",
            &self.odata_type,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "text", &self.text, extra)?;
        ::docmodel::__private::serialize_field(map, "flag", &self.flag, extra)?;
        ::docmodel::__private::serialize_field(map, "byte", &self.byte, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "signedByte",
            &self.signed_byte,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "small", &self.small, extra)?;
        ::docmodel::__private::serialize_field(map, "number", &self.number, extra)?;
        ::docmodel::__private::serialize_field(map, "integer", &self.integer, extra)?;
        ::docmodel::__private::serialize_field(map, "big", &self.big, extra)?;
        ::docmodel::__private::serialize_field(map, "single", &self.single, extra)?;
        ::docmodel::__private::serialize_field(map, "double", &self.double, extra)?;
        ::docmodel::__private::serialize_field(map, "when", &self.when, extra)?;
        ::docmodel::__private::serialize_field(map, "day", &self.day, extra)?;
        ::docmodel::__private::serialize_field(map, "time", &self.time, extra)?;
        ::docmodel::__private::serialize_field(map, "wait", &self.wait, extra)?;
        ::docmodel::__private::serialize_field(map, "key", &self.key, extra)?;
        ::docmodel::__private::serialize_field(map, "blob", &self.blob, extra)?;
        ::docmodel::__private::serialize_field(map, "amount", &self.amount, extra)?;
        ::docmodel::__private::serialize_field(map, "content", &self.content, extra)?;
        ::docmodel::__private::serialize_field(map, "raw", &self.raw, extra)?;
        ::docmodel::__private::serialize_field(map, "ids", &self.ids, extra)?;
        ::docmodel::__private::serialize_field(map, "days", &self.days, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "site@odata.bind",
            &self.site_odata_bind,
            extra,
        )?;
        ::docmodel::__private::serialize_field(
            map,
            "@microsoft.graph.conflictBehavior",
            &self.microsoft_graph_conflict_behavior,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "a.b", &self.a_b, extra)?;
        ::docmodel::__private::serialize_field(map, "1st", &self._1st, extra)?;
        ::docmodel::__private::serialize_field(map, "naïve", &self.na_ve, extra)?;
        ::docmodel::__private::serialize_field(map, "😀", &self.u1f600, extra)?;
        ::docmodel::__private::serialize_field(map, "gen", &self.r#gen, extra)?;
        ::docmodel::__private::serialize_field(map, "crate", &self.crate_, extra)?;
        ::docmodel::__private::serialize_field(map, "extra", &self.extra, extra)?;
        ::docmodel::__private::serialize_field(map, "band", &self.band, extra)?;
        ::core::result::Result::Ok(())
    }
    fn extra(&self) -> &::docmodel::Extra {
        &self.extra_
    }
    fn extra_mut(&mut self) -> &mut ::docmodel::Extra {
        &mut self.extra_
    }
}
impl ::docmodel::__private::serde::Serialize for Gadget {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        ::docmodel::__private::serialize_object(self, serializer)
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for Gadget {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_object(deserializer)
    }
}
/// The values of `band`, listed at `docs/primitives.md`, line 40.
///
/// A value that is not listed deserializes into `Unrecognized_` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized_(::docmodel::Unrecognized),
}
impl Band {
    /// Every value the doc lists, in its order.
    pub const VALUES: &'static [Self] = &[
        Self::_2G,
        Self::_5G,
        Self::WiFi,
        Self::Default,
        Self::Self_,
        Self::Other,
        Self::Unrecognized,
        Self::None,
        Self::None_,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::_2G => "2G",
            Self::_5G => "5G",
            Self::WiFi => "wi-fi",
            Self::Default => "default",
            Self::Self_ => "self",
            Self::Other => "other",
            Self::Unrecognized => "unrecognized",
            Self::None => "none",
            Self::None_ => "None",
            Self::Unrecognized_(value) => value.as_str(),
        }
    }
}
impl ::core::fmt::Display for Band {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::str::FromStr for Band {
    type Err = ::core::convert::Infallible;
    /// Never fails: a value the doc does not list becomes the catch-all variant.
    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
        ::core::result::Result::Ok(
            match value {
                "2G" => Self::_2G,
                "5G" => Self::_5G,
                "wi-fi" => Self::WiFi,
                "default" => Self::Default,
                "self" => Self::Self_,
                "other" => Self::Other,
                "unrecognized" => Self::Unrecognized,
                "none" => Self::None,
                "None" => Self::None_,
                _ => Self::Unrecognized_(::docmodel::__private::unrecognized(value)),
            },
        )
    }
}
impl ::docmodel::__private::serde::Serialize for Band {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for Band {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_enum(deserializer, "band")
    }
}
