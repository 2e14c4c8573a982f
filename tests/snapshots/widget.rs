/// The `widget` type.
///
/// A made-up resource that uses every type the seed page uses, and a few more.
///
/// Generated from `docs/widget.md`, line 15.
#[derive(Clone, PartialEq, Default)]
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
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Widget, "widget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 display_name "displayName" value,
        3 enabled "enabled" value,
        4 count "count" value,
        5 big_count "bigCount" value,
        6 small_count "smallCount" value,
        7 ratio "ratio" float,
        8 created_date_time "createdDateTime" value,
        9 tags "tags" value,
        10 r#type "type" value,
        11 state "state" value,
        12 previous_states "previousStates" value,
        13 self_ "self" value,
    ]
}
/// The values of `widgetState`, listed at `docs/widget.md`, line 28.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
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
::docmodel::__private::enumeration! {
    WidgetState, "widgetState", Unrecognized, VALUES, [
        On "on",
        Off "off",
        Unknown "unknown",
        UnknownFutureValue "unknownFutureValue",
    ]
}
