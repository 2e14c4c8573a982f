/// The `first` type.
///
/// Generated from `docs/merge-c.md`, line 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct First {
    /// JSON member `@odata.type`: the type of this object on the wire, such as `#microsoft.graph.mobileAppInstallStatus`. Every generated struct has it.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The type merge-a.md defines again.
    ///
    /// JSON member `id`, from `docs/merge-c.md`, line 5.
    pub id: ::core::option::Option<::std::string::String>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
impl First {
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
impl ::docmodel::__private::Object for First {
    const NAME: &'static str = "first";
    const FIELDS: &'static [&'static str] = &["@odata.type", "id"];
    #[inline]
    fn field_index(name: &str) -> ::core::option::Option<usize> {
        ::core::option::Option::Some(
            match name {
                "@odata.type" => 0,
                "id" => 1,
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
        ::core::result::Result::Ok(())
    }
    fn extra(&self) -> &::docmodel::Extra {
        &self.extra
    }
    fn extra_mut(&mut self) -> &mut ::docmodel::Extra {
        &mut self.extra
    }
}
impl ::docmodel::__private::serde::Serialize for First {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docmodel::__private::serde::Serializer,
    {
        ::docmodel::__private::serialize_object(self, serializer)
    }
}
impl<'de> ::docmodel::__private::serde::Deserialize<'de> for First {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docmodel::__private::serde::Deserializer<'de>,
    {
        ::docmodel::__private::deserialize_object(deserializer)
    }
}
