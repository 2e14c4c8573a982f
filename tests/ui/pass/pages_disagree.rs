//! Pages that disagree about a property's type build, as an order of precedence decides (each
//! decision a warning, an error only under `strict`: `tests/ui/fail/pages_disagree_strict.rs`,
//! `docs_disagree.rs`).
#![deny(warnings, missing_docs)]

/// Two create pages of one type: the first in build order wins.
pub mod first_page {
    docmodel::include_models!(docs = ["docs/merge-a.md", "docs/merge-b.md", "docs/merge-c.md"]);
}

/// An update page, its type's resource page, and the base's: the base's row wins over the
/// resource page's, and the resource page's over the update page's.
pub mod gizmo {
    docmodel::include_models!("docs/precedence/api/gizmo-update.md");
}

use docmodel::serde_json::{self, json};

fn main() {
    // `mode` is merge-a.md's enum, not merge-c.md's `String`; merge-c.md's `id` joins the type.
    let first = first_page::First {
        mode: Some(first_page::Mode::On),
        id: Some("f1".into()),
        ..Default::default()
    };
    assert_eq!(serde_json::to_value(&first).unwrap(), json!({"mode": "on", "id": "f1"}));

    // `kind` is the base's `Int32`, `size` the resource page's `Int32`; the fields come in the
    // order base, resource page, update page.
    let gizmo = gizmo::Gizmo {
        id: Some("g1".into()),
        kind: Some(3),
        size: Some(7),
        note: Some("n".into()),
        ..Default::default()
    };
    let text = serde_json::to_string(&gizmo).unwrap();
    assert_eq!(text, r#"{"id":"g1","kind":3,"size":7,"note":"n"}"#);
    let read: gizmo::Gizmo = serde_json::from_str(&text).unwrap();
    assert_eq!(read, gizmo);
}
