/// The `gadget` type.
///
/// Generated from `docs/duplicate-odata-type.md`, line 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gadget {
    /// The type.
    ///
    /// JSON member `@odata.type`, from `docs/duplicate-odata-type.md`, line 5.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key.
    ///
    /// JSON member `id`, from `docs/duplicate-odata-type.md`, line 6.
    pub id: ::core::option::Option<::std::string::String>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra, [
        0 odata_type "@odata.type",
        1 id "id",
    ]
}
