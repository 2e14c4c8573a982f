/// The `second` type.
///
/// Generated from `docs/merge-b.md`, line 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Second {
    /// JSON member `@odata.type`: the type of this object on the wire, such as `#microsoft.graph.mobileAppInstallStatus`. Every generated struct has it.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Possible values are: on, broken.
    ///
    /// JSON member `mode`, from `docs/merge-b.md`, line 5.
    pub mode: ::core::option::Option<Mode>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
impl Second {
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
impl ::docmodel::__private::Object for Second {
    const NAME: &'static str = "second";
    const FIELDS: &'static [&'static str] = &["@odata.type", "mode"];
    #[inline]
    fn field_index(name: &str) -> ::core::option::Option<usize> {
        ::core::option::Option::Some(
            match name {
                "@odata.type" => 0,
                "mode" => 1,
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
            1 => ::docmodel::__private::next_value(map, &mut self.mode, extra, "mode"),
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
        ::docmodel::__private::serialize_field(map, "mode", &self.mode, extra)?;
        ::core::result::Result::Ok(())
    }
    fn extra(&self) -> &::docmodel::Extra {
        &self.extra
    }
    fn extra_mut(&mut self) -> &mut ::docmodel::Extra {
        &mut self.extra
    }
}
impl ::docmodel::__private::serde::Serialize for Second {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        ::docmodel::__private::serialize_object(self, serializer)
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for Second {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_object(deserializer)
    }
}
/// The values of `mode`, listed at `docs/merge-b.md`, line 5.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `on`
    On,
    /// `broken`
    Broken,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
impl Mode {
    /// Every value the doc lists, in its order.
    pub const VALUES: &'static [Self] = &[Self::On, Self::Broken];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Broken => "broken",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl ::core::fmt::Display for Mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::str::FromStr for Mode {
    type Err = ::core::convert::Infallible;
    /// Never fails: a value the doc does not list becomes the catch-all variant.
    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
        ::core::result::Result::Ok(
            match value {
                "on" => Self::On,
                "broken" => Self::Broken,
                _ => Self::Unrecognized(::docmodel::__private::unrecognized(value)),
            },
        )
    }
}
impl ::docmodel::__private::serde::Serialize for Mode {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for Mode {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_enum(deserializer, "mode")
    }
}
