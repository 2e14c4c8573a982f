/// The `gadget` type.
///
/// Generated from `docs/duplicate-property.md`, line 5.
#[derive(Clone, PartialEq, Default)]
pub struct Gadget {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity.
    ///
    /// JSON member `id`, from `docs/duplicate-property.md`, line 7.
    pub id: ::core::option::Option<::std::string::String>,
    /// How big it is.
    ///
    /// JSON member `size`, from `docs/duplicate-property.md`, line 9.
    pub size: ::core::option::Option<i32>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 size "size" value,
    ]
}
