/// The `second` type.
///
/// Generated from `docs/merge-b.md`, line 3.
#[derive(Clone, PartialEq, Default)]
pub struct Second {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Possible values are: on, broken.
    ///
    /// JSON member `mode`, from `docs/merge-b.md`, line 5.
    pub mode: ::core::option::Option<Mode>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Second, "second", extra, [
        0 odata_type "@odata.type" value,
        1 mode "mode" value,
    ]
}
/// The values of `mode`, listed at `docs/merge-b.md`, line 5.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum Mode {
    /// `on`
    On,
    /// `broken`
    Broken,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    Mode, "mode", Unrecognized, VALUES, [
        On "on",
        Broken "broken",
    ]
}
