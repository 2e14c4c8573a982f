//! A folder in `docs` (tests/docs/folder/) is one model of every page below it that describes a
//! type; its pages that describe none are skipped: a conceptual page (`overview.md`, whose only
//! table is no property table) and an API page without a request body (`api/gizmo-get.md`).
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

docmodel::include_models!(docs = ["docs/folder"]);

use docmodel::serde_json::{self, json};

fn main() {
    let value = json!({"id": "z1", "mode": "busy", "cogs": [{"teeth": 12}]});
    let gizmo: Gizmo = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(gizmo.mode, Some(GizmoMode::Busy));
    assert_eq!(gizmo.cogs.as_ref().map(|c| c[0].teeth), Some(Some(12)));
    assert_eq!(serde_json::to_value(&gizmo).unwrap(), value);
}
