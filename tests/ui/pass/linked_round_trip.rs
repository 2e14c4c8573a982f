//! Pages that link to each other (tests/docs/linked/): one resource page and two API pages bring
//! in every type their Type cells lead to, and nothing else. A resource page and its update page
//! make one type; a type that contains itself is boxed; flags, enums.md sections, enum pages,
//! reference-style links, names looked up beside the page, and namespaces.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

docmodel::include_models!(
    docs = ["docs/linked/resources/gadget.md", "docs/linked/api/*.md"],
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
        "unknownMember": [1, {"a": null}]
    });
    let gadget: Gadget = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(gadget.color, Some(Color::Green));
    assert_eq!(gadget.state, Some(GadgetState::NotApplicable));
    let user = gadget.owner.as_ref().and_then(|o| o.user.as_ref()).unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Ada"));
    let parts = gadget.parts.as_deref().unwrap();
    assert_eq!(parts[0].kind, Some(Kind::Bolt));
    assert_eq!(parts[1].kind.as_ref().map(Kind::as_str), Some("nail"));
    let flags = gadget.architectures.as_ref().unwrap();
    assert!(flags.contains(&Architecture::X86) && flags.contains(&Architecture::Arm64));
    assert_eq!(flags.len(), 3);
    let parent: &Gadget = gadget.parent.as_deref().unwrap();
    assert_eq!(parent.parent.as_ref().and_then(|p| p.id.as_deref()), Some("root"));
    assert!(parent.parent.as_ref().unwrap().is_null("parent"));
    assert_eq!(gadget.nickname.as_deref(), Some("gizmo"));
    assert_eq!(serde_json::to_value(&gadget).unwrap(), read);

    let assign: AssignRequest =
        serde_json::from_value(json!({"owners": [{"user": {"id": "u2"}}], "notify": true})).unwrap();
    assert_eq!(assign.notify, Some(true));
    // `unused values` in enums.md is not needed by any field, so it is not generated.
    let _ = Architecture::VALUES;
}
