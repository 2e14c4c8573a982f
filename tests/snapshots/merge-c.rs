/// The `first` type.
///
/// Generated from `docs/merge-c.md`, line 3.
#[derive(Clone, PartialEq, Default)]
pub struct First {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// A property merge-a.md does not have: it joins the type.
    ///
    /// JSON member `id`, from `docs/merge-c.md`, line 5.
    pub id: ::core::option::Option<::std::string::String>,
    /// merge-a.md, first in the build, types this property as the enum mode, which wins (an error under strict).
    ///
    /// JSON member `mode`, from `docs/merge-c.md`, line 6.
    pub mode: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    First, "first", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 mode "mode" value,
    ]
}
