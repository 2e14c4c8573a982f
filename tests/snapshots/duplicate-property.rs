/// The `gadget` type.
///
/// Generated from `docs/duplicate-property.md`, line 5.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gadget {
    /// JSON member `@odata.type`: the type of this object on the wire, such as `#microsoft.graph.` and the type's doc name. Every generated struct has it.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity.
    ///
    /// JSON member `id`, from `docs/duplicate-property.md`, line 7.
    pub id: ::core::option::Option<::std::string::String>,
    /// How big it is.
    ///
    /// JSON member `size`, from `docs/duplicate-property.md`, line 9.
    pub size: ::core::option::Option<i32>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra, [
        0 odata_type "@odata.type",
        1 id "id",
        2 size "size",
    ]
}
