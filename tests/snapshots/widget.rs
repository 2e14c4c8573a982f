/// The `widget` type.
///
/// A made-up resource that uses every type the seed page uses, and a few more.
///
/// Generated from `docs/widget.md`, line 15.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Widget {
    /// The widget's type.
    ///
    /// JSON member `@odata.type`, from `docs/widget.md`, line 17.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity.
    ///
    /// JSON member `id`, from `docs/widget.md`, line 18.
    pub id: ::core::option::Option<::std::string::String>,
    /// Name shown to people, with code, emphasis and a link.
    ///
    /// JSON member `displayName`, from `docs/widget.md`, line 19.
    pub display_name: ::core::option::Option<::std::string::String>,
    /// Whether the widget is on.
    ///
    /// JSON member `enabled`, from `docs/widget.md`, line 20.
    pub enabled: ::core::option::Option<bool>,
    /// How many; an Int32.
    ///
    /// JSON member `count`, from `docs/widget.md`, line 21.
    pub count: ::core::option::Option<i32>,
    /// How many, but more.
    ///
    /// JSON member `bigCount`, from `docs/widget.md`, line 22.
    pub big_count: ::core::option::Option<i64>,
    /// A small number.
    ///
    /// JSON member `smallCount`, from `docs/widget.md`, line 23.
    pub small_count: ::core::option::Option<i16>,
    /// A ratio.
    ///
    /// JSON member `ratio`, from `docs/widget.md`, line 24.
    pub ratio: ::core::option::Option<f64>,
    /// When it was made.
    ///
    /// JSON member `createdDateTime`, from `docs/widget.md`, line 25.
    pub created_date_time: ::core::option::Option<::docmodel::types::DateTimeOffset>,
    /// Labels.
    ///
    /// JSON member `tags`, from `docs/widget.md`, line 26.
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A field whose name is a Rust keyword.
    ///
    /// JSON member `type`, from `docs/widget.md`, line 27.
    pub r#type: ::core::option::Option<::std::string::String>,
    /// The state. Possible values are: on, off, unknown, unknownFutureValue.
    ///
    /// JSON member `state`, from `docs/widget.md`, line 28.
    pub state: ::core::option::Option<WidgetState>,
    /// Earlier states. Possible values are: on, off, unknown, unknownFutureValue.
    ///
    /// JSON member `previousStates`, from `docs/widget.md`, line 29.
    pub previous_states: ::core::option::Option<::std::vec::Vec<WidgetState>>,
    /// A field whose name cannot be a raw identifier.
    ///
    /// JSON member `self`, from `docs/widget.md`, line 30.
    pub self_: ::core::option::Option<::std::string::String>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
impl Widget {
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
impl ::docmodel::__private::Object for Widget {
    const NAME: &'static str = "widget";
    const FIELDS: &'static [&'static str] = &[
        "@odata.type",
        "id",
        "displayName",
        "enabled",
        "count",
        "bigCount",
        "smallCount",
        "ratio",
        "createdDateTime",
        "tags",
        "type",
        "state",
        "previousStates",
        "self",
    ];
    #[inline]
    fn field_index(name: &str) -> ::core::option::Option<usize> {
        ::core::option::Option::Some(
            match name {
                "@odata.type" => 0,
                "id" => 1,
                "displayName" => 2,
                "enabled" => 3,
                "count" => 4,
                "bigCount" => 5,
                "smallCount" => 6,
                "ratio" => 7,
                "createdDateTime" => 8,
                "tags" => 9,
                "type" => 10,
                "state" => 11,
                "previousStates" => 12,
                "self" => 13,
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
        let extra = &mut self.extra;
        match index {
            0 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.odata_type,
                    extra,
                    "@odata.type",
                )
            }
            1 => ::docmodel::__private::next_value(map, &mut self.id, extra, "id"),
            2 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.display_name,
                    extra,
                    "displayName",
                )
            }
            3 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.enabled,
                    extra,
                    "enabled",
                )
            }
            4 => ::docmodel::__private::next_value(map, &mut self.count, extra, "count"),
            5 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.big_count,
                    extra,
                    "bigCount",
                )
            }
            6 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.small_count,
                    extra,
                    "smallCount",
                )
            }
            7 => ::docmodel::__private::next_value(map, &mut self.ratio, extra, "ratio"),
            8 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.created_date_time,
                    extra,
                    "createdDateTime",
                )
            }
            9 => ::docmodel::__private::next_value(map, &mut self.tags, extra, "tags"),
            10 => ::docmodel::__private::next_value(map, &mut self.r#type, extra, "type"),
            11 => ::docmodel::__private::next_value(map, &mut self.state, extra, "state"),
            12 => {
                ::docmodel::__private::next_value(
                    map,
                    &mut self.previous_states,
                    extra,
                    "previousStates",
                )
            }
            13 => ::docmodel::__private::next_value(map, &mut self.self_, extra, "self"),
            _ => ::docmodel::__private::skip_value(map),
        }
    }
    fn serialize_fields<M>(&self, map: &mut M) -> ::core::result::Result<(), M::Error>
    where
        M: ::docmodel::__private::serde::ser::SerializeMap,
    {
        let extra = &self.extra;
        ::docmodel::__private::serialize_field(
            map,
            "@odata.type",
            &self.odata_type,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "id", &self.id, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "displayName",
            &self.display_name,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "enabled", &self.enabled, extra)?;
        ::docmodel::__private::serialize_field(map, "count", &self.count, extra)?;
        ::docmodel::__private::serialize_field(map, "bigCount", &self.big_count, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "smallCount",
            &self.small_count,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "ratio", &self.ratio, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "createdDateTime",
            &self.created_date_time,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "tags", &self.tags, extra)?;
        ::docmodel::__private::serialize_field(map, "type", &self.r#type, extra)?;
        ::docmodel::__private::serialize_field(map, "state", &self.state, extra)?;
        ::docmodel::__private::serialize_field(
            map,
            "previousStates",
            &self.previous_states,
            extra,
        )?;
        ::docmodel::__private::serialize_field(map, "self", &self.self_, extra)?;
        ::core::result::Result::Ok(())
    }
    fn extra(&self) -> &::docmodel::Extra {
        &self.extra
    }
    fn extra_mut(&mut self) -> &mut ::docmodel::Extra {
        &mut self.extra
    }
}
impl ::docmodel::__private::serde::Serialize for Widget {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        ::docmodel::__private::serialize_object(self, serializer)
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for Widget {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_object(deserializer)
    }
}
/// The values of `widgetState`, listed at `docs/widget.md`, line 28.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WidgetState {
    /// `on`
    On,
    /// `off`
    Off,
    /// `unknown`
    Unknown,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
impl WidgetState {
    /// Every value the doc lists, in its order.
    pub const VALUES: &'static [Self] = &[
        Self::On,
        Self::Off,
        Self::Unknown,
        Self::UnknownFutureValue,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Unknown => "unknown",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl ::core::fmt::Display for WidgetState {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::str::FromStr for WidgetState {
    type Err = ::core::convert::Infallible;
    /// Never fails: a value the doc does not list becomes the catch-all variant.
    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
        ::core::result::Result::Ok(
            match value {
                "on" => Self::On,
                "off" => Self::Off,
                "unknown" => Self::Unknown,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => Self::Unrecognized(::docmodel::__private::unrecognized(value)),
            },
        )
    }
}
impl ::docmodel::__private::serde::Serialize for WidgetState {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for WidgetState {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_enum(deserializer, "widgetState")
    }
}
