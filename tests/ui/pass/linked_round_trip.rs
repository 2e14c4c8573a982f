//! Pages that link to each other (tests/docs/linked/): one resource page and two API pages bring
//! in every type their Type cells lead to, and nothing else. A resource page and its update page
//! make one type; a type that contains itself is boxed; flags, enums.md sections, enum pages,
//! reference-style links, names looked up beside the page, and namespaces. `smartGadget` inherits
//! from `gadget`, which inherits from `entity`: a field of type `gadget` is an `AnyGadget`, the
//! type its `@odata.type` names. `attachment` and `stickers` list no property (an abstract base,
//! an open type): they are types all the same, and `gadgetCharger` inherits from `attachment`;
//! `Update charger` adds its row to `gadgetCharger`, the type its annotation names.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

docmodel::include_models!(
    docs = [
        "docs/linked/resources/gadget.md",
        "docs/linked/resources/smartgadget.md",
        "docs/linked/resources/charger.md",
        "docs/linked/api/*.md",
    ],
    derive = [Eq],
);

use docmodel::serde_json::{self, json};

fn main() {
    let read = json!({
        "@odata.type": "#microsoft.graph.gadget",
        "id": "g1",
        "owner": {"user": {"id": "u1", "displayName": "Ada"}, "device": {"id": "d1"}},
        "parts": [{"name": "p", "kind": "bolt", "weight": 2.5}, {"kind": "nail", "weight": "heavy"}],
        "color": "green",
        "architectures": "x86,arm64,riscv",
        "state": "notApplicable",
        "backupOwners": [],
        "size": 9007199254740993_i64,
        "window": {"start": "08:00:00", "end": "17:30:00.0000000"},
        "parent": {"id": "g0", "parent": {"id": "root", "parent": null}},
        "nickname": "gizmo",
        "related": [
            {"@odata.type": "#microsoft.graph.smartGadget", "id": "s1", "firmware": "2.1"},
            {"@odata.type": "#microsoft.graph.otherGadget", "id": "o1", "firmware": "kept"},
            {"id": "plain"}
        ],
        "unknownMember": [1, {"a": null}]
    });
    let gadget: Gadget = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(gadget.color, Some(Color::Green));
    assert_eq!(gadget.state, Some(GadgetState::NotApplicable));
    let user = gadget.owner.as_ref().and_then(|o| o.user.as_ref()).unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Ada"));
    let parts = gadget.parts.as_deref().unwrap();
    assert_eq!(parts[0].kind, Some(GadgetsKind::Bolt));
    assert_eq!(parts[1].kind.as_ref().map(GadgetsKind::as_str), Some("nail"));
    let flags = gadget.architectures.as_ref().unwrap();
    assert!(flags.contains(&Architecture::X86) && flags.contains(&Architecture::Arm64));
    assert_eq!(flags.len(), 3);
    // `parent` is a gadget of any kind, boxed: the type contains itself.
    let Some(AnyGadget::Gadget(parent)) = gadget.parent.as_deref() else {
        panic!("a plain gadget")
    };
    let Some(AnyGadget::Gadget(root)) = parent.parent.as_deref() else {
        panic!("a plain gadget")
    };
    assert_eq!(root.id.as_deref(), Some("root"));
    assert!(root.is_null("parent"));
    assert_eq!(gadget.nickname.as_deref(), Some("gizmo"));
    let related = gadget.related.as_deref().unwrap();
    match &related[0] {
        AnyGadget::SmartGadget(smart) => {
            assert_eq!(smart.firmware.as_deref(), Some("2.1"));
            // Inherited from `gadget` and from `entity`.
            assert_eq!(smart.id.as_deref(), Some("s1"));
        }
        other => panic!("expected a smartGadget, got {other:?}"),
    }
    // An `@odata.type` the model does not know: the base type, which keeps the rest.
    assert!(matches!(&related[1], AnyGadget::Gadget(g) if g.extra.get("firmware").is_some()));
    assert_eq!(related[1].odata_type(), Some("#microsoft.graph.otherGadget"));
    assert!(matches!(&related[2], AnyGadget::Gadget(_)));
    let _entity = Entity::default();
    assert_eq!(serde_json::to_value(&gadget).unwrap(), read);

    // Pages without a property table: a base of a derived type, and an open type; both keep
    // what the docs do not list.
    let read = json!({
        "attachments": [
            {"@odata.type": "#microsoft.graph.gadgetCharger", "watts": 65, "label": "desk"},
            {"@odata.type": "#microsoft.graph.attachment", "color": "red"}
        ],
        "stickers": {"cat": true, "dog": false}
    });
    let gadget: Gadget = serde_json::from_value(read.clone()).unwrap();
    let attachments = gadget.attachments.as_deref().unwrap();
    match &attachments[0] {
        AnyAttachment::GadgetCharger(charger) => {
            assert_eq!(charger.watts, Some(65));
            // The row of `Update charger`.
            assert_eq!(charger.label.as_deref(), Some("desk"));
        }
        other => panic!("expected a gadgetCharger, got {other:?}"),
    }
    let plain = &attachments[1];
    assert!(matches!(plain, AnyAttachment::Attachment(a) if a.extra.get("color").is_some()));
    let stickers = gadget.stickers.as_ref().unwrap();
    assert_eq!(stickers.extra.get("cat"), Some(json!(true)));
    assert_eq!(serde_json::to_value(&gadget).unwrap(), read);

    let assign: GadgetAssignRequest =
        serde_json::from_value(json!({"owners": [{"user": {"id": "u2"}}], "notify": true})).unwrap();
    assert_eq!(assign.notify, Some(true));
    // `unused values` in enums.md is not needed by any field, so it is not generated.
    let _ = Architecture::VALUES;
}
