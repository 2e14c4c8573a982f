/// The `gadget` type.
///
/// A gadget: a made-up resource whose pages link to each other like Graph's do.
///
/// Generated from `docs/linked/resources/gadget.md`, line 15.
#[derive(Clone, PartialEq, Default)]
pub struct Gadget {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The unique identifier.
    ///
    /// JSON member `id`, from `docs/linked/resources/entity.md`, line 15.
    pub id: ::core::option::Option<::std::string::String>,
    /// Who owns it (a reference-style link).
    ///
    /// JSON member `owner`, from `docs/linked/resources/gadget.md`, line 18.
    pub owner: ::core::option::Option<IdentitySet>,
    /// Its parts.
    ///
    /// JSON member `parts`, from `docs/linked/resources/gadget.md`, line 19.
    pub parts: ::core::option::Option<::std::vec::Vec<GadgetsPart>>,
    /// Its color, from enums.md.
    ///
    /// JSON member `color`, from `docs/linked/resources/gadget.md`, line 20.
    pub color: ::core::option::Option<Color>,
    /// Where it runs: flags, joined by commas.
    ///
    /// JSON member `architectures`, from `docs/linked/resources/gadget.md`, line 21.
    pub architectures: ::core::option::Option<::docmodel::Flags<Architecture>>,
    /// Its state. Possible values are: on, off.
    ///
    /// JSON member `state`, from `docs/linked/resources/gadget.md`, line 22.
    pub state: ::core::option::Option<GadgetState>,
    /// Old owners.
    ///
    /// JSON member `backupOwners`, from `docs/linked/resources/gadget.md`, line 23.
    pub backup_owners: ::core::option::Option<::std::vec::Vec<IdentitySet>>,
    /// Its size.
    ///
    /// JSON member `size`, from `docs/linked/resources/gadget.md`, line 25.
    pub size: ::core::option::Option<i64>,
    /// Either a | b, the rule.
    ///
    /// JSON member `rule`, from `docs/linked/resources/gadget.md`, line 26.
    pub rule: ::core::option::Option<::std::string::String>,
    /// Linked by name only: timewindow.md beside this page.
    ///
    /// JSON member `window`, from `docs/linked/resources/gadget.md`, line 27.
    pub window: ::core::option::Option<TimeWindow>,
    /// A page without a property table is a type: here, a base.
    ///
    /// JSON member `attachments`, from `docs/linked/resources/gadget.md`, line 28.
    pub attachments: ::core::option::Option<::std::vec::Vec<AnyAttachment>>,
    /// An open type that lists no property.
    ///
    /// JSON member `stickers`, from `docs/linked/resources/gadget.md`, line 29.
    pub stickers: ::core::option::Option<GadgetStickers>,
    /// The gadget this one is part of: the type contains itself.
    ///
    /// JSON member `parent`, from `docs/linked/resources/gadget.md`, line 35.
    pub parent: ::core::option::Option<::std::boxed::Box<AnyGadget>>,
    /// Gadgets of any kind: each is the type its @odata.type names.
    ///
    /// JSON member `related`, from `docs/linked/resources/gadget.md`, line 36.
    pub related: ::core::option::Option<::std::vec::Vec<AnyGadget>>,
    /// A property only this page has: it joins the type.
    ///
    /// JSON member `nickname`, from `docs/linked/api/gadget-update.md`, line 20.
    pub nickname: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Gadget, "gadget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 owner "owner" value,
        3 parts "parts" value,
        4 color "color" value,
        5 architectures "architectures" value,
        6 state "state" value,
        7 backup_owners "backupOwners" value,
        8 size "size" value,
        9 rule "rule" value,
        10 window "window" value,
        11 attachments "attachments" value,
        12 stickers "stickers" value,
        13 parent "parent" value,
        14 related "related" value,
        15 nickname "nickname" value,
    ]
}
/// The `smartGadget` type.
///
/// A gadget with a firmware.
///
/// Generated from `docs/linked/resources/smartgadget.md`, line 21.
#[derive(Clone, PartialEq, Default)]
pub struct SmartGadget {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The unique identifier.
    ///
    /// JSON member `id`, from `docs/linked/resources/entity.md`, line 15.
    pub id: ::core::option::Option<::std::string::String>,
    /// Who owns it (a reference-style link).
    ///
    /// JSON member `owner`, from `docs/linked/resources/gadget.md`, line 18.
    pub owner: ::core::option::Option<IdentitySet>,
    /// Its parts.
    ///
    /// JSON member `parts`, from `docs/linked/resources/gadget.md`, line 19.
    pub parts: ::core::option::Option<::std::vec::Vec<GadgetsPart>>,
    /// Its color, from enums.md.
    ///
    /// JSON member `color`, from `docs/linked/resources/gadget.md`, line 20.
    pub color: ::core::option::Option<Color>,
    /// Where it runs: flags, joined by commas.
    ///
    /// JSON member `architectures`, from `docs/linked/resources/gadget.md`, line 21.
    pub architectures: ::core::option::Option<::docmodel::Flags<Architecture>>,
    /// Its state. Possible values are: on, off.
    ///
    /// JSON member `state`, from `docs/linked/resources/gadget.md`, line 22.
    pub state: ::core::option::Option<GadgetState>,
    /// Old owners.
    ///
    /// JSON member `backupOwners`, from `docs/linked/resources/gadget.md`, line 23.
    pub backup_owners: ::core::option::Option<::std::vec::Vec<IdentitySet>>,
    /// Its size.
    ///
    /// JSON member `size`, from `docs/linked/resources/gadget.md`, line 25.
    pub size: ::core::option::Option<i64>,
    /// Either a | b, the rule.
    ///
    /// JSON member `rule`, from `docs/linked/resources/gadget.md`, line 26.
    pub rule: ::core::option::Option<::std::string::String>,
    /// Linked by name only: timewindow.md beside this page.
    ///
    /// JSON member `window`, from `docs/linked/resources/gadget.md`, line 27.
    pub window: ::core::option::Option<TimeWindow>,
    /// A page without a property table is a type: here, a base.
    ///
    /// JSON member `attachments`, from `docs/linked/resources/gadget.md`, line 28.
    pub attachments: ::core::option::Option<::std::vec::Vec<AnyAttachment>>,
    /// An open type that lists no property.
    ///
    /// JSON member `stickers`, from `docs/linked/resources/gadget.md`, line 29.
    pub stickers: ::core::option::Option<GadgetStickers>,
    /// The gadget this one is part of: the type contains itself.
    ///
    /// JSON member `parent`, from `docs/linked/resources/gadget.md`, line 35.
    pub parent: ::core::option::Option<::std::boxed::Box<AnyGadget>>,
    /// Gadgets of any kind: each is the type its @odata.type names.
    ///
    /// JSON member `related`, from `docs/linked/resources/gadget.md`, line 36.
    pub related: ::core::option::Option<::std::vec::Vec<AnyGadget>>,
    /// A property only this page has: it joins the type.
    ///
    /// JSON member `nickname`, from `docs/linked/api/gadget-update.md`, line 20.
    pub nickname: ::core::option::Option<::std::string::String>,
    /// Its firmware version.
    ///
    /// JSON member `firmware`, from `docs/linked/resources/smartgadget.md`, line 23.
    pub firmware: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    SmartGadget, "smartGadget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 owner "owner" value,
        3 parts "parts" value,
        4 color "color" value,
        5 architectures "architectures" value,
        6 state "state" value,
        7 backup_owners "backupOwners" value,
        8 size "size" value,
        9 rule "rule" value,
        10 window "window" value,
        11 attachments "attachments" value,
        12 stickers "stickers" value,
        13 parent "parent" value,
        14 related "related" value,
        15 nickname "nickname" value,
        16 firmware "firmware" value,
    ]
}
/// The `gadgetCharger` type.
///
/// An attachment that charges a gadget; its title names it the short way.
///
/// Generated from `docs/linked/resources/charger.md`, line 15.
#[derive(Clone, PartialEq, Default)]
pub struct GadgetCharger {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Its power.
    ///
    /// JSON member `watts`, from `docs/linked/resources/charger.md`, line 17.
    pub watts: ::core::option::Option<i32>,
    /// A property only this page has: it joins gadgetCharger, not a type of its own.
    ///
    /// JSON member `label`, from `docs/linked/api/charger-update.md`, line 14.
    pub label: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    GadgetCharger, "gadgetCharger", extra, [
        0 odata_type "@odata.type" value,
        1 watts "watts" value,
        2 label "label" value,
    ]
}
/// The `GadgetAssignRequest` type.
///
/// Generated from `docs/linked/api/gadget-assign.md`, line 11.
#[derive(Clone, PartialEq, Default)]
pub struct GadgetAssignRequest {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The new owners.
    ///
    /// JSON member `owners`, from `docs/linked/api/gadget-assign.md`, line 13.
    pub owners: ::core::option::Option<::std::vec::Vec<IdentitySet>>,
    /// Whether to tell them.
    ///
    /// JSON member `notify`, from `docs/linked/api/gadget-assign.md`, line 14.
    pub notify: ::core::option::Option<bool>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    GadgetAssignRequest, "GadgetAssignRequest", extra, [
        0 odata_type "@odata.type" value,
        1 owners "owners" value,
        2 notify "notify" value,
    ]
}
/// The `entity` type.
///
/// The base of every entity.
///
/// Generated from `docs/linked/resources/entity.md`, line 13.
#[derive(Clone, PartialEq, Default)]
pub struct Entity {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The unique identifier.
    ///
    /// JSON member `id`, from `docs/linked/resources/entity.md`, line 15.
    pub id: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Entity, "entity", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
    ]
}
/// The `identitySet` type.
///
/// Who: a user or an application.
///
/// Generated from `docs/linked/resources/identityset.md`, line 11.
#[derive(Clone, PartialEq, Default)]
pub struct IdentitySet {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// The user.
    ///
    /// JSON member `user`, from `docs/linked/resources/identityset.md`, line 13.
    pub user: ::core::option::Option<Identity>,
    /// The application.
    ///
    /// JSON member `application`, from `docs/linked/resources/identityset.md`, line 14.
    pub application: ::core::option::Option<Identity>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    IdentitySet, "identitySet", extra, [
        0 odata_type "@odata.type" value,
        1 user "user" value,
        2 application "application" value,
    ]
}
/// The `part` type.
///
/// A part of a gadget.
///
/// Generated from `docs/linked/resources/part.md`, line 18.
#[derive(Clone, PartialEq, Default)]
pub struct GadgetsPart {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Its name.
    ///
    /// JSON member `name`, from `docs/linked/resources/part.md`, line 20.
    pub name: ::core::option::Option<::std::string::String>,
    /// A qualified name, not linked: kind values in enums-gadgets.md, the enums page of this namespace.
    ///
    /// JSON member `kind`, from `docs/linked/resources/part.md`, line 21.
    pub kind: ::core::option::Option<GadgetsKind>,
    /// Either kind of JSON value.
    ///
    /// JSON member `weight`, from `docs/linked/resources/part.md`, line 22.
    pub weight: ::core::option::Option<::docmodel::Value>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    GadgetsPart, "part", extra, [
        0 odata_type "@odata.type" value,
        1 name "name" value,
        2 kind "kind" value,
        3 weight "weight" value,
    ]
}
/// The `timeWindow` type.
///
/// A window of time.
///
/// Generated from `docs/linked/resources/timewindow.md`, line 11.
#[derive(Clone, PartialEq, Default)]
pub struct TimeWindow {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// When it opens.
    ///
    /// JSON member `start`, from `docs/linked/resources/timewindow.md`, line 13.
    pub start: ::core::option::Option<::docmodel::types::TimeOfDay>,
    /// When it closes.
    ///
    /// JSON member `end`, from `docs/linked/resources/timewindow.md`, line 14.
    pub end: ::core::option::Option<::docmodel::types::TimeOfDay>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    TimeWindow, "timeWindow", extra, [
        0 odata_type "@odata.type" value,
        1 start "start" value,
        2 end "end" value,
    ]
}
/// The `attachment` type.
///
/// Something that goes with a gadget: an abstract base that lists no property of its own.
///
/// Generated from `docs/linked/resources/attachment.md`, line 20.
#[derive(Clone, PartialEq, Default)]
pub struct Attachment {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Attachment, "attachment", extra, [
        0 odata_type "@odata.type" value,
    ]
}
/// The `gadgetStickers` type.
///
/// The stickers on a gadget: an open type, whose members the client names.
///
/// Generated from `docs/linked/resources/stickers.md`, line 15.
#[derive(Clone, PartialEq, Default)]
pub struct GadgetStickers {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    GadgetStickers, "gadgetStickers", extra, [
        0 odata_type "@odata.type" value,
    ]
}
/// The `identity` type.
///
/// One identity.
///
/// Generated from `docs/linked/resources/identity.md`, line 11.
#[derive(Clone, PartialEq, Default)]
pub struct Identity {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Its id.
    ///
    /// JSON member `id`, from `docs/linked/resources/identity.md`, line 13.
    pub id: ::core::option::Option<::std::string::String>,
    /// Its name.
    ///
    /// JSON member `displayName`, from `docs/linked/resources/identity.md`, line 14.
    pub display_name: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Identity, "identity", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 display_name "displayName" value,
    ]
}
/// A `attachment` or a type derived from it: the one its `@odata.type` names.
///
/// An object whose `@odata.type` names no type listed here (or that has none) is a `Attachment`, which keeps the members it does not describe.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AnyAttachment {
    /// `microsoft.graph.attachment`, and any type derived from it that is not listed here.
    Attachment(Attachment),
    /// `microsoft.graph.gadgetCharger`
    GadgetCharger(GadgetCharger),
}
::docmodel::__private::polymorphic! {
    AnyAttachment, Attachment, [
        GadgetCharger "microsoft.graph.gadgetCharger",
    ]
}
/// A `gadget` or a type derived from it: the one its `@odata.type` names.
///
/// An object whose `@odata.type` names no type listed here (or that has none) is a `Gadget`, which keeps the members it does not describe.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AnyGadget {
    /// `microsoft.graph.gadget`, and any type derived from it that is not listed here.
    Gadget(Gadget),
    /// `microsoft.graph.smartGadget`
    SmartGadget(SmartGadget),
}
::docmodel::__private::polymorphic! {
    AnyGadget, Gadget, [
        SmartGadget "microsoft.graph.smartGadget",
    ]
}
/// The values of `color`, listed at `docs/linked/resources/enums.md`, line 11.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum Color {
    /// `red`
    Red,
    /// `green`
    Green,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    Color, "color", Unrecognized, VALUES, [
        Red "red",
        Green "green",
        UnknownFutureValue "unknownFutureValue",
    ]
}
/// Where a gadget runs.
///
/// The values of `architecture`, listed at `docs/linked/resources/architecture.md`, line 7.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
///
/// These are flags: a field holds several, joined by commas, as `Flags<Self>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum Architecture {
    /// `none`
    None,
    /// `x86`
    X86,
    /// `x64`
    X64,
    /// `arm`
    Arm,
    /// `arm64`
    Arm64,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    Architecture, "architecture", Unrecognized, VALUES, [
        None "none",
        X86 "x86",
        X64 "x64",
        Arm "arm",
        Arm64 "arm64",
    ]
}
/// The state of a gadget.
///
/// The values of `gadgetState`, listed at `docs/linked/resources/gadgetstate.md`, line 7.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum GadgetState {
    /// `on`
    On,
    /// `off`
    Off,
    /// `notApplicable`
    NotApplicable,
    /// `unknown`
    Unknown,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    GadgetState, "gadgetState", Unrecognized, VALUES, [
        On "on",
        Off "off",
        NotApplicable "notApplicable",
        Unknown "unknown",
    ]
}
/// The enums of namespace microsoft.graph.gadgets.
///
/// The values of `kind`, listed at `docs/linked/resources/enums-gadgets.md`, line 13.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum GadgetsKind {
    /// `screw`
    Screw,
    /// `bolt`
    Bolt,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    GadgetsKind, "kind", Unrecognized, VALUES, [
        Screw "screw",
        Bolt "bolt",
    ]
}
/// The doc's examples: each response read into its type and written back unchanged,
/// each request built by its operation.
#[cfg(test)]
mod docmodel_examples {
    /// The example at `docs/linked/api/charger-update.md` line 43.
    #[test]
    fn example_0_line_43() {
        if let ::core::result::Result::Err(e) = ::docmodel::__private::round_trip_example::<
            super::GadgetCharger,
        >(
            "{\"@odata.type\":\"#microsoft.graph.gadgetCharger\",\"label\":\"desk\",\"watts\":65}",
            false,
        ) {
            ::core::panic!("{}: {}", "docs/linked/api/charger-update.md:43", e);
        }
    }
    /// The example at `docs/linked/api/gadget-update.md` line 51.
    #[test]
    fn example_1_line_51() {
        if let ::core::result::Result::Err(e) = ::docmodel::__private::round_trip_example::<
            super::AnyGadget,
        >(
            "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#gadgets/$entity\",\"architectures\":\"x86,arm64\",\"id\":\"g1\",\"nickname\":\"gizmo\",\"related\":[{\"@odata.type\":\"#microsoft.graph.smartGadget\",\"firmware\":\"2.1\"}],\"size\":9007199254740993,\"window\":{\"end\":\"17:30:00.0000000\",\"start\":\"08:00:00\"}}",
            false,
        ) {
            ::core::panic!("{}: {}", "docs/linked/api/gadget-update.md:51", e);
        }
    }
}
