/// The `first` type.
///
/// Generated from `docs/merge-c.md`, line 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct First {
    /// JSON member `@odata.type`: the type of this object on the wire, such as `#microsoft.graph.` and the type's doc name. Every generated struct has it.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// A property merge-a.md does not have: it joins the type.
    ///
    /// JSON member `id`, from `docs/merge-c.md`, line 5.
    pub id: ::core::option::Option<::std::string::String>,
    /// merge-a.md, first in the build, types this property as the enum mode, which wins (an error under strict).
    ///
    /// JSON member `mode`, from `docs/merge-c.md`, line 6.
    pub mode: ::core::option::Option<::std::string::String>,
    /// Members of the JSON object that the doc does not describe, and which fields were an explicit `null`: kept so that serializing writes back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    First, "first", extra, [
        0 odata_type "@odata.type",
        1 id "id",
        2 mode "mode",
    ]
}
