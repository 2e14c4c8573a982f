//! Two macro calls in one crate whose pages link to the same pages (`part.md`, the enums pages): the
//! second call reuses the pages the first one parsed (the macro keeps them per compiler thread),
//! and its types must be the same as if it had parsed them itself. Field names of a kept page are
//! made into tokens again in each call: a token made in one call and used in another panics
//! inside the compiler.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

/// `gadget.md` named: `part.md` and the enums pages read through its links.
pub mod first {
    docmodel::include_models!("docs/linked/resources/gadget.md");
}

/// `smartgadget.md` named: `gadget.md`, `part.md` and the enums pages read through links, all
/// but `gadget.md` kept from the first call.
pub mod second {
    docmodel::include_models!("docs/linked/resources/smartgadget.md");
}

use docmodel::serde_json::{self, json};

fn main() {
    let parts = json!([
        {"name": "p", "kind": "bolt", "weight": 2.5},
        {"name": "q", "kind": "nail", "weight": "heavy", "more": [1]}
    ]);
    let first: Vec<first::GadgetsPart> = serde_json::from_value(parts.clone()).unwrap();
    let second: Vec<second::GadgetsPart> = serde_json::from_value(parts.clone()).unwrap();
    assert_eq!(first[0].name.as_deref(), Some("p"));
    assert_eq!(second[0].name.as_deref(), Some("p"));
    assert_eq!(first[0].kind, Some(first::GadgetsKind::Bolt));
    assert_eq!(second[0].kind, Some(second::GadgetsKind::Bolt));
    assert_eq!(second[1].kind.as_ref().map(second::GadgetsKind::as_str), Some("nail"));
    assert_eq!(serde_json::to_value(&first).unwrap(), parts);
    assert_eq!(serde_json::to_value(&second).unwrap(), parts);

    let smart = json!({
        "@odata.type": "#microsoft.graph.smartGadget",
        "id": "s1",
        "firmware": "2.1",
        "parts": [{"name": "p", "kind": "bolt"}]
    });
    let read: second::SmartGadget = serde_json::from_value(smart.clone()).unwrap();
    assert_eq!(read.firmware.as_deref(), Some("2.1"));
    assert_eq!(read.parts.as_deref().map(<[_]>::len), Some(1));
    assert_eq!(serde_json::to_value(&read).unwrap(), smart);
}
