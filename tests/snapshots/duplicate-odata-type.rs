/// The `gadget` type.
///
/// Generated from `docs/duplicate-odata-type.md`, line 3.
#[derive(Clone, PartialEq, Default)]
pub struct Gadget {
    /// The type.
    ///
    /// JSON member `@odata.type`, from `docs/duplicate-odata-type.md`, line 5.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key.
    ///
    /// JSON member `id`, from `docs/duplicate-odata-type.md`, line 6.
    pub id: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
    ]
}
